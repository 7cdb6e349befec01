//! Not an example: the benchmark's floor for issue #17. sticky-guild's ranking written by hand
//! over the packed input, with no SDK, no allocator and no input structs: it reads only the
//! fields the ranking needs (guild id, and per node flags, weight and name), checks only
//! those (offsets in bounds, names UTF-8), and writes the answer's JSON straight from the
//! input's bytes. Its answers equal sticky-guild's (the benchmark and a test check it).
//!
//! What it is for: `cargo bench --bench policy` times it fresh beside the SDK's sticky-guild,
//! so the cost of per-call isolation plus the host's encoding and answer check shows apart
//! from anything the SDK does. Policies should use the SDK: this code trusts nothing, but it
//! also validates nothing it does not read, has a fixed node limit, and would need rewriting
//! for every new field.

use core::ptr::addr_of_mut;

/// The input buffer and the answer live in static memory (no heap), sized so the module's
/// memory is the same two pages as the SDK's examples (the 64 KiB stack, then these): the
/// fresh instance then costs the same to reset. 40 KiB of input holds its 256 nodes.
const INPUT: usize = 40 << 10;
const MAX_NODES: usize = 256;
static mut IN: [u8; INPUT] = [0; INPUT];
static mut OUT: [u8; 8 << 10] = [0; 8 << 10];

// `fnv1a` and `mix` repeat sticky-guild's on purpose: depending on that crate would link the
// SDK (and its allocator) into this guest, which is what it exists to leave out. The test
// that holds the two guests' rankings equal catches any drift between the copies.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn mix(mut h: u64) -> u64 {
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

fn str_at(b: &[u8], at: usize) -> Option<&[u8]> {
    let (off, len) = (u32_at(b, at)? as usize, u32_at(b, at + 4)? as usize);
    let s = b.get(off..off.checked_add(len)?)?;
    core::str::from_utf8(s).ok()?;
    Some(s)
}

#[no_mangle]
pub extern "C" fn lavastack_abi_version() -> i32 {
    1
}

/// Always the same static buffer: a fresh instance per call needs nothing more. Inputs larger
/// than it get a pointer the host cannot write to in full, which the host reports.
#[no_mangle]
pub extern "C" fn lavastack_alloc(len: i32) -> i32 {
    if len as u32 as usize > INPUT {
        return -1;
    }
    addr_of_mut!(IN) as i32
}

#[no_mangle]
pub extern "C" fn select_node(_ptr: i32, _len: i32) -> i64 {
    answer(b"{\"error\":\"floor-sticky reads only the packed input\"}")
}

#[no_mangle]
pub extern "C" fn select_node_packed(ptr: i32, len: i32) -> i64 {
    // SAFETY: the host wrote `len` bytes at `ptr`, the buffer `lavastack_alloc` returned.
    let b = unsafe { core::slice::from_raw_parts(ptr as *const u8, len as u32 as usize) };
    match rank(b) {
        Some(n) => {
            // SAFETY: `rank` wrote `n` bytes of OUT.
            let out = unsafe { &*addr_of_mut!(OUT) };
            ((out.as_ptr() as i64) << 32) | n as i64
        }
        None => answer(b"{\"error\":\"floor-sticky: bad packed input\"}"),
    }
}

fn answer(text: &'static [u8]) -> i64 {
    ((text.as_ptr() as i64) << 32) | text.len() as i64
}

/// Writes the ranking's JSON into OUT and returns its length; `None` for an input it cannot
/// read (or more than it holds).
fn rank(b: &[u8]) -> Option<usize> {
    if b.get(..4)? != b"LSPK" {
        return None;
    }
    let count = u32_at(b, 12)? as usize;
    let (nodes_off, node_size) = (u32_at(b, 16)? as usize, u32_at(b, 20)? as usize);
    if count > MAX_NODES || node_size < 44 {
        return None;
    }
    let prefix = fnv1a(fnv1a(FNV_OFFSET, str_at(b, 32)?), b":");
    let mut scored: [(f64, &[u8]); MAX_NODES] = [(0.0, &[]); MAX_NODES];
    let mut k = 0;
    for i in 0..count {
        let at = nodes_off.checked_add(i.checked_mul(node_size)?)?;
        let (weight, flags) = (u32_at(b, at + 24)?, u32_at(b, at + 32)?);
        let name = str_at(b, at)?;
        // eligible(): healthy, not draining, weight above zero.
        if flags & 1 == 0 || flags & 2 != 0 || weight == 0 {
            continue;
        }
        let h = mix(fnv1a(prefix, name));
        let u = ((h >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
        scored[k] = (-(weight as f64) / u.ln(), name);
        k += 1;
    }
    let scored = &mut scored[..k];
    // Names are distinct, so this order is total and the same as sticky-guild's stable sort.
    scored.sort_unstable_by(|(sa, na), (sb, nb)| sb.total_cmp(sa).then_with(|| na.cmp(nb)));
    // SAFETY: guests are single-threaded and nothing else holds OUT.
    let out = unsafe { &mut *addr_of_mut!(OUT) };
    let mut n = 0;
    let mut put = |bytes: &[u8]| -> Option<()> {
        out.get_mut(n..n + bytes.len())?.copy_from_slice(bytes);
        n += bytes.len();
        Some(())
    };
    put(b"{\"ranking\":[")?;
    for (j, (_, name)) in scored.iter().enumerate() {
        if j > 0 {
            put(b",")?;
        }
        // The host's check sends anything with escapes or control characters through serde;
        // writing those raw here would be invalid JSON, so refuse them.
        if name.iter().any(|c| *c == b'"' || *c == b'\\' || *c < 0x20) {
            return None;
        }
        put(b"\"")?;
        put(name)?;
        put(b"\"")?;
    }
    put(b"]}")?;
    Some(n)
}
