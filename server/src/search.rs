//! `GET /api/authorities/search`: the multilingual authority search, for
//! every logged-in user. Names and descriptions come back in the searcher's
//! language, with what matched highlighted.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use imi_engine::Actor;
use imi_expr::Value;
use imi_search::{Part, SearchRequest};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::json::invalid;
use crate::login::{blocking, err, session_actor};
use crate::{AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(search))
}

/// Most hits in one answer.
pub const MAX_LIMIT: usize = 100;
/// Deepest page.
pub const MAX_OFFSET: usize = 10_000;

/// The search parameters.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// What the authority does, in your words (1 to 200 characters).
    pub q: Option<String>,
    /// The language you type in (default: your account's language).
    pub lang: Option<String>,
    /// Country code filter, e.g. `EE`.
    pub country: Option<String>,
    /// Legislative area filter, e.g. `services`.
    pub area: Option<String>,
    /// Keyword id filter (economic activity, policy area, area keyword, profession).
    pub keyword: Option<String>,
    /// The authority's level as the data says it: `national`, `regional`, `local`.
    pub level: Option<String>,
    /// Hits per page, 1 to 100 (default 20).
    pub limit: Option<usize>,
    /// Hits to skip (default 0).
    pub offset: Option<usize>,
}

/// One found authority.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SearchHit {
    pub id: String,
    /// In the searcher's language (else English).
    pub informal_name: String,
    pub description: String,
    pub official_name: String,
    pub country: String,
    pub score: f32,
    /// What matched, with `<b>…</b>` around it: `name`, `description`.
    pub highlights: BTreeMap<String, String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SearchAnswer {
    pub total: usize,
    pub hits: Vec<SearchHit>,
    /// Matching authorities per country and per legislative area.
    pub facets: Facets,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Facets {
    pub countries: BTreeMap<String, u64>,
    pub areas: BTreeMap<String, u64>,
}

fn checked(
    value: Option<String>,
    field: &str,
    ok: impl Fn(&str) -> bool,
    what: &str,
) -> Result<Option<String>, AppError> {
    match value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
    {
        Some(v) if !ok(&v) => Err(invalid(field, format!("`{v}` is not {what}"))),
        other => Ok(other),
    }
}

fn is_id(s: &str) -> bool {
    s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// Search active authorities by what they do, in any of the 24 languages.
#[utoipa::path(get, path = "/authorities/search", tag = "search",
    params(SearchParams),
    responses(
        (status = OK, body = SearchAnswer),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<SearchParams>,
) -> Result<Json<SearchAnswer>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let index = state.search.clone().ok_or_else(|| {
            err(
                StatusCode::SERVICE_UNAVAILABLE,
                "search_unavailable",
                "the search index is not running",
            )
        })?;
        let defs = state.engine.definitions();
        let q = p.q.unwrap_or_default();
        if q.trim().is_empty() || q.chars().count() > 200 {
            return Err(invalid("q", "type 1 to 200 characters"));
        }
        let lang = match p.lang {
            Some(l) => l,
            None => account_language(&state, &actor).unwrap_or_else(|| "en".into()),
        };
        if !defs.languages.contains(&lang) {
            return Err(invalid(
                "lang",
                format!(
                    "`{lang}` is not one of the languages ({})",
                    defs.languages.join(", ")
                ),
            ));
        }
        let limit = p.limit.unwrap_or(20);
        if limit == 0 || limit > MAX_LIMIT {
            return Err(invalid("limit", format!("from 1 to {MAX_LIMIT}")));
        }
        let offset = p.offset.unwrap_or(0);
        if offset > MAX_OFFSET {
            return Err(invalid("offset", format!("at most {MAX_OFFSET}")));
        }
        let country = checked(
            p.country,
            "country",
            |c| c.len() == 2 && c.chars().all(|x| x.is_ascii_uppercase()),
            "a country code such as EE",
        )?;
        let area = checked(
            p.area,
            "area",
            |a| {
                defs.packages
                    .get(a)
                    .is_some_and(|p| p.kind == imi_engine::raw::PackageKind::LegislativeArea)
            },
            "a legislative area",
        )?;
        let keyword = checked(p.keyword, "keyword", is_id, "a keyword id")?;
        // Levels are data (the definitions do not list them): any id-like
        // value filters, an unknown one finds nothing.
        let level = checked(p.level, "level", is_id, "a level such as national")?;
        let req = SearchRequest {
            q,
            lang: lang.clone(),
            country,
            area,
            keyword,
            level,
            limit,
            offset,
            include_non_public: false,
        };
        let found = index
            .search(&req)
            .map_err(|e| invalid("q", e.to_string()))?;
        let binding = defs.search.clone();
        let mut hits = Vec::new();
        for h in found.hits {
            let inst = state.engine.authority(&h.id);
            let text = |field: Option<&String>| -> String {
                let Some(Value::Texts(t)) = field.and_then(|f| inst.as_ref()?.fields.get(f)) else {
                    return String::new();
                };
                t.get(&lang)
                    .or_else(|| t.get("en"))
                    .or_else(|| t.values().next())
                    .cloned()
                    .unwrap_or_default()
            };
            let plain =
                |field: Option<&String>| match field.and_then(|f| inst.as_ref()?.fields.get(f)) {
                    Some(Value::String(s)) => s.clone(),
                    _ => String::new(),
                };
            let name = text(binding.as_ref().map(|b| &b.names));
            let description = text(binding.as_ref().map(|b| &b.descriptions));
            let mut highlights = BTreeMap::new();
            for (key, part, value) in [
                ("name", Part::Name, &name),
                ("description", Part::Description, &description),
            ] {
                if let Some(h) = index.highlight(&req, part, value) {
                    highlights.insert(key.to_string(), h);
                }
            }
            hits.push(SearchHit {
                official_name: plain(binding.as_ref().map(|b| &b.official_name)),
                country: state.engine.authority_country(&h.id).unwrap_or_default(),
                id: h.id,
                informal_name: name,
                description,
                score: h.score,
                highlights,
            });
        }
        Ok(Json(SearchAnswer {
            total: found.total,
            hits,
            facets: Facets {
                countries: found.countries,
                areas: found.areas,
            },
        }))
    })
    .await
}

/// The logged-in account's preferred language (through the account binding).
pub(crate) fn account_language(state: &AppState, actor: &Actor) -> Option<String> {
    let Actor::User { user, .. } = actor else {
        return None;
    };
    let b = state.engine.definitions().accounts.clone()?;
    let field = b.language.as_ref()?;
    let id = crate::login::account(state, &b, user).ok()??;
    match state.engine.instance(id).ok()??.fields.get(field)? {
        Value::String(l) => Some(l.clone()),
        _ => None,
    }
}
