//! The syntax tree of the expression language and the parser that builds it
//! from text (pest grammar + Pratt parser for operator precedence).

use std::fmt;
use std::sync::OnceLock;

use pest::iterators::{Pair, Pairs};
use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest::Parser as _;
use serde::{Deserialize, Serialize};

use crate::value::{parse_datetime, parse_duration, parse_time, Value};

#[derive(pest_derive::Parser)]
#[grammar = "grammar.pest"]
struct Grammar;

/// Byte offsets into the expression's source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// An expression node with the span of source text it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Literal(Value),
    /// A dotted name: `email`, `input.token`, `responding.allocation`.
    Path(Vec<String>),
    List(Vec<Expr>),
    Call {
        name: String,
        args: Vec<Expr>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    If {
        condition: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Or,
    And,
    Coalesce,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Add,
    Sub,
    Mul,
    Div,
}

impl fmt::Display for BinaryOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Coalesce => "??",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::In => "in",
            BinaryOp::NotIn => "not in",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
        })
    }
}

/// A syntax error with the span where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    pub message: String,
    pub span: Span,
}

fn pratt() -> &'static PrattParser<Rule> {
    static PRATT: OnceLock<PrattParser<Rule>> = OnceLock::new();
    PRATT.get_or_init(|| {
        PrattParser::new()
            .op(Op::infix(Rule::op_or, Assoc::Left))
            .op(Op::infix(Rule::op_and, Assoc::Left))
            .op(Op::prefix(Rule::op_not))
            .op(Op::infix(Rule::op_eq, Assoc::Left)
                | Op::infix(Rule::op_ne, Assoc::Left)
                | Op::infix(Rule::op_lt, Assoc::Left)
                | Op::infix(Rule::op_le, Assoc::Left)
                | Op::infix(Rule::op_gt, Assoc::Left)
                | Op::infix(Rule::op_ge, Assoc::Left)
                | Op::infix(Rule::op_in, Assoc::Left)
                | Op::infix(Rule::op_not_in, Assoc::Left))
            .op(Op::infix(Rule::op_coalesce, Assoc::Left))
            .op(Op::infix(Rule::op_add, Assoc::Left) | Op::infix(Rule::op_sub, Assoc::Left))
            .op(Op::infix(Rule::op_mul, Assoc::Left) | Op::infix(Rule::op_div, Assoc::Left))
            .op(Op::prefix(Rule::op_neg))
    })
}

/// Parses one expression.
pub fn parse(source: &str) -> Result<Expr, ParseError> {
    if source.trim().is_empty() {
        return Err(ParseError {
            message: "empty expression".into(),
            span: Span::new(0, source.len()),
        });
    }
    let mut pairs = Grammar::parse(Rule::root, source).map_err(|e| pest_error(source, e))?;
    let root = pairs.next().ok_or_else(|| ParseError {
        message: "empty expression".into(),
        span: Span::new(0, source.len()),
    })?;
    let expr = root
        .into_inner()
        .find(|p| p.as_rule() == Rule::expr)
        .ok_or_else(|| ParseError {
            message: "empty expression".into(),
            span: Span::new(0, source.len()),
        })?;
    build_expr(expr.into_inner())
}

fn span_of(pair: &Pair<Rule>) -> Span {
    let s = pair.as_span();
    Span::new(s.start(), s.end())
}

fn build_expr(pairs: Pairs<Rule>) -> Result<Expr, ParseError> {
    pratt()
        .map_primary(build_primary)
        .map_prefix(|op, operand| {
            let operand = operand?;
            let start = op.as_span().start();
            let op_kind = if op.as_rule() == Rule::op_not {
                UnaryOp::Not
            } else {
                UnaryOp::Neg
            };
            Ok(Expr {
                span: Span::new(start, operand.span.end),
                kind: ExprKind::Unary {
                    op: op_kind,
                    operand: Box::new(operand),
                },
            })
        })
        .map_infix(|lhs, op, rhs| {
            let (lhs, rhs) = (lhs?, rhs?);
            let op = match op.as_rule() {
                Rule::op_or => BinaryOp::Or,
                Rule::op_and => BinaryOp::And,
                Rule::op_coalesce => BinaryOp::Coalesce,
                Rule::op_eq => BinaryOp::Eq,
                Rule::op_ne => BinaryOp::Ne,
                Rule::op_lt => BinaryOp::Lt,
                Rule::op_le => BinaryOp::Le,
                Rule::op_gt => BinaryOp::Gt,
                Rule::op_ge => BinaryOp::Ge,
                Rule::op_in => BinaryOp::In,
                Rule::op_not_in => BinaryOp::NotIn,
                Rule::op_add => BinaryOp::Add,
                Rule::op_sub => BinaryOp::Sub,
                Rule::op_mul => BinaryOp::Mul,
                _ => BinaryOp::Div,
            };
            Ok(Expr {
                span: Span::new(lhs.span.start, rhs.span.end),
                kind: ExprKind::Binary {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs),
                },
            })
        })
        .parse(pairs)
}

