//! Answers to the everyday questions: an actor's neighbours, who does what to whom, why two actors
//! are linked, the actors, and the graph's statistics. Each answer is a serialisable value (the
//! `--json` form) that the command line also prints as a table.

use crate::graph::ActorGraph;
use crate::model::{ActorKind, Evidence, Relation, RelationKind};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Which way relations run, seen from one actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Direction {
    /// Relations the actor takes part in as source (and symmetric ones).
    Out,
    /// Relations the actor receives (and symmetric ones).
    In,
    /// Both.
    #[default]
    Both,
}

/// A relation seen from one actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeighbourRelation {
    /// Kind.
    pub kind: RelationKind,
    /// `out`, `in` or `both` (symmetric).
    pub direction: &'static str,
    /// Evidence count.
    pub count: usize,
}

/// A neighbour and the relations with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbour {
    /// Neighbour id.
    pub id: String,
    /// Neighbour name.
    pub name: String,
    /// The relations.
    pub relations: Vec<NeighbourRelation>,
}

/// The neighbours of `actor`, most attested first.
pub fn neighbours(
    graph: &ActorGraph,
    actor: &str,
    kinds: &[RelationKind],
    direction: Direction,
) -> Vec<Neighbour> {
    let mut by: BTreeMap<String, Vec<NeighbourRelation>> = BTreeMap::new();
    for r in graph.relations() {
        if !kinds.is_empty() && !kinds.contains(&r.kind) {
            continue;
        }
        let (other, dir) = if r.source == actor {
            (
                &r.target,
                if r.kind.is_symmetric() { "both" } else { "out" },
            )
        } else if r.target == actor {
            (&r.source, if r.kind.is_symmetric() { "both" } else { "in" })
        } else {
            continue;
        };
        let keep = match direction {
            Direction::Both => true,
            Direction::Out => dir != "in",
            Direction::In => dir != "out",
        };
        if keep {
            by.entry(other.clone())
                .or_default()
                .push(NeighbourRelation {
                    kind: r.kind,
                    direction: dir,
                    count: r.count,
                });
        }
    }
    let mut out: Vec<Neighbour> = by
        .into_iter()
        .map(|(id, relations)| Neighbour {
            name: graph
                .actor(&id)
                .map(|a| a.name.clone())
                .unwrap_or_else(|| id.clone()),
            id,
            relations,
        })
        .collect();
    let total = |n: &Neighbour| n.relations.iter().map(|r| r.count).sum::<usize>();
    out.sort_by(|a, b| total(b).cmp(&total(a)).then(a.id.cmp(&b.id)));
    out
}

/// A relation with its dates, for `relations`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationRow {
    /// Source id.
    pub source: String,
    /// Target id.
    pub target: String,
    /// Kind.
    pub kind: RelationKind,
    /// Evidence in the date range.
    pub count: usize,
    /// Every piece of evidence is planned.
    pub planned: bool,
    /// Earliest evidence date.
    pub first: Option<String>,
    /// Latest evidence date.
    pub last: Option<String>,
}

/// Filters for `relations`.
#[derive(Debug, Clone, Default)]
pub struct RelationFilter {
    /// Kinds (all when empty).
    pub kinds: Vec<RelationKind>,
    /// Source id.
    pub source: Option<String>,
    /// Target id.
    pub target: Option<String>,
    /// Earliest date, ISO 8601.
    pub since: Option<String>,
    /// Latest date, ISO 8601.
    pub until: Option<String>,
}

fn in_range(e: &Evidence, f: &RelationFilter) -> bool {
    if f.since.is_none() && f.until.is_none() {
        return true;
    }
    match e.date.as_deref() {
        None => false,
        Some(d) => {
            f.since.as_deref().is_none_or(|s| d >= s) && f.until.as_deref().is_none_or(|u| d <= u)
        }
    }
}

