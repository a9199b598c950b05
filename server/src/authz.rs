//! Authorization in one place. Whether an actor may take an action is the
//! engine's decision, from the definitions (parties, roles, coordinator
//! relations). What an actor may read is decided here, from the same model:
//!
//! - a **party** of an instance (its authority, or a holder of its role
//!   party) reads everything, personal data included;
//! - while the workflow's `public` expression holds, **every logged-in
//!   user** reads the fields that are not personal data;
//! - a **coordinator** or a **linked authority** of one of its authority
//!   parties reads the state, dates, parties and area only;
//! - **anyone else** learns nothing, not even that it exists (404).

use imi_engine::raw::PartyKind;
use imi_engine::{Actor, Engine, Instance};
use imi_expr::Value;
use serde_json::{json, Map};

use crate::json::plain;

/// How much of an instance an actor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum View {
    /// State, dates, parties and area.
    Summary,
    /// The summary and the fields that are not personal data.
    Profile,
    /// Everything.
    Full,
}

/// What `actor` may read of `inst`, or `None`.
pub fn view(engine: &Engine, actor: &Actor, inst: &Instance) -> Option<View> {
    let Actor::User {
        authority, roles, ..
    } = actor
    else {
        return None;
    };
    let wf = engine
        .workflow_version(&inst.workflow, &inst.version)
        .ok()?;
    let defs = engine.definitions();
    let mut authorities = Vec::new();
    for (name, party) in &wf.parties {
        match party.kind {
            PartyKind::Authority => {
                if let Some(a) = inst.parties.get(name) {
                    if a == authority {
                        return Some(View::Full);
                    }
                    authorities.push(a);
                }
            }
            PartyKind::Role => {
                let holds = party
                    .role
                    .as_ref()
                    .is_some_and(|wanted| roles.iter().any(|g| defs.role_grants(&g.role, wanted)));
                if holds {
                    return Some(View::Full);
                }
            }
            _ => {}
        }
    }
    if engine.is_public(inst) || engine.coordinator_sees_details(inst, authority) {
        return Some(View::Profile);
    }
    let related = authorities
        .iter()
        .any(|a| engine.coordinates(authority, a) || engine.is_linked(authority, a));
    related.then_some(View::Summary)
}

/// The JSON an actor with `view` reads of `inst`. Blocked personal data
/// (R-PRIVACY) is left out even for the parties: they reach it only
/// through the workflow's reveal action ([`render_revealed`]).
pub fn render(engine: &Engine, inst: &Instance, view: View) -> serde_json::Value {
    let blocked = engine.personal_data_blocked(inst);
    let mut out = render_as(engine, inst, view, blocked.is_none());
    if let (Some(reveal), Some(obj)) = (blocked, out.as_object_mut()) {
        obj.insert("personal_data_blocked".into(), json!({ "reveal": reveal }));
    }
    out
}

/// The JSON a party reads after taking the reveal action: everything.
pub fn render_revealed(engine: &Engine, inst: &Instance) -> serde_json::Value {
    render_as(engine, inst, View::Full, true)
}

fn render_as(
    engine: &Engine,
    inst: &Instance,
    view: View,
    personal_data: bool,
) -> serde_json::Value {
    let with_personal = view == View::Full && personal_data;
    let mut out = json!({
        "id": inst.id,
        "workflow": inst.workflow,
        "state": inst.state,
        "created_at": inst.created_at,
        "updated_at": inst.updated_at,
        "area": engine.area_of(inst),
        "parties": inst.parties,
    });
    if view == View::Summary {
        return out;
    }
    let wf = engine.workflow_version(&inst.workflow, &inst.version).ok();
    let personal = |name: &str| {
        wf.as_ref()
            .and_then(|w| w.fields.get(name))
            .is_none_or(|f| f.personal_data)
    };
    // In answers, the answers to personal-data questions are personal data.
    let defs = engine.definitions();
    let shown = |name: &str, v: &Value| match (with_personal, v) {
        (true, _) => plain(v),
        (_, Value::Record(answers)) => {
            let q = wf
                .as_ref()
                .and_then(|w| w.fields.get(name)?.questionnaire.clone())
                .and_then(|q| defs.questionnaires.get(&q).cloned());
            match q {
                Some(q) => plain(&Value::Record(q.without_personal_data(answers))),
                None => serde_json::Value::Null,
            }
        }
        _ => plain(v),
    };
    let fields: Map<String, serde_json::Value> = inst
        .fields
        .iter()
        .filter(|(name, _)| with_personal || !personal(name))
        .map(|(name, v)| (name.clone(), shown(name, v)))
        .collect();
    if let Some(obj) = out.as_object_mut() {
        obj.insert("fields".into(), serde_json::Value::Object(fields));
    }
    out
}
