//! Diagnostics: user-facing problems in a stack file, each with a source span.
//!
//! Modelled on Terraform's tfdiags: a short summary, an optional detail sentence, an optional
//! hint, and the exact byte range in the file. All problems of a file are collected and reported
//! together rather than one at a time.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One source file, kept so diagnostics can quote the offending line.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: Arc<str>,
    line_starts: Arc<[usize]>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path: path.into(),
            text,
            line_starts: starts.into(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    /// An offset inside a multi-byte character (a parser's span can end there) counts as
    /// that character's start.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |t| t.chars().count())
            + 1;
        (line + 1, col)
    }

    /// Text of a 1-based line, without its newline ("" past the end).
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches('\r')
    }

    pub fn display_path(&self) -> String {
        display_path(&self.path)
    }
}

/// A file's bytes as text: a UTF-8 byte-order mark is dropped (editors on Windows write one),
/// and a file that is not UTF-8 is an error naming the line and column of the first bad byte.
pub fn decode_source(path: &Path, bytes: Vec<u8>) -> Result<String, Box<Diagnostic>> {
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        // Everything before the bad byte is valid text, so lines and columns can be counted.
        let before = std::str::from_utf8(&bytes[..good]).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let byte = bytes.get(good).copied().unwrap_or(0);
        Diagnostic::error(format!(
            "{}:{line}:{col}: the file is not UTF-8 text (byte 0x{byte:02x})",
            display_path(path)
        ))
        .help("save the file as UTF-8")
        .into()
    })
}

pub fn display_path(p: &Path) -> String {
    p.display().to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A problem found in user input, located in a file when it has a location.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub summary: String,
    pub detail: Option<String>,
    pub help: Option<String>,
    pub source: Option<SourceFile>,
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    pub fn error(summary: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            summary: summary.into(),
            detail: None,
            help: None,
            source: None,
            span: None,
        }
    }

    pub fn warning(summary: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(summary)
        }
    }

    pub fn at(mut self, source: &SourceFile, span: Option<Range<usize>>) -> Self {
        self.source = Some(source.clone());
        self.span = span;
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `file:line:col`, or just the file, or nothing.
    pub fn location(&self) -> Option<String> {
        let src = self.source.as_ref()?;
        Some(match &self.span {
            Some(span) => {
                let (l, c) = src.line_col(span.start);
                format!("{}:{}:{}", src.display_path(), l, c)
            }
            None => src.display_path(),
        })
    }

    /// Renders in the style of rustc: summary, location arrow, quoted line with carets, notes.
    pub fn render(&self, color: bool) -> String {
        let (red, yellow, blue, bold, reset) = if color {
            (
                "\x1b[31;1m",
                "\x1b[33;1m",
                "\x1b[34;1m",
                "\x1b[1m",
                "\x1b[0m",
            )
        } else {
            ("", "", "", "", "")
        };
        let mut out = String::new();
        let (word, c) = match self.severity {
            Severity::Error => ("error", red),
            Severity::Warning => ("warning", yellow),
        };
        let _ = writeln!(
            out,
            "{c}{word}{reset}{bold}: {}{reset}",
            clip(&self.summary, TEXT_CHARS)
        );
        if let Some(loc) = self.location() {
            let _ = writeln!(out, "  {blue}-->{reset} {loc}");
        }
        if let (Some(src), Some(span)) = (&self.source, &self.span) {
            let (line, col) = src.line_col(span.start);
            let full = src.line_text(line);
            let (end_line, end_col) = src.line_col(span.end.max(span.start));
            let width = if end_line == line {
                end_col.saturating_sub(col).max(1)
            } else {
                full.chars().count().saturating_sub(col - 1).max(1)
            };
            // A window of the line around the span's start, so a 500 KB line quotes as one
            // terminal line: `…` marks what is left out on either side.
            let skip = (col - 1).saturating_sub(QUOTE_CHARS / 3);
            let shown: String = full.chars().skip(skip).take(QUOTE_CHARS).collect();
            let more_after = full.chars().count() > skip + QUOTE_CHARS;
            let (before, after) = (
                if skip > 0 { "…" } else { "" },
                if more_after { "…" } else { "" },
            );
            let gutter = line.to_string().len();
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{blue}{pad} |{reset}");
            let _ = writeln!(out, "{blue}{line} |{reset} {before}{shown}{after}");
            let lead: String = before
                .chars()
                .chain(shown.chars().take(col - 1 - skip))
                .map(|ch| if ch == '\t' { '\t' } else { ' ' })
                .collect();
            let room = shown.chars().count().saturating_sub(col - 1 - skip).max(1);
            let _ = writeln!(
                out,
                "{blue}{pad} |{reset} {lead}{c}{}{reset}",
                "^".repeat(width.min(room))
            );
        }
        if let Some(d) = &self.detail {
            let _ = writeln!(out, "  = {}", clip(d, TEXT_CHARS));
        }
        if let Some(h) = &self.help {
            let _ = writeln!(out, "  = help: {}", clip(h, TEXT_CHARS));
        }
        out
    }
}

