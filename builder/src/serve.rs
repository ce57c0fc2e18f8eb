//! `wijkwijzer serve`: build, serve on 127.0.0.1, rebuild on every change and reload the
//! open pages. A broken build is shown in the browser; the server keeps running and
//! keeps serving the last good site.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::event::{EventKind, ModifyKind};
use notify::{RecursiveMode, Watcher};
use tiny_http::{Header, Request, Response, Server};

use crate::report;
use wijkwijzer::messages::{Lang, Message};
use wijkwijzer::pipeline::{build_site, Site, Update};
use wijkwijzer::{msg, BuildError, BuildOptions};

const LIVERELOAD_JS: &str = include_str!("livereload.js");

#[derive(Default)]
struct State {
    /// Goes up by one on every finished build, good or bad.
    version: u64,
    /// The last build's problems, as text, while the site is broken.
    error: Option<String>,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
    lang: Lang,
}

pub fn serve(root: PathBuf, port: u16, output: Option<PathBuf>, drafts: bool, lang: Lang) -> Result<(), Message> {
    let base_url = format!("http://127.0.0.1:{port}");
    let out = output.unwrap_or_else(|| root.join("public"));
    let opts = BuildOptions {
        root: root.clone(),
        output_dir: Some(out.clone()),
        base_url: Some(base_url.clone()),
        include_drafts: drafts,
        strict: false,
        write: true,
        compress: false,
        offline: false,
    };
    let shared = Arc::new(Shared { state: Mutex::new(State::default()), changed: Condvar::new(), lang });

    let mut rebuilder = Rebuilder { opts, site: None, shared: shared.clone() };
    rebuilder.full_build();

    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| msg!("serve-listen", port = port as u64, error = e.to_string()))?;
    eprintln!("{}", msg!("serve-started", url = format!("{base_url}/")).text(lang));

    // Watch what the site is made of; the output folder is not watched. Reading a file
    // (as every build does) is not a change, so only creations, writes, renames and
    // removals count; events within 30 ms are handled together.
    let (tx, rx) = std::sync::mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(move |res| {
        let _ = tx.send(res);
    })
    .map_err(|e| msg!("serve-watch", what = root.as_path(), error = e.to_string()))?;
    for name in ["content", "templates", "themes", "static", "config.toml"] {
        let p = root.join(name);
        if p.exists() {
            let mode = if p.is_dir() { RecursiveMode::Recursive } else { RecursiveMode::NonRecursive };
            watcher.watch(&p, mode).map_err(|e| msg!("serve-watch", what = p.as_path(), error = e.to_string()))?;
        }
    }
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut paths = changed_paths(first, &rebuilder.opts);
            let deadline = Instant::now() + Duration::from_millis(30);
            while let Ok(more) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                paths.extend(changed_paths(more, &rebuilder.opts));
            }
            paths.sort();
            paths.dedup();
            if !paths.is_empty() {
                rebuilder.changed(&paths);
            }
        }
    });

    for request in server.incoming_requests() {
        let shared = shared.clone();
        let out = out.clone();
        std::thread::spawn(move || handle(request, &out, &shared));
    }
    Ok(())
}

/// The paths of an event that changed something the site is made of.
fn changed_paths(event: notify::Result<notify::Event>, opts: &BuildOptions) -> Vec<PathBuf> {
    let Ok(event) = event else { return Vec::new() };
    let is_change = match event.kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    };
    if !is_change {
        return Vec::new();
    }
    event.paths.into_iter().filter(|p| !is_output(p, opts)).collect()
}

fn is_output(path: &Path, opts: &BuildOptions) -> bool {
    let name = path.to_string_lossy();
    name.contains(".wijkwijzer-new")
        || name.contains(".wijkwijzer-old")
        || name.ends_with(".wijkwijzer-tmp")
        || opts.output_dir.as_ref().is_some_and(|o| path.starts_with(o))
}

/// Owns the last good site and decides, per change, between a quick update of the
/// edited pages and a full build.
struct Rebuilder {
    opts: BuildOptions,
    /// The last build's site, while the site is free of errors.
    site: Option<Site>,
    shared: Arc<Shared>,
}

impl Rebuilder {
    fn changed(&mut self, paths: &[PathBuf]) {
        let started = Instant::now();
        match self.quick_update(paths) {
            Some(Ok(n)) => {
                let ms = started.elapsed().as_millis() as u64;
                eprintln!("{}", msg!("serve-updated", pages = n, ms).text(self.lang()));
                self.publish(None);
            }
            Some(Err(text)) => {
                eprintln!("{text}\n{}", msg!("serve-still-served").text(self.lang()));
                // Until a full build succeeds, every change gets a full build.
                self.site = None;
                self.publish(Some(text));
            }
            None => self.full_build(),
        }
    }

