//! The credential store: password hashes, sealed security codes, logins in
//! progress and sessions, in a sled database of their own. Credentials never
//! enter workflow fields, audit trails or messages.

use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use imi_accounts::{PasswordHash, SealedCode};
use imi_engine::InstanceId;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What is stored for one user (keyed by the lower-cased user id).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Credentials {
    pub password_hash: String,
    /// The password is a temporary one: the user must choose a password and
    /// a security code before anything else.
    pub temporary: bool,
    pub sealed_code: Option<String>,
}

impl Credentials {
    pub fn hash(&self) -> Option<PasswordHash> {
        PasswordHash::from_stored(&self.password_hash).ok()
    }
    pub fn code(&self) -> Option<SealedCode> {
        self.sealed_code.as_deref().map(SealedCode::from_stored)
    }
}

/// A login between the password and the next step.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingLogin {
    pub user_id: String,
    pub instance: u64,
    /// `None`: the user must choose credentials; else the challenge positions.
    pub positions: Option<[usize; 3]>,
    pub expires: DateTime<Utc>,
}

/// An open session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub user_id: String,
    pub instance: u64,
    pub created: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
}

/// How long things live.
pub const LOGIN_STEP: i64 = 5 * 60;
pub const SESSION_IDLE: i64 = 30 * 60;
pub const SESSION_ABSOLUTE: i64 = 12 * 60 * 60;

#[derive(Debug, thiserror::Error)]
#[error("credential store: {0}")]
pub struct StoreError(String);

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        StoreError(e.to_string())
    }
}

pub struct CredentialStore {
    db: sled::Db,
    credentials: sled::Tree,
    logins: sled::Tree,
    sessions: sled::Tree,
}

fn get<T: DeserializeOwned>(tree: &sled::Tree, key: &str) -> Result<Option<T>, StoreError> {
    match tree.get(key.as_bytes())? {
        None => Ok(None),
        Some(b) => serde_json::from_slice(&b)
            .map(Some)
            .map_err(|e| StoreError(e.to_string())),
    }
}

impl CredentialStore {
    pub fn open(dir: &Path) -> Result<CredentialStore, StoreError> {
        Self::with(sled::Config::new().path(dir).open()?)
    }

    pub fn temporary() -> Result<CredentialStore, StoreError> {
        Self::with(sled::Config::new().temporary(true).open()?)
    }

    fn with(db: sled::Db) -> Result<CredentialStore, StoreError> {
        Ok(CredentialStore {
            credentials: db.open_tree("credentials")?,
            logins: db.open_tree("logins")?,
            sessions: db.open_tree("sessions")?,
            db,
        })
    }

    fn put<T: Serialize>(&self, tree: &sled::Tree, key: &str, value: &T) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(value).map_err(|e| StoreError(e.to_string()))?;
        tree.insert(key.as_bytes(), bytes)?;
        self.db.flush()?;
        Ok(())
    }

    /// The credentials of an account (by its instance id: a changed user
    /// id keeps them).
    pub fn credentials(&self, account: InstanceId) -> Result<Option<Credentials>, StoreError> {
        get(&self.credentials, &account.to_string())
    }

    pub fn set_credentials(&self, account: InstanceId, c: &Credentials) -> Result<(), StoreError> {
        self.put(&self.credentials, &account.to_string(), c)
    }

    /// Issues a temporary password for `account` and returns it (to be
    /// e-mailed); any earlier password and security code stop working.
    pub fn issue_temporary(&self, account: InstanceId) -> Result<String, StoreError> {
        let password = imi_accounts::temporary_password().map_err(|e| StoreError(e.to_string()))?;
        self.set_temporary(account, &password)?;
        Ok(password)
    }

    /// Makes `password` the temporary password of `account`.
    pub fn set_temporary(&self, account: InstanceId, password: &str) -> Result<(), StoreError> {
        let hash = PasswordHash::new(password).map_err(|e| StoreError(e.to_string()))?;
        self.set_credentials(
            account,
            &Credentials {
                password_hash: hash.as_stored().to_string(),
                temporary: true,
                sealed_code: None,
            },
        )
    }

    pub fn start_login(&self, login: &PendingLogin) -> Result<String, StoreError> {
        let token = token()?;
        self.put(&self.logins, &token, login)?;
        Ok(token)
    }

    /// Takes a login in progress (once: a second try needs a new login).
    pub fn take_login(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<PendingLogin>, StoreError> {
        let found: Option<PendingLogin> = get(&self.logins, token)?;
        self.logins.remove(token.as_bytes())?;
        Ok(found.filter(|l| l.expires > now))
    }

    pub fn open_session(
        &self,
        user_id: &str,
        instance: u64,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        let token = token()?;
        let s = Session {
            user_id: user_id.to_string(),
            instance,
            created: now,
            last_seen: now,
        };
        self.put(&self.sessions, &token, &s)?;
        Ok(token)
    }

    /// Ends the session behind a cookie (logging out).
    pub fn close_session(&self, token: &str) -> Result<(), StoreError> {
        self.sessions.remove(token.as_bytes())?;
        Ok(())
    }

    /// The session behind a cookie, if still valid (idle and absolute
    /// timeouts); refreshes its idle time.
    pub fn session(&self, token: &str, now: DateTime<Utc>) -> Result<Option<Session>, StoreError> {
        let Some(mut s): Option<Session> = get(&self.sessions, token)? else {
            return Ok(None);
        };
        let expired = now - s.last_seen > Duration::seconds(SESSION_IDLE)
            || now - s.created > Duration::seconds(SESSION_ABSOLUTE);
        if expired {
            self.sessions.remove(token.as_bytes())?;
            return Ok(None);
        }
        s.last_seen = now;
        self.put(&self.sessions, token, &s)?;
        Ok(Some(s))
    }
}

/// 32 random bytes, hex.
fn token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).map_err(|e| StoreError(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
