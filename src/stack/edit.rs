//! Edits to a stack file that `node add` and `node remove` make: a node block is built with
//! `hcl-edit`, so every value is escaped as HCL wants (quotes, backslashes, newlines, and the
//! `${`/`%{` that would start a template), and inserted or cut at the block's own lines, so
//! every other byte of the file (comments, layout) stays as it was.
//!
//! Owns: text edits of stack files. May import: `stack::fmt` (to lay the new block out like
//! `lavastack fmt` would). Validating the edited stack is the caller's (it has the load options).

use std::ops::Range;

use hcl_edit::expr::Expression;
use hcl_edit::structure::{Attribute, Block};
use hcl_edit::{Ident, Span};

/// A node block to add.
#[derive(Debug, Clone, Default)]
pub struct NewNode {
    pub name: String,
    pub region: String,
    pub zone: Option<String>,
    pub weight: Option<u32>,
    pub priority: Option<u32>,
    pub host: Option<String>,
    pub port: Option<u16>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EditError {
    #[error("the stack file does not parse, so it cannot be edited safely: {0}")]
    Parse(String),
    #[error("node \"{0}\" is already in the stack")]
    Exists(String),
    #[error("there is no node \"{0}\" block in the stack")]
    Missing(String),
    #[error("a node name must not be empty")]
    EmptyName,
    #[error("there is no pool \"{0}\" block in the stack")]
    NoPool(String),
    #[error("pool \"{0}\"'s count is not a number written in the file (a variable or an expression): set it by hand")]
    CountNotLiteral(String),
}

fn parse(text: &str) -> Result<hcl_edit::structure::Body, EditError> {
    hcl_edit::parser::parse_body(text).map_err(|e| EditError::Parse(e.to_string()))
}

/// Byte range of `node "NAME" { ... }` with its whole lines (and the blank line before it that
/// [`add_node`] writes).
fn node_block(text: &str, body: &hcl_edit::structure::Body, name: &str) -> Option<Range<usize>> {
    let block = body.blocks().find(|b| {
        b.ident.as_str() == "node" && b.labels.first().is_some_and(|l| l.as_str() == name)
    })?;
    let span = block.span()?;
    let mut start = text[..span.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    if text[..start].ends_with("\n\n") {
        start -= 1;
    }
    Some(start..line_end(text, span.end))
}

fn line_end(text: &str, at: usize) -> usize {
    text[at..]
        .find('\n')
        .map(|i| at + i + 1)
        .unwrap_or(text.len())
}

/// Whether the stack file has a block for node `name`.
pub fn has_node(text: &str, name: &str) -> Result<bool, EditError> {
    Ok(node_block(text, &parse(text)?, name).is_some())
}

/// The node's block as `lavastack fmt` lays it out.
pub fn node_block_text(node: &NewNode) -> Result<String, EditError> {
    if node.name.is_empty() {
        return Err(EditError::EmptyName);
    }
    let attr = |k: &str, v: Expression| Attribute::new(Ident::new(k), v);
    let mut attrs = vec![attr("region", Expression::from(node.region.as_str()))];
    if let Some(z) = &node.zone {
        attrs.push(attr("zone", Expression::from(z.as_str())));
    }
    if let Some(w) = node.weight {
        attrs.push(attr("weight", Expression::from(u64::from(w))));
    }
    if let Some(p) = node.priority {
        attrs.push(attr("priority", Expression::from(u64::from(p))));
    }
    if let Some(h) = &node.host {
        attrs.push(attr("host", Expression::from(h.as_str())));
    }
    if let Some(p) = node.port {
        attrs.push(attr("port", Expression::from(u64::from(p))));
    }
    let block = Block::builder(Ident::new("node"))
        .label(node.name.as_str())
        .attributes(attrs)
        .build();
    let body: hcl_edit::structure::Body = std::iter::once(block).collect();
    let text = body.to_string();
    // fmt aligns the `=` signs; if it cannot (it always can for what hcl-edit wrote), the
    // unaligned text is just as valid.
    Ok(super::fmt::format(&text).unwrap_or(text))
}

/// The stack text with a block for `node` after the last node block (else at the end).
pub fn add_node(text: &str, node: &NewNode) -> Result<String, EditError> {
    let body = parse(text)?;
    if node_block(text, &body, &node.name).is_some() {
        return Err(EditError::Exists(node.name.clone()));
    }
    let block = node_block_text(node)?;
    let at = body
        .blocks()
        .filter(|b| b.ident.as_str() == "node")
        .filter_map(|b| b.span())
        .map(|s| line_end(text, s.end))
        .max()
        .unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + block.len() + 2);
    out.push_str(&text[..at]);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&block);
    out.push_str(&text[at..]);
    Ok(out)
}

