//! The actor graph: a petgraph graph of [`Actor`]s joined by [`Relation`]s, grown article by article.
//!
//! This module owns merging (one node per actor id, one edge per source, target and kind, evidence
//! appended without duplicates, an article added at most once) and the versioned document that is
//! both the stored file and the JSON export ([`GraphDocument`]). Saving and loading, atomically and
//! with clear errors, are in [`store`]. It knows nothing of text or extraction: it takes
//! [`Extraction`]s.

pub mod store;

use crate::error::{Error, Result};
use crate::model::{Actor, ArticleMeta, Extraction, Relation, RelationKind};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The name written in every graph file.
pub const FORMAT: &str = "relgraph";
/// The graph file version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// The graph of actors and relations, with the articles it was built from.
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    graph: StableDiGraph<Actor, Relation>,
    nodes: FxHashMap<String, NodeIndex>,
    /// Built on the first merge: a graph loaded from a file needs none to be queried.
    edges: Option<FxHashMap<(String, String, RelationKind), EdgeIndex>>,
    articles: BTreeMap<String, ArticleMeta>,
}

/// The graph as a document: the stored file and the JSON export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphDocument {
    /// Always `relgraph`.
    pub format: String,
    /// File format version.
    pub version: u32,
    /// Actors, by id.
    pub actors: Vec<Actor>,
    /// Relations, by source, target and kind.
    pub relations: Vec<Relation>,
    /// Articles, by id.
    pub articles: Vec<ArticleMeta>,
}

impl ActorGraph {
    /// An empty graph.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// Whether the article is already in the graph.
    pub fn contains_article(&self, id: &str) -> bool {
        self.articles.contains_key(id)
    }

    /// Merges one article's extraction. Returns false, changing nothing, when the article is
    /// already in the graph.
    pub fn add(&mut self, extraction: Extraction) -> bool {
        if self.contains_article(&extraction.article.id) {
            return false;
        }
        self.articles
            .insert(extraction.article.id.clone(), extraction.article);
        for actor in extraction.actors {
            self.add_actor(actor);
        }
        for relation in extraction.relations {
            self.add_relation(relation);
        }
        true
    }

    fn add_actor(&mut self, actor: Actor) -> NodeIndex {
        if let Some(&n) = self.nodes.get(&actor.id) {
            // Every rule here is commutative, so the graph does not depend on article order: the
            // smaller of two names, roles or countries wins; aliases are a sorted set.
            let existing = &mut self.graph[n];
            if actor.name < existing.name {
                let old = std::mem::replace(&mut existing.name, actor.name);
                existing.aliases.push(old);
            } else if actor.name != existing.name {
                existing.aliases.push(actor.name);
            }
            existing.aliases.extend(actor.aliases);
            let name = existing.name.clone();
            existing.aliases.retain(|a| *a != name);
            existing.aliases.sort();
            existing.aliases.dedup();
            existing.role = min_some(existing.role.take(), actor.role);
            existing.country = min_some(existing.country.take(), actor.country);
            return n;
        }
        let id = actor.id.clone();
        let mut actor = actor;
        actor.aliases.sort();
        actor.aliases.dedup();
        let n = self.graph.add_node(actor);
        self.nodes.insert(id, n);
        n
    }

    fn node_for(&mut self, id: &str) -> NodeIndex {
        match self.nodes.get(id) {
            Some(&n) => n,
            // a relation whose actor was not listed: keep it rather than lose it
            None => self.add_actor(Actor {
                id: id.to_string(),
                name: id.to_string(),
                kind: crate::model::ActorKind::Organization,
                country: None,
                role: None,
                aliases: Vec::new(),
            }),
        }
    }

