//! Tests over the shipped definitions (`definitions/`, `translations/`):
//! they live in `tests/`, one module per concern.
