//! The `imi` binary driven as policy owners use it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::{Path, PathBuf};
use std::process::Command;

fn imi() -> Command {
    Command::new(env!("CARGO_BIN_EXE_imi"))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `imi check` on a deliberately broken copy lists every problem at its
/// place; the expected listing is a file beside the fixture.
#[test]
fn check_lists_every_problem_with_its_place() {
    let dir = fixtures().join("broken");
    let out = imi().arg("check").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let prefix = format!("{}/", dir.display());
    let got = String::from_utf8(out.stdout).unwrap().replace(&prefix, "");
    let expected = std::fs::read_to_string(fixtures().join("broken.expected")).unwrap();
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(fixtures().join("broken.expected"), &got).unwrap();
    }
    assert_eq!(got, expected, "set UPDATE_EXPECT=1 to accept a new listing");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{} errors", got.lines().count())),
        "{stderr}"
    );
}

#[test]
fn check_and_test_pass_on_a_valid_area() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/fixtures/mini");
    let out = imi().arg("check").arg(&dir).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = imi().arg("test").arg(&dir).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("scenarios: 2 passed, 0 failed"), "{stdout}");
}

#[test]
fn a_failing_scenario_names_its_file_and_step() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/fixtures/mini");
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&src, tmp.path());
    let file = tmp.path().join("definitions/demo/scenarios/ticket.yaml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("expect: { state: late", "expect: { state: open");
    std::fs::write(&file, text).unwrap();
    let out = imi().arg("test").arg(tmp.path()).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("ticket.yaml:17:5: step 3:"),
        "the step's line: {stdout}"
    );
    assert!(
        stdout.contains(": step 3: state is `late`, expected `open`"),
        "{stdout}"
    );
}

#[test]
fn schema_writes_a_json_schema_per_file_kind() {
    let tmp = tempfile::tempdir().unwrap();
    let out = imi()
        .args(["schema", "--out"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    for kind in [
        "area",
        "workflow",
        "scenario",
        "calendar",
        "keywords",
        "languages",
    ] {
        let text = std::fs::read_to_string(tmp.path().join(format!("{kind}.schema.json"))).unwrap();
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(
            schema.get("properties").is_some() || schema.get("definitions").is_some(),
            "{kind}"
        );
    }
    let workflow = std::fs::read_to_string(tmp.path().join("workflow.schema.json")).unwrap();
    assert!(
        workflow.contains("\"additionalProperties\": false"),
        "unknown keys must be refused"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The benchmark runs on the built-in definitions and ends with its summary line.
#[test]
fn bench_engine_prints_its_table_and_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let out = imi()
        .args([
            "bench",
            "engine",
            "--actions",
            "20",
            "--threads",
            "4",
            "--data",
        ])
        .arg(tmp.path().join("bench"))
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("| sequential durable actions |"),
        "{stdout}"
    );
    summary_line(
        &stdout,
        "engine:",
        &["sequential=", "concurrent=", "fsync=", "load_ms="],
    );
}

/// The last line of a benchmark: `<prefix> name=<positive number>…`.
fn summary_line(stdout: &str, prefix: &str, names: &[&str]) {
    let last = stdout.lines().last().unwrap();
    let fields: Vec<&str> = last.split_whitespace().collect();
    assert_eq!(fields.first(), Some(&prefix), "{last}");
    assert_eq!(fields.len(), names.len() + 1, "{last}");
    for (field, name) in fields[1..].iter().zip(names) {
        let value = field.strip_prefix(name).unwrap_or_else(|| panic!("{last}"));
        let number: f64 = value.trim_end_matches("/s").parse().unwrap();
        assert!(number > 0.0, "{last}");
    }
}

/// `imi bench requests` runs complete exchanges through the HTTP API and
/// prints its tables and summary line.
#[test]
fn bench_requests_prints_its_table_and_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let out = imi()
        .args([
            "bench",
            "requests",
            "--exchanges",
            "30",
            "--clients",
            "4",
            "--data",
        ])
        .arg(tmp.path().join("bench"))
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for row in [
        "| complete exchanges |",
        "| accept | 30 |",
        "| approve_request | 6 |",
        "| allocate | 6 |",
        "| read: my tasks | 200 |",
        "| read: lists | 200 |",
    ] {
        assert!(stdout.contains(row), "`{row}` in {stdout}");
    }
    summary_line(&stdout, "requests:", &["exchanges=", "p99_ms=", "rss_mb="]);
}

/// `imi serve` answers on a real socket and stops cleanly on SIGTERM.
#[test]
fn serve_answers_health_and_stops_on_sigterm() {
    use std::io::{BufRead, BufReader, Read, Write};
    let tmp = tempfile::tempdir().unwrap();
    let mut server = imi()
        .args(["serve", "--addr", "127.0.0.1:0", "--data"])
        .arg(tmp.path().join("data"))
        .current_dir(tmp.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let address = loop {
        let line = lines
            .next()
            .expect("the server printed its address")
            .unwrap();
        if let Some(rest) = line.strip_prefix("listening on http://") {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "GET /api/health HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("\"status\":\"ok\""), "{response}");
    assert!(
        response.contains("\"languages\":24"),
        "the built-in definitions: {response}"
    );

    let pid = server.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let status = server.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    assert!(rest.iter().any(|l| l.starts_with("stopped")), "{rest:?}");
}

/// The README's curl sequences against `imi serve --demo`:
/// `scripts/demo-login.sh` (the demo LDA logs in and registers a user, who
/// logs in with the temporary password from the .eml file and the
/// security-code challenge) and `scripts/demo-exchange.sh` (a full request
/// exchange between Estonia and Portugal). A second start keeps the data
/// (no second demo load).
#[test]
fn the_documented_demo_sequence_works() {
    use std::io::{BufRead, BufReader};
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let start = || {
        let mut server = imi()
            .args(["serve", "--demo", "--addr", "127.0.0.1:0", "--data"])
            .arg(&data)
            .current_dir(tmp.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
        let mut printed = Vec::new();
        let address = loop {
            let line = lines
                .next()
                .expect("the server printed its address")
                .unwrap();
            if let Some(rest) = line.strip_prefix("listening on http://") {
                break rest.split_whitespace().next().unwrap().to_string();
            }
            printed.push(line);
        };
        (server, address, printed, lines)
    };
    let stop = |server: &mut std::process::Child| {
        let pid = server.id().to_string();
        assert!(Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success());
        let status = server.wait().unwrap();
        let mut err = String::new();
        if let Some(mut e) = server.stderr.take() {
            use std::io::Read;
            let _ = e.read_to_string(&mut err);
        }
        assert!(status.success(), "{status:?}: {err}");
    };

    let (mut server, address, printed, _lines) = start();
    let text = printed.join("\n");
    assert!(text.contains("demo data loaded"), "{text}");
    assert!(
        text.contains("EE-LDA") && text.contains("Demo-pass1"),
        "{text}"
    );
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/demo-login.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(format!("http://{address}/api"))
        .arg(data.join("mail"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.trim_end().ends_with("done"), "{stdout}");

    // The full Estonian–Portuguese exchange (`scripts/demo-exchange.sh`):
    // approval, allocation, further information, referral, closure; each
    // side reads the answers in its own language.
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/demo-exchange.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(format!("http://{address}/api"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in [
        "4. EE-PQ-COORD approved it: awaiting_acceptance",
        "5. PT-LDA allocated it to PT-HANDLER: awaiting_acceptance",
        // In Portuguese for the responder, in Estonian for the requester.
        "Profissão regulamentada em causa: Enfermeiro responsável por cuidados gerais",
        "Kas spetsialistile on määratud kutsetegevusega seotud distsiplinaar- või kriminaalkaristusi?: Ei",
        "12. EE-NURSES referred it to both request coordinators: referred",
        "14. EE-NURSES closed it with a rating: closed",
    ] {
        assert!(stdout.contains(line), "{line} not in:\n{stdout}");
    }
    stop(&mut server);

    let (mut server, _, printed, _lines) = start();
    let text = printed.join("\n");
    assert!(!text.contains("demo data loaded"), "loaded once: {text}");
    assert!(text.contains("EE-LDA"), "the users are still shown: {text}");
    stop(&mut server);
}

/// `imi bench search` measures relevance on the dev queries (meeting the
/// issue's targets on them) and, with `--scale`, speed; each ends with its
/// summary line.
#[test]
fn bench_search_prints_relevance_and_speed() {
    let queries = Path::new(env!("CARGO_MANIFEST_DIR")).join("../search-index/queries/dev.jsonl");
    let tmp = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        let out = imi()
            .args(["bench", "search", "--queries"])
            .arg(&queries)
            .args(extra)
            .current_dir(tmp.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            out.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
    };
    let stdout = run(&[]);
    assert!(stdout.contains("| et "), "a row per language: {stdout}");
    let last = stdout.lines().last().unwrap();
    let value = |name: &str| -> f64 {
        last.split_whitespace()
            .find_map(|f| f.strip_prefix(name))
            .unwrap_or_else(|| panic!("{name} in {last}"))
            .parse()
            .unwrap()
    };
    assert!(last.starts_with("relevance: "), "{last}");
    assert!(value("mrr=") >= 0.90, "{last}");
    assert!(value("recall10=") >= 0.97, "{last}");
    let data = tmp.path().join("scaled");
    let stdout = run(&["--scale", "3000", "--data", data.to_str().unwrap()]);
    let last = stdout.lines().last().unwrap();
    assert!(last.starts_with("search: build="), "{last}");
    assert!(stdout.contains("| authorities | 3000 |"), "{stdout}");
}
