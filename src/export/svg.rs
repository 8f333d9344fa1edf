//! SVG: drawn by Graphviz when it is installed, else by the built-in renderer.
//!
//! Graphviz runs as a child process fed the DOT text on standard input, with a timeout (graphviz-rust's
//! `exec` has none, and reports a missing `dot` only as "No such file or directory"). The layout engine
//! follows the size of the graph: `dot` for small graphs, `sfdp` for large ones. The built-in renderer
//! ([`super::layout`]) needs nothing installed. Both put each relation's evidence in a tooltip, and both
//! escape every piece of text, so nothing from an article becomes markup or script.

use super::diagram::{node_style, Diagram, EdgeClass};
use super::dot::to_dot;
use super::layout::{layout, text_width, Rect};
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use quick_xml::escape::escape;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;
use wait_timeout::ChildExt;

/// Who draws the SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Engine {
    /// Graphviz when `dot` is on PATH, else the built-in renderer.
    #[default]
    Auto,
    /// Graphviz (an error when it is not installed).
    Graphviz,
    /// The built-in renderer.
    Builtin,
}

/// Graphviz layout programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Layout {
    /// Layered (small graphs).
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Scalable force-directed (large graphs).
    Sfdp,
    /// Circular.
    Circo,
}

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }
}

/// How to draw.
#[derive(Debug, Clone, clap::Args)]
pub struct SvgOptions {
    /// Who draws the SVG.
    #[arg(long, value_enum, default_value = "auto")]
    pub engine: Engine,
    /// Graphviz layout (default: dot for small graphs, sfdp for large ones).
    #[arg(long, value_enum)]
    pub layout: Option<Layout>,
    /// Seconds Graphviz may take before it is stopped.
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    pub timeout: u64,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            engine: Engine::Auto,
            layout: None,
            timeout: 60,
        }
    }
}

/// A drawing and how it was made.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The SVG document.
    pub svg: Vec<u8>,
    /// Which engine drew it, for the user.
    pub engine: String,
    /// What the user should know (a large graph, Graphviz missing, Graphviz warnings).
    pub notes: Vec<String>,
}

/// The first `dot` executable on PATH.
pub fn find_graphviz() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("dot"))
        .find(|p| p.is_file())
}

/// Draws a graph as SVG.
pub fn render(graph: &ActorGraph, options: &SvgOptions) -> Result<Rendered> {
    render_with(graph, options, find_graphviz())
}

/// Draws a graph as SVG with the Graphviz `dot` found at `graphviz` (or none installed).
pub fn render_with(
    graph: &ActorGraph,
    options: &SvgOptions,
    graphviz: Option<PathBuf>,
) -> Result<Rendered> {
    let d = Diagram::new(graph);
    let mut notes = Vec::new();
    if d.large {
        notes.push(format!(
            "the graph has {} actors and {} edges: edge labels are in tooltips; for a readable picture choose a view (--top 40, --around ACTOR, --kind KIND, --countries)",
            d.nodes.len(),
            d.edges.len()
        ));
    }
    let dot = match options.engine {
        Engine::Builtin => None,
        Engine::Graphviz => Some(graphviz.ok_or_else(|| {
            Error::Render("Graphviz is not installed: no `dot` on PATH (install the graphviz package, or use --engine builtin)".into())
        })?),
        Engine::Auto => {
            let found = graphviz;
            if found.is_none() {
                notes.push("Graphviz `dot` not found on PATH; drawn by the built-in renderer".into());
            }
            found
        }
    };
    match dot {
        Some(program) => {
            let layout = options
                .layout
                .unwrap_or(if d.large { Layout::Sfdp } else { Layout::Dot });
            let svg = run_graphviz(
                &program,
                &to_dot(&d),
                layout,
                Duration::from_secs(options.timeout),
                &mut notes,
            )?;
            Ok(Rendered {
                svg,
                engine: format!("Graphviz ({})", layout.name()),
                notes,
            })
        }
        None => Ok(Rendered {
            svg: builtin_svg(&d).into_bytes(),
            engine: "the built-in renderer".into(),
            notes,
        }),
    }
}

