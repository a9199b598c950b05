//! The web application: pages rendered on the server (handlebars), in the
//! user's language (Fluent texts of the definitions), working without
//! JavaScript. Every page is presentation only: it calls the JSON API
//! in-process with the user's session cookie, so every decision (who may
//! see or do what, what is valid) stays the API's and the engine's.
//!
//! Invariants: every form carries a CSRF token checked against a cookie
//! ([`csrf`]); every answer carries the security headers ([`security_headers`]);
//! user text goes through handlebars' HTML escaping.

pub mod api;
pub mod csrf;
pub mod form_data;
pub mod i18n;
mod pages;
mod render;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

pub use render::Pages;

/// What every page handler shares.
#[derive(Clone)]
pub struct WebState {
    /// The JSON API, called in-process.
    pub api: Router,
    pub engine: Arc<imi_engine::Engine>,
    pub pages: Arc<Pages>,
}

/// The API (`/api/…`) with the pages around it: `/` and the pages are the
/// web application's, everything else is the API's.
pub fn with_pages(api: Router, engine: Arc<imi_engine::Engine>) -> Router {
    let pages = Arc::new(Pages::new(engine.definitions()));
    let state = WebState {
        api: api.clone(),
        engine,
        pages,
    };
    Router::new()
        .route("/", get(pages::home))
        .route(
            "/login",
            get(pages::login::form).post(pages::login::password),
        )
        .route("/login/code", post(pages::login::code))
        .route("/login/first", post(pages::login::first))
        .route("/logout", post(pages::login::logout))
        .route("/language", get(pages::language))
        .route("/tasks", get(pages::tasks::tasks))
        .route("/search", get(pages::search::search))
        .route("/statistics", get(pages::statistics::statistics))
        .route("/authorities/{id}", get(pages::search::authority))
        .route("/requests", get(pages::lists::requests))
        .route("/admin", get(pages::admin::admin))
        .route("/admin/users", post(pages::admin::register))
        .route("/lists/{group}", get(pages::groups::group))
        .route("/lists/{group}/{list}", post(pages::groups::start))
        .route("/requests/new", get(pages::compose::new))
        .route(
            "/requests/new/{workflow}",
            post(pages::compose::create).layer(DefaultBodyLimit::max(form_data::MAX_FORM)),
        )
        .route("/requests/{id}", get(pages::request::view))
        .route(
            "/requests/{id}/{action}",
            post(pages::request::act).layer(DefaultBodyLimit::max(form_data::MAX_FORM)),
        )
        .route(
            "/relevance/{workflow}/{action}",
            post(pages::relevance::asked),
        )
        .route("/assets/app.css", get(pages::stylesheet))
        .route("/assets/app.js", get(pages::script))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            pages::plain_rejections_as_pages,
        ))
        .with_state(state)
        .fallback_service(api)
        .layer(axum::middleware::from_fn(security_headers))
}

/// The headers every answer carries: no framing, no sniffing, no referrer
/// leaving the site, and a content policy that runs only the site's own
/// scripts and styles.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name: &'static str, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    // An answer with a stricter policy of its own (a downloaded file's
    // sandbox) keeps it.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        set(
            h,
            "content-security-policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        );
    }
    set(h, "x-frame-options", "DENY");
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "same-origin");
    if !h.contains_key(header::CACHE_CONTROL) {
        set(h, "cache-control", "no-store");
    }
    res
}
