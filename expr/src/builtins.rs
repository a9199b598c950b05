//! The built-in functions: pure functions of their arguments (and of `now()`).
//! Functions that need calendars or the store are given by the host.

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

use crate::check::Param;
use crate::value::{Type, Value, SECONDS_PER_DAY};

/// Every built-in function, for suggestions.
pub const NAMES: &[&str] = &[
    "now",
    "days",
    "weeks",
    "hours",
    "minutes",
    "add_months",
    "date",
    "days_between",
    "lower",
    "upper",
    "trim",
    "len",
    "contains",
    "starts_with",
    "is_email",
    "min",
    "max",
    "string",
    "text_in",
    "languages_of",
    "merge",
    "with",
    "difference",
];

/// Parameters of a built-in, and a fixed return type where it has one.
pub fn signature(name: &str) -> Option<(Vec<Param>, Option<Type>)> {
    use Type as T;
    let v = |t: Type| Param::Value(t);
    Some(match name {
        "now" => (vec![], Some(T::DateTime)),
        "days" | "weeks" | "hours" | "minutes" => (vec![v(T::Number)], Some(T::Duration)),
        "add_months" => (vec![v(T::Any), v(T::Number)], None),
        "date" => (vec![v(T::DateTime)], Some(T::Date)),
        "days_between" => (vec![v(T::Any), v(T::Any)], None),
        "lower" | "upper" | "trim" => (vec![v(T::String)], Some(T::String)),
        "len" => (vec![v(T::Any)], None),
        "contains" | "starts_with" => (vec![v(T::String), v(T::String)], Some(T::Bool)),
        "is_email" => (vec![v(T::String)], Some(T::Bool)),
        "min" | "max" => (vec![v(T::Any), v(T::Any)], None),
        "string" => (vec![v(T::Any)], Some(T::String)),
        "text_in" => (vec![v(T::Texts), v(T::String)], Some(T::String)),
        "languages_of" => (vec![v(T::Texts)], Some(T::List(Box::new(T::String)))),
        "merge" => (vec![v(T::Record), v(T::Record)], Some(T::Record)),
        "with" => (vec![v(T::Record), v(T::String), v(T::Any)], Some(T::Record)),
        "difference" => (vec![v(T::Any), v(T::Any)], None),
        _ => return None,
    })
}

/// The return type of a built-in for these argument types, or why they do not fit.
pub fn return_type(name: &str, args: &[Type]) -> Result<Type, String> {
    use Type as T;
    if let Some((_, Some(t))) = signature(name) {
        return Ok(t);
    }
    let first = args.first().cloned().unwrap_or(T::Any);
    match name {
        "add_months" => match first {
            T::Date | T::DateTime | T::Any => Ok(first),
            other => Err(format!(
                "`add_months` needs a date or datetime, not a {other}"
            )),
        },
        "days_between" => {
            let second = args.get(1).cloned().unwrap_or(T::Any);
            match first.unify(&second) {
                Some(T::Date | T::DateTime | T::Any) => Ok(T::Number),
                _ => Err(format!(
                    "`days_between` needs two dates or two datetimes, not {first} and {second}"
                )),
            }
        }
        "len" => match first {
            T::String | T::List(_) | T::Texts | T::Any => Ok(T::Number),
            other => Err(format!(
                "`len` needs a string, a list or texts, not a {other}"
            )),
        },
        "difference" => {
            let second = args.get(1).cloned().unwrap_or(T::Any);
            match (&first, &second) {
                (T::List(_) | T::Any, T::List(_) | T::Any) if first.unify(&second).is_some() => {
                    Ok(first.unify(&second).unwrap_or(T::Any))
                }
                _ => Err(format!(
                    "`difference` needs two lists of one type, not {first} and {second}"
                )),
            }
        }
        "min" | "max" => {
            let second = args.get(1).cloned().unwrap_or(T::Any);
            match first.unify(&second) {
                Some(t) if t.is_ordered() => Ok(t),
                _ => Err(format!(
                    "`{name}` needs two values of one ordered type, not {first} and {second}"
                )),
            }
        }
        _ => Err(format!("unknown function `{name}`")),
    }
}