fn literal_error(pair: &Pair<Rule>, what: &str) -> ParseError {
    ParseError {
        message: format!("`{}` is not a valid {what}", pair.as_str()),
        span: span_of(pair),
    }
}

fn build_primary(pair: Pair<Rule>) -> Result<Expr, ParseError> {
    let span = span_of(&pair);
    let kind = match pair.as_rule() {
        Rule::expr => return build_expr(pair.into_inner()),
        Rule::if_expr => {
            let mut parts = pair.into_inner().filter(|p| p.as_rule() == Rule::expr);
            let mut next = || -> Result<Expr, ParseError> {
                match parts.next() {
                    Some(p) => build_expr(p.into_inner()),
                    None => Err(ParseError {
                        message: "incomplete `if … then … else …`".into(),
                        span,
                    }),
                }
            };
            let (condition, then, otherwise) = (next()?, next()?, next()?);
            ExprKind::If {
                condition: Box::new(condition),
                then: Box::new(then),
                otherwise: Box::new(otherwise),
            }
        }
        Rule::list => ExprKind::List(
            pair.into_inner()
                .map(|p| build_expr(p.into_inner()))
                .collect::<Result<_, _>>()?,
        ),
        Rule::call => {
            let mut inner = pair.into_inner();
            let name = inner
                .next()
                .map(|p| p.as_str().to_string())
                .unwrap_or_default();
            let args = inner
                .map(|p| build_expr(p.into_inner()))
                .collect::<Result<_, _>>()?;
            ExprKind::Call { name, args }
        }
        Rule::path => ExprKind::Path(pair.into_inner().map(|p| p.as_str().to_string()).collect()),
        Rule::datetime => ExprKind::Literal(Value::DateTime(
            parse_datetime(pair.as_str()).ok_or_else(|| literal_error(&pair, "datetime"))?,
        )),
        Rule::date => ExprKind::Literal(Value::Date(
            chrono::NaiveDate::parse_from_str(pair.as_str(), "%Y-%m-%d")
                .map_err(|_| literal_error(&pair, "date"))?,
        )),
        Rule::time => ExprKind::Literal(Value::Time(
            parse_time(pair.as_str()).ok_or_else(|| literal_error(&pair, "time of day"))?,
        )),
        Rule::duration => ExprKind::Literal(Value::Duration(
            parse_duration(pair.as_str()).ok_or_else(|| literal_error(&pair, "duration"))?,
        )),
        Rule::number => ExprKind::Literal(Value::Number(
            pair.as_str()
                .parse()
                .map_err(|_| literal_error(&pair, "number"))?,
        )),
        Rule::string => {
            let raw = pair.into_inner().next().map(|p| p.as_str()).unwrap_or("");
            ExprKind::Literal(Value::String(unescape(raw)))
        }
        Rule::boolean => ExprKind::Literal(Value::Bool(pair.as_str() == "true")),
        Rule::null => ExprKind::Literal(Value::Null),
        other => {
            return Err(ParseError {
                message: format!("unexpected {}", rule_name(other)),
                span,
            })
        }
    };
    Ok(Expr { kind, span })
}

fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::EOI => "end of expression",
        Rule::expr | Rule::root => "expression",
        Rule::op_or
        | Rule::op_and
        | Rule::op_coalesce
        | Rule::op_eq
        | Rule::op_ne
        | Rule::op_le
        | Rule::op_ge
        | Rule::op_lt
        | Rule::op_gt
        | Rule::op_in
        | Rule::op_not_in
        | Rule::op_add
        | Rule::op_sub
        | Rule::op_mul
        | Rule::op_div => "operator",
        Rule::kw_then => "`then`",
        Rule::kw_else => "`else`",
        Rule::op_not
        | Rule::op_neg
        | Rule::if_expr
        | Rule::list
        | Rule::call
        | Rule::path
        | Rule::ident
        | Rule::datetime
        | Rule::date
        | Rule::time
        | Rule::duration
        | Rule::number
        | Rule::string
        | Rule::boolean
        | Rule::null => "expression",
        _ => "token",
    }
}

fn pest_error(source: &str, e: pest::error::Error<Rule>) -> ParseError {
    use pest::error::{ErrorVariant, InputLocation};
    let start = match e.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let found = source[start.min(source.len())..]
        .split_whitespace()
        .next()
        .map(|w| format!("`{w}`"))
        .unwrap_or_else(|| "the end of the expression".into());
    let message = match &e.variant {
        ErrorVariant::ParsingError { positives, .. } => {
            let mut names: Vec<&str> = positives.iter().map(|r| rule_name(*r)).collect();
            names.sort_unstable();
            names.dedup();
            if names.len() > 1 {
                names.retain(|n| *n != "token");
            }
            if names.is_empty() {
                format!("unexpected {found}")
            } else {
                format!("expected {}, found {found}", join_or(&names))
            }
        }
        ErrorVariant::CustomError { message } => message.clone(),
    };
    let end = (start + found.len().saturating_sub(2))
        .min(source.len())
        .max(start);
    ParseError {
        message,
        span: Span::new(start, end),
    }
}

