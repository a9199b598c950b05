//! `imi serve --demo`: on first run, takes over the demo authorities
//! (`demo/authorities.jsonl`, built into the binary), builds a coordinator
//! structure per country and creates demo users with known credentials, as
//! `demo/demo.yaml` says. Everything goes through the workflows' `imported`
//! starts, so the result is what the definitions allow, audited like any
//! other change.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{anyhow, bail, Context};
use imi_engine::model::Action;
use imi_engine::{Actor, Engine};
use imi_expr::Value;
use imi_server::credentials::{CredentialStore, Credentials};
use serde::Deserialize;
use serde_json::{json, Map, Value as Json};

static AUTHORITIES: &str = include_str!("../../demo/authorities.jsonl");
static PLAN: &str = include_str!("../../demo/demo.yaml");

#[derive(Deserialize)]
struct StartRef {
    workflow: String,
    start: String,
}

#[derive(Deserialize)]
struct Plan {
    authorities: StartRef,
    access: StartRef,
    accounts: StartRef,
    nimic: String,
    dimic: BTreeMap<String, String>,
    sdimic: String,
    extra_authorities: Vec<Json>,
    password: String,
    security_code: String,
    users: Vec<DemoUser>,
}

#[derive(Deserialize)]
struct DemoUser {
    user_id: String,
    authority: String,
    name: String,
    email: String,
    language: String,
    roles: Vec<String>,
    about: String,
}

/// One authority of the data file, with what the plan makes of it.
struct Row {
    json: Map<String, Json>,
    id: String,
    country: String,
    english: String,
    national: bool,
}

impl Row {
    fn new(json: Json) -> anyhow::Result<Row> {
        let Json::Object(json) = json else {
            bail!("an authority is not a JSON object");
        };
        let text = |k: &str| {
            json.get(k)
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_string()
        };
        Ok(Row {
            id: text("id"),
            country: text("country"),
            english: json
                .get("informal_name")
                .and_then(|n| n.get("en"))
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_string(),
            national: text("level") == "national",
            json,
        })
    }

    /// The region in the informal name (`… – Bayern`), for regional and local ones.
    fn region(&self) -> Option<&str> {
        (!self.national)
            .then(|| self.english.rsplit_once(" – ").map(|(_, r)| r))
            .flatten()
    }

    fn areas(&self) -> Vec<(String, Json)> {
        match self.json.get("areas") {
            Some(Json::Object(m)) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => Vec::new(),
        }
    }
}

/// The coordinators of one country.
struct Coordinators {
    nimic: String,
    dimic: BTreeMap<String, String>,
    sdimic: BTreeMap<String, String>,
}

fn coordinators(plan: &Plan, rows: &[&Row]) -> Option<Coordinators> {
    let nimic = rows
        .iter()
        .find(|r| r.national && r.english == plan.nimic)
        .or_else(|| rows.iter().find(|r| r.national))?
        .id
        .clone();
    let dimic = plan
        .dimic
        .iter()
        .filter_map(|(area, name)| {
            let r = rows.iter().find(|r| r.national && &r.english == name)?;
            Some((area.clone(), r.id.clone()))
        })
        .collect();
    let sdimic = rows
        .iter()
        .filter(|r| r.english.starts_with(&plan.sdimic))
        .filter_map(|r| Some((r.region()?.to_string(), r.id.clone())))
        .collect();
    Some(Coordinators {
        nimic,
        dimic,
        sdimic,
    })
}

/// What `seed` did.
pub struct Seeded {
    pub authorities: usize,
    pub coordinators: usize,
    pub accesses: usize,
}

