//! Queries. Each word of the query is looked up in every language's
//! fields, each with that field's analysis: the searcher's language counts
//! most, other languages less (an official may type an English or a local
//! word). A word scores once, by its best field (disjunction-max), so a
//! name the same in 24 languages does not count 24 times; the words' scores
//! add up. In the searcher's language a word also matches with typos (none
//! under 5 characters, 1 from 5, 2 from 9), always below an exact match,
//! and the last word also as a prefix (search as you type).

use std::collections::BTreeMap;

use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, Query,
    TermQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{TantivyDocument, Term};

use crate::analysis::{normalize, words, Analysis, LANGUAGES, MIN_GRAM};
use crate::index::{SearchError, SearchIndex};
use crate::schema::{Part, TextField};
use crate::vocabulary::{self, Vocabulary};

/// Weights of the query. The defaults are what the relevance benchmark
/// (`imi bench search`) was run with.
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    /// A field in another language than the searcher's (English has its own).
    pub other_language: f32,
    pub english: f32,
    pub name: f32,
    pub keywords: f32,
    pub description: f32,
    pub official: f32,
    /// Added to an exact match (times the field's weight).
    pub exact_bonus: f32,
    /// The score of a typo match (times the field's weight).
    pub fuzzy: f32,
    /// The score of a prefix match of the last word (times the field's weight).
    pub prefix: f32,
    /// Share of the other fields' scores a word adds to its best one.
    pub tie_breaker: f32,
    /// The score of a word that names a country, for that country's authorities.
    pub country: f32,
    /// Share of an exact match's weight for a word looked up without its
    /// last letter (languages without a stemmer; two letters: 0.8 of it).
    pub inflection: f32,
    /// Share of an exact match's weight for a part of a compound word.
    pub compound: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            other_language: 0.35,
            english: 0.5,
            name: 1.0,
            keywords: 0.8,
            description: 0.5,
            official: 0.4,
            exact_bonus: 1.0,
            fuzzy: 0.9,
            prefix: 0.45,
            tie_breaker: 0.02,
            country: 4.0,
            inflection: 0.7,
            compound: 0.6,
        }
    }
}

/// The weight of a text in language `text` (`None`: the official name's
/// national languages) for a searcher of language `lang`.
fn language_weight(w: &Weights, text: Option<&str>, lang: &str) -> f32 {
    match text {
        Some(l) if l == lang => 1.0,
        Some("en") => w.english,
        _ => w.other_language,
    }
}

/// A stem at least this long may be the start of a longer word.
const MIN_STEM_PREFIX: usize = 8;

/// Typos tolerated in a word of `len` characters.
pub fn typos_allowed(len: usize) -> u8 {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// A search.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub q: String,
    /// The searcher's language (one of the 24).
    pub lang: String,
    pub country: Option<String>,
    pub area: Option<String>,
    pub keyword: Option<String>,
    pub level: Option<String>,
    pub limit: usize,
    pub offset: usize,
    /// Also authorities that are not public (not active).
    pub include_non_public: bool,
}

/// One found authority.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub score: f32,
}

#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Matching authorities per country and per legislative area.
    pub countries: BTreeMap<String, u64>,
    pub areas: BTreeMap<String, u64>,
}

impl SearchIndex {
    fn field_weight(&self, w: &Weights, t: &TextField, lang: &str) -> f32 {
        let part = match t.part {
            Part::Name => w.name,
            Part::Keywords => w.keywords,
            Part::Description => w.description,
            Part::Official => return w.official,
        };
        part * language_weight(w, t.lang, lang)
    }

