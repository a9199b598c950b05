#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Queries: typo tolerance, search as you type, filters and facets, paging,
//! the disjunction-max rule across languages, cross-language matches, and
//! country names in the query.

use std::collections::BTreeMap;

use imi_search::analysis::LANGUAGES;
use imi_search::query::typos_allowed;
use imi_search::{AuthorityDoc, Part, SearchIndex, SearchRequest, SearchResults, Weights};

/// A public national authority with informal names `(lang, name)`.
fn doc(id: &str, names: &[(&str, &str)]) -> AuthorityDoc {
    AuthorityDoc {
        id: id.into(),
        country: "XX".into(),
        level: "national".into(),
        names: names
            .iter()
            .map(|(l, n)| (l.to_string(), n.to_string()))
            .collect(),
        public: true,
        ..AuthorityDoc::default()
    }
}

fn en(id: &str, name: &str) -> AuthorityDoc {
    doc(id, &[("en", name)])
}

fn index_of(docs: &[AuthorityDoc]) -> SearchIndex {
    let index = SearchIndex::in_memory().unwrap();
    index.put(docs).unwrap();
    index.commit(1).unwrap();
    assert_eq!(index.len(), docs.len() as u64);
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

fn search(index: &SearchIndex, q: &str, lang: &str) -> SearchResults {
    index.search(&request(q, lang)).unwrap()
}

fn ids(res: &SearchResults) -> Vec<&str> {
    res.hits.iter().map(|h| h.id.as_str()).collect()
}

fn score_of(res: &SearchResults, id: &str) -> f32 {
    res.hits
        .iter()
        .find(|h| h.id == id)
        .unwrap_or_else(|| panic!("`{id}` not found: {:?}", res.hits))
        .score
}

// ---------------------------------------------------------------- typos

#[test]
fn typos_allowed_by_length() {
    for (len, typos) in [
        (0, 0),
        (1, 0),
        (4, 0),
        (5, 1),
        (8, 1),
        (9, 2),
        (12, 2),
        (40, 2),
    ] {
        assert_eq!(typos_allowed(len), typos, "length {len}");
    }
}

#[test]
fn short_words_allow_no_typo() {
    let index = index_of(&[en("food", "Food safety authority")]);
    assert_eq!(ids(&search(&index, "food", "en")), ["food"]);
    // One substitution in a 4-letter word: no match.
    let res = search(&index, "fopd", "en");
    assert_eq!(res.total, 0, "`fopd` must not match `food`: {:?}", res.hits);
    assert!(res.hits.is_empty());
}

#[test]
fn middle_length_words_allow_one_typo() {
    let index = index_of(&[en("permits", "Building permit office")]);
    // 6 letters, one substitution: found.
    assert_eq!(ids(&search(&index, "permot", "en")), ["permits"]);
    // One transposition counts as one typo.
    assert_eq!(ids(&search(&index, "pemrit", "en")), ["permits"]);
    // Two typos: not found.
    let res = search(&index, "pxrmot", "en");
    assert_eq!(res.total, 0, "`pxrmot` has 2 typos: {:?}", res.hits);
    // 8 letters (the longest with one typo): one typo found, two not.
    let index = index_of(&[en("passports", "Passport office")]);
    assert_eq!(ids(&search(&index, "passpord", "en")), ["passports"]);
    let res = search(&index, "pasxpord", "en");
    assert_eq!(res.total, 0, "`pasxpord` has 2 typos: {:?}", res.hits);
    // 5 letters (the shortest with one typo).
    let index = index_of(&[en("board", "Medical board")]);
    assert_eq!(ids(&search(&index, "boarf", "en")), ["board"]);
    assert_eq!(search(&index, "bparf", "en").total, 0);
}

#[test]
fn a_typo_in_a_word_ending_is_tolerated() {
    // "Building" is indexed as its English stem "build". A one-typo form of
    // the 8-letter word is not stemmed ("buildinx" stays "buildinx"), so it
    // is 3 edits from "build" and nothing is found, although the rule says
    // one typo is tolerated from 5 letters. A typo earlier in the word
    // ("bujlding" -> "bujld") is found.
    let index = index_of(&[en("building", "Building authority")]);
    assert_eq!(ids(&search(&index, "bujlding", "en")), ["building"]);
    let mut missed = Vec::new();
    for q in ["buildinx", "buildimg", "buildign"] {
        if search(&index, q, "en").total == 0 {
            missed.push(q);
        }
    }
    assert!(
        missed.is_empty(),
        "one-typo forms of `building` not found: {missed:?}"
    );
}

#[test]
fn long_words_allow_two_typos() {
    let index = index_of(&[en("registry", "Companies registrar")]);
    // 9 letters, two substitutions: found.
    assert_eq!(ids(&search(&index, "regjstrer", "en")), ["registry"]);
    // Three: not found.
    let res = search(&index, "rejjstrer", "en");
    assert_eq!(res.total, 0, "`rejjstrer` has 3 typos: {:?}", res.hits);
}

#[test]
fn exact_word_ranks_above_a_typo() {
    let index = index_of(&[
        en("typo", "Chamber of architecs"),
        en("exact", "Chamber of architects"),
    ]);
    let res = search(&index, "architects", "en");
    assert_eq!(ids(&res), ["exact", "typo"], "{:?}", res.hits);
    assert!(
        score_of(&res, "exact") > score_of(&res, "typo"),
        "{:?}",
        res.hits
    );
    // The same with the typo on the other side: the document with the word as
    // typed wins.
    let res = search(&index, "architecs", "en");
    assert_eq!(ids(&res).first(), Some(&"typo"), "{:?}", res.hits);
}

#[test]
fn typos_are_tolerated_only_in_the_searchers_language() {
    // The English name is only reached with a typo; an English searcher
    // finds it, a German searcher (English is another language) does not.
    let index = index_of(&[en("permits", "Building permit office")]);
    assert_eq!(search(&index, "permot", "en").total, 1);
    let res = search(&index, "permot", "de");
    assert_eq!(res.total, 0, "{:?}", res.hits);
    // The exact word is found from any language.
    assert_eq!(ids(&search(&index, "permit", "de")), ["permits"]);
}

// ---------------------------------------------------------------- prefix

#[test]
fn last_word_is_completed() {
    let index = index_of(&[
        en("pharm", "Council of pharmacists"),
        en("med", "Medical council"),
    ]);
    let res = search(&index, "pharmac", "en");
    assert_eq!(ids(&res), ["pharm"], "{:?}", res.hits);
    let res = search(&index, "council pharmac", "en");
    assert_eq!(ids(&res).first(), Some(&"pharm"), "{:?}", res.hits);
    assert_eq!(res.total, 2);
    // Three letters are enough to start completing.
    assert_eq!(ids(&search(&index, "pha", "en")), ["pharm"]);
}

#[test]
fn only_the_last_word_is_completed() {
    let index = index_of(&[
        en("pharm", "Council of pharmacists"),
        en("med", "Medical board"),
    ]);
    // "pharmac" is not the last word: it must be a whole word (or a typo of one).
    let res = search(&index, "pharmac board", "en");
    assert_eq!(ids(&res), ["med"], "{:?}", res.hits);
    let res = search(&index, "pharmac xyzzy", "en");
    assert_eq!(res.total, 0, "{:?}", res.hits);
}

// ---------------------------------------------------------------- filters

fn filter_docs() -> Vec<AuthorityDoc> {
    let mk =
        |id: &str, country: &str, level: &str, areas: &[&str], kws: &[&str], public| AuthorityDoc {
            id: id.into(),
            country: country.into(),
            level: level.into(),
            names: BTreeMap::from([("en".to_string(), format!("Consumer protection {id}"))]),
            areas: areas.iter().map(|s| s.to_string()).collect(),
            keyword_ids: kws.iter().map(|s| s.to_string()).collect(),
            public,
            ..AuthorityDoc::default()
        };
    vec![
        mk("fr1", "FR", "national", &["cpc", "imi"], &["food"], true),
        mk("fr2", "FR", "regional", &["cpc"], &["toys"], true),
        mk("de1", "DE", "national", &["cpc"], &["food", "toys"], true),
        mk("de2", "DE", "local", &["sdg"], &[], true),
        mk("it1", "IT", "national", &["imi"], &["food"], false),
        // Matches no query word: never counted.
        AuthorityDoc {
            id: "other".into(),
            country: "FR".into(),
            level: "national".into(),
            names: BTreeMap::from([("en".to_string(), "Medical council".to_string())]),
            areas: vec!["cpc".into()],
            public: true,
            ..AuthorityDoc::default()
        },
    ]
}

fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

fn counts(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|(k, n)| (k.to_string(), *n)).collect()
}

