//! One build, start to end: load → check → render → write. `build` and `check` are the
//! same run; `check` just never writes. The dev server keeps the `Site` to update it.

mod checks;
pub mod outputs;
mod site;
mod update;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use thiserror::Error;

use crate::config::Config;
use crate::content::{self, Item, Library, LoadOptions};
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Severity};
use crate::output::{OutputError, Staging};
use crate::render::{self, templates::ThemeSources};
use crate::site::{routes, taxonomies};
use crate::urls::output_file;

pub use outputs::{Job, Selection};
pub use site::{Site, Update};

/// Threads for the phase that renders and writes files: writing many small files waits
/// on the disk more than on the CPU, so more threads than cores keep the disk busy
/// (measured: BENCHMARKS.md).
const IO_THREADS: usize = 8;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `output_dir` from config.toml, relative to the root.
    pub output_dir: Option<PathBuf>,
    pub base_url: Option<String>,
    pub include_drafts: bool,
    /// Warnings fail the build.
    pub strict: bool,
    /// `false` for `check`: do everything but write.
    pub write: bool,
    /// Write `.br` and `.gz` copies when the site asks for them (`comprimeer`); the dev
    /// server does not, since it replaces single files.
    pub compress: bool,
    /// The offline worker as config.toml says. The dev server turns it off: a worker
    /// on 127.0.0.1 would answer "Geen internet" once the server stops, and the `sw.js`
    /// it writes then removes one that an earlier preview left.
    pub offline: bool,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output_dir: None,
            base_url: None,
            include_drafts: false,
            strict: false,
            write: true,
            compress: true,
            offline: true,
        }
    }
}

#[derive(Debug)]
pub struct BuildSummary {
    pub pages: usize,
    pub sections: usize,
    pub files: usize,
    /// Files with the same bytes as in the previous build, linked rather than written.
    pub unchanged: usize,
    pub output: Option<PathBuf>,
    pub warnings: Vec<Diagnostic>,
    pub timings: Vec<(&'static str, Duration)>,
}

#[derive(Debug, Error)]
pub enum BuildError {
    #[error("the site has {} problem(s)", .0.iter().filter(|d| d.severity == Severity::Error).count())]
    Content(Vec<Diagnostic>),
    #[error(transparent)]
    Output(#[from] OutputError),
}

pub fn build(opts: &BuildOptions) -> Result<BuildSummary, BuildError> {
    build_site(opts).map(|(summary, _)| summary)
}

/// Build, and keep the site in memory for later updates.
pub fn build_site(opts: &BuildOptions) -> Result<(BuildSummary, Site), BuildError> {
    let started = Instant::now();
    let mut timings = Vec::new();
    let mut diags = Diagnostics::default();
    let root = opts.root.as_path();

    let (mut config, config_text) =
        Config::load(&root.join("config.toml"), Path::new("config.toml")).map_err(|d| BuildError::Content(vec![d]))?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.trim_end_matches('/').to_string();
    }
    let sources = Arc::new(ThemeSources::new(root, config.theme.as_deref()).map_err(|d| BuildError::Content(vec![d]))?);
    let mut lib =
        content::load(&LoadOptions { root, config: &config, include_drafts: opts.include_drafts }, &mut diags);
    ensure_root_section(&mut lib, &config);
    let taxonomies = taxonomies::collect(&lib, &config);
    let today = content::dates::today();
    let catalogues = Arc::new(render::translations::Catalogues::new(&sources, &config));
    let hours_words = hours_words(&catalogues, &config, &config_text, &mut diags);
    let directory = crate::directory::load(&lib, &config, today, &hours_words, &mut diags);
    crate::hulplijnen::check(&config.extra, &config_text, today, &mut diags);
    let mut generated_paths = directory.as_ref().map(|d| crate::directory::page_paths(d, &lib)).unwrap_or_default();
    let mut offline = crate::offline::settings(&config, &config_text, &lib).unwrap_or_else(|d| {
        diags.push(d);
        Default::default()
    });
    offline.aan &= opts.offline;
    if offline.aan {
        generated_paths.push((crate::offline::OFFLINE_PATH.to_string(), crate::msg!("claim-offline")));
    }
    routes::check_unique(&lib, &taxonomies, &generated_paths, &config, &mut diags);
    let static_files = static_files(root, &sources, &config, &mut diags);
    let redactie = crate::redactie::settings(&config, &config_text).unwrap_or_else(|d| {
        diags.push(d);
        None
    });
    let snel_weg = crate::snel_weg::settings(&config, &config_text).unwrap_or_else(|d| {
        diags.push(d);
        None
    });
    if let (Some(sw), Some(dir)) = (&snel_weg, &directory) {
        crate::snel_weg::check_needs(sw, dir, &config_text, &mut diags);
    }
    timings.push(("load", started.elapsed()));

