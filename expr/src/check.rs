//! Type checking: resolves names against a [`Scope`] given by the caller and
//! finds every type error in an expression before it ever runs.

use crate::builtins;
use crate::syntax::{BinaryOp, Expr, ExprKind, Span, UnaryOp};
use crate::value::Type;

/// One parameter of a function.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// An ordinary argument of this type.
    Value(Type),
    /// A dotted name that the host resolves itself (e.g. `registration_request.email`
    /// naming a lookup key); it is checked by [`Scope::name_argument`] and passed
    /// to the host as a string.
    Name,
}

/// What a host function takes and returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub params: Vec<Param>,
    pub returns: Type,
}

/// What names mean where an expression is used. The engine implements it for
/// a workflow (fields, parties, inputs) and adds its own functions.
pub trait Scope {
    /// The type of a dotted name, or a message saying why it is unknown.
    fn path(&self, path: &[String]) -> Result<Type, String>;
    /// A host function (beyond the built-in ones).
    fn function(&self, name: &str) -> Option<Signature>;
    /// All host function names, for suggestions.
    fn function_names(&self) -> Vec<String>;
    /// Checks a [`Param::Name`] argument of `function`; returns the type of
    /// the values it stands for (used to type the call), or a message.
    fn name_argument(&self, function: &str, name: &[String]) -> Result<Type, String>;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct CheckError {
    pub message: String,
    pub span: Span,
}

/// Checks `expr` and returns its type, or every error found.
pub fn check(expr: &Expr, scope: &dyn Scope) -> Result<Type, Vec<CheckError>> {
    let mut errors = Vec::new();
    let ty = Checker {
        scope,
        errors: &mut errors,
    }
    .expr(expr);
    if errors.is_empty() {
        Ok(ty)
    } else {
        Err(errors)
    }
}

/// Checks `expr` and requires it to have type `expected`.
pub fn check_as(expr: &Expr, scope: &dyn Scope, expected: &Type) -> Result<(), Vec<CheckError>> {
    let ty = check(expr, scope)?;
    if expected.accepts(&ty) {
        Ok(())
    } else {
        Err(vec![CheckError {
            message: format!("expected a {expected}, but this is a {ty}"),
            span: expr.span,
        }])
    }
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim_distance(word, c), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance (small, so the grammar crate needs no dependency for it).
fn strsim_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

struct Checker<'a> {
    scope: &'a dyn Scope,
    errors: &'a mut Vec<CheckError>,
}

impl Checker<'_> {
    fn error(&mut self, span: Span, message: String) -> Type {
        self.errors.push(CheckError { message, span });
        Type::Any
    }

    fn expr(&mut self, e: &Expr) -> Type {
        match &e.kind {
            ExprKind::Literal(v) => v.type_of(),
            ExprKind::Path(p) => match self.scope.path(p) {
                Ok(t) => t,
                Err(m) => self.error(e.span, m),
            },
            ExprKind::List(items) => {
                let mut ty = Type::Any;
                for item in items {
                    let t = self.expr(item);
                    match ty.unify(&t) {
                        Some(u) => ty = u,
                        None => {
                            self.error(
                                item.span,
                                format!("list items must have one type: {ty} and {t}"),
                            );
                        }
                    }
                }
                Type::List(Box::new(ty))
            }
            ExprKind::Unary { op, operand } => {
                let t = self.expr(operand);
                match op {
                    UnaryOp::Not => self.want(operand.span, &t, &Type::Bool, "`not`"),
                    UnaryOp::Neg => match t {
                        Type::Number | Type::Duration | Type::Any => t,
                        other => self.error(e.span, format!("cannot negate a {other}")),
                    },
                }
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                self.binary(e.span, *op, (lhs.span, l), (rhs.span, r))
            }
            ExprKind::If {
                condition,
                then,
                otherwise,
            } => {
                let c = self.expr(condition);
                self.want(condition.span, &c, &Type::Bool, "`if`");
                let (a, b) = (self.expr(then), self.expr(otherwise));
                match a.unify(&b) {
                    Some(t) => t,
                    None => {
                        self.error(e.span, format!("`then` gives a {a} but `else` gives a {b}"))
                    }
                }
            }
            ExprKind::Call { name, args } => self.call(e.span, name, args),
        }
    }

    fn want(&mut self, span: Span, got: &Type, want: &Type, what: &str) -> Type {
        if want.accepts(got) {
            want.clone()
        } else {
            self.error(span, format!("{what} needs a {want}, but this is a {got}"))
        }
    }

