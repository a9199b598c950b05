//! Data-driven tests of the whole pipeline: parse, check, evaluate.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::*;

struct World {
    fields: BTreeMap<&'static str, (Type, Value)>,
    now: DateTime<Utc>,
}

fn world() -> World {
    let mut fields = BTreeMap::new();
    let v = |t: &str, ty: Type| Value::parse_as(t, &ty).unwrap();
    fields.insert("email", (Type::String, v("a@b.ee", Type::String)));
    fields.insert("count", (Type::Number, v("3", Type::Number)));
    fields.insert("deadline", (Type::Date, v("2026-03-10", Type::Date)));
    fields.insert(
        "sent_at",
        (Type::DateTime, v("2026-03-02T08:00:00Z", Type::DateTime)),
    );
    fields.insert("empty", (Type::String, Value::Null));
    fields.insert("input.token", (Type::String, v("abc", Type::String)));
    fields.insert(
        "areas",
        (
            Type::List(Box::new(Type::String)),
            v("[services, solvit]", Type::List(Box::new(Type::String))),
        ),
    );
    fields.insert(
        "name",
        (
            Type::Texts,
            Value::Texts(BTreeMap::from([
                ("de".to_string(), "Ärztekammer".to_string()),
                ("en".to_string(), "Medical council".to_string()),
            ])),
        ),
    );
    World {
        fields,
        now: parse_datetime("2026-03-05T08:00:00Z").unwrap(),
    }
}

impl Scope for World {
    fn path(&self, path: &[String]) -> Result<Type, String> {
        let key = path.join(".");
        self.fields
            .get(key.as_str())
            .map(|(t, _)| t.clone())
            .ok_or_else(|| {
                let hint = closest(&key, self.fields.keys().copied())
                    .map(|c| format!(", did you mean `{c}`?"))
                    .unwrap_or_default();
                format!("unknown name `{key}`{hint}")
            })
    }
    fn function(&self, name: &str) -> Option<Signature> {
        (name == "exists").then(|| Signature {
            params: vec![Param::Name, Param::Value(Type::Any)],
            returns: Type::Bool,
        })
    }
    fn function_names(&self) -> Vec<String> {
        vec!["exists".into()]
    }
    fn name_argument(&self, _: &str, name: &[String]) -> Result<Type, String> {
        if name.join(".") == "wf.email" {
            Ok(Type::String)
        } else {
            Err(format!("unknown key `{}`", name.join(".")))
        }
    }
}

impl Env for World {
    fn path(&self, path: &[String]) -> Result<Value, String> {
        self.fields
            .get(path.join(".").as_str())
            .map(|(_, v)| v.clone())
            .ok_or_else(|| "unknown".into())
    }
    fn now(&self) -> DateTime<Utc> {
        self.now
    }
    fn has_function(&self, name: &str) -> bool {
        name == "exists"
    }
    fn is_name_param(&self, _: &str, index: usize) -> bool {
        index == 0
    }
    fn call(&self, _: &str, args: &[Value]) -> Result<Value, String> {
        Ok(Value::Bool(
            args.first() == Some(&Value::String("wf.email".into()))
                && args.get(1) == Some(&Value::String("taken@b.ee".into())),
        ))
    }
}

