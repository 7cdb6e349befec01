//! A JSON reader for `select_node`'s input, the JSON export every host can call.
//!
//! It knows the schema, borrows strings from the input (a string is only copied when it holds
//! escapes), parses short decimals exactly without a general float parser, and skips unknown
//! keys; `tests/policy_sdk.rs` in lavastack checks it against serde_json on generated inputs.
//! Measured with the host's fuel counter on the 9 KB input of 32 nodes: ~550,000 guest
//! instructions against serde_json's ~635,000, so it saves the `String` per name more than
//! scanning time: a byte-at-a-time scan is what costs under WebAssembly's fuel metering (52
//! instructions per byte merely to skip the node list). That is why lavastack sends the
//! packed input (`packed.rs`) to modules that export `select_node_packed`.

use std::borrow::Cow;
use std::fmt;

/// Where and why an input did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

impl std::error::Error for ReadError {}

pub(crate) type Result<T> = std::result::Result<T, ReadError>;

/// Nesting deeper than this is refused rather than followed (unknown values are skipped
/// recursively, and a guest's stack is small).
const MAX_DEPTH: usize = 64;

pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }

    pub(crate) fn err<T>(&self, message: impl Into<String>) -> Result<T> {
        Err(ReadError {
            offset: self.pos,
            message: message.into(),
        })
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next significant byte, not consumed.
    pub(crate) fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.bytes.get(self.pos).copied()
    }

    pub(crate) fn expect(&mut self, b: u8) -> Result<()> {
        if self.peek() == Some(b) {
            self.pos += 1;
            Ok(())
        } else {
            self.err(format!("expected '{}'", b as char))
        }
    }

    pub(crate) fn end(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => self.err("trailing characters after the input"),
        }
    }

    /// Walks an object: `f` is called with each key and must consume the value.
    pub(crate) fn object(
        &mut self,
        mut f: impl FnMut(&mut Self, Cow<'a, str>) -> Result<()>,
    ) -> Result<()> {
        self.expect(b'{')?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return self.err("expected a key");
            }
            let key = self.string()?;
            self.expect(b':')?;
            f(self, key)?;
            if self.end_of(b'}')? {
                return Ok(());
            }
        }
    }

    /// After an element: `,` (another follows: false) or `close` (consumed: true).
    fn end_of(&mut self, close: u8) -> Result<bool> {
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(c) if c == close => {
                self.pos += 1;
                Ok(true)
            }
            _ => self.err(format!("expected ',' or '{}'", close as char)),
        }
    }

    /// Walks an array: `f` is called once per element and must consume it.
    pub(crate) fn array(&mut self, mut f: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.expect(b'[')?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            f(self)?;
            if self.end_of(b']')? {
                return Ok(());
            }
        }
    }

    /// `null` if it is next (consumed); lets optional fields accept it.
    pub(crate) fn null(&mut self) -> Result<bool> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            return Ok(true);
        }
        Ok(false)
    }

    fn literal(&mut self, word: &[u8]) -> Result<()> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            self.err("invalid literal")
        }
    }

    pub(crate) fn bool(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b't') => self.literal(b"true").map(|_| true),
            Some(b'f') => self.literal(b"false").map(|_| false),
            _ => self.err("expected true or false"),
        }
    }

    /// A string, borrowed from the input unless it holds escapes.
    pub(crate) fn string(&mut self) -> Result<Cow<'a, str>> {
        self.expect(b'"')?;
        let start = self.pos;
        let bytes = self.bytes;
        let mut i = start;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    self.pos = i + 1;
                    return self.utf8(start, i).map(Cow::Borrowed);
                }
                b'\\' => {
                    self.pos = i;
                    return self.escaped(start).map(Cow::Owned);
                }
                0..=0x1f => {
                    self.pos = i;
                    return self.err("control character in a string");
                }
                _ => i += 1,
            }
        }
        self.pos = i;
        self.err("unterminated string")
    }

    fn utf8(&self, start: usize, end: usize) -> Result<&'a str> {
        let s = &self.bytes[start..end];
        // ASCII, the usual case, needs no decoding check beyond this scan.
        if s.is_ascii() {
            // SAFETY: ASCII is valid UTF-8.
            return Ok(unsafe { std::str::from_utf8_unchecked(s) });
        }
        std::str::from_utf8(s).map_err(|e| ReadError {
            offset: start + e.valid_up_to(),
            message: "invalid UTF-8 in a string".into(),
        })
    }

    /// The rest of a string that holds escapes, from `start` (just after its quote); `self.pos`
    /// is at the first backslash.
    fn escaped(&mut self, start: usize) -> Result<String> {
        let mut out = String::from(self.utf8(start, self.pos)?);
        loop {
            let run = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(self.utf8(run, self.pos)?);
            match self.bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let Some(&e) = self.bytes.get(self.pos) else {
                        return self.err("unterminated string");
                    };
                    self.pos += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let c = self.unicode_escape()?;
                            out.push(c);
                        }
                        _ => {
                            self.pos -= 1;
                            return self.err("invalid escape");
                        }
                    }
                }
                Some(_) => return self.err("control character in a string"),
                None => return self.err("unterminated string"),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32> {
        let Some(h) = self.bytes.get(self.pos..self.pos + 4) else {
            return self.err("short \\u escape");
        };
        let mut v = 0u32;
        for &b in h {
            let d = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return self.err("invalid \\u escape"),
            };
            v = v * 16 + d as u32;
        }
        self.pos += 4;
        Ok(v)
    }

    fn unicode_escape(&mut self) -> Result<char> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                return self.err("lone surrogate in a \\u escape");
            }
            self.pos += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return self.err("lone surrogate in a \\u escape");
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).map_or_else(|| self.err("lone surrogate in a \\u escape"), Ok)
    }

    /// The text of a JSON number, checked against the grammar.
    fn number_text(&mut self) -> Result<(&'a [u8], bool)> {
        self.ws();
        let start = self.pos;
        let b = self.bytes;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let digits = |i: &mut usize| {
            let s = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - s
        };
        let int_start = i;
        let n = digits(&mut i);
        if n == 0 {
            self.pos = i;
            return self.err("expected a number");
        }
        if n > 1 && b[int_start] == b'0' {
            self.pos = int_start;
            return self.err("leading zero in a number");
        }
        let mut integral = true;
        if b.get(i) == Some(&b'.') {
            i += 1;
            integral = false;
            if digits(&mut i) == 0 {
                self.pos = i;
                return self.err("expected digits after '.'");
            }
        }
        if let Some(b'e' | b'E') = b.get(i) {
            i += 1;
            integral = false;
            if let Some(b'+' | b'-') = b.get(i) {
                i += 1;
            }
            if digits(&mut i) == 0 {
                self.pos = i;
                return self.err("expected digits in the exponent");
            }
        }
        self.pos = i;
        Ok((&b[start..i], integral))
    }

    /// A whole number as (negative, magnitude).
    fn integer(&mut self) -> Result<(bool, u64)> {
        self.ws();
        let at = self.pos;
        let (t, integral) = self.number_text()?;
        if !integral {
            self.pos = at;
            return self.err("expected a whole number");
        }
        let (neg, digits) = match t.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, t),
        };
        let mut v: u64 = 0;
        for &d in digits {
            match v
                .checked_mul(10)
                .and_then(|v| v.checked_add((d - b'0') as u64))
            {
                Some(n) => v = n,
                None => {
                    self.pos = at;
                    return self.err("number too large");
                }
            }
        }
        Ok((neg, v))
    }

    fn ranged<T: TryFrom<i128>>(&mut self, what: &str) -> Result<T> {
        self.ws();
        let at = self.pos;
        let (neg, v) = self.integer()?;
        let v = if neg { -(v as i128) } else { v as i128 };
        T::try_from(v).or_else(|_| {
            self.pos = at;
            self.err(format!("expected {what}"))
        })
    }

    pub(crate) fn u64(&mut self) -> Result<u64> {
        self.ranged("a whole number from 0 to 2^64-1")
    }

    pub(crate) fn u32(&mut self) -> Result<u32> {
        self.ranged("a whole number from 0 to 2^32-1")
    }

    pub(crate) fn i64(&mut self) -> Result<i64> {
        self.ranged("a whole number within 64 bits")
    }

    pub(crate) fn i32(&mut self) -> Result<i32> {
        self.ranged("a whole number within 32 bits")
    }

    pub(crate) fn f64(&mut self) -> Result<f64> {
        self.ws();
        let at = self.pos;
        let (t, _) = self.number_text()?;
        let v = to_f64(t);
        // `1e400` is valid JSON text but no double; refused as serde_json refuses it.
        if !v.is_finite() {
            self.pos = at;
            return self.err("number out of range");
        }
        Ok(v)
    }

    /// Skips any value; returns its text (used to keep `config` raw until a policy asks).
    pub(crate) fn skip(&mut self) -> Result<&'a str> {
        self.ws();
        let start = self.pos;
        self.skip_depth(0)?;
        // The span holds whole strings (checked UTF-8) and ASCII punctuation.
        Ok(std::str::from_utf8(&self.bytes[start..self.pos]).expect("checked while skipping"))
    }

    fn skip_depth(&mut self, depth: usize) -> Result<()> {
        if depth > MAX_DEPTH {
            return self.err("nested too deeply");
        }
        match self.peek() {
            Some(b'{') => self.object(|r, _| r.skip_depth(depth + 1)),
            Some(b'[') => self.array(|r| r.skip_depth(depth + 1)),
            Some(b'"') => self.string().map(|_| ()),
            Some(b't' | b'f') => self.bool().map(|_| ()),
            Some(b'n') => self.literal(b"null"),
            Some(_) => {
                let at = self.pos;
                let (t, integral) = self.number_text()?;
                // Whole numbers of up to 18 digits always fit; anything else must be a
                // finite double, as serde_json (and a policy reading its config) requires.
                if (!integral || t.len() > 18) && !to_f64(t).is_finite() {
                    self.pos = at;
                    return self.err("number out of range");
                }
                Ok(())
            }
            None => self.err("unexpected end of input"),
        }
    }
}

