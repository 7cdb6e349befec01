//! `select_node_packed`'s input: the same fields as `select_node`'s JSON, laid out as fixed-size
//! little-endian records, so the guest reads a field with one load instead of scanning ~280
//! bytes of JSON per node. The layout (docs/policies.md, "Packed input") in short:
//!
//! ```text
//! header (header_size bytes, 64 today):
//!   0 "LSPK"   4 u32 header_size   8 i32 abi   12 u32 node_count
//!   16 u32 nodes_off   20 u32 node_size   24 u32 tags_off   28 u32 tag_count
//!   32 str guild_id   40 str region   48 str voice_endpoint   56 str config (JSON text)
//! node (node_size bytes, 120 today), node i at nodes_off + i * node_size:
//!   0 str name   8 str region   16 str zone   24 u32 weight   28 u32 priority
//!   32 u32 flags (1 healthy, 2 draining, 4 frame present)   36 u32 first tag   40 u32 tags
//!   48 u64 players   56 u64 playing_players   64 u64 memory_used
//!   72 f64 system_load   80 f64 lavalink_load   88 f64 latency_ms
//!   96 i64 sent   104 i64 nulled   112 i64 deficit
//! tag (16 bytes) j at tags_off + j * 16: str key, str value
//! str = u32 offset from the start of the input, u32 length; length 0xFFFFFFFF = absent
//! ```
//!
//! The header and node sizes are carried in the header so a newer host can append fields; a
//! reader takes the ones it knows (tag records are fixed at 16 bytes). Every offset and length
//! is checked, each node's tags must follow the previous node's, and floats must be finite: a
//! bad input is an error, never a read out of bounds. Other numbers are taken as they are.

use std::borrow::Cow;

use crate::read::ReadError;
use crate::{Config, Cpu, Frames, NodeInfo, SelectInput, Tags};

pub const MAGIC: &[u8; 4] = b"LSPK";
pub const HEADER_SIZE: usize = 64;
pub const NODE_SIZE: usize = 120;
pub const TAG_SIZE: usize = 16;
pub const ABSENT: u32 = u32::MAX;

pub const HEALTHY: u32 = 1;
pub const DRAINING: u32 = 2;
pub const HAS_FRAME: u32 = 4;

type Result<T> = std::result::Result<T, ReadError>;

fn err<T>(offset: usize, message: &str) -> Result<T> {
    Err(ReadError {
        offset,
        message: message.into(),
    })
}

struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn get<const N: usize>(&self, at: usize) -> Result<[u8; N]> {
        match at.checked_add(N).and_then(|end| self.0.get(at..end)) {
            Some(b) => Ok(b.try_into().expect("N bytes")),
            None => err(at, "packed input ends inside a field"),
        }
    }
    fn u32(&self, at: usize) -> Result<u32> {
        self.get(at).map(u32::from_le_bytes)
    }
    /// The string at `at` when it is present, in bounds and valid UTF-8, else `None` (and
    /// [`Bytes::opt_str`] says which). The fast path: an `Option<&str>` comes back in
    /// registers, where a `Result` carrying its message went through memory three times per
    /// field, half the time of reading a node.
    #[inline]
    fn valid_str(&self, at: usize) -> Option<&'a str> {
        let rec = self.0.get(at..at.checked_add(8)?)?;
        let off = u32::from_le_bytes([rec[0], rec[1], rec[2], rec[3]]) as usize;
        let len = u32::from_le_bytes([rec[4], rec[5], rec[6], rec[7]]);
        if len == ABSENT {
            return None;
        }
        let b = self.0.get(off..off.checked_add(len as usize)?)?;
        // ASCII, the usual case, needs no decoding check beyond this scan.
        if b.is_ascii() {
            // SAFETY: ASCII is valid UTF-8.
            Some(unsafe { std::str::from_utf8_unchecked(b) })
        } else {
            std::str::from_utf8(b).ok()
        }
    }
    /// [`Bytes::valid_str`], or why not: absent is `Ok(None)`, anything else an error.
    fn opt_str(&self, at: usize) -> Result<Option<Cow<'a, str>>> {
        if let Some(s) = self.valid_str(at) {
            return Ok(Some(Cow::Borrowed(s)));
        }
        let (off, len) = (self.u32(at)? as usize, self.u32(at + 4)?);
        if len == ABSENT {
            return Ok(None);
        }
        let Some(b) = off
            .checked_add(len as usize)
            .and_then(|end| self.0.get(off..end))
        else {
            return err(at, "a string lies outside the packed input");
        };
        match std::str::from_utf8(b) {
            Err(e) => err(off + e.valid_up_to(), "invalid UTF-8 in a string"),
            Ok(_) => err(at, "a string the reader could not take"),
        }
    }
    fn str(&self, at: usize) -> Result<Cow<'a, str>> {
        match self.opt_str(at)? {
            Some(s) => Ok(s),
            None => err(at, "a required string is absent"),
        }
    }
    /// Where `count` records of `size` bytes from `off` end, if they fit.
    fn table(&self, off: usize, count: usize, size: usize, what: &str) -> Result<()> {
        match count.checked_mul(size).and_then(|n| n.checked_add(off)) {
            Some(end) if end <= self.0.len() => Ok(()),
            _ => err(
                off,
                &format!("the {what} table lies outside the packed input"),
            ),
        }
    }
}

