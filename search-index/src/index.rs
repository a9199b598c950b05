//! The index on disk (or in memory): opening it (a missing, old-format or
//! corrupt index is created anew and reported as needing a rebuild),
//! replacing documents, and commits that record the store's change
//! sequence number the index is up to date with.

use std::path::Path;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

use crate::analysis;
use crate::docs::AuthorityDoc;
use crate::schema::{Fields, SCHEMA_VERSION};

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
            let key: Vec<String> = analysis::words(name)
                .map(|w| analysis::normalize(w, None))
                .collect();
            self.countries.insert(key.join(" "), code.to_string());
        }
    }

    /// The country names of the definitions' `search.country_names` list.
    pub fn set_country_names_from(&mut self, defs: &imi_engine::Definitions) {
        let Some(list) = defs.search.as_ref().and_then(|s| s.country_names.as_ref()) else {
            return;
        };
        let entries: Vec<(String, String)> = defs
            .packages
            .values()
            .filter_map(|p| p.keyword_lists.get(list))
            .flat_map(|l| {
                l.entries.iter().flat_map(|(code, labels)| {
                    labels.values().map(move |n| (code.clone(), n.clone()))
                })
            })
            .collect();
        self.set_country_names(entries.iter().map(|(c, n)| (c.as_str(), n.as_str())));
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
