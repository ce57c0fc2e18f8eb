//! Small sites written into a temporary folder, built with the real `wijkwijzer` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const CONFIG: &str =
    "base_url = \"https://voorbeeld.nl\"\ntitle = \"Testsite\"\ntaxonomies = [{ name = \"behoeften\", feed = true }]\n";

/// A region with two needs and two kinds of service, for tests of the directory.
pub const REGION_CONFIG: &str = r#"base_url = "https://voorbeeld.nl"
title = "Test"
taxonomies = [{ name = "behoeften" }]
[extra]
[[extra.behoeften]]
slug = "praten"
label = "Iemand om mee te praten"
[[extra.behoeften]]
slug = "geldzaken"
label = "Geld en schulden"
[[extra.soorten]]
slug = "inloop"
label = "Inloop"
[[extra.soorten]]
slug = "schuldhulp"
label = "Schuldhulp"
"#;

pub struct Site {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stderr: String,
}

impl Site {
    /// A site with `config.toml` (CONFIG unless given) and the given files.
    pub fn new(files: &[(&str, &str)]) -> Site {
        let dir = tempfile::tempdir().expect("temp dir");
        let site = Site { dir };
        if !files.iter().any(|(p, _)| *p == "config.toml") {
            site.write("config.toml", CONFIG);
        }
        for (path, text) in files {
            site.write(path, text);
        }
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    }

    pub fn out(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let output: Output = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
            .args(args)
            .arg("--root")
            .arg(self.root())
            .env("NO_COLOR", "1")
            // These tests were written against the English messages; the Dutch ones
            // (the default) are tested in starter.rs and in the catalogue's own tests.
            .env("WIJKWIJZER_LANG", "en")
            .output()
            .expect("run wijkwijzer");
        Run { code: output.status.code().unwrap_or(-1), stderr: String::from_utf8_lossy(&output.stderr).into_owned() }
    }

    /// Build and insist that it worked.
    pub fn build(&self) -> Run {
        let run = self.run(&["build"]);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    /// Build and insist that it failed with exit code 1.
    pub fn build_fails(&self) -> Run {
        let run = self.run(&["build"]);
        assert_eq!(run.code, 1, "build should fail:\n{}", run.stderr);
        run
    }

    /// A file of the built site, as text.
    pub fn read(&self, rel: &str) -> String {
        let path = self.out().join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.out().join(rel).exists()
    }
}

/// A page with TOML front matter.
pub fn page(front: &str, body: &str) -> String {
    format!("+++\n{front}\n+++\n{body}")
}

/// The day CLI tests pretend it is (SOURCE_DATE_EPOCH), so dates do not age: 2026-12-01.
pub const TODAY: &str = "1796083200";

/// What a run of the real binary printed.
pub struct Cli {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Run `wijkwijzer` in `cwd` on TODAY, in the default language, without colours.
pub fn cli(args: &[&str], cwd: &Path) -> Cli {
    let out = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", TODAY)
        .current_dir(cwd)
        .output()
        .expect("run wijkwijzer");
    Cli {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
