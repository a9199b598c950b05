//! A scope and an environment of plain names only, without host
//! functions: for expressions over a few named values (a questionnaire's
//! answers, an indicator's `value`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::check::{closest, Scope, Signature};
use crate::eval::Env;
use crate::value::{Type, Value};

/// Names and their types; `what` says what a name stands for in messages
/// ("question").
pub struct NamesScope<'a> {
    pub names: &'a BTreeMap<String, Type>,
    pub what: &'a str,
}

impl Scope for NamesScope<'_> {
    fn path(&self, path: &[String]) -> Result<Type, String> {
        let what = self.what;
        match path {
            [name] => self.names.get(name).cloned().ok_or_else(|| {
                let hint = closest(name, self.names.keys().map(String::as_str))
                    .map(|c| format!(", did you mean `{c}`?"))
                    .unwrap_or_default();
                format!("unknown {what} `{name}`{hint}")
            }),
            _ => Err(format!(
                "unknown name `{}`: name a {what} by itself",
                path.join(".")
            )),
        }
    }
    fn function(&self, _: &str) -> Option<Signature> {
        None
    }
    fn function_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn name_argument(&self, function: &str, _: &[String]) -> Result<Type, String> {
        Err(format!("`{function}` takes no names here"))
    }
}

/// Values by name (`lookup`; an unknown name is `null`) and the time.
pub struct NamesEnv<F: Fn(&str) -> Option<Value>> {
    pub lookup: F,
    pub now: DateTime<Utc>,
}

impl<F: Fn(&str) -> Option<Value>> Env for NamesEnv<F> {
    fn path(&self, path: &[String]) -> Result<Value, String> {
        match path {
            [name] => Ok((self.lookup)(name).unwrap_or(Value::Null)),
            _ => Err(format!("unknown name `{}`", path.join("."))),
        }
    }
    fn now(&self) -> DateTime<Utc> {
        self.now
    }
    fn has_function(&self, _: &str) -> bool {
        false
    }
    fn is_name_param(&self, _: &str, _: usize) -> bool {
        false
    }
    fn call(&self, name: &str, _: &[Value]) -> Result<Value, String> {
        Err(format!("unknown function `{name}`"))
    }
}
