//! The login challenge: 3 distinct random positions of the security code;
//! the user types those characters (case-sensitive).

use subtle::ConstantTimeEq;

use crate::{random, CredentialError, SealedCode, ServerKey, SECURITY_CODE_LENGTH};

/// Three distinct positions, 1-based and in increasing order (as shown to the user).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Challenge {
    pub positions: [usize; 3],
}

impl Challenge {
    pub fn random() -> Result<Challenge, CredentialError> {
        let mut picked: Vec<usize> = Vec::with_capacity(3);
        while picked.len() < 3 {
            // Rejection sampling: no modulo bias.
            let [b] = random::<1>()?;
            let b = usize::from(b);
            if b >= 256 - 256 % SECURITY_CODE_LENGTH {
                continue;
            }
            let position = b % SECURITY_CODE_LENGTH + 1;
            if !picked.contains(&position) {
                picked.push(position);
            }
        }
        picked.sort_unstable();
        let mut positions = [0; 3];
        positions.copy_from_slice(&picked);
        Ok(Challenge { positions })
    }

    /// Whether `answer` holds the characters at the positions (in order).
    pub fn verify(
        &self,
        key: &ServerKey,
        sealed: &SealedCode,
        answer: &str,
    ) -> Result<bool, CredentialError> {
        let code = key.open(sealed)?;
        let expected: String = self
            .positions
            .iter()
            .filter_map(|p| code.get(p.wrapping_sub(1)))
            .collect();
        if expected.chars().count() != 3 {
            return Err(CredentialError::Damaged(
                "the stored code is too short".into(),
            ));
        }
        Ok(expected.as_bytes().ct_eq(answer.as_bytes()).into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_three_distinct_valid_ones() {
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..500 {
            let c = Challenge::random().unwrap();
            let [a, b, d] = c.positions;
            assert!(1 <= a && a < b && b < d && d <= 12, "{c:?}");
            seen.extend(c.positions);
        }
        assert_eq!(seen.len(), 12, "every position comes up");
    }

    #[test]
    fn answers_are_checked_case_sensitively() {
        let key = ServerKey::generate().unwrap();
        let sealed = key.seal("Abcdefgh1234").unwrap();
        let c = Challenge {
            positions: [1, 5, 12],
        };
        assert!(c.verify(&key, &sealed, "Ae4").unwrap());
        assert!(!c.verify(&key, &sealed, "ae4").unwrap());
        assert!(!c.verify(&key, &sealed, "Ae").unwrap());
        assert!(!c.verify(&key, &sealed, "A e4").unwrap());
        let other = ServerKey::generate().unwrap();
        assert!(c.verify(&other, &sealed, "Ae4").is_err());
    }
}