/// Evaluates a built-in. `null` arguments give `null`.
pub fn call(name: &str, args: &[Value], now: DateTime<Utc>) -> Result<Value, String> {
    use Value as V;
    if name == "now" {
        return Ok(V::DateTime(now));
    }
    // `merge` takes null as "nothing yet" (every other function gives null).
    if name == "merge" {
        return match (args.first(), args.get(1)) {
            (Some(a @ (V::Record(_) | V::Null)), Some(b @ (V::Record(_) | V::Null))) => {
                Ok(merge(a, b))
            }
            _ => Err("`merge` needs two records".into()),
        };
    }
    // `with(record, name, value)`: the record with `name` set to `value`
    // (removed when `value` is null); a null record is an empty one.
    if name == "with" {
        return match (args.first(), args.get(1), args.get(2)) {
            (Some(V::Record(r)), Some(V::String(k)), Some(value)) => Ok(with(r.clone(), k, value)),
            (Some(V::Null), Some(V::String(k)), Some(value)) => {
                Ok(with(Default::default(), k, value))
            }
            _ => Err("`with` needs a record, a name and a value".into()),
        };
    }
    // `difference(a, b)`: the items of `a` not in `b` (a null list is empty).
    if name == "difference" {
        let items = |i: usize| match args.get(i) {
            Some(V::List(l)) => Ok(l.as_slice()),
            Some(V::Null) => Ok(&[][..]),
            other => Err(format!("`difference` expected a list, got {other:?}")),
        };
        let (a, b) = (items(0)?, items(1)?);
        return Ok(V::List(
            a.iter().filter(|x| !b.contains(x)).cloned().collect(),
        ));
    }
    if args.iter().any(Value::is_null) {
        return Ok(V::Null);
    }
    let num = |i: usize| match args.get(i) {
        Some(V::Number(n)) => Ok(*n),
        other => Err(format!("`{name}` expected a number, got {other:?}")),
    };
    let text = |i: usize| match args.get(i) {
        Some(V::String(s)) => Ok(s.as_str()),
        other => Err(format!("`{name}` expected a string, got {other:?}")),
    };
    let whole = |n: f64, unit: i64| -> Result<Value, String> {
        let secs = n * unit as f64;
        if secs.is_finite() && secs.abs() < 1e15 {
            Ok(V::Duration(secs.round() as i64))
        } else {
            Err(format!("`{name}({n})` is out of range"))
        }
    };
    match name {
        "days" => whole(num(0)?, SECONDS_PER_DAY),
        "weeks" => whole(num(0)?, 7 * SECONDS_PER_DAY),
        "hours" => whole(num(0)?, 3_600),
        "minutes" => whole(num(0)?, 60),
        "add_months" => {
            let n = num(1)?;
            if n.fract() != 0.0 || n.abs() > 12_000.0 {
                return Err(format!(
                    "`add_months` needs a whole number of months, not {n}"
                ));
            }
            let shift = |d: NaiveDate| -> Option<NaiveDate> {
                if n >= 0.0 {
                    d.checked_add_months(Months::new(n as u32))
                } else {
                    d.checked_sub_months(Months::new((-n) as u32))
                }
            };
            match args.first() {
                Some(V::Date(d)) => shift(*d).map(V::Date),
                Some(V::DateTime(dt)) => shift(dt.date_naive())
                    .and_then(|d| d.and_time(dt.time()).and_local_timezone(Utc).single())
                    .map(V::DateTime),
                _ => None,
            }
            .ok_or_else(|| "`add_months` went out of the calendar's range".to_string())
        }
        "date" => match args.first() {
            Some(V::DateTime(dt)) => Ok(V::Date(dt.date_naive())),
            other => Err(format!("`date` expected a datetime, got {other:?}")),
        },
        "days_between" => match (args.first(), args.get(1)) {
            (Some(V::Date(a)), Some(V::Date(b))) => Ok(V::Number((*b - *a).num_days() as f64)),
            (Some(V::DateTime(a)), Some(V::DateTime(b))) => Ok(V::Number(
                (*b - *a).num_seconds() as f64 / SECONDS_PER_DAY as f64,
            )),
            _ => Err("`days_between` needs two dates or two datetimes".into()),
        },
        "lower" => Ok(V::String(text(0)?.to_lowercase())),
        "upper" => Ok(V::String(text(0)?.to_uppercase())),
        "trim" => Ok(V::String(text(0)?.trim().to_string())),
        "len" => match args.first() {
            Some(V::String(s)) => Ok(V::Number(s.chars().count() as f64)),
            Some(V::List(l)) => Ok(V::Number(l.len() as f64)),
            Some(V::Texts(t)) => Ok(V::Number(t.len() as f64)),
            other => Err(format!(
                "`len` needs a string, list or texts, got {other:?}"
            )),
        },
        "contains" => Ok(V::Bool(text(0)?.contains(text(1)?))),
        "starts_with" => Ok(V::Bool(text(0)?.starts_with(text(1)?))),
        "is_email" => Ok(V::Bool(is_email(text(0)?))),
        "min" | "max" => {
            let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
                return Err(format!("`{name}` needs two arguments"));
            };
            let ord = crate::eval::compare(a, b)
                .ok_or_else(|| format!("`{name}` cannot order {a} and {b}"))?;
            let a_first = ord.is_le() == (name == "min");
            Ok(if a_first { a.clone() } else { b.clone() })
        }
        "string" => Ok(V::String(
            args.first().map(Value::to_string).unwrap_or_default(),
        )),
        "text_in" => match args.first() {
            Some(V::Texts(t)) => Ok(t.get(text(1)?).cloned().map_or(V::Null, V::String)),
            other => Err(format!("`text_in` needs texts, got {other:?}")),
        },
        "languages_of" => match args.first() {
            Some(V::Texts(t)) => Ok(V::List(t.keys().cloned().map(V::String).collect())),
            other => Err(format!("`languages_of` needs texts, got {other:?}")),
        },
        _ => Err(format!("unknown function `{name}`")),
    }
}

