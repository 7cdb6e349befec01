//! Numbers as people write them: at most N decimals, no trailing zeros ("99.9", not
//! "99.900"; "0.001", not "0.0010000000000000009").
//!
//! Owns: that one formatting rule. May import: nothing from lavastack.

/// `x` with at most `places` decimals and no trailing zeros; negative zero is "0".
pub fn decimal(x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s.as_str()
    };
    if s.is_empty() || s == "-" || s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn trailing_zeros_go_and_nothing_else() {
        assert_eq!(decimal(1.0 - 0.999, 9), "0.001");
        assert_eq!(decimal(99.9, 3), "99.9");
        assert_eq!(decimal(100.0, 2), "100");
        assert_eq!(decimal(100.0, 0), "100");
        assert_eq!(decimal(2.5, 2), "2.5");
        assert_eq!(decimal(0.0, 2), "0");
        assert_eq!(decimal(-0.0, 2), "0");
        assert_eq!(decimal(-1.25, 1), "-1.2");
    }
}
