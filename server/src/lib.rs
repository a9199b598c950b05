//! The IMI HTTP server: a JSON API under `/api/` over the engine, with an
//! OpenAPI document generated from the handlers. This is the only crate that
//! knows axum; the engine knows nothing of HTTP.
//!
//! [`app`] builds the router from an [`AppState`] (tests drive it with
//! `oneshot`, no socket); [`serve`] binds it and shuts down gracefully.

mod authz;
pub mod credentials;
mod error;
pub mod file_store;
mod files;
mod health;
mod instances;
mod json;
mod lists;
mod login;
mod questionnaires;
mod search;
mod statistics;
mod tasks;
mod throttle;
pub mod translation;
mod users;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use imi_engine::Engine;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

pub use error::{AppError, ErrorBody};
pub use files::sweep_files;
pub use login::SESSION_COOKIE;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub engine: Arc<Engine>,
    pub credentials: Arc<credentials::CredentialStore>,
    /// Seals security codes; kept outside the stores.
    pub key: Arc<imi_accounts::ServerKey>,
    /// The authority search (`None`: not running; its endpoint says so).
    pub search: Option<Arc<imi_search::SearchIndex>>,
    /// Machine translation of free-text answers.
    pub translation: Arc<translation::Translation>,
    /// Files attached to answers.
    pub files: Arc<file_store::FileStore>,
}

#[derive(OpenApi)]
#[openapi(info(
    title = "IMI API",
    description = "JSON API of the Internal Market Information System"
))]
struct ApiDoc;

/// The application: every route, the OpenAPI document, JSON errors for
/// unknown routes.
pub fn app(state: AppState) -> Router {
    let (api, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .nest(
            "/api",
            health::routes()
                .merge(login::routes())
                .merge(users::routes())
                .merge(instances::routes())
                .merge(search::routes())
                .merge(questionnaires::routes())
                .merge(statistics::routes())
                .merge(tasks::routes())
                .merge(lists::routes())
                .merge(files::routes()),
        )
        .split_for_parts();
    doc.info.version = env!("CARGO_PKG_VERSION").to_string();
    let doc = Arc::new(doc);
    api.route(
        "/api/openapi.json",
        axum::routing::get(move || {
            let doc = doc.clone();
            async move { axum::Json(doc.as_ref().clone()) }
        }),
    )
    .fallback(error::not_found)
    .layer(axum::middleware::from_fn(error::plain_rejections_as_json))
    .layer(axum::extract::DefaultBodyLimit::max(json::MAX_BODY))
    .with_state(state)
    .layer(axum::middleware::from_fn_with_state(
        Arc::new(throttle::Throttle::default()),
        throttle::login_throttle,
    ))
}

/// Serves `app` on `addr` until `shutdown` resolves; requests in flight
/// finish first. Returns the address actually bound (for port 0).
pub async fn serve(
    state: AppState,
    addr: SocketAddr,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    bound: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    serve_router(app(state), addr, shutdown, bound).await
}

/// Serves `router` (the API, possibly with more around it, such as the web
/// pages) like [`serve`].
pub async fn serve_router(
    router: Router,
    addr: SocketAddr,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    bound: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    bound(listener.local_addr()?);
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
