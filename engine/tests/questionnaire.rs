//! Questionnaires: what `imi check` says of a faulty one (with the place of
//! each fault), and the check of answers: types, choices, bounds,
//! relevance, required questions, constraints, repeat groups, and which
//! party answers what.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::copy_dir;

use std::collections::BTreeMap;
use std::path::Path;

use imi_engine::questionnaire::{AnswerProblem, AnsweredBy, Problem, Questionnaire};
use imi_engine::{load, Layout, Severity};
use imi_expr::Value;

const QUESTIONNAIRE: &str = r#"id: check
area: demo
version: 1
choice_lists:
  verdicts: ["yes", "no", "unknown"]
  kinds: [diploma, certificate]
sections:
  - id: person
    questions:
      - id: name
        type: text
        required: true
        personal_data: true
        max: 20
      - id: birth_date
        type: date
        constraint: "birth_date < date(now())"
      - id: years
        type: number
        min: 0
        max: 70
      - id: topics
        type: multiple_choice
        choices: kinds
      - id: documents
        type: repeat
        max: 2
        questions:
          - id: kind
            type: single_choice
            choices: kinds
            required: true
          - id: issued
            type: date
            constraint: "birth_date == null or issued > birth_date"
          - id: authentic
            type: single_choice
            choices: verdicts
            answered_by: responder
  - id: answer
    answered_by: responder
    questions:
      - id: sanctions
        type: single_choice
        choices: verdicts
        required: true
      - id: details
        type: long_text
        relevant: "sanctions == 'yes'"
        required: true
"#;

const TEXTS: &str = r#"title: A check
sections:
  person: { title: The person }
  answer: { title: The answer }
questions:
  name: { label: Name, hint: As in the passport }
  birth_date: { label: Date of birth, constraint: In the past }
  years: { label: Years }
  topics: { label: Topics }
  documents: { label: Documents }
  kind: { label: Kind }
  issued: { label: Issued, constraint: After the birth }
  authentic: { label: Authentic? }
  sanctions: { label: Sanctions }
  details: { label: Details }
choices:
  verdicts: { "yes": "Yes", "no": "No", unknown: Not known }
  kinds: { diploma: Diploma, certificate: Certificate }
"#;

/// The mini fixture (one area, English only) with a questionnaire whose
/// files are `questionnaire` and `texts` (English).
fn project(questionnaire: &str, texts: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"),
        dir.path(),
    );
    let q = dir.path().join("questionnaires/check");
    std::fs::create_dir_all(q.join("texts")).unwrap();
    std::fs::write(q.join("questionnaire.yaml"), questionnaire).unwrap();
    std::fs::write(q.join("texts/en.yaml"), texts).unwrap();
    dir
}

/// The errors `imi check` reports, as `file:line: message`.
fn errors(questionnaire: &str, texts: &str) -> Vec<String> {
    let dir = project(questionnaire, texts);
    load(&Layout::find(dir.path()))
        .diagnostics
        .0
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            format!(
                "{}:{}: {}",
                d.file.file_name().unwrap().to_string_lossy(),
                d.position.line,
                d.message
            )
        })
        .collect()
}

fn questionnaire() -> std::sync::Arc<Questionnaire> {
    let dir = project(QUESTIONNAIRE, TEXTS);
    let result = load(&Layout::find(dir.path()));
    let defs = result
        .definitions
        .unwrap_or_else(|| panic!("{:?}", result.diagnostics.0));
    defs.questionnaires["check"].clone()
}

#[test]
fn a_sound_questionnaire_loads_with_its_texts() {
    let q = questionnaire();
    assert_eq!(q.area, "demo");
    assert_eq!(q.sections.len(), 2);
    assert_eq!(q.questions.len(), 10);
    assert_eq!(q.questions["authentic"].answered_by, AnsweredBy::Responder);
    assert_eq!(q.questions["details"].answered_by, AnsweredBy::Responder);
    assert_eq!(q.questions["kind"].group.as_deref(), Some("documents"));
    assert_eq!(q.texts["en"].questions["name"].label, "Name");
}

