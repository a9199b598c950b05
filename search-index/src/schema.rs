//! The index's fields: per language the informal name and the description,
//! each with that language's analysis (plus a Latin-script copy for Greek and Bulgarian); the
//! official name; and untokenized fields for filters and facets.

use std::collections::BTreeMap;

use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED,
    STRING,
};

use crate::analysis::{transliterated, Analysis, LANGUAGES};

/// What a text holds, for weighting (keyword labels are matched through
/// the vocabulary, the other parts in fields of the index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Name,
    Keywords,
    Description,
    Official,
}

/// One searchable text field.
#[derive(Debug, Clone, Copy)]
pub struct TextField {
    pub field: Field,
    pub part: Part,
    /// Its language (`None` for the official name, in national languages).
    pub lang: Option<&'static str>,
    pub analysis: Analysis,
}

/// The schema's fields.
#[derive(Clone)]
pub struct Fields {
    pub schema: Schema,
    pub id: Field,
    pub country: Field,
    pub level: Field,
    pub areas: Field,
    pub keyword_ids: Field,
    pub public: Field,
    pub facets: Field,
    pub texts: Vec<TextField>,
    /// (part, language) → field, for documents.
    by_part: BTreeMap<(Part, &'static str), Vec<TextField>>,
}

/// Bumped whenever the schema or an analysis changes: an index written by
/// another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 6;

fn text_options(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            // Scores need frequencies; nothing needs positions (snippets
            // re-read the text).
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

impl Fields {
    pub fn new() -> Fields {
        let mut b = Schema::builder();
        let id = b.add_text_field("id", STRING | STORED);
        let country = b.add_text_field("country", STRING);
        let level = b.add_text_field("level", STRING);
        let areas = b.add_text_field("area", STRING);
        let keyword_ids = b.add_text_field("keyword", STRING);
        let public = b.add_text_field("public", STRING);
        let facets = b.add_facet_field("facets", FacetOptions::default());
        let mut texts = Vec::new();
        let mut by_part: BTreeMap<(Part, &'static str), Vec<TextField>> = BTreeMap::new();
        for lang in LANGUAGES {
            for (part, prefix) in [(Part::Name, "name"), (Part::Description, "desc")] {
                // Descriptions are long: without a stemmer they are indexed
                // as trimmed words (prefix n-grams are for names), and only
                // names get a Latin copy. Keyword labels are not in the
                // documents: see `vocabulary`.
                let own = match (part, Analysis::of(lang)) {
                    (Part::Description, Analysis::Grams) => Analysis::Trimmed,
                    (Part::Name, Analysis::Words(Some(a))) => Analysis::Forms(a),
                    (_, a) => a,
                };
                let mut analyses = vec![own];
                if transliterated(lang) && part == Part::Name {
                    analyses.push(Analysis::LatinGrams);
                }
                for analysis in analyses {
                    let suffix = if analysis == Analysis::LatinGrams {
                        "_latin"
                    } else {
                        ""
                    };
                    let field = b.add_text_field(
                        &format!("{prefix}_{lang}{suffix}"),
                        text_options(&analysis.name(lang)),
                    );
                    let t = TextField {
                        field,
                        part,
                        lang: Some(lang),
                        analysis,
                    };
                    texts.push(t);
                    by_part.entry((part, lang)).or_default().push(t);
                }
            }
        }
        let official = b.add_text_field("official", text_options(&Analysis::Grams.name("any")));
        let t = TextField {
            field: official,
            part: Part::Official,
            lang: None,
            analysis: Analysis::Grams,
        };
        texts.push(t);
        by_part.entry((Part::Official, "any")).or_default().push(t);
        Fields {
            schema: b.build(),
            id,
            country,
            level,
            areas,
            keyword_ids,
            public,
            facets,
            texts,
            by_part,
        }
    }

    /// The fields (one, or two with the Latin copy) of a part in a language.
    pub fn of(&self, part: Part, lang: &str) -> &[TextField] {
        LANGUAGES
            .iter()
            .chain(std::iter::once(&"any"))
            .find(|l| **l == lang)
            .and_then(|l| self.by_part.get(&(part, *l)))
            .map_or(&[], Vec::as_slice)
    }

    pub fn country_facet(country: &str) -> Facet {
        Facet::from_path(["country", country])
    }

    pub fn area_facet(area: &str) -> Facet {
        Facet::from_path(["area", area])
    }
}

impl Default for Fields {
    fn default() -> Self {
        Fields::new()
    }
}
