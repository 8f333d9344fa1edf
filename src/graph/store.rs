//! Reading and writing graph files.
//!
//! A graph is written to a temporary file in the same folder, flushed to disk, and renamed over the
//! old one, so a crash or an error leaves either the old graph or the new one, never half of either.
//! A file that cannot be read as a graph is reported and never overwritten. Writers hold a lock
//! ([`lock`]) so that concurrent commands on one graph never lose an update.

use super::{ActorGraph, GraphDocument};
use crate::error::{Error, Result};
use std::io::{BufWriter, Write};
use std::path::Path;

/// The error for a graph file that does not exist where a command needs one.
pub fn missing(path: &Path) -> Error {
    Error::Graph {
        path: path.to_path_buf(),
        message: "no such file (run `relgraph build PATH...` first)".into(),
    }
}

/// The bytes of the graph file at `path`, read at once (parsing from memory is several times faster
/// than through a buffered reader); `Ok(None)` when there is no file.
fn read_graph_file(path: &Path) -> Result<Option<Vec<u8>>> {
    if path.is_dir() {
        return Err(Error::Graph {
            path: path.to_path_buf(),
            message: "is a folder".into(),
        });
    }
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::read(path, e)),
    }
}

/// The error for a file that does not parse as a graph document.
fn parse_error(path: &Path, e: serde_json::Error) -> Error {
    Error::Graph {
        path: path.to_path_buf(),
        message: if e.is_eof() {
            format!("truncated at line {}", e.line())
        } else {
            format!("line {}, column {}: {e}", e.line(), e.column())
        },
    }
}

/// Loads the graph at `path`; `Ok(None)` when there is no file.
pub fn load(path: &Path) -> Result<Option<ActorGraph>> {
    let Some(bytes) = read_graph_file(path)? else {
        return Ok(None);
    };
    let doc: GraphDocument = serde_json::from_slice(&bytes).map_err(|e| parse_error(path, e))?;
    drop(bytes);
    ActorGraph::from_document(doc, path).map(Some)
}

/// Gives a new temporary file the permissions of an ordinary file (temporary files start private).
fn readable(file: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Writes a file atomically: `write` fills a temporary file in the same folder (created if needed),
/// which is flushed to disk and renamed over `path`, so readers see the old file or the new one.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let write_err = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(write_err)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".relgraph-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(write_err)?;
    readable(tmp.as_file()).map_err(write_err)?;
    {
        let mut w = BufWriter::new(tmp.as_file_mut());
        write(&mut w).map_err(write_err)?;
        w.flush().map_err(write_err)?;
    }
    tmp.as_file().sync_all().map_err(write_err)?;
    tmp.persist(path).map_err(|e| write_err(e.error))?;
    // the rename itself is durable only once the folder is flushed
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(write_err)?;
    Ok(())
}

/// An exclusive lock on a graph file, held until dropped: a lock file beside it (`graph.json.lock`),
/// locked with the operating system's advisory file lock, so it is released when the process ends,
/// however it ends. Every command that writes a graph holds it from reading to renaming, so two
/// `relgraph add` on one graph run one after the other and neither update is lost.
#[derive(Debug)]
pub struct GraphLock {
    _file: std::fs::File,
}

/// The lock file of the graph at `path`.
pub fn lock_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// Takes the lock of the graph at `path`, calling `waiting` first if another process holds it.
pub fn lock(path: &Path, waiting: impl FnOnce(&Path)) -> Result<GraphLock> {
    let lp = lock_path(path);
    let err = |source: std::io::Error| Error::Write {
        path: lp.clone(),
        source,
    };
    if let Some(dir) = lp.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lp)
        .map_err(err)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            waiting(&lp);
            file.lock().map_err(err)?;
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(err(e)),
    }
    Ok(GraphLock { _file: file })
}

/// Checks that the file at `path`, if any, is a relgraph graph this version can replace: a file
/// that is not a graph (or is truncated, corrupted, or comes from a newer relgraph) is never
/// overwritten.
pub fn check_replaceable(path: &Path) -> Result<()> {
    let refuse = |why: &str| Error::Graph {
        path: path.to_path_buf(),
        message: format!("{why}; not overwritten (remove it, or write elsewhere with -g FILE)"),
    };
    if path.is_dir() {
        return Err(refuse("is a folder"));
    }
    let Some(bytes) = read_graph_file(path)? else {
        return Ok(());
    };
    if bytes.is_empty() {
        return Ok(()); // an empty file holds nothing to lose
    }
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(128)])
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let prefix = format!("{{\"format\":\"{}\",\"version\":", super::FORMAT);
    let Some(rest) = head.strip_prefix(&prefix) else {
        return Err(refuse("is not a relgraph graph file"));
    };
    let version: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if version.parse::<u32>().map_or(true, |v| v > super::VERSION) {
        return Err(refuse(&format!(
            "was written by a newer relgraph (format version {version})"
        )));
    }
    if !bytes.trim_ascii_end().ends_with(b"}") {
        return Err(refuse("is truncated"));
    }
    // the whole file must be JSON (a syntax check only, several times faster than loading)
    if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(&bytes) {
        return Err(refuse(&format!(
            "is corrupted (line {}, column {}: {e})",
            e.line(),
            e.column()
        )));
    }
    Ok(())
}

