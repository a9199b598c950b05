#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every language's analysis, end to end: a document whose informal name is
//! in one language is found by an inflected form of one of its words and by
//! the word typed without diacritics; Greek and Bulgarian also by Latin
//! letters. All the languages' documents share one index, so "first hit"
//! also means the other languages' look-alike words do not win.

use std::collections::BTreeMap;

use imi_search::analysis::{fold, stemmer, transliterate, Analysis, LANGUAGES, MIN_GRAM};
use imi_search::{AuthorityDoc, SearchIndex, SearchRequest};

/// One authority per row: (language, informal name, queries in that
/// language that must find it first). Each row has a query differing from
/// the indexed word by inflection (number, case, definiteness) and, where
/// the language has diacritics, one typed without them.
const CASES: &[(&str, &str, &[&str])] = &[
    // Bulgarian Medical Association: definite form; no diacritics in Cyrillic.
    ("bg", "Български лекарски съюз", &["лекарския", "съюза"]),
    // Czech Medical Chamber: genitive/locative, and without háčky/čárky.
    (
        "cs",
        "Česká lékařská komora",
        &["lékařské", "komoře", "lekarska", "komory"],
    ),
    // Danish Medical Association: indefinite form, and æ typed as ae.
    ("da", "Lægeforeningen", &["lægeforening", "laegeforening"]),
    // German chambers of pharmacists / physicians: singular, and without umlaut.
    ("de", "Apothekerkammern der Länder", &["Apothekerkammer"]),
    (
        "de",
        "Ärztekammer Nordrhein",
        &["Ärztekammern", "Arztekammer"],
    ),
    // Panhellenic Medical Association: genitive, and without tonos.
    (
        "el",
        "Πανελλήνιος Ιατρικός Σύλλογος",
        &["συλλόγου", "συλλογος", "ιατρικος"],
    ),
    ("en", "Council of pharmacists", &["pharmacist"]),
    (
        "es",
        "Consejo General de Colegios Oficiales de Farmacéuticos",
        &["farmacéutico", "farmaceuticos"],
    ),
    // Consumer Protection and Technical Regulatory Authority: partitive, no ä.
    (
        "et",
        "Tarbijakaitse ja Tehnilise Järelevalve Amet",
        &["tarbijakaitset", "järelevalvet", "jarelevalve"],
    ),
    // Finnish Medical Association: genitive, and without ä.
    (
        "fi",
        "Suomen Lääkäriliitto",
        &["lääkäriliiton", "laakariliitto"],
    ),
    (
        "fr",
        "Conseil national de l'Ordre des médecins",
        &["médecin", "medecin"],
    ),
    // Medical Council (eclipsed plural): singular, and without síneadh fada.
    (
        "ga",
        "Comhairle na nDochtúirí Leighis",
        &["dochtúir", "dochtuiri"],
    ),
    // Croatian Medical Chamber: genitive, and without č.
    (
        "hr",
        "Hrvatska liječnička komora",
        &["liječničke", "komore", "lijecnicka"],
    ),
    // Hungarian Chamber of Pharmacists: plural noun, allative case, no accents.
    (
        "hu",
        "Magyar Gyógyszerészi Kamara",
        &["gyógyszerészek", "kamarához", "gyogyszereszi"],
    ),
    // Italian Competition Authority (consumer protection): plural, no grave accent.
    (
        "it",
        "Autorità Garante della Concorrenza e del Mercato",
        &["garanti", "autorita"],
    ),
    // State Consumer Rights Protection Authority: cases, and without ų/ė.
    (
        "lt",
        "Valstybinė vartotojų teisių apsaugos tarnyba",
        &["vartotojas", "tarnybos", "vartotoju", "valstybine"],
    ),
    // Consumer Rights Protection Centre: other cases, and without macrons.
    (
        "lv",
        "Patērētāju tiesību aizsardzības centrs",
        &["patērētāji", "aizsardzība", "pateretaju", "tiesibu"],
    ),
    // Competition and Consumer Affairs Authority: plural, without the grave accent.
    (
        "mt",
        "Awtorità għall-Kompetizzjoni u għall-Affarijiet tal-Konsumatur",
        &["konsumaturi", "awtorita", "ghall"],
    ),
    // Order of Pharmacists (Belgium) and the financial markets authority.
    ("nl", "Orde der Apothekers", &["apotheker"]),
    (
        "nl",
        "Autoriteit Financiële Markten",
        &["markt", "financiele"],
    ),
    // Office of Competition and Consumer Protection: genitive, and without ą/ó.
    (
        "pl",
        "Urząd Ochrony Konkurencji i Konsumentów",
        &["urzędu", "konsument", "urzad", "konsumentow"],
    ),
    (
        "pt",
        "Ordem dos Farmacêuticos",
        &["farmacêutico", "farmaceuticos"],
    ),
    // College of Pharmacists of Romania: singular, and without ș/â.
    (
        "ro",
        "Colegiul Farmaciștilor din România",
        &["farmacist", "farmacistilor", "Romania"],
    ),
    // Slovak Chamber of Pharmacists: genitive, and without á.
    (
        "sk",
        "Slovenská lekárnická komora",
        &["lekárnickej", "komory", "lekarnicka"],
    ),
    // Medical Chamber of Slovenia: genitive/locative, and without š.
    (
        "sl",
        "Zdravniška zbornica Slovenije",
        &["zdravniške", "zbornici", "zdravniska"],
    ),
    // Medical Products Agency / Consumer Agency: indefinite and genitive, no ä.
    (
        "sv",
        "Läkemedelsverket",
        &["läkemedelsverk", "lakemedelsverket"],
    ),
    ("sv", "Konsumentverket", &["konsumentverkets"]),
];

