//! Expressions in a workflow: parsed and type-checked where they are
//! written, wanting a type, with the engine's own rules on top of the
//! language's (`with()` on answers names a question of the questionnaire).

use imi_expr::{check, ExprKind, Type, Value};
use indexmap::IndexMap;

use super::scope::WorkflowScope;
use super::workflow::{hint, Ctx};
use super::Reporter;
use crate::functions::CALENDAR_ARG;
use crate::model::Compiled;
use crate::source::Seg;

/// Parses and checks an expression at `at`, wanting type `want` (`Any`: any type).
pub(super) fn expr(
    ctx: &Ctx,
    rep: &mut Reporter,
    at: &[Seg],
    source: &str,
    scope: &WorkflowScope,
    want: &Type,
) -> Option<Compiled> {
    let expr = match imi_expr::parse(source) {
        Ok(e) => e,
        Err(e) => {
            rep.expr_error(at, e.span.start, format!("syntax error: {}", e.message));
            return None;
        }
    };
    let mut ok = true;
    match check(&expr, scope) {
        Ok(ty) => {
            if !want.accepts(&ty) {
                rep.expr_error(
                    at,
                    0,
                    format!("expected a {want}, but `{source}` is a {ty}"),
                );
                ok = false;
            }
        }
        Err(errors) => {
            for e in errors {
                rep.expr_error(at, e.span.start, e.message);
            }
            ok = false;
        }
    }
    // Literal calendar names must exist; `state` compared with literals must name states.
    expr.walk(&mut |e| match &e.kind {
        ExprKind::Call { name, args } => {
            if name == "with" {
                if let Err((offset, message)) = answer_set(ctx, args, scope) {
                    rep.expr_error(at, offset.unwrap_or(e.span.start), message);
                    ok = false;
                }
            }
            if let Some((_, i)) = CALENDAR_ARG.iter().find(|(n, _)| n == name) {
                if let Some(ExprKind::Literal(Value::String(cal))) = args.get(*i).map(|a| &a.kind) {
                    if !ctx.world.calendars.contains(cal) {
                        let h = hint(cal, ctx.world.calendars.iter().map(String::as_str));
                        rep.expr_error(at, e.span.start, format!("unknown calendar `{cal}`{h}"));
                        ok = false;
                    }
                }
            }
        }
        ExprKind::Binary { lhs, rhs, .. } => {
            if matches!(&lhs.kind, ExprKind::Path(p) if p.len() == 1 && p[0] == "state") {
                let mut names = Vec::new();
                match &rhs.kind {
                    ExprKind::Literal(Value::String(s)) => names.push((s, rhs.span)),
                    ExprKind::List(items) => {
                        for i in items {
                            if let ExprKind::Literal(Value::String(s)) = &i.kind {
                                names.push((s, i.span));
                            }
                        }
                    }
                    _ => {}
                }
                for (s, span) in names {
                    if !ctx.raw.states.contains_key(s) {
                        let h = hint(s, ctx.raw.states.keys().map(String::as_str));
                        rep.expr_error(at, span.start, format!("unknown state `{s}`{h}"));
                        ok = false;
                    }
                }
            }
        }
        _ => {}
    });
    ok.then(|| Compiled {
        source: source.to_string(),
        expr,
    })
}

/// `with(<answers field>, 'question', value)` must name a top-level question
/// of the field's questionnaire, with a value of its answer's type.
fn answer_set(
    ctx: &Ctx,
    args: &[imi_expr::Expr],
    scope: &WorkflowScope,
) -> Result<(), (Option<usize>, String)> {
    let field = match args.first().map(|a| &a.kind) {
        Some(ExprKind::Path(p)) if p.len() == 1 => &p[0],
        _ => return Ok(()),
    };
    let Some(questions) = ctx.answer_types.get(field) else {
        return Ok(());
    };
    let Some(name_arg) = args.get(1) else {
        return Ok(());
    };
    let ExprKind::Literal(Value::String(question)) = &name_arg.kind else {
        return Err((
            Some(name_arg.span.start),
            format!("`with` on answers field `{field}` names the question as a literal ('id')"),
        ));
    };
    let Some(want) = questions.get(question) else {
        return Err((
            Some(name_arg.span.start),
            format!(
                "no question `{question}` in the questionnaire of `{field}`{}",
                hint(question, questions.keys().map(String::as_str))
            ),
        ));
    };
    if let Some(value) = args.get(2) {
        if let Ok(ty) = check(value, scope) {
            if !want.accepts(&ty) {
                return Err((
                    Some(value.span.start),
                    format!("the answer to `{question}` is a {want}, not a {ty}"),
                ));
            }
        }
    }
    Ok(())
}

pub(super) fn exprs(
    ctx: &Ctx,
    rep: &mut Reporter,
    at: &[Seg],
    map: &IndexMap<String, String>,
    scope: &WorkflowScope,
    want: impl Fn(&str) -> Option<Type>,
) -> Vec<(String, Compiled)> {
    let mut out = Vec::new();
    for (k, src) in map {
        let mut p = at.to_vec();
        p.push(Seg::Key(k.clone()));
        match want(k) {
            None => {} // reported by the caller
            Some(ty) => {
                if let Some(c) = expr(ctx, rep, &p, src, scope, &ty) {
                    out.push((k.clone(), c));
                }
            }
        }
    }
    out
}