/// Writes `graph` to `path` atomically.
pub fn save(graph: &ActorGraph, path: &Path) -> Result<()> {
    write_atomic(path, |w| {
        serde_json::to_writer(&mut *w, &graph.to_document())?;
        w.write_all(b"\n")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_is_no_graph_and_bad_files_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        assert!(load(&p).unwrap().is_none());
        std::fs::write(&p, "{\"format\":\"relgraph\",\"version\":1,\"actors\":[").unwrap();
        let e = load(&p).unwrap_err().to_string();
        assert!(e.contains("truncated"), "{e}");
        std::fs::write(&p, "[1,2]").unwrap();
        assert!(load(&p).is_err());
    }

    #[test]
    fn a_query_load_has_counts_and_evidence_on_demand() {
        use crate::graph::fixtures::{country, evidence, graph_of};
        use crate::model::{Relation, RelationKind};
        let ev = |s: usize| evidence("a", s, &format!("sentence \"{s}\""));
        let mut r = Relation::new("USA", "IRN", RelationKind::Sanction, ev(1));
        r.evidence.push(ev(2));
        r.count = 2;
        let g = graph_of("a", vec![country("USA"), country("IRN")], vec![r]);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        save(&g, &p).unwrap();
        let q = load_for_query(&p).unwrap();
        let rel = q.graph.relations()[0].clone();
        assert_eq!((rel.count, rel.evidence.len()), (2, 0));
        let evidence = q.evidence("USA", "IRN", RelationKind::Sanction);
        assert_eq!(evidence.len(), 2);
        assert_eq!(evidence[1].text, "sentence \"2\"");
        assert!(q.evidence("IRN", "USA", RelationKind::Sanction).is_empty());
        assert!(load_for_query(&dir.path().join("none.json")).is_err());
    }

    #[test]
    fn save_then_load_gives_the_same_graph() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub").join("g.json");
        let g = ActorGraph::new();
        save(&g, &p).unwrap();
        let back = load(&p).unwrap().unwrap();
        assert_eq!(back.to_document(), g.to_document());
        let leftovers: Vec<_> = std::fs::read_dir(p.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }
}

/// A graph loaded for reading only: its relations carry their counts but no evidence, which stays
/// in the file's bytes and is parsed only for the relations an answer shows. On a large graph this
/// loads several times faster and in a fraction of the memory. It cannot be saved.
#[derive(Debug)]
pub struct QueryGraph {
    /// The graph (every relation's `evidence` is empty; `count` is the file's).
    pub graph: ActorGraph,
    bytes: Vec<u8>,
    /// Byte range of each relation's evidence array, by edge number.
    evidence: Vec<(usize, usize)>,
}

impl QueryGraph {
    /// The evidence of the relation `source kind target`, parsed from the file.
    pub fn evidence(
        &self,
        source: &str,
        target: &str,
        kind: crate::model::RelationKind,
    ) -> Vec<crate::model::Evidence> {
        let (Some(s), Some(t)) = (self.graph.node(source), self.graph.node(target)) else {
            return Vec::new();
        };
        let pg = self.graph.petgraph();
        let Some(e) = pg.edges_connecting(s, t).find(|e| e.weight().kind == kind) else {
            return Vec::new();
        };
        let (a, b) = self.evidence[petgraph::visit::EdgeRef::id(&e).index()];
        serde_json::from_slice(&self.bytes[a..b]).unwrap_or_default()
    }
}

/// Loads the graph at `path` for reading only (see [`QueryGraph`]); a missing file is an error.
pub fn load_for_query(path: &Path) -> Result<QueryGraph> {
    use serde::Deserialize;
    use serde_json::value::RawValue;

    #[derive(Deserialize)]
    struct LightRelation<'a> {
        source: String,
        target: String,
        kind: crate::model::RelationKind,
        count: usize,
        planned: bool,
        #[serde(borrow)]
        evidence: &'a RawValue,
    }
    #[derive(Deserialize)]
    struct LightDocument<'a> {
        format: String,
        version: u32,
        actors: Vec<crate::model::Actor>,
        #[serde(borrow)]
        relations: Vec<LightRelation<'a>>,
        articles: Vec<crate::model::ArticleMeta>,
    }

    let bytes = read_graph_file(path)?.ok_or_else(|| missing(path))?;
    let (graph, evidence) = {
        let doc: LightDocument =
            serde_json::from_slice(&bytes).map_err(|e| parse_error(path, e))?;
        let base = bytes.as_ptr() as usize;
        let evidence: Vec<(usize, usize)> = doc
            .relations
            .iter()
            .map(|r| {
                let start = r.evidence.get().as_ptr() as usize - base;
                (start, start + r.evidence.get().len())
            })
            .collect();
        let relations = doc.relations.into_iter().map(|r| crate::model::Relation {
            source: r.source,
            target: r.target,
            kind: r.kind,
            count: r.count,
            planned: r.planned,
            evidence: Vec::new(),
        });
        let graph = ActorGraph::from_parts(
            &doc.format,
            doc.version,
            doc.actors,
            relations,
            doc.articles,
            path,
        )?;
        (graph, evidence)
    };
    Ok(QueryGraph {
        graph,
        bytes,
        evidence,
    })
}