/// Runs Graphviz on DOT text with a timeout; its warnings become notes.
pub fn run_graphviz(
    program: &std::path::Path,
    dot: &str,
    layout: Layout,
    timeout: Duration,
    notes: &mut Vec<String>,
) -> Result<Vec<u8>> {
    let name = format!("Graphviz `dot -K{}`", layout.name());
    let mut child = Command::new(program)
        .arg(format!("-K{}", layout.name()))
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Render(format!("cannot start {name} ({}): {e}", program.display())))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = dot.as_bytes().to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        stdout.read_to_end(&mut buf).map(|_| buf)
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = String::new();
        let _ = stderr.read_to_string(&mut buf);
        buf
    });
    let status = match child
        .wait_timeout(timeout)
        .map_err(|e| Error::Render(format!("{name}: {e}")))?
    {
        Some(s) => s,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Error::Render(format!(
                "{name} did not finish within {} s and was stopped; draw a smaller view (--top N, --around ACTOR, --kind KIND), another --layout, or --engine builtin",
                timeout.as_secs()
            )));
        }
    };
    let _ = writer.join();
    let out = reader
        .join()
        .map_err(|_| Error::Render(format!("{name}: reading its output failed")))?
        .map_err(|e| Error::Render(format!("{name}: {e}")))?;
    let err = err_reader.join().unwrap_or_default();
    if !status.success() {
        return Err(Error::Render(format!(
            "{name} failed ({status}): {}",
            err.trim()
        )));
    }
    notes.extend(
        err.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("Graphviz: {l}")),
    );
    Ok(out)
}

fn esc(s: &str) -> String {
    escape(s).into_owned()
}

/// Where a line from the centre of `r` towards (x, y) leaves the box.
fn clip(r: &Rect, x: f64, y: f64) -> (f64, f64) {
    let (dx, dy) = (x - r.x, y - r.y);
    if dx == 0.0 && dy == 0.0 {
        return (r.x, r.y);
    }
    let sx = if dx != 0.0 {
        (r.w / 2.0 + 2.0) / dx.abs()
    } else {
        f64::INFINITY
    };
    let sy = if dy != 0.0 {
        (r.h / 2.0 + 2.0) / dy.abs()
    } else {
        f64::INFINITY
    };
    let s = sx.min(sy).min(1.0);
    (r.x + dx * s, r.y + dy * s)
}

fn class_name(c: EdgeClass) -> &'static str {
    match c {
        EdgeClass::Contact => "contact",
        EdgeClass::Cooperative => "cooperative",
        EdgeClass::Hostile => "hostile",
        EdgeClass::Structural => "structural",
    }
}

fn text_lines(
    out: &mut String,
    label: &str,
    x: f64,
    y: f64,
    size: f64,
    color: &str,
    bold_first: bool,
) {
    let lines: Vec<&str> = label.lines().collect();
    let line_h = size * 1.3;
    // baseline of the first line, so that the block of lines is centred on y
    let top = y - line_h * (lines.len() as f64 - 1.0) / 2.0 + size * 0.36;
    let _ = write!(
        out,
        r#"<text x="{x:.1}" y="{:.1}" font-size="{size}" fill="{color}" text-anchor="middle">"#,
        top
    );
    for (i, l) in lines.iter().enumerate() {
        let weight = if bold_first && i == 0 && lines.len() > 1 {
            r#" font-weight="bold""#
        } else {
            ""
        };
        let style = if i > 0 && bold_first {
            r#" font-style="italic""#
        } else {
            ""
        };
        let dy = if i == 0 { 0.0 } else { line_h };
        let _ = write!(
            out,
            r#"<tspan x="{x:.1}" dy="{dy:.1}"{weight}{style}>{}</tspan>"#,
            esc(l)
        );
    }
    out.push_str("</text>");
}

