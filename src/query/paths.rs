//! Relationship paths: how one actor is connected to another.
//!
//! A hop follows one relation; by default relations are walked in either direction (a sanction links
//! the sanctioned to the sanctioner too), `directed` follows only their direction (symmetric kinds
//! go both ways). Between two actors the best attested relation of the allowed kinds stands for the
//! hop. The shortest path is found by breadth-first search, or by Dijkstra with a cost of `1 / count`
//! per hop when `weighted` (well-attested relations are cheap). `all` lists every simple path up to
//! `max_hops`, shortest first, then by the actors' ids.

use crate::graph::ActorGraph;
use crate::model::{Evidence, Relation, RelationKind};
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};

/// What to search.
#[derive(Debug, Clone, Default)]
pub struct PathOptions {
    /// Follow relations only in their direction.
    pub directed: bool,
    /// Walk only these kinds (all when empty).
    pub kinds: Vec<RelationKind>,
    /// Longest path, in hops (`None`: any length for the shortest path, 4 for `all`).
    pub max_hops: Option<usize>,
    /// List all simple paths instead of one shortest.
    pub all: bool,
    /// At most this many paths with `all`.
    pub limit: usize,
    /// Prefer well-attested relations.
    pub weighted: bool,
}

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hop {
    /// The actor the hop leaves.
    pub source: String,
    /// The actor the hop reaches.
    pub target: String,
    /// The relation's kind.
    pub kind: RelationKind,
    /// `forward` (along the relation), `backward` (against it) or `both` (symmetric kind).
    pub direction: &'static str,
    /// How many sentences attest the relation.
    pub count: usize,
    /// One sentence that attests it.
    pub evidence: Option<Evidence>,
}

/// A path from one actor to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Path {
    /// Number of hops.
    pub length: usize,
    /// The hops, in order.
    pub hops: Vec<Hop>,
}

/// The answer to a path query.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathAnswer {
    /// Start actor id.
    pub from: String,
    /// End actor id.
    pub to: String,
    /// The paths found (empty: not connected within the limits).
    pub paths: Vec<Path>,
}

type Graph = petgraph::stable_graph::StableDiGraph<crate::model::Actor, Relation>;

/// One step from an actor: the neighbour, the relation that stands for the hop, its direction.
type Step<'g> = (NodeIndex, &'g Relation, &'static str);

/// Walks the graph's own adjacency lists: nothing is indexed beforehand, so a query on a large
/// graph costs only the part of it that the search visits.
struct Walk<'g, 'o> {
    pg: &'g Graph,
    o: &'o PathOptions,
}

impl<'g> Walk<'g, '_> {
    /// The neighbours one hop away, each once with its best relation, in node order. More evidence
    /// wins; on a tie, walking along a relation beats walking against it, then the kind's order.
    fn steps(&self, n: NodeIndex) -> Vec<Step<'g>> {
        let ok = |k: RelationKind| self.o.kinds.is_empty() || self.o.kinds.contains(&k);
        let mut v: Vec<Step<'g>> = Vec::new();
        for e in self.pg.edges_directed(n, Outgoing) {
            let r = e.weight();
            if ok(r.kind) && e.target() != n {
                v.push((
                    e.target(),
                    r,
                    if r.kind.is_symmetric() {
                        "both"
                    } else {
                        "forward"
                    },
                ));
            }
        }
        for e in self.pg.edges_directed(n, Incoming) {
            let r = e.weight();
            if !ok(r.kind) || e.source() == n {
                continue;
            }
            if r.kind.is_symmetric() {
                v.push((e.source(), r, "both"));
            } else if !self.o.directed {
                v.push((e.source(), r, "backward"));
            }
        }
        v.sort_by(|x, y| {
            x.0.cmp(&y.0)
                .then(y.1.count.cmp(&x.1.count))
                .then((x.2 == "backward").cmp(&(y.2 == "backward")))
                .then(x.1.kind.cmp(&y.1.kind))
        });
        v.dedup_by_key(|x| x.0);
        v
    }

    fn hop(&self, a: NodeIndex, b: NodeIndex) -> Hop {
        let (_, r, dir) = self
            .steps(a)
            .into_iter()
            .find(|(n, _, _)| *n == b)
            .expect("a path hop follows a relation");
        Hop {
            source: self.pg[a].id.clone(),
            target: self.pg[b].id.clone(),
            kind: r.kind,
            direction: dir,
            count: r.count,
            evidence: r.evidence.first().cloned(),
        }
    }

    fn path(&self, nodes: &[NodeIndex]) -> Path {
        Path {
            length: nodes.len() - 1,
            hops: nodes.windows(2).map(|w| self.hop(w[0], w[1])).collect(),
        }
    }
}

