//! The key a password's fingerprint is made with.
//!
//! A fingerprint marks that a password changed without revealing it. A plain hash of a guessable
//! password (the well-known default, a short one) gives it away to anyone who reads a plan in CI
//! or a state file: hash the guess, compare. So the fingerprint is an HMAC-SHA-256 under a random
//! 256-bit key that lives beside the state (never in it, never in a plan): without the key a
//! fingerprint tests no guess. See docs/state.md "The fingerprint key".

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Prefix of keyed fingerprints; earlier builds wrote `sha256:` (see [`is_unkeyed`]).
pub const FINGERPRINT_PREFIX: &str = "hmac-sha256:";

#[derive(Clone, PartialEq, Eq)]
pub struct FingerprintKey([u8; 32]);

impl std::fmt::Debug for FingerprintKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FingerprintKey(..)")
    }
}

/// Why a stored key was refused.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the key must be 64 hexadecimal digits on one line")]
    Malformed,
    #[error("the system's random source failed: {0}")]
    Random(String),
}

impl FingerprintKey {
    /// A fresh key from the operating system's random source.
    pub fn generate() -> Result<Self, KeyError> {
        let mut k = [0u8; 32];
        getrandom::getrandom(&mut k).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(FingerprintKey(k))
    }

    /// A key from known bytes (tests, and the fixed key [`FingerprintKey::for_preview`] uses).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        FingerprintKey(bytes)
    }

    /// A key that makes fingerprints for a view nobody compares against state (rendering
    /// configs, which never show a fingerprint): random, so it cannot be mistaken for a real one.
    pub fn for_preview() -> Self {
        Self::generate().unwrap_or(FingerprintKey([0; 32]))
    }

    /// The stored form: 64 lowercase hex digits and a newline.
    pub fn encode(&self) -> String {
        format!("{}\n", hex::encode(self.0))
    }

    /// Reads the stored form; a trailing newline is allowed, nothing else.
    pub fn decode(text: &[u8]) -> Result<Self, KeyError> {
        let text = text.strip_suffix(b"\n").unwrap_or(text);
        if text.len() != 64 {
            return Err(KeyError::Malformed);
        }
        let mut k = [0u8; 32];
        hex::decode_to_slice(text, &mut k).map_err(|_| KeyError::Malformed)?;
        Ok(FingerprintKey(k))
    }

    /// `hmac-sha256:` and the first 64 bits of the MAC, in hex: enough to tell two passwords
    /// apart, and with the key kept apart, nothing to test a guess against.
    pub fn fingerprint(&self, secret: &[u8]) -> String {
        // HMAC zero-pads a short key to the hash's 64-byte block, so the padded block is the
        // same key, and the block-sized constructor cannot fail.
        let mut block = [0u8; 64];
        block[..32].copy_from_slice(&self.0);
        let mut mac = <Hmac<Sha256> as hmac::digest::KeyInit>::new(&block.into());
        mac.update(b"lavastack-password:");
        mac.update(secret);
        let out = mac.finalize().into_bytes();
        format!("{FINGERPRINT_PREFIX}{}", hex::encode(&out[..8]))
    }
}

/// Whether a recorded fingerprint is the old unkeyed kind, which a session migrates.
pub fn is_unkeyed(fingerprint: &str) -> bool {
    fingerprint.starts_with("sha256:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_depend_on_key_and_secret_and_round_trip() {
        let a = FingerprintKey::from_bytes([1; 32]);
        let b = FingerprintKey::from_bytes([2; 32]);
        assert_ne!(
            a.fingerprint(b"youshallnotpass"),
            b.fingerprint(b"youshallnotpass")
        );
        assert_ne!(a.fingerprint(b"one"), a.fingerprint(b"two"));
        assert_eq!(a.fingerprint(b"one"), a.fingerprint(b"one"));
        assert!(a.fingerprint(b"x").starts_with(FINGERPRINT_PREFIX));
        assert_eq!(FingerprintKey::decode(a.encode().as_bytes()).unwrap(), a);
        for bad in [
            "",
            "abc",
            &"g".repeat(64),
            &format!("{}\n\n", "a".repeat(64)),
        ] {
            assert!(FingerprintKey::decode(bad.as_bytes()).is_err(), "{bad:?}");
        }
        let mut std_mac = <Hmac<Sha256> as Mac>::new_from_slice(&[1; 32]).unwrap();
        std_mac.update(b"lavastack-password:one");
        let want = hex::encode(&std_mac.finalize().into_bytes()[..8]);
        assert_eq!(a.fingerprint(b"one"), format!("{FINGERPRINT_PREFIX}{want}"));
        assert_ne!(
            FingerprintKey::generate().unwrap(),
            FingerprintKey::generate().unwrap()
        );
    }
}
