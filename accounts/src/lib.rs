//! Credentials of IMI users (R-LOGIN, R-FACTS): the rules a password and the
//! 12-character security code must follow, argon2id password hashes, the
//! security code sealed with a server key (never stored or logged in
//! clear), the challenge of 3 random positions asked at each login, and the
//! generated user ids and temporary passwords.
//!
//! Pure functions and small types: no storage, no HTTP. Who may log in, the
//! count of failed attempts and the blocking after 5 are account lifecycle
//! rules, kept in the definitions and the server.

mod challenge;
mod generate;
mod hash;
mod rules;
mod seal;

pub use challenge::Challenge;
pub use generate::{temporary_password, user_id};
pub use hash::PasswordHash;
pub use rules::{check_password, check_security_code, Rule, SECURITY_CODE_LENGTH};
pub use seal::{SealedCode, ServerKey};

/// Failures of this crate. Wrong credentials are not errors: they are `false`.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CredentialError {
    #[error("the password does not follow the rules: {}", list(.0))]
    WeakPassword(Vec<Rule>),
    #[error("the security code does not follow the rules: {}", list(.0))]
    WeakSecurityCode(Vec<Rule>),
    #[error("a stored credential is damaged: {0}")]
    Damaged(String),
    #[error("the server key is not valid: {0}")]
    BadKey(String),
    #[error("no randomness available: {0}")]
    NoRandomness(String),
}

fn list(rules: &[Rule]) -> String {
    rules
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Random bytes from the operating system.
pub(crate) fn random<const N: usize>() -> Result<[u8; N], CredentialError> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).map_err(|e| CredentialError::NoRandomness(e.to_string()))?;
    Ok(bytes)
}
