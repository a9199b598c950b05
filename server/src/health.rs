//! `GET /api/health`: is the server up, and on which definitions.

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::{AppError, AppState};

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Health {
    /// Always `ok` when the server answers.
    pub status: &'static str,
    pub version: &'static str,
    /// Workflows loaded from the definitions.
    pub workflows: usize,
    /// Languages every text exists in.
    pub languages: usize,
    /// When the next timer is due (RFC 3339), if any.
    pub next_timer: Option<String>,
}

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(health))
}

/// The server is up.
#[utoipa::path(get, path = "/health", tag = "system", responses(
    (status = OK, body = Health),
    (status = INTERNAL_SERVER_ERROR, body = crate::ErrorBody),
))]
async fn health(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    let defs = state.engine.definitions();
    let next = state.engine.next_due()?;
    Ok(Json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
        workflows: defs.workflows.len(),
        languages: defs.languages.len(),
        next_timer: next.map(|t| t.to_rfc3339()),
    }))
}
