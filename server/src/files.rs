//! Attachments: `POST /api/files` stores an uploaded file and answers its
//! reference (`<id>/<name>`), which a `file` question's answer then holds;
//! `GET /api/instances/{id}/files/{file}` serves a file to whoever may read
//! an answer of that instance that refers to it (as `authz` decides: a
//! file in a personal-data answer only to those who read personal data).

use std::collections::HashSet;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use imi_engine::{Actor, InstanceId};
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::file_store::{self, FileError, MAX_FILE};
use crate::login::{blocking, err, internal, session_actor};
use crate::{authz, AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(upload))
        // Room for a whole file (the API's JSON limit is far lower).
        .layer(DefaultBodyLimit::max(MAX_FILE + 1024))
        .routes(routes!(download))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// The file's name (folders are dropped).
    pub name: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Uploaded {
    /// What a `file` answer holds: `<id>/<name>`.
    pub file: String,
    pub name: String,
    pub size: usize,
}

/// Stores a file (the request body, at most 10 MB) for a `file` answer.
/// Files no answer refers to are deleted after a day.
#[utoipa::path(post, path = "/files", tag = "files",
    params(UploadParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = CREATED, body = Uploaded),
        (status = BAD_REQUEST, body = crate::ErrorBody),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = PAYLOAD_TOO_LARGE, body = crate::ErrorBody),
    ))]
async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<UploadParams>,
    body: Bytes,
) -> Result<(StatusCode, Json<Uploaded>), AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let Actor::User { user, .. } = &actor else {
            return Err(crate::login::not_logged_in());
        };
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/octet-stream");
        let now = state.engine.now();
        match state.files.put(&p.name, content_type, &body, user, now) {
            Ok((id, meta)) => Ok((
                StatusCode::CREATED,
                Json(Uploaded {
                    file: meta.reference(&id),
                    name: meta.name,
                    size: meta.size,
                }),
            )),
            Err(FileError::TooLarge) => Err(err(
                StatusCode::PAYLOAD_TOO_LARGE,
                "file_too_large",
                &format!("a file may have at most {} MB", MAX_FILE >> 20),
            )),
            Err(FileError::Empty) => Err(err(
                StatusCode::BAD_REQUEST,
                "empty_file",
                "the file is empty",
            )),
            Err(e) => Err(internal(e)),
        }
    })
    .await
}

/// A file an answer of the instance refers to, as an attachment.
#[utoipa::path(get, path = "/instances/{id}/files/{file}", tag = "files",
    params(("id" = u64, Path, description = "instance id"),
           ("file" = String, Path, description = "file id (the part of the reference before `/`)")),
    responses(
        (status = OK, description = "the file", content_type = "application/octet-stream"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn download(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((id, file)): Path<(InstanceId, String)>,
) -> Result<Response, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let unknown = || err(StatusCode::NOT_FOUND, "not_found", "no such file");
        let (inst, view) = crate::instances::visible(&state, &actor, id)?;
        let shown = authz::render(&state.engine, &inst, view);
        let mut referenced = HashSet::new();
        file_store::references(&shown["fields"], &mut referenced);
        if !referenced.contains(&file) {
            return Err(unknown());
        }
        let (meta, bytes) = state
            .files
            .get(&file)
            .map_err(internal)?
            .ok_or_else(unknown)?;
        let mut res = bytes.into_response();
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&meta.content_type) {
            h.insert(header::CONTENT_TYPE, v);
        }
        if let Ok(v) = HeaderValue::from_str(&content_disposition(&meta.name)) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
        // Whatever it holds, it runs nothing here.
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("sandbox; default-src 'none'"),
        );
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
        Ok(res)
    })
    .await
}

/// `attachment` with the name in ASCII and in UTF-8 (RFC 6266, 5987).
fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            let plain = (c.is_ascii_graphic() || c == ' ') && !matches!(c, '"' | '\\');
            if plain {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// Deletes the files no instance refers to any more (after a day).
pub fn sweep_files(state: &AppState) -> Result<usize, AppError> {
    let mut referenced = HashSet::new();
    for inst in state.engine.instances()? {
        for v in inst.fields.values() {
            file_store::references(&crate::json::plain(v), &mut referenced);
        }
    }
    state
        .files
        .sweep(&referenced, state.engine.now())
        .map_err(internal)
}

#[cfg(test)]
mod tests {
    #[test]
    fn content_disposition_keeps_the_name_safe() {
        assert_eq!(
            super::content_disposition("Diplôme \"final\".pdf"),
            "attachment; filename=\"Dipl_me _final_.pdf\"; filename*=UTF-8''Dipl%C3%B4me%20%22final%22.pdf"
        );
    }
}
