//! The browser journey, in Debian's headless chromium driven through
//! chromedriver (both installed by `.ci/run`), against `imi serve --demo`:
//!
//! - the Estonian request handler (EE-NURSES) logs in through the pages
//!   (password, then three characters of the security code), reads My tasks
//!   in Estonian, and finds the Portuguese nursing board by typing in
//!   Estonian;
//! - composes a professional-qualifications request to it: the other
//!   profession is asked (shown at once) only when "other" is chosen, and a
//!   birth date in the future is refused by the questionnaire's constraint,
//!   said in Estonian next to the field; then sends it;
//! - the Portuguese handler logs in, reads the request in Portuguese,
//!   accepts it with a new deadline, makes a mistake in the reply
//!   (sanctions without their details, asked once "yes" is chosen), then
//!   replies;
//! - the Estonian requester reads the reply in Estonian and closes with a
//!   rating.
//!
//! Screenshots of the pages are saved in `target/tmp/browser-journey/`;
//! each page shot is also checked with axe-core (WCAG 2.1 A and AA): the
//! test fails on any serious or critical problem.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// Kills the child when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `imi serve --demo` on a free port: the child and its address.
fn serve(data: &Path) -> (Killed, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_imi"))
        .args(["serve", "--demo", "--addr", "127.0.0.1:0", "--data"])
        .arg(data)
        .current_dir(data.parent().unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let address = loop {
        let line = lines
            .next()
            .expect("the server printed its address")
            .unwrap();
        if let Some(rest) = line.strip_prefix("listening on http://") {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    // Keep reading so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (Killed(child), format!("http://{address}"))
}

fn chromedriver() -> (Killed, String) {
    assert!(
        Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists(),
        "the browser test needs Debian's chromium and chromium-driver (`.ci/run` installs them: apt-get install chromium chromium-driver)"
    );
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (Killed(child), format!("http://127.0.0.1:{port}"))
}

async fn browser(driver: &str) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--lang=en"
            ]
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(driver)
        .await
        .unwrap()
}

struct Journey {
    c: Client,
    base: String,
    shots: PathBuf,
    n: usize,
    /// axe-core's script (installed by `.ci/run` with npm).
    axe: String,
    /// The accessibility problems found so far, per page.
    violations: Vec<String>,
}

/// Where `.ci/run` installs axe-core (`npm install --prefix target/axe`).
fn axe_script() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; install it with `npm install --prefix target/axe axe-core@4.14.1` (as .ci/run does)",
            path.display()
        )
    })
}

impl Journey {
    async fn goto(&self, path: &str) {
        self.c.goto(&format!("{}{path}", self.base)).await.unwrap();
    }

    async fn source(&self) -> String {
        self.c.source().await.unwrap()
    }

