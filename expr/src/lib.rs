//! The IMI expression language: the small language in which definitions write
//! guards, computed values, timer due times, question relevance and answer
//! constraints.
//!
//! Three stages, each usable alone: [`parse`] turns text into a syntax tree
//! with spans; [`check`] resolves names against a [`Scope`] and finds type
//! errors; [`eval`] computes a [`Value`] in an [`Env`]. This crate knows
//! nothing of workflows, definitions or storage: names and host functions
//! (calendars, lookups) come from the caller through the two traits.

mod builtins;
mod check;
mod eval;
mod names;
mod syntax;
mod value;

pub use builtins::{is_email, merge, weekday_number, NAMES as BUILTIN_FUNCTIONS};
pub use check::{check, check_as, closest, CheckError, Param, Scope, Signature};
pub use eval::{compare, equal, eval, Env, EvalError};
pub use names::{NamesEnv, NamesScope};
pub use syntax::{parse, BinaryOp, Expr, ExprKind, ParseError, Span, UnaryOp};
pub use value::{
    format_duration, parse_datetime, parse_duration, parse_time, Type, Value, SECONDS_PER_DAY,
};

#[cfg(test)]
mod tests;
