//! The files of a questionnaire (`questionnaires/<id>/`), as written:
//! `questionnaire.yaml` (the questions and their rules, no words) and
//! `texts/<lang>.yaml` (every text, keyed by section, question and choice
//! id). See `docs/questionnaires.md`.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `questionnaires/<id>/questionnaire.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireFile {
    /// The folder's name: `pq-request`.
    pub id: String,
    /// The legislative area (package id) it serves.
    pub area: String,
    pub version: u32,
    /// Choice ids per list, in display order.
    #[serde(default)]
    pub choice_lists: IndexMap<String, Vec<String>>,
    pub sections: Vec<SectionDef>,
}

/// Who gives the answer to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnsweredBy {
    /// The requesting authority, when it writes the request (who the
    /// professional is, what is asked).
    #[default]
    Requester,
    /// The responding authority, in its reply.
    Responder,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionDef {
    pub id: String,
    /// Who answers this section's questions (default: the requester).
    #[serde(default)]
    pub answered_by: AnsweredBy,
    /// An expression over the answers: the whole section is asked only when
    /// it holds (default: always). Its questions' own `relevant` add to it.
    #[serde(default)]
    pub relevant: Option<String>,
    pub questions: Vec<QuestionDef>,
}

/// The kinds of question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// One line of text.
    Text,
    LongText,
    Number,
    Date,
    YesNo,
    SingleChoice,
    MultipleChoice,
    /// An attached file, answered by its name.
    File,
    /// A group of questions answered once per item.
    Repeat,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    pub id: String,
    #[serde(rename = "type")]
    pub ty: QuestionType,
    /// For `single_choice` and `multiple_choice`: a list of `choice_lists`.
    #[serde(default)]
    pub choices: Option<String>,
    /// An answer must be given when the question is relevant.
    #[serde(default)]
    pub required: bool,
    /// The answer is personal data.
    #[serde(default)]
    pub personal_data: bool,
    /// Who answers (default: the section's).
    #[serde(default)]
    pub answered_by: Option<AnsweredBy>,
    /// Expression: the question is asked only when it holds.
    #[serde(default)]
    pub relevant: Option<String>,
    /// Expression the answer must satisfy.
    #[serde(default)]
    pub constraint: Option<String>,
    /// Bounds: of a number, of a text's length, of a repeat's items.
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    /// For `repeat`: the questions of each item.
    #[serde(default)]
    pub questions: Vec<QuestionDef>,
}

/// `questionnaires/<id>/texts/<lang>.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireTextsFile {
    pub title: String,
    #[serde(default)]
    pub sections: BTreeMap<String, SectionTexts>,
    #[serde(default)]
    pub questions: BTreeMap<String, QuestionTexts>,
    /// List id → choice id → text.
    #[serde(default)]
    pub choices: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionTexts {
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionTexts {
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// The message shown when the answer breaks the constraint.
    #[serde(default)]
    pub constraint: Option<String>,
}