    /// The element `css`, waiting for it (a page may still be loading).
    async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.c
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
    }

    async fn fill(&self, css: &str, text: &str) {
        let e = self.find(css).await;
        e.clear().await.unwrap();
        e.send_keys(text).await.unwrap();
    }

    /// Clicks `css` and, when it submits or follows a link, waits for the
    /// next page.
    async fn click(&self, css: &str) {
        let before = self.find("html").await.element_id();
        let target = self.find(css).await;
        let navigates = matches!(target.tag_name().await.unwrap().as_str(), "a" | "button");
        target.click().await.unwrap();
        if navigates {
            let started = Instant::now();
            loop {
                if let Ok(html) = self.c.find(Locator::Css("html")).await {
                    let ready = self.c.execute("return document.readyState", vec![]).await;
                    if html.element_id() != before && ready.is_ok_and(|r| r == "complete") {
                        break;
                    }
                }
                assert!(
                    started.elapsed() < Duration::from_secs(15),
                    "no new page after clicking {css}"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }

    /// Clicks `css` that changes nothing but the page in place (a radio
    /// button, a <details> summary).
    async fn toggle(&self, css: &str) {
        self.find(css).await.click().await.unwrap();
    }

    /// Saves a screenshot of the page, and checks it with axe-core (WCAG
    /// 2.1 A and AA rules): its serious and critical problems are kept.
    async fn screenshot(&mut self, name: &str) {
        self.n += 1;
        let png = self.c.screenshot().await.unwrap();
        std::fs::write(self.shots.join(format!("{:02}-{name}.png", self.n)), png).unwrap();
        self.c
            .execute(&format!("{}\nreturn true;", self.axe), vec![])
            .await
            .unwrap();
        let found = self
            .c
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
                  .then((r) => done(r.violations
                    .filter((v) => v.impact === "serious" || v.impact === "critical")
                    .map((v) => v.id + " (" + v.impact + "): " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "))))
                  .catch((e) => done(["axe failed: " + e]));"#,
                vec![],
            )
            .await
            .unwrap();
        for v in found.as_array().into_iter().flatten() {
            self.violations
                .push(format!("{name}: {}", v.as_str().unwrap_or_default()));
        }
    }

    /// Logs `user` in with the demo password and security code.
    async fn login(&mut self, user: &str) {
        self.goto("/login").await;
        self.fill("#user_id", user).await;
        self.fill("#password", "Demo-pass1").await;
        self.click("#login-submit").await;
        let code: Vec<char> = "DemoCode2026".chars().collect();
        for field in ["c1", "c2", "c3"] {
            let e = self.find(&format!("#{field}")).await;
            let position: usize = e
                .attr("data-position")
                .await
                .unwrap()
                .unwrap()
                .parse()
                .unwrap();
            e.send_keys(&code[position - 1].to_string()).await.unwrap();
        }
        self.screenshot(&format!("code-{user}")).await;
        self.click("#code-submit").await;
        let page = self.source().await;
        assert!(page.contains(user), "{user} is logged in: {page}");
    }

    async fn logout(&self) {
        self.click("header form[action='/logout'] button").await;
    }

    /// Opens the form of `action` on the request page.
    async fn open_action(&self, action: &str) {
        self.toggle(&format!("#action-{action} summary")).await;
    }

    /// Waits until `css` is shown.
    async fn wait_displayed(&self, css: &str) {
        let started = Instant::now();
        while !self.find(css).await.is_displayed().await.unwrap() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{css} is not shown"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Sets a date input (typing dates depends on the browser's locale).
    async fn set_date(&self, css: &str, date: &str) {
        let e = self.find(css).await;
        self.c
            .execute(
                "arguments[0].value = arguments[1];",
                vec![serde_json::to_value(&e).unwrap(), serde_json::json!(date)],
            )
            .await
            .unwrap();
    }
}

fn in_days(days: i64) -> String {
    let out = Command::new("date")
        .args(["-u", "-d", &format!("+{days} days"), "+%F"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_journey_in_a_real_browser() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let (_server, base) = serve(&data);
    let (_driver, driver_url) = chromedriver();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-journey");
    let _ = std::fs::remove_dir_all(&shots);
    std::fs::create_dir_all(&shots).unwrap();
    let c = browser(&driver_url).await;
    let mut j = Journey {
        c,
        base: base.clone(),
        shots,
        n: 0,
        axe: axe_script(),
        violations: Vec::new(),
    };

    // The login page, then EE-NURSES (Estonian) logs in.
    j.goto("/login").await;
    j.screenshot("login").await;
    j.login("EE-NURSES").await;
    let page = j.source().await;
    assert!(page.contains("lang=\"et\""), "My tasks in Estonian");
    j.screenshot("tasks-et").await;

    // Finds the Portuguese nursing board by typing in Estonian.
    j.click("header nav a[href='/search']").await;
    j.fill("#q", "õdede register").await;
    j.find("#country")
        .await
        .select_by_value("PT")
        .await
        .unwrap();
    // Suggested while typing (the page's script asks the search).
    j.wait_displayed("#suggestions a[href='/authorities/PT-0002']")
        .await;
    j.click("#search-submit").await;
    let page = j.source().await;
    assert!(page.contains("/authorities/PT-0002"), "found: {page}");
    j.screenshot("search-et").await;
    j.click("a[href='/authorities/PT-0002']").await;
    let page = j.source().await;
    assert!(
        page.contains("Ordem dos Enfermeiros") || page.contains("Õdede register"),
        "{page}"
    );
    j.screenshot("authority-et").await;

    // Composes a professional-qualifications request to it.
    j.click("#write-request").await;
    j.click("#compose-pq_request").await;
    let form = "form.compose";
    let value = j
        .find(&format!("{form} input[name='responder']"))
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(value.as_deref(), Some("PT-0002"), "the authority found");
    j.set_date(
        &format!("{form} input[name='proposed_deadline']"),
        &in_days(20),
    )
    .await;
    j.fill(&format!("{form} input[name='answers.family_name']"), "Tamm")
        .await;
    j.fill(&format!("{form} input[name='answers.given_names']"), "Mari")
        .await;
    // A birth date in the future: the questionnaire's constraint refuses it.
    j.set_date(
        &format!("{form} input[name='answers.birth_date']"),
        &in_days(3),
    )
    .await;
    j.fill(
        &format!("{form} input[name='answers.nationality']"),
        "Eesti",
    )
    .await;
    // The other profession is asked only once "other" is chosen: the page
    // shows it at once (the server says which questions are asked).
    let other = format!("{form} fieldset[data-name='answers.profession_other']");
    assert!(
        !j.find(&other).await.is_displayed().await.unwrap(),
        "not asked yet"
    );
    j.find(&format!("{form} select[name='answers.profession']"))
        .await
        .select_by_value("other")
        .await
        .unwrap();
    j.wait_displayed(&other).await;
    j.fill(
        &format!("{form} input[name='answers.profession_other']"),
        "Üldõde",
    )
    .await;
    j.find(&format!("{form} select[name='answers.practice_basis']"))
        .await
        .select_by_value("establishment")
        .await
        .unwrap();
    for topic in ["document_authenticity", "legal_establishment", "sanctions"] {
        j.toggle(&format!(
            "{form} input[name='answers.information_requested'][value='{topic}']"
        ))
        .await;
    }
    j.fill(
        &format!("{form} input[name='answers.qualification_title']"),
        "Õde (rakenduskõrgharidus)",
    )
    .await;
    j.fill(
        &format!("{form} input[name='answers.awarding_body']"),
        "Tallinna Tervishoiu Kõrgkool",
    )
    .await;
    j.find(&format!(
        "{form} select[name='answers.documents[1].document_kind']"
    ))
    .await
    .select_by_value("diploma")
    .await
    .unwrap();
    // The diploma is attached from disk; a second document is added with
    // the group's button (its room is hidden until then).
    let diploma = j.shots.join("diplom.pdf");
    std::fs::write(&diploma, b"%PDF-1.4 diplom").unwrap();
    j.find(&format!(
        "{form} input[name='file:answers.documents[1].document_file']"
    ))
    .await
    .send_keys(&diploma.display().to_string())
    .await
    .unwrap();
    let second = format!("{form} select[name='answers.documents[2].document_kind']");
    assert!(
        !j.find(&second).await.is_displayed().await.unwrap(),
        "the second item waits for the button"
    );
    j.toggle(&format!(
        "{form} button.add-item[data-repeat='answers.documents']"
    ))
    .await;
    j.wait_displayed(&second).await;
    j.find(&second)
        .await
        .select_by_value("certificate")
        .await
        .unwrap();
    let certificate = j.shots.join("tunnistus.pdf");
    std::fs::write(&certificate, b"%PDF-1.4 tunnistus").unwrap();
    j.find(&format!(
        "{form} input[name='file:answers.documents[2].document_file']"
    ))
    .await
    .send_keys(&certificate.display().to_string())
    .await
    .unwrap();
    j.click("#compose-send").await;
    // Saved as a draft, not sent: the send form again, with what was typed
    // and the constraint's own message at the birth date.
    let page = j.source().await;
    assert!(
        page.contains("id=\"error-summary\"") && page.contains("field-error"),
        "{page}"
    );
    assert!(
        page.contains("Sünniaeg peab olema minevikus"),
        "the constraint's message in Estonian: {page}"
    );
    assert!(
        page.contains("diplom.pdf") && page.contains("tunnistus.pdf"),
        "the files stay attached: {page}"
    );
    let form = "#action-send form";
    j.screenshot("compose-refused-et").await;
    j.set_date(
        &format!("{form} input[name='answers.birth_date']"),
        "1985-03-14",
    )
    .await;
    j.click("#do-send").await;
    let page = j.source().await;
    assert!(
        page.contains("id=\"request-heading\"") && !page.contains("id=\"error-summary\""),
        "{page}"
    );
    let request: u64 =
        j.c.current_url()
            .await
            .unwrap()
            .path()
            .trim_start_matches("/requests/")
            .parse()
            .unwrap();
    j.screenshot("sent-et").await;
    j.logout().await;

    // The Portuguese handler: My tasks, the request in Portuguese.
    j.login("PT-HANDLER").await;
    let page = j.source().await;
    assert!(
        page.contains("lang=\"pt\"") && page.contains(&format!("/requests/{request}")),
        "{page}"
    );
    j.screenshot("tasks-pt").await;
    j.click(&format!("a[href='/requests/{request}']")).await;
    let page = j.source().await;
    assert!(
        page.contains("Profissão regulamentada em causa")
            && page.contains("Outra profissão regulamentada"),
        "{page}"
    );
    // Both attached files, as links the responder downloads.
    for name in ["diplom.pdf", "tunnistus.pdf"] {
        let link = j
            .find(&format!(
                "a[download][href^='/api/instances/{request}/files/']"
            ))
            .await;
        assert!(link.is_displayed().await.unwrap());
        assert!(page.contains(&format!(">{name}</a>")), "{name}: {page}");
    }
    j.screenshot("request-pt").await;

    // Accepts with a later deadline than proposed.
    let deadline = in_days(40);
    j.open_action("accept").await;
    j.set_date("#action-accept input[name='deadline']", &deadline)
        .await;
    j.click("#do-accept").await;
    let page = j.source().await;
    assert!(page.contains(&deadline), "the new deadline: {page}");

    // Replies: first with sanctions but no details (refused, said at the field).
    j.open_action("reply").await;
    j.toggle("#action-reply input[name='answers.legally_established'][value='true']")
        .await;
    j.toggle("#action-reply input[name='answers.suspension_or_prohibition'][value='false']")
        .await;
    j.find("#action-reply select[name='answers.sanctions']")
        .await
        .select_by_value("yes")
        .await
        .unwrap();
    j.find("#action-reply select[name='answers.documents[1].document_authentic']")
        .await
        .select_by_value("yes")
        .await
        .unwrap();
    j.click("#do-reply").await;
    let page = j.source().await;
    assert!(
        page.contains("id=\"error-summary\"") && page.contains("field-error"),
        "{page}"
    );
    j.screenshot("reply-refused-pt").await;
    j.fill(
        "#action-reply textarea[name='answers.sanction_details']",
        "Advertência em 2019.",
    )
    .await;
    j.click("#do-reply").await;
    let page = j.source().await;
    assert!(!page.contains("id=\"error-summary\""), "{page}");
    j.screenshot("replied-pt").await;
    j.logout().await;

    // The Estonian requester reads the reply in Estonian and closes it.
    j.login("EE-NURSES").await;
    j.goto(&format!("/requests/{request}")).await;
    let page = j.source().await;
    assert!(
        page.contains("lang=\"et\"") && page.contains("Advertência em 2019."),
        "{page}"
    );
    j.screenshot("reply-et").await;
    j.open_action("close").await;
    j.fill("#action-close input[name='rating_timeliness']", "5")
        .await;
    j.fill("#action-close input[name='rating_effort']", "4")
        .await;
    j.click("#do-close").await;
    let page = j.source().await;
    assert!(page.contains("id=\"request-state\""), "{page}");
    assert!(!page.contains("id=\"action-close\""), "closed: {page}");
    j.screenshot("closed-et").await;

    // Her authority's links and request coordinators, from the menu.
    j.click("nav a[href='/lists/my_authority']").await;
    let page = j.source().await;
    assert!(
        page.contains("id=\"list-linked_authorities\"")
            && page.contains("id=\"start-linked_authorities\""),
        "{page}"
    );
    j.screenshot("links-et").await;
    // The other pages of the menu, each checked like the rest.
    for (path, name) in [
        ("/requests", "requests-et"),
        ("/admin", "admin-et"),
        ("/statistics", "statistics-et"),
    ] {
        j.click(&format!("nav a[href='{path}']")).await;
        j.screenshot(name).await;
    }
    j.logout().await;

    // The Portuguese request coordinator's page: the authorities whose
    // requests it coordinates, the nursing board among them.
    j.login("PT-PQ-COORD").await;
    j.click("nav a[href='/lists/coordination']").await;
    let page = j.source().await;
    assert!(
        page.contains("id=\"list-coordinated_authorities\""),
        "{page}"
    );
    assert!(page.contains("href=\"/authorities/PT-0002\""), "{page}");
    j.screenshot("coordination-pt").await;
    j.c.close().await.unwrap();
    assert!(
        j.violations.is_empty(),
        "accessibility problems (axe-core, WCAG 2.1 AA):\n{}",
        j.violations.join("\n")
    );
}
