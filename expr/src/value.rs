//! Runtime values and types of the expression language, and how they are
//! written as text (in definitions, scenarios and audit trails).

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

/// The type of an expression or of a field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Type {
    /// Matches every type (used for `null` and for host functions that take anything).
    Any,
    Bool,
    Number,
    String,
    Date,
    DateTime,
    Time,
    Duration,
    List(Box<Type>),
    /// A text in several languages: language code → text.
    Texts,
    /// Named values: the answers to a questionnaire (question id → answer;
    /// a repeat group's answer is a list of records). What its names mean
    /// is the host's to say (see `Scope::path`).
    Record,
}

impl Type {
    /// Whether a value of type `other` may be used where `self` is expected.
    pub fn accepts(&self, other: &Type) -> bool {
        match (self, other) {
            (Type::Any, _) | (_, Type::Any) => true,
            (Type::List(a), Type::List(b)) => a.accepts(b),
            (a, b) => a == b,
        }
    }

    /// The more precise of two compatible types, or `None` if they do not unify.
    pub fn unify(&self, other: &Type) -> Option<Type> {
        match (self, other) {
            (Type::Any, t) | (t, Type::Any) => Some(t.clone()),
            (Type::List(a), Type::List(b)) => a.unify(b).map(|t| Type::List(Box::new(t))),
            (a, b) if a == b => Some(a.clone()),
            _ => None,
        }
    }

    /// Whether values of this type have an order (`<`, `>`).
    pub fn is_ordered(&self) -> bool {
        matches!(
            self,
            Type::Any
                | Type::Number
                | Type::String
                | Type::Date
                | Type::DateTime
                | Type::Time
                | Type::Duration
        )
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Any => f.write_str("any"),
            Type::Bool => f.write_str("bool"),
            Type::Number => f.write_str("number"),
            Type::String => f.write_str("string"),
            Type::Date => f.write_str("date"),
            Type::DateTime => f.write_str("datetime"),
            Type::Time => f.write_str("time"),
            Type::Duration => f.write_str("duration"),
            Type::List(t) => write!(f, "list of {t}"),
            Type::Texts => f.write_str("texts"),
            Type::Record => f.write_str("record"),
        }
    }
}

/// A value: what fields hold and expressions compute.
/// Stored as externally tagged JSON (`{"date":"2026-03-02"}`, `"null"`),
/// which serde reads without buffering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Date(NaiveDate),
    DateTime(DateTime<Utc>),
    Time(NaiveTime),
    /// A length of time in whole seconds.
    Duration(i64),
    List(Vec<Value>),
    /// A text per language code (`{en: Medical council, de: Ärztekammer}`).
    Texts(BTreeMap<String, String>),
    /// Named values (see [`Type::Record`]).
    Record(BTreeMap<String, Value>),
}

pub const SECONDS_PER_DAY: i64 = 86_400;

impl Value {
    /// The type of this value (`any` for `null` and empty lists).
    pub fn type_of(&self) -> Type {
        match self {
            Value::Null => Type::Any,
            Value::Bool(_) => Type::Bool,
            Value::Number(_) => Type::Number,
            Value::String(_) => Type::String,
            Value::Date(_) => Type::Date,
            Value::DateTime(_) => Type::DateTime,
            Value::Time(_) => Type::Time,
            Value::Duration(_) => Type::Duration,
            Value::List(items) => Type::List(Box::new(
                items.first().map(Value::type_of).unwrap_or(Type::Any),
            )),
            Value::Texts(_) => Type::Texts,
            Value::Record(_) => Type::Record,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Truth in a guard: only `true` is true; `null` counts as false.
    pub fn is_true(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    /// Reads a value of type `ty` from its text form, as written in YAML
    /// (`2026-03-02`, `10:00`, `30d`, `true`, `12`, `[a, b]` for lists of strings).
    pub fn parse_as(text: &str, ty: &Type) -> Result<Value, String> {
        let text = text.trim();
        if text == "null" || text == "~" {
            return Ok(Value::Null);
        }
        match ty {
            Type::Any | Type::String => Ok(Value::String(text.to_string())),
            Type::Bool => match text {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                _ => Err(format!("`{text}` is not a bool (write `true` or `false`)")),
            },
            Type::Number => text
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .map(Value::Number)
                .ok_or_else(|| format!("`{text}` is not a number")),
            Type::Date => NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(Value::Date)
                .map_err(|_| format!("`{text}` is not a date (write YYYY-MM-DD)")),
            Type::DateTime => parse_datetime(text)
                .map(Value::DateTime)
                .ok_or_else(|| format!("`{text}` is not a datetime (write YYYY-MM-DDTHH:MM:SSZ)")),
            Type::Time => parse_time(text)
                .map(Value::Time)
                .ok_or_else(|| format!("`{text}` is not a time of day (write HH:MM)")),
            Type::Duration => parse_duration(text).map(Value::Duration).ok_or_else(|| {
                format!("`{text}` is not a duration (write e.g. `30d`, `12h`, `2w`)")
            }),
            Type::List(inner) => {
                let body = text
                    .strip_prefix('[')
                    .and_then(|t| t.strip_suffix(']'))
                    .unwrap_or(text);
                body.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::parse_as(s, inner))
                    .collect::<Result<Vec<_>, _>>()
                    .map(Value::List)
            }
            Type::Texts => Err(format!(
                "`{text}` is not a text per language (write a mapping: `{{en: …, de: …}}`)"
            )),
            Type::Record => Err(format!("`{text}` is not a record (write a mapping)")),
        }
    }
}

/// Parses `2026-03-02T08:00:00Z`, `2026-03-02T08:00Z` or with an offset.
pub fn parse_datetime(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Some(dt.with_timezone(&Utc));
    }
    // Without seconds: insert them.
    let (head, zone) = if let Some(h) = text.strip_suffix('Z') {
        (h, "Z".to_string())
    } else if text.len() > 6 {
        let (h, z) = text.split_at(text.len() - 6);
        (h, z.to_string())
    } else {
        return None;
    };
    DateTime::parse_from_rfc3339(&format!("{head}:00{zone}"))
        .ok()
        .map(|dt| dt.with_timezone(&Utc))
}

/// Parses `10:00` or `10:00:30`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M"))
        .ok()
}