    /// `None` when the change needs a full build: anything but the body of existing pages.
    fn quick_update(&mut self, paths: &[PathBuf]) -> Option<Result<usize, String>> {
        let content = self.opts.root.join("content");
        let site = self.site.as_mut()?;
        let mut files = Vec::new();
        let mut updated = 0;
        for path in paths {
            let rel = path.strip_prefix(&content).ok()?;
            if path.extension()? != "md" {
                return None;
            }
            let text = std::fs::read_to_string(path).ok()?;
            let key = wijkwijzer::content::path_with_slashes(rel);
            let unchanged =
                site.lib.by_content_path.get(&key).is_some_and(|&item| *site.lib.item_meta(item).source == text);
            if unchanged {
                continue;
            }
            match site.update_page(&key, Arc::from(text)) {
                Update::NeedsFullBuild => return None,
                Update::Failed(ds) => return Some(Err(report::render_all(&ds, false, self.shared.lang))),
                Update::Files(f) => {
                    updated += 1;
                    files.extend(f);
                }
            }
        }
        let out = self.opts.output_dir.as_deref()?;
        for (rel, bytes) in files {
            if let Err(e) = wijkwijzer::output::replace_file(out, &rel, &bytes) {
                return Some(Err(e.message().text(self.shared.lang)));
            }
        }
        Some(Ok(updated))
    }

    fn full_build(&mut self) {
        let started = Instant::now();
        self.site = None;
        let lang = self.lang();
        let error = match build_site(&self.opts) {
            Ok((summary, site)) => {
                for w in &summary.warnings {
                    eprintln!("{}", report::render(w, false, lang));
                }
                let ms = started.elapsed().as_millis() as u64;
                eprintln!("{}", msg!("serve-built", pages = summary.pages, ms).text(lang));
                self.site = Some(site);
                None
            }
            Err(BuildError::Content(ds)) => {
                let text = report::render_all(&ds, false, lang);
                eprintln!("{text}\n{}", msg!("serve-build-failed").text(lang));
                Some(text)
            }
            Err(BuildError::Output(e)) => {
                let text = e.message().text(lang);
                eprintln!("{}: {text}", wijkwijzer::diagnostics::Severity::Error.word(lang));
                Some(text)
            }
        };
        self.publish(error);
    }

    fn lang(&self) -> Lang {
        self.shared.lang
    }

    /// Tell the open pages: a new version, or the problems of this one.
    fn publish(&self, error: Option<String>) {
        let mut state = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        state.error = error;
        state.version += 1;
        self.shared.changed.notify_all();
    }
}

fn handle(request: Request, out: &Path, shared: &Shared) {
    let url = request.url().to_string();
    let path = url.split(['?', '#']).next().unwrap_or("/").to_string();
    let response = match path.as_str() {
        "/__wijkwijzer/livereload.js" => {
            Response::from_string(LIVERELOAD_JS).with_header(header("Content-Type", "text/javascript; charset=utf-8"))
        }
        "/__wijkwijzer/wait" => {
            let since: u64 =
                url.split("since=").nth(1).and_then(|v| v.split('&').next()).and_then(|v| v.parse().ok()).unwrap_or(0);
            let state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
            let (state, _) = shared
                .changed
                .wait_timeout_while(state, Duration::from_secs(25), |s| s.version == since && since != 0)
                .unwrap_or_else(|e| e.into_inner());
            let body = serde_json::json!({ "version": state.version, "error": state.error }).to_string();
            Response::from_string(body)
                .with_header(header("Content-Type", "application/json"))
                .with_header(header("Cache-Control", "no-store"))
        }
        _ => static_file(&path, out, shared),
    };
    let _ = request.respond(response);
}

fn static_file(path: &str, out: &Path, shared: &Shared) -> Response<std::io::Cursor<Vec<u8>>> {
    let decoded = percent_decode(path);
    let safe = !decoded.split('/').any(|c| c == ".." || c.contains('\\'));
    let mut file = out.join(decoded.trim_start_matches('/'));
    if file.is_dir() {
        file = file.join("index.html");
    }
    let (status, file) = if safe && file.is_file() { (200, file) } else { (404, out.join("404.html")) };
    let state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
    let version = state.version;
    let Ok(bytes) = std::fs::read(&file) else {
        let lang = shared.lang;
        let msg = state.error.clone().unwrap_or_else(|| msg!("serve-nothing-built").text(lang));
        let html = format!(
            "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body><h1>{}</h1><pre>{}</pre></body></html>",
            <&str>::from(lang),
            msg!("serve-error-title").text(lang),
            msg!("serve-error-heading").text(lang),
            wijkwijzer::markdown::escape_attr(&msg)
        );
        return Response::from_data(inject(html.into_bytes(), version))
            .with_status_code(500)
            .with_header(header("Content-Type", "text/html; charset=utf-8"));
    };
    drop(state);
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    let bytes = if ext == "html" { inject(bytes, version) } else { bytes };
    Response::from_data(bytes)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type(ext)))
        .with_header(header("Cache-Control", "no-store"))
}

/// Add the live-reload script to a page, only as served, never on disk.
fn inject(mut html: Vec<u8>, version: u64) -> Vec<u8> {
    let tag = format!("<script src=\"/__wijkwijzer/livereload.js\" data-version=\"{version}\" defer></script>");
    let at = html.windows(7).rposition(|w| w.eq_ignore_ascii_case(b"</body>")).unwrap_or(html.len());
    html.splice(at..at, tag.into_bytes());
    html
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(ext: &str) -> &'static str {
    match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "wasm" => "application/wasm",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header names and values are valid")
}