#[test]
fn non_public_authorities_are_hidden_unless_asked_for() {
    let index = index_of(&filter_docs());
    let mut req = request("consumer", "en");
    req.include_non_public = false;
    let res = index.search(&req).unwrap();
    assert_eq!(sorted(ids(&res)), ["de1", "de2", "fr1", "fr2"]);
    assert_eq!(res.total, 4);
    assert_eq!(res.countries, counts(&[("DE", 2), ("FR", 2)]));
    req.include_non_public = true;
    let res = index.search(&req).unwrap();
    assert_eq!(sorted(ids(&res)), ["de1", "de2", "fr1", "fr2", "it1"]);
    assert_eq!(res.total, 5);
    assert_eq!(res.countries, counts(&[("DE", 2), ("FR", 2), ("IT", 1)]));
    assert_eq!(res.areas, counts(&[("cpc", 3), ("imi", 2), ("sdg", 1)]));
}

#[test]
fn filters_by_country_area_keyword_and_level() {
    let index = index_of(&filter_docs());
    let run = |f: &dyn Fn(&mut SearchRequest)| {
        let mut req = request("consumer protection", "en");
        f(&mut req);
        index.search(&req).unwrap()
    };
    let res = run(&|r| r.country = Some("FR".into()));
    assert_eq!(sorted(ids(&res)), ["fr1", "fr2"]);
    assert_eq!(res.countries, counts(&[("FR", 2)]));
    assert_eq!(res.areas, counts(&[("cpc", 2), ("imi", 1)]));

    let res = run(&|r| r.area = Some("cpc".into()));
    assert_eq!(sorted(ids(&res)), ["de1", "fr1", "fr2"]);
    assert_eq!(res.countries, counts(&[("DE", 1), ("FR", 2)]));
    assert_eq!(res.areas, counts(&[("cpc", 3), ("imi", 1)]));

    let res = run(&|r| r.keyword = Some("food".into()));
    assert_eq!(sorted(ids(&res)), ["de1", "fr1", "it1"]);
    assert_eq!(res.countries, counts(&[("DE", 1), ("FR", 1), ("IT", 1)]));

    let res = run(&|r| r.level = Some("national".into()));
    assert_eq!(sorted(ids(&res)), ["de1", "fr1", "it1"]);

    // Filters combine.
    let res = run(&|r| {
        r.keyword = Some("toys".into());
        r.country = Some("DE".into());
    });
    assert_eq!(ids(&res), ["de1"]);
    let res = run(&|r| {
        r.level = Some("national".into());
        r.include_non_public = false;
    });
    assert_eq!(sorted(ids(&res)), ["de1", "fr1"]);

    // A filter nothing satisfies.
    let res = run(&|r| r.country = Some("PL".into()));
    assert_eq!(res.total, 0);
    assert!(res.hits.is_empty() && res.countries.is_empty() && res.areas.is_empty());
}

