//! Deterministic fake tracks, encoded in Lavaplayer's binary track format, so an emulated
//! node's tracks decode in clients (Lavalink.py's `decode_track`, lavalink-client) and on real
//! nodes, and a real node's tracks play here.
//!
//! The format (lavaplayer `DefaultAudioPlayerManager.encodeTrack`, read by every decoder): a
//! 4-byte big-endian header `flags << 30 | size` (flag 1: versioned), then `size` bytes: the
//! version (1-3), `title`, `author` (Java `writeUTF`: u16 length + modified UTF-8), `length`
//! (i64 ms), `identifier`, `isStream` (bool), `uri` (version >= 2: present-flag + UTF),
//! `artworkUrl` and `isrc` (version >= 3, nullable the same way), `sourceName`, the source
//! manager's own fields (the `http` and `local` sources write their container probe as one UTF),
//! and the start `position` (i64 ms). The whole is standard base64.
//!
//! Source fields this emulator does not know (plugins: LavaSrc, ...) are kept as opaque bytes,
//! so such a track decodes and re-encodes to the same string.
//!
//! Identifiers the emulator understands:
//! - `ytsearch:` / `ytmsearch:` / `scsearch:` + query: a search result of 5 tracks;
//! - `emu:<length_ms>:<title>`: one track of exactly that length (for tests of track ends);
//! - `emu:empty` / `emu:error`: the `empty` and `error` load results;
//! - a URL with `length_ms=<n>` (e.g. `https://emu.invalid/a.mp3?length_ms=1500`): one track of
//!   that length, for clients that only pass links through unchanged;
//! - anything containing `playlist`: a playlist of 3 tracks;
//! - anything else: one track whose length (60-300 s) is derived from the identifier.

use base64::Engine as _;
use serde_json::{json, Value as Json};
use sha2::Digest;

/// The track fields the binary format carries.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackInfo {
    pub version: u8,
    pub title: String,
    pub author: String,
    pub length: u64,
    pub identifier: String,
    pub is_stream: bool,
    pub uri: Option<String>,
    pub artwork_url: Option<String>,
    pub isrc: Option<String>,
    pub source_name: String,
    /// What the source manager wrote after `sourceName` (the probe of `http`/`local`, a
    /// plugin's fields), kept as bytes.
    pub source_data: Vec<u8>,
    pub position: u64,
}

/// Why a string is not a Lavaplayer track.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DecodeError {
    #[error("not base64")]
    Base64,
    #[error("truncated")]
    Truncated,
    #[error("message size {0} does not match the data")]
    Size(usize),
    #[error("unsupported track version {0}")]
    Version(u8),
    #[error("a text field is not valid modified UTF-8")]
    Text,
    #[error("length or position is negative")]
    Negative,
}

const FLAG_VERSIONED: u32 = 1;
/// Lavaplayer's newest track format version (with artworkUrl and isrc).
pub const FORMAT_VERSION: u8 = 3;

/// Java's `DataOutput.writeUTF`: u16 byte length, then modified UTF-8 (NUL as C0 80, characters
/// beyond the BMP as two 3-byte surrogates). Longer than 65,535 bytes cannot be written.
fn write_utf(out: &mut Vec<u8>, s: &str) -> Option<()> {
    let mut bytes = Vec::with_capacity(s.len());
    for unit in s.encode_utf16() {
        match unit {
            0x0001..=0x007f => bytes.push(unit as u8),
            0x0000 | 0x0080..=0x07ff => {
                bytes.push(0xc0 | (unit >> 6) as u8);
                bytes.push(0x80 | (unit & 0x3f) as u8);
            }
            _ => {
                bytes.push(0xe0 | (unit >> 12) as u8);
                bytes.push(0x80 | ((unit >> 6) & 0x3f) as u8);
                bytes.push(0x80 | (unit & 0x3f) as u8);
            }
        }
    }
    let len = u16::try_from(bytes.len()).ok()?;
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&bytes);
    Some(())
}

