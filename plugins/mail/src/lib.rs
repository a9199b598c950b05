//! E-mail delivery of the engine's outbox.
