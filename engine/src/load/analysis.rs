//! Whole-workflow checks that no single line shows: unreachable states,
//! actions nobody can take, timers that would fire where their action is not
//! allowed, and timers that start each other for ever.

use std::collections::{BTreeMap, BTreeSet};

use super::{Reporter, World};
use crate::model::{Effect, Workflow, SYSTEM};
use crate::raw::{self, TriggerTarget};
use crate::source::path;

pub(crate) fn analyse(
    wf: &Workflow,
    world: &World,
    all: &[&raw::WorkflowFile],
    rep: &mut Reporter,
) {
    reachability(wf, rep);
    untakeable_actions(wf, world, all, rep);
    timers(wf, rep);
}

fn reachability(wf: &Workflow, rep: &mut Reporter) {
    let mut reached: BTreeSet<&str> = wf.starts.values().flat_map(|a| a.targets()).collect();
    let mut todo: Vec<&str> = reached.iter().copied().collect();
    while let Some(s) = todo.pop() {
        for a in wf
            .actions
            .values()
            .filter(|a| a.from.iter().any(|f| f == s))
        {
            for (t, _) in a.paths_from(s) {
                if reached.insert(t) {
                    todo.push(t);
                }
            }
        }
    }
    for (name, state) in &wf.states {
        if !reached.contains(name.as_str()) {
            rep.error_key(
                &path(["states", name.as_str()]),
                format!("state `{name}` is unreachable: no start or action leads to it"),
            );
            continue;
        }
        let leaves = wf
            .actions
            .values()
            .any(|a| a.from.iter().any(|f| f == name));
        if !leaves && !state.is_final {
            rep.warning(
                &path(["states", name.as_str()]),
                format!(
                    "no action leaves state `{name}`; mark it `final: true` if that is intended"
                ),
            );
        }
        if leaves && state.is_final {
            rep.error_key(
                &path(["states", name.as_str()]),
                format!("state `{name}` is marked final, but actions leave it"),
            );
        }
    }
}

/// Actions only the system may take must be taken by a timer, a trigger or a spawn.
fn untakeable_actions(
    wf: &Workflow,
    world: &World,
    all: &[&raw::WorkflowFile],
    rep: &mut Reporter,
) {
    let mut taken: BTreeSet<String> = wf.timers.values().map(|t| t.fires.clone()).collect();
    for other in all {
        for a in other.actions.values().chain(other.starts.values()) {
            for e in &a.effects {
                if let Some(t) = &e.trigger {
                    let targets: Vec<String> = match t.target {
                        TriggerTarget::Parent => {
                            world.parents_of.get(&other.id).cloned().unwrap_or_default()
                        }
                        TriggerTarget::Children => match &t.workflow {
                            Some(w) => vec![w.clone()],
                            None => world.spawned_by.get(&other.id).cloned().unwrap_or_default(),
                        },
                    };
                    if targets.contains(&wf.id) {
                        taken.insert(t.action.clone());
                    }
                }
                if let Some(s) = &e.spawn {
                    if s.workflow == wf.id {
                        let start = s
                            .start
                            .clone()
                            .or_else(|| wf.starts.keys().next().cloned())
                            .unwrap_or_default();
                        taken.insert(start);
                    }
                }
            }
        }
    }
    for (section, map) in [("actions", &wf.actions), ("starts", &wf.starts)] {
        for (name, a) in map {
            let only_system = a.by.iter().all(|p| p == SYSTEM);
            if only_system && !taken.contains(name) {
                rep.error_key(&path([section, name.as_str()]), format!(
                    "nobody can take `{name}`: only the system may, and no timer, trigger or spawn takes it"
                ));
            }
            if a.guard.as_ref().is_some_and(|g| g.source.trim() == "false") {
                rep.error_key(
                    &path([section, name.as_str(), "guard"]),
                    format!("nobody can take `{name}`: its guard is always false"),
                );
            }
        }
    }
}