    fn binary(&mut self, span: Span, op: BinaryOp, l: (Span, Type), r: (Span, Type)) -> Type {
        use BinaryOp::*;
        use Type as T;
        let ((ls, lt), (rs, rt)) = (l, r);
        match op {
            Or | And => {
                self.want(ls, &lt, &T::Bool, &format!("`{op}`"));
                self.want(rs, &rt, &T::Bool, &format!("`{op}`"));
                T::Bool
            }
            Eq | Ne => {
                if lt.unify(&rt).is_none() {
                    self.error(span, format!("cannot compare a {lt} with a {rt}"));
                }
                T::Bool
            }
            Lt | Le | Gt | Ge => {
                match lt.unify(&rt) {
                    Some(t) if t.is_ordered() => {}
                    Some(t) => {
                        self.error(span, format!("{t} values have no order for `{op}`"));
                    }
                    None => {
                        self.error(span, format!("cannot compare a {lt} with a {rt}"));
                    }
                }
                T::Bool
            }
            In | NotIn => {
                match &rt {
                    T::List(item) => {
                        if item.unify(&lt).is_none() {
                            self.error(span, format!("a {lt} is never in a list of {item}"));
                        }
                    }
                    T::Any => {}
                    other => {
                        self.error(
                            rs,
                            format!("`{op}` needs a list on the right, not a {other}"),
                        );
                    }
                }
                T::Bool
            }
            Coalesce => match lt.unify(&rt) {
                Some(t) => t,
                None => self.error(
                    span,
                    format!("`??` needs one type on both sides, not {lt} and {rt}"),
                ),
            },
            Add | Sub | Mul | Div => match arithmetic(op, &lt, &rt) {
                Some(t) => t,
                None => self.error(span, format!("cannot apply `{op}` to a {lt} and a {rt}")),
            },
        }
    }

    fn call(&mut self, span: Span, name: &str, args: &[Expr]) -> Type {
        let host = self.scope.function(name);
        let builtin = builtins::signature(name);
        let Some(params) = host
            .as_ref()
            .map(|s| s.params.clone())
            .or_else(|| builtin.as_ref().map(|(p, _)| p.clone()))
        else {
            let host_names = self.scope.function_names();
            let all = builtins::NAMES
                .iter()
                .copied()
                .chain(host_names.iter().map(String::as_str));
            let hint = closest(name, all)
                .map(|c| format!(", did you mean `{c}`?"))
                .unwrap_or_default();
            for a in args {
                self.expr(a);
            }
            return self.error(span, format!("unknown function `{name}`{hint}"));
        };
        if params.len() != args.len() {
            for a in args {
                self.expr(a);
            }
            return self.error(
                span,
                format!(
                    "`{name}` takes {} argument{}, not {}",
                    params.len(),
                    if params.len() == 1 { "" } else { "s" },
                    args.len()
                ),
            );
        }
        let mut arg_types = Vec::with_capacity(args.len());
        for (i, (param, arg)) in params.iter().zip(args).enumerate() {
            match param {
                Param::Name => {
                    let ExprKind::Path(path) = &arg.kind else {
                        arg_types.push(self.error(
                            arg.span,
                            format!("argument {} of `{name}` must be a name", i + 1),
                        ));
                        continue;
                    };
                    match self.scope.name_argument(name, path) {
                        Ok(t) => arg_types.push(t),
                        Err(m) => arg_types.push(self.error(arg.span, m)),
                    }
                }
                Param::Value(want) => {
                    let got = self.expr(arg);
                    if !want.accepts(&got) {
                        self.error(
                            arg.span,
                            format!(
                                "argument {} of `{name}` must be a {want}, not a {got}",
                                i + 1
                            ),
                        );
                    }
                    arg_types.push(got);
                }
            }
        }
        if let Some(sig) = host {
            return sig.returns;
        }
        match builtins::return_type(name, &arg_types) {
            Ok(t) => t,
            Err(m) => self.error(span, m),
        }
    }
}

/// The result type of an arithmetic operator, if the operands allow it.
pub(crate) fn arithmetic(op: BinaryOp, l: &Type, r: &Type) -> Option<Type> {
    use BinaryOp::*;
    use Type as T;
    match (op, l, r) {
        (_, T::Any, T::Any) => Some(T::Any),
        (_, T::Number, T::Number) | (_, T::Number, T::Any) | (_, T::Any, T::Number) => {
            Some(T::Number)
        }
        (Add, T::String, T::String | T::Any) | (Add, T::Any, T::String) => Some(T::String),
        (Add | Sub, T::Date, T::Duration) | (Add, T::Duration, T::Date) => Some(T::Date),
        (Add | Sub, T::DateTime, T::Duration) | (Add, T::Duration, T::DateTime) => {
            Some(T::DateTime)
        }
        (Add | Sub, T::Duration, T::Duration) => Some(T::Duration),
        (Sub, T::Date, T::Date) | (Sub, T::DateTime, T::DateTime) => Some(T::Duration),
        (Mul, T::Duration, T::Number) | (Mul, T::Number, T::Duration) => Some(T::Duration),
        (Div, T::Duration, T::Number) => Some(T::Duration),
        (Add | Sub, T::Date | T::DateTime | T::Duration, T::Any) => Some(l.clone()),
        (Add | Sub, T::Any, T::Date | T::DateTime | T::Duration) => Some(r.clone()),
        _ => None,
    }
}
