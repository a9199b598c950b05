//! Questionnaires: reads `questionnaires/<id>/questionnaire.yaml` and its
//! `texts/<lang>.yaml`, checks the questions (ids, types, choice lists,
//! bounds, relevance and constraint expressions, typed against the
//! answers) and that every text exists in every language, with no unknown
//! key; builds the model of [`crate::questionnaire`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use imi_expr::{NamesScope, Type};
use indexmap::IndexMap;

use super::workflow::hint;
use super::{is_ident, read_yaml, subdirs, Reporter};
use crate::model::Compiled;
use crate::questionnaire::{Question, Questionnaire, Section};
use crate::raw::questionnaire::{
    QuestionDef, QuestionType, QuestionnaireFile, QuestionnaireTextsFile, SectionDef,
};
use crate::source::Seg;

/// A questionnaire whose questions are checked, and the reporter of its file.
pub(crate) struct Checked {
    pub model: Questionnaire,
    pub rep: Reporter,
}

/// Reads and checks every questionnaire under `dir` (texts apart: see
/// [`check_texts`]). `areas`: the package ids.
pub(crate) fn read_all(
    dir: &Path,
    areas: &BTreeSet<String>,
    diags: &mut crate::Diagnostics,
) -> Vec<Checked> {
    let mut out: Vec<Checked> = Vec::new();
    for folder in subdirs(dir) {
        let file = folder.join("questionnaire.yaml");
        if !file.is_file() {
            continue;
        }
        let Some(loaded) = read_yaml::<QuestionnaireFile>(&file, diags) else {
            continue;
        };
        let mut rep = Reporter::new(loaded.source);
        let q = &loaded.value;
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if q.id != name {
            rep.error(
                &key(["id"]),
                format!("the id must be the folder's name, `{name}`"),
            );
        }
        if out.iter().any(|c| c.model.id == q.id) {
            rep.error(
                &key(["id"]),
                format!("duplicate questionnaire id `{}`", q.id),
            );
        }
        if !areas.contains(&q.area) {
            rep.error(
                &key(["area"]),
                format!(
                    "unknown legislative area `{}`{}",
                    q.area,
                    hint(&q.area, areas.iter().map(String::as_str))
                ),
            );
        }
        if q.version == 0 {
            rep.error(&key(["version"]), "the version counts from 1");
        }
        let model = Builder::new(q, &mut rep).build();
        out.push(Checked { model, rep });
    }
    out
}

fn key<const N: usize>(items: [&str; N]) -> Vec<Seg> {
    items.iter().map(|s| Seg::Key(s.to_string())).collect()
}

struct Builder<'a> {
    raw: &'a QuestionnaireFile,
    rep: &'a mut Reporter,
    questions: IndexMap<String, Question>,
}

impl<'a> Builder<'a> {
    fn new(raw: &'a QuestionnaireFile, rep: &'a mut Reporter) -> Self {
        Builder {
            raw,
            rep,
            questions: IndexMap::new(),
        }
    }

    fn build(mut self) -> Questionnaire {
        let raw = self.raw;
        for (list, choices) in &raw.choice_lists {
            if !is_ident(list) {
                self.rep
                    .error_key(&key(["choice_lists", list]), id_rule("list", list));
            }
            let mut seen = BTreeSet::new();
            for (i, c) in choices.iter().enumerate() {
                let at = vec![
                    Seg::Key("choice_lists".into()),
                    Seg::Key(list.clone()),
                    Seg::Index(i),
                ];
                if !is_ident(c) {
                    self.rep.error(&at, id_rule("choice", c));
                }
                if !seen.insert(c) {
                    self.rep.error(&at, format!("choice `{c}` is listed twice"));
                }
            }
            if choices.is_empty() {
                self.rep
                    .error(&key(["choice_lists", list]), "a choice list needs choices");
            }
        }
        let mut sections = Vec::new();
        let mut section_ids = BTreeSet::new();
        for (i, s) in raw.sections.iter().enumerate() {
            let at = vec![Seg::Key("sections".into()), Seg::Index(i)];
            if !is_ident(&s.id) {
                self.rep.error(&with(&at, "id"), id_rule("section", &s.id));
            }
            if !section_ids.insert(s.id.clone()) {
                self.rep
                    .error(&with(&at, "id"), format!("duplicate section id `{}`", s.id));
            }
            if s.questions.is_empty() {
                self.rep.error(&at, "a section needs questions");
            }
            let mut ids = Vec::new();
            for (j, q) in s.questions.iter().enumerate() {
                let qat = [with(&at, "questions"), vec![Seg::Index(j)]].concat();
                self.question(q, s, None, &qat);
                ids.push(q.id.clone());
            }
            sections.push(Section {
                id: s.id.clone(),
                questions: ids,
            });
        }
        if raw.sections.is_empty() {
            self.rep
                .error(&key(["sections"]), "a questionnaire needs sections");
        }
        self.expressions();
        Questionnaire {
            id: raw.id.clone(),
            area: raw.area.clone(),
            version: raw.version,
            choice_lists: raw.choice_lists.clone(),
            sections,
            questions: self.questions,
            texts: BTreeMap::new(),
        }
    }

