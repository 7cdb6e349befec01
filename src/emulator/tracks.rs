//! Deterministic fake tracks. `encoded` is opaque to clients, as in Lavalink; here it is
//! base64 of a tagged JSON copy of the track info, so `decodetrack` can reverse it.
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

const TAG: &str = "lavastack-emulator-track:";

fn h(s: &str) -> u64 {
    let d = sha2::Sha256::digest(s.as_bytes());
    u64::from_le_bytes(d[..8].try_into().expect("8 bytes"))
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
    let info = json!({
        "identifier": identifier,
        "isSeekable": true,
        "author": format!("Emulated Artist {}", h(identifier) % 97),
        "length": length_ms,
        "isStream": false,
        "position": 0,
        "title": title,
        "uri": format!("https://example.invalid/{}", identifier.replace(' ', "%20")),
        "artworkUrl": null,
        "isrc": null,
        "sourceName": source,
    });
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{TAG}{info}"));
    json!({"encoded": encoded, "info": info, "pluginInfo": {}, "userData": {}})
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
        "emu:empty" | "" => return json!({"loadType": "empty", "data": {}}),
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

/// Reverses `encoded`; `None` for anything this emulator did not produce.
pub fn decode(encoded: &str) -> Option<Json> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let info: Json = serde_json::from_str(text.strip_prefix(TAG)?).ok()?;
    Some(json!({"encoded": encoded, "info": info, "pluginInfo": {}, "userData": {}}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracks_round_trip_and_are_deterministic() {
        let a = load("ytsearch:never gonna");
        assert_eq!(a, load("ytsearch:never gonna"));
        assert_eq!(a["loadType"], "search");
        let t = &a["data"][0];
        assert_eq!(
            decode(t["encoded"].as_str().unwrap()).unwrap()["info"],
            t["info"]
        );
        assert_eq!(load("emu:1500:short")["data"]["info"]["length"], 1500);
        assert!(decode("bm90IG91cnM=").is_none());
    }
}