/// Who does what to whom, most attested first. For a symmetric kind, `source` and `target` match
/// either end.
pub fn relations(graph: &ActorGraph, f: &RelationFilter) -> Vec<RelationRow> {
    let mut out = Vec::new();
    for r in graph.relations() {
        if !f.kinds.is_empty() && !f.kinds.contains(&r.kind) {
            continue;
        }
        let ends_match = |s: &Option<String>, t: &Option<String>, r: &Relation| {
            s.as_ref().is_none_or(|s| *s == r.source) && t.as_ref().is_none_or(|t| *t == r.target)
        };
        let ok = ends_match(&f.source, &f.target, r)
            || (r.kind.is_symmetric() && ends_match(&f.target, &f.source, r));
        if !ok {
            continue;
        }
        let evidence: Vec<&Evidence> = r.evidence.iter().filter(|e| in_range(e, f)).collect();
        if evidence.is_empty() {
            continue;
        }
        let dates: BTreeSet<&str> = evidence.iter().filter_map(|e| e.date.as_deref()).collect();
        out.push(RelationRow {
            source: r.source.clone(),
            target: r.target.clone(),
            kind: r.kind,
            count: evidence.len(),
            planned: evidence.iter().all(|e| e.planned),
            first: dates.first().map(|d| d.to_string()),
            last: dates.last().map(|d| d.to_string()),
        });
    }
    out.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| (&a.source, &a.target, a.kind).cmp(&(&b.source, &b.target, b.kind)))
    });
    out
}

/// Every relation between two actors, with all its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// First actor id.
    pub a: String,
    /// Second actor id.
    pub b: String,
    /// The relations, in either direction.
    pub relations: Vec<Relation>,
}

/// Why `a` and `b` are linked.
pub fn explain(graph: &ActorGraph, a: &str, b: &str) -> Explanation {
    let relations = graph
        .relations()
        .into_iter()
        .filter(|r| (r.source == a && r.target == b) || (r.source == b && r.target == a))
        .cloned()
        .collect();
    Explanation {
        a: a.to_string(),
        b: b.to_string(),
        relations,
    }
}

/// An actor with its connections, for `actors`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRow {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Country.
    pub country: Option<String>,
    /// Role.
    pub role: Option<String>,
    /// Distinct actors related to.
    pub degree: usize,
    /// Relations it takes part in.
    pub relations: usize,
    /// Evidence on those relations.
    pub evidence: usize,
}

/// The actors, most connected first.
pub fn actors(graph: &ActorGraph, kind: Option<ActorKind>) -> Vec<ActorRow> {
    let mut neighbours: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut rels: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let all = graph.relations();
    for r in &all {
        neighbours.entry(&r.source).or_default().insert(&r.target);
        neighbours.entry(&r.target).or_default().insert(&r.source);
        for end in [&r.source, &r.target] {
            let e = rels.entry(end).or_default();
            e.0 += 1;
            e.1 += r.count;
        }
    }
    let mut out: Vec<ActorRow> = graph
        .actors()
        .into_iter()
        .filter(|a| kind.is_none_or(|k| a.kind == k))
        .map(|a| {
            let (relations, evidence) = rels.get(a.id.as_str()).copied().unwrap_or_default();
            ActorRow {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                country: a.country.clone(),
                role: a.role.clone(),
                degree: neighbours.get(a.id.as_str()).map_or(0, |s| s.len()),
                relations,
                evidence,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.degree
            .cmp(&a.degree)
            .then(b.evidence.cmp(&a.evidence))
            .then(a.id.cmp(&b.id))
    });
    out
}

/// Counts that describe a graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Articles.
    pub articles: usize,
    /// Articles by language.
    pub languages: BTreeMap<String, usize>,
    /// Actors by kind.
    pub actors: BTreeMap<String, usize>,
    /// Relations by kind.
    pub relations: BTreeMap<String, usize>,
    /// Evidence sentences in all.
    pub evidence: usize,
    /// Connected components (relations taken in either direction; isolated actors count).
    pub components: usize,
    /// Earliest article date.
    pub first_date: Option<String>,
    /// Latest article date.
    pub last_date: Option<String>,
}

