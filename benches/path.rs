//! Query benchmark (issue 4 target): on a generated graph of 100,000 actors and 1,000,000
//! relations, loading the graph file and answering one `path` query must together be at least ten
//! times faster than Python networkx loading the same JSON and running `shortest_path`.
//!
//! Run: `cargo bench --bench path`. The networkx baseline runs once at the end when python3 has
//! networkx (`python3 benches/networkx_path.py GRAPH FROM TO` does the same by hand), and the ratio
//! is printed.

mod common;

use common::synthetic;
use criterion::{criterion_group, criterion_main, Criterion};
use relgraph::graph::store;
use relgraph::query::paths::{find_paths, PathOptions};
use std::time::{Duration, Instant};

// the binary's allocator, so that the benchmark measures what `relgraph path` does
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FROM: &str = "C0001";
const TO: &str = "C54321";

fn load_and_path(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.json");
    {
        let g = synthetic(100_000, 1_000_000);
        store::save(&g, &file).unwrap();
    }
    // load and answer; the graph is returned so that freeing it stays outside the timing, as in
    // the command, which ends without freeing it
    let run = || {
        let q = store::load_for_query(&file).unwrap();
        let a = find_paths(&q.graph, FROM, TO, &PathOptions::default());
        (a.paths.len(), q)
    };
    assert_eq!(run().0, 1, "the generated graph connects the two actors");
    let mut group = c.benchmark_group("path");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("load_and_path_100k_actors_1m_relations", |b| {
        b.iter_with_large_drop(run)
    });
    group.finish();

    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let out = run();
            let s = t.elapsed().as_secs_f64();
            drop(out);
            s
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let ours = times[times.len() / 2];
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/networkx_path.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(&file)
        .arg(FROM)
        .arg(TO)
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let text = String::from_utf8_lossy(&o.stdout);
            let total: f64 = text
                .split("total ")
                .nth(1)
                .and_then(|s| s.split(' ').next())
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::NAN);
            println!("relgraph load + path: {ours:.2} s (median of 5); {}", text.trim());
            println!("ratio: relgraph is {:.1} times faster (target: 10)", total / ours);
        }
        _ => println!("relgraph load + path: {ours:.2} s (median of 5); networkx baseline not run (python3 with networkx needed)"),
    }
}

criterion_group!(benches, load_and_path);
criterion_main!(benches);