fn starts_timer(effects: &[&Effect], timer: &str) -> bool {
    let mut running = false;
    for e in effects {
        match e {
            Effect::Start(ts) if ts.iter().any(|t| t == timer) => running = true,
            Effect::Cancel(ts) if ts.iter().any(|t| t == timer) => running = false,
            Effect::Delete => running = false,
            _ => {}
        }
    }
    running
}

fn stops_timer(effects: &[&Effect], timer: &str) -> bool {
    let mut stopped = false;
    for e in effects {
        match e {
            Effect::Start(ts) if ts.iter().any(|t| t == timer) => stopped = false,
            Effect::Cancel(ts) if ts.iter().any(|t| t == timer) => stopped = true,
            Effect::Delete => stopped = true,
            _ => {}
        }
    }
    stopped
}

fn timers(wf: &Workflow, rep: &mut Reporter) {
    // Where can each timer be running?
    for (name, timer) in &wf.timers {
        let mut running: BTreeMap<&str, Vec<&str>> = BTreeMap::new(); // state → actions leading there
        let mut todo = Vec::new();
        for a in wf.starts.values().chain(wf.actions.values()) {
            for (t, effects) in a.paths() {
                if starts_timer(&effects, name) {
                    running.entry(t).or_default().push(a.id.as_str());
                    todo.push(t);
                }
            }
        }
        let mut seen = BTreeSet::new();
        while let Some(s) = todo.pop() {
            if !seen.insert(s) {
                continue;
            }
            for a in wf
                .actions
                .values()
                .filter(|a| a.from.iter().any(|f| f == s))
            {
                let consumed = a.id == timer.fires && !a.by.iter().any(|p| p != SYSTEM);
                if consumed {
                    continue;
                }
                for (t, effects) in a.paths_from(s) {
                    if stops_timer(&effects, name) {
                        continue;
                    }
                    running.entry(t).or_default().push(a.id.as_str());
                    todo.push(t);
                }
            }
        }
        let Some(fired) = wf.actions.get(&timer.fires) else {
            continue;
        };
        for (state, via) in &running {
            if !fired.from.iter().any(|f| f == state) {
                let mut via: Vec<&str> = via.clone();
                via.sort();
                via.dedup();
                rep.error_key(&path(["timers", name.as_str()]), format!(
                    "timer `{name}` may still be running in state `{state}` (reached by {}), where its action `{}` is not allowed; cancel the timer on the way there",
                    via.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", "),
                    timer.fires
                ));
            }
        }
    }

    // Timers that start each other in a cycle.
    let edges: BTreeMap<&str, Vec<&str>> = wf
        .timers
        .iter()
        .map(|(name, t)| {
            let next = wf
                .actions
                .get(&t.fires)
                .map(|a| {
                    a.paths()
                        .into_iter()
                        .flat_map(|(_, effects)| effects)
                        .flat_map(|e| match e {
                            Effect::Start(ts) => ts.iter().map(String::as_str).collect(),
                            _ => Vec::new(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            (name.as_str(), next)
        })
        .collect();
    let mut reported = BTreeSet::new();
    for start in edges.keys() {
        let mut stack = vec![(*start, vec![*start])];
        while let Some((node, trail)) = stack.pop() {
            for next in edges.get(node).into_iter().flatten() {
                if next == start {
                    let mut cycle = trail.clone();
                    cycle.push(next);
                    let mut key: Vec<&str> = trail.clone();
                    key.sort();
                    if reported.insert(key) {
                        rep.error_key(
                            &path(["timers", *start]),
                            format!(
                                "timers start each other in a cycle: {}",
                                cycle
                                    .iter()
                                    .map(|c| format!("`{c}`"))
                                    .collect::<Vec<_>>()
                                    .join(" → ")
                            ),
                        );
                    }
                } else if !trail.contains(next) {
                    let mut t = trail.clone();
                    t.push(next);
                    stack.push((next, t));
                }
            }
        }
    }
}
