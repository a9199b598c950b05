//! Indicators over exchanges (R-FACTS), as `application.statistics`
//! defines them: per authority (the binding's party), country and
//! legislative area, the share of the counted exchanges where a condition
//! holds, or the average of a number over them, with its band.

use std::collections::BTreeMap;

use imi_expr::Value;
use serde::Serialize;

use super::records::EngineError;
use super::Core;

/// Green, yellow or red, as the indicator's bands say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Green,
    Yellow,
    Red,
}

/// One indicator for one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorValue {
    pub indicator: String,
    /// How many exchanges it counts.
    pub counted: u64,
    /// The share in percent, or the average (`None`: nothing counted).
    pub value: Option<f64>,
    pub band: Option<Band>,
}

/// The indicators of every authority, country and area with exchanges.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Indicators {
    pub authorities: BTreeMap<String, Vec<IndicatorValue>>,
    pub countries: BTreeMap<String, Vec<IndicatorValue>>,
    pub areas: BTreeMap<String, Vec<IndicatorValue>>,
}

impl Core {
    /// Computes every indicator over the exchanges in the store now.
    pub fn indicators(&self) -> Result<Indicators, EngineError> {
        let Some(stats) = &self.defs.statistics else {
            return Ok(Indicators::default());
        };
        // (group kind, group id) → per indicator: (counted, sum).
        let mut sums: BTreeMap<(u8, String), Vec<(u64, f64)>> = BTreeMap::new();
        let empty = BTreeMap::new();
        let mut all: Vec<super::Instance> = Vec::new();
        for w in &stats.workflows {
            all.extend(self.instances_of_workflow(w)?);
        }
        for inst in all {
            let Ok(wf) = self.workflow_version(&inst.workflow, &inst.version) else {
                continue;
            };
            let Some(authority) = inst.parties.get(&stats.party) else {
                continue;
            };
            let env = self.read_env(&wf, &inst, &empty);
            let country = self.authority_country(authority);
            let groups: Vec<(u8, String)> = [
                Some((0u8, authority.clone())),
                country.map(|c| (1, c)),
                env.area.clone().map(|a| (2, a)),
            ]
            .into_iter()
            .flatten()
            .collect();
            for (i, ind) in stats.indicators.iter().enumerate() {
                let (Some(of), Some(measure)) = (ind.of.get(&wf.id), ind.measure.get(&wf.id))
                else {
                    continue;
                };
                if !imi_expr::eval(&of.expr, &env).is_ok_and(|v| v.is_true()) {
                    continue;
                }
                let x = match imi_expr::eval(&measure.expr, &env) {
                    Ok(Value::Number(n)) if ind.average => n,
                    Ok(v) if !ind.average => f64::from(u8::from(v.is_true())),
                    _ => continue,
                };
                for g in &groups {
                    let slot = sums
                        .entry(g.clone())
                        .or_insert_with(|| vec![(0, 0.0); stats.indicators.len()]);
                    slot[i].0 += 1;
                    slot[i].1 += x;
                }
            }
        }
        let now = self.clock.now();
        let mut out = Indicators::default();
        for ((kind, id), slots) in sums {
            let values = stats
                .indicators
                .iter()
                .zip(slots)
                .map(|(ind, (counted, sum))| {
                    let value = (counted > 0).then(|| {
                        let mean = sum / counted as f64;
                        if ind.average {
                            mean
                        } else {
                            mean * 100.0
                        }
                    });
                    let holds = |c: &crate::model::Compiled, v: f64| {
                        let env = imi_expr::NamesEnv {
                            lookup: |name: &str| (name == "value").then_some(Value::Number(v)),
                            now,
                        };
                        imi_expr::eval(&c.expr, &env).is_ok_and(|x| x.is_true())
                    };
                    let band = value.map(|v| {
                        if holds(&ind.green, v) {
                            Band::Green
                        } else if holds(&ind.red, v) {
                            Band::Red
                        } else {
                            Band::Yellow
                        }
                    });
                    IndicatorValue {
                        indicator: ind.id.clone(),
                        counted,
                        value,
                        band,
                    }
                })
                .collect();
            let map = match kind {
                0 => &mut out.authorities,
                1 => &mut out.countries,
                _ => &mut out.areas,
            };
            map.insert(id, values);
        }
        Ok(out)
    }
}

/// One step of a record's checklist (`application.checklist`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistItem {
    pub id: String,
    /// Its text key.
    pub label: String,
    /// Whether the data shows it done; `None`: the user checks it.
    pub done: Option<bool>,
}

impl Core {
    /// The checklist of record `instance` (empty when its workflow has none).
    pub fn checklist(&self, instance: &super::Instance) -> Result<Vec<ChecklistItem>, EngineError> {
        let Some(list) = self
            .defs
            .checklist
            .as_ref()
            .filter(|c| c.workflow == instance.workflow)
        else {
            return Ok(Vec::new());
        };
        let wf = self.workflow_version(&instance.workflow, &instance.version)?;
        let empty = BTreeMap::new();
        let env = self.read_env(&wf, instance, &empty);
        Ok(list
            .steps
            .iter()
            .map(|s| ChecklistItem {
                id: s.id.clone(),
                label: s.label.clone(),
                done: s
                    .done
                    .as_ref()
                    .map(|c| imi_expr::eval(&c.expr, &env).is_ok_and(|v| v.is_true())),
            })
            .collect())
    }
}
