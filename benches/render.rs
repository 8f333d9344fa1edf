//! Drawing benchmarks (issue 3 targets):
//! - built-in SVG of a generated 500-actor / 2,000-relation graph: under 2 s;
//! - `relgraph render` of the whole IndoSum graph (load the graph file, draw with Graphviz, write):
//!   under 10 s. Needs `../shared/corpus/indosum/indosum-dev.jsonl` and Graphviz; skipped otherwise.
//!
//! Run: `cargo bench --bench render`

mod common;

use common::synthetic;
use criterion::{criterion_group, criterion_main, Criterion};
use relgraph::export::diagram::Diagram;
use relgraph::export::svg::{builtin_svg, find_graphviz, render, SvgOptions};
use relgraph::graph::{store, ActorGraph};
use std::path::PathBuf;
use std::time::Duration;

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
