//! Expressions evaluated on an instance: names resolve to its fields,
//! parties, inputs; host functions reach calendars and lookup counters.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use imi_expr::{Env, Value};

use super::facts::Facts;
pub(crate) use super::facts::Reader;
use super::records::Instance;
use super::world::Directory;
use crate::functions;
use crate::model::{Definitions, Workflow};

pub(crate) struct InstanceEnv<'a> {
    pub defs: &'a Definitions,
    pub directory: &'a dyn Directory,
    pub workflow: &'a Workflow,
    pub instance: &'a Instance,
    pub inputs: &'a BTreeMap<String, Value>,
    pub item: Option<&'a Value>,
    pub now: DateTime<Utc>,
    pub area: Option<String>,
    pub reader: Reader<'a>,
}

impl InstanceEnv<'_> {
    fn party_authority(&self, party: &str) -> Option<&String> {
        self.instance.parties.get(party)
    }

    fn facts(&self) -> Facts<'_> {
        Facts {
            defs: self.defs,
            fallback: self.directory,
            reader: &self.reader,
        }
    }

    fn calendar(&self, name: &Value) -> Result<&crate::calendar::Calendar, String> {
        match name {
            Value::String(c) => self
                .defs
                .calendars
                .get(c)
                .ok_or_else(|| format!("no calendar `{c}`")),
            other => Err(format!("a calendar name is a country code, not {other}")),
        }
    }
}

impl Env for InstanceEnv<'_> {
    fn path(&self, path: &[String]) -> Result<Value, String> {
        let first = path.first().map(String::as_str).unwrap_or("");
        let rest = path.get(1..).unwrap_or(&[]);
        Ok(match (first, rest) {
            ("state", []) => Value::String(self.instance.state.clone()),
            ("id", []) => Value::String(self.instance.id.to_string()),
            ("created_at", []) => Value::DateTime(self.instance.created_at),
            ("item", []) => self.item.cloned().unwrap_or(Value::Null),
            ("input", [name]) => self.inputs.get(name).cloned().unwrap_or(Value::Null),
            (field, []) => self
                .instance
                .fields
                .get(field)
                .cloned()
                .unwrap_or(Value::Null),
            // An answer, by question id (`answers.profession`).
            (field, [question])
                if matches!(self.instance.fields.get(field), Some(Value::Record(_))) =>
            {
                match self.instance.fields.get(field) {
                    Some(Value::Record(answers)) => {
                        answers.get(question).cloned().unwrap_or(Value::Null)
                    }
                    _ => Value::Null,
                }
            }
            (party, [attr]) => {
                let Some(authority) = self.party_authority(party) else {
                    return Ok(Value::Null);
                };
                match attr.as_str() {
                    "id" => Value::String(authority.clone()),
                    "country" => self
                        .facts()
                        .country(authority)
                        .map(Value::String)
                        .unwrap_or(Value::Null),
                    setting => {
                        let chosen = self
                            .area
                            .as_deref()
                            .and_then(|a| self.facts().setting(authority, a, setting));
                        chosen.unwrap_or_else(|| {
                            self.defs
                                .packages
                                .get(&self.workflow.package)
                                .and_then(|p| p.settings.get(setting))
                                .map(|s| s.default.clone())
                                .unwrap_or(Value::Null)
                        })
                    }
                }
            }
            _ => return Err(format!("unknown name `{}`", path.join("."))),
        })
    }

    fn now(&self) -> DateTime<Utc> {
        self.now
    }

    fn has_function(&self, name: &str) -> bool {
        functions::HOST_FUNCTIONS.contains(&name)
    }

    fn is_name_param(&self, name: &str, index: usize) -> bool {
        matches!(name, "count" | "exists") && index == 0
    }

    fn call(&self, name: &str, args: &[Value]) -> Result<Value, String> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Null);
        if !matches!(name, "new_token" | "languages" | "count" | "exists")
            && args.iter().any(Value::is_null)
        {
            return Ok(Value::Null);
        }
        match name {
            "local_date" => match arg(0) {
                Value::DateTime(t) => Ok(Value::Date(self.calendar(&arg(1))?.local_date(t))),
                other => Err(format!("`local_date` needs a datetime, not {other}")),
            },
            "local_time" => match arg(0) {
                Value::DateTime(t) => Ok(Value::Time(self.calendar(&arg(1))?.local_time(t))),
                other => Err(format!("`local_time` needs a datetime, not {other}")),
            },
            "at" => match (arg(0), arg(1)) {
                (Value::Date(d), Value::Time(t)) => self
                    .calendar(&arg(2))?
                    .at(d, t)
                    .map(Value::DateTime)
                    .ok_or_else(|| format!("{d} {t} does not exist in that time zone")),
                _ => Err("`at` needs a date and a time".into()),
            },
            "is_working_day" => match arg(0) {
                Value::Date(d) => Ok(Value::Bool(self.calendar(&arg(1))?.is_working_day(d))),
                other => Err(format!("`is_working_day` needs a date, not {other}")),
            },
            "add_working_days" => match (arg(0), arg(1)) {
                (Value::Date(d), Value::Number(n)) if n.fract() == 0.0 && n.abs() < 10_000.0 => {
                    self.calendar(&arg(2))?
                        .add_working_days(d, n as i64)
                        .map(Value::Date)
                        .ok_or_else(|| "the date went out of range".to_string())
                }
                _ => Err("`add_working_days` needs a date and a whole number".into()),
            },
            "count" | "exists" => {
                let Value::String(name_arg) = arg(0) else {
                    return Err("lookup name missing".into());
                };
                let (wf, key) = name_arg
                    .split_once('.')
                    .ok_or_else(|| format!("`{name_arg}` is not `<workflow>.<key>`"))?;
                let value = arg(1);
                let mut n = self
                    .reader
                    .count(wf, key, &value)
                    .map_err(|e| e.to_string())?;
                // The instance itself does not count.
                if self.instance.workflow == wf && self.instance.keys.get(key) == Some(&value) {
                    n = n.saturating_sub(1);
                }
                Ok(if name == "count" {
                    Value::Number(n as f64)
                } else {
                    Value::Bool(n > 0)
                })
            }
            "new_token" => new_token().map(Value::String),
            "country_of" => match arg(0) {
                Value::String(a) => Ok(self.facts().country(&a).map_or(Value::Null, Value::String)),
                other => Err(format!("`country_of` needs an authority id, not {other}")),
            },
            "languages" => Ok(Value::List(
                self.defs
                    .languages
                    .iter()
                    .cloned()
                    .map(Value::String)
                    .collect(),
            )),
            other => Err(format!("unknown function `{other}`")),
        }
    }
}

/// 20 characters of Crockford base32 (100 random bits): short enough to type.
fn new_token() -> Result<String, String> {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 20];
    getrandom::getrandom(&mut bytes).map_err(|e| format!("no randomness: {e}"))?;
    Ok(bytes
        .iter()
        .map(|b| ALPHABET.get((*b & 31) as usize).copied().unwrap_or(b'0') as char)
        .collect())
}
