//! The one place where errors become HTTP: a stable JSON body (`code`,
//! `message`, `type`, and the `field` at fault when there is one) and the
//! right status. Internal details are logged, never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use imi_engine::{EngineError, Refusal};
use serde::Serialize;

/// The body of every error answer.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code: `wrong_state`, `not_found`, …
    pub code: String,
    /// What went wrong, for a person.
    pub message: String,
    /// `refused` (the action is not allowed), `invalid_request`, `not_found`
    /// or `internal`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The input at fault, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Technical detail (the rule that did not hold), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// For answers to a questionnaire: each problem, with its place.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub problems: Vec<AnswerProblemBody>,
}

/// One problem of a set of answers.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AnswerProblemBody {
    /// Where: `documents[2].issue_date` (items count from 1).
    pub path: String,
    /// The question's id.
    pub question: String,
    /// `required`, `unknown_question`, `answered_by_other`, `not_relevant`,
    /// `wrong_type`, `unknown_choice`, `too_small`, `too_large`,
    /// `constraint`, `failed`.
    pub code: &'static str,
    /// In English; a form shows the question's own constraint message.
    pub message: String,
}

/// An error answer.
#[derive(Debug, thiserror::Error)]
#[error("{status}: {message}", status = .status, message = .body.message)]
pub struct AppError {
    pub status: StatusCode,
    /// (Boxed: errors travel in every `Result` of the handlers.)
    pub body: Box<ErrorBody>,
}

impl AppError {
    pub fn new(
        status: StatusCode,
        kind: &'static str,
        code: &str,
        message: impl Into<String>,
    ) -> Self {
        AppError {
            status,
            body: Box::new(ErrorBody {
                code: code.to_string(),
                message: message.into(),
                kind,
                field: None,
                detail: None,
                problems: Vec::new(),
            }),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        (self.status, Json(*self.body)).into_response()
    }
}

/// Refusals are the caller's fault and say why; storage problems are ours
/// and say nothing more than that.
impl From<EngineError> for AppError {
    fn from(e: EngineError) -> Self {
        match e {
            EngineError::Refused(r) => {
                let status = match &r {
                    Refusal::UnknownWorkflow(_)
                    | Refusal::UnknownInstance(_)
                    | Refusal::UnknownAction { .. } => StatusCode::NOT_FOUND,
                    Refusal::WrongParty { .. } | Refusal::MissingRole { .. } => {
                        StatusCode::FORBIDDEN
                    }
                    Refusal::InvalidInput { .. } | Refusal::InvalidAnswers { .. } => {
                        StatusCode::UNPROCESSABLE_ENTITY
                    }
                    Refusal::WrongState { .. }
                    | Refusal::GuardFalse { .. }
                    | Refusal::Evaluation { .. } => StatusCode::CONFLICT,
                };
                let field = match &r {
                    Refusal::InvalidInput { input, .. } | Refusal::InvalidAnswers { input, .. } => {
                        Some(input.clone())
                    }
                    _ => None,
                };
                // A guard's own message says why in the domain's words; the
                // expression it tested stays in `detail`.
                let message = match &r {
                    Refusal::GuardFalse {
                        text: Some(text), ..
                    } => text.clone(),
                    _ => r.to_string(),
                };
                let mut err = AppError::new(status, "refused", r.code(), message);
                if matches!(r, Refusal::GuardFalse { text: Some(_), .. }) {
                    err.body.detail = Some(r.to_string());
                }
                err.body.field = field;
                if let Refusal::InvalidAnswers { problems, .. } = &r {
                    err.body.problems = problems
                        .iter()
                        .map(|p| AnswerProblemBody {
                            path: p.path.clone(),
                            question: p.question.clone(),
                            code: p.problem.code(),
                            message: p.to_string(),
                        })
                        .collect();
                }
                err
            }
            other => {
                tracing::error!(error = %other, "internal error");
                AppError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "internal",
                    "the server could not complete the request",
                )
            }
        }
    }
}

/// Unknown routes answer in JSON too.
pub(crate) async fn not_found(uri: axum::http::Uri) -> AppError {
    AppError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "not_found",
        format!("no such address: {}", uri.path()),
    )
}

/// A middleware: what axum itself refuses in plain text (a query string
/// or path segment of the wrong shape, an oversize body) becomes the API's
/// JSON error, like every other refusal.
pub(crate) async fn plain_rejections_as_json(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    let is_json = res
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"));
    if !status.is_client_error() || is_json {
        return res;
    }
    let bytes = axum::body::to_bytes(res.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let message = String::from_utf8_lossy(&bytes).trim().to_string();
    let code = match status {
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        _ => "invalid_request",
    };
    let message = if message.is_empty() {
        status.canonical_reason().unwrap_or("refused").to_string()
    } else {
        message
    };
    AppError::new(status, "invalid_request", code, message).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every refusal maps to one status and keeps its code; the table fails
    /// if any cell changes.
    #[test]
    fn refusals_map_to_statuses() {
        let s = String::new;
        let cases: Vec<(Refusal, StatusCode, Option<&str>)> = vec![
            (Refusal::UnknownWorkflow(s()), StatusCode::NOT_FOUND, None),
            (Refusal::UnknownInstance(7), StatusCode::NOT_FOUND, None),
            (
                Refusal::UnknownAction {
                    workflow: s(),
                    action: s(),
                },
                StatusCode::NOT_FOUND,
                None,
            ),
            (
                Refusal::WrongState {
                    action: s(),
                    state: s(),
                    allowed: s(),
                },
                StatusCode::CONFLICT,
                None,
            ),
            (
                Refusal::WrongParty {
                    action: s(),
                    actor: s(),
                    allowed: s(),
                },
                StatusCode::FORBIDDEN,
                None,
            ),
            (
                Refusal::MissingRole {
                    action: s(),
                    role: s(),
                },
                StatusCode::FORBIDDEN,
                None,
            ),
            (
                Refusal::InvalidInput {
                    input: "email".into(),
                    message: s(),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("email"),
            ),
            (
                Refusal::GuardFalse {
                    action: s(),
                    guard: s(),
                    saw: s(),
                    message: None,
                    text: None,
                },
                StatusCode::CONFLICT,
                None,
            ),
            (
                Refusal::Evaluation {
                    action: s(),
                    message: s(),
                },
                StatusCode::CONFLICT,
                None,
            ),
        ];
        for (refusal, status, field) in cases {
            let code = refusal.code();
            let e = AppError::from(EngineError::Refused(refusal));
            assert_eq!(e.status, status, "{code}");
            assert_eq!(e.body.code, code);
            assert_eq!(e.body.kind, "refused");
            assert_eq!(e.body.field.as_deref(), field, "{code}");
        }
        let internal = AppError::from(EngineError::Storage("disk on fire at /var/x".into()));
        assert_eq!(internal.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(
            !internal.body.message.contains("/var/x"),
            "internal details are not shown"
        );
    }
}