/// Latin-script queries for the transliterated languages.
const LATIN: &[(&str, &str, &[&str])] = &[
    (
        "bg",
        "Български лекарски съюз",
        &["lekarski", "balgarski", "lekarskiya"],
    ),
    (
        "el",
        "Πανελλήνιος Ιατρικός Σύλλογος",
        &["iatrikos", "syllogos", "iatrikou"],
    ),
];

fn doc_id(i: usize, lang: &str) -> String {
    format!("{lang}-{i}")
}

fn index_of_all_cases() -> SearchIndex {
    let index = SearchIndex::in_memory().unwrap();
    let docs: Vec<AuthorityDoc> = CASES
        .iter()
        .enumerate()
        .map(|(i, (lang, name, _))| AuthorityDoc {
            id: doc_id(i, lang),
            country: "XX".into(),
            level: "national".into(),
            names: BTreeMap::from([(lang.to_string(), name.to_string())]),
            public: true,
            ..AuthorityDoc::default()
        })
        .collect();
    index.put(&docs).unwrap();
    index.commit(1).unwrap();
    index
}

fn request(q: &str, lang: &str) -> SearchRequest {
    SearchRequest {
        q: q.into(),
        lang: lang.into(),
        limit: 10,
        include_non_public: true,
        ..SearchRequest::default()
    }
}

#[test]
fn cases_cover_every_language() {
    for lang in LANGUAGES {
        assert!(
            CASES.iter().any(|(l, _, _)| *l == lang),
            "no analyzer case for `{lang}`"
        );
    }
    for (lang, _, _) in CASES {
        assert!(LANGUAGES.contains(lang), "`{lang}` is not a language");
    }
}

