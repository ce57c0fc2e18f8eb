//! `wijkwijzer serve`: serves on 127.0.0.1, rebuilds on change, tells open pages to
//! reload, and shows a build error without stopping.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{page, Site};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").ok()?;
    let mut buf = Vec::new();
    stream.read_to_end(&mut buf).ok()?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split(' ').nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    Some((status, body))
}

/// Poll until `check` holds, for at most 20 s.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if check() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for: {what}");
}

fn version(body: &str) -> u64 {
    let v = body.split("\"version\":").nth(1).unwrap_or("0");
    v.chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0)
}

/// Start `wijkwijzer serve` on a free port and wait until `path` answers 200.
fn serve(site: &Site, path: &str) -> (Server, u16) {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.root())
        .env("WIJKWIJZER_LANG", "en")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    eventually("server up", || get(port, path).is_some_and(|(s, _)| s == 200));
    (server, port)
}

#[test]
fn serves_rebuilds_and_reports_errors_in_the_page() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"", "Eerste versie"))]);
    let (_server, port) = serve(&site, "/a/");

    let (_, html) = get(port, "/a/").unwrap();
    assert!(html.contains("Eerste versie"));
    assert!(html.contains("http://127.0.0.1:"), "links use the local address");
    assert!(html.contains("/__wijkwijzer/livereload.js"), "live reload injected");
    assert!(!std::fs::read_to_string(site.out().join("a/index.html")).unwrap().contains("livereload"), "never on disk");
    let (status, _) = get(port, "/bestaat/niet/").unwrap();
    assert_eq!(status, 404);
    let (status, _) = get(port, "/../../etc/passwd").unwrap();
    assert_eq!(status, 404);

    let (_, state) = get(port, "/__wijkwijzer/wait?since=0").unwrap();
    let v1 = version(&state);
    site.write("content/a.md", &page("title = \"A\"", "Tweede versie"));
    // The long poll returns as soon as the rebuild is done.
    let (_, state) = get(port, &format!("/__wijkwijzer/wait?since={v1}")).unwrap();
    assert!(version(&state) > v1, "{state}");
    eventually("new text served", || get(port, "/a/").is_some_and(|(_, b)| b.contains("Tweede versie")));

    site.write("content/a.md", &page("title = \"A\"", "Kapot [x](@/weg.md)"));
    eventually("error reported", || {
        get(port, "/__wijkwijzer/wait?since=0").is_some_and(|(_, b)| b.contains("there is no file content/weg.md"))
    });
    let (status, html) = get(port, "/a/").unwrap();
    assert_eq!(status, 200, "the last good site is still served");
    assert!(html.contains("Tweede versie"));

    site.write("content/a.md", &page("title = \"A\"", "Gerepareerd"));
    eventually("error cleared", || {
        get(port, "/__wijkwijzer/wait?since=0").is_some_and(|(_, b)| b.contains("\"error\":null"))
    });
    assert!(get(port, "/a/").unwrap().1.contains("Gerepareerd"));
}

/// A body-only edit takes the quick path; it must still catch what a full build would
/// (a heading another page links to disappearing) and keep lists up to date.
#[test]
fn quick_updates_check_links_into_the_page_and_refresh_lists() {
    let site = Site::new(&[
        ("content/s/_index.md", &page("title = \"S\"", "")),
        ("content/s/a.md", &page("title = \"A\"", "## Kop\n")),
        ("content/s/b.md", &page("title = \"B\"", "[naar A](@/s/a.md#kop)")),
        (
            "templates/section.html",
            "{% for p in section.pages %}[{{ p.title }}: {{ p.content | striptags }}]{% endfor %}",
        ),
    ]);
    let (_server, port) = serve(&site, "/s/");

    site.write("content/s/a.md", &page("title = \"A\"", "## Kop\n\nNieuwe inhoud"));
    eventually("list shows the new body", || get(port, "/s/").is_some_and(|(_, b)| b.contains("Nieuwe inhoud")));

    site.write("content/s/a.md", &page("title = \"A\"", "## Andere kop\n"));
    eventually("broken anchor reported in the linking page", || {
        get(port, "/__wijkwijzer/wait?since=0")
            .is_some_and(|(_, b)| b.contains("content/s/b.md") && b.contains("no heading with id `kop`"))
    });

    site.write("content/s/a.md", &page("title = \"A nieuw\"", "## Kop\n"));
    eventually("a front matter edit is built in full", || {
        get(port, "/__wijkwijzer/wait?since=0").is_some_and(|(_, b)| b.contains("\"error\":null"))
            && get(port, "/s/").is_some_and(|(_, b)| b.contains("[A nieuw:"))
    });
}

/// The dev server never registers the offline worker (it would answer "Geen internet"
/// once the server stops), and its `sw.js` removes one an earlier preview left.
#[test]
fn the_dev_server_never_registers_the_offline_worker() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"", "Tekst"))]);
    let config = std::fs::read_to_string(site.root().join("config.toml")).unwrap();
    site.write("config.toml", &format!("{config}\n[extra.wijkwijzer.offline]\naan = true\n"));
    let (_server, port) = serve(&site, "/a/");
    let (_, html) = get(port, "/a/").unwrap();
    assert!(!html.contains("data-offline"), "{html}");
    let (_, worker) = get(port, "/sw.js").unwrap();
    assert!(worker.contains("var AAN = false;"), "{worker}");
    // A build of the same site registers it.
    site.build();
    assert!(site.read("a/index.html").contains("data-offline"));
}
