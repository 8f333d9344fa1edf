//! Export: the graph written in the formats other tools read.
//!
//! Each format is one file implementing [`Exporter`]; [`exporter`] picks one by [`Format`]. Exporters
//! only read the graph.

mod json;

pub use json::JsonExporter;

use crate::error::Result;
use crate::graph::ActorGraph;
use std::io::Write;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The documented relgraph JSON schema (also the stored graph file).
    Json,
}

/// Writes a graph in one format.
pub trait Exporter {
    /// Writes `graph` to `out`.
    fn write(&self, graph: &ActorGraph, out: &mut dyn Write) -> Result<()>;
}

/// The exporter of a format.
pub fn exporter(format: Format) -> Box<dyn Exporter> {
    match format {
        Format::Json => Box::new(JsonExporter),
    }
}
