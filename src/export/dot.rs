//! DOT export, built with graphviz-rust's model and printer.
//!
//! graphviz-rust prints ids as given, so every id and attribute value is quoted and escaped here:
//! backslashes and double quotes are escaped, new lines become `\n`, and control characters never
//! arrive (the diagram model removes them). Non-ASCII text is written as it is, in UTF-8.

use super::diagram::{node_style, Diagram, EdgeClass};
use super::Exporter;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::io::Write;

/// A quoted DOT string with `\` and `"` escaped and new lines as `\n`.
pub fn quote(s: &str) -> Id {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quote(v))
}

fn node_id(id: &str) -> NodeId {
    NodeId(quote(id), None)
}

/// Writes the graph as DOT.
#[derive(Debug, Clone, Copy, Default)]
pub struct DotExporter;

/// The DOT text of a diagram.
pub fn to_dot(d: &Diagram) -> String {
    let mut stmts: Vec<Stmt> = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", &d.title),
            attr("labelloc", "t"),
            attr("fontsize", "20"),
            attr("fontname", "Helvetica"),
            attr("bgcolor", "white"),
            attr("pad", "0.3"),
            attr("nodesep", "0.5"),
            attr("ranksep", "0.9"),
            attr("overlap", if d.large { "prism" } else { "false" }),
            attr("outputorder", "edgesfirst"),
            attr("rankdir", "LR"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "12"),
            attr("style", "filled,rounded"),
            attr("penwidth", "1.4"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
            attr("arrowsize", "0.7"),
        ])),
    ];
    for n in &d.nodes {
        let (fill, stroke, shape) = node_style(n.kind);
        stmts.push(Stmt::Node(Node::new(
            node_id(&n.id),
            vec![
                attr("label", &n.label),
                attr("shape", shape),
                attr("fillcolor", fill),
                attr("color", stroke),
                attr("tooltip", &n.tooltip),
            ],
        )));
    }
    for e in &d.edges {
        let color = e.class.color();
        let mut style = vec![];
        if e.planned {
            style.push("dashed");
        }
        if e.class == EdgeClass::Structural {
            style.push("dotted");
        }
        let mut attrs = vec![
            attr("color", color),
            attr("fontcolor", color),
            attr("penwidth", &format!("{:.1}", e.pen_width())),
            attr("tooltip", &e.tooltip),
            attr("labeltooltip", &e.tooltip),
        ];
        if !d.large {
            attrs.push(attr("label", &e.label));
        }
        if !style.is_empty() {
            attrs.push(attr("style", &style.join(",")));
        }
        if !e.directed {
            attrs.push(attr("dir", "none"));
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(node_id(&e.source)), Vertex::N(node_id(&e.target))),
            attributes: attrs,
        }));
    }
    stmts.push(Stmt::Subgraph(legend()));
    let graph = Graph::DiGraph {
        id: quote("relgraph"),
        strict: false,
        stmts,
    };
    let mut ctx = PrinterContext::default();
    graph.print(&mut ctx)
}

/// The legend: one plain node holding an HTML-like table (constant text of ours, so an HTML id is
/// safe here) with the actor kinds and the edge colours.
fn legend() -> Subgraph {
    let mut rows = String::from(r#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#);
    for (kind, label) in [
        (crate::model::ActorKind::Country, "country (box)"),
        (crate::model::ActorKind::Person, "person (ellipse)"),
        (
            crate::model::ActorKind::Organization,
            "organisation (hexagon)",
        ),
    ] {
        let (fill, stroke, _) = node_style(kind);
        rows.push_str(&format!(
            r#"<TR><TD BGCOLOR="{fill}" COLOR="{stroke}" BORDER="1" WIDTH="30"> </TD><TD ALIGN="LEFT">{label}</TD></TR>"#
        ));
    }
    for (class, label) in [
        (EdgeClass::Contact, EdgeClass::Contact.legend()),
        (EdgeClass::Cooperative, EdgeClass::Cooperative.legend()),
        (EdgeClass::Hostile, EdgeClass::Hostile.legend()),
        (EdgeClass::Structural, "leads, member of (dotted)"),
    ] {
        let c = class.color();
        rows.push_str(&format!(
            r#"<TR><TD><FONT COLOR="{c}"><B>———</B></FONT></TD><TD ALIGN="LEFT"><FONT COLOR="{c}">{label}</FONT></TD></TR>"#
        ));
    }
    rows.push_str(r#"<TR><TD COLSPAN="2" ALIGN="LEFT">dashed: planned · arrow: who acts · width: evidence</TD></TR>"#);
    let table = format!(
        r##"<<TABLE BORDER="1" COLOR="#c0c6d0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2" BGCOLOR="#f7fafc">{rows}</TABLE>>"##
    );
    Subgraph {
        id: quote("cluster_legend"),
        stmts: vec![
            Stmt::GAttribute(GraphAttributes::Graph(vec![
                attr("style", "invis"),
                attr("label", ""),
            ])),
            Stmt::Node(Node::new(
                node_id("legend"),
                vec![
                    Attribute(Id::Plain("label".into()), Id::Html(table)),
                    attr("shape", "plaintext"),
                    attr("style", ""),
                    attr("fontsize", "10"),
                ],
            )),
        ],
    }
}

impl Exporter for DotExporter {
    fn write(&self, graph: &ActorGraph, out: &mut dyn Write) -> Result<()> {
        let dot = to_dot(&Diagram::new(graph));
        out.write_all(dot.as_bytes())
            .and_then(|_| out.write_all(b"\n"))
            .map_err(|e| Error::Write {
                path: "<output>".into(),
                source: e,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_escape_what_dot_would_misread() {
        let Id::Escaped(q) = quote("a \"b\" \\c\nd\u{7}") else {
            panic!()
        };
        assert_eq!(q, "\"a \\\"b\\\" \\\\c\\nd \"");
    }

    #[test]
    fn dot_round_trips_through_graphviz_rust_parser() {
        let g = ActorGraph::new();
        let dot = to_dot(&Diagram::new(&g));
        assert!(graphviz_rust::parse(&dot).is_ok(), "{dot}");
        assert!(dot.contains("cluster_legend"));
    }
}
