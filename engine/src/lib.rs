//! The IMI workflow engine. It loads the YAML definitions of legislative
//! areas (workflows, roles, settings, calendars, texts), checks them, and
//! runs workflow instances over an embedded sled store with a durable audit
//! trail and timers that survive restarts.
//!
//! The engine knows nothing of HTTP, HTML, e-mail delivery or search: those
//! reach it through [`runtime::Engine`] and the small traits it declares
//! ([`runtime::Directory`], [`runtime::Clock`]). No area, state or role name
//! appears in its code: they are all data.

pub mod calendar;
pub mod diagnostic;
pub mod functions;
pub mod load;
pub mod model;
pub mod questionnaire;
pub mod raw;
pub mod source;

pub use diagnostic::{Diagnostic, Diagnostics, Position, Severity};
pub use load::{load, Layout, LoadResult};
pub use model::Definitions;
pub mod runtime;

pub use runtime::{Actor, Engine, EngineError, Instance, InstanceId, Refusal, RoleGrant};
pub mod scenario;