fn write_nullable(out: &mut Vec<u8>, s: Option<&str>) -> Option<()> {
    match s {
        Some(s) => {
            out.push(1);
            write_utf(out, s)
        }
        None => {
            out.push(0);
            Some(())
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], DecodeError> {
        let end = self.at.checked_add(n).ok_or(DecodeError::Truncated)?;
        let s = self.b.get(self.at..end).ok_or(DecodeError::Truncated)?;
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }
    fn bool(&mut self) -> Result<bool, DecodeError> {
        Ok(self.u8()? != 0)
    }
    fn i64(&mut self) -> Result<u64, DecodeError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        u64::try_from(i64::from_be_bytes(a)).map_err(|_| DecodeError::Negative)
    }
    fn utf(&mut self) -> Result<String, DecodeError> {
        let n = u16::from_be_bytes([self.u8()?, self.u8()?]) as usize;
        let b = self.take(n)?;
        let mut units = Vec::with_capacity(n);
        let mut i = 0;
        let cont = |x: Option<&u8>| match x {
            Some(c) if c & 0xc0 == 0x80 => Ok((c & 0x3f) as u16),
            _ => Err(DecodeError::Text),
        };
        while i < b.len() {
            let c = b[i];
            if c & 0x80 == 0 {
                units.push(c as u16);
                i += 1;
            } else if c & 0xe0 == 0xc0 {
                units.push(((c & 0x1f) as u16) << 6 | cont(b.get(i + 1))?);
                i += 2;
            } else if c & 0xf0 == 0xe0 {
                units.push(
                    ((c & 0x0f) as u16) << 12 | cont(b.get(i + 1))? << 6 | cont(b.get(i + 2))?,
                );
                i += 3;
            } else {
                return Err(DecodeError::Text);
            }
        }
        String::from_utf16(&units).map_err(|_| DecodeError::Text)
    }
    fn nullable(&mut self) -> Result<Option<String>, DecodeError> {
        if self.bool()? {
            self.utf().map(Some)
        } else {
            Ok(None)
        }
    }
}

impl TrackInfo {
    /// The base64 string; `None` when a field is too long for `writeUTF` (65,535 bytes).
    pub fn encode(&self) -> Option<String> {
        let mut b = vec![self.version];
        write_utf(&mut b, &self.title)?;
        write_utf(&mut b, &self.author)?;
        b.extend_from_slice(&i64::try_from(self.length).ok()?.to_be_bytes());
        write_utf(&mut b, &self.identifier)?;
        b.push(self.is_stream as u8);
        if self.version >= 2 {
            write_nullable(&mut b, self.uri.as_deref())?;
        }
        if self.version >= 3 {
            write_nullable(&mut b, self.artwork_url.as_deref())?;
            write_nullable(&mut b, self.isrc.as_deref())?;
        }
        write_utf(&mut b, &self.source_name)?;
        b.extend_from_slice(&self.source_data);
        b.extend_from_slice(&i64::try_from(self.position).ok()?.to_be_bytes());
        let size = u32::try_from(b.len()).ok().filter(|n| *n < 1 << 30)?;
        let mut out = (FLAG_VERSIONED << 30 | size).to_be_bytes().to_vec();
        out.extend_from_slice(&b);
        Some(base64::engine::general_purpose::STANDARD.encode(out))
    }

    pub fn decode(encoded: &str) -> Result<TrackInfo, DecodeError> {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .map_err(|_| DecodeError::Base64)?;
        let mut r = Reader { b: &raw, at: 0 };
        let mut h = [0u8; 4];
        h.copy_from_slice(r.take(4)?);
        let header = u32::from_be_bytes(h);
        let size = (header & 0x3fff_ffff) as usize;
        if raw.len() - 4 != size {
            return Err(DecodeError::Size(size));
        }
        let versioned = (header >> 30) & FLAG_VERSIONED != 0;
        let version = if versioned { r.u8()? } else { 1 };
        if !(1..=FORMAT_VERSION).contains(&version) {
            return Err(DecodeError::Version(version));
        }
        let title = r.utf()?;
        let author = r.utf()?;
        let length = r.i64()?;
        let identifier = r.utf()?;
        let is_stream = r.bool()?;
        let uri = if version >= 2 { r.nullable()? } else { None };
        let (artwork_url, isrc) = if version >= 3 {
            (r.nullable()?, r.nullable()?)
        } else {
            (None, None)
        };
        let source_name = r.utf()?;
        // Everything up to the final position is the source manager's.
        let rest = raw
            .len()
            .checked_sub(8)
            .filter(|e| *e >= r.at)
            .ok_or(DecodeError::Truncated)?;
        let source_data = r.take(rest - r.at)?.to_vec();
        let position = r.i64()?;
        Ok(TrackInfo {
            version,
            title,
            author,
            length,
            identifier,
            is_stream,
            uri,
            artwork_url,
            isrc,
            source_name,
            source_data,
            position,
        })
    }