    let t = Instant::now();
    let scripts = render::script_words::ThemeScripts::find(&sources, &static_files, &config);
    let words = site::Words { catalogues, scripts };
    let mut site = Site::new(config, sources, words, lib, taxonomies, directory, &mut diags);
    site.redactie = redactie;
    if offline.aan {
        site.env.add_global("offline_worker", site.config.permalink(&format!("/{}", crate::offline::WORKER_FILE)));
        site.env.add_global("offline_lijstje_cache", crate::offline::list_cache(&site.config));
    }
    site.offline = offline;
    if let Some(sw) = &snel_weg {
        site.env.add_global("snel_weg", minijinja::Value::from_serialize(sw));
    }
    timings.push(("markdown", t.elapsed()));
    if opts.strict {
        diags.make_strict();
    }
    if diags.has_errors() {
        return Err(BuildError::Content(diags.into_sorted()));
    }

    let t = Instant::now();
    site.prepare_views();
    timings.push(("views", t.elapsed()));

    // Every file, rendered in parallel, written into a fresh folder.
    let t = Instant::now();
    let staging = if opts.write {
        let out = opts.output_dir.clone().unwrap_or_else(|| root.join(&site.config.output_dir));
        let staging = Staging::new(&out, root)?;
        copy_static(&staging, &site.sources, &static_files, &site.script_files)?;
        copy_assets(&staging, &site.lib)?;
        Some(staging)
    } else {
        None
    };
    let selection = Selection::everything(&site);
    let render_all = || -> Vec<Result<(), Diagnostic>> {
        selection
            .jobs
            .par_iter()
            .map(|job| {
                let (path, html) = outputs::render_html(&site, job)?;
                if let Some(staging) = &staging {
                    staging.write(&output_file(&path), html.as_bytes()).map_err(|e| {
                        Diagnostic::error(
                            Code::OutputWrite,
                            PathBuf::from(&path),
                            crate::msg!("output-write", error = e.to_string()),
                        )
                    })?;
                }
                Ok(())
            })
            .collect()
    };
    let results = match rayon::ThreadPoolBuilder::new().num_threads(IO_THREADS).build() {
        Ok(pool) if staging.is_some() => pool.install(render_all),
        _ => render_all(),
    };
    diags.extend(results.into_iter().filter_map(Result::err));
    let t_files = Instant::now();
    let other_files = outputs::files(&mut site, &selection, &mut diags);
    timings.push(("feeds, open data, search", t_files.elapsed()));
    let mut files = selection.jobs.len() + other_files.len();
    timings.push(("render", t.elapsed()));

