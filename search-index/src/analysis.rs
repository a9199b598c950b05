//! Text analysis per language: words are lower-cased, stemmed with the
//! language's Snowball stemmer where one exists, and folded to ASCII
//! (so a query without diacritics finds text with them). Languages without
//! a stemmer index prefix n-grams of each word instead, so a shorter or
//! differently inflected form still meets. Greek and Bulgarian are also
//! indexed transliterated to Latin script, so Latin input reaches them.
//!
//! The same functions analyse documents (through the tantivy tokenizers
//! registered on every open) and queries (directly, so that a query word
//! can be looked up in each language's field with that field's analysis).

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;

/// The 24 official EU languages.
pub const LANGUAGES: [&str; 24] = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];

/// The Snowball stemmer of a language, if there is one. Croatian uses the
/// Serbian stemmer (written for the shared Serbo-Croatian grammar, Latin
/// script included).
pub fn stemmer(lang: &str) -> Option<Algorithm> {
    Some(match lang {
        "cs" => Algorithm::Czech,
        "da" => Algorithm::Danish,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "en" => Algorithm::English,
        "es" => Algorithm::Spanish,
        "et" => Algorithm::Estonian,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "ga" => Algorithm::Irish,
        "hr" => Algorithm::Serbian,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "lt" => Algorithm::Lithuanian,
        "nl" => Algorithm::Dutch,
        "pl" => Algorithm::Polish,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "sv" => Algorithm::Swedish,
        _ => return None,
    })
}

/// Whether a language's text is also indexed in Latin transliteration.
pub fn transliterated(lang: &str) -> bool {
    matches!(lang, "el" | "bg")
}

/// Shortest prefix n-gram indexed for languages without a stemmer.
pub const MIN_GRAM: usize = 4;

/// How one field's text is analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// Lower-case, stem (if `stemmer`), fold.
    Words(Option<Algorithm>),
    /// As `Words` with the stemmer, and each word also as typed (folded):
    /// for names, so a typo in a word's ending still meets the word (the
    /// stemmer does not recognise a mistyped ending).
    Forms(Algorithm),
    /// Lower-case, fold, and index every prefix of at least [`MIN_GRAM`]
    /// characters (queries look the whole word up).
    Grams,
    /// Transliterate to Latin, then as `Grams`.
    LatinGrams,
    /// Lower-case, fold, and drop the ending of longer words (the last
    /// letter of a five-letter word, the last two of longer ones): crude
    /// suffix stripping, one term per word, for the long texts of languages
    /// without a stemmer ("dovoljenje", "dovoljenja" → "dovoljen").
    Trimmed,
}

impl Analysis {
    /// The analysis of a language's fields.
    pub fn of(lang: &str) -> Analysis {
        match stemmer(lang) {
            Some(a) => Analysis::Words(Some(a)),
            None => Analysis::Grams,
        }
    }

    /// The tokenizer name this analysis is registered under.
    pub fn name(self, lang: &str) -> String {
        match self {
            Analysis::Words(Some(_)) => format!("stem_{lang}"),
            Analysis::Words(None) => "fold".to_string(),
            Analysis::Forms(_) => format!("forms_{lang}"),
            Analysis::Grams => format!("grams_{lang}"),
            Analysis::LatinGrams => format!("latin_{lang}"),
            Analysis::Trimmed => "trimmed".to_string(),
        }
    }

    /// Index terms: (position, term).
    pub fn index_terms(self, text: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (pos, word) in words(text).enumerate() {
            match self {
                Analysis::Words(stem) => out.push((pos, normalize(word, stem))),
                Analysis::Trimmed => out.push((pos, self.query_term(word))),
                Analysis::Forms(a) => {
                    let stem = normalize(word, Some(a));
                    let typed = normalize(word, None);
                    if typed != stem {
                        out.push((pos, typed));
                    }
                    out.push((pos, stem));
                }
                Analysis::Grams | Analysis::LatinGrams => {
                    let w = self.query_term(word);
                    let chars: Vec<char> = w.chars().collect();
                    if chars.len() <= MIN_GRAM {
                        out.push((pos, w));
                    } else {
                        for end in MIN_GRAM..=chars.len() {
                            out.push((pos, chars.iter().take(end).collect()));
                        }
                    }
                }
            }
        }
        out
    }

