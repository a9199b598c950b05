//! Questionnaires: pre-translated question sets that requests carry (the
//! checked model, built by `load::questionnaire`), and the check of a set
//! of answers against one: types, choices, bounds, which questions are
//! relevant, which are required, and the constraints. Answers are kept by
//! question id and choice id, never by label, so each party reads them in
//! its own language.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use imi_expr::{NamesEnv, Type, Value};
use indexmap::IndexMap;

use crate::model::Compiled;
pub use crate::raw::questionnaire::{AnsweredBy, QuestionType, QuestionnaireTextsFile};

#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub id: String,
    /// The legislative area (package) it serves.
    pub area: String,
    pub version: u32,
    pub choice_lists: IndexMap<String, Vec<String>>,
    pub sections: Vec<Section>,
    /// Every question, those of repeat groups included, in order.
    pub questions: IndexMap<String, Question>,
    /// The texts per language.
    pub texts: BTreeMap<String, QuestionnaireTextsFile>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    /// Its questions (not those inside repeat groups).
    pub questions: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub ty: QuestionType,
    pub choices: Option<String>,
    pub required: bool,
    pub personal_data: bool,
    pub answered_by: AnsweredBy,
    pub relevant: Option<Compiled>,
    pub constraint: Option<Compiled>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// The repeat group it is part of.
    pub group: Option<String>,
    /// For a repeat group: its questions.
    pub items: Vec<String>,
}

/// What is wrong with one answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Required and relevant, but not answered.
    Required,
    /// No such question in the questionnaire.
    UnknownQuestion,
    /// The other party answers this question.
    AnsweredByOther(AnsweredBy),
    /// Answered although not relevant (its `relevant` does not hold).
    NotRelevant,
    /// The answer is not of the question's type.
    WrongType(&'static str),
    /// A choice that is not in the question's list.
    UnknownChoice(String),
    TooSmall(f64),
    TooLarge(f64),
    /// The constraint does not hold; its message is the question's
    /// `constraint` text.
    Constraint,
    /// The relevance or constraint expression failed to run.
    Failed(String),
}

impl Problem {
    /// A stable code, for API clients and forms.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::UnknownQuestion => "unknown_question",
            Problem::AnsweredByOther(_) => "answered_by_other",
            Problem::NotRelevant => "not_relevant",
            Problem::WrongType(_) => "wrong_type",
            Problem::UnknownChoice(_) => "unknown_choice",
            Problem::TooSmall(_) => "too_small",
            Problem::TooLarge(_) => "too_large",
            Problem::Constraint => "constraint",
            Problem::Failed(_) => "failed",
        }
    }

    /// A problem of answers not yet complete (a draft may have it): a
    /// required answer missing, an answer not yet consistent with the
    /// others. The rest are answers that cannot be right.
    pub fn is_incomplete(&self) -> bool {
        matches!(
            self,
            Problem::Required | Problem::Constraint | Problem::NotRelevant
        )
    }
}

/// A problem and where: `documents[2].issue_date` (items count from 1).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerProblem {
    pub path: String,
    pub question: String,
    pub problem: Problem,
}

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = &self.path;
        match &self.problem {
            Problem::Required => write!(f, "`{at}`: an answer is required"),
            Problem::UnknownQuestion => write!(f, "`{at}`: no such question"),
            Problem::AnsweredByOther(by) => write!(
                f,
                "`{at}`: answered by the {}",
                match by {
                    AnsweredBy::Requester => "requesting authority",
                    AnsweredBy::Responder => "responding authority",
                }
            ),
            Problem::NotRelevant => write!(f, "`{at}`: not asked, given the other answers"),
            Problem::WrongType(t) => write!(f, "`{at}`: expected {t}"),
            Problem::UnknownChoice(c) => write!(f, "`{at}`: `{c}` is not one of the choices"),
            Problem::TooSmall(m) => write!(f, "`{at}`: at least {m}"),
            Problem::TooLarge(m) => write!(f, "`{at}`: at most {m}"),
            Problem::Constraint => write!(f, "`{at}`: the answer breaks the question's rule"),
            Problem::Failed(m) => write!(f, "`{at}`: {m}"),
        }
    }
}