    /// Lavalink's `info` object for this track.
    pub fn info_json(&self) -> Json {
        json!({
            "identifier": self.identifier,
            "isSeekable": !self.is_stream,
            "author": self.author,
            "length": self.length,
            "isStream": self.is_stream,
            "position": self.position,
            "title": self.title,
            "uri": self.uri,
            "artworkUrl": self.artwork_url,
            "isrc": self.isrc,
            "sourceName": self.source_name,
        })
    }
}

fn h(s: &str) -> u64 {
    let d = sha2::Sha256::digest(s.as_bytes());
    let mut a = [0u8; 8];
    a.copy_from_slice(&d[..8]);
    u64::from_le_bytes(a)
}

pub fn source_of(identifier: &str) -> &'static str {
    if identifier.contains("soundcloud") || identifier.starts_with("scsearch:") {
        "soundcloud"
    } else if identifier.starts_with("http") && !identifier.contains("youtu") {
        "http"
    } else {
        "youtube"
    }
}

pub fn make_track(identifier: &str, title: &str, length_ms: u64, source: &str) -> Json {
    let mut source_data = Vec::new();
    if source == "http" || source == "local" {
        // The container probe lavaplayer's http and local sources record.
        let _ = write_utf(&mut source_data, "mp3");
    }
    let t = TrackInfo {
        version: FORMAT_VERSION,
        title: clip_utf(title),
        author: format!("Emulated Artist {}", h(identifier) % 97),
        length: length_ms.min(i64::MAX as u64),
        identifier: clip_utf(identifier),
        is_stream: false,
        uri: Some(clip_utf(&format!(
            "https://example.invalid/{}",
            identifier.replace(' ', "%20")
        ))),
        artwork_url: None,
        isrc: None,
        source_name: source.to_string(),
        source_data,
        position: 0,
    };
    json!({"encoded": t.encode().unwrap_or_default(), "info": t.info_json(), "pluginInfo": {}, "userData": {}})
}

/// A text cut to what one `writeUTF` holds (at most 3 bytes per UTF-16 unit: 21,845 units).
fn clip_utf(s: &str) -> String {
    let mut units = 0;
    s.chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= 21_845
        })
        .collect()
}

fn single(identifier: &str) -> Json {
    if let Some(rest) = identifier.strip_prefix("emu:") {
        if let Some((len, title)) = rest.split_once(':') {
            if let Ok(ms) = len.parse::<u64>() {
                return make_track(identifier, title, ms, "http");
            }
        }
    }
    if let Some(ms) = identifier
        .split_once("length_ms=")
        .and_then(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|d| d.parse::<u64>().ok())
    {
        return make_track(identifier, "Emulated track", ms, source_of(identifier));
    }
    let len = 60_000 + h(identifier) % 240_000;
    make_track(
        identifier,
        &format!("Track {}", &identifier.chars().take(40).collect::<String>()),
        len,
        source_of(identifier),
    )
}

/// `GET /v4/loadtracks` result.
pub fn load(identifier: &str) -> Json {
    for prefix in ["ytsearch:", "ytmsearch:", "scsearch:"] {
        if let Some(q) = identifier.strip_prefix(prefix) {
            let src = if prefix == "scsearch:" {
                "soundcloud"
            } else {
                "youtube"
            };
            let data: Vec<Json> = (1..=5)
                .map(|i| {
                    let id = format!("{}{}", &format!("{:x}", h(q))[..8], i);
                    make_track(
                        &id,
                        &format!("{q} (result {i})"),
                        60_000 + h(&id) % 240_000,
                        src,
                    )
                })
                .collect();
            return json!({"loadType": "search", "data": data});
        }
    }
    match identifier {
        "emu:empty" | "" => return json!({"loadType": "empty", "data": null}),
        "emu:error" => {
            return json!({"loadType": "error", "data": {
                "message": "Emulated load failure", "severity": "common", "cause": "lavastack emulator"}})
        }
        _ => {}
    }
    if identifier.contains("playlist") {
        let tracks: Vec<Json> = (1..=3)
            .map(|i| single(&format!("{identifier}#{i}")))
            .collect();
        return json!({"loadType": "playlist", "data": {
            "info": {"name": format!("Playlist {identifier}"), "selectedTrack": -1},
            "pluginInfo": {}, "tracks": tracks}});
    }
    json!({"loadType": "track", "data": single(identifier)})
}