#[test]
fn filters_do_not_change_scores() {
    let index = index_of(&filter_docs());
    let all = search(&index, "consumer protection", "en");
    let mut req = request("consumer protection", "en");
    req.country = Some("DE".into());
    req.area = Some("cpc".into());
    let filtered = index.search(&req).unwrap();
    assert_eq!(ids(&filtered), ["de1"]);
    let diff = (score_of(&all, "de1") - filtered.hits[0].score).abs();
    assert!(diff < 1e-5, "{:?} vs {:?}", all.hits, filtered.hits);
}

#[test]
fn paging_with_limit_and_offset() {
    let docs: Vec<AuthorityDoc> = (0..7)
        .map(|i| {
            // More repetitions of the word, a higher score: a stable order.
            let name = format!("Pharmacy {} board {i}", "pharmacy ".repeat(i));
            en(&format!("p{i}"), &name)
        })
        .collect();
    let index = index_of(&docs);
    let all = search(&index, "pharmacy", "en");
    assert_eq!(all.total, 7);
    assert_eq!(all.hits.len(), 7);
    for w in all.hits.windows(2) {
        assert!(w[0].score >= w[1].score, "{:?}", all.hits);
    }
    let page = |limit, offset| {
        let mut req = request("pharmacy", "en");
        req.limit = limit;
        req.offset = offset;
        index.search(&req).unwrap()
    };
    let mut paged = Vec::new();
    for offset in (0..7).step_by(3) {
        let res = page(3, offset);
        assert_eq!(res.total, 7, "total counts every match, not the page");
        assert_eq!(res.countries, counts(&[("XX", 7)]));
        assert_eq!(res.hits.len(), (7 - offset).min(3));
        paged.extend(res.hits);
    }
    assert_eq!(paged, all.hits);
    // Past the end: no hits, still the total.
    let res = page(3, 10);
    assert!(res.hits.is_empty());
    assert_eq!(res.total, 7);
    // Limit 0: only the count and facets.
    let res = page(0, 0);
    assert!(res.hits.is_empty());
    assert_eq!(res.total, 7);
    assert_eq!(res.countries, counts(&[("XX", 7)]));
}

