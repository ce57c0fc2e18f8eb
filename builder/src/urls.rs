//! Slugs and site paths. Every URL the builder writes goes through here, so that no
//! front matter value can make it write outside the output folder.

/// Zola's default slug: ASCII, lowercase, words joined by `-`.
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

/// Why a user-given path cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    Empty,
    Escapes,
    BadCharacter(char),
}

impl PathProblem {
    pub fn explain(&self) -> crate::messages::Message {
        match self {
            PathProblem::Empty => crate::msg!("path-empty"),
            PathProblem::Escapes => crate::msg!("path-escapes"),
            PathProblem::BadCharacter(c) => {
                crate::msg!("path-bad-character", character = c.escape_default().to_string())
            }
        }
    }
}

/// Turn a path written by an editor (`path`, `aliases`) into a clean site path that
/// starts with `/`. A path that names a file (`old/page.html`) keeps its name; anything
/// else ends with `/`.
pub fn clean_site_path(raw: &str) -> Result<String, PathProblem> {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Err(PathProblem::Empty);
    }
    let mut parts = Vec::new();
    for part in trimmed.split('/') {
        match part {
            "" | "." => continue,
            ".." => return Err(PathProblem::Escapes),
            _ => {}
        }
        if let Some(c) = part
            .chars()
            .find(|c| matches!(c, '\\' | '?' | '#' | '%' | ':' | '*' | '"' | '<' | '>' | '|') || c.is_control())
        {
            return Err(PathProblem::BadCharacter(c));
        }
        parts.push(part);
    }
    if parts.is_empty() {
        return Err(PathProblem::Empty);
    }
    let joined = parts.join("/");
    if is_file_path(&joined) {
        Ok(format!("/{joined}"))
    } else {
        Ok(format!("/{joined}/"))
    }
}

/// `old/page.html` names a file; `old/page` a folder.
pub fn is_file_path(path: &str) -> bool {
    path.rsplit('/').next().and_then(|last| last.rsplit_once('.')).is_some_and(|(stem, ext)| {
        !stem.is_empty() && matches!(ext, "html" | "htm" | "xml" | "php" | "asp" | "aspx" | "json" | "txt")
    })
}

/// The file a site path is written to, relative to the output folder.
pub fn output_file(path: &str) -> String {
    let trimmed = path.trim_start_matches('/');
    if path.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_lowercase() {
        assert_eq!(slugify("Cliënt & Naaste: Hulp!"), "client-naaste-hulp");
        assert_eq!(slugify(".."), "");
    }

    #[test]
    fn clean_paths_never_escape() {
        assert_eq!(clean_site_path("a/b"), Ok("/a/b/".into()));
        assert_eq!(clean_site_path("/oud/pagina.html"), Ok("/oud/pagina.html".into()));
        assert_eq!(clean_site_path("../../etc"), Err(PathProblem::Escapes));
        assert_eq!(clean_site_path("a/../../b"), Err(PathProblem::Escapes));
        assert_eq!(clean_site_path(" / "), Err(PathProblem::Empty));
        assert_eq!(clean_site_path("a\\b"), Err(PathProblem::BadCharacter('\\')));
        assert_eq!(clean_site_path("C:/x"), Err(PathProblem::BadCharacter(':')));
    }

    #[test]
    fn output_files() {
        assert_eq!(output_file("/"), "index.html");
        assert_eq!(output_file("/a/b/"), "a/b/index.html");
        assert_eq!(output_file("/a.xml"), "a.xml");
    }
}
