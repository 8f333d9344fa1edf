//! Centrality: which actors matter most in the graph.
//!
//! `degree` counts the distinct actors each one is related to; `pagerank` uses petgraph's PageRank
//! (damping 0.85, symmetric relations count both ways); `betweenness` is Brandes' algorithm on the
//! undirected graph (petgraph has none), normalised to 0..1.

use crate::graph::ActorGraph;
use crate::model::RelationKind;
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, VecDeque};

/// A centrality measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// Number of distinct actors related to.
    #[default]
    Degree,
    /// PageRank.
    Pagerank,
    /// Betweenness (Brandes).
    Betweenness,
}

/// One ranked actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Position, from 1.
    pub rank: usize,
    /// Actor id.
    pub id: String,
    /// Actor name.
    pub name: String,
    /// The score.
    pub score: f64,
}

/// Ranks the actors by `measure`, counting only relations of `kinds` (all when empty), best first.
pub fn rank(
    graph: &ActorGraph,
    measure: Measure,
    kinds: &[RelationKind],
    top: usize,
) -> Vec<Ranked> {
    let actors = graph.actors();
    let pos: HashMap<&str, usize> = actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let n = actors.len();
    let mut edges: Vec<(usize, usize, bool)> = Vec::new();
    for r in graph.relations() {
        if !kinds.is_empty() && !kinds.contains(&r.kind) {
            continue;
        }
        if let (Some(&s), Some(&t)) = (pos.get(r.source.as_str()), pos.get(r.target.as_str())) {
            if s != t {
                edges.push((s, t, r.kind.is_symmetric()));
            }
        }
    }
    let mut neighbours: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for &(s, t, _) in &edges {
        neighbours[s].insert(t);
        neighbours[t].insert(s);
    }
    let scores: Vec<f64> = match measure {
        Measure::Degree => neighbours.iter().map(|s| s.len() as f64).collect(),
        Measure::Pagerank => {
            let mut g: DiGraph<(), ()> = DiGraph::with_capacity(n, edges.len() * 2);
            for _ in 0..n {
                g.add_node(());
            }
            for &(s, t, sym) in &edges {
                g.add_edge(NodeIndex::new(s), NodeIndex::new(t), ());
                if sym {
                    g.add_edge(NodeIndex::new(t), NodeIndex::new(s), ());
                }
            }
            if n == 0 {
                Vec::new()
            } else {
                petgraph::algo::page_rank(&g, 0.85_f64, 50)
            }
        }
        Measure::Betweenness => {
            let adj: Vec<Vec<usize>> = neighbours
                .iter()
                .map(|s| s.iter().copied().collect())
                .collect();
            betweenness(&adj)
        }
    };
    let mut order: Vec<usize> = (0..n).filter(|&i| !neighbours[i].is_empty()).collect();
    order.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then(actors[a].id.cmp(&actors[b].id))
    });
    order
        .into_iter()
        .take(top)
        .enumerate()
        .map(|(k, i)| Ranked {
            rank: k + 1,
            id: actors[i].id.clone(),
            name: actors[i].name.clone(),
            score: scores[i],
        })
        .collect()
}

/// Brandes' betweenness centrality of an unweighted, undirected graph, normalised to 0..1.
pub fn betweenness(adj: &[Vec<usize>]) -> Vec<f64> {
    let n = adj.len();
    let mut cb = vec![0.0f64; n];
    let mut stack = Vec::with_capacity(n);
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![-1i64; n];
    let mut delta = vec![0.0f64; n];
    let mut queue = VecDeque::new();
    for s in 0..n {
        stack.clear();
        for v in 0..n {
            preds[v].clear();
            sigma[v] = 0.0;
            dist[v] = -1;
            delta[v] = 0.0;
        }
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                cb[w] += delta[w];
            }
        }
    }
    // each pair was counted from both ends; normalise by the number of pairs of other actors
    let scale = if n > 2 {
        1.0 / ((n - 1) * (n - 2)) as f64
    } else {
        0.0
    };
    cb.iter().map(|c| c * scale).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::paths::tests::small;

    #[test]
    fn betweenness_of_a_star_and_a_path() {
        // star: centre 0 lies on every path between leaves
        let star = vec![vec![1, 2, 3], vec![0], vec![0], vec![0]];
        let b = betweenness(&star);
        assert!((b[0] - 1.0).abs() < 1e-9 && b[1] == 0.0);
        // path 0-1-2: the middle is on the one path between the ends
        let path = vec![vec![1], vec![0, 2], vec![1]];
        assert!((betweenness(&path)[1] - 1.0).abs() < 1e-9);
    }

    #[test]
    fn rankings_order_the_actors() {
        let g = small();
        let d = rank(&g, Measure::Degree, &[], 2);
        assert_eq!((d[0].id.as_str(), d[0].score), ("A", 3.0));
        assert_eq!(d[1].id, "D");
        let p = rank(&g, Measure::Pagerank, &[], 5);
        assert_eq!(p.len(), 5);
        assert!(p.windows(2).all(|w| w[0].score >= w[1].score));
        let b = rank(&g, Measure::Betweenness, &[], 5);
        assert!(b[0].id == "A" || b[0].id == "D");
        let only = rank(&g, Measure::Degree, &[RelationKind::Sanction], 10);
        assert_eq!(only.len(), 2);
    }
}