    if diags.has_errors() {
        if let Some(s) = staging {
            s.abandon();
        }
        return Err(BuildError::Content(diags.into_sorted()));
    }
    let t = Instant::now();
    let mut unchanged = 0;
    let output = match staging {
        Some(staging) => {
            for (rel, bytes) in &other_files {
                if let Err(e) = staging.write(rel, bytes) {
                    staging.abandon();
                    return Err(e.into());
                }
            }
            let comprimeer = site.wijkwijzer_setting("comprimeer").and_then(toml::Value::as_bool) == Some(true);
            if comprimeer && opts.compress {
                let t_compress = Instant::now();
                if let Err(e) = crate::compress::tree(&staging) {
                    staging.abandon();
                    return Err(e.into());
                }
                timings.push(("compress", t_compress.elapsed()));
            }
            (files, unchanged) = (staging.files(), staging.unchanged());
            Some(staging.commit()?)
        }
        None => None,
    };
    timings.push(("write", t.elapsed()));
    timings.push(("total", started.elapsed()));
    let summary = BuildSummary {
        pages: site.lib.pages.len(),
        sections: site.lib.sections.len(),
        files,
        unchanged,
        output,
        warnings: diags.into_sorted(),
        timings,
    };
    Ok((summary, site))
}
fn ensure_root_section(lib: &mut Library, config: &Config) {
    if lib.root_section(&config.default_language).is_some() {
        return;
    }
    let source: Arc<str> = Arc::from("+++\n+++\n");
    let front = crate::content::front_matter::SectionFrontMatter::default();
    let section = crate::content::Section::synthetic(source, front, &config.default_language);
    let idx = lib.sections.len();
    lib.by_content_path.insert("_index.md".into(), Item::Section(idx));
    lib.sections.push(section);
    // Top-level pages and sections now have a parent.
    for i in 0..idx {
        if lib.sections[i].parent.is_none() && lib.sections[i].meta.lang == config.default_language {
            lib.sections[i].parent = Some(idx);
            lib.sections[i].ancestors.insert(0, idx);
            lib.sections[idx].subsections.push(i);
        }
    }
    for p in &mut lib.pages {
        if p.meta.lang == config.default_language {
            p.ancestors.insert(0, idx);
        }
    }
}

/// The words opening hours are written in, in the site's default language. A word list
/// (months, weekdays, …) of the wrong length in any language is reported at its line,
/// and the build stops.
fn hours_words(
    catalogues: &render::translations::Catalogues,
    config: &Config,
    config_text: &Arc<str>,
    diags: &mut Diagnostics,
) -> crate::directory::opening_hours::HoursWords {
    let langs = std::iter::once(None).chain(config.languages.keys().map(|l| Some(l.as_str())));
    for lang in langs {
        for (key, wanted, found) in catalogues.wrong_lists(lang) {
            let at = match lang {
                Some(l) => vec!["languages", l, "translations", key],
                None => vec!["translations", key],
            };
            diags.push(crate::config::setting_error(
                Code::Translations,
                config_text,
                &at,
                crate::msg!("word-count", key, expected = wanted, found),
                crate::msg!("word-count.help", key, expected = wanted),
            ));
        }
    }
    crate::directory::opening_hours::HoursWords::new(|key| catalogues.get(key, None).map(String::from))
}

/// The static files on disk (theme's first, then the site's own, which win), as
/// (file, output path). A link is followed only to a file inside the site or theme;
/// anything else is reported and left out.
fn static_files(
    root: &Path,
    sources: &ThemeSources,
    config: &Config,
    diags: &mut Diagnostics,
) -> Vec<(PathBuf, String)> {
    // Broken patterns were already reported when the content was loaded.
    let ignored: Vec<glob::Pattern> = config.ignored_static.iter().filter_map(|g| glob::Pattern::new(g).ok()).collect();
    let mut dirs = Vec::new();
    if let Some(theme) = &sources.theme_dir {
        dirs.push((theme.join("static"), theme.clone()));
    }
    dirs.push((root.join("static"), root.to_path_buf()));
    let mut files = Vec::new();
    for (dir, inside) in dirs {
        if !dir.is_dir() {
            continue;
        }
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
            let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
            if ignored.iter().any(|p| p.matches_path(rel)) {
                continue;
            }
            if entry.path_is_symlink() {
                if let Err(why) = content::link_inside(entry.path(), &inside) {
                    let shown = entry.path().strip_prefix(root).unwrap_or(entry.path());
                    diags.push(
                        Diagnostic::warning(Code::SkippedLink, shown, crate::msg!("skipped-link", why))
                            .help(crate::msg!("skipped-link.help-static")),
                    );
                    continue;
                }
            } else if !entry.file_type().is_file() {
                continue;
            }
            files.push((entry.path().to_path_buf(), content::path_with_slashes(rel)));
        }
    }
    files
}

/// The embedded theme's static files, the theme's scripts with their words, then the
/// files `static_files` found (a theme's script on disk only in its worded form; the
/// site's own files win over the theme's).
fn copy_static(
    staging: &Staging,
    sources: &ThemeSources,
    files: &[(PathBuf, String)],
    scripts: &[(String, Vec<u8>)],
) -> Result<(), OutputError> {
    if sources.embedded {
        for (rel, file) in render::templates::embedded_static() {
            // A script with its words is written below, once.
            if !scripts.iter().any(|(r, _)| *r == rel) {
                staging.write(&rel, file.contents())?;
            }
        }
    }
    for (rel, bytes) in scripts {
        staging.write(rel, bytes)?;
    }
    let theme_static = sources.theme_dir.as_ref().map(|t| t.join("static"));
    for (file, rel) in files {
        let worded =
            theme_static.as_ref().is_some_and(|dir| file.starts_with(dir)) && scripts.iter().any(|(r, _)| r == rel);
        if !worded {
            staging.copy(file, rel)?;
        }
    }
    Ok(())
}

fn copy_assets(staging: &Staging, lib: &Library) -> Result<(), OutputError> {
    let metas = lib.pages.iter().map(|p| &p.meta).chain(lib.sections.iter().map(|s| &s.meta));
    for meta in metas {
        for asset in &meta.assets {
            staging.copy(&asset.source, &asset.output)?;
        }
    }
    Ok(())
}