    /// The term a query word is looked up as.
    pub fn query_term(self, word: &str) -> String {
        match self {
            Analysis::Words(stem) => normalize(word, stem),
            Analysis::Forms(a) => normalize(word, Some(a)),
            Analysis::Grams => normalize(word, None),
            Analysis::LatinGrams => fold(&transliterate(&word.to_lowercase())),
            Analysis::Trimmed => {
                let folded = normalize(word, None);
                let n = folded.chars().count();
                let keep = match n {
                    0..=4 => n,
                    5 => 4,
                    _ => n - 2,
                };
                folded.chars().take(keep).collect()
            }
        }
    }

    /// The query's terms, one per word (in order).
    pub fn query_terms(self, text: &str) -> Vec<String> {
        words(text).map(|w| self.query_term(w)).collect()
    }
}

/// The words of a text: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// A letter or digit (`char::is_alphanumeric`, answered without a table
/// lookup for the Latin, Greek and Cyrillic letters of the 24 languages).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match u32::from(c) {
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x391..=0x3A1 | 0x3A3..=0x3CE => true,
        0x400..=0x481 | 0x48A..=0x52F => true,
        _ => c.is_alphanumeric(),
    }
}

/// Lower-cases, stems and folds one word.
pub fn normalize(word: &str, stem: Option<Algorithm>) -> String {
    let lower = word.to_lowercase();
    match stem {
        Some(a) => fold(&Stemmer::new(a).stem(&lower)),
        None => fold(&lower),
    }
}

/// Removes diacritics and maps the letters decomposition does not reach
/// (ø, ł, đ, ß, æ, œ, ħ, ı, þ, ð) to ASCII; other scripts stay as they are
/// (without their accents).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ħ' => out.push('h'),
            'ı' => out.push('i'),
            'þ' => out.push_str("th"),
            'ð' => out.push('d'),
            'ς' => out.push('σ'),
            _ => out.push(c),
        }
    }
    out
}

/// Greek and Cyrillic (Bulgarian) letters in Latin, as officials type them
/// (ELOT 743 and the Bulgarian streamlined system, simplified).
pub fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
    {
        let latin = match c {
            'α' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' => "e",
            'ζ' => "z",
            'η' => "i",
            'θ' => "th",
            'ι' => "i",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "x",
            'ο' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' | 'ς' => "s",
            'τ' => "t",
            'υ' => "y",
            'φ' => "f",
            'χ' => "ch",
            'ψ' => "ps",
            'ω' => "o",
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sht",
            'ъ' => "a",
            'ь' => "y",
            'ю' => "yu",
            'я' => "ya",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

/// A tantivy tokenizer running one [`Analysis`]. It remembers what each
/// word became (authorities of one kind share their texts, so the same
/// words come again and again).
#[derive(Clone)]
pub struct AnalysisTokenizer {
    analysis: Analysis,
    tokens: Vec<Token>,
    /// Word → its index terms (in `terms`).
    seen: std::collections::HashMap<String, usize, std::hash::BuildHasherDefault<Fnv>>,
    terms: Vec<Vec<String>>,
}

impl AnalysisTokenizer {
    pub fn new(analysis: Analysis) -> Self {
        AnalysisTokenizer {
            analysis,
            tokens: Vec::new(),
            seen: Default::default(),
            terms: Vec::new(),
        }
    }

    /// The index terms of one word.
    fn terms(&mut self, word: &str) -> &[String] {
        let i = match self.seen.get(word) {
            Some(i) => *i,
            None => {
                if self.seen.len() > 100_000 {
                    self.seen.clear();
                    self.terms.clear();
                }
                let terms = self
                    .analysis
                    .index_terms(word)
                    .into_iter()
                    .map(|(_, t)| t)
                    .collect();
                self.terms.push(terms);
                self.seen.insert(word.to_string(), self.terms.len() - 1);
                self.terms.len() - 1
            }
        };
        &self.terms[i]
    }
}

/// The words of a text with their byte offsets.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.by_ref().find(|(_, c)| is_word_char(*c))?;
        let mut end = text.len();
        for (i, c) in rest.by_ref() {
            if !is_word_char(c) {
                end = i;
                break;
            }
        }
        Some((start, &text[start..end]))
    })
}