    /// Merges another graph into this one: its articles, actors and relations, evidence of one
    /// article sentence counted once. Merging graphs built from parts of a corpus gives the graph
    /// built from the whole.
    pub fn merge(&mut self, other: ActorGraph) {
        let ActorGraph {
            graph, articles, ..
        } = other;
        // evidence of articles both graphs have is here already
        let mut shared: FxHashSet<String> = FxHashSet::default();
        for (id, meta) in articles {
            match self.articles.entry(id) {
                std::collections::btree_map::Entry::Occupied(e) => {
                    shared.insert(e.key().clone());
                }
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(meta);
                }
            }
        }
        let (nodes, edges) = petgraph::Graph::from(graph).into_nodes_edges();
        for node in nodes {
            self.add_actor(node.weight);
        }
        for edge in edges {
            let mut r = edge.weight;
            if !shared.is_empty() {
                r.evidence.retain(|e| !shared.contains(&e.article));
                if r.evidence.is_empty() {
                    continue;
                }
            }
            self.add_relation(r);
        }
        self.sort_evidence();
    }

    /// Sorts every relation's evidence by article and sentence (the order of the graph file).
    pub fn sort_evidence(&mut self) {
        for r in self.graph.edge_weights_mut() {
            if !r.evidence.is_sorted_by(|a, b| a.key() <= b.key()) {
                r.evidence.sort_by(|a, b| a.key().cmp(&b.key()));
            }
        }
    }

    /// The index of edges by source, target and kind, built when first needed.
    fn edge_index(&mut self) -> &mut FxHashMap<(String, String, RelationKind), EdgeIndex> {
        let graph = &self.graph;
        self.edges.get_or_insert_with(|| {
            graph
                .edge_indices()
                .map(|e| {
                    let r = &graph[e];
                    ((r.source.clone(), r.target.clone(), r.kind), e)
                })
                .collect()
        })
    }

    fn add_relation(&mut self, relation: Relation) {
        let key = (
            relation.source.clone(),
            relation.target.clone(),
            relation.kind,
        );
        if let Some(&e) = self.edge_index().get(&key) {
            // The evidence of an article not yet in the graph cannot repeat what the graph has
            // (`add` refuses known articles and `merge` drops their evidence), so it is appended
            // here and sorted once, by `sort_evidence` or when the document is written: sorting on
            // every insert made a corpus's popular relations cost quadratic time.
            let r = &mut self.graph[e];
            r.planned &= relation.planned;
            r.evidence.extend(relation.evidence);
            r.count = r.evidence.len();
            return;
        }
        let s = self.node_for(&relation.source);
        let t = self.node_for(&relation.target);
        let mut relation = relation;
        relation.count = relation.evidence.len().max(1);
        let e = self.graph.add_edge(s, t, relation);
        self.edge_index().insert(key, e);
    }

    /// The node of the actor with this id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.nodes.get(id).map(|&n| &self.graph[n])
    }

    /// All actors, sorted by id.
    pub fn actors(&self) -> Vec<&Actor> {
        let mut v: Vec<&Actor> = self.graph.node_weights().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// All relations, sorted by source, target and kind.
    pub fn relations(&self) -> Vec<&Relation> {
        let mut v: Vec<&Relation> = self.graph.edge_weights().collect();
        v.sort_by(|a, b| (&a.source, &a.target, a.kind).cmp(&(&b.source, &b.target, b.kind)));
        v
    }

    /// All articles, sorted by id.
    pub fn articles(&self) -> impl Iterator<Item = &ArticleMeta> {
        self.articles.values()
    }

    /// Number of articles.
    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// The underlying petgraph graph (for queries and layouts).
    pub fn petgraph(&self) -> &StableDiGraph<Actor, Relation> {
        &self.graph
    }

    /// The graph as a document, everything in a stable order.
    pub fn to_document(&self) -> GraphDocument {
        GraphDocument {
            format: FORMAT.to_string(),
            version: VERSION,
            actors: self.actors().into_iter().cloned().collect(),
            relations: self
                .relations()
                .into_iter()
                .map(|r| {
                    let mut r = r.clone();
                    r.evidence.sort_by(|a, b| a.key().cmp(&b.key()));
                    r
                })
                .collect(),
            articles: self.articles.values().cloned().collect(),
        }
    }

    /// Rebuilds a graph from a document; `origin` names it in errors.
    pub fn from_document(doc: GraphDocument, origin: &std::path::Path) -> Result<ActorGraph> {
        let GraphDocument {
            format,
            version,
            actors,
            relations,
            articles,
        } = doc;
        let relations = relations.into_iter().map(|mut r| {
            r.count = r.evidence.len().max(1);
            r
        });
        ActorGraph::from_parts(&format, version, actors, relations, articles, origin)
    }

    /// Builds a graph from the parts of a document, checking what a document promises: its format
    /// and version, one entry per actor and per (source, target, kind), no relation to an unlisted
    /// actor. Relations are inserted in order, so the n-th relation is edge n.
    pub(crate) fn from_parts(
        format: &str,
        version: u32,
        actors: Vec<Actor>,
        relations: impl ExactSizeIterator<Item = Relation>,
        articles: Vec<ArticleMeta>,
        origin: &std::path::Path,
    ) -> Result<ActorGraph> {
        let bad = |message: String| Error::Graph {
            path: origin.to_path_buf(),
            message,
        };
        if format != FORMAT {
            return Err(bad(format!("format is `{format}`, expected `{FORMAT}`")));
        }
        if version > VERSION {
            return Err(bad(format!(
                "written by a newer relgraph (format version {version}; this one reads up to {VERSION})"
            )));
        }
        let mut g = ActorGraph::new();
        g.graph = StableDiGraph::with_capacity(actors.len(), relations.len());
        g.nodes.reserve(actors.len());
        for a in articles {
            g.articles.insert(a.id.clone(), a);
        }
        for a in actors {
            if g.nodes.contains_key(&a.id) {
                return Err(bad(format!("actor `{}` is listed twice", a.id)));
            }
            g.add_actor(a);
        }
        // A document lists each (source, target, kind) once, so its relations are inserted as they
        // are; the merge index is built only if articles are added later.
        let mut seen: FxHashSet<(NodeIndex, NodeIndex, RelationKind)> = FxHashSet::default();
        seen.reserve(relations.len());
        for r in relations {
            let (Some(&s), Some(&t)) = (g.nodes.get(&r.source), g.nodes.get(&r.target)) else {
                return Err(bad(format!(
                    "relation {} {} {} names an actor that is not listed",
                    r.source, r.kind, r.target
                )));
            };
            if !seen.insert((s, t, r.kind)) {
                return Err(bad(format!(
                    "relation {} {} {} is listed twice",
                    r.source, r.kind, r.target
                )));
            }
            g.graph.add_edge(s, t, r);
        }
        Ok(g)
    }

    /// Relation counts by kind.
    pub fn relations_by_kind(&self) -> BTreeMap<RelationKind, usize> {
        let mut m = BTreeMap::new();
        for r in self.graph.edge_weights() {
            *m.entry(r.kind).or_insert(0) += 1;
        }
        m
    }
}

