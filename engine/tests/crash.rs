//! An acknowledged action survives `kill -9`: a child process acts from
//! several threads and prints each acknowledgement; the parent kills it
//! mid-stream, reopens the store and finds every acknowledged action.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use imi_engine::runtime::{StaticDirectory, SystemClock};
use imi_engine::{load, Actor, Engine, Layout, RoleGrant};
use imi_expr::Value;

const CHILD: &str = "IMI_CRASH_CHILD_STORE";
const NAME: &str = "acknowledged_actions_survive_kill_9";

fn engine(store: &Path) -> Engine {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let defs = Arc::new(load(&Layout::find(&fixture)).definitions.unwrap());
    let mut d = StaticDirectory::default();
    d.countries.insert("EE-0001".into(), "EE".into());
    Engine::open(store, defs, Arc::new(SystemClock), Arc::new(d)).unwrap()
}

fn clerk() -> Actor {
    Actor::User {
        user: "u".into(),
        authority: "EE-0001".into(),
        roles: vec![RoleGrant {
            role: "clerk".into(),
            area: None,
        }],
    }
}

/// The child: four threads touching their own tickets for ever, printing
/// `ack <instance> <count>` after each acknowledged action.
fn child(store: &Path) {
    let engine = Arc::new(engine(store));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let engine = engine.clone();
            std::thread::spawn(move || loop {
                let title = BTreeMap::from([("title".to_string(), Value::String("t".into()))]);
                let id = engine
                    .start("ticket", None, &clerk(), title)
                    .unwrap()
                    .instance;
                println!("ack {id} 0");
                for n in 1..=50 {
                    engine.act(id, "touch", &clerk(), BTreeMap::new()).unwrap();
                    println!("ack {id} {n}");
                    std::io::stdout().flush().unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

#[test]
fn acknowledged_actions_survive_kill_9() {
    if let Some(store) = std::env::var_os(CHILD) {
        child(Path::new(&store));
        return;
    }
    let store = tempfile::tempdir().unwrap();
    let mut process = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD, store.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = process.stdout.take().unwrap();
    let mut acked: HashMap<u64, u64> = HashMap::new();
    let mut lines = BufReader::new(stdout).lines();
    let mut seen = 0;
    while seen < 400 {
        let Some(Ok(line)) = lines.next() else { break };
        let Some(rest) = line.strip_prefix("ack ") else {
            continue;
        };
        let (id, n) = rest.split_once(' ').unwrap();
        let (id, n): (u64, u64) = (id.parse().unwrap(), n.parse().unwrap());
        let e = acked.entry(id).or_default();
        *e = (*e).max(n);
        seen += 1;
    }
    process.kill().unwrap(); // SIGKILL
    process.wait().unwrap();
    assert_eq!(seen, 400, "the child stopped early");

    let engine = engine(store.path());
    for (id, n) in &acked {
        let inst = engine
            .instance(*id)
            .unwrap()
            .unwrap_or_else(|| panic!("instance {id} lost"));
        let count = match inst.fields.get("count") {
            Some(Value::Number(c)) => *c as u64,
            other => panic!("{other:?}"),
        };
        assert!(
            count >= *n,
            "instance {id}: {n} touches acknowledged, {count} stored"
        );
        assert!(engine.audit(*id).unwrap().len() as u64 > *n);
    }
}
