//! What a password and a security code must be: at least 8 characters with
//! a lower-case letter, an upper-case letter and a digit (R-FACTS); the
//! security code has exactly 12 characters and the same rules (R-LOGIN).

use std::fmt;

use crate::CredentialError;

pub const SECURITY_CODE_LENGTH: usize = 12;
const MIN_LENGTH: usize = 8;
/// Longer input is refused before hashing (argon2 is slow on purpose).
const MAX_LENGTH: usize = 256;

/// A rule a credential breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    TooShort { min: usize },
    TooLong { max: usize },
    ExactLength { length: usize },
    NoLowerCase,
    NoUpperCase,
    NoDigit,
    Whitespace,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::TooShort { min } => write!(f, "at least {min} characters"),
            Rule::TooLong { max } => write!(f, "at most {max} characters"),
            Rule::ExactLength { length } => write!(f, "exactly {length} characters"),
            Rule::NoLowerCase => f.write_str("a lower-case letter"),
            Rule::NoUpperCase => f.write_str("an upper-case letter"),
            Rule::NoDigit => f.write_str("a digit"),
            Rule::Whitespace => f.write_str("no spaces"),
        }
    }
}

fn composition(text: &str, broken: &mut Vec<Rule>) {
    if !text.chars().any(char::is_lowercase) {
        broken.push(Rule::NoLowerCase);
    }
    if !text.chars().any(char::is_uppercase) {
        broken.push(Rule::NoUpperCase);
    }
    if !text.chars().any(|c| c.is_ascii_digit()) {
        broken.push(Rule::NoDigit);
    }
    if text.chars().any(char::is_whitespace) {
        broken.push(Rule::Whitespace);
    }
}

/// Every rule `password` breaks.
pub fn check_password(password: &str) -> Result<(), CredentialError> {
    let mut broken = Vec::new();
    let n = password.chars().count();
    if n < MIN_LENGTH {
        broken.push(Rule::TooShort { min: MIN_LENGTH });
    }
    if n > MAX_LENGTH {
        broken.push(Rule::TooLong { max: MAX_LENGTH });
    }
    composition(password, &mut broken);
    if broken.is_empty() {
        Ok(())
    } else {
        Err(CredentialError::WeakPassword(broken))
    }
}

/// Every rule `code` breaks.
pub fn check_security_code(code: &str) -> Result<(), CredentialError> {
    let mut broken = Vec::new();
    if code.chars().count() != SECURITY_CODE_LENGTH {
        broken.push(Rule::ExactLength {
            length: SECURITY_CODE_LENGTH,
        });
    }
    composition(code, &mut broken);
    if broken.is_empty() {
        Ok(())
    } else {
        Err(CredentialError::WeakSecurityCode(broken))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords() {
        assert!(check_password("Tallinn2026").is_ok());
        assert!(
            check_password("Šiauliai9").is_ok(),
            "letters beyond ASCII count"
        );
        assert_eq!(
            check_password("abc"),
            Err(CredentialError::WeakPassword(vec![
                Rule::TooShort { min: 8 },
                Rule::NoUpperCase,
                Rule::NoDigit
            ]))
        );
        assert_eq!(
            check_password("ALLUPPER123"),
            Err(CredentialError::WeakPassword(vec![Rule::NoLowerCase]))
        );
        assert!(check_password(&"Aa1".repeat(100)).is_err());
        assert!(check_password("Has space 1A").is_err());
        let message = check_password("short").unwrap_err().to_string();
        assert!(message.contains("at least 8 characters"), "{message}");
    }

    #[test]
    fn security_codes() {
        assert!(check_security_code("Abcdefgh1234").is_ok());
        assert_eq!(
            check_security_code("Abcdefgh123"),
            Err(CredentialError::WeakSecurityCode(vec![Rule::ExactLength {
                length: 12
            }]))
        );
        assert!(check_security_code("abcdefgh1234").is_err());
    }
}
