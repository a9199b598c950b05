//! The shipped questionnaires: complete in all 24 languages, every question
//! type used, and a realistic exchange of each (the requester's answers,
//! then the responder's) passes the check, while typical mistakes are
//! caught.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use imi_engine::questionnaire::{AnsweredBy, Problem, QuestionType, Questionnaire};
use imi_engine::{load, Layout};
use serde_json::json;

fn shipped() -> BTreeMap<String, Arc<Questionnaire>> {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let result = load(&Layout::find(root));
    let defs = result
        .definitions
        .unwrap_or_else(|| panic!("{:#?}", result.diagnostics.0));
    defs.questionnaires
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

/// The problems of `by`'s answers, given the answers already given.
fn problems(
    q: &Questionnaire,
    given: &serde_json::Value,
    answers: &serde_json::Value,
    by: AnsweredBy,
) -> Vec<(String, Problem)> {
    let given = q.answers_from_json(given).unwrap();
    let answers = q.answers_from_json(answers).unwrap();
    q.check(&answers, &given, by, now())
        .into_iter()
        .map(|p| (p.path, p.problem))
        .collect()
}

#[test]
fn both_areas_have_a_questionnaire_in_all_24_languages() {
    let all = shipped();
    let areas: Vec<&str> = all.values().map(|q| q.area.as_str()).collect();
    assert!(areas.contains(&"professional-qualifications"), "{areas:?}");
    assert!(areas.contains(&"services"), "{areas:?}");
    for q in all.values() {
        assert_eq!(q.texts.len(), 24, "{}", q.id);
        assert!((15..=35).contains(&q.questions.len()), "{}", q.id);
        assert!(q.questions.values().any(|x| x.personal_data), "{}", q.id);
        for by in [AnsweredBy::Requester, AnsweredBy::Responder] {
            assert!(q.answered_by(by).next().is_some(), "{} {by:?}", q.id);
        }
    }
    // Every question type is used somewhere.
    for ty in [
        QuestionType::Text,
        QuestionType::LongText,
        QuestionType::Number,
        QuestionType::Date,
        QuestionType::YesNo,
        QuestionType::SingleChoice,
        QuestionType::MultipleChoice,
        QuestionType::File,
        QuestionType::Repeat,
    ] {
        assert!(
            all.values()
                .any(|q| q.questions.values().any(|x| x.ty == ty)),
            "{ty:?}"
        );
    }
}

#[test]
fn a_professional_qualifications_exchange() {
    let all = shipped();
    let q = &all["pq-request"];
    let request = json!({
        "family_name": "Tamm",
        "given_names": "Mari",
        "birth_date": "1985-03-14",
        "nationality": "Estonian",
        "profession": "nurse",
        "practice_basis": "establishment",
        "information_requested": ["document_authenticity", "legal_establishment", "sanctions"],
        "qualification_title": "Õde (rakenduskõrgharidus)",
        "awarding_body": "Tallinna Tervishoiu Kõrgkool",
        "date_awarded": "2008-06-20",
        "documents": [{"document_kind": "diploma", "document_file": "diploma.pdf"}]
    });
    assert_eq!(problems(q, &json!({}), &request, AnsweredBy::Requester), []);
    let reply = json!({
        "legally_established": true,
        "established_since": "2008-09-01",
        "suspension_or_prohibition": false,
        "sanctions": "no",
        "documents": [{"document_authentic": "yes"}]
    });
    assert_eq!(problems(q, &request, &reply, AnsweredBy::Responder), []);
    // Mistakes: "other" profession not named; sanctions without details;
    // a diploma awarded before the birth.
    let mut wrong = request.clone();
    wrong["profession"] = json!("other");
    wrong["date_awarded"] = json!("1980-01-01");
    let found = problems(q, &json!({}), &wrong, AnsweredBy::Requester);
    assert!(
        found.contains(&("profession_other".into(), Problem::Required)),
        "{found:?}"
    );
    assert!(
        found.contains(&("date_awarded".into(), Problem::Constraint)),
        "{found:?}"
    );
    let found = problems(
        q,
        &request,
        &json!({"legally_established": true, "suspension_or_prohibition": false, "sanctions": "yes"}),
        AnsweredBy::Responder,
    );
    assert_eq!(found, [("sanction_details".into(), Problem::Required)]);
}

#[test]
fn a_services_exchange() {
    let all = shipped();
    let q = &all["services-request"];
    let request = json!({
        "provider_kind": "company",
        "company_name": "Lusitano Obras Lda",
        "company_registration_number": "PT-509876543",
        "provider_address": "Rua Augusta 10, Lisboa",
        "information_requested": ["establishment", "authorisations", "insurance", "sanctions_prohibitions"]
    });
    assert_eq!(problems(q, &json!({}), &request, AnsweredBy::Requester), []);
    // Names of a natural person are not asked about a company.
    let mut wrong = request.clone();
    wrong["provider_family_name"] = json!("Silva");
    assert_eq!(
        problems(q, &json!({}), &wrong, AnsweredBy::Requester),
        [("provider_family_name".into(), Problem::NotRelevant)]
    );
    let reply = json!({
        "legally_established": true,
        "register_name": "Registo Comercial",
        "authorisations": [{
            "authorised_activity": "Construction",
            "date_issued": "2020-01-10",
            "valid_until": "2030-01-10"
        }],
        "insurance_held": true,
        "sanctions": "no",
        "prohibitions": "yes",
        "prohibited_activities": ["other"],
        "prohibited_activities_other": "Asbestos removal"
    });
    assert_eq!(problems(q, &request, &reply, AnsweredBy::Responder), []);
    let mut wrong = reply.clone();
    wrong["authorisations"][0]["valid_until"] = json!("2019-01-01");
    wrong["prohibited_activities_other"] = json!(null);
    assert_eq!(
        problems(q, &request, &wrong, AnsweredBy::Responder),
        [
            ("authorisations[1].valid_until".into(), Problem::Constraint),
            ("prohibited_activities_other".into(), Problem::Required),
        ]
    );
}