/// The track an encoded string stands for, from this emulator, a real node or a client helper.
pub fn decode(encoded: &str) -> Option<Json> {
    let t = TrackInfo::decode(encoded).ok()?;
    Some(json!({"encoded": encoded, "info": t.info_json(), "pluginInfo": {}, "userData": {}}))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tracks made by real Lavaplayer encoders (tests/fixtures/tracks/golden.json says where
    /// each was published), with the fields they must decode to.
    fn golden() -> Vec<(String, u8, Json)> {
        let v: Json = serde_json::from_str(include_str!("../../tests/fixtures/tracks/golden.json"))
            .expect("golden.json is JSON");
        v.as_array()
            .into_iter()
            .flatten()
            .map(|g| {
                (
                    g["encoded"].as_str().unwrap_or_default().to_string(),
                    g["version"].as_u64().unwrap_or(0) as u8,
                    g["info"].clone(),
                )
            })
            .collect()
    }

    #[test]
    fn golden_lavaplayer_tracks_decode_and_re_encode_to_the_same_bytes() {
        let golden = golden();
        assert_eq!(golden.len(), 2);
        for (encoded, version, info) in golden {
            let t = TrackInfo::decode(&encoded).unwrap();
            assert_eq!(t.version, version);
            assert_eq!(t.info_json(), info, "{encoded}");
            assert!(t.source_data.is_empty());
            assert_eq!(t.encode().as_deref(), Some(encoded.as_str()));
        }
    }

    #[test]
    fn modified_utf8_nul_and_astral_characters_round_trip() {
        let mut t = TrackInfo::decode(&golden()[1].0).unwrap();
        t.title = "nul\0 é 中 🎵 end".into();
        t.source_name = "http".into();
        t.source_data = {
            let mut b = Vec::new();
            write_utf(&mut b, "mp3").unwrap();
            b
        };
        t.position = 1234;
        let e = t.encode().unwrap();
        let raw = base64::engine::general_purpose::STANDARD
            .decode(&e)
            .unwrap();
        // Java writes NUL as C0 80 and 🎵 as two 3-byte surrogates, never a 4-byte sequence.
        assert!(raw.windows(2).any(|w| w == [0xc0, 0x80]));
        assert!(!raw.iter().any(|b| *b >= 0xf0));
        assert_eq!(TrackInfo::decode(&e).unwrap(), t);
    }

    #[test]
    fn broken_strings_are_refused_not_panicked_on() {
        let good = base64::engine::general_purpose::STANDARD
            .decode(&golden()[1].0)
            .unwrap();
        for cut in 0..good.len() {
            let s = base64::engine::general_purpose::STANDARD.encode(&good[..cut]);
            assert!(TrackInfo::decode(&s).is_err(), "cut at {cut}");
        }
        let mut wrong_version = good.clone();
        wrong_version[4] = 9;
        let s = base64::engine::general_purpose::STANDARD.encode(&wrong_version);
        assert_eq!(TrackInfo::decode(&s), Err(DecodeError::Version(9)));
        assert_eq!(TrackInfo::decode("!!"), Err(DecodeError::Base64));
        let mut flip = good;
        for i in 4..flip.len() {
            flip[i] ^= 0xff;
            let _ = TrackInfo::decode(&base64::engine::general_purpose::STANDARD.encode(&flip));
            flip[i] ^= 0xff;
        }
    }

    #[test]
    fn emulated_tracks_are_real_format_and_deterministic() {
        let a = load("ytsearch:never gonna");
        assert_eq!(a, load("ytsearch:never gonna"));
        assert_eq!(a["loadType"], "search");
        let t = &a["data"][0];
        let e = t["encoded"].as_str().unwrap();
        assert!(e.starts_with("QAAA"), "versioned Lavaplayer header: {e}");
        assert_eq!(decode(e).unwrap()["info"], t["info"]);
        assert_eq!(load("emu:1500:short")["data"]["info"]["length"], 1500);
        let http = load("emu:1500:short");
        let info = TrackInfo::decode(http["data"]["encoded"].as_str().unwrap()).unwrap();
        assert_eq!(
            (info.source_name.as_str(), info.source_data.len()),
            ("http", 5)
        );
        assert_eq!(load("emu:empty")["data"], Json::Null);
        assert!(decode("bm90IG91cnM=").is_none());
        let huge = load(&format!("emu:10:{}", "é".repeat(70_000)));
        assert!(huge["data"]["encoded"]
            .as_str()
            .is_some_and(|e| !e.is_empty()));
    }
}