#[derive(PartialEq)]
struct State(f64, usize);
impl Eq for State {}
impl Ord for State {
    fn cmp(&self, o: &Self) -> Ordering {
        o.0.total_cmp(&self.0).then(o.1.cmp(&self.1))
    }
}
impl PartialOrd for State {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// Paths between two actors (given by id).
pub fn find_paths(graph: &ActorGraph, from: &str, to: &str, o: &PathOptions) -> PathAnswer {
    let mut answer = PathAnswer {
        from: from.to_string(),
        to: to.to_string(),
        paths: Vec::new(),
    };
    let (Some(s), Some(t)) = (graph.node(from), graph.node(to)) else {
        return answer;
    };
    let walk = Walk {
        pg: graph.petgraph(),
        o,
    };
    if s == t {
        answer.paths.push(Path {
            length: 0,
            hops: Vec::new(),
        });
        return answer;
    }
    let bound = petgraph::visit::NodeIndexable::node_bound(walk.pg);
    if o.all {
        let max = o.max_hops.unwrap_or(4);
        let mut found: Vec<Vec<NodeIndex>> = Vec::new();
        let mut stack = vec![s];
        let mut on_path = vec![false; bound];
        on_path[s.index()] = true;
        all_paths(&walk, t, max, &mut stack, &mut on_path, &mut found);
        let id = |n: &NodeIndex| walk.pg[*n].id.as_str();
        found.sort_by(|a, b| {
            a.len()
                .cmp(&b.len())
                .then_with(|| a.iter().map(id).cmp(b.iter().map(id)))
        });
        found.truncate(o.limit.max(1));
        answer.paths = found.iter().map(|p| walk.path(p)).collect();
        return answer;
    }
    let max = o.max_hops.unwrap_or(usize::MAX);
    let none = NodeIndex::end();
    let mut prev = vec![none; bound];
    let mut hops = vec![usize::MAX; bound];
    hops[s.index()] = 0;
    if o.weighted {
        let mut dist = vec![f64::INFINITY; bound];
        dist[s.index()] = 0.0;
        let mut heap = BinaryHeap::from([State(0.0, s.index())]);
        while let Some(State(d, u)) = heap.pop() {
            if d > dist[u] || u == t.index() || hops[u] >= max {
                continue;
            }
            for (v, r, _) in walk.steps(NodeIndex::new(u)) {
                let nd = d + 1.0 / r.count.max(1) as f64;
                if nd < dist[v.index()] {
                    dist[v.index()] = nd;
                    prev[v.index()] = NodeIndex::new(u);
                    hops[v.index()] = hops[u] + 1;
                    heap.push(State(nd, v.index()));
                }
            }
        }
    } else {
        let mut queue = VecDeque::from([s]);
        'search: while let Some(u) = queue.pop_front() {
            if hops[u.index()] >= max {
                continue;
            }
            for (v, _, _) in walk.steps(u) {
                if hops[v.index()] == usize::MAX {
                    hops[v.index()] = hops[u.index()] + 1;
                    prev[v.index()] = u;
                    if v == t {
                        break 'search;
                    }
                    queue.push_back(v);
                }
            }
        }
    }
    if prev[t.index()] != none {
        let mut nodes = vec![t];
        while *nodes.last().unwrap() != s {
            nodes.push(prev[nodes.last().unwrap().index()]);
        }
        nodes.reverse();
        answer.paths.push(walk.path(&nodes));
    }
    answer
}