    /// The keywords and countries whose labels in `l` have `word`, with
    /// the score a match gives: as a keyword field of the document would
    /// (an exact match by how rare the word's keywords are, and in the
    /// searcher's language typos and the prefix of the last word too).
    #[allow(clippy::too_many_arguments)]
    fn label_matches(
        &self,
        v: &Vocabulary,
        searcher: &tantivy::Searcher,
        word: &str,
        l: &'static str,
        lang: &str,
        last: bool,
        w: &Weights,
        too_common: u64,
    ) -> Vec<(Term, f32)> {
        let a = vocabulary::analysis(l);
        let term = a.query_term(word);
        if term.is_empty() {
            return Vec::new();
        }
        let weight = w.keywords * language_weight(w, Some(l), lang);
        let own = l == lang;
        let n = searcher.num_docs() as f32;
        let terms = |targets: &[u32]| -> Vec<Term> {
            targets
                .iter()
                .map(|t| v.target(*t).term(&self.fields))
                .collect()
        };
        // A word's documents: at most those of all its keywords.
        let doc_freq = |terms: &[Term]| -> u64 {
            terms
                .iter()
                .map(|t| searcher.doc_freq(t).unwrap_or(0))
                .sum()
        };
        let idf = |df: u64| {
            (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5))
                .ln()
                .max(0.0)
        };
        let mut best: Vec<(Term, f32)> = Vec::new();
        let mut offer = |terms: Vec<Term>, score: f32| {
            for t in terms {
                match best.iter_mut().find(|(b, _)| *b == t) {
                    Some((_, s)) => *s = s.max(score),
                    None => best.push((t, score)),
                }
            }
        };
        let exact = terms(v.exact(l, &term));
        let found = doc_freq(&exact);
        if found > too_common {
            return Vec::new();
        }
        if found > 0 {
            let bonus = if own { w.exact_bonus } else { 0.0 };
            offer(exact, weight * (idf(found) + bonus));
        }
        if matches!(a, Analysis::Grams) {
            let chars: Vec<char> = term.chars().collect();
            for (cut, share) in [(1, w.inflection), (2, w.inflection * 0.8)] {
                if chars.len() > MIN_GRAM + cut {
                    let shorter: String = chars[..chars.len() - cut].iter().collect();
                    let shorter = terms(v.exact(l, &shorter));
                    let df = doc_freq(&shorter);
                    offer(shorter, weight * share * idf(df));
                }
            }
        }
        if !own {
            return best;
        }
        let typos = typos_allowed(word.chars().count());
        if typos > 0 {
            offer(terms(&v.fuzzy(l, &term, typos)), w.fuzzy * weight);
        }
        if last && found == 0 && matches!(a, Analysis::Words(_) | Analysis::Forms(_)) {
            let typed_form = normalize(word, None);
            if typed_form.chars().count() >= 3 {
                offer(terms(&v.prefixed(l, &typed_form)), w.prefix * weight);
            }
        }
        best
    }

    /// The query for the words of `q` (without filters).
    pub fn text_query(&self, q: &str, lang: &str, w: &Weights) -> Option<Box<dyn Query>> {
        let typed: Vec<&str> = words(q).collect();
        let countries = self.countries_named(&typed);
        let searcher = self.reader.searcher();
        // A term in more than this many documents of a field tells nothing
        // there ("de", "na", "of"): skipping it keeps queries fast.
        let too_common = (searcher.num_docs() / 10).max(50);
        let doc_freq = |term: &Term| searcher.doc_freq(term).unwrap_or(0);
        let vocabulary = self
            .vocabulary
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut per_word: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (i, word) in typed.iter().enumerate() {
            let last = i + 1 == typed.len();
            // The clauses per language: a word scores by its best field in
            // each language, then by its best language (plus a small share
            // of the others), so a word shared by 24 languages counts once.
            let mut groups: BTreeMap<&str, Vec<Box<dyn Query>>> = BTreeMap::new();
            if let Some(code) = countries.get(i).and_then(Option::as_deref) {
                groups
                    .entry("country")
                    .or_default()
                    .push(Box::new(ConstScoreQuery::new(
                        Box::new(TermQuery::new(
                            Term::from_field_text(self.fields.country, code),
                            IndexRecordOption::Basic,
                        )),
                        w.country,
                    )));
            }
            for t in &self.fields.texts {
                let weight = self.field_weight(w, t, lang);
                let term_text = t.analysis.query_term(word);
                if term_text.is_empty() {
                    continue;
                }
                let clauses = groups.entry(t.lang.unwrap_or("official")).or_default();
                let term = Term::from_field_text(t.field, &term_text);
                let found = doc_freq(&term);
                if found > too_common {
                    continue;
                }
                let own = t.lang == Some(lang) || t.lang.is_none();
                let bm25: Box<dyn Query> =
                    Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs));
                // Where typos are tolerated (the searcher's language), an
                // exact match gets a bonus that keeps it above any typo.
                let exact: Box<dyn Query> = if own {
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Must, bm25),
                        (
                            Occur::Should,
                            Box::new(ConstScoreQuery::new(
                                Box::new(TermQuery::new(term.clone(), IndexRecordOption::Basic)),
                                w.exact_bonus,
                            )),
                        ),
                    ]))
                } else {
                    bm25
                };
                clauses.push(Box::new(BoostQuery::new(exact, weight)));
                // Without a stemmer, a differently inflected word still
                // meets the indexed prefixes through its own shorter forms.
                if matches!(t.analysis, Analysis::Grams | Analysis::LatinGrams) {
                    let chars: Vec<char> = term_text.chars().collect();
                    for (cut, share) in [(1, w.inflection), (2, w.inflection * 0.8)] {
                        if chars.len() > MIN_GRAM + cut {
                            let shorter: String = chars[..chars.len() - cut].iter().collect();
                            clauses.push(Box::new(BoostQuery::new(
                                Box::new(TermQuery::new(
                                    Term::from_field_text(t.field, &shorter),
                                    IndexRecordOption::WithFreqs,
                                )),
                                weight * share,
                            )));
                        }
                    }
                }
                if !own {
                    continue;
                }
                // By the word as typed (a stem is shorter).
                let typos = typos_allowed(word.chars().count());
                if typos > 0 {
                    // Names also hold words as typed.
                    let mut forms = vec![term.clone()];
                    if let Analysis::Forms(_) = t.analysis {
                        let typed_form = normalize(word, None);
                        if typed_form != term_text {
                            forms.push(Term::from_field_text(t.field, &typed_form));
                        }
                    }
                    for form in forms {
                        clauses.push(Box::new(BoostQuery::new(
                            Box::new(FuzzyTermQuery::new(form, typos, true)),
                            w.fuzzy * weight,
                        )));
                    }
                }
                // A long word may, give or take a typo, be the start of a
                // longer one in a name: a compound, or another inflection
                // ("errhvervsministeriet" → "erhvervsministerium").
                if typos > 1
                    && found == 0
                    && matches!(t.analysis, Analysis::Forms(_))
                    && term_text.chars().count() >= MIN_STEM_PREFIX
                {
                    clauses.push(Box::new(BoostQuery::new(
                        Box::new(FuzzyTermQuery::new_prefix(
                            Term::from_field_text(t.field, &term_text),
                            1,
                            true,
                        )),
                        w.prefix * weight,
                    )));
                }
                // Search as you type: the last word may be the start of one.
                if last
                    && found == 0
                    && matches!(
                        t.analysis,
                        Analysis::Words(_) | Analysis::Forms(_) | Analysis::Trimmed
                    )
                {
                    let typed_form = normalize(word, None);
                    if typed_form.chars().count() >= 3 {
                        let prefix = Term::from_field_text(t.field, &typed_form);
                        clauses.push(Box::new(BoostQuery::new(
                            Box::new(FuzzyTermQuery::new_prefix(prefix, 0, false)),
                            w.prefix * weight,
                        )));
                    }
                }
            }
            // Keyword labels and country names, through the vocabulary.
            for l in LANGUAGES {
                let matches =
                    self.label_matches(&vocabulary, &searcher, word, l, lang, last, w, too_common);
                if matches.is_empty() {
                    continue;
                }
                let clauses = groups.entry(l).or_default();
                for (term, score) in matches {
                    clauses.push(Box::new(ConstScoreQuery::new(
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                        score,
                    )));
                }
            }
            // A long word none of the searcher's fields has may be a
            // compound ("Gesundheitsberuferegister"): its parts that the
            // fields do have count, with less weight.
            if word.chars().count() >= 10 {
                let own: Vec<&TextField> = self
                    .fields
                    .texts
                    .iter()
                    .filter(|t| t.lang == Some(lang))
                    .collect();
                let in_labels = |word: &str| {
                    let a = vocabulary::analysis(lang);
                    !vocabulary.exact(lang, &a.query_term(word)).is_empty()
                };
                let unknown = !in_labels(word)
                    && own.iter().all(|t| {
                        doc_freq(&Term::from_field_text(
                            t.field,
                            &t.analysis.query_term(word),
                        )) == 0
                    });
                if unknown {
                    for part in self.parts(&searcher, word, &own, &in_labels) {
                        let group = groups.entry(lang).or_default();
                        if let Some(l) = LANGUAGES.iter().find(|l| **l == lang) {
                            let matches = self.label_matches(
                                &vocabulary,
                                &searcher,
                                &part,
                                l,
                                lang,
                                false,
                                w,
                                too_common,
                            );
                            for (term, score) in matches {
                                group.push(Box::new(ConstScoreQuery::new(
                                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                                    score * w.compound,
                                )));
                            }
                        }
                        for t in &own {
                            let term =
                                Term::from_field_text(t.field, &t.analysis.query_term(&part));
                            if doc_freq(&term) == 0 || doc_freq(&term) > too_common {
                                continue;
                            }
                            groups
                                .entry(lang)
                                .or_default()
                                .push(Box::new(BoostQuery::new(
                                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                                    self.field_weight(w, t, lang) * w.compound,
                                )));
                        }
                    }
                }
            }
            let languages: Vec<Box<dyn Query>> = groups
                .into_values()
                .filter(|g| !g.is_empty())
                .map(|g| Box::new(DisjunctionMaxQuery::new(g)) as Box<dyn Query>)
                .collect();
            if !languages.is_empty() {
                per_word.push((
                    Occur::Should,
                    Box::new(DisjunctionMaxQuery::with_tie_breaker(
                        languages,
                        w.tie_breaker,
                    )),
                ));
            }
        }
        (!per_word.is_empty()).then(|| Box::new(BooleanQuery::new(per_word)) as Box<dyn Query>)
    }

    /// The parts of a compound word that `fields` know, longest first from
    /// the left ("gesundheitsberuferegister" → "gesundheitsberufe",
    /// "register"); a linking "s" between parts is skipped.
    fn parts(
        &self,
        searcher: &tantivy::Searcher,
        word: &str,
        fields: &[&TextField],
        in_labels: &dyn Fn(&str) -> bool,
    ) -> Vec<String> {
        let known = |p: &str| {
            in_labels(p)
                || fields.iter().any(|t| {
                    let term = Term::from_field_text(t.field, &t.analysis.query_term(p));
                    searcher.doc_freq(&term).is_ok_and(|n| n > 0)
                })
        };
        let chars: Vec<char> = normalize(word, None).chars().collect();
        let mut parts = Vec::new();
        let mut start = 0;
        while chars.len() - start >= 4 {
            let found = (start + 4..=chars.len()).rev().find(|&end| {
                end - start < chars.len() && known(&chars[start..end].iter().collect::<String>())
            });
            match found {
                Some(end) => {
                    parts.push(chars[start..end].iter().collect());
                    start = end;
                    if chars.get(start) == Some(&'s') && chars.len() - start > 4 {
                        let rest: String = chars[start + 1..].iter().collect();
                        if known(&rest) {
                            start += 1;
                        }
                    }
                }
                None => break,
            }
        }
        parts
    }

    /// For each word, the country it names (alone or with its neighbour, as
    /// in "Czech Republic"), if any.
    fn countries_named(&self, typed: &[&str]) -> Vec<Option<String>> {
        let folded: Vec<String> = typed.iter().map(|w| normalize(w, None)).collect();
        let mut out = vec![None; typed.len()];
        for i in 0..folded.len() {
            if let Some(next) = folded.get(i + 1) {
                let pair = format!("{} {next}", folded[i]);
                if let Some(code) = self.countries.get(&pair) {
                    out[i] = Some(code.clone());
                    out[i + 1] = Some(code.clone());
                    continue;
                }
            }
            if out[i].is_none() {
                out[i] = self.countries.get(&folded[i]).cloned();
            }
        }
        out
    }

    /// The whole query: the words, and the filters.
    pub fn query(&self, req: &SearchRequest, w: &Weights) -> Result<Box<dyn Query>, SearchError> {
        if !LANGUAGES.contains(&req.lang.as_str()) {
            return Err(SearchError::Query(format!(
                "unknown language `{}`",
                req.lang
            )));
        }
        let text = self
            .text_query(&req.q, &req.lang, w)
            .ok_or_else(|| SearchError::Query("the query has no words".into()))?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text)];
        let f = &self.fields;
        let mut filter = |field, value: &str| {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, value),
                        IndexRecordOption::Basic,
                    )),
                    0.0,
                )),
            ));
        };
        if let Some(c) = &req.country {
            filter(f.country, c);
        }
        if let Some(a) = &req.area {
            filter(f.areas, a);
        }
        if let Some(k) = &req.keyword {
            filter(f.keyword_ids, k);
        }
        if let Some(l) = &req.level {
            filter(f.level, l);
        }
        if !req.include_non_public {
            filter(f.public, "yes");
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Runs a search with the default weights.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, SearchError> {
        self.search_with(req, &Weights::default())
    }

    pub fn search_with(
        &self,
        req: &SearchRequest,
        w: &Weights,
    ) -> Result<SearchResults, SearchError> {
        let query = self.query(req, w)?;
        let searcher = self.reader.searcher();
        let mut facets = FacetCollector::for_field("facets");
        facets.add_facet("/country");
        facets.add_facet("/area");
        let top = TopDocs::with_limit(req.limit.max(1))
            .and_offset(req.offset)
            .order_by_score();
        let (top, total, facets) = searcher.search(&query, &(top, Count, facets))?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let id = doc
                .get_first(self.fields.id)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string();
            hits.push(Hit { id, score });
        }
        let count = |root: &str| -> BTreeMap<String, u64> {
            facets
                .get(root)
                .map(|(facet, n)| {
                    let path = facet.to_path();
                    (path.last().map(|s| s.to_string()).unwrap_or_default(), n)
                })
                .collect()
        };
        Ok(SearchResults {
            total,
            hits: if req.limit == 0 { Vec::new() } else { hits },
            countries: count("/country"),
            areas: count("/area"),
        })
    }

    /// Highlights what `req` matched in `text`, a `part` of an authority in
    /// the searcher's language: the text with `<b>…</b>` around matches
    /// (escaped HTML), or `None` when nothing matched.
    pub fn highlight(&self, req: &SearchRequest, part: Part, text: &str) -> Option<String> {
        let query = self.text_query(&req.q, &req.lang, &Weights::default())?;
        let searcher = self.reader.searcher();
        let field = self.fields.of(part, &req.lang).first()?.field;
        let mut generator = SnippetGenerator::create(&searcher, query.as_ref(), field).ok()?;
        generator.set_max_num_chars(200);
        let snippet = generator.snippet(text);
        (!snippet.highlighted().is_empty()).then(|| snippet.to_html())
    }

    /// Whether some word of `q` is in no field as typed (a typo, or a word
    /// the data does not have).
    pub fn has_unknown_word(&self, q: &str) -> bool {
        let searcher = self.reader.searcher();
        let vocabulary = self
            .vocabulary
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        words(q).any(|word| {
            !vocabulary.knows(word)
                && !self.fields.texts.iter().any(|t| {
                    let term = Term::from_field_text(t.field, &t.analysis.query_term(word));
                    searcher.doc_freq(&term).is_ok_and(|n| n > 0)
                })
        })
    }
}
