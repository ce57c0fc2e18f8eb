//! `--format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the changed lines of a pull request (also read by Forgejo and Gitea
//! Actions). Values are escaped as the command syntax requires.

use super::Problem;

pub fn render(problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in problems {
        let mut props = vec![format!("file={}", property(&p.path))];
        if let Some((line, col)) = p.start {
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
        }
        if let Some((line, col)) = p.end {
            props.push(format!("endLine={line}"));
            props.push(format!("endColumn={col}"));
        }
        props.push(format!("title={}", property(p.d.code.id())));
        let level = if p.is_error() { "error" } else { "warning" };
        out.push_str(&format!("::{level} {}::{}\n", props.join(","), data(&p.message_with_hint())));
    }
    out
}

/// The message part: `%`, carriage return and line feed are escaped.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value: as the message, and `:` and `,` too, which separate properties.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_the_syntax_needs() {
        assert_eq!(data("100% klaar\nnu"), "100%25 klaar%0Anu");
        assert_eq!(property("a,b:c%d\r\n"), "a%2Cb%3Ac%25d%0D%0A");
    }
}