/// Parses, checks and evaluates `src`, returning `type = value`.
fn run(src: &str) -> String {
    let w = world();
    let e = match parse(src) {
        Ok(e) => e,
        Err(e) => return format!("syntax {}..{}: {}", e.span.start, e.span.end, e.message),
    };
    let ty = match check(&e, &w) {
        Ok(t) => t,
        Err(errs) => {
            return errs
                .iter()
                .map(|e| format!("type {}..{}: {}", e.span.start, e.span.end, e.message))
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    match eval(&e, &w) {
        Ok(v) => format!("{ty} = {v}"),
        Err(e) => format!("eval {}..{}: {}", e.span.start, e.span.end, e.message),
    }
}

#[test]
fn expressions() {
    let cases = [
        ("1 + 2 * 3", "number = 7"),
        ("10 / 4", "number = 2.5"),
        ("'a' + 'b'", "string = ab"),
        ("count > 2 and email == 'a@b.ee'", "bool = true"),
        ("empty == null", "bool = true"),
        ("empty ?? 'none'", "string = none"),
        ("empty + 'x'", "string = null"),
        (
            "count < empty",
            "type 0..13: cannot compare a number with a string",
        ),
        ("len(email) < 5", "bool = false"),
        ("deadline - 5d", "date = 2026-03-05"),
        ("deadline - 2026-03-01", "duration = 9d"),
        ("sent_at + 36h", "datetime = 2026-03-03T20:00:00Z"),
        ("now() - sent_at", "duration = 3d"),
        ("days_between(sent_at, now())", "number = 3"),
        ("add_months(deadline, 6)", "date = 2026-09-10"),
        ("add_months(2026-01-31, 1)", "date = 2026-02-28"),
        ("days(2) + weeks(1)", "duration = 9d"),
        ("'services' in areas", "bool = true"),
        ("text_in(name, 'de')", "string = Ärztekammer"),
        (
            "text_in(name, 'fi') ?? text_in(name, 'en')",
            "string = Medical council",
        ),
        ("languages_of(name)", "list of string = [de, en]"),
        ("len(name)", "number = 2"),
        (
            "name + 'x'",
            "type 0..10: cannot apply `+` to a texts and a string",
        ),
        ("'posting' not in areas", "bool = true"),
        (
            "difference(areas, ['solvit', 'posting'])",
            "list of string = [services]",
        ),
        ("len(difference(areas, areas))", "number = 0"),
        ("difference(empty ?? null, areas)", "type 0..32: `difference` needs two lists of one type, not string and list of string"),
        (
            "difference(areas, [1])",
            "type 0..22: `difference` needs two lists of one type, not list of string and list of number",
        ),
        (
            "1 in areas",
            "type 0..10: a number is never in a list of string",
        ),
        ("if count > 5 then 'big' else 'small'", "string = small"),
        (
            "if count then 1 else 2",
            "type 3..8: `if` needs a bool, but this is a number",
        ),
        (
            "if true then 1 else 'x'",
            "type 0..23: `then` gives a number but `else` gives a string",
        ),
        ("not (count == 3)", "bool = false"),
        ("-count", "number = -3"),
        (
            "is_email(email) and is_email('bad@') == false",
            "bool = true",
        ),
        ("lower('ÄB') == 'äb'", "bool = true"),
        ("max(deadline, 2026-04-01)", "date = 2026-04-01"),
        (
            "min(1, 'a')",
            "type 0..11: `min` needs two values of one ordered type, not number and string",
        ),
        (
            "emial == 'x'",
            "type 0..5: unknown name `emial`, did you mean `email`?",
        ),
        (
            "is_emial(email)",
            "type 0..15: unknown function `is_emial`, did you mean `is_email`?",
        ),
        ("len()", "type 0..5: `len` takes 1 argument, not 0"),
        ("exists(wf.email, 'taken@b.ee')", "bool = true"),
        ("exists(wf.email, email)", "bool = false"),
        (
            "exists(wf.nope, email)",
            "type 7..14: unknown key `wf.nope`",
        ),
        (
            "exists('x', email)",
            "type 7..10: argument 1 of `exists` must be a name",
        ),
        ("count / 0", "eval 0..9: division by zero"),
        (
            "true and 1",
            "type 9..10: `and` needs a bool, but this is a number",
        ),
        ("10:00 < 11:30", "bool = true"),
        ("sent_at < 2026-03-02T09:00:00+02:00", "bool = false"),
        (
            "count ==",
            "syntax 8..8: expected expression, found the end of the expression",
        ),
        (
            "[1, 'a']",
            "type 4..7: list items must have one type: number and string",
        ),
        (
            "string(count) + '/' + string(deadline)",
            "string = 3/2026-03-10",
        ),
        ("input.token == 'abc'", "bool = true"),
    ];
    let mut failures = Vec::new();
    for (src, expected) in cases {
        let got = run(src);
        if got != expected {
            failures.push(format!("{src}\n  expected: {expected}\n  got:      {got}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