#[test]
fn faults_in_the_questions_are_reported_where_they_are() {
    let broken = QUESTIONNAIRE
        .replace("area: demo", "area: dmeo")
        .replace(
            "choices: kinds\n            required",
            "choices: kindz\n            required",
        )
        .replace("birth_date < date(now())", "birth_dat < date(now())")
        .replace("sanctions == 'yes'", "sanctions + 1")
        .replace("        max: 70", "        max: 70\n        choices: kinds");
    assert_eq!(
        errors(&broken, TEXTS),
        [
            "questionnaire.yaml:2: unknown legislative area `dmeo`, did you mean `demo`?",
            "questionnaire.yaml:17: unknown question `birth_dat`, did you mean `birth_date`?",
            "questionnaire.yaml:22: `choices` is only for single_choice and multiple_choice",
            "questionnaire.yaml:32: unknown choice list `kindz`, did you mean `kinds`?",
            "questionnaire.yaml:50: cannot apply `+` to a string and a number",
        ]
    );
}

#[test]
fn missing_and_unknown_texts_are_errors() {
    let texts = TEXTS
        .replace("  years: { label: Years }\n", "")
        .replace(", constraint: After the birth", "")
        .replace("unknown: Not known", "unknown: Not known, maybe: Maybe")
        .replace(
            "  details: { label: Details }",
            "  details: { label: Details }\n  detail: { label: Oops }",
        );
    let errs = errors(QUESTIONNAIRE, &texts);
    for e in [
        "en.yaml:5: missing the label of question `years` in `en`",
        "missing the constraint message of question `issued` in `en`",
        "no choice `maybe` in list `verdicts`",
        "no question `detail` in questionnaire `check`, did you mean `details`?",
    ] {
        assert!(errs.iter().any(|x| x.contains(e)), "`{e}` not in {errs:#?}");
    }
    // A language without its file.
    let dir = project(QUESTIONNAIRE, TEXTS);
    std::fs::remove_file(dir.path().join("questionnaires/check/texts/en.yaml")).unwrap();
    let result = load(&Layout::find(dir.path()));
    assert!(result.definitions.is_none());
    assert!(result
        .diagnostics
        .0
        .iter()
        .any(|d| d.message.contains("has no texts in `en`")));
}

fn answers(json: serde_json::Value) -> BTreeMap<String, Value> {
    questionnaire().answers_from_json(&json).unwrap()
}

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

fn problems(q: &Questionnaire, json: serde_json::Value, by: AnsweredBy) -> Vec<(String, Problem)> {
    let given = BTreeMap::new();
    let a = q.answers_from_json(&json).unwrap();
    q.check(&a, &given, by, now())
        .into_iter()
        .map(|p: AnswerProblem| (p.path, p.problem))
        .collect()
}

#[test]
fn the_requesters_answers_are_checked() {
    let q = questionnaire();
    let ok = serde_json::json!({
        "name": "Mari Tamm",
        "birth_date": "1980-05-01",
        "years": 12,
        "topics": ["diploma"],
        "documents": [{"kind": "diploma", "issued": "2004-06-20"}]
    });
    assert_eq!(problems(&q, ok, AnsweredBy::Requester), []);
    let bad = serde_json::json!({
        "birth_date": "2030-01-01",
        "years": 80,
        "topics": ["passport"],
        "documents": [
            {"kind": "diploma", "issued": "2020-01-01", "authentic": "yes"},
            {"issued": "2029-01-01"},
            {"kind": "certificate"}
        ],
        "sanctions": "no"
    });
    let found = problems(&q, bad, AnsweredBy::Requester);
    let expect: Vec<(String, Problem)> = vec![
        ("name".into(), Problem::Required),
        ("birth_date".into(), Problem::Constraint),
        ("years".into(), Problem::TooLarge(70.0)),
        ("topics".into(), Problem::UnknownChoice("passport".into())),
        ("documents".into(), Problem::TooLarge(2.0)),
        (
            "sanctions".into(),
            Problem::AnsweredByOther(AnsweredBy::Responder),
        ),
    ];
    assert_eq!(found, expect);
    // Within the bounds, each item is checked, seeing the item's and the
    // questionnaire's answers.
    let items = serde_json::json!({
        "name": "Mari Tamm",
        "birth_date": "2000-01-01",
        "documents": [
            {"kind": "diploma", "issued": "1999-01-01", "authentic": "yes"},
            {"issued": "2020-01-01"}
        ]
    });
    assert_eq!(
        problems(&q, items, AnsweredBy::Requester),
        vec![
            ("documents[1].issued".into(), Problem::Constraint),
            (
                "documents[1].authentic".into(),
                Problem::AnsweredByOther(AnsweredBy::Responder)
            ),
            ("documents[2].kind".into(), Problem::Required),
        ]
    );
}