    fn question(
        &mut self,
        q: &QuestionDef,
        section: &SectionDef,
        group: Option<&QuestionDef>,
        at: &[Seg],
    ) {
        let by = group
            .and_then(|g| g.answered_by)
            .unwrap_or(section.answered_by);
        use QuestionType as T;
        if !is_ident(&q.id) {
            self.rep.error(&with(at, "id"), id_rule("question", &q.id));
        }
        if self.questions.contains_key(&q.id) {
            self.rep.error(
                &with(at, "id"),
                format!("duplicate question id `{}` (ids are unique in the questionnaire, repeat groups included)", q.id),
            );
            return;
        }
        let choice_type = matches!(q.ty, T::SingleChoice | T::MultipleChoice);
        match (&q.choices, choice_type) {
            (None, true) => self.rep.error(
                at,
                format!("question `{}` needs `choices`: a choice list", q.id),
            ),
            (Some(_), false) => self.rep.error(
                &with(at, "choices"),
                "`choices` is only for single_choice and multiple_choice",
            ),
            (Some(list), true) if !self.raw.choice_lists.contains_key(list) => self.rep.error(
                &with(at, "choices"),
                format!(
                    "unknown choice list `{list}`{}",
                    hint(list, self.raw.choice_lists.keys().map(String::as_str))
                ),
            ),
            _ => {}
        }
        let bounded = matches!(q.ty, T::Text | T::LongText | T::Number | T::Repeat);
        for (name, bound) in [("min", q.min), ("max", q.max)] {
            if bound.is_some() && !bounded {
                self.rep.error(
                    &with(at, name),
                    format!("`{name}` is only for text, long_text, number and repeat"),
                );
            }
        }
        if let (Some(min), Some(max)) = (q.min, q.max) {
            if min > max {
                self.rep.error(
                    &with(at, "min"),
                    format!("`min` ({min}) is above `max` ({max})"),
                );
            }
        }
        if q.ty == T::Repeat {
            if group.is_some() {
                self.rep.error(at, "a repeat group cannot hold another one");
            }
            if q.questions.is_empty() {
                self.rep
                    .error(at, format!("repeat group `{}` needs `questions`", q.id));
            }
        } else if !q.questions.is_empty() {
            self.rep.error(
                &with(at, "questions"),
                "`questions` is only for repeat groups",
            );
        }
        let answered_by = q.answered_by.unwrap_or(by);
        // (A text that does not parse is reported by `expressions`.)
        let compile = |text: Option<String>| {
            let t = text?;
            let expr = imi_expr::parse(&t).ok()?;
            Some(Compiled { source: t, expr })
        };
        // A section's relevance holds for each of its questions, with theirs.
        let relevant = match (&section.relevant, &q.relevant) {
            (Some(s), Some(q)) => Some(format!("({s}) and ({q})")),
            (s, q) => s.clone().or_else(|| q.clone()),
        };
        self.questions.insert(
            q.id.clone(),
            Question {
                id: q.id.clone(),
                section: section.id.clone(),
                ty: q.ty,
                choices: q.choices.clone(),
                required: q.required,
                personal_data: q.personal_data,
                answered_by,
                relevant: compile(relevant),
                constraint: compile(q.constraint.clone()),
                min: q.min,
                max: q.max,
                group: group.map(|g| g.id.clone()),
                items: q.questions.iter().map(|i| i.id.clone()).collect(),
            },
        );
        for (k, inner) in q.questions.iter().enumerate() {
            let inner_at = [with(at, "questions"), vec![Seg::Index(k)]].concat();
            self.question(inner, section, Some(q), &inner_at);
        }
    }

