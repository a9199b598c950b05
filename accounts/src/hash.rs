//! Password hashes: argon2id in the PHC string format, with a random salt.

use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::{check_password, random, CredentialError};

/// A stored password hash (`$argon2id$…`); never the password itself.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(…)")
    }
}

impl PasswordHash {
    /// Hashes a password that follows the rules.
    pub fn new(password: &str) -> Result<PasswordHash, CredentialError> {
        check_password(password)?;
        Self::new_unchecked(password)
    }

    /// Hashes without checking the rules (for generated temporary passwords).
    pub(crate) fn new_unchecked(password: &str) -> Result<PasswordHash, CredentialError> {
        let salt = SaltString::encode_b64(&random::<16>()?)
            .map_err(|e| CredentialError::Damaged(e.to_string()))?;
        let hash = Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map_err(|e| CredentialError::Damaged(e.to_string()))?;
        Ok(PasswordHash(hash.to_string()))
    }

    /// Reads a stored hash back.
    pub fn from_stored(text: &str) -> Result<PasswordHash, CredentialError> {
        argon2::password_hash::PasswordHash::new(text)
            .map_err(|e| CredentialError::Damaged(e.to_string()))?;
        Ok(PasswordHash(text.to_string()))
    }

    /// What to store.
    pub fn as_stored(&self) -> &str {
        &self.0
    }

    /// Whether `password` is the one hashed (in constant time).
    pub fn verify(&self, password: &str) -> bool {
        match argon2::password_hash::PasswordHash::new(&self.0) {
            Ok(parsed) => Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok(),
            Err(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_only_their_password() {
        let h = PasswordHash::new("Tallinn2026").unwrap();
        assert!(h.as_stored().starts_with("$argon2id$"));
        assert!(h.verify("Tallinn2026"));
        assert!(!h.verify("tallinn2026"), "case-sensitive");
        assert!(!h.verify(""));
        let again = PasswordHash::from_stored(h.as_stored()).unwrap();
        assert!(again.verify("Tallinn2026"));
        assert_ne!(PasswordHash::new("Tallinn2026").unwrap(), h, "salted");
        assert!(PasswordHash::from_stored("plain text").is_err());
        assert!(PasswordHash::new("weak").is_err());
        assert_eq!(format!("{h:?}"), "PasswordHash(…)", "never printed");
    }
}