impl<'a> SelectInput<'a> {
    /// Reads the packed form the host sends to `select_node_packed`.
    pub fn from_packed(bytes: &'a [u8]) -> Result<Self> {
        let b = Bytes(bytes);
        if bytes.get(..4) != Some(&MAGIC[..]) {
            return err(0, "not a packed input (no LSPK magic)");
        }
        let header = b.u32(4)? as usize;
        if header < HEADER_SIZE || header > bytes.len() {
            return err(4, "packed header too short");
        }
        let count = b.u32(12)? as usize;
        let (nodes_off, node_size) = (b.u32(16)? as usize, b.u32(20)? as usize);
        let (tags_off, tag_count) = (b.u32(24)? as usize, b.u32(28)? as usize);
        if node_size < NODE_SIZE {
            return err(20, "packed node records too short");
        }
        b.table(nodes_off, count, node_size, "node")?;
        b.table(tags_off, tag_count, TAG_SIZE, "tag")?;
        let mut nodes = Vec::with_capacity(count);
        // Each node's tags follow the previous node's: no two nodes share a tag record, so the
        // work stays linear in the input however its offsets are set.
        let mut next_tag = 0usize;
        for i in 0..count {
            let at = nodes_off + i * node_size;
            // The table check above proved the whole record is in bounds: the fixed fields are
            // read without further checks (a reason this is cheap), only strings and tags are.
            let rec: &[u8; NODE_SIZE] = bytes[at..at + NODE_SIZE].try_into().expect("checked");
            let u32_at =
                |o: usize| u32::from_le_bytes(rec[o..o + 4].try_into().expect("in record"));
            let u64_at =
                |o: usize| u64::from_le_bytes(rec[o..o + 8].try_into().expect("in record"));
            // JSON cannot carry NaN or infinity (the host writes null, which the JSON reader
            // refuses); the packed form refuses them too, so both exports see the same inputs.
            let f64_at = |o: usize| f64::from_bits(u64_at(o));
            let (system_load, lavalink_load, latency_ms) = (f64_at(72), f64_at(80), f64_at(88));
            if !(system_load.is_finite() & lavalink_load.is_finite() & latency_ms.is_finite()) {
                let o = [72, 80, 88].into_iter().find(|o| !f64_at(*o).is_finite());
                return err(at + o.unwrap_or(72), "a number that is not finite");
            }
            let flags = u32_at(32);
            let (first, n_tags) = (u32_at(36) as usize, u32_at(40) as usize);
            if first != next_tag || first.checked_add(n_tags).is_none_or(|end| end > tag_count) {
                return err(
                    at + 36,
                    "a node's tags must follow the previous node's, inside the tag table",
                );
            }
            next_tag = first + n_tags;
            let mut tags = Vec::with_capacity(n_tags);
            for j in first..first + n_tags {
                let t = tags_off + j * TAG_SIZE;
                match (b.valid_str(t), b.valid_str(t + 8)) {
                    (Some(k), Some(v)) => tags.push((Cow::Borrowed(k), Cow::Borrowed(v))),
                    // Only to say what is wrong.
                    _ => tags.push((b.str(t)?, b.str(t + 8)?)),
                }
            }
            let (name, region, zone) =
                match (b.valid_str(at), b.valid_str(at + 8), b.valid_str(at + 16)) {
                    (Some(n), Some(r), Some(z)) => {
                        (Cow::Borrowed(n), Cow::Borrowed(r), Cow::Borrowed(z))
                    }
                    // Only to say what is wrong.
                    _ => (b.str(at)?, b.str(at + 8)?, b.str(at + 16)?),
                };
            nodes.push(NodeInfo {
                name,
                region,
                zone,
                weight: u32_at(24),
                priority: u32_at(28),
                healthy: flags & HEALTHY != 0,
                draining: flags & DRAINING != 0,
                players: u64_at(48),
                playing_players: u64_at(56),
                memory_used: u64_at(64),
                cpu: Cpu {
                    system_load,
                    lavalink_load,
                },
                latency_ms,
                frame: (flags & HAS_FRAME != 0).then(|| Frames {
                    sent: u64_at(96) as i64,
                    nulled: u64_at(104) as i64,
                    deficit: u64_at(112) as i64,
                }),
                tags: Tags(tags),
            });
        }
        Ok(SelectInput {
            abi: b.u32(8)? as i32,
            guild_id: b.str(32)?,
            region: b.opt_str(40)?,
            voice_endpoint: b.opt_str(48)?,
            config: match b.opt_str(56)? {
                Some(Cow::Borrowed(c)) => Config(c),
                _ => Config::default(),
            },
            nodes,
        })
    }
}
