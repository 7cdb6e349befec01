//! `lavastack fmt`: canonical layout of stack files, keeping every comment.
//!
//! hcl-edit keeps comments but has no canonical printer, and hcl-rs's printer drops comments,
//! so this works on lines: two-space indentation by nesting depth, `key = value` spacing with
//! the `=` of consecutive attributes aligned (as `terraform fmt` does), no trailing spaces,
//! at most one blank line in a row, one final newline. Heredocs and block comments are left
//! alone. The result is re-parsed and compared with the input, so formatting can never change
//! what a stack means.

#[derive(Debug, thiserror::Error)]
pub enum FmtError {
    #[error("cannot format: the file is not valid HCL: {0}")]
    Parse(String),
    #[error(
        "internal error: formatting would change the stack's meaning; the file was left as is"
    )]
    Changed,
}

pub fn format(text: &str) -> Result<String, FmtError> {
    let before = hcl::parse(text).map_err(|e| FmtError::Parse(e.to_string()))?;
    let out = format_lines(text);
    let after = hcl::parse(&out).map_err(|_| FmtError::Changed)?;
    if before != after {
        return Err(FmtError::Changed);
    }
    Ok(out)
}

#[derive(Default)]
struct Scan {
    depth: i32,
    in_block_comment: bool,
    heredoc: Option<String>,
}

enum Line {
    Blank,
    Verbatim(String),
    Code {
        indent: i32,
        text: String,
    },
    Attr {
        indent: i32,
        key: String,
        value: String,
    },
}

fn format_lines(text: &str) -> String {
    let mut scan = Scan::default();
    let mut lines: Vec<Line> = Vec::new();
    for raw in text.lines() {
        if let Some(tag) = &scan.heredoc {
            if raw.trim() == tag {
                scan.heredoc = None;
            }
            lines.push(Line::Verbatim(raw.trim_end().to_string()));
            continue;
        }
        let t = raw.trim();
        if scan.in_block_comment {
            if t.contains("*/") {
                scan.in_block_comment = false;
            }
            lines.push(Line::Verbatim(raw.trim_end().to_string()));
            continue;
        }
        if t.is_empty() {
            lines.push(Line::Blank);
            continue;
        }
        let (code, comment_opens_block) = code_part(t);
        let leading_closers = code
            .chars()
            .take_while(|c| matches!(c, '}' | ']' | ')'))
            .count() as i32;
        let indent = (scan.depth - leading_closers).max(0);
        let (opens, closes) = count_brackets(code);
        scan.depth = (scan.depth + opens - closes).max(0);
        if comment_opens_block {
            scan.in_block_comment = true;
        }
        if let Some(tag) = heredoc_tag(code) {
            scan.heredoc = Some(tag);
        }
        match split_attr(t) {
            Some((k, v)) if opens == closes && scan.heredoc.is_none() => lines.push(Line::Attr {
                indent,
                key: k.to_string(),
                value: v.to_string(),
            }),
            _ => lines.push(Line::Code {
                indent,
                text: t.to_string(),
            }),
        }
    }
    render(&lines)
}

fn render(lines: &[Line]) -> String {
    let mut out = String::new();
    let mut i = 0;
    let mut last_blank = true;
    while i < lines.len() {
        match &lines[i] {
            Line::Blank => {
                if !last_blank {
                    out.push('\n');
                }
                last_blank = true;
                i += 1;
            }
            Line::Verbatim(s) => {
                out.push_str(s);
                out.push('\n');
                last_blank = false;
                i += 1;
            }
            Line::Code { indent, text } => {
                out.push_str(&"  ".repeat(*indent as usize));
                out.push_str(text);
                out.push('\n');
                last_blank = false;
                i += 1;
            }
            Line::Attr { indent, .. } => {
                // A run of attributes at one depth shares one `=` column.
                let depth = *indent;
                let mut j = i;
                let mut width = 0;
                while let Some(Line::Attr { indent, key, .. }) = lines.get(j) {
                    if *indent != depth {
                        break;
                    }
                    width = width.max(key.chars().count());
                    j += 1;
                }
                for l in &lines[i..j] {
                    if let Line::Attr { key, value, .. } = l {
                        out.push_str(&"  ".repeat(depth as usize));
                        out.push_str(key);
                        out.push_str(&" ".repeat(width - key.chars().count()));
                        out.push_str(" = ");
                        out.push_str(value);
                        out.push('\n');
                    }
                }
                last_blank = false;
                i = j;
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    if out.is_empty() {
        return out;
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The line up to a trailing comment, and whether a `/*` comment stays open past the line.
fn code_part(t: &str) -> (&str, bool) {
    let b = t.as_bytes();
    let mut in_str = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if in_str {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == b'"' {
                in_str = false;
            }
        } else if c == b'"' {
            in_str = true;
        } else if c == b'#' || (c == b'/' && b.get(i + 1) == Some(&b'/')) {
            return (t[..i].trim_end(), false);
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let rest = &t[i + 2..];
            return (t[..i].trim_end(), !rest.contains("*/"));
        }
        i += 1;
    }
    (t, false)
}

fn count_brackets(code: &str) -> (i32, i32) {
    let (mut opens, mut closes) = (0, 0);
    let mut in_str = false;
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if in_str {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '{' | '[' | '(' => opens += 1,
            '}' | ']' | ')' => closes += 1,
            _ => {}
        }
    }
    (opens, closes)
}

fn heredoc_tag(code: &str) -> Option<String> {
    let at = code.find("<<")?;
    let rest = code[at + 2..].trim_start_matches('-');
    let tag: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!tag.is_empty()).then_some(tag)
}

/// `key = value` with a plain identifier key (not `==`, not inside an object on one line).
fn split_attr(t: &str) -> Option<(&str, &str)> {
    let key_end = t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))?;
    if key_end == 0 {
        return None;
    }
    let rest = t[key_end..].trim_start();
    let value = rest.strip_prefix('=')?;
    if value.starts_with('=') {
        return None;
    }
    Some((&t[..key_end], value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_and_aligns() {
        let src = "node \"a\" {\nregion=\"eu\"   # where\n    weight    = 3\n\n\n\n}\n";
        let out = format(src).unwrap();
        assert_eq!(
            out,
            "node \"a\" {\n  region = \"eu\"   # where\n  weight = 3\n\n}\n"
        );
    }

    #[test]
    fn is_idempotent_and_keeps_comments() {
        let src = "# top\nstack \"s\" { lavalink_version = \"4.0.8\" }\n/* a\n   b */\nregion \"r\" {\n  provider = \"static.x\"\n  zones = [\n\"a\",\n\"b\",\n]\n}\n";
        let once = format(src).unwrap();
        assert_eq!(format(&once).unwrap(), once);
        assert!(once.contains("# top") && once.contains("/* a"));
        assert!(once.contains("    \"a\","), "{once}");
    }

    #[test]
    fn refuses_invalid_hcl() {
        assert!(matches!(format("node {"), Err(FmtError::Parse(_))));
    }
}
