//! The index on disk (or in memory): opening it (a missing, old-format or
//! corrupt index is created anew and reported as needing a rebuild),
//! replacing documents, and commits that record the store's change
//! sequence number the index is up to date with.

use std::path::Path;
use std::sync::{Mutex, RwLock};

use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::indexer::{LogMergePolicy, NoMergePolicy};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

use crate::analysis;
use crate::docs::AuthorityDoc;
use crate::schema::{Fields, SCHEMA_VERSION};
use crate::vocabulary::{Target, Vocabulary};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index in {dir}: {message}")]
    Index { dir: String, message: String },
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("{0}")]
    Query(String),
}

/// What a commit records (tantivy's commit payload).
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    schema: u32,
    /// The store's change sequence number the index reflects.
    seq: u64,
}

/// The authority index.
pub struct SearchIndex {
    index: Index,
    pub(crate) fields: Fields,
    pub(crate) reader: IndexReader,
    writer: Mutex<IndexWriter>,
    /// Country names in every language (folded words joined by spaces) →
    /// country code: a query naming a country prefers its authorities.
    pub(crate) countries: std::collections::HashMap<String, String>,
    /// Keyword labels and country names, analysed once for all documents.
    pub(crate) vocabulary: RwLock<Vocabulary>,
}

/// How an index was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// Usable; up to date with this change sequence number.
    UpToSeq(u64),
    /// Created empty (it was missing, of another version, or unreadable):
    /// rebuild it from the store.
    Empty,
}

/// Indexing memory (fewer, larger segments: faster builds and queries).
const WRITER_MEMORY: usize = 256 * 1024 * 1024;

