//! The pipeline: ingest articles, extract their facts, merge them into the graph.
//!
//! This is the one place where the stages meet, so that extraction and the graph never import each
//! other: extraction returns [`Extraction`](crate::model::Extraction) values and this module hands
//! them to [`ActorGraph::add`].

use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::graph::ActorGraph;
use crate::ingest::{self, IngestOptions, Record};
use crate::lexicon::Lexicon;
use crate::model::{Extraction, RelationKind};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

/// What a `build` or `add` did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Articles read from the inputs.
    pub read: usize,
    /// Articles added to the graph.
    pub added: usize,
    /// Articles skipped because the graph already had them.
    pub already_present: usize,
    /// Actors in the graph afterwards.
    pub actors: usize,
    /// Relations by kind in the graph afterwards.
    pub relations: BTreeMap<RelationKind, usize>,
    /// Warnings about the inputs.
    pub warnings: Vec<String>,
}

/// How the pipeline runs.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// How articles are read.
    pub ingest: IngestOptions,
    /// Worker threads for extraction; 0 means one per core.
    pub jobs: usize,
}

/// Articles prepared and extracted in parallel per batch; results are handed on in input order.
const BATCH: usize = 256;

/// What became of one input record.
enum Outcome {
    /// Its facts, extracted here or read from an `extract` stream.
    Facts(Extraction),
    /// An article the caller already has (by id).
    Skipped,
}

/// Prepares and extracts one batch on the current pool, results in input order, each with the
/// warnings about its article.
fn extract_batch(
    mut batch: Vec<Record>,
    extractor: &Extractor<'_>,
    options: &RunOptions,
    skip: &(dyn Fn(&str) -> bool + Sync),
) -> Vec<(Outcome, Vec<String>)> {
    batch
        .par_drain(..)
        .map(|r| match r {
            Record::Article(raw) => {
                let (article, w) = raw.prepare(extractor.lexicon(), &options.ingest);
                if skip(&article.meta.id) {
                    (Outcome::Skipped, w)
                } else {
                    (Outcome::Facts(extractor.extract(&article)), w)
                }
            }
            Record::Extraction(x) => (Outcome::Facts(*x), Vec::new()),
        })
        .collect()
}

/// Reads every record under `paths`, prepares and extracts the articles on `jobs` threads, and
/// hands each result to `sink` in input order, so the output does not depend on the number of
/// threads. `skip` says which article ids need no extraction. `progress` is told the input bytes
/// done after each batch.
fn process(
    paths: &[PathBuf],
    lexicon: &Lexicon,
    options: &RunOptions,
    skip: &(dyn Fn(&str) -> bool + Sync),
    progress: &mut dyn FnMut(u64, usize),
    sink: &mut dyn FnMut(Outcome) -> Result<()>,
) -> Result<Vec<String>> {
    ingest::check_options(lexicon, &options.ingest)?;
    let extractor = Extractor::new(lexicon);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs)
        .build()
        .map_err(|e| Error::Usage(format!("--jobs {}: {e}", options.jobs)))?;
    // One thread reads and parses the inputs into batches while the pool extracts the previous
    // batch; results are merged here in input order.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Record>>(2);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut batch: Vec<Record> = Vec::with_capacity(BATCH);
            let warnings = ingest::read_records(paths, |r| {
                batch.push(r);
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    // the receiver is gone only when the merge failed; that error is reported
                    tx.send(full).map_err(|_| Error::Usage("stopped".into()))?;
                }
                Ok(())
            })?;
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
            Ok::<_, Error>(warnings)
        });
        let mut notes: Vec<String> = Vec::new();
        let merged = (|| -> Result<()> {
            for batch in rx.iter() {
                let bytes: u64 = batch
                    .iter()
                    .map(|r| match r {
                        Record::Article(a) => a.size() as u64,
                        Record::Extraction(_) => 0,
                    })
                    .sum();
                let n = batch.len();
                let done = pool.install(|| extract_batch(batch, &extractor, options, skip));
                for (outcome, w) in done {
                    notes.extend(w);
                    sink(outcome)?;
                }
                progress(bytes, n);
            }
            Ok(())
        })();
        // on a merge error the receiver is dropped first, so the reader stops at its next send
        drop(rx);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(Error::Usage("the reader thread failed".into())));
        merged?;
        let mut warnings = read?;
        warnings.extend(notes);
        Ok(warnings)
    })
}