/// The double nearest to a number `number_text` accepted (infinite when out of range).
fn to_f64(t: &[u8]) -> f64 {
    fast_f64(t).unwrap_or_else(|| {
        // SAFETY: number_text only accepts ASCII.
        let s = unsafe { std::str::from_utf8_unchecked(t) };
        s.parse()
            .expect("number_text accepts only valid JSON numbers")
    })
}

/// Exact for decimals of up to 15 significant digits and a power of ten up to 22 (what the
/// host writes for loads and latencies): the digits and the power are both exact doubles, so
/// the one IEEE multiplication or division rounds correctly (Clinger's fast path). Anything
/// else goes to the general parser.
pub(crate) fn fast_f64(t: &[u8]) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (neg, t) = match t.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, t),
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut scale: i32 = 0;
    let mut i = 0;
    let mut seen_dot = false;
    while i < t.len() {
        match t[i] {
            d @ b'0'..=b'9' => {
                if mantissa != 0 || d != b'0' {
                    digits += 1;
                }
                if digits > 15 {
                    return None;
                }
                mantissa = mantissa * 10 + (d - b'0') as u64;
                if seen_dot {
                    scale -= 1;
                }
            }
            b'.' => seen_dot = true,
            _ => break,
        }
        i += 1;
    }
    if i < t.len() {
        // An exponent: e[+-]digits.
        let mut j = i + 1;
        let eneg = match t.get(j) {
            Some(b'-') => {
                j += 1;
                true
            }
            Some(b'+') => {
                j += 1;
                false
            }
            _ => false,
        };
        let mut e: i32 = 0;
        for &d in &t[j..] {
            e = e.checked_mul(10)?.checked_add((d - b'0') as i32)?;
        }
        scale = scale.checked_add(if eneg { -e } else { e })?;
    }
    let m = mantissa as f64;
    let v = if scale >= 0 {
        m * *POW10.get(scale as usize)?
    } else {
        m / *POW10.get((-scale) as usize)?
    };
    Some(if neg { -v } else { v })
}

/// Appends `s` as a JSON string, escaped exactly as serde_json escapes it (`"` and `\\`, the
/// short escapes `\b \f \n \r \t`, other control characters as `\u00xx`, everything else as
/// is): the host's encoder writes serde_json's very bytes with it.
pub fn write_json_string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let b = s.as_bytes();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        let short: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0c => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&b[run..i]);
        if short.is_empty() {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[(c >> 4) as usize]);
            out.push(HEX[(c & 15) as usize]);
        } else {
            out.extend_from_slice(short);
        }
        run = i + 1;
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}
