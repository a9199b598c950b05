//! The durable outbox, seen from a delivery worker: which addresses a
//! queued notification goes to (and in which language), recording each
//! delivery, and closing a notification once delivered everywhere.

use imi_expr::Value;

use super::facts::Reader;
use super::records::{EngineError, Notification, Recipient};
use super::store::{decode, encode, outbox_key};
use super::world::RoleGrant;
use super::{Core, Engine};
use crate::raw::KeyRef;

/// One address a notification goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub email: String,
    /// The language to write in, if known (otherwise the worker's default).
    pub language: Option<String>,
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::List(items) => items.iter().find_map(|i| text_of(Some(i))),
        _ => None,
    }
}

impl Core {
    /// The addresses of a notification's recipients, as the directory and
    /// the account binding know them now (duplicates removed).
    pub fn addresses(&self, n: &Notification) -> Vec<Address> {
        let reader = Reader::Tree(&self.tree);
        let facts = self.facts(&reader);
        let mut out: Vec<Address> = Vec::new();
        for r in &n.to {
            match r {
                Recipient::Email { address, language } => out.push(Address {
                    email: address.clone(),
                    language: language.clone(),
                }),
                Recipient::Authority {
                    authority,
                    role: None,
                } => {
                    let Some(b) = self.defs.directory.as_ref().map(|d| &d.authorities) else {
                        continue;
                    };
                    let Some(inst) = facts.authority(authority) else {
                        continue;
                    };
                    if let Some(email) = b.email.as_ref().and_then(|f| text_of(inst.fields.get(f)))
                    {
                        out.push(Address {
                            email,
                            language: b
                                .language
                                .as_ref()
                                .and_then(|f| text_of(inst.fields.get(f))),
                        });
                    }
                }
                Recipient::Authority {
                    authority,
                    role: Some(role),
                } => out.extend(self.users_with_role(&reader, authority, role)),
                Recipient::User { user } => out.extend(self.user_address(&reader, user)),
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        out.retain(|a| seen.insert(a.email.to_lowercase()));
        out
    }

    /// The address of the account with user id `user`.
    fn user_address(&self, reader: &Reader<'_>, user: &str) -> Option<Address> {
        let b = self.defs.accounts.as_ref()?;
        let email_field = b.email.as_ref()?;
        let id = reader
            .find(&b.workflow, &b.key, &Value::String(user.to_lowercase()))
            .ok()?
            .into_iter()
            .next()?;
        let inst = reader.instance(id).ok().flatten()?;
        Some(Address {
            email: text_of(inst.fields.get(email_field))?,
            language: b
                .language
                .as_ref()
                .and_then(|f| text_of(inst.fields.get(f))),
        })
    }

    fn users_with_role(&self, reader: &Reader<'_>, authority: &str, role: &str) -> Vec<Address> {
        let Some(b) = &self.defs.accounts else {
            return Vec::new();
        };
        let (Some(key), Some(email_field)) = (&b.by_authority, &b.email) else {
            return Vec::new();
        };
        let key = KeyRef {
            workflow: b.workflow.clone(),
            key: key.clone(),
        };
        let ids = reader
            .find(
                &key.workflow,
                &key.key,
                &Value::String(authority.to_string()),
            )
            .unwrap_or_default();
        ids.into_iter()
            .filter_map(|id| reader.instance(id).ok().flatten())
            .filter(|inst| {
                let Some(Value::List(roles)) = inst.fields.get(&b.roles_field) else {
                    return false;
                };
                roles.iter().any(|r| match r {
                    Value::String(r) => self.defs.role_grants(&RoleGrant::parse(r).role, role),
                    _ => false,
                })
            })
            .filter_map(|inst| {
                Some(Address {
                    email: text_of(inst.fields.get(email_field))?,
                    language: b
                        .language
                        .as_ref()
                        .and_then(|f| text_of(inst.fields.get(f))),
                })
            })
            .collect()
    }
}

impl Engine {
    /// Records that notification `id` reached `email`, durably, before the
    /// worker goes on (so a restart does not send it there again).
    pub fn mark_delivered(&self, id: u64, email: &str) -> Result<(), EngineError> {
        let email = email.to_string();
        self.commit(move |unit| {
            let key = outbox_key(id);
            if let Some(bytes) = unit.kv.get(&key)? {
                let mut n: Notification = decode(&bytes)?;
                n.delivered.insert(email);
                unit.kv.insert(key, encode(&n));
            }
            Ok(None)
        })
        .map(|_| ())
    }

    /// Removes notification `id` from the outbox once delivered everywhere:
    /// its parameters (a temporary password, say) go with it.
    pub fn close_notification(&self, id: u64) -> Result<(), EngineError> {
        self.commit(move |unit| {
            unit.kv.remove(outbox_key(id));
            Ok(None)
        })
        .map(|_| ())
    }
}
