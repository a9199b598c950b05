//! Rendering notifications: the recipient's language, the default for an
//! unknown one, params as Fluent variables, the footer, and typed errors
//! instead of blank e-mails.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use common::*;
use imi_expr::Value;
use imi_mail::{MailError, Renderer};

const PASSWORD: &str = "Xq7-temporary-Pw9";

#[test]
fn a_german_recipient_gets_german_text_with_the_params() {
    let defs = shipped();
    let engine = engine(defs.clone());
    register(&engine, "DE-anna01", "anna@example.org", "de", PASSWORD);
    let n = only_notification(&engine);
    assert_eq!(n.template, "user_account-email-temporary-password");
    let renderer = Renderer::new(&defs, "en").unwrap();
    let email = renderer.render(&n, Some("de")).unwrap();
    assert_eq!(email.language, "de");
    assert_eq!(email.notification, n.id);
    assert_eq!(email.subject, "Ihr vorläufiges IMI-Passwort");
    assert!(
        email.body.starts_with("Guten Tag Mari Maasikas,\n\n"),
        "{}",
        email.body
    );
    assert!(
        email.body.contains(&format!(
            "Binnenmarkt-Informationssystem (IMI) lautet: {PASSWORD}\n"
        )),
        "{}",
        email.body
    );
    // Plain text: no Unicode isolation marks around the variables.
    assert!(!email.body.contains(['\u{2068}', '\u{2069}']));
    assert!(!email.subject.contains(['\u{2068}', '\u{2069}']));
    // Never the user ID.
    assert!(!email.body.to_lowercase().contains("de-anna01"));
}

#[test]
fn an_unknown_or_missing_language_falls_back_to_the_default() {
    let defs = shipped();
    let engine = engine(defs.clone());
    register(&engine, "EE-mari01", "mari@example.org", "et", PASSWORD);
    let n = only_notification(&engine);
    let renderer = Renderer::new(&defs, "en").unwrap();
    for wanted in [Some("xx"), Some(""), None] {
        let email = renderer.render(&n, wanted).unwrap();
        assert_eq!(email.language, "en", "{wanted:?}");
        assert_eq!(email.subject, "Your temporary IMI password");
        assert!(
            email.body.starts_with("Dear Mari Maasikas,"),
            "{}",
            email.body
        );
        assert!(email.body.contains(PASSWORD));
    }
    // A known language in another case is still that language.
    assert_eq!(renderer.render(&n, Some("DE")).unwrap().language, "de");
    // Another default.
    let french = Renderer::new(&defs, "fr").unwrap();
    assert_eq!(french.render(&n, Some("xx")).unwrap().language, "fr");
}

#[test]
fn a_default_language_outside_the_definitions_is_refused() {
    let err = Renderer::new(&shipped(), "tlh").unwrap_err();
    assert!(
        matches!(&err, MailError::UnknownLanguage { language, .. } if language == "tlh"),
        "{err}"
    );
}

#[test]
fn a_missing_template_is_a_typed_error_not_a_blank_mail() {
    let defs = shipped();
    let engine = engine(defs.clone());
    register(&engine, "DE-anna01", "anna@example.org", "de", PASSWORD);
    let mut n = only_notification(&engine);
    n.template = "no-such-email".into();
    let renderer = Renderer::new(&defs, "en").unwrap();
    let err = renderer.render(&n, Some("de")).unwrap_err();
    match &err {
        MailError::MissingTemplate { template, language } => {
            assert_eq!(template, "no-such-email");
            assert_eq!(language, "de");
        }
        other => panic!("wrong error: {other:?}"),
    }
    assert!(err.to_string().contains("no-such-email"));
    assert!(err.to_string().contains("de"));
}

#[test]
fn a_template_without_subject_is_a_typed_error() {
    // The loader refuses a workflow whose template lacks a subject, so the
    // notification is altered after the fact (as an older store might hold).
    let defs = notice_defs();
    let engine = engine(defs.clone());
    send_notice(&engine, "Audit", "a@example.org", "b@example.org");
    let mut n = only_notification(&engine);
    n.template = "notice-email-without-subject".into();
    let renderer = Renderer::new(&defs, "en").unwrap();
    for language in ["en", "de"] {
        let err = renderer.render(&n, Some(language)).unwrap_err();
        assert!(
            matches!(&err, MailError::MissingSubject { template, language: l }
                if template == "notice-email-without-subject" && l == language),
            "{err:?}"
        );
    }
}

#[test]
fn a_param_the_notification_lacks_is_a_typed_error() {
    let defs = notice_defs();
    let engine = engine(defs.clone());
    send_notice(&engine, "Audit", "a@example.org", "b@example.org");
    let mut n = only_notification(&engine);
    n.params.remove("title");
    let err = Renderer::new(&defs, "en")
        .unwrap()
        .render(&n, None)
        .unwrap_err();
    assert!(
        matches!(&err, MailError::Format { template, language, .. }
            if template == "notice-email" && language == "en"),
        "{err:?}"
    );
}

#[test]
fn params_become_fluent_variables_and_the_footer_follows_a_blank_line() {
    let defs = notice_defs();
    let engine = engine(defs.clone());
    send_notice(&engine, "Audit", "a@example.org", "b@example.org");
    let mut n = only_notification(&engine);
    let renderer = Renderer::new(&defs, "en").unwrap();
    let en = renderer.render(&n, None).unwrap();
    assert_eq!(en.subject, "Notice: Audit");
    assert_eq!(
        en.body,
        "Hello,\n\nthe notice “Audit” has 3 items.\n\n— IMI, the Internal Market Information System\n"
    );
    // In the recipient's language, footer included.
    let de = renderer.render(&n, Some("de")).unwrap();
    assert_eq!(de.subject, "Hinweis: Audit");
    assert_eq!(
        de.body,
        "Guten Tag,\n\nder Hinweis „Audit“ hat 3 Einträge.\n\n— IMI, das Binnenmarkt-Informationssystem\n"
    );
    // Null is an empty text; other values their display text; texts per
    // language in the e-mail's language.
    n.params.insert("count".into(), Value::Null);
    assert!(renderer
        .render(&n, None)
        .unwrap()
        .body
        .contains("has  items"));
    n.params.insert("count".into(), Value::Bool(true));
    assert!(renderer
        .render(&n, None)
        .unwrap()
        .body
        .contains("has true items"));
    n.params.insert(
        "title".into(),
        Value::Texts(
            [
                ("en".to_string(), "Review".to_string()),
                ("de".to_string(), "Prüfung".to_string()),
            ]
            .into(),
        ),
    );
    assert_eq!(
        renderer.render(&n, Some("de")).unwrap().subject,
        "Hinweis: Prüfung"
    );
    assert_eq!(renderer.render(&n, None).unwrap().subject, "Notice: Review");
    // No HTML escaping in plain text.
    n.params
        .insert("title".into(), Value::String("<A & B>".into()));
    assert!(renderer
        .render(&n, None)
        .unwrap()
        .body
        .contains("“<A & B>”"));
}

#[test]
fn the_renderer_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Renderer>();
    shareable::<imi_mail::Mailer>();
}