/// The answers as expressions see them: a question's id gives its answer
/// (`null` when unanswered); inside a repeat item, the item's own answers
/// come first.
fn answer_env<'a>(
    item: Option<&'a BTreeMap<String, Value>>,
    top: &'a BTreeMap<String, Value>,
    now: DateTime<Utc>,
) -> NamesEnv<impl Fn(&str) -> Option<Value> + 'a> {
    NamesEnv {
        lookup: move |name: &str| {
            item.and_then(|i| i.get(name))
                .or_else(|| top.get(name))
                .cloned()
        },
        now,
    }
}

impl Question {
    /// The type of this question's answer in expressions.
    pub fn answer_type(&self) -> Type {
        match self.ty {
            QuestionType::Text
            | QuestionType::LongText
            | QuestionType::File
            | QuestionType::SingleChoice => Type::String,
            QuestionType::Number => Type::Number,
            QuestionType::Date => Type::Date,
            QuestionType::YesNo => Type::Bool,
            QuestionType::MultipleChoice => Type::List(Box::new(Type::String)),
            QuestionType::Repeat => Type::List(Box::new(Type::Record)),
        }
    }
}

impl Questionnaire {
    /// Whether question `id` is asked given `answers` (and, inside a repeat
    /// group, the item `item`): its `relevant` (with its section's) holds.
    /// What a form shows; [`Questionnaire::check`] decides.
    pub fn is_relevant(
        &self,
        id: &str,
        answers: &BTreeMap<String, Value>,
        item: Option<&BTreeMap<String, Value>>,
        now: DateTime<Utc>,
    ) -> bool {
        let Some(relevant) = self.questions.get(id).and_then(|q| q.relevant.as_ref()) else {
            return true;
        };
        let env = answer_env(item, answers, now);
        imi_expr::eval(&relevant.expr, &env).is_ok_and(|v| v.is_true())
    }

    /// The top-level questions (not inside a repeat group) and the types of
    /// their answers: what `<answers field>.<question>` means in a workflow.
    pub fn answer_types(&self) -> BTreeMap<String, Type> {
        self.questions
            .values()
            .filter(|q| q.group.is_none())
            .map(|q| (q.id.clone(), q.answer_type()))
            .collect()
    }

    /// The questions answered by `by`, in order.
    pub fn answered_by(&self, by: AnsweredBy) -> impl Iterator<Item = &Question> {
        self.questions.values().filter(move |q| q.answered_by == by)
    }

    /// Checks the answers `by` gives (`answers`), knowing the answers
    /// already given (`given`, e.g. the requester's when the responder
    /// replies): every problem, in question order. Answers to questions of
    /// the other party are refused; relevance and constraints see both.
    pub fn check(
        &self,
        answers: &BTreeMap<String, Value>,
        given: &BTreeMap<String, Value>,
        by: AnsweredBy,
        now: DateTime<Utc>,
    ) -> Vec<AnswerProblem> {
        let all = Questionnaire::merge(given, answers);
        let mut out = Vec::new();
        for name in answers.keys() {
            match self.questions.get(name) {
                None => out.push(problem(name, name, Problem::UnknownQuestion)),
                Some(q) if q.group.is_some() => {
                    out.push(problem(name, name, Problem::UnknownQuestion))
                }
                Some(_) => {}
            }
        }
        let top: Vec<&Question> = self
            .questions
            .values()
            .filter(|q| q.group.is_none())
            .collect();
        for q in top {
            // Completeness is judged on the answers given so far together
            // with these; only these can be the other party's.
            let answer = (all.get(&q.id), answers.get(&q.id));
            self.check_one(q, &q.id, answer, None, (&all, answers), by, now, &mut out);
        }
        out
    }

