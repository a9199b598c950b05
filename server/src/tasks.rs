//! `GET /api/tasks`: *My tasks*, what awaits the logged-in user (from the
//! workflows' `tasks.awaits`), with due dates and overdue marks, labelled
//! in the user's language.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::login::{blocking, session_actor};
use crate::search::account_language;
use crate::{AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(tasks))
        .routes(routes!(exchanges))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ActionLabel {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TaskBody {
    pub instance: u64,
    pub workflow: String,
    pub workflow_label: String,
    pub state: String,
    pub state_label: String,
    /// `YYYY-MM-DD`, if the workflow has a due date and it is set.
    pub due: Option<String>,
    /// The due date has passed.
    pub overdue: bool,
    /// What the user may do now.
    pub actions: Vec<ActionLabel>,
}

/// What awaits you, soonest due first.
#[utoipa::path(get, path = "/tasks", tag = "workflows",
    responses(
        (status = OK, body = Vec<TaskBody>),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
    ))]
async fn tasks(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Vec<TaskBody>>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let lang = account_language(&state, &actor).unwrap_or_else(|| "en".into());
        let defs = state.engine.definitions();
        let today = state.engine.now().date_naive();
        let text = |key: &str| defs.text(&lang, key).unwrap_or(key).to_string();
        let mut out = Vec::new();
        for t in state.engine.tasks(&actor)? {
            let Some(wf) = defs.workflows.get(&t.workflow) else {
                continue;
            };
            out.push(TaskBody {
                instance: t.instance,
                workflow_label: text(&wf.label),
                state_label: wf
                    .states
                    .get(&t.state)
                    .map(|s| text(&s.label))
                    .unwrap_or_default(),
                due: t.due.map(|d| d.to_string()),
                overdue: t.due.is_some_and(|d| d < today),
                actions: t
                    .actions
                    .iter()
                    .map(|a| ActionLabel {
                        id: a.clone(),
                        label: wf
                            .actions
                            .get(a)
                            .map(|x| text(&x.label))
                            .unwrap_or_default(),
                    })
                    .collect(),
                workflow: t.workflow,
                state: t.state,
            });
        }
        Ok(Json(out))
    })
    .await
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExchangeParams {
    /// Only those where your authority is this party (`requester`,
    /// `responder`, …: the workflows' party ids).
    pub party: Option<String>,
    /// Only those in this state.
    pub state: Option<String>,
}

/// One exchange of your authority.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExchangeBody {
    pub instance: u64,
    pub workflow: String,
    pub state: String,
    /// The party your authority is.
    pub party: String,
    pub due: Option<String>,
    /// The due date has passed and it still awaits someone.
    pub overdue: bool,
    pub updated_at: String,
}

/// The exchanges (requests, …) your authority takes part in, most recently
/// changed first: incoming and outgoing by `party`, filtered by `state`.
#[utoipa::path(get, path = "/exchanges", tag = "workflows",
    params(ExchangeParams),
    responses(
        (status = OK, body = Vec<ExchangeBody>),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
    ))]
async fn exchanges(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::extract::Query(p): axum::extract::Query<ExchangeParams>,
) -> Result<Json<Vec<ExchangeBody>>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let imi_engine::Actor::User { authority, .. } = &actor else {
            return Ok(Json(Vec::new()));
        };
        let today = state.engine.now().date_naive();
        let out = state
            .engine
            .exchanges_of(authority, p.party.as_deref())?
            .into_iter()
            .filter(|e| p.state.as_ref().is_none_or(|s| *s == e.state))
            .map(|e| ExchangeBody {
                instance: e.instance,
                due: e.due.map(|d| d.to_string()),
                overdue: e.awaiting && e.due.is_some_and(|d| d < today),
                updated_at: e.updated_at.to_rfc3339(),
                workflow: e.workflow,
                state: e.state,
                party: e.party,
            })
            .collect();
        Ok(Json(out))
    })
    .await
}