    /// Parses and type-checks every `relevant` and `constraint` (after all
    /// questions are known: an expression may name a later question).
    fn expressions(&mut self) {
        let top: BTreeMap<String, Type> = self
            .questions
            .values()
            .filter(|q| q.group.is_none())
            .map(|q| (q.id.clone(), q.answer_type()))
            .collect();
        let mut found = Vec::new();
        locate(&self.raw.sections, &mut found);
        for (def, at) in found {
            let mut names = top.clone();
            let group = self.questions.get(&def.id).and_then(|q| q.group.clone());
            if let Some(g) = group.as_ref().and_then(|g| self.questions.get(g)) {
                for i in &g.items {
                    if let Some(iq) = self.questions.get(i) {
                        names.insert(i.clone(), iq.answer_type());
                    }
                }
            }
            // Names in a question's expressions: the questionnaire's top-level
            // questions, and inside a repeat group the group's questions too.
            let scope = NamesScope {
                names: &names,
                what: "question",
            };
            for (name, source) in [("relevant", &def.relevant), ("constraint", &def.constraint)] {
                if let Some(source) = source {
                    condition(self.rep, &with(&at, name), source, &scope);
                }
            }
        }
        // A section's relevance names the top-level questions.
        let scope = NamesScope {
            names: &top,
            what: "question",
        };
        for (i, s) in self.raw.sections.iter().enumerate() {
            if let Some(source) = &s.relevant {
                let at = vec![
                    Seg::Key("sections".into()),
                    Seg::Index(i),
                    Seg::Key("relevant".into()),
                ];
                condition(self.rep, &at, source, &scope);
            }
        }
    }
}

/// Reports what is wrong with the condition `source` at `at`.
fn condition(rep: &mut Reporter, at: &[Seg], source: &str, scope: &NamesScope) {
    match imi_expr::parse(source) {
        Err(e) => rep.expr_error(at, e.span.start, e.message),
        Ok(expr) => {
            if let Err(errors) = imi_expr::check_as(&expr, scope, &Type::Bool) {
                for e in errors {
                    rep.expr_error(at, e.span.start, e.message);
                }
            }
        }
    }
}

/// Every question of the file with its place.
fn locate<'q>(
    sections: &'q [crate::raw::questionnaire::SectionDef],
    out: &mut Vec<(&'q QuestionDef, Vec<Seg>)>,
) {
    fn walk<'q>(qs: &'q [QuestionDef], at: Vec<Seg>, out: &mut Vec<(&'q QuestionDef, Vec<Seg>)>) {
        for (j, q) in qs.iter().enumerate() {
            let qat = [at.clone(), vec![Seg::Index(j)]].concat();
            walk(&q.questions, with(&qat, "questions"), out);
            out.push((q, qat));
        }
    }
    for (i, s) in sections.iter().enumerate() {
        walk(
            &s.questions,
            vec![
                Seg::Key("sections".into()),
                Seg::Index(i),
                Seg::Key("questions".into()),
            ],
            out,
        );
    }
}

fn with(at: &[Seg], k: &str) -> Vec<Seg> {
    let mut v = at.to_vec();
    v.push(Seg::Key(k.to_string()));
    v
}

fn id_rule(what: &str, id: &str) -> String {
    format!("{what} id `{id}`: use lower-case letters, digits and `_`, starting with a letter")
}