/// The built-in renderer: a complete SVG document for a diagram.
pub fn builtin_svg(d: &Diagram) -> String {
    let p = layout(d);
    let index: std::collections::HashMap<&str, usize> = d
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    // bounding box of everything drawn
    let mut boxes: Vec<Rect> = p.nodes.clone();
    boxes.extend(p.labels.iter().flatten().copied());
    for &(cx, cy) in &p.controls {
        boxes.push(Rect {
            x: cx,
            y: cy,
            w: 1.0,
            h: 1.0,
        });
    }
    let (mut x0, mut y0, mut x1, mut y1) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    if let Some(first) = boxes.first() {
        (x0, y0, x1, y1) = (first.x, first.y, first.x, first.y);
    }
    for b in &boxes {
        x0 = x0.min(b.x - b.w / 2.0);
        y0 = y0.min(b.y - b.h / 2.0);
        x1 = x1.max(b.x + b.w / 2.0);
        y1 = y1.max(b.y + b.h / 2.0);
    }
    let margin = 30.0;
    let title_h = 50.0;
    let legend_h = 120.0;
    let legend_w = 330.0;
    let width = (x1 - x0 + 2.0 * margin)
        .max(legend_w + 2.0 * margin)
        .max(text_width(&d.title, 18.0) + 2.0 * margin);
    let height = y1 - y0 + 2.0 * margin + title_h + legend_h;
    let (ox, oy) = (
        margin - x0 + ((width - 2.0 * margin) - (x1 - x0)) / 2.0,
        margin + title_h - y0,
    );
    let tx = |x: f64| x + ox;
    let ty = |y: f64| y + oy;

    let mut s = String::with_capacity(4096 + d.edges.len() * 400);
    let _ = write!(
        s,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="Helvetica, Arial, sans-serif">
<title>{}</title>
<defs>"#,
        esc(&d.title)
    );
    for c in [
        EdgeClass::Contact,
        EdgeClass::Cooperative,
        EdgeClass::Hostile,
        EdgeClass::Structural,
    ] {
        let _ = write!(
            s,
            r#"<marker id="arrow-{}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{}"/></marker>"#,
            class_name(c),
            c.color()
        );
    }
    s.push_str("</defs>\n");
    let _ = writeln!(
        s,
        r#"<rect x="0" y="0" width="{width:.0}" height="{height:.0}" fill="white"/>"#
    );
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="32" font-size="18" font-weight="bold" text-anchor="middle" fill="#1a202c">{}</text>"##,
        width / 2.0,
        esc(&d.title)
    );

    s.push_str("<g class=\"edges\">\n");
    for (i, e) in d.edges.iter().enumerate() {
        let (Some(&a), Some(&b)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
        else {
            continue;
        };
        let (ra, rb) = (p.nodes[a], p.nodes[b]);
        let (cx, cy) = p.controls[i];
        let (sx, sy) = clip(&ra, cx, cy);
        let (ex, ey) = clip(&rb, cx, cy);
        let dash = if e.planned {
            r#" stroke-dasharray="7 4""#
        } else if e.class == EdgeClass::Structural {
            r#" stroke-dasharray="2 3""#
        } else {
            ""
        };
        let marker = if e.directed {
            format!(r#" marker-end="url(#arrow-{})""#, class_name(e.class))
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            r#"<g class="edge {}"><title>{}</title><path d="M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}" fill="none" stroke="{}" stroke-width="{:.1}" stroke-opacity="0.85"{dash}{marker}/></g>"#,
            class_name(e.class),
            esc(&e.tooltip),
            tx(sx),
            ty(sy),
            tx(cx),
            ty(cy),
            tx(ex),
            ty(ey),
            e.class.color(),
            e.pen_width()
        );
    }
    s.push_str("</g>\n<g class=\"edge-labels\">\n");
    for (i, e) in d.edges.iter().enumerate() {
        let Some(r) = p.labels[i] else { continue };
        let _ = write!(
            s,
            r#"<g class="edge-label"><title>{}</title><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="3" fill="white" fill-opacity="0.9" stroke="{}" stroke-width="0.6"/>"#,
            esc(&e.tooltip),
            tx(r.x - r.w / 2.0),
            ty(r.y - r.h / 2.0),
            r.w,
            r.h,
            e.class.color()
        );
        text_lines(
            &mut s,
            &e.label,
            tx(r.x),
            ty(r.y),
            10.0,
            e.class.color(),
            false,
        );
        s.push_str("</g>\n");
    }
    s.push_str("</g>\n<g class=\"nodes\">\n");
    for (n, r) in d.nodes.iter().zip(&p.nodes) {
        let (fill, stroke, _) = node_style(n.kind);
        let (x, y) = (tx(r.x), ty(r.y));
        let _ = write!(
            s,
            r#"<g class="node {}"><title>{}</title>"#,
            n.kind.as_str(),
            esc(&n.tooltip)
        );
        shape(&mut s, n.kind, x, y, r.w, r.h, fill, stroke);
        text_lines(&mut s, &n.label, x, y, 12.0, "#1a202c", true);
        s.push_str("</g>\n");
    }
    s.push_str("</g>\n");
    legend(&mut s, margin, height - legend_h + 6.0);
    s.push_str("</svg>\n");
    s
}

#[allow(clippy::too_many_arguments)]
fn shape(
    s: &mut String,
    kind: crate::model::ActorKind,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    fill: &str,
    stroke: &str,
) {
    use crate::model::ActorKind;
    match kind {
        ActorKind::Country => {
            let _ = write!(
                s,
                r#"<rect x="{:.1}" y="{:.1}" width="{w:.1}" height="{h:.1}" rx="6" fill="{fill}" stroke="{stroke}" stroke-width="1.4"/>"#,
                x - w / 2.0,
                y - h / 2.0
            );
        }
        ActorKind::Person => {
            let _ = write!(
                s,
                r#"<ellipse cx="{x:.1}" cy="{y:.1}" rx="{:.1}" ry="{:.1}" fill="{fill}" stroke="{stroke}" stroke-width="1.4"/>"#,
                w / 2.0,
                h / 2.0
            );
        }
        ActorKind::Organization => {
            let (hw, hh, c) = (w / 2.0, h / 2.0, 10.0);
            let _ = write!(
                s,
                r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{fill}" stroke="{stroke}" stroke-width="1.4"/>"#,
                x - hw,
                y,
                x - hw + c,
                y - hh,
                x + hw - c,
                y - hh,
                x + hw,
                y,
                x + hw - c,
                y + hh,
                x - hw + c,
                y + hh
            );
        }
    }
}

fn legend(s: &mut String, x: f64, y: f64) {
    use crate::model::ActorKind;
    let _ = write!(
        s,
        r##"<g class="legend"><rect x="{x:.1}" y="{y:.1}" width="560" height="104" rx="6" fill="#f7fafc" stroke="#c0c6d0"/>"##
    );
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="12" font-weight="bold" fill="#1a202c">Legend</text>"##,
        x + 10.0,
        y + 18.0
    );
    for (i, (kind, label)) in [
        (ActorKind::Country, "country"),
        (ActorKind::Person, "person"),
        (ActorKind::Organization, "organisation"),
    ]
    .iter()
    .enumerate()
    {
        let (fill, stroke, _) = node_style(*kind);
        let cx = x + 55.0 + i as f64 * 100.0;
        shape(s, *kind, cx, y + 40.0, 84.0, 24.0, fill, stroke);
        text_lines(s, label, cx, y + 40.0, 11.0, "#1a202c", false);
    }
    let rows = [
        (EdgeClass::Contact, "visit, meeting", false),
        (
            EdgeClass::Cooperative,
            "agreement, cooperation, trade, aid, support",
            false,
        ),
        (
            EdgeClass::Hostile,
            "sanction, opposition, threat, attack",
            false,
        ),
        (EdgeClass::Structural, "leads, member of", false),
    ];
    for (i, (c, label, _)) in rows.iter().enumerate() {
        let (col, row) = (i % 2, i / 2);
        let lx = x + 10.0 + col as f64 * 280.0;
        let ly = y + 68.0 + row as f64 * 18.0;
        let dash = if *c == EdgeClass::Structural {
            r#" stroke-dasharray="2 3""#
        } else {
            ""
        };
        let _ = write!(
            s,
            r#"<line x1="{lx:.1}" y1="{ly:.1}" x2="{:.1}" y2="{ly:.1}" stroke="{}" stroke-width="2.5"{dash}/>"#,
            lx + 30.0,
            c.color()
        );
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" font-size="11" fill="{}">{}</text>"#,
            lx + 36.0,
            ly + 4.0,
            c.color(),
            esc(label)
        );
    }
    let _ = write!(
        s,
        r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#4a5568" stroke-width="2" stroke-dasharray="7 4"/>"##,
        x + 330.0,
        y + 40.0,
        x + 360.0,
        y + 40.0
    );
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#4a5568">planned; arrow: who acts</text>"##,
        x + 366.0,
        y + 44.0
    );
    s.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::layout::layout;
    use crate::model::{Actor, ActorKind, Evidence, Relation, RelationKind};
    use proptest::prelude::*;

    fn founding() -> ActorGraph {
        let lex = crate::lexicon::Lexicon::builtin().unwrap();
        let mut g = ActorGraph::new();
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("data/articles/000_ed3a308d17acbb5e.txt");
        crate::pipeline::ingest_into(&mut g, &[path], &lex, &Default::default()).unwrap();
        g
    }

    /// Parses an XML document to the end; the error if it is not well-formed.
    pub(crate) fn well_formed(xml: &str) -> std::result::Result<usize, String> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut elements = 0;
        let mut depth = 0i64;
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Start(_)) => {
                    depth += 1;
                    elements += 1
                }
                Ok(quick_xml::events::Event::End(_)) => depth -= 1,
                Ok(quick_xml::events::Event::Empty(_)) => elements += 1,
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => return Err(format!("at {}: {e}", reader.buffer_position())),
            }
        }
        if depth != 0 {
            return Err(format!("unbalanced elements ({depth})"));
        }
        if let Some(c) = xml
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        {
            return Err(format!("control character {:?} is not allowed in XML", c));
        }
        Ok(elements)
    }

    #[test]
    fn builtin_draws_the_founding_graph_with_labels() {
        let svg = builtin_svg(&Diagram::new(&founding()));
        well_formed(&svg).unwrap();
        for name in [
            "Iran",
            "Venezuela",
            "United States",
            "Nicaragua",
            "Cuba",
            "Ebrahim Raisi",
            "Nicolás Maduro",
            "sanction",
            "opposition ×2",
            "Legend",
        ] {
            assert!(svg.contains(name), "{name} missing");
        }
        assert!(svg.contains("<title>"), "tooltips");
    }

    #[test]
    fn builtin_labels_and_actors_never_overlap_on_the_founding_graph() {
        let d = Diagram::new(&founding());
        let p = layout(&d);
        let labels: Vec<Rect> = p.labels.iter().flatten().copied().collect();
        assert_eq!(labels.len(), d.edges.len(), "every edge is labelled");
        for (i, a) in p.nodes.iter().enumerate() {
            for b in &p.nodes[i + 1..] {
                assert!(!a.overlaps(b, 0.0), "actors overlap: {a:?} {b:?}");
            }
            for l in &labels {
                assert!(!a.overlaps(l, 0.0), "a label covers an actor: {a:?} {l:?}");
            }
        }
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                assert!(!a.overlaps(b, 0.0), "labels overlap: {a:?} {b:?}");
            }
        }
    }

    #[test]
    fn layout_is_deterministic() {
        let d = Diagram::new(&founding());
        assert_eq!(builtin_svg(&d), builtin_svg(&d));
    }

    #[test]
    fn a_missing_graphviz_is_named() {
        let opts = SvgOptions {
            engine: Engine::Graphviz,
            ..Default::default()
        };
        let r = render_with(&ActorGraph::new(), &opts, None);
        let auto = render_with(&ActorGraph::new(), &SvgOptions::default(), None);
        let e = r.unwrap_err().to_string();
        assert!(
            e.contains("Graphviz is not installed") && e.contains("--engine builtin"),
            "{e}"
        );
        let auto = auto.unwrap();
        assert_eq!(auto.engine, "the built-in renderer");
        assert!(auto.notes.iter().any(|n| n.contains("not found")));
    }

    fn hostile_graph(names: &[String], text: &str) -> ActorGraph {
        let kinds = [
            ActorKind::Country,
            ActorKind::Person,
            ActorKind::Organization,
        ];
        let actors: Vec<Actor> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Actor {
                id: format!("{n}{i}"),
                name: n.clone(),
                kind: kinds[i % 3],
                country: Some(format!("{n}\"c")),
                role: Some(n.clone()),
                aliases: vec![n.clone(), text.to_string()],
            })
            .collect();
        let ev = Evidence {
            article: text.into(),
            sentence: 1,
            text: text.into(),
            cue: text.into(),
            date: Some(text.into()),
            planned: true,
            ..Default::default()
        };
        let mut relations = Vec::new();
        for w in actors.windows(2) {
            relations.push(Relation::new(
                &w[0].id,
                &w[1].id,
                RelationKind::Sanction,
                ev.clone(),
            ));
            relations.push(Relation::new(
                &w[1].id,
                &w[0].id,
                RelationKind::Meeting,
                ev.clone(),
            ));
        }
        crate::graph::fixtures::graph_of(text, actors, relations)
    }

    fn hostile() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("<script>alert(1)</script>".to_string()),
            Just("]]><!--".to_string()),
            Just("\\\"\\\\\"".to_string()),
            Just("a\u{202e}b\u{200f}c".to_string()),
            "[\"\\\\<>&'\\]\\[{};=\\n\\r\\t\\x00-\\x1f\u{202e}a-zA-Zé ]{1,30}",
            "\\PC{1,200}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn hostile_names_stay_inert(names in proptest::collection::vec(hostile(), 2..5), text in hostile()) {
            let g = hostile_graph(&names, &text);
            let d = Diagram::new(&g);
            let svg = builtin_svg(&d);
            prop_assert!(well_formed(&svg).is_ok(), "{:?}", well_formed(&svg));
            prop_assert!(!svg.contains("<script"));
            let dot = to_dot(&d);
            prop_assert!(graphviz_rust::parse(&dot).is_ok(), "graphviz-rust cannot parse: {}", dot);
            match find_graphviz() {
                Some(program) => {
                    let mut notes = Vec::new();
                    let out = run_graphviz(&program, &dot, Layout::Dot, Duration::from_secs(30), &mut notes);
                    prop_assert!(out.is_ok(), "Graphviz rejects the DOT: {:?}\n{}", out.err(), dot);
                    let out = String::from_utf8(out.unwrap()).unwrap();
                    prop_assert!(well_formed(&out).is_ok(), "{:?}", well_formed(&out));
                    prop_assert!(!out.contains("<script"));
                }
                None => prop_assert!(std::env::var_os("CI").is_none(), "CI must install Graphviz"),
            }
        }
    }
}