/// Takes the demo data over unless the store already has it.
pub fn seed(
    engine: &Engine,
    credentials: &CredentialStore,
    key: &imi_accounts::ServerKey,
) -> anyhow::Result<Option<Seeded>> {
    let plan: Plan = serde_yaml::from_str(PLAN).context("demo/demo.yaml")?;
    let mut rows = Vec::new();
    for (i, line) in AUTHORITIES.lines().enumerate() {
        let json = serde_json::from_str(line)
            .with_context(|| format!("demo/authorities.jsonl:{}", i + 1))?;
        rows.push(Row::new(json)?);
    }
    for extra in &plan.extra_authorities {
        rows.push(Row::new(extra.clone())?);
    }
    if rows
        .first()
        .is_some_and(|r| engine.authority(&r.id).is_some())
    {
        return Ok(None);
    }
    let countries: BTreeSet<&str> = rows.iter().map(|r| r.country.as_str()).collect();
    let mut by_country = BTreeMap::new();
    for c in countries {
        let in_country: Vec<&Row> = rows.iter().filter(|r| r.country == c).collect();
        if let Some(co) = coordinators(&plan, &in_country) {
            by_country.insert(c.to_string(), co);
        }
    }

    let start_of = |s: &StartRef| -> anyhow::Result<Action> {
        engine
            .definitions()
            .workflows
            .get(&s.workflow)
            .and_then(|w| w.starts.get(&s.start))
            .cloned()
            .ok_or_else(|| anyhow!("demo/demo.yaml: no start `{}` of `{}`", s.start, s.workflow))
    };
    let (import, access) = (start_of(&plan.authorities)?, start_of(&plan.access)?);

    let mut authority_inputs = Vec::new();
    let mut access_inputs = Vec::new();
    let mut coordinator_count = 0;
    for r in &rows {
        let co = by_country.get(&r.country);
        let region_sdimic = r
            .region()
            .and_then(|g| co.and_then(|c| c.sdimic.get(g)))
            .filter(|s| **s != r.id);
        let (kind, areas, region) = match co {
            Some(c) if c.nimic == r.id => (Some("nimic"), Vec::new(), None),
            Some(c) if c.sdimic.values().any(|s| *s == r.id) => {
                (Some("sdimic"), Vec::new(), r.region())
            }
            Some(c) if c.dimic.values().any(|d| *d == r.id) => (
                Some("dimic"),
                c.dimic
                    .iter()
                    .filter(|(_, d)| **d == r.id)
                    .map(|(a, _)| a.clone())
                    .collect(),
                None,
            ),
            _ => (None, Vec::new(), None),
        };
        coordinator_count += usize::from(kind.is_some());
        let validating = match (kind, co) {
            (Some("nimic"), _) | (_, None) => None,
            (Some(_), Some(c)) => Some(c.nimic.clone()),
            (None, Some(c)) => Some(region_sdimic.cloned().unwrap_or_else(|| c.nimic.clone())),
        };
        let j = &r.json;
        authority_inputs.push(json!({
            "authority_id": r.id,
            "validating_coordinator": validating,
            "official_name": j.get("official_name"),
            "country": r.country,
            "level": j.get("level"),
            "national_languages": j.get("national_languages"),
            "informal_name": j.get("informal_name"),
            "description": j.get("description"),
            "languages": j.get("languages_understood"),
            "address": j.get("address"),
            "phone": j.get("phone"),
            "website": j.get("website"),
            "email": j.get("email"),
            "economic_activities": j.get("economic_activities"),
            "policy_areas": j.get("policy_areas"),
            "coordinator": kind,
            "coordinated_areas": areas,
            "region": region,
        }));
        for (area, settings) in r.areas() {
            let coordinator = match co {
                None => continue,
                Some(c) if c.nimic == r.id => r.id.clone(),
                Some(c) => region_sdimic
                    .or_else(|| c.dimic.get(&area).filter(|d| **d != r.id))
                    .unwrap_or(&c.nimic)
                    .clone(),
            };
            access_inputs.push(json!({
                "authority": r.id,
                "coordinator": coordinator,
                "area": area,
                "keywords": settings.get("keywords"),
                "professions": settings.get("professions"),
            }));
        }
    }
    run_all(
        engine,
        &plan.authorities.workflow,
        &import,
        &authority_inputs,
    )?;
    run_all(engine, &plan.access.workflow, &access, &access_inputs)?;

    let account = start_of(&plan.accounts)?;
    let hash = imi_accounts::PasswordHash::new(&plan.password)?;
    let sealed = key.seal(&plan.security_code)?;
    for u in &plan.users {
        let inputs = json!({
            "authority": u.authority,
            "user_id": u.user_id, "name": u.name, "email": u.email,
            "language": u.language, "roles": u.roles,
        });
        let inputs = typed(&account, &inputs)?;
        let actor = Actor::Application;
        let out = engine
            .start(&plan.accounts.workflow, Some(&account.id), &actor, inputs)
            .with_context(|| format!("demo user {}", u.user_id))?;
        credentials.set_credentials(
            out.instance,
            &Credentials {
                password_hash: hash.as_stored().to_string(),
                temporary: false,
                sealed_code: Some(sealed.as_stored().to_string()),
            },
        )?;
    }
    Ok(Some(Seeded {
        authorities: authority_inputs.len(),
        coordinators: coordinator_count,
        accesses: access_inputs.len(),
    }))
}

/// The demo users and their credentials, for the start-up message.
pub fn users_text() -> anyhow::Result<String> {
    let plan: Plan = serde_yaml::from_str(PLAN).context("demo/demo.yaml")?;
    let mut out = format!(
        "demo users (password {}, security code {}):\n",
        plan.password, plan.security_code
    );
    for u in &plan.users {
        out.push_str(&format!(
            "  {:<11} {} ({})\n",
            u.user_id, u.about, u.authority
        ));
    }
    Ok(out)
}

/// The JSON inputs as the start's typed inputs (nulls left out).
fn typed(action: &Action, inputs: &Json) -> anyhow::Result<BTreeMap<String, Value>> {
    let mut out = BTreeMap::new();
    if let Json::Object(map) = inputs {
        for (name, v) in map {
            if v.is_null() {
                continue;
            }
            let input = action
                .inputs
                .get(name)
                .ok_or_else(|| anyhow!("`{}` has no input `{name}`", action.id))?;
            let value = imi_engine::load::json_value(v, &input.ty)
                .map_err(|e| anyhow!("input `{name}`: {e}"))?;
            out.insert(name.clone(), value);
        }
    }
    Ok(out)
}

/// Takes `action` once per input set, from several threads (the engine
/// writes them in shared batches).
fn run_all(engine: &Engine, workflow: &str, action: &Action, all: &[Json]) -> anyhow::Result<()> {
    let chunk = all.len().div_ceil(32).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = all
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || -> anyhow::Result<()> {
                    for inputs in part {
                        let typed = typed(action, inputs)?;
                        engine
                            .start(workflow, Some(&action.id), &Actor::Application, typed)
                            .with_context(|| format!("demo {workflow} {inputs}"))?;
                    }
                    Ok(())
                })
            })
            .collect();
        for h in handles {
            h.join()
                .map_err(|_| anyhow!("a demo import thread failed"))??;
        }
        Ok(())
    })
}
