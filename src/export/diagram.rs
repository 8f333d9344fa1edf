//! The drawing model shared by the DOT exporter and the built-in SVG renderer.
//!
//! Relations between the same two actors are merged into one edge per direction (one undirected edge
//! for the symmetric kinds), labelled with each kind and its count. Edges are coloured by class:
//! cooperative kinds green, hostile kinds red, visits and meetings blue, structural links grey; dashed
//! when every relation in them is planned; wider with more evidence. Every name and label is cleaned of
//! control characters here, so no exporter can receive them.

use crate::graph::ActorGraph;
use crate::model::{ActorKind, RelationKind};
use std::collections::BTreeMap;

/// Above this many actors or edges a drawing is large: labels move into tooltips.
pub const LARGE_NODES: usize = 60;
/// See [`LARGE_NODES`].
pub const LARGE_EDGES: usize = 150;
/// How many evidence sentences a tooltip shows.
const TOOLTIP_EVIDENCE: usize = 3;

/// What colour family an edge belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeClass {
    /// Visits and meetings.
    Contact,
    /// Agreement, cooperation, trade, aid, support.
    Cooperative,
    /// Sanction, opposition, threat, attack.
    Hostile,
    /// leads, member_of.
    Structural,
}

impl EdgeClass {
    /// The class of a relation kind.
    pub fn of(kind: RelationKind) -> EdgeClass {
        use RelationKind::*;
        match kind {
            Visit | Meeting => EdgeClass::Contact,
            Agreement | Cooperation | Trade | Aid | Support => EdgeClass::Cooperative,
            Sanction | Opposition | Threat | Attack => EdgeClass::Hostile,
            Leads | MemberOf => EdgeClass::Structural,
        }
    }

    /// Stroke colour.
    pub fn color(self) -> &'static str {
        match self {
            EdgeClass::Contact => "#2b6cb0",
            EdgeClass::Cooperative => "#2f855a",
            EdgeClass::Hostile => "#c53030",
            EdgeClass::Structural => "#8a94a6",
        }
    }

    /// Legend wording.
    pub fn legend(self) -> &'static str {
        match self {
            EdgeClass::Contact => "visit, meeting",
            EdgeClass::Cooperative => "agreement, cooperation, trade, aid, support",
            EdgeClass::Hostile => "sanction, opposition, threat, attack",
            EdgeClass::Structural => "leads, member of",
        }
    }
}

/// Fill and stroke of an actor kind, and its shape name in DOT.
pub fn node_style(kind: ActorKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        ActorKind::Country => ("#e3edf9", "#2b6cb0", "box"),
        ActorKind::Person => ("#fdf3d7", "#b7791f", "ellipse"),
        ActorKind::Organization => ("#eee6f8", "#6b46c1", "hexagon"),
    }
}

/// An actor as drawn.
#[derive(Debug, Clone)]
pub struct DiagramNode {
    /// Actor id.
    pub id: String,
    /// Name, with the role of a person on a second line.
    pub label: String,
    /// Kind (shape and colour).
    pub kind: ActorKind,
    /// Hover text.
    pub tooltip: String,
    /// Sum of evidence on its edges (for sizing and ranking).
    pub weight: usize,
}

/// One or more relations between two actors, as drawn.
#[derive(Debug, Clone)]
pub struct DiagramEdge {
    /// Source actor id.
    pub source: String,
    /// Target actor id.
    pub target: String,
    /// False for merged symmetric kinds.
    pub directed: bool,
    /// The kinds merged into the edge with their counts, most attested first.
    pub kinds: Vec<(RelationKind, usize)>,
    /// Colour family of the most attested kind.
    pub class: EdgeClass,
    /// Total evidence.
    pub count: usize,
    /// Every merged relation is planned.
    pub planned: bool,
    /// One line per kind: `sanction ×3`.
    pub label: String,
    /// Evidence sentences.
    pub tooltip: String,
}

impl DiagramEdge {
    /// Stroke width growing with the evidence.
    pub fn pen_width(&self) -> f64 {
        1.0 + (self.count as f64).log2().min(4.0)
    }
}

/// A graph ready to draw.
#[derive(Debug, Clone)]
pub struct Diagram {
    /// Heading.
    pub title: String,
    /// Actors.
    pub nodes: Vec<DiagramNode>,
    /// Merged relations.
    pub edges: Vec<DiagramEdge>,
    /// Too big for labels on the edges.
    pub large: bool,
}

/// Removes control characters (keeping none: new lines become spaces) and trims very long text.
pub fn clean(s: &str, max_chars: usize) -> String {
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max_chars)
        .collect();
    if s.chars().count() > max_chars {
        out.push('…');
    }
    out
}