/// Builders shared by the unit tests of every stage that reads a graph.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::ActorGraph;
    use crate::model::{Actor, ActorKind, ArticleMeta, Evidence, Extraction, Relation};

    /// A country actor named by its id.
    pub(crate) fn country(id: &str) -> Actor {
        Actor {
            id: id.into(),
            name: id.into(),
            kind: ActorKind::Country,
            country: Some(id.into()),
            role: None,
            aliases: vec![],
        }
    }

    /// Evidence from one sentence of an article, with cue `c`.
    pub(crate) fn evidence(article: &str, sentence: usize, text: &str) -> Evidence {
        Evidence {
            article: article.into(),
            sentence,
            text: text.into(),
            cue: "c".into(),
            ..Default::default()
        }
    }

    /// One English article's extraction (its title is its id).
    pub(crate) fn extraction(
        article: &str,
        actors: Vec<Actor>,
        relations: Vec<Relation>,
    ) -> Extraction {
        Extraction {
            article: ArticleMeta {
                id: article.into(),
                title: article.into(),
                date: None,
                lang: "en".into(),
                url: None,
            },
            actors,
            relations,
        }
    }

    /// A graph of one article.
    pub(crate) fn graph_of(
        article: &str,
        actors: Vec<Actor>,
        relations: Vec<Relation>,
    ) -> ActorGraph {
        let mut g = ActorGraph::new();
        g.add(extraction(article, actors, relations));
        g
    }
}