/// Reads, extracts and merges every article under `paths` into `graph`, on all cores.
pub fn ingest_into(
    graph: &mut ActorGraph,
    paths: &[PathBuf],
    lexicon: &Lexicon,
    options: &IngestOptions,
) -> Result<Summary> {
    let options = RunOptions {
        ingest: options.clone(),
        jobs: 0,
    };
    ingest_with(graph, paths, lexicon, &options, &mut |_, _| {})
}

/// [`ingest_into`] with the number of threads and a progress callback (input bytes and records
/// done since the last call).
pub fn ingest_with(
    graph: &mut ActorGraph,
    paths: &[PathBuf],
    lexicon: &Lexicon,
    options: &RunOptions,
    progress: &mut dyn FnMut(u64, usize),
) -> Result<Summary> {
    let mut summary = Summary::default();
    // The graph is read by the workers (which articles it has) and written between batches, so
    // the known ids are copied out for the workers and kept up to date here.
    let known: std::sync::RwLock<rustc_hash::FxHashSet<String>> =
        std::sync::RwLock::new(graph.articles().map(|a| a.id.clone()).collect());
    let skip = |id: &str| known.read().map(|k| k.contains(id)).unwrap_or(false);
    let warnings = process(paths, lexicon, options, &skip, progress, &mut |outcome| {
        summary.read += 1;
        match outcome {
            Outcome::Facts(x) => {
                let id = x.article.id.clone();
                if graph.add(x) {
                    summary.added += 1;
                    if let Ok(mut k) = known.write() {
                        k.insert(id);
                    }
                } else {
                    summary.already_present += 1;
                }
            }
            Outcome::Skipped => summary.already_present += 1,
        }
        Ok(())
    })?;
    graph.sort_evidence();
    summary.warnings = warnings;
    summary.actors = graph.actors().len();
    summary.relations = graph.relations_by_kind();
    Ok(summary)
}

