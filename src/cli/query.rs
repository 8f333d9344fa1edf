//! The query commands: each resolves its actor names, asks the [`query`](crate::query) module, and
//! prints a table for people or, with `--json`, the answer's JSON document.

use super::{load_graph, GraphArg};
use crate::error::{Error, Result};
use crate::graph::store::{load_for_query, QueryGraph};
use crate::graph::ActorGraph;
use crate::model::{ActorKind, RelationKind};
use crate::query::answers::{self, Direction, RelationFilter};
use crate::query::paths::{find_paths, PathOptions};
use crate::query::rank::{rank, Measure};
use crate::query::resolve_actor;
use clap::Args;
use serde::Serialize;
use std::io::Write;

/// Options of every query.
#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    /// The graph file.
    pub graph: GraphArg,
    /// Print the answer as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `relgraph path`.
#[derive(Debug, Args)]
pub struct PathArgs {
    /// Start actor (id, name or alias).
    pub from: String,
    /// End actor.
    pub to: String,
    /// Follow relations only in their direction.
    #[arg(long)]
    pub directed: bool,
    /// Walk only relations of this kind (repeatable).
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<RelationKind>,
    /// Longest path in hops (default: any for the shortest path, 4 with --all).
    #[arg(long, value_name = "N")]
    pub max_hops: Option<usize>,
    /// List all simple paths up to --max-hops, shortest first.
    #[arg(long)]
    pub all: bool,
    /// With --all: at most N paths.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    /// Prefer well-attested relations (each hop costs 1/count).
    #[arg(long)]
    pub weighted: bool,
    #[command(flatten)]
    /// Graph and output.
    pub query: QueryArgs,
}

/// `relgraph neighbors`.
#[derive(Debug, Args)]
pub struct NeighborsArgs {
    /// The actor (id, name or alias).
    pub actor: String,
    /// Only relations of this kind (repeatable).
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<RelationKind>,
    /// Relations the actor makes (out), receives (in), or both.
    #[arg(long, value_enum, default_value = "both")]
    pub direction: Direction,
    #[command(flatten)]
    /// Graph and output.
    pub query: QueryArgs,
}

/// `relgraph relations`.
#[derive(Debug, Args)]
pub struct RelationsArgs {
    /// Only this kind (repeatable): `--kind sanction` answers "who sanctions whom".
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<RelationKind>,
    /// Only relations from this actor.
    #[arg(long, value_name = "ACTOR")]
    pub source: Option<String>,
    /// Only relations to this actor.
    #[arg(long, value_name = "ACTOR")]
    pub target: Option<String>,
    /// Only evidence dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only evidence dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    #[command(flatten)]
    /// Graph and output.
    pub query: QueryArgs,
}

/// `relgraph explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// One actor.
    pub a: String,
    /// The other.
    pub b: String,
    #[command(flatten)]
    /// Graph and output.
    pub query: QueryArgs,
}

/// `relgraph actors`.
#[derive(Debug, Args)]
pub struct ActorsArgs {
    /// Only actors of this kind.
    #[arg(long, value_parser = ["country", "person", "organization"])]
    pub kind: Option<String>,
    #[command(flatten)]
    /// Graph and output.
    pub query: QueryArgs,
}

/// `relgraph rank`.
#[derive(Debug, Args)]
pub struct RankArgs {
    /// Centrality measure.
    #[arg(long, value_enum, default_value = "degree")]
    pub by: Measure,
    /// Count only relations of this kind (repeatable).
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<RelationKind>,
    /// How many actors to list.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub top: usize,
    #[command(flatten)]
    /// Graph and output.
    pub query: QueryArgs,
}

fn print_json<T: Serialize>(value: &T) -> Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)
        .map_err(std::io::Error::from)
        .and_then(|_| writeln!(out))
        .map_err(|e| Error::Write {
            path: "<stdout>".into(),
            source: e,
        })
}

fn print(text: &str) -> Result<()> {
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| Error::Write {
            path: "<stdout>".into(),
            source: e,
        })
}

/// Columns padded to their widest cell.
fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(headers.to_vec());
    for r in rows {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
    }
    out
}

/// Ends a read-only command without freeing a graph that may hold millions of strings: the
/// process exits right after, and the operating system takes the memory back at once.
fn done(q: QueryGraph) {
    std::mem::forget(q);
}

fn name(graph: &ActorGraph, id: &str) -> String {
    match graph.actor(id) {
        Some(a) if a.name != a.id => format!("{} ({})", a.name, a.id),
        _ => id.to_string(),
    }
}

fn quote_sentence(text: &str) -> String {
    let t: String = text.chars().take(220).collect();
    if text.chars().count() > 220 {
        format!("\"{t}…\"")
    } else {
        format!("\"{t}\"")
    }
}

/// `relgraph path`.
pub fn path(args: &PathArgs) -> Result<()> {
    let q = load_for_query(&args.query.graph.graph)?;
    let result = path_in(&q, args);
    done(q);
    result
}