/// Characters of a source line a diagnostic quotes, and of its summary, detail and help: user
/// text (a huge string, a long line) must not turn one error into megabytes of output.
const QUOTE_CHARS: usize = 120;
pub const TEXT_CHARS: usize = 400;
/// Diagnostics rendered in full; the rest are counted.
const RENDERED_MAX: usize = 50;

/// `s` cut to `max` characters, marked with `…` when cut.
pub fn clip(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(s),
        Some((i, _)) => std::borrow::Cow::Owned(format!("{}…", &s[..i])),
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(loc) = self.location() {
            write!(f, "{loc}: ")?;
        }
        f.write_str(&clip(&self.summary, TEXT_CHARS))
    }
}

/// All problems found in one pass; an error when any has error severity.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Error)
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Warning)
    }
    pub fn render(&self, color: bool) -> String {
        let mut out = self
            .0
            .iter()
            .take(RENDERED_MAX)
            .map(|d| d.render(color))
            .collect::<Vec<_>>()
            .join("\n");
        if self.0.len() > RENDERED_MAX {
            let _ = writeln!(
                out,
                "\n... and {} more problems (fix these first)",
                self.0.len() - RENDERED_MAX
            );
        }
        out
    }
}

impl std::fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.errors().count();
        match self.errors().next() {
            Some(first) if n == 1 => write!(f, "{first}"),
            Some(first) => write!(f, "{first} (and {} more errors)", n - 1),
            None => write!(f, "no errors"),
        }
    }
}

/// The closest candidate within a small edit distance, for "did you mean" hints.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = levenshtein(word, c);
        let limit = (word.len().max(c.len()) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_line_and_summary_quote_as_a_bounded_window() {
        let line = format!("name = \"{}\" oops", "x".repeat(500_000));
        let f = SourceFile::new("x.hcl", format!("a = 1\n{line}\n"));
        let at = 6 + line.find("oops").unwrap_or(0);
        let d = Diagnostic::error("y".repeat(10_000)).at(&f, Some(at..at + 4));
        let out = d.render(false);
        assert!(out.len() < 2_000, "{} bytes", out.len());
        assert!(out.contains("…xxx"), "{out}");
        assert!(out.contains("\" oops"), "the span itself is shown: {out}");
        let quoted = out
            .lines()
            .find(|l| l.starts_with("2 |"))
            .unwrap_or_default();
        let carets = out.lines().find(|l| l.contains("^^^^")).unwrap_or_default();
        // The carets stand under `oops` in the window.
        let col = carets.chars().position(|c| c == '^').unwrap_or(0);
        let under: String = quoted.chars().skip(col).take(4).collect();
        assert_eq!(under, "oops", "{out}");
        let many = Diagnostics(
            (0..500)
                .map(|i| Diagnostic::error(format!("e{i}")))
                .collect(),
        );
        assert!(many.render(false).contains("and 450 more problems"));
    }

    #[test]
    fn line_col_counts_from_one() {
        let f = SourceFile::new("x.hcl", "ab\ncd\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(4), (2, 2));
        assert_eq!(f.line_text(2), "cd");
    }

    #[test]
    fn suggests_close_words_only() {
        let c = ["weight", "priority", "region"];
        assert_eq!(did_you_mean("wieght", c), Some("weight"));
        assert_eq!(did_you_mean("zzz", c), None);
    }

    #[test]
    fn render_points_at_span() {
        let f = SourceFile::new("s.hcl", "node \"a\" {\n  wieght = 3\n}\n");
        let d = Diagnostic::error("unknown attribute")
            .at(&f, Some(13..19))
            .help("did you mean \"weight\"?");
        let r = d.render(false);
        assert!(r.contains("--> s.hcl:2:3"), "{r}");
        assert!(r.contains("  ^^^^^^"), "{r}");
        assert!(r.contains("help: did you mean"), "{r}");
    }
}
