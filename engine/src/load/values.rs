//! Values written in definitions (defaults, scenario inputs, JSON inputs)
//! read as typed values, identifiers, and a workflow's version.

use imi_expr::{Type, Value};

use crate::raw;

/// Reads a YAML scalar (or sequence, for lists) as a value of type `ty`.
pub fn yaml_value(v: &serde_yaml::Value, ty: &Type) -> Result<Value, String> {
    use serde_yaml::Value as Y;
    match v {
        Y::Null => Ok(Value::Null),
        Y::Bool(b) => Value::parse_as(&b.to_string(), ty),
        Y::Number(n) => Value::parse_as(&n.to_string(), ty),
        Y::String(s) => Value::parse_as(s, ty),
        Y::Sequence(items) => match ty {
            Type::Any => items
                .iter()
                .map(|i| yaml_value(i, &Type::Any))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::List),
            Type::List(inner) => items
                .iter()
                .map(|i| yaml_value(i, inner))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::List),
            _ => Err(format!("a list is not a {ty}")),
        },
        Y::Mapping(map) if *ty == Type::Texts || *ty == Type::Any => {
            let mut texts = std::collections::BTreeMap::new();
            for (k, v) in map {
                match (k, v) {
                    (Y::String(lang), Y::String(text)) => {
                        texts.insert(lang.clone(), text.clone());
                    }
                    _ => {
                        return Err("texts map language codes to strings (`{en: …, de: …}`)".into())
                    }
                }
            }
            Ok(Value::Texts(texts))
        }
        _ => Err(match ty {
            Type::Any => "expected a value, not a mapping".to_string(),
            _ => format!("expected a {ty}, not a mapping"),
        }),
    }
}

/// Reads a JSON value (from the HTTP API) as a value of type `ty`.
/// Stricter than YAML: a list must be a JSON array, a number a JSON
/// number, a bool a JSON bool, texts a JSON object.
pub fn json_value(v: &serde_json::Value, ty: &Type) -> Result<Value, String> {
    use serde_json::Value as J;
    let kind = match v {
        J::Null => return Ok(Value::Null),
        J::Bool(_) => "a bool",
        J::Number(_) => "a number",
        J::String(_) => "a string",
        J::Array(_) => "a list",
        J::Object(_) => "an object",
    };
    let fits = matches!(
        (ty, v),
        (Type::Any, _)
            | (Type::List(_), J::Array(_))
            | (Type::Texts, J::Object(_))
            | (Type::Number, J::Number(_))
            | (Type::Bool, J::Bool(_))
            | (
                Type::String | Type::Date | Type::DateTime | Type::Time | Type::Duration,
                J::String(_)
            )
    );
    if !fits {
        return Err(format!("expected {}, got {kind}", a_type(ty)));
    }
    if let (Type::List(inner), J::Array(items)) = (ty, v) {
        return items
            .iter()
            .map(|i| json_value(i, inner))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::List);
    }
    let yaml = serde_yaml::to_value(v).map_err(|e| e.to_string())?;
    yaml_value(&yaml, ty)
}

fn a_type(ty: &Type) -> String {
    match ty {
        Type::List(inner) => format!("a list of {inner}"),
        Type::Texts => "texts (an object: language code → text)".into(),
        other => format!("a {other}"),
    }
}

pub fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Content hash of a raw workflow: its version.
pub fn version_of(raw: &raw::WorkflowFile) -> String {
    use sha2::{Digest, Sha256};
    let json = serde_json::to_string(raw).unwrap_or_default();
    let digest = Sha256::digest(json.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}