#[test]
fn every_language_finds_inflected_and_unaccented_words_first() {
    let index = index_of_all_cases();
    assert_eq!(index.len(), CASES.len() as u64);
    let mut failures = Vec::new();
    for (i, (lang, name, queries)) in CASES.iter().enumerate() {
        let want = doc_id(i, lang);
        // The queries are not the indexed words (or it would prove nothing).
        let indexed: Vec<String> = imi_search::analysis::words(name)
            .map(str::to_lowercase)
            .collect();
        for q in *queries {
            assert!(
                !indexed.contains(&q.to_lowercase()),
                "{lang}: query `{q}` is a word of `{name}` as it stands"
            );
            let res = index.search(&request(q, lang)).unwrap();
            let first = res.hits.first().map(|h| h.id.as_str());
            if first != Some(want.as_str()) {
                failures.push(format!(
                    "{lang}: `{q}` should find `{name}` ({want}) first, got {:?}",
                    res.hits
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn greek_and_bulgarian_are_found_in_latin_letters() {
    let index = index_of_all_cases();
    let mut failures = Vec::new();
    for (lang, name, queries) in LATIN {
        let (i, _) = CASES
            .iter()
            .enumerate()
            .find(|(_, (l, n, _))| l == lang && n == name)
            .unwrap();
        let want = doc_id(i, lang);
        for q in *queries {
            assert!(q.is_ascii());
            let res = index.search(&request(q, lang)).unwrap();
            if res.hits.first().map(|h| h.id.as_str()) != Some(want.as_str()) {
                failures.push(format!(
                    "{lang}: Latin `{q}` should find `{name}` first, got {:?}",
                    res.hits
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn latin_letters_reach_greek_and_bulgarian_whatever_the_searcher_language() {
    // An official searching in English types the Latin form of a Bulgarian name.
    let index = index_of_all_cases();
    let res = index.search(&request("lekarski", "en")).unwrap();
    let bg = CASES.iter().position(|(l, _, _)| *l == "bg").unwrap();
    assert!(
        res.hits.iter().any(|h| h.id == doc_id(bg, "bg")),
        "`lekarski` in English should reach the Bulgarian name: {:?}",
        res.hits
    );
}

#[test]
fn stemmed_and_gram_languages() {
    let stemmed = [
        "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "nl",
        "pl", "pt", "ro", "sv",
    ];
    let grams = ["bg", "lv", "mt", "sk", "sl"];
    assert_eq!(stemmed.len() + grams.len(), LANGUAGES.len());
    for lang in stemmed {
        assert!(
            matches!(Analysis::of(lang), Analysis::Words(Some(_))),
            "`{lang}` should be stemmed, is {:?}",
            Analysis::of(lang)
        );
        assert_eq!(Analysis::of(lang), Analysis::Words(stemmer(lang)));
    }
    for lang in grams {
        assert_eq!(Analysis::of(lang), Analysis::Grams, "`{lang}`");
        assert!(stemmer(lang).is_none(), "`{lang}`");
    }
}

#[test]
fn grams_index_every_prefix_from_min_gram() {
    let terms = Analysis::Grams.index_terms("Lekárnická komora SR");
    let first: Vec<&str> = terms
        .iter()
        .filter(|(p, _)| *p == 0)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        first,
        [
            "leka",
            "lekar",
            "lekarn",
            "lekarni",
            "lekarnic",
            "lekarnick",
            "lekarnicka"
        ]
    );
    assert!(first.iter().all(|t| t.chars().count() >= MIN_GRAM));
    // A word no longer than MIN_GRAM is indexed whole, however short.
    assert!(terms.contains(&(2, "sr".to_string())));
    // Queries look the whole word up.
    assert_eq!(
        Analysis::Grams.query_terms("Lekárnická komora"),
        ["lekarnicka", "komora"]
    );
}

#[test]
fn latin_grams_transliterate_and_fold() {
    assert_eq!(
        Analysis::LatinGrams.query_terms("Лекарски съюз Ιατρικός"),
        ["lekarski", "sayuz", "iatrikos"]
    );
    let terms = Analysis::LatinGrams.index_terms("Σύλλογος");
    assert_eq!(
        terms.last().map(|(_, t)| t.as_str()),
        Some("syllogos"),
        "{terms:?}"
    );
    assert_eq!(transliterate("щъркел"), "shtarkel");
    assert_eq!(fold("Ελλάς"), "Ελλασ");
}

#[test]
fn stemming_folds_diacritics_after_the_stemmer() {
    let de = Analysis::of("de");
    assert_eq!(
        de.query_term("Apothekerkammern"),
        de.query_term("Apothekerkammer")
    );
    assert_eq!(de.query_term("Ärztekammer"), de.query_term("arztekammer"));
    let en = Analysis::of("en");
    assert_eq!(en.query_terms("Pharmacists, pharmacist"), ["pharmacist"; 2]);
    let fr = Analysis::of("fr");
    assert_eq!(fr.query_term("Médecins"), "medecin");
}
