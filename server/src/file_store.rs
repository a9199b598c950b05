//! The file store: attachments to answers (a questionnaire's `file`
//! questions), in a sled database of their own (`<data>/files`). A file is
//! stored under a random id, never derived from its content; an answer
//! refers to it as `<id>/<file name>`. Who may download a file is decided
//! by who may read an answer that refers to it (see `files.rs`), so the
//! store keeps no permissions. Files no answer refers to are swept after a
//! day (an upload whose form was never sent, personal data erased).

use std::collections::HashSet;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The largest file accepted, in bytes.
pub const MAX_FILE: usize = 10 * 1024 * 1024;

/// How long a file no answer refers to is kept.
pub const UNREFERENCED_FOR: i64 = 24 * 60 * 60;

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("file store: {0}")]
    Store(String),
    #[error("the file is larger than {max} bytes", max = MAX_FILE)]
    TooLarge,
    #[error("the file is empty")]
    Empty,
}

impl From<sled::Error> for FileError {
    fn from(e: sled::Error) -> Self {
        FileError::Store(e.to_string())
    }
}

/// What is kept of a file besides its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileMeta {
    pub name: String,
    pub content_type: String,
    pub size: usize,
    pub uploaded_at: DateTime<Utc>,
    /// The user who uploaded it.
    pub uploaded_by: String,
}

impl FileMeta {
    /// The reference an answer holds.
    pub fn reference(&self, id: &str) -> String {
        format!("{id}/{}", self.name)
    }
}

pub struct FileStore {
    db: sled::Db,
    meta: sled::Tree,
    content: sled::Tree,
}

impl FileStore {
    pub fn open(dir: &Path) -> Result<FileStore, FileError> {
        // Files are read rarely: a small cache.
        Self::with(
            sled::Config::new()
                .path(dir)
                .cache_capacity(16 << 20)
                .open()?,
        )
    }

    pub fn temporary() -> Result<FileStore, FileError> {
        Self::with(sled::Config::new().temporary(true).open()?)
    }

    fn with(db: sled::Db) -> Result<FileStore, FileError> {
        Ok(FileStore {
            meta: db.open_tree("meta")?,
            content: db.open_tree("content")?,
            db,
        })
    }

    /// Stores a file durably; returns its id and what is kept of it.
    pub fn put(
        &self,
        name: &str,
        content_type: &str,
        bytes: &[u8],
        uploaded_by: &str,
        now: DateTime<Utc>,
    ) -> Result<(String, FileMeta), FileError> {
        if bytes.is_empty() {
            return Err(FileError::Empty);
        }
        if bytes.len() > MAX_FILE {
            return Err(FileError::TooLarge);
        }
        let mut raw = [0u8; 16];
        getrandom::getrandom(&mut raw).map_err(|e| FileError::Store(e.to_string()))?;
        let id: String = raw.iter().map(|b| format!("{b:02x}")).collect();
        let meta = FileMeta {
            name: safe_name(name),
            content_type: safe_content_type(content_type),
            size: bytes.len(),
            uploaded_at: now,
            uploaded_by: uploaded_by.to_string(),
        };
        let encoded = serde_json::to_vec(&meta).map_err(|e| FileError::Store(e.to_string()))?;
        self.content.insert(id.as_bytes(), bytes)?;
        self.meta.insert(id.as_bytes(), encoded)?;
        self.db.flush()?;
        Ok((id, meta))
    }

    /// A file's metadata and content.
    pub fn get(&self, id: &str) -> Result<Option<(FileMeta, Vec<u8>)>, FileError> {
        let (Some(meta), Some(content)) = (
            self.meta.get(id.as_bytes())?,
            self.content.get(id.as_bytes())?,
        ) else {
            return Ok(None);
        };
        let meta = serde_json::from_slice(&meta).map_err(|e| FileError::Store(e.to_string()))?;
        Ok(Some((meta, content.to_vec())))
    }