#[test]
fn the_responder_answers_its_questions_and_relevance_decides_what_is_asked() {
    let q = questionnaire();
    let given = answers(serde_json::json!({
        "name": "Mari Tamm",
        "documents": [{"kind": "diploma"}, {"kind": "certificate"}]
    }));
    let check = |json: serde_json::Value| -> Vec<(String, Problem)> {
        let a = q.answers_from_json(&json).unwrap();
        q.check(&a, &given, AnsweredBy::Responder, now())
            .into_iter()
            .map(|p| (p.path, p.problem))
            .collect()
    };
    assert_eq!(check(serde_json::json!({"sanctions": "no"})), []);
    // Its verdict on each document the requester listed, item by item.
    assert_eq!(
        check(serde_json::json!({
            "sanctions": "no",
            "documents": [{"authentic": "yes"}, {"authentic": "unknown"}]
        })),
        []
    );
    assert_eq!(
        check(serde_json::json!({
            "sanctions": "no",
            "documents": [{"authentic": "yes", "kind": "certificate"}]
        })),
        vec![(
            "documents[1].kind".to_string(),
            Problem::AnsweredByOther(AnsweredBy::Requester)
        )]
    );
    let merged = Questionnaire::merge(
        &given,
        &answers(serde_json::json!({"documents": [{"authentic": "no"}]})),
    );
    assert_eq!(
        Questionnaire::answers_to_json(&merged)["documents"],
        serde_json::json!([{"kind": "diploma", "authentic": "no"}, {"kind": "certificate"}])
    );
    // Details are asked only when there were sanctions: required then,
    // refused otherwise.
    assert_eq!(
        check(serde_json::json!({"sanctions": "yes"})),
        vec![("details".to_string(), Problem::Required)]
    );
    assert_eq!(
        check(serde_json::json!({"sanctions": "no", "details": "x"})),
        vec![("details".to_string(), Problem::NotRelevant)]
    );
    assert_eq!(
        check(serde_json::json!({"sanctions": "no", "name": "Someone else"})),
        vec![(
            "name".to_string(),
            Problem::AnsweredByOther(AnsweredBy::Requester)
        )]
    );
}

#[test]
fn answers_of_the_wrong_shape_are_refused_with_their_place() {
    let q = questionnaire();
    let err = q
        .answers_from_json(&serde_json::json!({
            "birth_date": "01.05.1980",
            "nmae": "x",
            "documents": [{"kind": 3, "colour": "red"}]
        }))
        .unwrap_err();
    let said: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "`birth_date`: expected a date (YYYY-MM-DD)",
            "`documents[1].colour`: no such question",
            "`documents[1].kind`: expected a choice id",
            "`nmae`: no such question",
        ]
    );
    // And back to JSON unchanged.
    let json = serde_json::json!({"birth_date": "1980-05-01", "topics": ["diploma"], "years": 3.0});
    let a = q.answers_from_json(&json).unwrap();
    assert_eq!(Questionnaire::answers_to_json(&a), json);
}

