//! Statistics: the indicators per country (and per authority of a chosen
//! country) with their bands, as bar charts drawn on the server in SVG and
//! as a table (the same numbers, for screen readers).

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{context, page, to_login};
use crate::api::{self, ClientAddr};
use crate::WebState;

#[derive(Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    country: String,
}

/// Width of the bars' area in the SVG, in its units.
const BAR_WIDTH: f64 = 300.0;
const ROW: f64 = 22.0;

pub async fn statistics(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Query(f): Query<Filter>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/statistics").await;
    if ctx.session.is_none() {
        return to_login();
    }
    let country = f.country.trim().to_uppercase();
    let path = if country.is_empty() {
        "/api/statistics".to_string()
    } else {
        format!("/api/statistics?country={country}")
    };
    let answer = api::get(&state, &ctx.caller, &path).await;
    let defs = state.engine.definitions();
    let texts = &state.pages.texts;
    // Per country, or per authority of the chosen country.
    let rows = if country.is_empty() {
        &answer.json["countries"]
    } else {
        &answer.json["authorities"]
    };
    let charts: Vec<Value> = defs
        .statistics
        .iter()
        .flat_map(|s| &s.indicators)
        .map(|indicator| {
            let unit = if indicator.average { "web-statistics-days" } else { "web-statistics-percent" };
            let values: Vec<(String, f64, String, u64)> = rows
                .as_object()
                .into_iter()
                .flatten()
                .filter_map(|(who, list)| {
                    let v = list.as_array()?.iter().find(|v| v["indicator"] == indicator.id.as_str())?;
                    Some((
                        who.clone(),
                        v["value"].as_f64()?,
                        v["band"].as_str().unwrap_or("none").to_string(),
                        v["counted"].as_u64().unwrap_or(0),
                    ))
                })
                .collect();
            let max = values.iter().map(|v| v.1).fold(if indicator.average { 1.0 } else { 100.0 }, f64::max);
            let bars: Vec<Value> = values
                .iter()
                .enumerate()
                .map(|(i, (who, value, band, counted))| {
                    let y = i as f64 * ROW;
                    json!({
                        "who": who, "value": value, "band": band, "counted": counted,
                        "y": y, "text_y": y + 15.0,
                        "width": (value / max * BAR_WIDTH).max(1.0).round(),
                        "value_x": 60.0 + (value / max * BAR_WIDTH).max(1.0).round() + 6.0,
                        "band_label": texts.get(&ctx.lang, &format!("web-statistics-band-{band}"), &[]),
                    })
                })
                .collect();
            json!({
                "id": indicator.id,
                "label": texts.get(&ctx.lang, &indicator.label, &[]),
                "unit": texts.get(&ctx.lang, unit, &[]),
                "bars": bars,
                "height": (values.len() as f64 * ROW).max(ROW),
            })
        })
        .collect();
    page(
        &state,
        &ctx,
        "statistics",
        "web-statistics-title",
        json!({"charts": charts, "country": country}),
    )
}
