//! Errors of the analysis core.

use std::fmt;

use crate::entities::ModelError;

/// Largest text accepted in one call (bytes). Larger inputs get [`Error::TooLarge`]; split them.
pub const MAX_TEXT_BYTES: usize = 64 << 20;

/// Why an analysis could not be done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The embedded entity model could not be loaded.
    Model(ModelError),
    /// The text is larger than [`MAX_TEXT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// A reference date that is not `YYYY-MM-DD`.
    BadDate(String),
    /// `compare` needs at least two documents.
    TooFewDocuments(usize),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Model(e) => write!(f, "{e}"),
            Error::TooLarge { bytes, max } => write!(f, "text is {bytes} bytes; the limit is {max} bytes per document (split it)"),
            Error::BadDate(s) => write!(f, "reference date {s:?} is not a valid YYYY-MM-DD date"),
            Error::TooFewDocuments(n) => write!(f, "compare needs at least 2 documents, got {n}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<ModelError> for Error {
    fn from(e: ModelError) -> Self {
        Error::Model(e)
    }
}
