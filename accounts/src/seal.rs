//! The security code is sealed (XChaCha20-Poly1305) with a server key so
//! that the server can read single positions of it for the challenge, while
//! a copy of the store alone reveals nothing.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use crate::{check_security_code, random, CredentialError};

const NONCE: usize = 24;

/// The server's 256-bit key; kept outside the store (a file or the environment).
#[derive(Clone)]
pub struct ServerKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(…)")
    }
}

impl ServerKey {
    pub fn generate() -> Result<ServerKey, CredentialError> {
        Ok(ServerKey(Zeroizing::new(random::<32>()?)))
    }

    /// Reads 64 hex digits.
    pub fn from_hex(text: &str) -> Result<ServerKey, CredentialError> {
        let bytes = from_hex(text.trim())
            .ok_or_else(|| CredentialError::BadKey("expected 64 hex digits".into()))?;
        let key: [u8; 32] = bytes
            .try_into()
            .map_err(|_| CredentialError::BadKey("expected 64 hex digits".into()))?;
        Ok(ServerKey(Zeroizing::new(key)))
    }

    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(to_hex(self.0.as_ref()))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(Key::from_slice(self.0.as_ref()))
    }

    /// Seals a security code that follows the rules.
    pub fn seal(&self, code: &str) -> Result<SealedCode, CredentialError> {
        check_security_code(code)?;
        let nonce = random::<NONCE>()?;
        let sealed = self
            .cipher()
            .encrypt(XNonce::from_slice(&nonce), code.as_bytes())
            .map_err(|_| CredentialError::Damaged("cannot seal".into()))?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        Ok(SealedCode(to_hex(&bytes)))
    }

    /// Opens a sealed code (only to compare positions; dropped zeroed).
    pub(crate) fn open(
        &self,
        sealed: &SealedCode,
    ) -> Result<Zeroizing<Vec<char>>, CredentialError> {
        let bytes =
            from_hex(&sealed.0).ok_or_else(|| CredentialError::Damaged("not hex".into()))?;
        if bytes.len() <= NONCE {
            return Err(CredentialError::Damaged("too short".into()));
        }
        let (nonce, body) = bytes.split_at(NONCE);
        let plain = Zeroizing::new(
            self.cipher()
                .decrypt(XNonce::from_slice(nonce), body)
                .map_err(|_| {
                    CredentialError::Damaged("sealed with another key, or altered".into())
                })?,
        );
        let text =
            std::str::from_utf8(&plain).map_err(|_| CredentialError::Damaged("not text".into()))?;
        Ok(Zeroizing::new(text.chars().collect()))
    }
}

/// A sealed security code, as stored.
#[derive(Clone, PartialEq, Eq)]
pub struct SealedCode(String);

impl std::fmt::Debug for SealedCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealedCode(…)")
    }
}

impl SealedCode {
    pub fn from_stored(text: &str) -> SealedCode {
        SealedCode(text.to_string())
    }
    pub fn as_stored(&self) -> &str {
        &self.0
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_codes_open_only_with_their_key() {
        let key = ServerKey::generate().unwrap();
        let sealed = key.seal("Abcdefgh1234").unwrap();
        assert!(!sealed.as_stored().contains("Abcdefgh1234"));
        let chars: String = key.open(&sealed).unwrap().iter().collect();
        assert_eq!(chars, "Abcdefgh1234");
        let other = ServerKey::generate().unwrap();
        assert!(other.open(&sealed).is_err());
        let same = ServerKey::from_hex(&key.to_hex()).unwrap();
        assert!(same.open(&sealed).is_ok());
        assert_ne!(
            key.seal("Abcdefgh1234").unwrap(),
            sealed,
            "fresh nonce each time"
        );
        assert!(key.seal("short1A").is_err());
        assert!(ServerKey::from_hex("zz").is_err());
        assert_eq!(format!("{key:?} {sealed:?}"), "ServerKey(…) SealedCode(…)");
    }
}