fn all_paths(
    walk: &Walk,
    t: NodeIndex,
    max: usize,
    stack: &mut Vec<NodeIndex>,
    on_path: &mut [bool],
    found: &mut Vec<Vec<NodeIndex>>,
) {
    let u = *stack.last().unwrap();
    if u == t {
        found.push(stack.clone());
        return;
    }
    if stack.len() > max {
        return;
    }
    for (v, _, _) in walk.steps(u) {
        if !on_path[v.index()] {
            on_path[v.index()] = true;
            stack.push(v);
            all_paths(walk, t, max, stack, on_path, found);
            stack.pop();
            on_path[v.index()] = false;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::graph::fixtures::{country, evidence, graph_of};
    use crate::model::Actor;

    /// A -sanction-> B, B -meeting- C, C -attack-> D, A -trade- D (x3), D -visit-> E, A -support-> E
    pub(crate) fn small() -> ActorGraph {
        let ev = |s: usize| Evidence {
            date: Some(format!("2023-01-{:02}", s + 1)),
            ..evidence("a", s, &format!("sentence {s}"))
        };
        let actor = |id: &str| Actor {
            name: format!("Actor {id}"),
            ..country(id)
        };
        let mut rels = vec![
            Relation::new("A", "B", RelationKind::Sanction, ev(0)),
            Relation::new("B", "C", RelationKind::Meeting, ev(1)),
            Relation::new("C", "D", RelationKind::Attack, ev(2)),
            Relation::new("A", "D", RelationKind::Trade, ev(3)),
            Relation::new("D", "E", RelationKind::Visit, ev(5)),
            Relation::new("A", "E", RelationKind::Support, ev(6)),
        ];
        for s in [7, 8] {
            let e = ev(s);
            rels[3].evidence.push(e);
        }
        rels[3].count = 3;
        graph_of(
            "a",
            ["A", "B", "C", "D", "E"].iter().map(|i| actor(i)).collect(),
            rels,
        )
    }

    fn ids(p: &Path) -> String {
        let mut s = p.hops.first().map(|h| h.source.clone()).unwrap_or_default();
        for h in &p.hops {
            s.push_str(&format!(" -{}-> {}", h.kind, h.target));
        }
        s
    }

    #[test]
    fn shortest_path_walks_either_direction() {
        let a = find_paths(&small(), "B", "E", &PathOptions::default());
        assert_eq!(a.paths.len(), 1);
        assert_eq!(ids(&a.paths[0]), "B -sanction-> A -support-> E");
        assert_eq!(a.paths[0].hops[0].direction, "backward");
        assert_eq!(
            a.paths[0].hops[0].evidence.as_ref().unwrap().text,
            "sentence 0"
        );
    }

    #[test]
    fn directed_paths_follow_relations() {
        let o = PathOptions {
            directed: true,
            ..Default::default()
        };
        // E only receives relations: nothing leaves it
        assert!(find_paths(&small(), "E", "A", &o).paths.is_empty());
        // the symmetric trade relation goes both ways
        assert_eq!(
            ids(&find_paths(&small(), "B", "A", &o).paths[0]),
            "B -meeting-> C -attack-> D -trade-> A"
        );
        let p = find_paths(&small(), "B", "E", &o);
        assert_eq!(ids(&p.paths[0]), "B -meeting-> C -attack-> D -visit-> E");
    }

    #[test]
    fn kinds_restrict_the_walk() {
        let o = PathOptions {
            kinds: vec![
                RelationKind::Meeting,
                RelationKind::Attack,
                RelationKind::Visit,
            ],
            ..Default::default()
        };
        assert_eq!(
            ids(&find_paths(&small(), "B", "E", &o).paths[0]),
            "B -meeting-> C -attack-> D -visit-> E"
        );
        let o = PathOptions {
            kinds: vec![RelationKind::Trade],
            ..Default::default()
        };
        assert!(find_paths(&small(), "B", "E", &o).paths.is_empty());
    }

    #[test]
    fn all_paths_come_shortest_first() {
        let o = PathOptions {
            all: true,
            limit: 10,
            ..Default::default()
        };
        let a = find_paths(&small(), "A", "E", &o);
        let got: Vec<String> = a.paths.iter().map(ids).collect();
        assert_eq!(
            got,
            [
                "A -support-> E",
                "A -trade-> D -visit-> E",
                "A -sanction-> B -meeting-> C -attack-> D -visit-> E",
            ]
        );
        let o = PathOptions {
            all: true,
            limit: 2,
            max_hops: Some(2),
            ..Default::default()
        };
        assert_eq!(find_paths(&small(), "A", "E", &o).paths.len(), 2);
        let o = PathOptions {
            all: true,
            limit: 10,
            max_hops: Some(1),
            ..Default::default()
        };
        assert_eq!(find_paths(&small(), "A", "E", &o).paths.len(), 1);
    }

    #[test]
    fn max_hops_bounds_the_shortest_path() {
        let o = PathOptions {
            max_hops: Some(1),
            ..Default::default()
        };
        assert!(find_paths(&small(), "B", "E", &o).paths.is_empty());
        let o = PathOptions {
            max_hops: Some(2),
            ..Default::default()
        };
        assert_eq!(find_paths(&small(), "B", "E", &o).paths[0].length, 2);
    }

    #[test]
    fn weighted_paths_prefer_evidence() {
        // C to A: via B (meeting 1, sanction 1: cost 2) or via D (attack 1, trade 3: cost 1.33)
        let o = PathOptions {
            weighted: true,
            ..Default::default()
        };
        assert_eq!(
            ids(&find_paths(&small(), "C", "A", &o).paths[0]),
            "C -attack-> D -trade-> A"
        );
    }
}