    /// Deletes the files older than a day whose id is not in `referenced`;
    /// returns how many.
    pub fn sweep(
        &self,
        referenced: &HashSet<String>,
        now: DateTime<Utc>,
    ) -> Result<usize, FileError> {
        let before = now - Duration::seconds(UNREFERENCED_FOR);
        let mut gone = 0;
        for entry in self.meta.iter() {
            let (key, value) = entry?;
            let id = String::from_utf8_lossy(&key).to_string();
            let Ok(meta) = serde_json::from_slice::<FileMeta>(&value) else {
                continue;
            };
            if meta.uploaded_at < before && !referenced.contains(&id) {
                self.content.remove(&key)?;
                self.meta.remove(&key)?;
                gone += 1;
            }
        }
        if gone > 0 {
            self.db.flush()?;
        }
        Ok(gone)
    }
}

/// The ids of the files `value` (an instance's fields as JSON) refers to.
pub fn references(value: &serde_json::Value, out: &mut HashSet<String>) {
    match value {
        serde_json::Value::String(s) => {
            if let Some(id) = reference_id(s) {
                out.insert(id.to_string());
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| references(v, out)),
        _ => {}
    }
}

/// The file id of a reference (`<32 hex digits>/<name>`).
pub fn reference_id(s: &str) -> Option<&str> {
    let (id, name) = s.split_once('/')?;
    (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) && !name.is_empty()).then_some(id)
}

/// A file name without folders or control characters, at most 120
/// characters; `file` when nothing is left.
pub fn safe_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>'))
        .take(120)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        "file".to_string()
    } else {
        cleaned
    }
}

/// The content types a file is served as; anything else is served as
/// `application/octet-stream` (and always as an attachment).
fn safe_content_type(given: &str) -> String {
    let base = given
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    const SHOWN: [&str; 6] = [
        "application/pdf",
        "image/png",
        "image/jpeg",
        "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    ];
    if SHOWN.contains(&base.as_str()) {
        base
    } else {
        "application/octet-stream".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_folders_and_control_characters() {
        assert_eq!(safe_name("C:\\Users\\me\\diploma.pdf"), "diploma.pdf");
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("a\u{0}b\n\"c\".pdf"), "abc.pdf");
        assert_eq!(safe_name(".."), "file");
        assert_eq!(safe_name(""), "file");
        assert_eq!(safe_name(&"x".repeat(500)).len(), 120);
    }

    #[test]
    fn unknown_content_types_are_served_as_bytes() {
        assert_eq!(safe_content_type("application/pdf"), "application/pdf");
        assert_eq!(safe_content_type("Image/PNG; x=1"), "image/png");
        assert_eq!(safe_content_type("text/html"), "application/octet-stream");
        assert_eq!(
            safe_content_type("image/svg+xml"),
            "application/octet-stream"
        );
    }

    #[test]
    fn store_get_and_sweep() {
        let store = FileStore::temporary().unwrap();
        let now = Utc::now();
        let (kept, meta) = store
            .put("diploma.pdf", "application/pdf", b"%PDF-1.4", "EE-1", now)
            .unwrap();
        assert_eq!(meta.reference(&kept), format!("{kept}/diploma.pdf"));
        let (old, _) = store
            .put("old.txt", "text/plain", b"x", "EE-1", now)
            .unwrap();
        let (fresh, _) = store
            .put(
                "fresh.txt",
                "text/plain",
                b"y",
                "EE-1",
                now + Duration::hours(30),
            )
            .unwrap();
        assert_eq!(store.get(&kept).unwrap().unwrap().1, b"%PDF-1.4");
        assert!(matches!(
            store.put("big", "", &vec![0; MAX_FILE + 1], "EE-1", now),
            Err(FileError::TooLarge)
        ));
        assert!(matches!(
            store.put("e", "", b"", "EE-1", now),
            Err(FileError::Empty)
        ));
        let referenced: HashSet<String> = [kept.clone()].into();
        let later = now + Duration::hours(25);
        assert_eq!(store.sweep(&referenced, later).unwrap(), 1);
        assert!(store.get(&old).unwrap().is_none());
        assert!(store.get(&kept).unwrap().is_some());
        assert!(store.get(&fresh).unwrap().is_some());
    }

    #[test]
    fn references_are_found_in_nested_answers() {
        let id = "0123456789abcdef0123456789abcdef";
        let fields = serde_json::json!({
            "answers": {"documents": [{"document_file": format!("{id}/d.pdf")}, {"document_file": "plain.pdf"}]},
            "note": "a/b",
        });
        let mut found = HashSet::new();
        references(&fields, &mut found);
        assert_eq!(found, [id.to_string()].into());
    }
}
