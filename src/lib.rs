//! newslens core (placeholder docs, filled below)
pub mod entities;
pub mod span;
pub mod text;