/// The questionnaire with its responder section asked only about diplomas.
fn with_section_relevance(condition: &str) -> String {
    QUESTIONNAIRE.replace(
        "  - id: answer\n    answered_by: responder\n",
        &format!("  - id: answer\n    answered_by: responder\n    relevant: \"{condition}\"\n"),
    )
}

#[test]
fn a_section_is_asked_only_when_its_relevance_holds() {
    let dir = project(&with_section_relevance("'diploma' in topics"), TEXTS);
    let result = load(&Layout::find(dir.path()));
    let q = result.definitions.unwrap().questionnaires["check"].clone();
    let check = |topics: serde_json::Value, reply: serde_json::Value| -> Vec<(String, Problem)> {
        let given = answers(serde_json::json!({"name": "Mari Tamm", "topics": topics}));
        let a = q.answers_from_json(&reply).unwrap();
        q.check(&a, &given, AnsweredBy::Responder, now())
            .into_iter()
            .map(|p| (p.path, p.problem))
            .collect()
    };
    // Asked: its required question must be answered, and its own
    // relevance still applies.
    assert_eq!(
        check(serde_json::json!(["diploma"]), serde_json::json!({})),
        vec![("sanctions".to_string(), Problem::Required)]
    );
    assert_eq!(
        check(
            serde_json::json!(["diploma"]),
            serde_json::json!({"sanctions": "yes"})
        ),
        vec![("details".to_string(), Problem::Required)]
    );
    // Not asked: nothing is required, and an answer is refused.
    assert_eq!(
        check(serde_json::json!(["certificate"]), serde_json::json!({})),
        []
    );
    assert_eq!(
        check(
            serde_json::json!(["certificate"]),
            serde_json::json!({"sanctions": "no"})
        ),
        vec![("sanctions".to_string(), Problem::NotRelevant)]
    );
}

#[test]
fn a_faulty_section_relevance_is_reported_where_it_is() {
    assert_eq!(
        errors(&with_section_relevance("'diploma' in topic"), TEXTS),
        ["questionnaire.yaml:42: unknown question `topic`, did you mean `topics`?"]
    );
    assert_eq!(
        errors(&with_section_relevance("len(topics)"), TEXTS),
        ["questionnaire.yaml:42: expected a bool, but this is a number"]
    );
}

#[test]
fn a_workflow_names_answers_by_question_and_sets_them_with_with_and_free_text_is_checked() {
    let dir = project(QUESTIONNAIRE, TEXTS);
    let workflow = r#"id: asking
parties:
  owner: { kind: authority }
fields:
  answers: { type: answers, questionnaire: check }
  note: { type: string }
  rating: { type: number, free_text: true }
states:
  open: {}
starts:
  open:
    by: owner
    role: clerk
    inputs:
      topics: { type: strings, free_text: true }
    guard: "len(difference(answers.topics, input.topics)) == 0 and answers.years > 1"
    effects:
      - set:
          answers: "with(answers, 'topics', input.topics)"
          note: "answers.nmae"
      - set: { answers: "with(answers, 'topicz', input.topics)" }
      - set: { answers: "with(answers, 'years', 'many')" }
      - set: { answers: "with(answers, 'kind', 'diploma')" }
    to: open
"#;
    std::fs::write(
        dir.path().join("definitions/demo/workflows/asking.yaml"),
        workflow,
    )
    .unwrap();
    let found: Vec<String> = load(&Layout::find(dir.path()))
        .diagnostics
        .0
        .iter()
        .filter(|d| d.severity == Severity::Error && !d.message.contains("text `"))
        .map(|d| format!("{}: {}", d.position.line, d.message))
        .collect();
    assert_eq!(
        found,
        [
            "7: `free_text` is for a string that is not personal data (personal data never goes to a translation service)",
            "15: input `topics` is not a string: only text is free text",
            "20: no question `nmae` in the questionnaire of `answers` (only questions outside repeat groups are named), did you mean `name`?",
            "21: no question `topicz` in the questionnaire of `answers`, did you mean `topics`?",
            "22: the answer to `years` is a number, not a string",
            "23: no question `kind` in the questionnaire of `answers`",
        ]
    );
}