fn join_or(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

impl Expr {
    /// Every dotted name the expression reads, with its span, in source order.
    pub fn paths(&self) -> Vec<(&[String], Span)> {
        let mut out = Vec::new();
        self.walk(&mut |e| {
            if let ExprKind::Path(p) = &e.kind {
                out.push((p.as_slice(), e.span));
            }
        });
        out
    }

    /// Visits this node and every node below it, parents first.
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Expr)) {
        visit(self);
        match &self.kind {
            ExprKind::Literal(_) | ExprKind::Path(_) => {}
            ExprKind::List(items) | ExprKind::Call { args: items, .. } => {
                for item in items {
                    item.walk(visit);
                }
            }
            ExprKind::Unary { operand, .. } => operand.walk(visit),
            ExprKind::Binary { lhs, rhs, .. } => {
                lhs.walk(visit);
                rhs.walk(visit);
            }
            ExprKind::If {
                condition,
                then,
                otherwise,
            } => {
                condition.walk(visit);
                then.walk(visit);
                otherwise.walk(visit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders the tree with explicit parentheses, to check precedence.
    fn show(e: &Expr) -> String {
        match &e.kind {
            ExprKind::Literal(Value::String(s)) => format!("'{s}'"),
            ExprKind::Literal(v) => v.to_string(),
            ExprKind::Path(p) => p.join("."),
            ExprKind::List(items) => {
                format!(
                    "[{}]",
                    items.iter().map(show).collect::<Vec<_>>().join(", ")
                )
            }
            ExprKind::Call { name, args } => {
                format!(
                    "{name}({})",
                    args.iter().map(show).collect::<Vec<_>>().join(", ")
                )
            }
            ExprKind::Unary { op, operand } => match op {
                UnaryOp::Not => format!("(not {})", show(operand)),
                UnaryOp::Neg => format!("(-{})", show(operand)),
            },
            ExprKind::Binary { op, lhs, rhs } => format!("({} {op} {})", show(lhs), show(rhs)),
            ExprKind::If {
                condition,
                then,
                otherwise,
            } => format!(
                "(if {} then {} else {})",
                show(condition),
                show(then),
                show(otherwise)
            ),
        }
    }

    fn check(src: &str, expected: &str) {
        let e = parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(show(&e), expected, "{src}");
    }

    #[test]
    fn precedence_and_shapes() {
        check("a or b and c", "(a or (b and c))");
        check("not a and b", "((not a) and b)");
        check("not a == b", "(not (a == b))");
        check("a + b * c - d", "((a + (b * c)) - d)");
        check("-a * b", "((-a) * b)");
        check("x ?? 0 + 1", "(x ?? (0 + 1))");
        check("state in ['a', 'b']", "(state in ['a', 'b'])");
        check("state not in ['a']", "(state not in ['a'])");
        check("input.token == token", "(input.token == token)");
        check("deadline - 5d", "(deadline - 5d)");
        check("2026-03-02T08:00:00Z + 1w", "(2026-03-02T08:00:00Z + 7d)");
        check(
            "local_time(now(), c) < 10:00",
            "(local_time(now(), c) < 10:00)",
        );
        check(
            "if a then 2026-01-01 else b + 1d",
            "(if a then 2026-01-01 else (b + 1d))",
        );
        check("(a or b) and c", "((a or b) and c)");
        check("android and orange", "(android and orange)");
        check("'it\\'s'", "'it's'");
        check("null", "null");
        check("[]", "[]");
    }

    #[test]
    fn spans_cover_source() {
        let e = parse("  a == 'x'").unwrap();
        assert_eq!(e.span, Span::new(2, 10));
        let paths = e.paths();
        assert_eq!(paths.len(), 1);
        assert_eq!(paths[0].1, Span::new(2, 3));
    }

    #[test]
    fn syntax_errors_are_located() {
        let err = parse("a == ").unwrap_err();
        assert_eq!(err.span.start, 5);
        assert!(err.message.starts_with("expected"), "{}", err.message);
        let err = parse("a b").unwrap_err();
        assert_eq!(err.span, Span::new(2, 3));
        assert!(err.message.contains("found `b`"), "{}", err.message);
        assert!(parse("").is_err());
        assert!(parse("if a then b").is_err());
        let err = parse("2026-13-40").unwrap_err();
        assert!(err.message.contains("not a valid date"), "{}", err.message);
    }
}
