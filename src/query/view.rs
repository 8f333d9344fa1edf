//! Views: the part of a graph a diagram or an answer needs.
//!
//! Applied in this order: `--countries` lifts persons into their countries (merging their relations
//! and dropping those inside one country), `--kind`, `--min-count` and `--no-structural` filter the
//! relations, `--around ACTOR --hops N` keeps a neighbourhood, and `--top N` keeps the actors with
//! the most attested relations. When any of these is given, actors left without relations are dropped.

use super::names::resolve_actor;
use crate::error::Result;
use crate::graph::{ActorGraph, GraphDocument};
use crate::model::{Actor, ActorKind, Relation, RelationKind};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::Path;

/// Options that select a view (shared by `export` and `render`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ViewOptions {
    /// Keep only relations of this kind (repeatable).
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<RelationKind>,
    /// Keep only the neighbourhood of this actor (id, name or alias).
    #[arg(long, value_name = "ACTOR")]
    pub around: Option<String>,
    /// With --around: how many steps away from the actor to go.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub hops: usize,
    /// Keep only the N actors with the most attested relations.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Lift persons into their countries and merge their relations.
    #[arg(long)]
    pub countries: bool,
    /// Drop relations attested fewer than N times.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub min_count: usize,
    /// Hide the structural relations (leads, member_of).
    #[arg(long)]
    pub no_structural: bool,
}

impl ViewOptions {
    /// Whether any option narrows the graph.
    pub fn is_filtering(&self) -> bool {
        !self.kinds.is_empty()
            || self.around.is_some()
            || self.top.is_some()
            || self.countries
            || self.min_count > 1
            || self.no_structural
    }
}

/// A view of a graph.
#[derive(Debug, Clone)]
pub struct View;

impl View {
    /// The view of `graph` that `options` select.
    pub fn apply(graph: &ActorGraph, options: &ViewOptions) -> Result<ActorGraph> {
        if !options.is_filtering() {
            return Ok(graph.clone());
        }
        let around = match &options.around {
            Some(name) => Some(resolve_actor(graph, name)?),
            None => None,
        };
        let mut doc = graph.to_document();
        if options.countries {
            lift_to_countries(&mut doc);
        }
        doc.relations.retain(|r| {
            (options.kinds.is_empty() || options.kinds.contains(&r.kind))
                && r.count >= options.min_count
                && !(options.no_structural && r.kind.is_structural())
        });
        if let Some(center) = around {
            let center = if options.countries {
                lifted_id(graph, &center)
            } else {
                center
            };
            let keep = neighbourhood(&doc.relations, &center, options.hops);
            doc.relations
                .retain(|r| keep.contains(&r.source) && keep.contains(&r.target));
            if doc.relations.is_empty() {
                doc.actors.retain(|a| a.id == center);
            }
        }
        if let Some(n) = options.top {
            let mut weight: HashMap<&str, usize> = HashMap::new();
            for r in &doc.relations {
                *weight.entry(&r.source).or_default() += r.count;
                *weight.entry(&r.target).or_default() += r.count;
            }
            let mut ranked: Vec<(&str, usize)> = weight.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let keep: BTreeSet<String> = ranked
                .into_iter()
                .take(n)
                .map(|(id, _)| id.to_string())
                .collect();
            doc.relations
                .retain(|r| keep.contains(&r.source) && keep.contains(&r.target));
        }
        let used: BTreeSet<&str> = doc
            .relations
            .iter()
            .flat_map(|r| [r.source.as_str(), r.target.as_str()])
            .collect();
        let keep_alone = options.around.is_some() && doc.relations.is_empty();
        let used: BTreeSet<String> = used.into_iter().map(String::from).collect();
        if !keep_alone {
            doc.actors.retain(|a| used.contains(&a.id));
        }
        ActorGraph::from_document(doc, Path::new("<view>"))
    }
}

/// The id an actor has after `--countries`: a person's country, anyone else's own.
fn lifted_id(graph: &ActorGraph, id: &str) -> String {
    match graph.actor(id) {
        Some(a) if a.kind == ActorKind::Person => {
            a.country.clone().unwrap_or_else(|| id.to_string())
        }
        _ => id.to_string(),
    }
}

fn lift_to_countries(doc: &mut GraphDocument) {
    let actors: BTreeMap<String, Actor> = doc
        .actors
        .iter()
        .map(|a| (a.id.clone(), a.clone()))
        .collect();
    let lift = |id: &str| -> String {
        match actors.get(id) {
            Some(a) if a.kind == ActorKind::Person => {
                a.country.clone().unwrap_or_else(|| id.to_string())
            }
            _ => id.to_string(),
        }
    };
    let mut merged: BTreeMap<(String, String, RelationKind), Relation> = BTreeMap::new();
    for r in doc.relations.drain(..) {
        let (s, t) = (lift(&r.source), lift(&r.target));
        if s == t {
            continue;
        }
        let (s, t) = if r.kind.is_symmetric() && t < s {
            (t, s)
        } else {
            (s, t)
        };
        let key = (s.clone(), t.clone(), r.kind);
        match merged.get_mut(&key) {
            Some(m) => m.merge_evidence(r.evidence),
            None => {
                let mut r = r;
                r.source = s;
                r.target = t;
                merged.insert(key, r);
            }
        }
    }
    doc.relations = merged.into_values().collect();
    let mut have: BTreeSet<String> = doc.actors.iter().map(|a| a.id.clone()).collect();
    doc.actors
        .retain(|a| a.kind != ActorKind::Person || a.country.is_none());
    for r in &doc.relations {
        for id in [&r.source, &r.target] {
            if have.insert(id.clone()) || !doc.actors.iter().any(|a| &a.id == id) {
                doc.actors.push(Actor {
                    id: id.clone(),
                    name: id.clone(),
                    kind: ActorKind::Country,
                    country: Some(id.clone()),
                    role: None,
                    aliases: Vec::new(),
                });
            }
        }
    }
    doc.actors.sort_by(|a, b| a.id.cmp(&b.id));
    doc.actors.dedup_by(|a, b| a.id == b.id);
}