    /// `given` with `answers` over it; the items of a repeat group are
    /// merged item by item (the responder's verdict on each document the
    /// requester listed). The expression language's `merge()`.
    pub fn merge(
        given: &BTreeMap<String, Value>,
        answers: &BTreeMap<String, Value>,
    ) -> BTreeMap<String, Value> {
        match imi_expr::merge(
            &Value::Record(given.clone()),
            &Value::Record(answers.clone()),
        ) {
            Value::Record(r) => r,
            _ => answers.clone(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_one(
        &self,
        q: &Question,
        path: &str,
        (answer, own): (Option<&Value>, Option<&Value>),
        item: Option<&BTreeMap<String, Value>>,
        (top, own_top): (&BTreeMap<String, Value>, &BTreeMap<String, Value>),
        by: AnsweredBy,
        now: DateTime<Utc>,
        out: &mut Vec<AnswerProblem>,
    ) {
        let answered = answer.is_some_and(|a| !is_empty(a));
        // A repeat group answered by the other party may hold questions of
        // this party (the responder's "authentic?" per document).
        let mine = q.answered_by == by || q.items.iter().any(|i| self.answers_in(i, by));
        if !mine {
            if own.is_some_and(|a| !is_empty(a)) && q.ty != QuestionType::Repeat {
                out.push(problem(
                    path,
                    &q.id,
                    Problem::AnsweredByOther(q.answered_by),
                ));
            }
            if q.ty != QuestionType::Repeat {
                return;
            }
        }
        let env = answer_env(item, top, now);
        let holds = |c: &Compiled| imi_expr::eval(&c.expr, &env).map(|v| v.is_true());
        let relevant = match q.relevant.as_ref().map(holds) {
            None => true,
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                out.push(problem(path, &q.id, Problem::Failed(e.message)));
                return;
            }
        };
        if !relevant {
            if answered {
                out.push(problem(path, &q.id, Problem::NotRelevant));
            }
            return;
        }
        let Some(answer) = answer.filter(|_| answered) else {
            if q.required && q.answered_by == by {
                out.push(problem(path, &q.id, Problem::Required));
            }
            return;
        };
        if let Some(p) = self.type_problem(q, answer) {
            out.push(problem(path, &q.id, p));
            return;
        }
        if q.ty == QuestionType::Repeat {
            let Value::List(items) = answer else { return };
            // What this party wrote in each item (the rest is the other's).
            let own = match own_top.get(&q.id) {
                Some(Value::List(own)) => own.as_slice(),
                _ => &[],
            };
            for (n, entry) in items.iter().enumerate() {
                let Value::Record(values) = entry else {
                    out.push(problem(
                        &format!("{path}[{}]", n + 1),
                        &q.id,
                        Problem::WrongType("a set of answers"),
                    ));
                    continue;
                };
                let mine = match own.get(n) {
                    Some(Value::Record(m)) => Some(m),
                    _ => None,
                };
                for name in mine.into_iter().flat_map(|m| m.keys()) {
                    if !q.items.contains(name) {
                        let at = format!("{path}[{}].{name}", n + 1);
                        out.push(problem(&at, name, Problem::UnknownQuestion));
                    }
                }
                for id in &q.items {
                    let Some(inner) = self.questions.get(id) else {
                        continue;
                    };
                    let at = format!("{path}[{}].{id}", n + 1);
                    let answer = (values.get(id), mine.and_then(|m| m.get(id)));
                    self.check_one(
                        inner,
                        &at,
                        answer,
                        Some(values),
                        (top, own_top),
                        by,
                        now,
                        out,
                    );
                }
            }
        }
        if let Some(c) = &q.constraint {
            let env = answer_env(item, top, now);
            match imi_expr::eval(&c.expr, &env) {
                Ok(v) if v.is_true() => {}
                Ok(_) => out.push(problem(path, &q.id, Problem::Constraint)),
                Err(e) => out.push(problem(path, &q.id, Problem::Failed(e.message))),
            }
        }
    }

    /// Whether `id` or a question inside it is answered by `by`.
    fn answers_in(&self, id: &str, by: AnsweredBy) -> bool {
        self.questions
            .get(id)
            .is_some_and(|q| q.answered_by == by || q.items.iter().any(|i| self.answers_in(i, by)))
    }

    /// The answer's type, choices and bounds.
    fn type_problem(&self, q: &Question, answer: &Value) -> Option<Problem> {
        use QuestionType as T;
        let bounds = |n: f64| match (q.min, q.max) {
            (Some(m), _) if n < m => Some(Problem::TooSmall(m)),
            (_, Some(m)) if n > m => Some(Problem::TooLarge(m)),
            _ => None,
        };
        let choice = |c: &str| {
            let list = q.choices.as_ref().and_then(|l| self.choice_lists.get(l));
            (!list.is_some_and(|l| l.iter().any(|x| x == c)))
                .then(|| Problem::UnknownChoice(c.to_string()))
        };
        match (q.ty, answer) {
            (T::Text | T::LongText, Value::String(s)) => bounds(s.chars().count() as f64),
            (T::File, Value::String(_)) => None,
            (T::Number, Value::Number(n)) => bounds(*n),
            (T::Date, Value::Date(_)) => None,
            (T::YesNo, Value::Bool(_)) => None,
            (T::SingleChoice, Value::String(c)) => choice(c),
            (T::MultipleChoice, Value::List(items)) => items.iter().find_map(|i| match i {
                Value::String(c) => choice(c),
                _ => Some(Problem::WrongType("a list of choices")),
            }),
            (T::Repeat, Value::List(items)) => bounds(items.len() as f64),
            (ty, _) => Some(Problem::WrongType(expected(ty))),
        }
    }

    /// Answers from JSON (`{"family_name": "Tamm", "birth_date":
    /// "1980-05-01", "documents": [{…}]}`), typed by the questions: dates
    /// from `YYYY-MM-DD`, yes/no from booleans, choices from their ids.
    /// Unknown questions and values of the wrong shape are problems.
    pub fn answers_from_json(
        &self,
        json: &serde_json::Value,
    ) -> Result<BTreeMap<String, Value>, Vec<AnswerProblem>> {
        let mut problems = Vec::new();
        let out = self.record_from_json(json, "", None, &mut problems);
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }

    fn record_from_json(
        &self,
        json: &serde_json::Value,
        prefix: &str,
        group: Option<&str>,
        problems: &mut Vec<AnswerProblem>,
    ) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        let Some(map) = json.as_object() else {
            let at = if prefix.is_empty() { "answers" } else { prefix };
            problems.push(problem(at, at, Problem::WrongType("an object of answers")));
            return out;
        };
        for (name, v) in map {
            let path = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}.{name}")
            };
            let Some(q) = self
                .questions
                .get(name)
                .filter(|q| q.group.as_deref() == group)
            else {
                problems.push(problem(&path, name, Problem::UnknownQuestion));
                continue;
            };
            match self.value_from_json(q, v, &path, problems) {
                Some(value) => {
                    out.insert(name.clone(), value);
                }
                None => problems.push(problem(&path, name, Problem::WrongType(expected(q.ty)))),
            }
        }
        out
    }

    fn value_from_json(
        &self,
        q: &Question,
        v: &serde_json::Value,
        path: &str,
        problems: &mut Vec<AnswerProblem>,
    ) -> Option<Value> {
        use serde_json::Value as J;
        use QuestionType as T;
        Some(match (q.ty, v) {
            (_, J::Null) => Value::Null,
            (T::Text | T::LongText | T::File | T::SingleChoice, J::String(s)) => {
                Value::String(s.clone())
            }
            (T::Number, J::Number(n)) => Value::Number(n.as_f64()?),
            (T::Date, J::String(s)) => Value::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?),
            (T::YesNo, J::Bool(b)) => Value::Bool(*b),
            (T::MultipleChoice, J::Array(items)) => Value::List(
                items
                    .iter()
                    .map(|i| i.as_str().map(|s| Value::String(s.to_string())))
                    .collect::<Option<Vec<_>>>()?,
            ),
            (T::Repeat, J::Array(items)) => Value::List(
                items
                    .iter()
                    .enumerate()
                    .map(|(n, item)| {
                        let at = format!("{path}[{}]", n + 1);
                        Value::Record(self.record_from_json(item, &at, Some(&q.id), problems))
                    })
                    .collect(),
            ),
            _ => return None,
        })
    }

    /// The answers without those to questions marked as personal data (in
    /// repeat items too): what may be kept after the retention period, or
    /// shown to those who may not see personal data.
    pub fn without_personal_data(
        &self,
        answers: &BTreeMap<String, Value>,
    ) -> BTreeMap<String, Value> {
        answers
            .iter()
            .filter(|(k, _)| !self.questions.get(*k).is_some_and(|q| q.personal_data))
            .map(|(k, v)| {
                let v = match v {
                    Value::List(items) => Value::List(
                        items
                            .iter()
                            .map(|i| match i {
                                Value::Record(r) => Value::Record(self.without_personal_data(r)),
                                other => other.clone(),
                            })
                            .collect(),
                    ),
                    other => other.clone(),
                };
                (k.clone(), v)
            })
            .collect()
    }

    /// The answers with those to personal-data questions replaced by `mask`
    /// (audit trails).
    pub fn masked(
        &self,
        answers: &BTreeMap<String, Value>,
        mask: &Value,
    ) -> BTreeMap<String, Value> {
        answers
            .iter()
            .map(|(k, v)| {
                let v = match (self.questions.get(k), v) {
                    (Some(q), v) if q.personal_data && !v.is_null() => mask.clone(),
                    (_, Value::List(items)) => Value::List(
                        items
                            .iter()
                            .map(|i| match i {
                                Value::Record(r) => Value::Record(self.masked(r, mask)),
                                other => other.clone(),
                            })
                            .collect(),
                    ),
                    (_, other) => other.clone(),
                };
                (k.clone(), v)
            })
            .collect()
    }

    /// The answers as JSON (the inverse of [`Questionnaire::answers_from_json`]).
    pub fn answers_to_json(answers: &BTreeMap<String, Value>) -> serde_json::Value {
        fn one(v: &Value) -> serde_json::Value {
            use serde_json::Value as J;
            match v {
                Value::Null => J::Null,
                Value::Bool(b) => J::Bool(*b),
                Value::Number(n) => serde_json::Number::from_f64(*n).map_or(J::Null, J::Number),
                Value::List(items) => J::Array(items.iter().map(one).collect()),
                Value::Record(r) => J::Object(r.iter().map(|(k, v)| (k.clone(), one(v))).collect()),
                other => J::String(other.to_string()),
            }
        }
        serde_json::Value::Object(answers.iter().map(|(k, v)| (k.clone(), one(v))).collect())
    }
}

fn problem(path: &str, question: &str, problem: Problem) -> AnswerProblem {
    AnswerProblem {
        path: path.to_string(),
        question: question.to_string(),
        problem,
    }
}

/// An answer that counts as not given: null, empty text, empty list.
fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::List(items) => items.is_empty(),
        _ => false,
    }
}

/// The answer a question type takes, in words.
fn expected(ty: QuestionType) -> &'static str {
    match ty {
        QuestionType::Text | QuestionType::LongText => "a text",
        QuestionType::Number => "a number",
        QuestionType::Date => "a date (YYYY-MM-DD)",
        QuestionType::YesNo => "yes or no (true or false)",
        QuestionType::SingleChoice => "a choice id",
        QuestionType::MultipleChoice => "a list of choice ids",
        QuestionType::File => "a file name",
        QuestionType::Repeat => "a list of items",
    }
}
