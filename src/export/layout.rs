//! A force-directed layout for the built-in SVG renderer.
//!
//! Fruchterman-Reingold with a cooling schedule, started from a deterministic circle (actors ordered by
//! weight, so the same graph always gets the same picture), then a pass that pushes overlapping actor
//! boxes apart, then edge labels placed at the edges' midpoints and moved along each edge's normal
//! until they overlap no actor and no other label. Cost per iteration is quadratic in the actors; a
//! few hundred actors lay out in well under a second.

use super::diagram::Diagram;

/// A box centred on (x, y).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Whether two boxes overlap, with `gap` to spare.
    pub fn overlaps(&self, o: &Rect, gap: f64) -> bool {
        (self.x - o.x).abs() * 2.0 < self.w + o.w + gap
            && (self.y - o.y).abs() * 2.0 < self.h + o.h + gap
    }
}

/// Approximate width of a line of text at `size` px in a sans-serif font.
pub fn text_width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | '\'' | ' ' => 0.33,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_uppercase() => 0.68,
            _ => 0.55,
        })
        .sum::<f64>()
        * size
}

/// Actor box size for a label.
pub fn node_size(label: &str) -> (f64, f64) {
    let lines: Vec<&str> = label.lines().collect();
    let w = lines
        .iter()
        .map(|l| text_width(l, 12.0))
        .fold(0.0, f64::max)
        + 24.0;
    (w.max(48.0), 16.0 * lines.len().max(1) as f64 + 14.0)
}

/// Edge label box size.
pub fn label_size(label: &str) -> (f64, f64) {
    let lines: Vec<&str> = label.lines().collect();
    let w = lines
        .iter()
        .map(|l| text_width(l, 10.0))
        .fold(0.0, f64::max)
        + 8.0;
    (w, 13.0 * lines.len().max(1) as f64 + 4.0)
}

/// Where everything goes.
#[derive(Debug, Clone)]
pub struct Placement {
    /// One box per node of the diagram, in its order.
    pub nodes: Vec<Rect>,
    /// Per edge: the control point of its curve (the midpoint for a straight edge).
    pub controls: Vec<(f64, f64)>,
    /// Per edge: its label box (`None` when labels are not drawn).
    pub labels: Vec<Option<Rect>>,
}

/// Lays out a diagram.
pub fn layout(d: &Diagram) -> Placement {
    let n = d.nodes.len();
    let index: std::collections::HashMap<&str, usize> = d
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id.as_str(), i))
        .collect();
    let sizes: Vec<(f64, f64)> = d.nodes.iter().map(|node| node_size(&node.label)).collect();
    // one spring per pair of actors, however many edges join them
    let mut ends: Vec<(usize, usize)> = d
        .edges
        .iter()
        .filter_map(|e| {
            let (s, t) = (
                *index.get(e.source.as_str())?,
                *index.get(e.target.as_str())?,
            );
            Some((s.min(t), s.max(t)))
        })
        .filter(|(s, t)| s != t)
        .collect();
    ends.sort_unstable();
    ends.dedup();
    // ideal distance: room for the actors and a label between them
    let mean_w = sizes.iter().map(|s| s.0).sum::<f64>() / n.max(1) as f64;
    let mean_label =
        d.edges.iter().map(|e| label_size(&e.label).0).sum::<f64>() / d.edges.len().max(1) as f64;
    let k = if d.large {
        mean_w.max(60.0) * 1.2
    } else {
        mean_w.max(80.0) + mean_label.max(60.0) + 40.0
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        d.nodes[b]
            .weight
            .cmp(&d.nodes[a].weight)
            .then(d.nodes[a].id.cmp(&d.nodes[b].id))
    });
    let radius = k * (n as f64).sqrt().max(1.0) * 0.6;
    let mut pos = vec![(0.0f64, 0.0f64); n];
    for (rank, &i) in order.iter().enumerate() {
        // the heaviest actors start in the middle, the rest on a spiral
        let a = rank as f64 * 2.399_963; // golden angle
        let r = radius * ((rank as f64 + 0.5) / n.max(1) as f64).sqrt();
        pos[i] = (r * a.cos(), r * a.sin());
    }
    let iterations = if n <= 60 {
        500
    } else if n <= 300 {
        200
    } else {
        120
    };
    let mut temp = k * 2.0;
    let cool = (0.5f64 / temp).powf(1.0 / iterations as f64);
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for _ in 0..iterations {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let dist2 = (dx * dx + dy * dy).max(1.0);
                let f = k * k / dist2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(s, t) in &ends {
            if s == t {
                continue;
            }
            let (dx, dy) = (pos[s].0 - pos[t].0, pos[s].1 - pos[t].1);
            let dist = (dx * dx + dy * dy).sqrt().max(0.01);
            let f = dist / k;
            disp[s].0 -= dx * f;
            disp[s].1 -= dy * f;
            disp[t].0 += dx * f;
            disp[t].1 += dy * f;
        }
        for i in 0..n {
            // gravity keeps separate components together
            disp[i].0 -= pos[i].0 * 0.02;
            disp[i].1 -= pos[i].1 * 0.02;
            let len = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1)
                .sqrt()
                .max(0.01);
            let step = len.min(temp);
            pos[i].0 += disp[i].0 / len * step;
            pos[i].1 += disp[i].1 / len * step;
        }
        temp *= cool;
    }
    let mut nodes: Vec<Rect> = (0..n)
        .map(|i| Rect {
            x: pos[i].0,
            y: pos[i].1,
            w: sizes[i].0,
            h: sizes[i].1,
        })
        .collect();
    separate(&mut nodes, 24.0);
    let controls = curve_controls(d, &index, &nodes);
    let labels = place_labels(d, &index, &nodes, &controls);
    Placement {
        nodes,
        controls,
        labels,
    }
}

