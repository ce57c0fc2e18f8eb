//! The web editor (Decap CMS) at `/admin/`, for editors who never open a terminal: a
//! site opts in with `[extra.wijkwijzer.redactie]` in config.toml, and the build writes
//! the editor's files (embedded in the binary, so building never needs Node) with a
//! configuration made from the content contract and the site's own lists.

pub mod decap;

use std::sync::Arc;

use serde::Deserialize;

use crate::config::{setting_error, Config};
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;
use crate::msg;

/// Where the editor lives on the site.
pub const ADMIN_PATH: &str = "/admin/";

/// The forges Decap can commit to, as `backend = "…"` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, strum::IntoStaticStr, strum::VariantArray)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Backend {
    Github,
    Gitlab,
    Gitea,
    /// A fork of Gitea with the same API: Decap's Gitea backend serves it.
    Forgejo,
}

impl Backend {
    /// Decap's editorial workflow (a branch and a pull or merge request per change):
    /// its Gitea backend refuses it.
    pub fn has_review(self) -> bool {
        matches!(self, Backend::Github | Backend::Gitlab)
    }

    /// Self-hosted forges have no address Decap could guess.
    fn needs_forge_url(self) -> bool {
        matches!(self, Backend::Gitea | Backend::Forgejo)
    }
}

/// `[extra.wijkwijzer.redactie]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Redactie {
    pub backend: Backend,
    /// `owner/name` (GitLab: `group/subgroup/name`).
    pub repository: String,
    #[serde(default = "main_branch")]
    pub branch: String,
    /// The forge's own address when it is self-hosted (GitLab, Gitea, Forgejo, GitHub
    /// Enterprise), such as `https://git.gemeente.nl`.
    #[serde(default)]
    pub forge_url: Option<String>,
    /// The OAuth application's id for logging in straight at the forge (GitLab, Gitea,
    /// Forgejo).
    #[serde(default)]
    pub app_id: Option<String>,
    /// GitHub: the address of the login helper (an OAuth proxy) that GitHub needs.
    #[serde(default)]
    pub login_url: Option<String>,
}

impl Redactie {
    /// The forge's own address, without a trailing `/`, when it is self-hosted.
    pub fn forge(&self) -> Option<&str> {
        self.forge_url.as_deref().map(|u| u.trim_end_matches('/'))
    }

    /// The origin of the forge's API, which the editor talks to: Decap's default for
    /// GitHub and GitLab, else the forge's own address.
    pub fn api_origin(&self) -> Option<&str> {
        match (self.backend, self.forge()) {
            (_, Some(forge)) => Some(forge),
            (Backend::Github, None) => Some("https://api.github.com"),
            (Backend::Gitlab, None) => Some("https://gitlab.com"),
            (Backend::Gitea | Backend::Forgejo, None) => None,
        }
    }

    /// GitHub's login helper, without a trailing `/`.
    pub fn login(&self) -> Option<&str> {
        self.login_url.as_deref().map(|u| u.trim_end_matches('/'))
    }
}

fn main_branch() -> String {
    "main".into()
}

/// What is wrong with a setting: its key (none for the whole table), the problem and
/// how to fix it.
pub struct Problem {
    pub key: Option<&'static str>,
    pub message: Message,
    pub help: Message,
}

impl Redactie {
    /// Read the table; the one place its rules live (`build`, `check` and `init`).
    pub fn from_table(value: toml::Value) -> Result<Redactie, Problem> {
        let redactie: Redactie = value.try_into().map_err(|e: toml::de::Error| Problem {
            key: None,
            message: msg!("redactie-config", detail = e.message().trim()),
            help: msg!("redactie-config.help"),
        })?;
        let problem = |key, message, help| Err(Problem { key, message, help });
        let part_ok = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
        let parts: Vec<&str> = redactie.repository.split('/').collect();
        if parts.len() < 2 || !parts.iter().all(|p| part_ok(p)) {
            return problem(
                Some("repository"),
                msg!("redactie-repository", value = &redactie.repository),
                msg!("redactie-repository.help"),
            );
        }
        if redactie.branch.is_empty() || redactie.branch.contains([' ', '~', '^', ':', '\\']) {
            return problem(
                Some("branch"),
                msg!("redactie-branch", value = &redactie.branch),
                msg!("redactie-branch.help"),
            );
        }
        for (key, value) in [("forge_url", &redactie.forge_url), ("login_url", &redactie.login_url)] {
            if let Some(value) = value {
                let ok = url::Url::parse(value).is_ok_and(|u| u.scheme() == "https" && u.host_str().is_some());
                if !ok {
                    return problem(Some(key), msg!("redactie-url", key, value), msg!("redactie-url.help"));
                }
            }
        }
        if redactie.backend.needs_forge_url() && redactie.forge_url.is_none() {
            return problem(None, msg!("redactie-forge-url-missing"), msg!("redactie-forge-url-missing.help"));
        }
        Ok(redactie)
    }
}

/// The site's editor settings: `Ok(None)` when it did not opt in.
pub fn settings(config: &Config, config_text: &Arc<str>) -> Result<Option<Redactie>, Diagnostic> {
    let Some(value) = config.extra.get("wijkwijzer").and_then(|w| w.get("redactie")) else {
        return Ok(None);
    };
    Redactie::from_table(value.clone()).map(Some).map_err(|p| {
        let mut at = vec!["extra", "wijkwijzer", "redactie"];
        at.extend(p.key);
        setting_error(Code::Redactie, config_text, &at, p.message, p.help)
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::messages::Lang;

    fn parse(table: &str) -> Result<Option<Redactie>, Diagnostic> {
        let text: Arc<str> = Arc::from(format!("base_url = \"https://a.nl\"\n[extra.wijkwijzer.redactie]\n{table}"));
        let config = Config::parse(&text, Path::new("config.toml")).unwrap();
        settings(&config, &text)
    }

    #[test]
    fn a_forge_and_a_repository_are_enough() {
        let r = parse("backend = \"github\"\nrepository = \"gemeente/site\"\n").unwrap().unwrap();
        assert_eq!((r.backend, r.branch.as_str()), (Backend::Github, "main"));
        assert!(r.backend.has_review() && !Backend::Forgejo.has_review());
        let none = Config::parse(&Arc::from("base_url = \"https://a.nl\"\n"), Path::new("config.toml")).unwrap();
        assert_eq!(settings(&none, &Arc::from("")).unwrap(), None);
    }

    #[test]
    fn mistakes_are_named_with_their_line() {
        for (table, line, says) in [
            ("backend = \"bitbucket\"\nrepository = \"a/b\"\n", 2, "bitbucket"),
            ("backend = \"github\"\nrepository = \"site\"\n", 4, "site"),
            ("backend = \"gitea\"\nrepository = \"a/b\"\n", 2, "Gitea"),
            ("backend = \"gitlab\"\nrepository = \"a/b\"\nforge_url = \"git.gemeente.nl\"\n", 5, "git.gemeente.nl"),
            ("backend = \"github\"\nrepository = \"a/b\"\nbranche = \"main\"\n", 2, "branche"),
        ] {
            let d = parse(table).unwrap_err();
            let text = d.message.text(Lang::Nl);
            assert_eq!(d.code, Code::Redactie);
            assert!(text.contains(says), "{table}: {text}");
            assert_eq!(d.line_col().map(|l| l.0), Some(line), "{table}: {text}");
        }
    }
}
