//! Shared by the benchmarks: a deterministic synthetic graph.

use relgraph::graph::ActorGraph;
use relgraph::model::{
    Actor, ActorKind, ArticleMeta, Evidence, Extraction, Relation, RelationKind,
};

/// A deterministic random graph of `n` country actors and `m` relations.
pub fn synthetic(n: usize, m: usize) -> ActorGraph {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let actors: Vec<Actor> = (0..n)
        .map(|i| Actor {
            id: format!("C{i:04}"),
            name: format!("Country {i}"),
            kind: ActorKind::Country,
            country: Some(format!("C{i:04}")),
            role: None,
            aliases: Vec::new(),
        })
        .collect();
    let kinds = &RelationKind::ALL[..11];
    let mut relations = Vec::with_capacity(m);
    let mut seen = std::collections::HashSet::new();
    while relations.len() < m {
        let (a, b) = ((next() % n as u64) as usize, (next() % n as u64) as usize);
        let kind = kinds[(next() % kinds.len() as u64) as usize];
        if a == b || !seen.insert((a.min(b), a.max(b), kind, a < b)) {
            continue;
        }
        let ev = Evidence {
            article: "synthetic".into(),
            sentence: relations.len(),
            text: format!("Country {a} {kind} Country {b}."),
            cue: kind.to_string(),
            date: None,
            planned: false,
            ..Default::default()
        };
        relations.push(Relation::new(&actors[a].id, &actors[b].id, kind, ev));
    }
    let mut g = ActorGraph::new();
    g.add(Extraction {
        article: ArticleMeta {
            id: "synthetic".into(),
            title: "synthetic".into(),
            date: None,
            lang: "en".into(),
            url: None,
        },
        actors,
        relations,
    });
    g
}
