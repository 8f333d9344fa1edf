//! Drawing benchmarks (issue 3 targets):
//! - built-in SVG of a generated 500-actor / 2,000-relation graph: under 2 s;
//! - `relgraph render` of the whole IndoSum graph (load the graph file, draw with Graphviz, write):
//!   under 10 s. Needs `../shared/corpus/indosum/indosum-dev.jsonl` and Graphviz; skipped otherwise.
//!
//! Run: `cargo bench --bench render`

use criterion::{criterion_group, criterion_main, Criterion};
use relgraph::export::diagram::Diagram;
use relgraph::export::svg::{builtin_svg, find_graphviz, render, SvgOptions};
use relgraph::graph::{store, ActorGraph};
use relgraph::model::{
    Actor, ActorKind, ArticleMeta, Evidence, Extraction, Relation, RelationKind,
};
use std::path::PathBuf;
use std::time::Duration;

/// A deterministic random graph of `n` country actors and `m` relations.
fn synthetic(n: usize, m: usize) -> ActorGraph {
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

fn builtin(c: &mut Criterion) {
    let g = synthetic(500, 2000);
    let mut group = c.benchmark_group("render");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("builtin_svg_500_actors_2000_relations", |b| {
        b.iter(|| builtin_svg(&Diagram::new(&g)).len())
    });
    group.finish();
}

fn indosum(c: &mut Criterion) {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/indosum/indosum-dev.jsonl");
    if !corpus.exists() || find_graphviz().is_none() {
        eprintln!(
            "skipping render_indosum_graphviz: needs {} and Graphviz",
            corpus.display()
        );
        return;
    }
    let lex = relgraph::lexicon::Lexicon::builtin().unwrap();
    let mut g = ActorGraph::new();
    relgraph::pipeline::ingest_into(&mut g, &[corpus], &lex, &Default::default()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("indosum.json");
    store::save(&g, &file).unwrap();
    let out = dir.path().join("indosum.svg");
    let mut group = c.benchmark_group("render");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("render_indosum_graphviz", |b| {
        b.iter(|| {
            let g = store::load(&file).unwrap().unwrap();
            let r = render(&g, &SvgOptions::default()).unwrap();
            std::fs::write(&out, &r.svg).unwrap();
            r.svg.len()
        })
    });
    group.finish();
}

criterion_group!(benches, builtin, indosum);
criterion_main!(benches);
