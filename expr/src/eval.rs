//! Evaluation of a checked expression against an [`Env`] that supplies names,
//! the current time and host functions.

use std::cmp::Ordering;

use chrono::{DateTime, Duration, Utc};

use crate::builtins;
use crate::check::arithmetic;
use crate::syntax::{BinaryOp, Expr, ExprKind, Span, UnaryOp};
use crate::value::{Value, SECONDS_PER_DAY};

/// What an expression can see while it runs.
pub trait Env {
    /// The value of a dotted name (`null` when the field is empty).
    fn path(&self, path: &[String]) -> Result<Value, String>;
    /// The current time (injected: tests move it at will).
    fn now(&self) -> DateTime<Utc>;
    /// Whether `name` is a host function (checked before the built-ins).
    fn has_function(&self, name: &str) -> bool;
    /// Whether argument `index` of host function `name` is a name, passed as
    /// a string rather than evaluated.
    fn is_name_param(&self, name: &str, index: usize) -> bool;
    /// Calls a host function. A `Name` argument arrives as a string.
    fn call(&self, name: &str, args: &[Value]) -> Result<Value, String>;
}

/// A failure while evaluating (a checked expression fails only on data it
/// could not foresee, such as an unknown calendar or a date out of range).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct EvalError {
    pub message: String,
    pub span: Span,
}

/// Evaluates `expr`.
pub fn eval(expr: &Expr, env: &dyn Env) -> Result<Value, EvalError> {
    let fail = |message: String| EvalError {
        message,
        span: expr.span,
    };
    Ok(match &expr.kind {
        ExprKind::Literal(v) => v.clone(),
        ExprKind::Path(p) => env.path(p).map_err(fail)?,
        ExprKind::List(items) => Value::List(
            items
                .iter()
                .map(|i| eval(i, env))
                .collect::<Result<_, _>>()?,
        ),
        ExprKind::Unary { op, operand } => {
            let v = eval(operand, env)?;
            match (op, v) {
                (UnaryOp::Not, v) => Value::Bool(!v.is_true()),
                (UnaryOp::Neg, Value::Number(n)) => Value::Number(-n),
                (UnaryOp::Neg, Value::Duration(d)) => Value::Duration(-d),
                (UnaryOp::Neg, Value::Null) => Value::Null,
                (UnaryOp::Neg, other) => return Err(fail(format!("cannot negate {other}"))),
            }
        }
        ExprKind::If {
            condition,
            then,
            otherwise,
        } => {
            if eval(condition, env)?.is_true() {
                eval(then, env)?
            } else {
                eval(otherwise, env)?
            }
        }
        ExprKind::Binary { op, lhs, rhs } => binary(*op, lhs, rhs, env).map_err(fail)?,
        ExprKind::Call { name, args } => {
            let host = env.has_function(name);
            let values = args
                .iter()
                .enumerate()
                .map(|(i, a)| match &a.kind {
                    // Name arguments are passed by name, not evaluated.
                    ExprKind::Path(p) if host && env.is_name_param(name, i) => {
                        Ok(Value::String(p.join(".")))
                    }
                    _ => eval(a, env),
                })
                .collect::<Result<Vec<_>, _>>()?;
            if host {
                env.call(name, &values).map_err(fail)?
            } else {
                builtins::call(name, &values, env.now()).map_err(fail)?
            }
        }
    })
}

fn binary(op: BinaryOp, lhs: &Expr, rhs: &Expr, env: &dyn Env) -> Result<Value, String> {
    use BinaryOp::*;
    // Short-circuit the logical operators.
    match op {
        And => {
            return Ok(Value::Bool(
                eval(lhs, env).map_err(|e| e.message)?.is_true()
                    && eval(rhs, env).map_err(|e| e.message)?.is_true(),
            ))
        }
        Or => {
            return Ok(Value::Bool(
                eval(lhs, env).map_err(|e| e.message)?.is_true()
                    || eval(rhs, env).map_err(|e| e.message)?.is_true(),
            ))
        }
        Coalesce => {
            let l = eval(lhs, env).map_err(|e| e.message)?;
            return if l.is_null() {
                eval(rhs, env).map_err(|e| e.message)
            } else {
                Ok(l)
            };
        }
        _ => {}
    }
    let l = eval(lhs, env).map_err(|e| e.message)?;
    let r = eval(rhs, env).map_err(|e| e.message)?;
    Ok(match op {
        Eq => Value::Bool(equal(&l, &r)),
        Ne => Value::Bool(!equal(&l, &r)),
        Lt | Le | Gt | Ge => Value::Bool(match compare(&l, &r) {
            None => false,
            Some(o) => match op {
                Lt => o.is_lt(),
                Le => o.is_le(),
                Gt => o.is_gt(),
                _ => o.is_ge(),
            },
        }),
        In | NotIn => {
            let found = match &r {
                Value::List(items) => items.iter().any(|i| equal(&l, i)),
                _ => false,
            };
            Value::Bool(found == (op == In))
        }
        _ => arith(op, l, r)?,
    })
}

