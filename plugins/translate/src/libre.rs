//! A client of a LibreTranslate-compatible server (`POST /translate` with
//! `q`, `source`, `target`, `format`, `api_key`; the answer has
//! `translatedText`). Plain HTTP: the service runs beside the system, or
//! behind a proxy that terminates TLS.

use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use crate::{TranslateError, Translated, Translator};

/// How long one translation may take.
const TIMEOUT: Duration = Duration::from_secs(20);

pub struct LibreTranslate {
    url: String,
    api_key: Option<String>,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl LibreTranslate {
    /// `url`: the server's base address, `http://libretranslate:5000`.
    pub fn new(url: &str, api_key: Option<String>) -> Result<LibreTranslate, TranslateError> {
        let url = url.trim_end_matches('/').to_string();
        if !url.starts_with("http://") {
            return Err(TranslateError::Service {
                url,
                message: "give an http:// address (put a TLS proxy in front for https)".into(),
            });
        }
        Ok(LibreTranslate {
            url,
            api_key,
            client: Client::builder(TokioExecutor::new()).build_http(),
        })
    }

    async fn call(&self, text: &str, from: &str, to: &str) -> Result<String, String> {
        let mut body =
            serde_json::json!({"q": text, "source": from, "target": to, "format": "text"});
        if let Some(key) = &self.api_key {
            body["api_key"] = serde_json::Value::String(key.clone());
        }
        let request = hyper::Request::post(format!("{}/translate", self.url))
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(body.to_string())))
            .map_err(|e| e.to_string())?;
        let response = tokio::time::timeout(TIMEOUT, self.client.request(request))
            .await
            .map_err(|_| "no answer in time".to_string())?
            .map_err(|e| e.to_string())?;
        let status = response.status();
        let bytes = response
            .into_body()
            .collect()
            .await
            .map_err(|e| e.to_string())?
            .to_bytes();
        let json: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| format!("{status}: not JSON"))?;
        if !status.is_success() {
            let why = json["error"].as_str().unwrap_or("no reason given");
            return Err(format!("{status}: {why}"));
        }
        json["translatedText"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| "the answer has no `translatedText`".to_string())
    }
}

impl Translator for LibreTranslate {
    fn translate<'a>(&'a self, text: &'a str, from: &'a str, to: &'a str) -> Translated<'a> {
        Box::pin(async move {
            self.call(text, from, to)
                .await
                .map(Some)
                .map_err(|message| TranslateError::Service {
                    url: self.url.clone(),
                    message,
                })
        })
    }
    fn name(&self) -> &str {
        "libretranslate"
    }
}