/// Actors within `hops` steps of `center`, relations walked in either direction.
fn neighbourhood(relations: &[Relation], center: &str, hops: usize) -> BTreeSet<String> {
    let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in relations {
        adj.entry(&r.source).or_default().push(&r.target);
        adj.entry(&r.target).or_default().push(&r.source);
    }
    let mut seen: BTreeSet<String> = BTreeSet::from([center.to_string()]);
    let mut queue = VecDeque::from([(center.to_string(), 0usize)]);
    while let Some((id, d)) = queue.pop_front() {
        if d == hops {
            continue;
        }
        for n in adj.get(id.as_str()).into_iter().flatten() {
            if seen.insert(n.to_string()) {
                queue.push_back((n.to_string(), d + 1));
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixtures::{evidence, graph_of};

    fn actor(id: &str, kind: ActorKind, country: &str) -> Actor {
        Actor {
            id: id.into(),
            name: id.into(),
            kind,
            country: Some(country.into()),
            role: None,
            aliases: vec![format!("alias of {id}")],
        }
    }

    fn graph() -> ActorGraph {
        let ev = |s: usize| evidence("a", s, "t");
        graph_of(
            "a",
            vec![
                actor("IRN", ActorKind::Country, "IRN"),
                actor("VEN", ActorKind::Country, "VEN"),
                actor("USA", ActorKind::Country, "USA"),
                actor("CUB", ActorKind::Country, "CUB"),
                actor("raisi", ActorKind::Person, "IRN"),
                actor("maduro", ActorKind::Person, "VEN"),
            ],
            vec![
                Relation::new("raisi", "IRN", RelationKind::Leads, ev(0)),
                Relation::new("maduro", "VEN", RelationKind::Leads, ev(0)),
                Relation::new("raisi", "maduro", RelationKind::Meeting, ev(1)),
                Relation::new("IRN", "VEN", RelationKind::Meeting, ev(2)),
                Relation::new("USA", "IRN", RelationKind::Sanction, ev(3)),
                Relation::new("USA", "CUB", RelationKind::Sanction, ev(4)),
            ],
        )
    }

    fn edges(g: &ActorGraph) -> Vec<String> {
        g.relations()
            .iter()
            .map(|r| format!("{} {} {} {}", r.source, r.kind, r.target, r.count))
            .collect()
    }

    #[test]
    fn countries_lift_persons_and_merge() {
        let v = View::apply(
            &graph(),
            &ViewOptions {
                countries: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            edges(&v),
            [
                "IRN meeting VEN 2",
                "USA sanction CUB 1",
                "USA sanction IRN 1"
            ]
        );
        assert!(v.actor("raisi").is_none());
    }

    #[test]
    fn kinds_and_structure_filter() {
        let o = ViewOptions {
            kinds: vec![RelationKind::Sanction],
            ..Default::default()
        };
        assert_eq!(
            edges(&View::apply(&graph(), &o).unwrap()),
            ["USA sanction CUB 1", "USA sanction IRN 1"]
        );
        let o = ViewOptions {
            no_structural: true,
            ..Default::default()
        };
        assert!(!edges(&View::apply(&graph(), &o).unwrap())
            .iter()
            .any(|e| e.contains("leads")));
    }

    #[test]
    fn around_keeps_a_neighbourhood_by_any_name() {
        let o = ViewOptions {
            around: Some("Alias of CUB".into()),
            hops: 1,
            ..Default::default()
        };
        let v = View::apply(&graph(), &o).unwrap();
        assert_eq!(edges(&v), ["USA sanction CUB 1"]);
        let o = ViewOptions {
            around: Some("cub".into()),
            hops: 2,
            ..Default::default()
        };
        assert_eq!(View::apply(&graph(), &o).unwrap().relations().len(), 2);
        let o = ViewOptions {
            around: Some("Atlantis".into()),
            ..Default::default()
        };
        assert!(View::apply(&graph(), &o).is_err());
    }

    #[test]
    fn top_keeps_the_most_attested() {
        let o = ViewOptions {
            top: Some(2),
            no_structural: true,
            ..Default::default()
        };
        let v = View::apply(&graph(), &o).unwrap();
        assert_eq!(v.actors().len(), 2);
    }
}
