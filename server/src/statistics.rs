//! `GET /api/statistics`: the indicators of R-FACTS per responding
//! authority, country and legislative area, with their bands, as the
//! definitions' `application.statistics` computes them; labels in the
//! caller's language.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::Json;
use imi_engine::runtime::IndicatorValue;
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::login::{blocking, session_actor};
use crate::search::account_language;
use crate::{AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(statistics))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatisticsParams {
    /// Only this authority (and its country and areas).
    pub authority: Option<String>,
    /// Only this country code.
    pub country: Option<String>,
    /// Only this legislative area.
    pub area: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IndicatorLabel {
    pub id: String,
    /// In the caller's language.
    pub label: String,
}

/// One indicator of one group.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IndicatorBody {
    pub indicator: String,
    /// Exchanges counted.
    pub counted: u64,
    /// Percent for a share, days (or the unit measured) for an average.
    pub value: Option<f64>,
    /// `green`, `yellow` or `red`.
    pub band: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct StatisticsAnswer {
    pub indicators: Vec<IndicatorLabel>,
    pub authorities: BTreeMap<String, Vec<IndicatorBody>>,
    pub countries: BTreeMap<String, Vec<IndicatorBody>>,
    pub areas: BTreeMap<String, Vec<IndicatorBody>>,
}

fn body(values: Vec<IndicatorValue>) -> Vec<IndicatorBody> {
    values
        .into_iter()
        .map(|v| IndicatorBody {
            indicator: v.indicator,
            counted: v.counted,
            value: v.value.map(|x| (x * 10.0).round() / 10.0),
            band: v.band.map(|b| {
                serde_json::to_value(b)
                    .ok()
                    .and_then(|j| j.as_str().map(str::to_string))
                    .unwrap_or_default()
            }),
        })
        .collect()
}

/// The request indicators (accepted within 7 days, average days to answer,
/// answered by the agreed date, negative ratings) with green/yellow/red bands.
#[utoipa::path(get, path = "/statistics", tag = "statistics",
    params(StatisticsParams),
    responses(
        (status = OK, body = StatisticsAnswer),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
    ))]
async fn statistics(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<StatisticsParams>,
) -> Result<Json<StatisticsAnswer>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let lang = account_language(&state, &actor).unwrap_or_else(|| "en".into());
        let defs = state.engine.definitions();
        let all = state.engine.indicators()?;
        let keep = |want: &Option<String>, key: &String| want.as_ref().is_none_or(|w| w == key);
        let country_of = |a: &str| state.engine.authority_country(a);
        Ok(Json(StatisticsAnswer {
            indicators: defs
                .statistics
                .iter()
                .flat_map(|s| &s.indicators)
                .map(|i| IndicatorLabel {
                    id: i.id.clone(),
                    label: defs.text(&lang, &i.label).unwrap_or(&i.id).to_string(),
                })
                .collect(),
            authorities: all
                .authorities
                .into_iter()
                .filter(|(a, _)| keep(&p.authority, a))
                .filter(|(a, _)| p.country.is_none() || country_of(a) == p.country)
                .map(|(k, v)| (k, body(v)))
                .collect(),
            countries: all
                .countries
                .into_iter()
                .filter(|(c, _)| keep(&p.country, c))
                .map(|(k, v)| (k, body(v)))
                .collect(),
            areas: all
                .areas
                .into_iter()
                .filter(|(a, _)| keep(&p.area, a))
                .map(|(k, v)| (k, body(v)))
                .collect(),
        }))
    })
    .await
}
