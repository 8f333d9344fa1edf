//! JSON export: the graph document, pretty-printed.

use super::Exporter;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use std::io::Write;

/// Writes the documented JSON schema: `{format, version, actors, relations, articles}`.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonExporter;

impl Exporter for JsonExporter {
    fn write(&self, graph: &ActorGraph, out: &mut dyn Write) -> Result<()> {
        let io = |e: std::io::Error| Error::Write {
            path: "<output>".into(),
            source: e,
        };
        serde_json::to_writer_pretty(&mut *out, &graph.to_document()).map_err(|e| io(e.into()))?;
        out.write_all(b"\n").map_err(io)
    }
}