#[test]
fn bad_requests_are_errors() {
    let index = index_of(&[en("a", "Medical council")]);
    assert!(index.search(&request("council", "xx")).is_err());
    assert!(index.search(&request("  ·, ", "en")).is_err());
}

// ---------------------------------------------------------------- disjunction-max

/// For each language: the scores of A (the word in all 24 languages' names)
/// and B (the word only in that language's name, other names elsewhere),
/// searched in that language.
fn dismax_scores(w: &Weights) -> Vec<(&'static str, f32, f32)> {
    let a = AuthorityDoc {
        id: "a".into(),
        names: LANGUAGES
            .iter()
            .map(|l| (l.to_string(), "Xylotheka".to_string()))
            .collect(),
        public: true,
        ..AuthorityDoc::default()
    };
    let mut out = Vec::new();
    for lang in LANGUAGES {
        let b = AuthorityDoc {
            id: "b".into(),
            names: LANGUAGES
                .iter()
                .map(|l| {
                    let name = if *l == lang {
                        "Xylotheka".to_string()
                    } else {
                        format!("Holzsammlung {l}")
                    };
                    (l.to_string(), name)
                })
                .collect(),
            public: true,
            ..AuthorityDoc::default()
        };
        let index = index_of(&[a.clone(), b]);
        let res = index.search_with(&request("Xylotheka", lang), w).unwrap();
        out.push((lang, score_of(&res, "a"), score_of(&res, "b")));
    }
    out
}

fn report(scores: &[(&str, f32, f32)], bad: impl Fn(f32, f32) -> bool) -> Vec<String> {
    scores
        .iter()
        .filter(|(_, a, b)| bad(*a, *b))
        .map(|(l, a, b)| format!("{l}: A {a}, B {b}, ratio {:.2}", a / b))
        .collect()
}