/// Pushes overlapping boxes apart along the axis where they overlap least.
fn separate(nodes: &mut [Rect], gap: f64) {
    for _ in 0..200 {
        let mut moved = false;
        for i in 0..nodes.len() {
            for j in i + 1..nodes.len() {
                let (a, b) = (nodes[i], nodes[j]);
                if !a.overlaps(&b, gap) {
                    continue;
                }
                moved = true;
                let ox = (a.w + b.w + gap) / 2.0 - (a.x - b.x).abs();
                let oy = (a.h + b.h + gap) / 2.0 - (a.y - b.y).abs();
                if ox < oy {
                    let s = if a.x < b.x || (a.x == b.x && i < j) {
                        -1.0
                    } else {
                        1.0
                    };
                    nodes[i].x += s * ox / 2.0 + s * 0.5;
                    nodes[j].x -= s * ox / 2.0 + s * 0.5;
                } else {
                    let s = if a.y < b.y || (a.y == b.y && i < j) {
                        -1.0
                    } else {
                        1.0
                    };
                    nodes[i].y += s * oy / 2.0 + s * 0.5;
                    nodes[j].y -= s * oy / 2.0 + s * 0.5;
                }
            }
        }
        if !moved {
            break;
        }
    }
}

/// Control points: straight edges use their midpoint; several edges between one pair bow apart.
fn curve_controls(
    d: &Diagram,
    index: &std::collections::HashMap<&str, usize>,
    nodes: &[Rect],
) -> Vec<(f64, f64)> {
    let mut pair_count: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
    let mut out = Vec::with_capacity(d.edges.len());
    let total: std::collections::HashMap<(usize, usize), usize> = {
        let mut m = std::collections::HashMap::new();
        for e in &d.edges {
            if let (Some(&s), Some(&t)) =
                (index.get(e.source.as_str()), index.get(e.target.as_str()))
            {
                *m.entry((s.min(t), s.max(t))).or_insert(0) += 1;
            }
        }
        m
    };
    for e in &d.edges {
        let (Some(&s), Some(&t)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
        else {
            out.push((0.0, 0.0));
            continue;
        };
        let key = (s.min(t), s.max(t));
        let seen = pair_count.entry(key).or_insert(0);
        let nth = *seen;
        *seen += 1;
        let (a, b) = (nodes[key.0], nodes[key.1]);
        let (mx, my) = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let many = total[&key];
        if many <= 1 {
            out.push((mx, my));
            continue;
        }
        // offsets -1, +1, -2, +2 ... (times 40 px) along the normal of a -> b
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (nx, ny) = (-dy / len, dx / len);
        let step = (nth / 2 + 1) as f64 * if nth.is_multiple_of(2) { -1.0 } else { 1.0 };
        // the curve's apex sits half way to the control point
        let off = step * (len * 0.12).clamp(16.0, 36.0);
        out.push((mx + nx * off * 2.0, my + ny * off * 2.0));
    }
    out
}

/// Label boxes at the curves' midpoints, moved along the normal until they collide with nothing.
fn place_labels(
    d: &Diagram,
    index: &std::collections::HashMap<&str, usize>,
    nodes: &[Rect],
    controls: &[(f64, f64)],
) -> Vec<Option<Rect>> {
    if d.large {
        return vec![None; d.edges.len()];
    }
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = Vec::with_capacity(d.edges.len());
    for (e, &(cx, cy)) in d.edges.iter().zip(controls) {
        let (Some(&s), Some(&t)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
        else {
            out.push(None);
            continue;
        };
        let (a, b) = (nodes[s], nodes[t]);
        // point of the quadratic curve at t = 0.5
        let (px, py) = (
            0.25 * a.x + 0.5 * cx + 0.25 * b.x,
            0.25 * a.y + 0.5 * cy + 0.25 * b.y,
        );
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (nx, ny) = (-dy / len, dx / len);
        let (tx, ty) = (dx / len, dy / len);
        let (w, h) = label_size(&e.label);
        let mut best = Rect { x: px, y: py, w, h };
        'search: for step in 0..60usize {
            let k = (step / 2) as f64 * if step.is_multiple_of(2) { 1.0 } else { -1.0 };
            for along in [0.0, 0.6, -0.6] {
                let shift = k * 9.0;
                let cand = Rect {
                    x: px + nx * shift + tx * along * len * 0.25,
                    y: py + ny * shift + ty * along * len * 0.25,
                    w,
                    h,
                };
                if !nodes.iter().any(|r| r.overlaps(&cand, 4.0))
                    && !placed.iter().any(|r| r.overlaps(&cand, 2.0))
                {
                    best = cand;
                    break 'search;
                }
            }
        }
        placed.push(best);
        out.push(Some(best));
    }
    out
}