/// Extracts every article under `paths` on `options.jobs` threads and hands each article's facts to
/// `sink`, in input order (`relgraph extract`).
pub fn extract_each(
    paths: &[PathBuf],
    lexicon: &Lexicon,
    options: &RunOptions,
    progress: &mut dyn FnMut(u64, usize),
    sink: &mut dyn FnMut(Extraction) -> Result<()>,
) -> Result<Vec<String>> {
    process(
        paths,
        lexicon,
        options,
        &|_| false,
        progress,
        &mut |outcome| match outcome {
            Outcome::Facts(x) => sink(x),
            Outcome::Skipped => Ok(()),
        },
    )
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "articles read {}, added {}", self.read, self.added)?;
        if self.already_present > 0 {
            write!(f, ", already in the graph {}", self.already_present)?;
        }
        let total: usize = self.relations.values().sum();
        writeln!(f, "; actors {}; relations {total}", self.actors)?;
        if total > 0 {
            let parts: Vec<String> = self
                .relations
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            writeln!(f, "  {}", parts.join(", "))?;
        }
        if !self.warnings.is_empty() {
            writeln!(f, "warnings {}", self.warnings.len())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{json::JsonExporter, Exporter};
    use crate::graph::GraphDocument;
    use proptest::prelude::*;

    const COUNTRIES: [&str; 8] = [
        "Iran",
        "Venezuela",
        "Cuba",
        "the United States",
        "Japan",
        "the Philippines",
        "Malaysia",
        "Chile",
    ];
    const TEMPLATES: [&str; 6] = [
        "{a} condemned {b}.",
        "{a} and {b} signed an agreement on energy.",
        "{a} imposed sanctions on {b}.",
        "The president of {a} visited {b} on Monday.",
        "{a} will hold talks with {b} next week.",
        "{a} criticised the weather.",
    ];

    /// Articles as JSON Lines, each a few sentences made from the templates.
    fn corpus() -> impl Strategy<Value = Vec<String>> {
        let sentence =
            (0..TEMPLATES.len(), 0..COUNTRIES.len(), 0..COUNTRIES.len()).prop_map(|(t, a, b)| {
                TEMPLATES[t]
                    .replace("{a}", COUNTRIES[a])
                    .replace("{b}", COUNTRIES[b])
            });
        let article = (prop::collection::vec(sentence, 1..4), 1u32..28).prop_map(|(s, day)| {
            serde_json::json!({"date": format!("2023-06-{day:02}"), "text": s.join(" ")})
                .to_string()
        });
        prop::collection::vec(article, 1..6)
    }

    fn ingest(paths: &[&std::path::Path], graph: &mut ActorGraph, jobs: usize) {
        let lex = Lexicon::builtin().unwrap();
        let options = RunOptions {
            ingest: IngestOptions {
                lang: Some("en".into()),
            },
            jobs,
        };
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
        ingest_with(graph, &paths, &lex, &options, &mut |_, _| {}).unwrap();
    }

    /// Writes generated articles as a JSON Lines file `NAME.jsonl` in `dir`.
    fn corpus_file(dir: &tempfile::TempDir, name: &str, articles: &[String]) -> PathBuf {
        let path = dir.path().join(format!("{name}.jsonl"));
        std::fs::write(&path, articles.join("\n")).unwrap();
        path
    }

    fn json(graph: &ActorGraph) -> String {
        let mut out = Vec::new();
        JsonExporter.write(graph, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// `add A; add B` equals `add B; add A` equals `build A B`, for any thread count.
        #[test]
        fn adding_is_commutative_and_equals_building(a in corpus(), b in corpus()) {
            let dir = tempfile::tempdir().unwrap();
            let (pa, pb) = (corpus_file(&dir, "a", &a), corpus_file(&dir, "b", &b));
            let mut ab = ActorGraph::new();
            ingest(&[&pa], &mut ab, 1);
            ingest(&[&pb], &mut ab, 1);
            let mut ba = ActorGraph::new();
            ingest(&[&pb], &mut ba, 2);
            ingest(&[&pa], &mut ba, 2);
            let mut both = ActorGraph::new();
            ingest(&[&pa, &pb], &mut both, 0);
            prop_assert_eq!(ab.to_document(), ba.to_document());
            prop_assert_eq!(ab.to_document(), both.to_document());
        }

        /// Adding the same articles again changes nothing.
        #[test]
        fn adding_twice_changes_nothing(a in corpus()) {
            let dir = tempfile::tempdir().unwrap();
            let pa = corpus_file(&dir, "a", &a);
            let mut g = ActorGraph::new();
            ingest(&[&pa], &mut g, 0);
            let once = g.to_document();
            ingest(&[&pa], &mut g, 0);
            prop_assert_eq!(g.to_document(), once);
        }

        /// Export, import, export gives the same text.
        #[test]
        fn export_import_export_is_the_identity(a in corpus()) {
            let dir = tempfile::tempdir().unwrap();
            let pa = corpus_file(&dir, "a", &a);
            let mut g = ActorGraph::new();
            ingest(&[&pa], &mut g, 0);
            let first = json(&g);
            let doc: GraphDocument = serde_json::from_str(&first).unwrap();
            let back = ActorGraph::from_document(doc, std::path::Path::new("x.json")).unwrap();
            prop_assert_eq!(json(&back), first);
        }
    }
}