/// The statistics of a graph.
pub fn stats(graph: &ActorGraph) -> Stats {
    let mut actors = BTreeMap::new();
    for a in graph.actors() {
        *actors.entry(a.kind.as_str().to_string()).or_insert(0) += 1;
    }
    let mut relations = BTreeMap::new();
    let mut evidence = 0;
    for r in graph.relations() {
        *relations.entry(r.kind.as_str().to_string()).or_insert(0) += 1;
        evidence += r.count;
    }
    let mut languages = BTreeMap::new();
    let mut dates: Vec<&str> = Vec::new();
    for a in graph.articles() {
        *languages.entry(a.lang.clone()).or_insert(0) += 1;
        if let Some(d) = a.date.as_deref() {
            dates.push(d);
        }
    }
    dates.sort_unstable();
    Stats {
        articles: graph.article_count(),
        languages,
        actors,
        relations,
        evidence,
        components: components(graph),
        first_date: dates.first().map(|d| d.to_string()),
        last_date: dates.last().map(|d| d.to_string()),
    }
}

fn components(graph: &ActorGraph) -> usize {
    let actors = graph.actors();
    let pos: std::collections::HashMap<&str, usize> = actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut g: petgraph::graph::UnGraph<(), ()> =
        petgraph::graph::UnGraph::with_capacity(actors.len(), 0);
    for _ in 0..actors.len() {
        g.add_node(());
    }
    for r in graph.relations() {
        if let (Some(&s), Some(&t)) = (pos.get(r.source.as_str()), pos.get(r.target.as_str())) {
            g.add_edge(
                petgraph::graph::NodeIndex::new(s),
                petgraph::graph::NodeIndex::new(t),
                (),
            );
        }
    }
    petgraph::algo::connected_components(&g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::paths::tests::small;

    #[test]
    fn neighbours_by_direction() {
        let g = small();
        let all: Vec<String> = neighbours(&g, "A", &[], Direction::Both)
            .into_iter()
            .map(|n| n.id)
            .collect();
        assert_eq!(all, ["D", "B", "E"]);
        let out: Vec<String> = neighbours(&g, "D", &[], Direction::Out)
            .into_iter()
            .map(|n| n.id)
            .collect();
        assert_eq!(out, ["A", "E"]);
        let inn: Vec<String> = neighbours(&g, "D", &[], Direction::In)
            .into_iter()
            .map(|n| n.id)
            .collect();
        assert_eq!(inn, ["A", "C"]);
    }

    #[test]
    fn relations_filter_by_kind_end_and_date() {
        let g = small();
        let f = RelationFilter {
            kinds: vec![RelationKind::Sanction],
            ..Default::default()
        };
        let r = relations(&g, &f);
        assert_eq!(
            (r.len(), r[0].source.as_str(), r[0].target.as_str()),
            (1, "A", "B")
        );
        let f = RelationFilter {
            since: Some("2023-01-04".into()),
            until: Some("2023-01-08".into()),
            ..Default::default()
        };
        let r = relations(&g, &f);
        let got: Vec<(String, usize)> = r.iter().map(|r| (r.kind.to_string(), r.count)).collect();
        assert_eq!(
            got,
            [
                ("trade".to_string(), 2),
                ("support".to_string(), 1),
                ("visit".to_string(), 1)
            ]
        );
        // symmetric kinds match either end
        let f = RelationFilter {
            source: Some("D".into()),
            kinds: vec![RelationKind::Trade],
            ..Default::default()
        };
        assert_eq!(relations(&g, &f).len(), 1);
    }

    #[test]
    fn explain_stats_and_actors() {
        let g = small();
        assert_eq!(explain(&g, "D", "A").relations.len(), 1);
        let s = stats(&g);
        assert_eq!((s.articles, s.components, s.evidence), (1, 1, 8));
        assert_eq!(s.relations["trade"], 1);
        let a = actors(&g, None);
        assert_eq!((a[0].id.as_str(), a[0].degree), ("A", 3));
    }
}
