//! Export: the graph written in the formats people and other tools read.
//!
//! Each format is one file implementing [`Exporter`]: `json` (the documented schema, read back by
//! `relgraph import`), `dot` (Graphviz source built with graphviz-rust's model), `svg` (drawn by
//! Graphviz or the built-in renderer) and `graphml` (Gephi, yEd, Cytoscape, networkx). The drawing
//! formats share one model of merged, styled edges ([`diagram`]). Exporters only read the graph.

pub mod diagram;
pub mod dot;
pub mod graphml;
pub mod json;
pub mod layout;
pub mod svg;

pub use dot::DotExporter;
pub use graphml::GraphmlExporter;
pub use json::JsonExporter;

use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use std::io::Write;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The documented relgraph JSON schema (also the stored graph file).
    Json,
    /// Graphviz DOT source.
    Dot,
    /// A drawing (Graphviz when installed, else the built-in renderer).
    Svg,
    /// GraphML for Gephi, yEd, Cytoscape and networkx.
    Graphml,
}

/// Writes a graph in one format.
pub trait Exporter {
    /// Writes `graph` to `out`.
    fn write(&self, graph: &ActorGraph, out: &mut dyn Write) -> Result<()>;
}

/// SVG through [`svg::render`] (its notes are dropped; call `render` to see them).
#[derive(Debug, Clone, Default)]
pub struct SvgExporter(pub svg::SvgOptions);

impl Exporter for SvgExporter {
    fn write(&self, graph: &ActorGraph, out: &mut dyn Write) -> Result<()> {
        let r = svg::render(graph, &self.0)?;
        out.write_all(&r.svg).map_err(|e| Error::Write {
            path: "<output>".into(),
            source: e,
        })
    }
}

/// The exporter of a format.
pub fn exporter(format: Format, svg_options: &svg::SvgOptions) -> Box<dyn Exporter> {
    match format {
        Format::Json => Box::new(JsonExporter),
        Format::Dot => Box::new(DotExporter),
        Format::Svg => Box::new(SvgExporter(svg_options.clone())),
        Format::Graphml => Box::new(GraphmlExporter),
    }
}