/// Parses `30d`, `12h`, `15min`, `2w`, `90s` into seconds.
pub fn parse_duration(text: &str) -> Option<i64> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let unit = &text[digits.len()..];
    let n: i64 = digits.parse().ok()?;
    let factor = match unit {
        "w" => 7 * SECONDS_PER_DAY,
        "d" => SECONDS_PER_DAY,
        "h" => 3_600,
        "min" => 60,
        "s" => 1,
        _ => return None,
    };
    n.checked_mul(factor)
}

/// Writes a duration the way it would be typed: `30d`, `12h`, `15min`, `90s`.
pub fn format_duration(seconds: i64) -> String {
    let (sign, s) = if seconds < 0 {
        ("-", -seconds)
    } else {
        ("", seconds)
    };
    if s != 0 && s % SECONDS_PER_DAY == 0 {
        format!("{sign}{}d", s / SECONDS_PER_DAY)
    } else if s != 0 && s % 3_600 == 0 {
        format!("{sign}{}h", s / 3_600)
    } else if s != 0 && s % 60 == 0 {
        format!("{sign}{}min", s / 60)
    } else {
        format!("{sign}{s}s")
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => {
                if n.fract() == 0.0 && n.abs() < 1e15 {
                    write!(f, "{}", *n as i64)
                } else {
                    write!(f, "{n}")
                }
            }
            Value::String(s) => f.write_str(s),
            Value::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Value::DateTime(dt) => f.write_str(&dt.to_rfc3339_opts(SecondsFormat::Secs, true)),
            Value::Time(t) => {
                if t.format("%S").to_string() == "00" {
                    write!(f, "{}", t.format("%H:%M"))
                } else {
                    write!(f, "{}", t.format("%H:%M:%S"))
                }
            }
            Value::Duration(s) => f.write_str(&format_duration(*s)),
            Value::List(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Value::Texts(texts) => {
                f.write_str("{")?;
                for (i, (lang, text)) in texts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{lang}: {text}")?;
                }
                f.write_str("}")
            }
            Value::Record(values) => {
                f.write_str("{")?;
                for (i, (name, value)) in values.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{name}: {value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_text() {
        for (text, ty) in [
            ("2026-03-02", Type::Date),
            ("2026-03-02T08:00:00Z", Type::DateTime),
            ("10:00", Type::Time),
            ("30d", Type::Duration),
            ("12h", Type::Duration),
            ("15min", Type::Duration),
            ("true", Type::Bool),
            ("12", Type::Number),
            ("1.5", Type::Number),
            ("[a, b]", Type::List(Box::new(Type::String))),
        ] {
            let v = Value::parse_as(text, &ty).unwrap();
            assert_eq!(v.to_string(), text, "{ty}");
        }
    }

    #[test]
    fn bad_text_is_refused_with_the_word() {
        let err = Value::parse_as("tomorrow", &Type::Date).unwrap_err();
        assert!(err.contains("`tomorrow`"), "{err}");
        assert!(Value::parse_as("2026-02-30", &Type::Date).is_err());
        assert!(Value::parse_as("5x", &Type::Duration).is_err());
    }

    #[test]
    fn datetimes_without_seconds_and_with_offsets() {
        assert_eq!(
            Value::parse_as("2026-03-02T10:00+02:00", &Type::DateTime)
                .unwrap()
                .to_string(),
            "2026-03-02T08:00:00Z"
        );
    }
}
