//! Every error relgraph reports, in one place.
//!
//! Each variant names the file (and line, where there is one) and the problem, so that the message a
//! user reads says what to fix. `main` maps them to exit codes; nothing here panics.

use std::path::PathBuf;
use thiserror::Error;

/// Result with relgraph's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong.
#[derive(Debug, Error)]
pub enum Error {
    /// A path given on the command line does not exist.
    #[error("{}: no such file or folder", path.display())]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// A file or folder could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A JSON or JSON Lines article file is malformed.
    #[error("{}:{line}: {message}", path.display())]
    Article {
        /// The file.
        path: PathBuf,
        /// 1-based line number (1 for a whole-file JSON document).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The inputs held no article at all.
    #[error("no articles found in {0}")]
    NoArticles(String),
    /// The stored graph file cannot be used; it is left untouched.
    #[error("{}: not a usable relgraph graph: {message} (the file was left unchanged)", path.display())]
    Graph {
        /// The graph file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The graph could not be written; the previous file, if any, is intact.
    #[error("{}: cannot write: {source} (any previous file is intact)", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A data file (built in, or given with `--actors`) is malformed.
    #[error("{file}:{line}: {message}")]
    Data {
        /// The data file.
        file: String,
        /// 1-based line number, 0 when the whole file is at fault.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A drawing could not be made (Graphviz missing, failing or too slow).
    #[error("{0}")]
    Render(String),
    /// A query has no answer (no path, no relation); exit code 1.
    #[error("{0}")]
    NoAnswer(String),
    /// A command-line value is not acceptable.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// Shorthand for a [`Error::Read`].
    pub fn read(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Read {
            path: path.into(),
            source,
        }
    }

    /// Shorthand for an [`Error::Article`].
    pub fn article(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Error {
        Error::Article {
            path: path.into(),
            line,
            message: message.into(),
        }
    }

    /// Shorthand for an [`Error::Data`].
    pub fn data(file: impl Into<String>, line: usize, message: impl Into<String>) -> Error {
        Error::Data {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}