/// `b` over `a`: a record's names one by one, and lists of records item by
/// item (the second party's answers on each item the first one listed);
/// anything else, `b` (or `a` where `b` is null).
fn with(mut record: std::collections::BTreeMap<String, Value>, name: &str, value: &Value) -> Value {
    if value.is_null() {
        record.remove(name);
    } else {
        record.insert(name.to_string(), value.clone());
    }
    Value::Record(record)
}

pub fn merge(a: &Value, b: &Value) -> Value {
    match (a, b) {
        (_, Value::Null) => a.clone(),
        (Value::Record(a), Value::Record(b)) => {
            let mut out = a.clone();
            for (k, v) in b {
                let merged = out.get(k).map_or_else(|| v.clone(), |old| merge(old, v));
                out.insert(k.clone(), merged);
            }
            Value::Record(out)
        }
        (Value::List(a), Value::List(b))
            if a.iter().chain(b).all(|i| matches!(i, Value::Record(_))) && !a.is_empty() =>
        {
            Value::List(
                (0..a.len().max(b.len()))
                    .map(|i| match (a.get(i), b.get(i)) {
                        (Some(x), Some(y)) => merge(x, y),
                        (Some(x), None) => x.clone(),
                        (None, Some(y)) => y.clone(),
                        (None, None) => Value::Null,
                    })
                    .collect(),
            )
        }
        _ => b.clone(),
    }
}

/// A pragmatic e-mail check: one `@`, a non-empty local part, a domain with a
/// dot and no spaces or empty labels.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && domain.len() <= 253
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
}

/// Day of the week, Monday = 1 (used by calendars in the host).
pub fn weekday_number(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in [
            "a@b.ee",
            "first.last@sub.example.org",
            "x+y@ministeerium.ee",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "", "a", "a@", "@b.ee", "a@b", "a b@c.ee", "a@@b.ee", "a@b..ee", ".a@b.ee", "a@-b.ee",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