/// The stack text with pool `name`'s `count = N` set to `count`; only the number's bytes change.
pub fn set_pool_count(text: &str, name: &str, count: u32) -> Result<String, EditError> {
    let body = parse(text)?;
    let block = body
        .blocks()
        .find(|b| {
            b.ident.as_str() == "pool" && b.labels.first().is_some_and(|l| l.as_str() == name)
        })
        .ok_or_else(|| EditError::NoPool(name.into()))?;
    let attr = block
        .body
        .get_attribute("count")
        .ok_or_else(|| EditError::CountNotLiteral(name.into()))?;
    let (Expression::Number(_), Some(span)) = (&attr.value, attr.value.span()) else {
        return Err(EditError::CountNotLiteral(name.into()));
    };
    let mut out = text.to_string();
    out.replace_range(span, &count.to_string());
    Ok(out)
}

/// The stack text without node `name`'s block.
pub fn remove_node(text: &str, name: &str) -> Result<String, EditError> {
    let body = parse(text)?;
    let range = node_block(text, &body, name).ok_or_else(|| EditError::Missing(name.into()))?;
    let mut out = text.to_string();
    out.replace_range(range, "");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pool_count_is_set_in_place_and_an_expression_is_refused() {
        let text = "pool \"p\" {\n  region = \"r\" # where\n  count  = 2 # how many\n}\npool \"q\" {\n  count = var.n\n}\n";
        let out = set_pool_count(text, "p", 3).unwrap();
        assert_eq!(out, text.replace("count  = 2 #", "count  = 3 #"));
        assert_eq!(
            set_pool_count(text, "q", 3),
            Err(EditError::CountNotLiteral("q".into()))
        );
        assert_eq!(
            set_pool_count(text, "nope", 3),
            Err(EditError::NoPool("nope".into()))
        );
    }

    const STACK: &str = "# the team's stack\nstack \"s\" {} # keep me\n\nnode \"a\" {\n  region = \"r\" # a's region\n}\n\n# trailing comment\n";

    fn node(name: &str) -> NewNode {
        NewNode {
            name: name.into(),
            region: "r".into(),
            ..Default::default()
        }
    }

    /// Parses the edited text with the HCL parser the loader uses and returns node labels
    /// with their region value.
    fn nodes(text: &str) -> Vec<(String, String)> {
        let body: hcl::Body = hcl::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        body.blocks()
            .filter(|b| b.identifier() == "node")
            .map(|b| {
                let region = b
                    .body()
                    .attributes()
                    .find(|a| a.key() == "region")
                    .map(|a| match a.expr() {
                        hcl::Expression::String(s) => s.clone(),
                        other => format!("{other:?}"),
                    })
                    .unwrap_or_default();
                (b.labels()[0].as_str().to_string(), region)
            })
            .collect()
    }

    #[test]
    fn add_then_remove_gives_back_the_same_bytes() {
        let mut n = node("b");
        n.weight = Some(3);
        n.port = Some(2334);
        n.host = Some("10.0.0.2".into());
        let added = add_node(STACK, &n).unwrap();
        assert!(added.contains("# keep me") && added.contains("# a's region"));
        assert!(
            added.contains("node \"b\" {\n  region = \"r\"\n  weight = 3\n"),
            "{added}"
        );
        assert_eq!(
            nodes(&added),
            vec![("a".into(), "r".into()), ("b".into(), "r".into())]
        );
        assert_eq!(remove_node(&added, "b").unwrap(), STACK);
        assert_eq!(add_node(&added, &n), Err(EditError::Exists("b".into())));
        assert_eq!(
            remove_node(STACK, "zz"),
            Err(EditError::Missing("zz".into()))
        );
    }

    #[test]
    fn hostile_names_and_values_stay_one_literal_each() {
        for hostile in [
            "a\"b",
            "a\\b",
            "line\nbreak",
            "${var.password}",
            "%{ if true }x%{ endif }",
            "} node \"evil\" {",
            "tab\there",
            "\u{202e}rtl",
            "emoji 🎵",
            "$${already}",
        ] {
            let mut n = node(hostile);
            n.region = hostile.into();
            n.host = Some(hostile.into());
            let added = add_node(STACK, &n).unwrap_or_else(|e| panic!("{hostile:?}: {e}"));
            let got = nodes(&added);
            assert_eq!(got.len(), 2, "{hostile:?} made one block:\n{added}");
            assert_eq!(
                got[1],
                (hostile.to_string(), hostile.to_string()),
                "{added}"
            );
            assert!(has_node(&added, hostile).unwrap());
            assert_eq!(remove_node(&added, hostile).unwrap(), STACK, "{hostile:?}");
        }
        assert_eq!(add_node(STACK, &node("")), Err(EditError::EmptyName));
        assert!(matches!(
            add_node("node {", &node("x")),
            Err(EditError::Parse(_))
        ));
    }

    #[test]
    fn a_file_without_nodes_or_final_newline_gets_a_block_at_the_end() {
        let added = add_node("stack \"s\" {}", &node("x")).unwrap();
        assert_eq!(
            added,
            "stack \"s\" {}\n\nnode \"x\" {\n  region = \"r\"\n}\n"
        );
    }
}