impl Diagram {
    /// The drawing of a graph (actors without relations are left out).
    pub fn new(graph: &ActorGraph) -> Diagram {
        type Key = (String, String, bool);
        let mut merged: BTreeMap<Key, Vec<&crate::model::Relation>> = BTreeMap::new();
        for r in graph.relations() {
            let directed = !r.kind.is_symmetric();
            let (s, t) = if !directed && r.target < r.source {
                (r.target.clone(), r.source.clone())
            } else {
                (r.source.clone(), r.target.clone())
            };
            merged.entry((s, t, directed)).or_default().push(r);
        }
        let mut weight: BTreeMap<&str, usize> = BTreeMap::new();
        let mut edges = Vec::new();
        for ((source, target, directed), rels) in &merged {
            let mut kinds: Vec<(RelationKind, usize)> =
                rels.iter().map(|r| (r.kind, r.count)).collect();
            kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let count: usize = kinds.iter().map(|k| k.1).sum();
            let planned = rels.iter().all(|r| r.planned);
            let label = kinds
                .iter()
                .map(|(k, n)| {
                    if *n > 1 {
                        format!("{k} ×{n}")
                    } else {
                        k.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let name = |id: &str| {
                graph
                    .actor(id)
                    .map(|a| a.name.clone())
                    .unwrap_or_else(|| id.to_string())
            };
            let arrow = if *directed { "→" } else { "—" };
            let mut tooltip = format!(
                "{} {arrow} {}: {}",
                name(source),
                name(target),
                label.replace('\n', ", ")
            );
            for r in rels.iter() {
                for e in r.evidence.iter().take(TOOLTIP_EVIDENCE) {
                    let planned = if e.planned { " (planned)" } else { "" };
                    tooltip.push_str(&format!(
                        "\n[{}{planned}] {} (article {}, sentence {})",
                        r.kind, e.text, e.article, e.sentence
                    ));
                }
                if r.evidence.len() > TOOLTIP_EVIDENCE {
                    tooltip.push_str(&format!(
                        "\n[{}] … {} more",
                        r.kind,
                        r.evidence.len() - TOOLTIP_EVIDENCE
                    ));
                }
            }
            *weight.entry(source).or_default() += count;
            *weight.entry(target).or_default() += count;
            edges.push(DiagramEdge {
                source: source.clone(),
                target: target.clone(),
                directed: *directed,
                class: EdgeClass::of(kinds[0].0),
                kinds,
                count,
                planned,
                label: clean_multiline(&label, 200),
                tooltip: clean_multiline(&tooltip, 2000),
            });
        }
        let mut nodes = Vec::new();
        for a in graph.actors() {
            let Some(&w) = weight.get(a.id.as_str()) else {
                continue;
            };
            let mut label = clean(&a.name, 60);
            if let (ActorKind::Person, Some(role)) = (a.kind, &a.role) {
                label.push('\n');
                label.push_str(&clean(role, 40));
            }
            let mut tooltip = format!("{} ({}, {})", a.name, a.kind.as_str(), a.id);
            if let Some(c) = &a.country {
                if c != &a.id {
                    tooltip.push_str(&format!(", country {c}"));
                }
            }
            if !a.aliases.is_empty() {
                let shown: Vec<&str> = a.aliases.iter().take(8).map(String::as_str).collect();
                tooltip.push_str(&format!("\nalso: {}", shown.join(", ")));
            }
            nodes.push(DiagramNode {
                id: a.id.clone(),
                label,
                kind: a.kind,
                tooltip: clean_multiline(&tooltip, 600),
                weight: w,
            });
        }
        let large = nodes.len() > LARGE_NODES || edges.len() > LARGE_EDGES;
        Diagram {
            title: clean(&title(graph), 120),
            nodes,
            edges,
            large,
        }
    }
}

/// Like [`clean`] but keeps new lines.
fn clean_multiline(s: &str, max_chars: usize) -> String {
    s.split('\n')
        .map(|l| clean(l, max_chars))
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .take(max_chars)
        .collect()
}

/// A heading from the articles: the title of a single article, else their number and dates.
fn title(graph: &ActorGraph) -> String {
    let articles: Vec<_> = graph.articles().collect();
    match articles.len() {
        0 => "relgraph".to_string(),
        1 if !articles[0].title.is_empty() => articles[0].title.clone(),
        n => {
            let mut dates: Vec<&str> = articles.iter().filter_map(|a| a.date.as_deref()).collect();
            dates.sort();
            match (dates.first(), dates.last()) {
                (Some(a), Some(b)) if a != b => format!("{n} articles, {a} to {b}"),
                (Some(a), _) => format!("{n} articles, {a}"),
                _ => format!("{n} articles"),
            }
        }
    }
}