/// The smaller of two optional values, a value beating none.
fn min_some(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{country, evidence};
    use super::*;

    fn extraction(article: &str, s: &str, t: &str, kind: RelationKind) -> Extraction {
        let ev = evidence(article, 1, "x");
        fixtures::extraction(
            article,
            vec![country(s), country(t)],
            vec![Relation::new(s, t, kind, ev)],
        )
    }

    #[test]
    fn same_article_twice_changes_nothing() {
        let mut g = ActorGraph::new();
        assert!(g.add(extraction("a1", "USA", "IRN", RelationKind::Sanction)));
        let before = g.to_document();
        assert!(!g.add(extraction("a1", "USA", "IRN", RelationKind::Sanction)));
        assert_eq!(g.to_document(), before);
    }

    #[test]
    fn evidence_from_new_articles_raises_the_count() {
        let mut g = ActorGraph::new();
        g.add(extraction("a1", "USA", "IRN", RelationKind::Sanction));
        g.add(extraction("a2", "USA", "IRN", RelationKind::Sanction));
        g.add(extraction("a3", "VEN", "IRN", RelationKind::Meeting));
        g.add(extraction("a4", "IRN", "VEN", RelationKind::Meeting));
        let rels = g.relations();
        assert_eq!(rels.len(), 2);
        assert_eq!(rels[0].source, "IRN");
        assert_eq!((rels[0].kind, rels[0].count), (RelationKind::Meeting, 2));
        assert_eq!((rels[1].kind, rels[1].count), (RelationKind::Sanction, 2));
        assert_eq!(g.actors().len(), 3);
    }

    #[test]
    fn order_of_articles_and_merging_parts_do_not_change_the_document() {
        let parts = [
            extraction("a2", "USA", "IRN", RelationKind::Sanction),
            extraction("a1", "USA", "IRN", RelationKind::Sanction),
            extraction("a3", "VEN", "IRN", RelationKind::Meeting),
        ];
        let mut forward = ActorGraph::new();
        for x in parts.iter().cloned() {
            forward.add(x);
        }
        let mut backward = ActorGraph::new();
        for x in parts.iter().rev().cloned() {
            backward.add(x);
        }
        assert_eq!(forward.to_document(), backward.to_document());
        let doc = forward.to_document();
        let ev: Vec<&str> = doc.relations[1]
            .evidence
            .iter()
            .map(|e| e.article.as_str())
            .collect();
        assert_eq!(ev, ["a1", "a2"]);
        // two part graphs, one sharing an article with the other: merged, nothing counted twice
        let mut left = ActorGraph::new();
        left.add(parts[0].clone());
        left.add(parts[1].clone());
        let mut right = ActorGraph::new();
        right.add(parts[1].clone());
        right.add(parts[2].clone());
        left.merge(right);
        assert_eq!(left.to_document(), forward.to_document());
        assert_eq!(left.relations()[1].count, 2);
    }

    #[test]
    fn actor_details_merge_the_same_in_any_order() {
        let mut a = country("USA");
        a.aliases = vec!["AS".into()];
        let mut b = country("USA");
        b.name = "Amerika Serikat".into();
        b.aliases = vec!["U.S.".into()];
        let mut g1 = ActorGraph::new();
        g1.add_actor(a.clone());
        g1.add_actor(b.clone());
        let mut g2 = ActorGraph::new();
        g2.add_actor(b);
        g2.add_actor(a);
        assert_eq!(g1.to_document(), g2.to_document());
        let usa = g1.actor("USA").unwrap();
        assert_eq!(usa.name, "Amerika Serikat");
        assert_eq!(usa.aliases, ["AS", "U.S.", "USA"]);
    }

    #[test]
    fn documents_round_trip_and_refuse_the_future() {
        let mut g = ActorGraph::new();
        g.add(extraction("a1", "USA", "IRN", RelationKind::Sanction));
        let doc = g.to_document();
        let back = ActorGraph::from_document(doc.clone(), std::path::Path::new("g.json")).unwrap();
        assert_eq!(back.to_document(), doc);
        let mut future = doc;
        future.version = VERSION + 1;
        let err = ActorGraph::from_document(future, std::path::Path::new("g.json")).unwrap_err();
        assert!(err.to_string().contains("newer relgraph"), "{err}");
    }
}
