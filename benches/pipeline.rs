//! Scale benchmarks (issue 6): extraction per MB, graph merge, save and load.
//!
//! Input: the IndoSum file (`../shared/corpus/indosum/indosum-dev.jsonl`, 8.4 MB, 3,463 articles);
//! skipped when it is missing. Criterion reports throughput in bytes of input per second.
//!
//! Run: `cargo bench --bench pipeline`. End-to-end figures at 10 MB, 100 MB and 1 GB (with peak
//! memory and ripgrep for comparison) come from `scripts/scale_bench.sh`; see the README.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use relgraph::graph::{store, ActorGraph};
use relgraph::lexicon::Lexicon;
use relgraph::pipeline::{ingest_with, RunOptions};
use std::path::PathBuf;
use std::time::Duration;

fn corpus() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/indosum/indosum-dev.jsonl");
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: needs {}", p.display());
        None
    }
}

fn build(paths: &[PathBuf], lex: &Lexicon, jobs: usize) -> ActorGraph {
    let mut g = ActorGraph::new();
    let options = RunOptions {
        jobs,
        ..RunOptions::default()
    };
    ingest_with(&mut g, paths, lex, &options, &mut |_, _| {}).unwrap();
    g
}

fn extraction(c: &mut Criterion) {
    let Some(path) = corpus() else { return };
    let bytes = std::fs::metadata(&path).unwrap().len();
    let lex = Lexicon::builtin().unwrap();
    let mut group = c.benchmark_group("pipeline");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .throughput(Throughput::Bytes(bytes));
    for jobs in [1, 2] {
        group.bench_function(format!("extract_and_merge_indosum_j{jobs}"), |b| {
            b.iter(|| build(std::slice::from_ref(&path), &lex, jobs).article_count())
        });
    }
    group.finish();
}

fn merge_save_load(c: &mut Criterion) {
    let Some(path) = corpus() else { return };
    let lex = Lexicon::builtin().unwrap();
    // two halves of the corpus, as two map tasks would produce them
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let (a, b) = lines.split_at(lines.len() / 2);
    let (pa, pb) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    std::fs::write(&pa, a.join("\n")).unwrap();
    std::fs::write(&pb, b.join("\n")).unwrap();
    let (ga, gb) = (build(&[pa], &lex, 0), build(&[pb], &lex, 0));
    let whole = build(&[path], &lex, 0);
    let file = dir.path().join("graph.json");
    store::save(&whole, &file).unwrap();
    let size = std::fs::metadata(&file).unwrap().len();

    let mut group = c.benchmark_group("pipeline");
    group.sample_size(20);
    group.bench_function("merge_two_halves_of_indosum", |b| {
        b.iter(|| {
            let mut g = ga.clone();
            g.merge(gb.clone());
            g.article_count()
        })
    });
    group.throughput(Throughput::Bytes(size));
    group.bench_function("save_indosum_graph", |b| {
        b.iter(|| store::save(&whole, &file).unwrap())
    });
    group.bench_function("load_indosum_graph", |b| {
        b.iter(|| store::load(&file).unwrap().unwrap().article_count())
    });
    group.finish();
}

criterion_group!(benches, extraction, merge_save_load);
criterion_main!(benches);