pub struct VecTokenStream<'a> {
    tokens: &'a mut Vec<Token>,
    /// How many of `tokens` belong to this text.
    len: usize,
    next: usize,
}

/// FNV-1a: a fast hash for the short words the tokenizer remembers.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl Tokenizer for AnalysisTokenizer {
    type TokenStream<'a> = VecTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream<'a> {
        // The tokens of the previous text are reused (their strings keep
        // their allocations).
        let mut tokens = std::mem::take(&mut self.tokens);
        let mut len = 0;
        for (pos, (from, word)) in words_at(text).enumerate() {
            for term in self.terms(word) {
                match tokens.get_mut(len) {
                    Some(t) => {
                        t.offset_from = from;
                        t.offset_to = from + word.len();
                        t.position = pos;
                        t.position_length = 1;
                        t.text.clear();
                        t.text.push_str(term);
                    }
                    None => tokens.push(Token {
                        offset_from: from,
                        offset_to: from + word.len(),
                        position: pos,
                        text: term.clone(),
                        position_length: 1,
                    }),
                }
                len += 1;
            }
        }
        self.tokens = tokens;
        VecTokenStream {
            tokens: &mut self.tokens,
            len,
            next: 0,
        }
    }
}

impl TokenStream for VecTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.len
    }

    fn token(&self) -> &Token {
        // `advance` returned true, so the index is in range; a fresh
        // stream that was never advanced shows the first token (or a
        // default one when there is none).
        static EMPTY: std::sync::OnceLock<Token> = std::sync::OnceLock::new();
        self.tokens
            .get(self.next.saturating_sub(1))
            .unwrap_or_else(|| EMPTY.get_or_init(Token::default))
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self.next.saturating_sub(1);
        if i >= self.tokens.len() {
            self.tokens.push(Token::default());
        }
        let last = self.tokens.len() - 1;
        &mut self.tokens[i.min(last)]
    }
}

/// Registers every analysis on an index's tokenizer manager (to be done at
/// every open: tantivy does not store custom analyzers).
pub fn register(index: &tantivy::Index) {
    let manager = index.tokenizers();
    for lang in LANGUAGES {
        let a = Analysis::of(lang);
        manager.register(&a.name(lang), TextAnalyzer::from(AnalysisTokenizer::new(a)));
        if let Some(stem) = stemmer(lang) {
            let f = Analysis::Forms(stem);
            manager.register(&f.name(lang), TextAnalyzer::from(AnalysisTokenizer::new(f)));
        }
        if transliterated(lang) {
            let l = Analysis::LatinGrams;
            manager.register(&l.name(lang), TextAnalyzer::from(AnalysisTokenizer::new(l)));
        }
    }
    manager.register(
        &Analysis::Words(None).name("any"),
        TextAnalyzer::from(AnalysisTokenizer::new(Analysis::Words(None))),
    );
    manager.register(
        &Analysis::Trimmed.name("any"),
        TextAnalyzer::from(AnalysisTokenizer::new(Analysis::Trimmed)),
    );
    manager.register(
        &Analysis::Grams.name("any"),
        TextAnalyzer::from(AnalysisTokenizer::new(Analysis::Grams)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters_are_letters_and_digits() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn folding_and_transliteration() {
        assert_eq!(
            fold("ärztekammer łódź øresund straße"),
            "arztekammer lodz oresund strasse"
        );
        assert_eq!(transliterate("франция"), "frantsiya");
        assert_eq!(transliterate("γαλλία"), "gallia");
    }
}
