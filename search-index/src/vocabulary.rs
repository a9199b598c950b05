//! The keyword vocabulary. Keyword labels (economic activities, policy
//! areas, area keywords, professions) and country names form a closed list
//! of a few hundred entries, each in 24 languages. They are analysed once,
//! here, instead of in every authority's document (where they were two
//! fifths of all indexed words): a query word found in a label becomes a
//! query for the authorities that hold that keyword or are in that country.

use std::collections::{BTreeMap, HashMap};

use tantivy::Term;

use crate::analysis::{Analysis, LANGUAGES};
use crate::schema::Fields;

/// What a label stands for in the authority index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// Authorities holding this keyword id.
    Keyword(String),
    /// Authorities of this country.
    Country(String),
}

impl Target {
    pub fn term(&self, fields: &Fields) -> Term {
        match self {
            Target::Keyword(id) => Term::from_field_text(fields.keyword_ids, id),
            Target::Country(code) => Term::from_field_text(fields.country, code),
        }
    }
}

/// Labels per language, analysed as that language's keyword labels.
#[derive(Debug, Default)]
pub struct Vocabulary {
    targets: Vec<Target>,
    numbers: HashMap<Target, u32>,
    /// Per language: index term → the targets whose labels have it.
    terms: BTreeMap<&'static str, HashMap<String, Vec<u32>>>,
}

/// The analysis of keyword labels in `lang`.
pub fn analysis(lang: &str) -> Analysis {
    Analysis::of(lang)
}

impl Vocabulary {
    /// Adds `label` of `target` in `lang` (every language when `None`).
    pub fn add(&mut self, target: Target, lang: Option<&str>, label: &str) {
        let n = match self.numbers.get(&target) {
            Some(n) => *n,
            None => {
                let n = self.targets.len() as u32;
                self.targets.push(target.clone());
                self.numbers.insert(target, n);
                n
            }
        };
        for l in LANGUAGES.iter().filter(|l| lang.is_none_or(|x| x == **l)) {
            let terms = self.terms.entry(l).or_default();
            for (_, term) in analysis(l).index_terms(label) {
                let targets = terms.entry(term).or_default();
                if !targets.contains(&n) {
                    targets.push(n);
                }
            }
        }
    }

    /// Whether `target` has labels.
    pub fn has(&self, target: &Target) -> bool {
        self.numbers.contains_key(target)
    }

    pub fn target(&self, n: u32) -> &Target {
        &self.targets[n as usize]
    }

    /// The targets whose labels in `lang` have the index term `term`.
    pub fn exact(&self, lang: &str, term: &str) -> &[u32] {
        self.terms
            .get(lang)
            .and_then(|t| t.get(term))
            .map_or(&[], Vec::as_slice)
    }

    /// Whether some label in some language has `term` as analysed there.
    pub fn knows(&self, word: &str) -> bool {
        LANGUAGES
            .iter()
            .any(|l| !self.exact(l, &analysis(l).query_term(word)).is_empty())
    }

    /// The targets with a term in `lang` within `typos` edits of `term`
    /// (a transposition counts as one).
    pub fn fuzzy(&self, lang: &str, term: &str, typos: u8) -> Vec<u32> {
        let Some(terms) = self.terms.get(lang) else {
            return Vec::new();
        };
        let word: Vec<char> = term.chars().collect();
        let mut out: Vec<u32> = terms
            .iter()
            .filter(|(t, _)| within(&word, t, typos as usize))
            .flat_map(|(_, targets)| targets.iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The targets with a term in `lang` that starts with `prefix`.
    pub fn prefixed(&self, lang: &str, prefix: &str) -> Vec<u32> {
        let Some(terms) = self.terms.get(lang) else {
            return Vec::new();
        };
        let mut out: Vec<u32> = terms
            .iter()
            .filter(|(t, _)| t.starts_with(prefix))
            .flat_map(|(_, targets)| targets.iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Whether `b` is within `max` edits of `a` (insertions, deletions,
/// substitutions and transpositions of neighbours).
fn within(a: &[char], b: &str, max: usize) -> bool {
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Optimal string alignment distance, rows of the matrix kept three deep.
    let mut before = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        if best > max {
            return false;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn edit_distance() {
        assert!(within(&chars("pharmacist"), "pharmacist", 0));
        assert!(within(&chars("pharmacsit"), "pharmacist", 1));
        assert!(within(&chars("farmacist"), "pharmacist", 2));
        assert!(!within(&chars("farmacist"), "pharmacist", 1));
        assert!(within(&chars("nurse"), "nurses", 1));
        assert!(!within(&chars("nurse"), "purses", 1));
    }

    #[test]
    fn labels_are_found_by_their_terms() {
        let mut v = Vocabulary::default();
        v.add(Target::Keyword("nurse".into()), Some("en"), "Nurses");
        v.add(Target::Country("FR".into()), None, "France");
        let en = analysis("en");
        assert_eq!(v.exact("en", &en.query_term("nurse")), [0]);
        assert!(v.exact("de", &en.query_term("nurse")).is_empty());
        assert_eq!(v.fuzzy("en", "nurss", 1), [0]);
        assert_eq!(v.prefixed("en", "nur"), [0]);
        assert_eq!(v.target(1), &Target::Country("FR".into()));
        assert!(v.knows("France") && v.knows("nurses") && !v.knows("dentists"));
    }
}