/// Reads `texts/<lang>.yaml` of each questionnaire in every language and
/// checks that each has exactly the texts its questions need: a title per
/// section, a label per question, a constraint message per constraint, the
/// hints English gives, a text per choice. Fills the model's texts.
pub(crate) fn check_texts(
    dir: &Path,
    checked: &mut [Checked],
    languages: &[String],
    diags: &mut crate::Diagnostics,
) {
    for c in checked.iter_mut() {
        let folder = dir.join(&c.model.id).join("texts");
        let mut texts = BTreeMap::new();
        for lang in languages {
            let file = folder.join(format!("{lang}.yaml"));
            if !file.is_file() {
                diags.push(crate::Diagnostic::error(
                    &c.rep.source.path,
                    c.rep.source.key_pos(&key(["id"])),
                    format!(
                        "questionnaire `{}` has no texts in `{lang}`: {} is missing",
                        c.model.id,
                        file.display()
                    ),
                ));
                continue;
            }
            if let Some(loaded) = read_yaml::<QuestionnaireTextsFile>(&file, diags) {
                texts.insert(lang.clone(), (loaded.source, loaded.value));
            }
        }
        let hinted: BTreeSet<String> = texts
            .get("en")
            .map(|(_, t)| {
                t.questions
                    .iter()
                    .filter(|(_, q)| q.hint.is_some())
                    .map(|(id, _)| id.clone())
                    .collect()
            })
            .unwrap_or_default();
        for (lang, (source, t)) in &texts {
            let mut rep = Reporter::new(source.clone());
            check_one_language(&c.model, lang, t, &hinted, &mut rep);
            diags.0.extend(rep.diags);
        }
        c.model.texts = texts.into_iter().map(|(l, (_, t))| (l, t)).collect();
    }
}

fn check_one_language(
    q: &Questionnaire,
    lang: &str,
    t: &QuestionnaireTextsFile,
    hinted: &BTreeSet<String>,
    rep: &mut Reporter,
) {
    let missing = |what: String| format!("missing {what} in `{lang}`");
    let empty = |s: &str| s.trim().is_empty();
    if empty(&t.title) {
        rep.error(&key(["title"]), "the title is empty");
    }
    for s in &q.sections {
        match t.sections.get(&s.id) {
            None => rep.error_key(
                &key(["sections"]),
                missing(format!("the title of section `{}`", s.id)),
            ),
            Some(st) if empty(&st.title) => {
                rep.error(&key(["sections", &s.id, "title"]), "empty text")
            }
            _ => {}
        }
    }
    for id in t.sections.keys() {
        if !q.sections.iter().any(|s| &s.id == id) {
            rep.error_key(
                &key(["sections", id]),
                format!("no section `{id}` in questionnaire `{}`", q.id),
            );
        }
    }
    for question in q.questions.values() {
        let id = &question.id;
        let Some(qt) = t.questions.get(id) else {
            rep.error_key(
                &key(["questions"]),
                missing(format!("the label of question `{id}`")),
            );
            continue;
        };
        if empty(&qt.label) {
            rep.error(&key(["questions", id, "label"]), "empty text");
        }
        match (&question.constraint, &qt.constraint) {
            (Some(_), None) => rep.error(
                &key(["questions", id]),
                missing(format!("the constraint message of question `{id}`")),
            ),
            (None, Some(_)) => rep.error_key(
                &key(["questions", id, "constraint"]),
                format!("question `{id}` has no constraint, so no message"),
            ),
            _ => {}
        }
        if hinted.contains(id) && qt.hint.is_none() {
            rep.error(
                &key(["questions", id]),
                missing(format!("the hint of question `{id}` (English has one)")),
            );
        }
    }
    for id in t.questions.keys() {
        if !q.questions.contains_key(id) {
            rep.error_key(
                &key(["questions", id]),
                format!(
                    "no question `{id}` in questionnaire `{}`{}",
                    q.id,
                    hint(id, q.questions.keys().map(String::as_str))
                ),
            );
        }
    }
    for (list, choices) in &q.choice_lists {
        let texts = t.choices.get(list);
        for c in choices {
            if texts.and_then(|m| m.get(c)).is_none_or(|s| empty(s)) {
                let at = if texts.is_some() {
                    key(["choices", list])
                } else {
                    key(["choices"])
                };
                rep.error_key(
                    &at,
                    missing(format!("the text of choice `{c}` of list `{list}`")),
                );
            }
        }
        for c in texts.into_iter().flat_map(|m| m.keys()) {
            if !choices.contains(c) {
                rep.error_key(
                    &key(["choices", list, c]),
                    format!("no choice `{c}` in list `{list}`"),
                );
            }
        }
    }
    for list in t.choices.keys() {
        if !q.choice_lists.contains_key(list) {
            rep.error_key(&key(["choices", list]), format!("no choice list `{list}`"));
        }
    }
}
