//! relgraph turns news articles into a graph of international actors and their relations.
//!
//! The pipeline runs in the order of the modules: [`ingest`] reads and cleans articles, [`extract`]
//! finds actors and relations in them, [`graph`] merges them into a persistent graph, [`query`]
//! answers questions and selects views, and [`export`] writes and draws them for people and tools. [`model`] holds the shared vocabulary, [`lexicon`] the data files that
//! drive ingest and extraction, and [`pipeline`] connects the stages.
//!
//! Extracting the relations of one article with the library:
//!
//! ```
//! use relgraph::extract::Extractor;
//! use relgraph::lexicon::Lexicon;
//! use relgraph::model::{Article, ArticleMeta, RelationKind};
//!
//! let lexicon = Lexicon::builtin()?;
//! let extractor = Extractor::new(&lexicon);
//! let article = Article {
//!     meta: ArticleMeta {
//!         id: "a1".into(),
//!         title: String::new(),
//!         date: Some("2023-06-12".into()),
//!         lang: "id".into(),
//!         url: None,
//!     },
//!     body: "Iran mengecam sanksi Amerika Serikat terhadap Venezuela.".into(),
//! };
//! let facts = extractor.extract(&article);
//! let sanction = facts.relations.iter().find(|r| r.kind == RelationKind::Sanction).unwrap();
//! assert_eq!((sanction.source.as_str(), sanction.target.as_str()), ("USA", "VEN"));
//! assert_eq!(sanction.evidence[0].cue, "sanksi");
//! # Ok::<(), relgraph::Error>(())
//! ```
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
