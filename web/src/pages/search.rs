//! Authority search (filters: country, legislative area, level, keyword) with
//! results in the user's language, and an authority's page.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{context, error_page, page, to_login};
use crate::api;
use crate::api::ClientAddr;
use crate::WebState;

#[derive(Deserialize, Serialize, Default)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    keyword: String,
}

pub async fn search(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Query(f): Query<SearchForm>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/search").await;
    if ctx.session.is_none() {
        return to_login();
    }
    let defs = state.engine.definitions();
    let texts = &state.pages.texts;
    let areas: Vec<Value> = defs
        .packages
        .values()
        .filter(|p| p.kind == imi_engine::raw::PackageKind::LegislativeArea)
        .map(|p| json!({"id": p.id, "label": texts.get(&ctx.lang, &p.name, &[]), "selected": p.id == f.area}))
        .collect();
    let keywords = keyword_groups(&state, &ctx.lang, &f.keyword);
    // Countries and levels by name, from the keyword lists the search
    // binding's country names and the authorities' level field name.
    let countries = defs
        .search
        .as_ref()
        .and_then(|s| s.country_names.as_deref())
        .map(|list| options(&state, list, &ctx.lang, &f.country, true))
        .unwrap_or_default();
    let level_list = defs
        .search
        .as_ref()
        .zip(defs.directory.as_ref())
        .and_then(|(s, d)| {
            defs.workflows
                .get(&d.authorities.workflow)?
                .fields
                .get(&s.level)?
                .values
                .clone()
        });
    let levels = level_list
        .map(|list| options(&state, &list, &ctx.lang, &f.level, false))
        .unwrap_or_default();
    let mut data = json!({"form": f, "areas": areas, "levels": levels, "keywords": keywords, "countries": countries, "searched": false});
    let filtered =
        !f.country.is_empty() || !f.area.is_empty() || !f.level.is_empty() || !f.keyword.is_empty();
    if !f.q.trim().is_empty() || filtered {
        let mut query: Vec<(&str, &str)> = vec![("lang", &ctx.lang), ("limit", "20")];
        for (k, v) in [
            ("q", &f.q),
            ("country", &f.country),
            ("area", &f.area),
            ("level", &f.level),
            ("keyword", &f.keyword),
        ] {
            if !v.trim().is_empty() {
                query.push((k, v.trim()));
            }
        }
        let qs = serde_urlencoded::to_string(&query).unwrap_or_default();
        let answer = api::get(
            &state,
            &ctx.caller,
            &format!("/api/authorities/search?{qs}"),
        )
        .await;
        data["searched"] = json!(true);
        if answer.ok() {
            data["total"] = answer.json["total"].clone();
            data["hits"] = answer.json["hits"].clone();
        } else {
            data["error"] = answer.json["message"].clone();
        }
    }
    page(&state, &ctx, "search", "web-search-title", data)
}

/// The entries of the system's keyword list `list` as options labelled in
/// `lang` (sorted by label when `sorted`), `chosen` selected.
fn options(state: &WebState, list: &str, lang: &str, chosen: &str, sorted: bool) -> Vec<Value> {
    let Some(list) = state.engine.definitions().value_list(None, list) else {
        return Vec::new();
    };
    let mut all: Vec<Value> = list
        .labelled(lang)
        .map(|(id, label)| json!({"id": id, "label": label, "selected": id.eq_ignore_ascii_case(chosen)}))
        .collect();
    if sorted {
        all.sort_by(|a, b| a["label"].as_str().cmp(&b["label"].as_str()));
    }
    all
}

/// The keywords an authority can be found by (the search binding's
/// keyword lists, the system's and each area's), as option groups labelled
/// in `lang`, `chosen` selected.
fn keyword_groups(state: &WebState, lang: &str, chosen: &str) -> Vec<Value> {
    let defs = state.engine.definitions();
    let texts = &state.pages.texts;
    let Some(search) = &defs.search else {
        return Vec::new();
    };
    let mut groups = Vec::new();
    for p in defs.packages.values() {
        let lists = if p.kind == imi_engine::raw::PackageKind::LegislativeArea {
            &search.area_keywords
        } else {
            &search.keywords
        };
        for name in lists {
            let Some(list) = p.keyword_lists.get(name) else {
                continue;
            };
            let mut label = texts.get(lang, &list.label, &[]);
            if p.kind == imi_engine::raw::PackageKind::LegislativeArea {
                label = format!("{} – {label}", texts.get(lang, &p.name, &[]));
            }
            let options: Vec<Value> = list
                .labelled(lang)
                .map(|(id, label)| json!({"id": id, "label": label, "selected": id == chosen}))
                .collect();
            groups.push(json!({"label": label, "options": options}));
        }
    }
    groups
}

pub async fn authority(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Path(id): Path<String>,
) -> Response {
    let path = format!("/authorities/{id}");
    let ctx = context(&state, &headers, connect, &path).await;
    if ctx.session.is_none() {
        return to_login();
    }
    let answer = api::get(&state, &ctx.caller, &format!("/api/authorities/{id}")).await;
    if !answer.ok() {
        return error_page(
            &state,
            &ctx,
            StatusCode::NOT_FOUND,
            "web-error-not-found",
            &id,
        );
    }
    let rows = super::field_rows(&state, &ctx.lang, &answer.json);
    let name = super::name_in_profile(&state, &ctx.lang, &answer.json["fields"])
        .unwrap_or_else(|| id.clone());
    page(
        &state,
        &ctx,
        "authority",
        "web-authority-title",
        json!({"id": id, "name": name, "rows": rows}),
    )
}
