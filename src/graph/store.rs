//! Reading and writing graph files.
//!
//! A graph is written to a temporary file in the same folder, flushed to disk, and renamed over the
//! old one, so a crash or an error leaves either the old graph or the new one, never half of either.
//! A file that cannot be read as a graph is reported and never overwritten by `add`.

use super::{ActorGraph, GraphDocument};
use crate::error::{Error, Result};
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;

/// Loads the graph at `path`; `Ok(None)` when there is no file.
pub fn load(path: &Path) -> Result<Option<ActorGraph>> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::read(path, e)),
    };
    if path.is_dir() {
        return Err(Error::Graph {
            path: path.to_path_buf(),
            message: "is a folder".into(),
        });
    }
    let doc: GraphDocument =
        serde_json::from_reader(BufReader::new(file)).map_err(|e| Error::Graph {
            path: path.to_path_buf(),
            message: if e.is_eof() {
                format!("truncated at line {}", e.line())
            } else {
                format!("line {}, column {}: {e}", e.line(), e.column())
            },
        })?;
    ActorGraph::from_document(doc, path).map(Some)
}

/// Gives a new temporary file the permissions of an ordinary file (temporary files start private).
pub fn readable(file: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Writes `graph` to `path` atomically, creating the parent folder if needed.
pub fn save(graph: &ActorGraph, path: &Path) -> Result<()> {
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
        serde_json::to_writer(&mut w, &graph.to_document()).map_err(|e| write_err(e.into()))?;
        w.write_all(b"\n").map_err(write_err)?;
        w.flush().map_err(write_err)?;
    }
    tmp.as_file().sync_all().map_err(write_err)?;
    tmp.persist(path).map_err(|e| write_err(e.error))?;
    Ok(())
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
