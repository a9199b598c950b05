//! `GET /api/lists`: the lists of `application.lists` (an authority's
//! links, request coordinators, a coordinator's approval queue, referrals,
//! coordinated authorities, …) with the records the caller's authority
//! takes part in, each shown as far as the caller may read it, labelled in
//! the caller's language.

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::Json;
use imi_engine::{Actor, Engine};
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::login::{blocking, session_actor};
use crate::search::account_language;
use crate::{authz, AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(lists))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only the lists of this group (e.g. `my_authority`, `coordination`).
    pub group: Option<String>,
    /// The language of the labels (default: the account's).
    pub lang: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ListBody {
    pub id: String,
    pub label: String,
    pub group: String,
    pub group_label: String,
    /// The columns' ids (fields or parties) and labels.
    pub columns: Vec<ColumnBody>,
    /// The start offered with the list, when the caller may take it.
    pub start: Option<StartBody>,
    pub rows: Vec<RowBody>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ColumnBody {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct StartBody {
    pub workflow: String,
    pub start: String,
    pub label: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RowBody {
    pub instance: u64,
    pub workflow: String,
    pub workflow_label: String,
    pub state: String,
    pub state_label: String,
    /// The list's party the caller's authority is in this record.
    pub party: String,
    pub updated_at: String,
    /// Per column: its value as the caller may read it (`null` if not).
    pub cells: Vec<CellBody>,
    /// The actions the caller may take on it now.
    pub actions: Vec<RowAction>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RowAction {
    pub id: String,
    pub label: String,
    /// Whether it asks for inputs (otherwise a button takes it).
    pub has_inputs: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CellBody {
    #[schema(value_type = Object)]
    pub value: serde_json::Value,
    /// For a party column: the authority's name in the caller's language.
    pub authority_name: Option<String>,
    /// For a legislative area's id: its name in the caller's language.
    pub area_name: Option<String>,
}

/// The lists (of one group) with the records your authority takes part
/// in, most recently changed first.
#[utoipa::path(get, path = "/lists", tag = "workflows",
    params(ListParams),
    responses(
        (status = OK, body = Vec<ListBody>),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
    ))]
async fn lists(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<ListParams>,
) -> Result<Json<Vec<ListBody>>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let Actor::User { authority, .. } = &actor else {
            return Ok(Json(Vec::new()));
        };
        let defs = state.engine.definitions();
        let lang = p
            .lang
            .filter(|l| defs.languages.contains(l))
            .or_else(|| account_language(&state, &actor))
            .unwrap_or_else(|| "en".into());
        let text = |key: &str| defs.text(&lang, key).unwrap_or(key).to_string();
        let chosen: Vec<&imi_engine::model::RecordList> = defs
            .lists
            .values()
            .filter(|l| p.group.as_ref().is_none_or(|g| *g == l.group))
            .collect();
        let ids: Vec<&str> = chosen.iter().map(|l| l.id.as_str()).collect();
        let found = state.engine.lists(&ids, authority)?;
        let mut out = Vec::new();
        for (list, found) in chosen.into_iter().zip(found) {
            let first = list.workflows.first().and_then(|w| defs.workflows.get(w));
            let columns = list
                .columns
                .iter()
                .map(|c| ColumnBody {
                    id: c.clone(),
                    label: first
                        .and_then(|w| {
                            w.fields
                                .get(c)
                                .map(|f| &f.label)
                                .or_else(|| w.parties.get(c).map(|p| &p.label))
                        })
                        .map(|k| text(k))
                        .unwrap_or_else(|| c.clone()),
                })
                .collect();
            let start = list.start.as_ref().zip(first).and_then(|(s, wf)| {
                state
                    .engine
                    .may_start(&wf.id, s, &actor)
                    .then(|| StartBody {
                        workflow: wf.id.clone(),
                        start: s.clone(),
                        label: wf.starts.get(s).map(|a| text(&a.label)).unwrap_or_default(),
                    })
            });
            let mut rows = Vec::new();
            for row in found.unwrap_or_default() {
                let Some(inst) = state.engine.instance(row.instance)? else {
                    continue;
                };
                let Some(view) = authz::view(&state.engine, &actor, &inst) else {
                    continue;
                };
                let shown = authz::render(&state.engine, &inst, view);
                let wf = defs.workflows.get(&row.workflow);
                let cells = list
                    .columns
                    .iter()
                    .map(|c| cell(&state.engine, &lang, &shown, c))
                    .collect();
                let actions = state
                    .engine
                    .allowed_actions(row.instance, &actor)?
                    .into_iter()
                    .filter_map(|a| {
                        let action = wf?.actions.get(&a)?;
                        Some(RowAction {
                            label: text(&action.label),
                            has_inputs: !action.inputs.is_empty(),
                            id: a,
                        })
                    })
                    .collect();
                rows.push(RowBody {
                    actions,
                    instance: row.instance,
                    workflow_label: wf.map(|w| text(&w.label)).unwrap_or_default(),
                    state_label: wf
                        .and_then(|w| w.states.get(&row.state))
                        .map(|s| text(&s.label))
                        .unwrap_or_default(),
                    workflow: row.workflow,
                    state: row.state,
                    party: row.party,
                    updated_at: row.updated_at.to_rfc3339(),
                    cells,
                });
            }
            out.push(ListBody {
                id: list.id.clone(),
                label: text(&list.label),
                group: list.group.clone(),
                group_label: text(&list.group_label),
                columns,
                start,
                rows,
            });
        }
        Ok(Json(out))
    })
    .await
}

/// Column `column` of a record as shown: a party is its authority (with
/// its name), a field its value (a legislative area's id with its name).
fn cell(engine: &Engine, lang: &str, shown: &serde_json::Value, column: &str) -> CellBody {
    if let Some(id) = shown["parties"][column].as_str() {
        return CellBody {
            value: serde_json::Value::String(id.to_string()),
            authority_name: authority_name(engine, lang, id),
            area_name: None,
        };
    }
    let value = shown["fields"][column].clone();
    let defs = engine.definitions();
    let area_name = value
        .as_str()
        .and_then(|v| defs.packages.get(v))
        .map(|p| defs.text(lang, &p.name).unwrap_or(&p.name).to_string());
    CellBody {
        value,
        authority_name: None,
        area_name,
    }
}

/// An authority's name in `lang` (its informal name in the search
/// binding's field, else its official name), from its public profile.
pub(crate) fn authority_name(engine: &Engine, lang: &str, id: &str) -> Option<String> {
    let search = engine.definitions().search.as_ref()?;
    let inst = engine.authority(id)?;
    if let Some(imi_expr::Value::Texts(names)) = inst.fields.get(&search.names) {
        if let Some(n) = names.get(lang).or_else(|| names.get("en")) {
            return Some(n.clone());
        }
    }
    match inst.fields.get(&search.official_name) {
        Some(imi_expr::Value::String(s)) => Some(s.clone()),
        _ => None,
    }
}
