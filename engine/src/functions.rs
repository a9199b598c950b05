//! The functions the engine adds to the expression language: calendars,
//! lookups between instances, tokens. Their signatures serve the checker;
//! their bodies run in [`crate::runtime`].

use imi_expr::{Param, Signature, Type};

pub const HOST_FUNCTIONS: &[&str] = &[
    "local_date",
    "local_time",
    "at",
    "is_working_day",
    "add_working_days",
    "count",
    "exists",
    "new_token",
    "languages",
    "country_of",
];

/// Functions whose first argument names a calendar.
pub const CALENDAR_ARG: &[(&str, usize)] = &[
    ("local_date", 1),
    ("local_time", 1),
    ("at", 2),
    ("is_working_day", 1),
    ("add_working_days", 2),
];

pub fn signature(name: &str) -> Option<Signature> {
    use Type as T;
    let v = Param::Value;
    let (params, returns) = match name {
        "local_date" => (vec![v(T::DateTime), v(T::String)], T::Date),
        "local_time" => (vec![v(T::DateTime), v(T::String)], T::Time),
        "at" => (vec![v(T::Date), v(T::Time), v(T::String)], T::DateTime),
        "is_working_day" => (vec![v(T::Date), v(T::String)], T::Bool),
        "add_working_days" => (vec![v(T::Date), v(T::Number), v(T::String)], T::Date),
        "count" => (vec![Param::Name, v(T::Any)], T::Number),
        "exists" => (vec![Param::Name, v(T::Any)], T::Bool),
        "new_token" => (vec![], T::String),
        "languages" => (vec![], T::List(Box::new(T::String))),
        "country_of" => (vec![v(T::String)], T::String),
        _ => return None,
    };
    Some(Signature { params, returns })
}

/// Names that are not fields: the instance's own attributes and scopes.
pub const RESERVED_NAMES: &[&str] = &[
    "state",
    "id",
    "created_at",
    "input",
    "item",
    "system",
    "application",
];
