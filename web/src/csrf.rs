//! Cross-site request forgery: every form carries a token that must equal
//! the `imi_csrf` cookie (SameSite=Strict, HttpOnly), which a page sets when
//! it is missing. Another site can neither read the cookie nor set it.

use axum::http::{header, HeaderMap, HeaderValue};

pub const COOKIE: &str = "imi_csrf";

/// The value of cookie `name` in `headers`.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// The token of this browser, and the cookie to set when it is new.
pub fn token(headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    if let Some(t) = cookie(headers, COOKIE).filter(|t| t.len() == 32) {
        return (t, None);
    }
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_err() {
        // No randomness: no token, so every form post is refused.
        return (String::new(), None);
    }
    let t: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let set =
        HeaderValue::from_str(&format!("{COOKIE}={t}; Path=/; HttpOnly; SameSite=Strict")).ok();
    (t, set)
}

/// Whether a posted form's token matches this browser's cookie.
pub fn valid(headers: &HeaderMap, posted: &str) -> bool {
    match cookie(headers, COOKIE) {
        Some(c) if c.len() == 32 => {
            // Constant time over equal lengths.
            c.len() == posted.len()
                && c.bytes()
                    .zip(posted.bytes())
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        }
        _ => false,
    }
}
