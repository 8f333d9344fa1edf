//! GraphML export for Gephi, yEd, Cytoscape and networkx: typed keys for every actor and relation
//! attribute, one edge per relation (parallel edges where two actors have several kinds).

use super::Exporter;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::Write;

/// (id, for, name, type) of every key.
const KEYS: [(&str, &str, &str, &str); 14] = [
    ("n_name", "node", "name", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_country", "node", "country", "string"),
    ("n_role", "node", "role", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_count", "edge", "count", "int"),
    ("e_planned", "edge", "planned", "boolean"),
    ("e_symmetric", "edge", "symmetric", "boolean"),
    ("e_evidence", "edge", "evidence", "string"),
    ("e_cue", "edge", "cue", "string"),
    ("e_article", "edge", "article", "string"),
    ("e_sentence", "edge", "sentence", "int"),
    ("e_date", "edge", "date", "string"),
];

/// Writes GraphML.
#[derive(Debug, Clone, Copy, Default)]
pub struct GraphmlExporter;

/// XML 1.0 forbids most control characters even when escaped.
fn xml_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> std::io::Result<()> {
    let mut start = BytesStart::new("data");
    start.push_attribute(("key", key));
    w.write_event(Event::Start(start))?;
    w.write_event(Event::Text(BytesText::new(&xml_text(value))))?;
    w.write_event(Event::End(BytesEnd::new("data")))?;
    Ok(())
}

impl GraphmlExporter {
    fn write_inner<W: Write>(&self, graph: &ActorGraph, out: W) -> std::io::Result<()> {
        let mut w = Writer::new_with_indent(out, b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        let mut root = BytesStart::new("graphml");
        root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
        root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
        root.push_attribute((
            "xsi:schemaLocation",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ));
        w.write_event(Event::Start(root))?;
        for (id, domain, name, ty) in KEYS {
            let mut k = BytesStart::new("key");
            k.push_attribute(("id", id));
            k.push_attribute(("for", domain));
            k.push_attribute(("attr.name", name));
            k.push_attribute(("attr.type", ty));
            w.write_event(Event::Empty(k))?;
        }
        let mut g = BytesStart::new("graph");
        g.push_attribute(("id", "relgraph"));
        g.push_attribute(("edgedefault", "directed"));
        w.write_event(Event::Start(g))?;
        for a in graph.actors() {
            let mut n = BytesStart::new("node");
            let id = xml_text(&a.id);
            n.push_attribute(("id", id.as_str()));
            w.write_event(Event::Start(n))?;
            data(&mut w, "n_name", &a.name)?;
            data(&mut w, "n_kind", a.kind.as_str())?;
            data(&mut w, "n_country", a.country.as_deref().unwrap_or(""))?;
            data(&mut w, "n_role", a.role.as_deref().unwrap_or(""))?;
            data(&mut w, "n_aliases", &a.aliases.join("|"))?;
            w.write_event(Event::End(BytesEnd::new("node")))?;
        }
        for (i, r) in graph.relations().iter().enumerate() {
            let mut e = BytesStart::new("edge");
            let (id, s, t) = (format!("e{i}"), xml_text(&r.source), xml_text(&r.target));
            e.push_attribute(("id", id.as_str()));
            e.push_attribute(("source", s.as_str()));
            e.push_attribute(("target", t.as_str()));
            w.write_event(Event::Start(e))?;
            data(&mut w, "e_kind", r.kind.as_str())?;
            data(&mut w, "e_count", &r.count.to_string())?;
            data(
                &mut w,
                "e_planned",
                if r.planned { "true" } else { "false" },
            )?;
            data(
                &mut w,
                "e_symmetric",
                if r.kind.is_symmetric() {
                    "true"
                } else {
                    "false"
                },
            )?;
            if let Some(ev) = r.evidence.first() {
                data(&mut w, "e_evidence", &ev.text)?;
                data(&mut w, "e_cue", &ev.cue)?;
                data(&mut w, "e_article", &ev.article)?;
                data(&mut w, "e_sentence", &ev.sentence.to_string())?;
                data(&mut w, "e_date", ev.date.as_deref().unwrap_or(""))?;
            }
            w.write_event(Event::End(BytesEnd::new("edge")))?;
        }
        w.write_event(Event::End(BytesEnd::new("graph")))?;
        w.write_event(Event::End(BytesEnd::new("graphml")))?;
        w.get_mut().write_all(b"\n")
    }
}

impl Exporter for GraphmlExporter {
    fn write(&self, graph: &ActorGraph, out: &mut dyn Write) -> Result<()> {
        self.write_inner(graph, out).map_err(|e| Error::Write {
            path: "<output>".into(),
            source: e,
        })
    }
}