#[test]
fn a_word_counts_once_however_many_languages_share_it() {
    let scores = dismax_scores(&Weights::default());
    let bad = report(&scores, |a, b| a >= 1.5 * b);
    assert!(
        bad.is_empty(),
        "A (the name in 24 languages) must score < 1.5 x B (in one):\n{}",
        bad.join("\n")
    );
}

#[test]
fn a_word_shared_by_languages_is_far_from_summed() {
    // A sum over the languages would give A 5-10 x B's score. Until the
    // tie-breaker is tamed (see the ignored test above), at least stay far
    // from a sum, and never rank A below B.
    let scores = dismax_scores(&Weights::default());
    let bad = report(&scores, |a, b| a >= 2.5 * b || a < b);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Without the tie-breaker, the best field alone counts: equal scores.
    let w = Weights {
        tie_breaker: 0.0,
        ..Weights::default()
    };
    let scores = dismax_scores(&w);
    let bad = report(&scores, |a, b| (a - b).abs() > 1e-4);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn each_word_adds_its_best_field() {
    // Two query words both in the name score more than one of them.
    let index = index_of(&[en("both", "Medical council"), en("one", "Medical board")]);
    let res = search(&index, "medical council", "en");
    assert_eq!(ids(&res), ["both", "one"]);
    assert!(score_of(&res, "both") > 1.5 * score_of(&res, "one"));
}

// ---------------------------------------------------------------- languages

#[test]
fn other_languages_are_found_with_less_weight() {
    let et = doc("et", &[("et", "Ravimiamet")]);
    let mut english = en("en", "Medicines liaison office");
    english.descriptions.insert(
        "en".into(),
        "Cooperates with Ravimiamet, the Estonian State Agency of Medicines".into(),
    );
    let index = index_of(&[et, english]);

    // Typed by an English searcher: the Estonian-only name is found...
    let in_en = search(&index, "Ravimiamet", "en");
    assert_eq!(in_en.total, 2, "{:?}", in_en.hits);
    let et_in_en = score_of(&in_en, "et");
    // ...and by an Estonian searcher it comes first, with a higher score.
    let in_et = search(&index, "Ravimiamet", "et");
    assert_eq!(ids(&in_et).first(), Some(&"et"), "{:?}", in_et.hits);
    let et_in_et = score_of(&in_et, "et");
    assert!(
        et_in_en < et_in_et,
        "Estonian name: {et_in_en} for an English searcher, {et_in_et} for an Estonian one"
    );
    // The English description counts more for the English searcher than for
    // the Estonian one.
    assert!(score_of(&in_en, "en") > score_of(&in_et, "en"));
}

#[test]
fn searchers_language_ranks_first() {
    // The same word in two authorities' names, in different languages.
    let fr = doc("fr", &[("fr", "Ordre des pharmaciens")]);
    let nl = doc("nl", &[("nl", "Orde der pharmaciens")]);
    let index = index_of(&[fr, nl]);
    assert_eq!(ids(&search(&index, "pharmaciens", "fr")), ["fr", "nl"]);
    assert_eq!(ids(&search(&index, "pharmaciens", "nl")), ["nl", "fr"]);
}

#[test]
fn names_weigh_more_than_keywords_and_descriptions() {
    let name = en("name", "Pharmacists council");
    let mut kw = en("kw", "Health board");
    kw.keyword_ids.push("pharm".into());
    kw.keyword_labels.insert(
        "pharm".into(),
        BTreeMap::from([("en".to_string(), "Pharmacists".to_string())]),
    );
    let mut desc = en("desc", "Health office");
    desc.descriptions
        .insert("en".into(), "Registers pharmacists".into());
    let index = index_of(&[desc, kw, name]);
    let res = search(&index, "pharmacists", "en");
    assert_eq!(ids(&res), ["name", "kw", "desc"], "{:?}", res.hits);
}

#[test]
fn official_name_is_searched() {
    let mut d = en("a", "Consumer authority");
    d.official_name = "Direction générale de la concurrence".into();
    let index = index_of(&[d, en("b", "Medical council")]);
    assert_eq!(ids(&search(&index, "concurrence", "en")), ["a"]);
    assert_eq!(ids(&search(&index, "generale", "de")), ["a"]);
}

// ---------------------------------------------------------------- countries

fn consumer(id: &str, country: &str) -> AuthorityDoc {
    AuthorityDoc {
        country: country.into(),
        ..en(id, "Consumer protection authority")
    }
}

#[test]
fn a_country_named_in_the_query_prefers_its_authorities() {
    let mut index = index_of(&[consumer("be", "BE"), consumer("fr", "FR")]);
    // Without country names the two are equal.
    let res = search(&index, "consumer protection France", "en");
    assert_eq!(res.total, 2);
    let diff = (score_of(&res, "fr") - score_of(&res, "be")).abs();
    assert!(diff < 1e-5, "{:?}", res.hits);

    index.set_country_names([("FR", "Francia"), ("FR", "France")]);
    for q in [
        "consumer protection France",
        "France consumer protection",
        "consumer protection francia",
    ] {
        let res = search(&index, q, "en");
        assert_eq!(ids(&res), ["fr", "be"], "`{q}`: {:?}", res.hits);
        assert!(
            score_of(&res, "fr") > score_of(&res, "be") + 1.0,
            "`{q}`: {:?}",
            res.hits
        );
    }
    // Only the country's name: its authorities, and only those.
    let res = search(&index, "France", "en");
    assert_eq!(ids(&res), ["fr"], "{:?}", res.hits);
}

#[test]
fn two_word_country_names() {
    let mut index = index_of(&[consumer("cz", "CZ"), consumer("sk", "SK")]);
    index.set_country_names([("CZ", "Czech Republic"), ("SK", "Slovak Republic")]);
    let res = search(&index, "consumer protection Czech Republic", "en");
    assert_eq!(ids(&res), ["cz", "sk"], "{:?}", res.hits);
    let res = search(&index, "Slovak Republic consumer", "en");
    assert_eq!(ids(&res), ["sk", "cz"], "{:?}", res.hits);
}

// ---------------------------------------------------------------- highlight

#[test]
fn highlights_the_matched_words() {
    let index = index_of(&[en("a", "Council of pharmacists")]);
    let req = request("pharmacist council", "en");
    let html = index
        .highlight(&req, Part::Name, "Council of pharmacists")
        .unwrap();
    assert!(html.contains("<b>pharmacists</b>"), "{html}");
    assert!(html.contains("<b>Council</b>"), "{html}");
    assert!(!html.contains("<b>of</b>"), "{html}");
    assert_eq!(
        index.highlight(&request("zzzz", "en"), Part::Name, "Council of pharmacists"),
        None
    );
}

#[test]
fn weights_change_the_ranking() {
    // With other languages weighing more than the searcher's, the ranking of
    // `searchers_language_ranks_first` flips: `search_with` uses its weights.
    let fr = doc("fr", &[("fr", "Ordre des pharmaciens")]);
    let nl = doc("nl", &[("nl", "Orde der pharmaciens")]);
    let index = index_of(&[fr, nl]);
    // (Far above 1: the searcher's language also gets the exact-match bonus.)
    let w = Weights {
        other_language: 10.0,
        ..Weights::default()
    };
    let res = index
        .search_with(&request("pharmaciens", "fr"), &w)
        .unwrap();
    assert_eq!(ids(&res), ["nl", "fr"], "{:?}", res.hits);
}

#[test]
fn a_compound_word_meets_its_parts() {
    // German writes "Gesundheitsberuferegister" as one word where the data
    // says "Register der Gesundheitsberufe".
    let index = index_of(&[
        doc("register", &[("de", "Register der Gesundheitsberufe")]),
        doc("council", &[("de", "Ärztekammer")]),
    ]);
    let res = search(&index, "Gesundheitsberuferegister", "de");
    assert_eq!(ids(&res), ["register"], "{:?}", res.hits);
    // A word the fields have as a whole is not split.
    let res = search(&index, "Ärztekammer", "de");
    assert_eq!(ids(&res), ["council"], "{:?}", res.hits);
}

// ---------------------------------------------------------------- keyword labels

/// An authority holding keyword `id` labelled `labels` (language, label).
fn with_keyword(id: &str, name: &str, kw: &str, labels: &[(&str, &str)]) -> AuthorityDoc {
    let mut d = en(id, name);
    d.keyword_ids.push(kw.into());
    d.keyword_labels.insert(
        kw.into(),
        labels
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect(),
    );
    d
}

#[test]
fn keyword_labels_are_searched_in_every_language_once() {
    let nurses = with_keyword(
        "a",
        "Health board",
        "nurse",
        &[
            ("en", "Nurses"),
            ("de", "Krankenpfleger"),
            ("fr", "Infirmiers"),
        ],
    );
    let other = with_keyword("b", "Health office", "dentist", &[("en", "Dentists")]);
    let index = index_of(&[nurses, other]);
    // In the searcher's language, in another one, with a typo, as a prefix.
    for (q, lang) in [
        ("nurses", "en"),
        ("Krankenpfleger", "de"),
        ("infirmiers", "de"),
        ("nursse", "en"),
        ("health kranken", "de"),
    ] {
        assert_eq!(ids(&search(&index, q, lang))[0], "a", "`{q}` [{lang}]");
    }
    // The filter and the match use the same id.
    let mut req = request("nurses", "en");
    req.keyword = Some("nurse".into());
    assert_eq!(ids(&index.search(&req).unwrap()), ["a"]);
    // A label shared by several languages scores once (disjunction-max):
    // as a label in one language only, plus the tie-breaker's small share.
    let one = with_keyword("c", "Board", "k1", &[("en", "Pharmacy")]);
    let many = with_keyword(
        "d",
        "Board",
        "k2",
        &[("en", "Pharmacy"), ("da", "Pharmacy"), ("sv", "Pharmacy")],
    );
    let index = index_of(&[one, many]);
    let res = search(&index, "pharmacy", "en");
    assert!(
        score_of(&res, "d") < score_of(&res, "c") * 1.05,
        "{:?}",
        res.hits
    );
}

#[test]
fn a_long_word_finds_the_longer_name_it_starts() {
    // A compound or another inflection, even with a typo: the stem of
    // "gesundheitsministerien" starts "gesundheitsministerium".
    let index = index_of(&[
        doc("min", &[("de", "Gesundheitsministerium")]),
        doc("other", &[("de", "Gesundheitsamt")]),
    ]);
    for q in ["Gesundheitsministerien", "Gesundheitsminsterien"] {
        assert_eq!(ids(&search(&index, q, "de")), ["min"], "`{q}`");
    }
}

#[test]
fn descriptions_without_a_stemmer_meet_other_endings() {
    // Slovenian has no stemmer: descriptions are trimmed ("dovoljenja",
    // "dovoljenje" → "dovoljen").
    let mut a = doc("a", &[("sl", "Okoljski inšpektorat")]);
    a.descriptions
        .insert("sl".into(), "Izdaja okoljevarstvena dovoljenja".into());
    let b = doc("b", &[("sl", "Urad za javna naročila")]);
    let index = index_of(&[a, b]);
    assert_eq!(
        ids(&search(&index, "okoljevarstveno dovoljenje", "sl")),
        ["a"]
    );
}