impl SearchIndex {
    fn with_index(index: Index, fields: Fields) -> Result<SearchIndex, SearchError> {
        analysis::register(&index);
        let writer = index.writer(WRITER_MEMORY)?;
        let index = index.clone();
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            fields,
            reader,
            writer: Mutex::new(writer),
            countries: Default::default(),
            vocabulary: Default::default(),
        })
    }

    /// An index in memory (tests, benchmarks).
    pub fn in_memory() -> Result<SearchIndex, SearchError> {
        let fields = Fields::new();
        let index = Index::create_in_ram(fields.schema.clone());
        SearchIndex::with_index(index, fields)
    }

    /// Opens the index in `dir`, or creates it there (see [`Opened`]).
    pub fn open(dir: &Path) -> Result<(SearchIndex, Opened), SearchError> {
        let fields = Fields::new();
        let err = |message: String| SearchError::Index {
            dir: dir.display().to_string(),
            message,
        };
        if let Ok(index) = Index::open_in_dir(dir) {
            let payload = index
                .load_metas()
                .ok()
                .and_then(|m| m.payload)
                .and_then(|p| serde_json::from_str::<Payload>(&p).ok());
            if let Some(p) = payload.filter(|p| p.schema == SCHEMA_VERSION) {
                if index.schema() == fields.schema {
                    let opened = SearchIndex::with_index(index, fields)?;
                    return Ok((opened, Opened::UpToSeq(p.seq)));
                }
            }
            tracing::warn!(dir = %dir.display(), "search index of another version: rebuilding");
        } else if dir.exists() {
            tracing::warn!(dir = %dir.display(), "search index unreadable: rebuilding");
        }
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(|e| err(format!("cannot remove: {e}")))?;
        }
        std::fs::create_dir_all(dir).map_err(|e| err(format!("cannot create: {e}")))?;
        let directory = MmapDirectory::open(dir).map_err(|e| err(e.to_string()))?;
        let index = Index::create(directory, fields.schema.clone(), Default::default())?;
        Ok((SearchIndex::with_index(index, fields)?, Opened::Empty))
    }

    /// Teaches the index the countries' names: (country code, name in some
    /// language).
    pub fn set_country_names<'a>(&mut self, names: impl IntoIterator<Item = (&'a str, &'a str)>) {
        for (code, name) in names {
            self.add_country_name(code, None, name);
        }
    }

    fn add_country_name(&mut self, code: &str, lang: Option<&str>, name: &str) {
        let key: Vec<String> = analysis::words(name)
            .map(|w| analysis::normalize(w, None))
            .collect();
        self.countries.insert(key.join(" "), code.to_string());
        self.vocabulary_mut()
            .add(Target::Country(code.to_string()), lang, name);
    }

    /// Teaches the index the labels of the definitions' search binding: the
    /// country names of its `country_names` list and the keywords of its
    /// `keywords` and `area_keywords` lists, in every language.
    pub fn set_labels_from(&mut self, defs: &imi_engine::Definitions) {
        let Some(b) = defs.search.as_ref() else {
            return;
        };
        let lists = |name: &str| {
            defs.packages
                .values()
                .filter_map(move |p| p.keyword_lists.get(name))
                .flat_map(|l| l.entries.iter())
                .flat_map(|(id, labels)| labels.iter().map(move |(lang, t)| (id, lang, t)))
                .map(|(id, lang, t)| (id.clone(), lang.clone(), t.clone()))
                .collect::<Vec<_>>()
        };
        if let Some(list) = &b.country_names {
            for (code, lang, name) in lists(list) {
                self.add_country_name(&code, Some(&lang), &name);
            }
        }
        for list in b.keywords.iter().chain(&b.area_keywords) {
            for (id, lang, label) in lists(list) {
                self.vocabulary_mut()
                    .add(Target::Keyword(id), Some(&lang), &label);
            }
        }
    }

    fn vocabulary_mut(&mut self) -> &mut Vocabulary {
        self.vocabulary
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Learns the keyword labels of `doc` (labels the definitions did not
    /// give: documents built without definitions, as in tests).
    fn learn(&self, doc: &AuthorityDoc) {
        let new = |v: &Vocabulary| {
            doc.keyword_labels
                .keys()
                .any(|id| !v.has(&Target::Keyword(id.clone())))
        };
        let read = |l: &RwLock<Vocabulary>| {
            l.read()
                .map(|v| new(&v))
                .unwrap_or_else(|e| new(&e.into_inner()))
        };
        if doc.keyword_labels.is_empty() || !read(&self.vocabulary) {
            return;
        }
        let mut v = self
            .vocabulary
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for (id, labels) in &doc.keyword_labels {
            let target = Target::Keyword(id.clone());
            if v.has(&target) {
                continue;
            }
            for (lang, label) in labels {
                v.add(target.clone(), Some(lang), label);
            }
        }
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    fn writer(&self) -> Result<std::sync::MutexGuard<'_, IndexWriter>, SearchError> {
        self.writer
            .lock()
            .map_err(|_| SearchError::Query("the index writer failed earlier".into()))
    }

    /// Adds or replaces authorities (not visible before [`SearchIndex::commit`]).
    pub fn put(&self, docs: &[AuthorityDoc]) -> Result<(), SearchError> {
        let w = self.writer()?;
        for d in docs {
            self.learn(d);
            w.delete_term(Term::from_field_text(self.fields.id, &d.id));
            w.add_document(d.to_document(&self.fields))?;
        }
        Ok(())
    }

    /// Removes an authority (not visible before a commit).
    pub fn remove(&self, id: &str) -> Result<(), SearchError> {
        self.writer()?
            .delete_term(Term::from_field_text(self.fields.id, id));
        Ok(())
    }

    /// Removes every authority (before a rebuild).
    pub fn clear(&self) -> Result<(), SearchError> {
        self.writer()?.delete_all_documents()?;
        Ok(())
    }

    /// Replaces the whole index by `docs` and commits it as reflecting the
    /// store up to change `seq`: every authority is then searchable. Bulk
    /// form of [`SearchIndex::put`]: no deletion per document, and no
    /// merges while building (they would compete with indexing for the
    /// cores); [`SearchIndex::optimize`] merges afterwards.
    pub fn rebuild(
        &self,
        docs: impl IntoIterator<Item = AuthorityDoc>,
        seq: u64,
    ) -> Result<usize, SearchError> {
        let mut count = 0;
        {
            let w = self.writer()?;
            w.delete_all_documents()?;
            w.set_merge_policy(Box::new(NoMergePolicy));
            for d in docs {
                self.learn(&d);
                w.add_document(d.to_document(&self.fields))?;
                count += 1;
            }
        }
        let committed = self.commit(seq);
        self.writer()?
            .set_merge_policy(Box::new(LogMergePolicy::default()));
        committed.map(|()| count)
    }

    /// Makes the changes durable and visible, recording that the index now
    /// reflects the store up to change `seq`.
    pub fn commit(&self, seq: u64) -> Result<(), SearchError> {
        let mut w = self.writer()?;
        let mut prepared = w.prepare_commit()?;
        let payload = serde_json::to_string(&Payload {
            schema: SCHEMA_VERSION,
            seq,
        })
        .unwrap_or_default();
        prepared.set_payload(&payload);
        prepared.commit()?;
        drop(w);
        self.reader.reload()?;
        Ok(())
    }

    /// Merges the index into one segment (after a rebuild: queries then
    /// look each term up once, not once per segment).
    pub fn optimize(&self) -> Result<(), SearchError> {
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            self.writer()?.merge(&segments).wait()?;
        }
        self.reader.reload()?;
        Ok(())
    }

    /// How many authorities are searchable.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes the index takes on disk (0 in memory).
    pub fn size_on_disk(dir: &Path) -> u64 {
        std::fs::read_dir(dir)
            .map(|it| {
                it.flatten()
                    .filter_map(|e| e.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}
