//! Queries over a stored graph: finding actors by any of their names, and views (subgraphs) that
//! keep what a question or a diagram needs.
//!
//! This stage reads an [`ActorGraph`](crate::graph::ActorGraph) and never changes it: a view is a
//! new graph. Exporters draw views; the query commands answer from them.

pub mod names;
pub mod view;

pub use names::resolve_actor;
pub use view::{View, ViewOptions};
pub mod answers;
pub mod paths;
pub mod rank;