fn path_in(q: &QueryGraph, args: &PathArgs) -> Result<()> {
    let graph = &q.graph;
    let from = resolve_actor(graph, &args.from)?;
    let to = resolve_actor(graph, &args.to)?;
    let options = PathOptions {
        directed: args.directed,
        kinds: args.kinds.clone(),
        max_hops: args.max_hops,
        all: args.all,
        limit: args.limit,
        weighted: args.weighted,
    };
    let mut answer = find_paths(graph, &from, &to, &options);
    for p in &mut answer.paths {
        for h in &mut p.hops {
            let (s, t) = if h.direction == "backward" {
                (&h.target, &h.source)
            } else {
                (&h.source, &h.target)
            };
            let mut ev = q.evidence(s, t, h.kind);
            if ev.is_empty() {
                ev = q.evidence(t, s, h.kind);
            }
            h.evidence = ev.into_iter().next();
        }
    }
    if args.query.json {
        print_json(&answer)?;
    } else if !answer.paths.is_empty() {
        let mut s = String::new();
        for (i, p) in answer.paths.iter().enumerate() {
            let heading = if answer.paths.len() > 1 {
                format!("path {}: ", i + 1)
            } else {
                String::new()
            };
            s.push_str(&format!(
                "{heading}{} to {}: {} hop{}\n",
                name(graph, &from),
                name(graph, &to),
                p.length,
                if p.length == 1 { "" } else { "s" }
            ));
            for h in &p.hops {
                let arrow = match h.direction {
                    "forward" => format!("-[{}]->", h.kind),
                    "backward" => format!("<-[{}]-", h.kind),
                    _ => format!("-[{}]-", h.kind),
                };
                s.push_str(&format!(
                    "  {} {arrow} {}  (x{})\n",
                    name(graph, &h.source),
                    name(graph, &h.target),
                    h.count
                ));
                if let Some(e) = &h.evidence {
                    s.push_str(&format!(
                        "      {} [article {}, sentence {}]\n",
                        quote_sentence(&e.text),
                        e.article,
                        e.sentence
                    ));
                }
            }
        }
        print(&s)?;
    }
    if answer.paths.is_empty() {
        let within = args
            .max_hops
            .map(|n| format!(" within {n} hops"))
            .unwrap_or_default();
        let kinds = if args.kinds.is_empty() {
            String::new()
        } else {
            format!(
                " over {}",
                args.kinds
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        return Err(Error::NoAnswer(format!(
            "no path from {} to {}{within}{kinds}{}",
            name(graph, &from),
            name(graph, &to),
            if args.directed {
                " following relation directions"
            } else {
                ""
            }
        )));
    }
    Ok(())
}

/// `relgraph neighbors`.
pub fn neighbors(args: &NeighborsArgs) -> Result<()> {
    let q = load_for_query(&args.query.graph.graph)?;
    let result = neighbors_in(&q.graph, args);
    done(q);
    result
}

fn neighbors_in(graph: &ActorGraph, args: &NeighborsArgs) -> Result<()> {
    let actor = resolve_actor(graph, &args.actor)?;
    let list = answers::neighbours(graph, &actor, &args.kinds, args.direction);
    if args.query.json {
        return print_json(&serde_json::json!({"actor": actor, "neighbors": list}));
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|n| {
            let rels: Vec<String> = n
                .relations
                .iter()
                .map(|r| {
                    let arrow = match r.direction {
                        "out" => "->",
                        "in" => "<-",
                        _ => "--",
                    };
                    format!("{arrow} {} x{}", r.kind, r.count)
                })
                .collect();
            vec![name(graph, &n.id), rels.join(", ")]
        })
        .collect();
    print(&format!(
        "neighbours of {}: {}\n{}",
        name(graph, &actor),
        list.len(),
        table(
            &["neighbour", "relations (-> made, <- received, -- mutual)"],
            &rows
        )
    ))
}

/// `relgraph relations`.
pub fn relations(args: &RelationsArgs) -> Result<()> {
    let graph = &load_graph(&args.query.graph.graph)?;
    for d in [&args.since, &args.until].into_iter().flatten() {
        if crate::ingest::normalize_date(d).as_deref() != Some(d.as_str()) {
            return Err(Error::Usage(format!("`{d}` is not a date (YYYY-MM-DD)")));
        }
    }
    let filter = RelationFilter {
        kinds: args.kinds.clone(),
        source: args
            .source
            .as_deref()
            .map(|s| resolve_actor(graph, s))
            .transpose()?,
        target: args
            .target
            .as_deref()
            .map(|s| resolve_actor(graph, s))
            .transpose()?,
        since: args.since.clone(),
        until: args.until.clone(),
    };
    let rows = answers::relations(graph, &filter);
    if args.query.json {
        return print_json(&serde_json::json!({"relations": rows}));
    }
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let dates = match (&r.first, &r.last) {
                (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
                (Some(a), _) => a.clone(),
                _ => "undated".into(),
            };
            let kind = if r.planned {
                format!("{} (planned)", r.kind)
            } else {
                r.kind.to_string()
            };
            vec![
                name(graph, &r.source),
                kind,
                name(graph, &r.target),
                r.count.to_string(),
                dates,
            ]
        })
        .collect();
    print(&format!(
        "{} relations\n{}",
        rows.len(),
        table(&["source", "kind", "target", "count", "dates"], &table_rows)
    ))
}

/// `relgraph explain`.
pub fn explain(args: &ExplainArgs) -> Result<()> {
    let graph = &load_graph(&args.query.graph.graph)?;
    let a = resolve_actor(graph, &args.a)?;
    let b = resolve_actor(graph, &args.b)?;
    let e = answers::explain(graph, &a, &b);
    if args.query.json {
        print_json(&e)?;
    } else {
        let mut s = format!(
            "{} and {}: {} relation{}\n",
            name(graph, &a),
            name(graph, &b),
            e.relations.len(),
            if e.relations.len() == 1 { "" } else { "s" }
        );
        for r in &e.relations {
            let planned = if r.planned { ", planned" } else { "" };
            s.push_str(&format!(
                "\n{} {} {} (x{}{planned})\n",
                name(graph, &r.source),
                r.kind,
                name(graph, &r.target),
                r.count
            ));
            for ev in &r.evidence {
                let title = graph
                    .articles()
                    .find(|x| x.id == ev.article)
                    .map(|x| x.title.clone())
                    .unwrap_or_default();
                let date = ev
                    .date
                    .as_deref()
                    .map(|d| format!(", {d}"))
                    .unwrap_or_default();
                s.push_str(&format!(
                    "  - {} [cue \"{}\"; article {} \"{}\"{date}, sentence {}]\n",
                    quote_sentence(&ev.text),
                    ev.cue,
                    ev.article,
                    title,
                    ev.sentence
                ));
            }
        }
        print(&s)?;
    }
    if e.relations.is_empty() {
        return Err(Error::NoAnswer(format!(
            "no relation between {} and {}",
            name(graph, &a),
            name(graph, &b)
        )));
    }
    Ok(())
}

/// `relgraph actors`.
pub fn actors(args: &ActorsArgs) -> Result<()> {
    let q = load_for_query(&args.query.graph.graph)?;
    let result = actors_in(&q.graph, args);
    done(q);
    result
}

fn actors_in(graph: &ActorGraph, args: &ActorsArgs) -> Result<()> {
    let kind = args.kind.as_deref().map(|k| match k {
        "country" => ActorKind::Country,
        "person" => ActorKind::Person,
        _ => ActorKind::Organization,
    });
    let rows = answers::actors(graph, kind);
    if args.query.json {
        return print_json(&serde_json::json!({"actors": rows}));
    }
    let t: Vec<Vec<String>> = rows
        .iter()
        .map(|a| {
            vec![
                a.id.clone(),
                a.name.clone(),
                a.kind.as_str().to_string(),
                a.country.clone().unwrap_or_default(),
                a.role.clone().unwrap_or_default(),
                a.degree.to_string(),
                a.relations.to_string(),
                a.evidence.to_string(),
            ]
        })
        .collect();
    print(&format!(
        "{} actors\n{}",
        rows.len(),
        table(
            &[
                "id",
                "name",
                "kind",
                "country",
                "role",
                "degree",
                "relations",
                "evidence"
            ],
            &t
        )
    ))
}

/// `relgraph rank`.
pub fn rank_cmd(args: &RankArgs) -> Result<()> {
    let q = load_for_query(&args.query.graph.graph)?;
    let result = rank_in(&q.graph, args);
    done(q);
    result
}

fn rank_in(graph: &ActorGraph, args: &RankArgs) -> Result<()> {
    let list = rank(graph, args.by, &args.kinds, args.top);
    if args.query.json {
        return print_json(&serde_json::json!({"by": args.by, "ranking": list}));
    }
    let t: Vec<Vec<String>> = list
        .iter()
        .map(|r| {
            let score = if args.by == Measure::Degree {
                format!("{}", r.score)
            } else {
                format!("{:.4}", r.score)
            };
            vec![r.rank.to_string(), name(graph, &r.id), score]
        })
        .collect();
    let by = match args.by {
        Measure::Degree => "degree",
        Measure::Pagerank => "pagerank",
        Measure::Betweenness => "betweenness",
    };
    print(&table(&["rank", "actor", by], &t))
}

/// `relgraph stats`.
pub fn stats(args: &QueryArgs) -> Result<()> {
    let q = load_for_query(&args.graph.graph)?;
    let result = stats_in(&q.graph, args);
    done(q);
    result
}

fn stats_in(graph: &ActorGraph, args: &QueryArgs) -> Result<()> {
    let s = answers::stats(graph);
    if args.json {
        return print_json(&s);
    }
    let join = |m: &std::collections::BTreeMap<String, usize>| {
        m.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let total = |m: &std::collections::BTreeMap<String, usize>| m.values().sum::<usize>();
    let dates = match (&s.first_date, &s.last_date) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "no dated articles".into(),
    };
    print(&format!(
        "articles    {} ({})\nactors      {} ({})\nrelations   {} ({})\nevidence    {}\ncomponents  {}\ndates       {dates}\n",
        s.articles,
        join(&s.languages),
        total(&s.actors),
        join(&s.actors),
        total(&s.relations),
        join(&s.relations),
        s.evidence,
        s.components
    ))
}
