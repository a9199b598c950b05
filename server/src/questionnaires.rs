//! `GET /api/questionnaires` and `GET /api/questionnaires/{id}`: the
//! pre-translated question sets, for every logged-in user, in the caller's
//! language (or `lang`): what a form or a client needs to show the
//! questions, their choices and their rules.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use imi_engine::questionnaire::{AnsweredBy, QuestionType, Questionnaire};
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::json::invalid;
use crate::login::{blocking, err, session_actor};
use crate::search::account_language;
use crate::{AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(one))
        .routes(routes!(answers))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangParam {
    /// The language of the texts (default: your account's language).
    pub lang: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct QuestionnaireSummary {
    pub id: String,
    pub area: String,
    pub version: u32,
    pub title: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct QuestionnaireView {
    pub id: String,
    pub area: String,
    pub version: u32,
    pub lang: String,
    pub title: String,
    pub sections: Vec<SectionView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SectionView {
    pub id: String,
    pub title: String,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct QuestionView {
    pub id: String,
    /// `text`, `long_text`, `number`, `date`, `yes_no`, `single_choice`,
    /// `multiple_choice`, `file` or `repeat`.
    #[serde(rename = "type")]
    pub ty: String,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    pub required: bool,
    pub personal_data: bool,
    /// `requester` or `responder`.
    pub answered_by: String,
    /// Expression: asked only when it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    /// Expression the answer must satisfy, and the message when it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constraint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constraint_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<ChoiceView>,
    /// For a repeat group: the questions of each item.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(no_recursion)]
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ChoiceView {
    pub id: String,
    pub label: String,
}

/// The language asked for, else the account's, else English.
fn language(
    state: &AppState,
    headers: &HeaderMap,
    lang: Option<String>,
) -> Result<String, AppError> {
    let actor = session_actor(state, headers)?;
    let defs = state.engine.definitions();
    let lang = lang
        .or_else(|| account_language(state, &actor))
        .unwrap_or_else(|| "en".into());
    if !defs.languages.contains(&lang) {
        return Err(invalid(
            "lang",
            format!(
                "`{lang}` is not one of the languages ({})",
                defs.languages.join(", ")
            ),
        ));
    }
    Ok(lang)
}

/// The questionnaires, with their titles in your language.
#[utoipa::path(get, path = "/questionnaires", tag = "questionnaires",
    params(LangParam),
    responses(
        (status = OK, body = Vec<QuestionnaireSummary>),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<LangParam>,
) -> Result<Json<Vec<QuestionnaireSummary>>, AppError> {
    blocking(move || {
        let lang = language(&state, &headers, p.lang)?;
        let defs = state.engine.definitions();
        Ok(Json(
            defs.questionnaires
                .values()
                .map(|q| QuestionnaireSummary {
                    id: q.id.clone(),
                    area: q.area.clone(),
                    version: q.version,
                    title: q
                        .texts
                        .get(&lang)
                        .map(|t| t.title.clone())
                        .unwrap_or_default(),
                })
                .collect(),
        ))
    })
    .await
}

/// One questionnaire in your language: sections, questions, choices, rules.
#[utoipa::path(get, path = "/questionnaires/{id}", tag = "questionnaires",
    params(("id" = String, Path, description = "questionnaire id"), LangParam),
    responses(
        (status = OK, body = QuestionnaireView),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn one(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(p): Query<LangParam>,
) -> Result<Json<QuestionnaireView>, AppError> {
    blocking(move || {
        let lang = language(&state, &headers, p.lang)?;
        let defs = state.engine.definitions();
        let q = defs.questionnaires.get(&id).ok_or_else(|| {
            err(
                StatusCode::NOT_FOUND,
                "not_found",
                &format!("no questionnaire `{id}`"),
            )
        })?;
        Ok(Json(view(q, &lang)))
    })
    .await
}

fn view(q: &Questionnaire, lang: &str) -> QuestionnaireView {
    // `imi check` guarantees every text in every language.
    let texts = q.texts.get(lang).or_else(|| q.texts.get("en"));
    let question = |id: &str| question_view(q, texts, id);
    QuestionnaireView {
        id: q.id.clone(),
        area: q.area.clone(),
        version: q.version,
        lang: lang.to_string(),
        title: texts.map(|t| t.title.clone()).unwrap_or_default(),
        sections: q
            .sections
            .iter()
            .map(|s| SectionView {
                id: s.id.clone(),
                title: texts
                    .and_then(|t| t.sections.get(&s.id))
                    .map(|t| t.title.clone())
                    .unwrap_or_default(),
                questions: s.questions.iter().filter_map(|id| question(id)).collect(),
            })
            .collect(),
    }
}

fn question_view(
    q: &Questionnaire,
    texts: Option<&imi_engine::questionnaire::QuestionnaireTextsFile>,
    id: &str,
) -> Option<QuestionView> {
    let question = q.questions.get(id)?;
    let t = texts.and_then(|t| t.questions.get(id));
    let choices = question
        .choices
        .as_ref()
        .and_then(|list| Some((list, q.choice_lists.get(list)?)))
        .map(|(list, ids)| {
            ids.iter()
                .map(|c| ChoiceView {
                    id: c.clone(),
                    label: texts
                        .and_then(|t| t.choices.get(list)?.get(c))
                        .cloned()
                        .unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    Some(QuestionView {
        id: id.to_string(),
        ty: type_name(question.ty).to_string(),
        label: t.map(|t| t.label.clone()).unwrap_or_default(),
        hint: t.and_then(|t| t.hint.clone()),
        required: question.required,
        personal_data: question.personal_data,
        answered_by: match question.answered_by {
            AnsweredBy::Requester => "requester",
            AnsweredBy::Responder => "responder",
        }
        .to_string(),
        relevant: question.relevant.as_ref().map(|c| c.source.clone()),
        constraint: question.constraint.as_ref().map(|c| c.source.clone()),
        constraint_message: t.and_then(|t| t.constraint.clone()),
        min: question.min,
        max: question.max,
        choices,
        questions: question
            .items
            .iter()
            .filter_map(|i| question_view(q, texts, i))
            .collect(),
    })
}

fn type_name(ty: QuestionType) -> &'static str {
    match ty {
        QuestionType::Text => "text",
        QuestionType::LongText => "long_text",
        QuestionType::Number => "number",
        QuestionType::Date => "date",
        QuestionType::YesNo => "yes_no",
        QuestionType::SingleChoice => "single_choice",
        QuestionType::MultipleChoice => "multiple_choice",
        QuestionType::File => "file",
        QuestionType::Repeat => "repeat",
    }
}

/// The answers of an instance in a language: each answers field as its
/// questionnaire's sections and questions, with the answer and, for
/// choices, their labels.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AnswersView {
    /// The answers field.
    pub field: String,
    pub questionnaire: String,
    pub lang: String,
    pub title: String,
    pub sections: Vec<AnsweredSection>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AnsweredSection {
    pub id: String,
    pub title: String,
    pub questions: Vec<AnsweredQuestion>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AnsweredQuestion {
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub personal_data: bool,
    pub answered_by: String,
    /// As stored: a text, number, date, `true`/`false`, choice id(s); null
    /// when not answered (or not shown to the caller: personal data).
    #[schema(value_type = Object)]
    pub answer: serde_json::Value,
    /// For choices: the chosen options' labels in the language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choice_labels: Vec<String>,
    /// For a repeat group: its items, each a list of answered questions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(no_recursion)]
    pub items: Vec<Vec<AnsweredQuestion>>,
    /// For free text: the language it was written in, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written_in: Option<String>,
    /// For free text written in another language than the reader's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub machine_translation: Option<crate::translation::MachineTranslation>,
}

/// The language a free-text answer was written in, and its translation
/// for the reader: (answer path, text) → …
type Translate<'a> = &'a dyn Fn(
    &str,
    &str,
) -> (
    Option<String>,
    Option<crate::translation::MachineTranslation>,
);

/// The answers of an instance, in your language (or `lang`): questions,
/// chosen options and labels as the questionnaire has them in that
/// language, whatever language the other side works in. Personal data only
/// for those who may read it.
#[utoipa::path(get, path = "/instances/{id}/answers", tag = "questionnaires",
    params(("id" = u64, Path, description = "instance id"), LangParam),
    responses(
        (status = OK, body = Vec<AnswersView>),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn answers(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<u64>,
    Query(p): Query<LangParam>,
) -> Result<Json<Vec<AnswersView>>, AppError> {
    blocking(move || {
        let lang = language(&state, &headers, p.lang)?;
        let actor = session_actor(&state, &headers)?;
        let (inst, view) = crate::instances::visible(&state, &actor, id)?;
        let shown = crate::authz::render(&state.engine, &inst, view);
        let wf = state
            .engine
            .workflow_version(&inst.workflow, &inst.version)?;
        let defs = state.engine.definitions();
        let mut out = Vec::new();
        for (name, field) in &wf.fields {
            let Some(q) = field
                .questionnaire
                .as_ref()
                .and_then(|q| defs.questionnaires.get(q))
            else {
                continue;
            };
            let Some(values) = shown["fields"].get(name) else {
                continue;
            };
            let texts = q.texts.get(&lang).or_else(|| q.texts.get("en"));
            let translate = |path: &str, text: &str| {
                crate::translation::for_reader(&state, id, path, text, &lang)
            };
            out.push(AnswersView {
                field: name.clone(),
                questionnaire: q.id.clone(),
                lang: lang.clone(),
                title: texts.map(|t| t.title.clone()).unwrap_or_default(),
                sections: q
                    .sections
                    .iter()
                    .map(|s| AnsweredSection {
                        id: s.id.clone(),
                        title: texts
                            .and_then(|t| t.sections.get(&s.id))
                            .map(|t| t.title.clone())
                            .unwrap_or_default(),
                        questions: s
                            .questions
                            .iter()
                            .filter_map(|qid| answered(q, texts, qid, "", values, &translate))
                            .collect(),
                    })
                    .collect(),
            });
        }
        Ok(Json(out))
    })
    .await
}

fn answered(
    q: &Questionnaire,
    texts: Option<&imi_engine::questionnaire::QuestionnaireTextsFile>,
    id: &str,
    prefix: &str,
    values: &serde_json::Value,
    translate: Translate<'_>,
) -> Option<AnsweredQuestion> {
    let question = q.questions.get(id)?;
    let path = format!("{prefix}{id}");
    let answer = values.get(id).cloned().unwrap_or(serde_json::Value::Null);
    let choice_label = |c: &str| {
        question
            .choices
            .as_ref()
            .and_then(|list| texts?.choices.get(list)?.get(c))
            .cloned()
            .unwrap_or_else(|| c.to_string())
    };
    let choice_labels = match (&question.ty, &answer) {
        (QuestionType::SingleChoice, serde_json::Value::String(c)) => vec![choice_label(c)],
        (QuestionType::MultipleChoice, serde_json::Value::Array(cs)) => cs
            .iter()
            .filter_map(|c| c.as_str())
            .map(choice_label)
            .collect(),
        _ => Vec::new(),
    };
    let items = match (&question.ty, &answer) {
        (QuestionType::Repeat, serde_json::Value::Array(entries)) => entries
            .iter()
            .enumerate()
            .map(|(n, e)| {
                let prefix = format!("{path}[{}].", n + 1);
                question
                    .items
                    .iter()
                    .filter_map(|i| answered(q, texts, i, &prefix, e, translate))
                    .collect()
            })
            .collect(),
        _ => Vec::new(),
    };
    let (written_in, machine_translation) = match (&question.ty, &answer) {
        (QuestionType::Text | QuestionType::LongText, serde_json::Value::String(t)) => {
            translate(&path, t)
        }
        _ => (None, None),
    };
    Some(AnsweredQuestion {
        id: id.to_string(),
        label: texts
            .and_then(|t| t.questions.get(id))
            .map(|t| t.label.clone())
            .unwrap_or_default(),
        ty: type_name(question.ty).to_string(),
        personal_data: question.personal_data,
        answered_by: match question.answered_by {
            AnsweredBy::Requester => "requester",
            AnsweredBy::Responder => "responder",
        }
        .to_string(),
        answer: if question.ty == QuestionType::Repeat {
            serde_json::Value::Null
        } else {
            answer
        },
        choice_labels,
        items,
        written_in,
        machine_translation,
    })
}
