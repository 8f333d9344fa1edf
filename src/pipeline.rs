//! The pipeline: ingest articles, extract their facts, merge them into the graph.
//!
//! This is the one place where the stages meet, so that extraction and the graph never import each
//! other: extraction returns [`Extraction`](crate::model::Extraction) values and this module hands
//! them to [`ActorGraph::add`].

use crate::error::Result;
use crate::extract::Extractor;
use crate::graph::ActorGraph;
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicon;
use crate::model::RelationKind;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

/// What a `build` or `add` did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Articles read from the inputs.
    pub read: usize,
    /// Articles added to the graph.
    pub added: usize,
    /// Articles skipped because the graph already had them.
    pub already_present: usize,
    /// Actors in the graph afterwards.
    pub actors: usize,
    /// Relations by kind in the graph afterwards.
    pub relations: BTreeMap<RelationKind, usize>,
    /// Warnings about the inputs.
    pub warnings: Vec<String>,
}

/// Reads, extracts and merges every article under `paths` into `graph`.
pub fn ingest_into(
    graph: &mut ActorGraph,
    paths: &[PathBuf],
    lexicon: &Lexicon,
    options: &IngestOptions,
) -> Result<Summary> {
    let extractor = Extractor::new(lexicon);
    let mut summary = Summary::default();
    let warnings = ingest::read_articles(paths, lexicon, options, |article| {
        summary.read += 1;
        if graph.contains_article(&article.meta.id) {
            summary.already_present += 1;
        } else if graph.add(extractor.extract(&article)) {
            summary.added += 1;
        }
        Ok(())
    })?;
    summary.warnings = warnings;
    summary.actors = graph.actors().len();
    summary.relations = graph.relations_by_kind();
    Ok(summary)
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "articles read {}, added {}", self.read, self.added)?;
        if self.already_present > 0 {
            write!(f, ", already in the graph {}", self.already_present)?;
        }
        let total: usize = self.relations.values().sum();
        writeln!(f, "; actors {}; relations {total}", self.actors)?;
        if total > 0 {
            let parts: Vec<String> = self
                .relations
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            writeln!(f, "  {}", parts.join(", "))?;
        }
        if !self.warnings.is_empty() {
            writeln!(f, "warnings {}", self.warnings.len())?;
        }
        Ok(())
    }
}