/// Equality; a whole number and the same float are equal.
pub fn equal(a: &Value, b: &Value) -> bool {
    a == b
}

/// Order of two values of one type; `None` when either is null or types differ.
pub fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    use Value as V;
    match (a, b) {
        (V::Number(x), V::Number(y)) => x.partial_cmp(y),
        (V::String(x), V::String(y)) => Some(x.cmp(y)),
        (V::Date(x), V::Date(y)) => Some(x.cmp(y)),
        (V::DateTime(x), V::DateTime(y)) => Some(x.cmp(y)),
        (V::Time(x), V::Time(y)) => Some(x.cmp(y)),
        (V::Duration(x), V::Duration(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

fn arith(op: BinaryOp, l: Value, r: Value) -> Result<Value, String> {
    use BinaryOp::*;
    use Value as V;
    if l.is_null() || r.is_null() {
        return Ok(V::Null);
    }
    if arithmetic(op, &l.type_of(), &r.type_of()).is_none() {
        return Err(format!("cannot apply `{op}` to {l} and {r}"));
    }
    let overflow = || format!("`{op}` on {l} and {r} is out of range");
    let res = match (op, &l, &r) {
        (Add, V::Number(a), V::Number(b)) => Some(V::Number(a + b)),
        (Sub, V::Number(a), V::Number(b)) => Some(V::Number(a - b)),
        (Mul, V::Number(a), V::Number(b)) => Some(V::Number(a * b)),
        (Div, V::Number(a), V::Number(b)) => {
            if *b == 0.0 {
                return Err("division by zero".into());
            }
            Some(V::Number(a / b))
        }
        (Add, V::String(a), V::String(b)) => Some(V::String(format!("{a}{b}"))),
        (Add, V::Date(d), V::Duration(s)) | (Add, V::Duration(s), V::Date(d)) => d
            .checked_add_signed(Duration::days(s / SECONDS_PER_DAY))
            .map(V::Date),
        (Sub, V::Date(d), V::Duration(s)) => d
            .checked_sub_signed(Duration::days(s / SECONDS_PER_DAY))
            .map(V::Date),
        (Add, V::DateTime(t), V::Duration(s)) | (Add, V::Duration(s), V::DateTime(t)) => {
            t.checked_add_signed(Duration::seconds(*s)).map(V::DateTime)
        }
        (Sub, V::DateTime(t), V::Duration(s)) => {
            t.checked_sub_signed(Duration::seconds(*s)).map(V::DateTime)
        }
        (Add, V::Duration(a), V::Duration(b)) => a.checked_add(*b).map(V::Duration),
        (Sub, V::Duration(a), V::Duration(b)) => a.checked_sub(*b).map(V::Duration),
        (Sub, V::Date(a), V::Date(b)) => Some(V::Duration((*a - *b).num_days() * SECONDS_PER_DAY)),
        (Sub, V::DateTime(a), V::DateTime(b)) => Some(V::Duration((*a - *b).num_seconds())),
        (Mul, V::Duration(d), V::Number(n)) | (Mul, V::Number(n), V::Duration(d)) => {
            Some(V::Duration((*d as f64 * n).round() as i64))
        }
        (Div, V::Duration(d), V::Number(n)) => {
            if *n == 0.0 {
                return Err("division by zero".into());
            }
            Some(V::Duration((*d as f64 / n).round() as i64))
        }
        _ => return Err(format!("cannot apply `{op}` to {l} and {r}")),
    };
    res.ok_or_else(overflow)
}
