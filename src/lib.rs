//! relgraph turns news articles into a graph of international actors and their relations.
//!
//! The pipeline runs in the order of the modules: [`ingest`] reads and cleans articles, [`extract`]
//! finds actors and relations in them, [`graph`] merges them into a persistent graph, [`query`]
//! answers questions and selects views, and [`export`] writes and draws them for people and tools. [`model`] holds the shared vocabulary, [`lexicon`] the data files that
//! drive ingest and extraction, and [`pipeline`] connects the stages.
#![deny(missing_docs)]

pub mod cli;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod query;

pub use error::{Error, Result};
