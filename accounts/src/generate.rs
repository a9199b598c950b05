//! Generated user ids (told out of band, never e-mailed) and temporary
//! passwords (e-mailed; the user replaces it at first login).

use crate::{check_password, random, CredentialError};

/// Letters and digits easy to read aloud and type: no 0/O, 1/l/I.
const LOWER: &[u8] = b"abcdefghijkmnpqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS: &[u8] = b"23456789";

fn pick(alphabet: &[u8], byte: u8) -> char {
    let i = usize::from(byte) % alphabet.len();
    alphabet.get(i).copied().map(char::from).unwrap_or('x')
}

/// A user id: the authority's country code and 6 random characters
/// (`EE-k7m2qz`). The caller checks it is not taken and may draw again.
pub fn user_id(country: &str) -> Result<String, CredentialError> {
    let bytes = random::<6>()?;
    let alphabet: Vec<u8> = LOWER.iter().chain(DIGITS).copied().collect();
    let tail: String = bytes.iter().map(|b| pick(&alphabet, *b)).collect();
    Ok(format!("{}-{tail}", country.to_uppercase()))
}

/// A 12-character temporary password that follows the password rules.
pub fn temporary_password() -> Result<String, CredentialError> {
    loop {
        let bytes = random::<12>()?;
        let alphabet: Vec<u8> = LOWER.iter().chain(UPPER).chain(DIGITS).copied().collect();
        let candidate: String = bytes.iter().map(|b| pick(&alphabet, *b)).collect();
        if check_password(&candidate).is_ok() {
            return Ok(candidate);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_credentials_follow_the_rules() {
        for _ in 0..200 {
            let p = temporary_password().unwrap();
            assert_eq!(p.len(), 12);
            assert!(check_password(&p).is_ok(), "{p}");
        }
        let id = user_id("ee").unwrap();
        assert!(id.starts_with("EE-") && id.len() == 9, "{id}");
        assert_ne!(user_id("ee").unwrap(), id);
    }
}
