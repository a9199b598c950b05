//! Posted forms as name/value pairs: URL-encoded, or multipart when the
//! form attaches files. A file input is named `file:<field>`; its file,
//! once uploaded through the API, becomes the value of `<field>` (the
//! reference a `file` answer holds), replacing the hidden input that
//! carried the file attached before.

use axum::body::Bytes;
use axum::http::{header, HeaderMap};

/// The largest file the API takes (`imi_server::file_store::MAX_FILE`,
/// which a test keeps equal).
pub const MAX_FILE: usize = 10 * 1024 * 1024;

/// What a page that attaches files may receive: a few files and the form.
pub const MAX_FORM: usize = 4 * MAX_FILE + 64 * 1024;

/// The prefix of a file input's name.
pub const FILE_PREFIX: &str = "file:";

/// A file chosen in a form, not yet uploaded.
pub struct PostedFile {
    /// The field it answers (without [`FILE_PREFIX`]).
    pub field: String,
    pub name: String,
    pub content_type: String,
    pub bytes: Bytes,
}

/// The text fields and the chosen files of a posted form (an unreadable
/// body has none).
pub async fn parse(headers: &HeaderMap, body: &Bytes) -> (Vec<(String, String)>, Vec<PostedFile>) {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type.starts_with("multipart/form-data") {
        return (
            serde_urlencoded::from_bytes(body).unwrap_or_default(),
            Vec::new(),
        );
    }
    let Ok(boundary) = multer::parse_boundary(content_type) else {
        return (Vec::new(), Vec::new());
    };
    let body = body.clone();
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut pairs = Vec::new();
    let mut files = Vec::new();
    while let Ok(Some(part)) = multipart.next_field().await {
        let name = part.name().unwrap_or_default().to_string();
        match name.strip_prefix(FILE_PREFIX) {
            Some(field) => {
                let field = field.to_string();
                let file_name = part.file_name().unwrap_or_default().to_string();
                let content_type = part
                    .content_type()
                    .map(|m| m.to_string())
                    .unwrap_or_else(|| "application/octet-stream".to_string());
                let Ok(bytes) = part.bytes().await else {
                    break;
                };
                // No file chosen: the browser sends an empty part.
                if !bytes.is_empty() || !file_name.is_empty() {
                    files.push(PostedFile {
                        field,
                        name: file_name,
                        content_type,
                        bytes,
                    });
                }
            }
            None => match part.text().await {
                Ok(text) => pairs.push((name, text)),
                Err(_) => break,
            },
        }
    }
    (pairs, files)
}
