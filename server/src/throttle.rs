//! Per-address throttling of login attempts (the 5-failure block counts per
//! account, in the store; this stops one address from trying many accounts).
//! Operational state, in memory: a restart forgives.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppError;

/// Login requests one address may make per window.
pub const LOGIN_LIMIT: usize = 20;
pub const LOGIN_WINDOW: Duration = Duration::from_secs(60);

#[derive(Default)]
pub struct Throttle {
    hits: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

impl Throttle {
    /// Counts a hit; `Err(seconds)` to wait when over the limit.
    pub fn hit(&self, ip: IpAddr, now: Instant) -> Result<(), u64> {
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() > 100_000 {
            hits.retain(|_, q| {
                q.back()
                    .is_some_and(|t| now.duration_since(*t) < LOGIN_WINDOW)
            });
        }
        let queue = hits.entry(ip).or_default();
        while queue
            .front()
            .is_some_and(|t| now.duration_since(*t) >= LOGIN_WINDOW)
        {
            queue.pop_front();
        }
        if queue.len() >= LOGIN_LIMIT {
            let oldest = queue.front().copied().unwrap_or(now);
            let wait = LOGIN_WINDOW.saturating_sub(now.duration_since(oldest));
            return Err(wait.as_secs().max(1));
        }
        queue.push_back(now);
        Ok(())
    }
}

/// Middleware: throttles `POST /api/login…` per client address.
pub(crate) async fn login_throttle(
    axum::extract::State(throttle): axum::extract::State<std::sync::Arc<Throttle>>,
    req: Request,
    next: Next,
) -> Response {
    if req.method() == Method::POST && req.uri().path().starts_with("/api/login") {
        let ip = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        if let Err(wait) = throttle.hit(ip, Instant::now()) {
            let body = AppError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "invalid_request",
                "too_many_attempts",
                format!("too many login attempts from this address; try again in {wait} s"),
            );
            return ([(header::RETRY_AFTER, wait.to_string())], body).into_response();
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_slides() {
        let t = Throttle::default();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        let start = Instant::now();
        for _ in 0..LOGIN_LIMIT {
            assert!(t.hit(ip, start).is_ok());
        }
        assert_eq!(t.hit(ip, start), Err(60));
        assert!(t.hit(other, start).is_ok(), "per address");
        assert!(
            t.hit(ip, start + LOGIN_WINDOW).is_ok(),
            "the window moved on"
        );
    }
}
