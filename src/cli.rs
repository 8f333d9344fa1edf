//! The command line: arguments (clap derive; the doc comments are the help text) and one function
//! per command that calls the library. The query commands are in [`query`].

pub mod query;

use crate::error::{Error, Result};
use crate::export::svg::{self, SvgOptions};
use crate::export::{self, Format};
use crate::graph::{store, ActorGraph};
use crate::ingest::IngestOptions;
use crate::lexicon::Lexicon;
use crate::pipeline::{self, Summary};
use crate::query::{View, ViewOptions};
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Turn news articles into a graph of international actors and their relations.
#[derive(Debug, Parser)]
#[command(name = "relgraph", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build a new graph from articles (replacing the graph file).
    Build(IngestArgs),
    /// Add articles to the stored graph (creating it if missing); articles already in it are skipped.
    Add(IngestArgs),
    /// Write the stored graph (or a view of it) as JSON, DOT, SVG or GraphML.
    Export(ExportArgs),
    /// Draw the stored graph (or a view of it) as SVG: the everyday picture.
    Render(RenderArgs),
    /// Read a graph from a relgraph JSON export and store it as the graph.
    Import(ImportArgs),
    /// The shortest relationship path between two actors, each hop with its evidence.
    Path(query::PathArgs),
    /// An actor's neighbours and the relations with each.
    Neighbors(query::NeighborsArgs),
    /// Who does what to whom (`--kind sanction`: who sanctions whom).
    Relations(query::RelationsArgs),
    /// Every relation between two actors, with all its evidence sentences.
    Explain(query::ExplainArgs),
    /// The actors, with their degree and relation counts.
    Actors(query::ActorsArgs),
    /// The central actors by degree, PageRank or betweenness.
    Rank(query::RankArgs),
    /// Articles, actors and relations by kind, components, date range.
    Stats(query::QueryArgs),
}

/// Options shared by every command that reads a stored graph.
#[derive(Debug, Args)]
pub struct GraphArg {
    /// The graph file.
    #[arg(
        short = 'g',
        long = "graph",
        default_value = "output/graph.json",
        value_name = "FILE"
    )]
    pub graph: PathBuf,
}

/// Options of `build` and `add`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    /// The graph file.
    pub graph: GraphArg,
    /// Language of every article (default: detected per article).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// An extra actor file (persons or organisations, in the format of data/actors/).
    #[arg(long = "actors", value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Print no summary.
    #[arg(short, long)]
    pub quiet: bool,
    /// Also draw the graph as SVG (default file: output/graph.svg).
    #[arg(long, num_args = 0..=1, default_missing_value = "output/graph.svg", value_name = "FILE")]
    pub svg: Option<PathBuf>,
    /// Article files or folders (.txt, .md, .json, .jsonl); `-` reads one article from standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    /// The graph file.
    pub graph: GraphArg,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "json")]
    pub format: Format,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    /// Which part of the graph.
    pub view: ViewOptions,
    #[command(flatten)]
    /// How to draw (for svg).
    pub svg: SvgOptions,
}

/// Options of `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    /// The graph file.
    pub graph: GraphArg,
    /// The SVG file to write.
    #[arg(short, long, default_value = "output/graph.svg", value_name = "FILE")]
    pub output: PathBuf,
    #[command(flatten)]
    /// Which part of the graph.
    pub view: ViewOptions,
    #[command(flatten)]
    /// How to draw.
    pub svg: SvgOptions,
}

/// Options of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    /// The graph file to write.
    pub graph: GraphArg,
    /// A JSON file written by `relgraph export --format json`.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

fn lexicon(extra: &[PathBuf]) -> Result<Lexicon> {
    let mut lex = Lexicon::builtin()?;
    for f in extra {
        lex.add_actor_file(f)?;
    }
    Ok(lex)
}

/// The stored graph; a missing file is an error naming it.
pub fn load_graph(path: &Path) -> Result<ActorGraph> {
    store::load(path)?.ok_or_else(|| store::missing(path))
}

fn report(summary: &Summary, graph: &Path, quiet: bool) {
    for w in &summary.warnings {
        eprintln!("warning: {w}");
    }
    if !quiet {
        eprint!("{summary}");
        eprintln!("graph written to {}", graph.display());
    }
}

/// `relgraph build` and `relgraph add`.
pub fn ingest(args: &IngestArgs, fresh: bool) -> Result<()> {
    let lex = lexicon(&args.actors)?;
    let path = &args.graph.graph;
    let mut graph = if fresh {
        ActorGraph::new()
    } else {
        store::load(path)?.unwrap_or_default()
    };
    let options = IngestOptions {
        lang: args.lang.clone(),
    };
    let summary = pipeline::ingest_into(&mut graph, &args.paths, &lex, &options)?;
    store::save(&graph, path)?;
    report(&summary, path, args.quiet);
    if let Some(svg_path) = &args.svg {
        draw(
            &graph,
            &ViewOptions::default(),
            &SvgOptions::default(),
            svg_path,
            args.quiet,
        )?;
    }
    Ok(())
}

/// Draws a view of the graph to an SVG file and tells the user how it was drawn.
fn draw(
    graph: &ActorGraph,
    view: &ViewOptions,
    options: &SvgOptions,
    out: &Path,
    quiet: bool,
) -> Result<()> {
    let view = View::apply(graph, view)?;
    let rendered = svg::render(&view, options)?;
    store::write_atomic(out, |w| w.write_all(&rendered.svg))?;
    for n in &rendered.notes {
        eprintln!("note: {n}");
    }
    if !quiet {
        eprintln!(
            "{} drawn by {} to {}",
            describe(&view),
            rendered.engine,
            out.display()
        );
    }
    Ok(())
}

fn describe(g: &ActorGraph) -> String {
    format!(
        "{} actors and {} relations",
        g.actors().len(),
        g.relations().len()
    )
}

/// `relgraph render`.
pub fn render(args: &RenderArgs) -> Result<()> {
    let graph = load_graph(&args.graph.graph)?;
    draw(&graph, &args.view, &args.svg, &args.output, false)
}

/// `relgraph import`.
pub fn import(args: &ImportArgs) -> Result<()> {
    let text = std::fs::read_to_string(&args.file).map_err(|e| Error::read(&args.file, e))?;
    let doc: crate::graph::GraphDocument = serde_json::from_str(&text).map_err(|e| {
        Error::article(
            &args.file,
            e.line(),
            format!("not a relgraph JSON export: {e}"),
        )
    })?;
    let graph = ActorGraph::from_document(doc, &args.file)?;
    store::save(&graph, &args.graph.graph)?;
    eprintln!(
        "imported {} articles, {} into {}",
        graph.article_count(),
        describe(&graph),
        args.graph.graph.display()
    );
    Ok(())
}

/// `relgraph export`.
pub fn export(args: &ExportArgs) -> Result<()> {
    let graph = View::apply(&load_graph(&args.graph.graph)?, &args.view)?;
    if args.format == Format::Svg {
        let rendered = svg::render(&graph, &args.svg)?;
        for n in &rendered.notes {
            eprintln!("note: {n}");
        }
        eprintln!("drawn by {}", rendered.engine);
        return match &args.output {
            Some(p) => store::write_atomic(p, |w| w.write_all(&rendered.svg)),
            None => std::io::stdout()
                .write_all(&rendered.svg)
                .map_err(|e| Error::Write {
                    path: "<stdout>".into(),
                    source: e,
                }),
        };
    }
    let exporter = export::exporter(args.format, &args.svg);
    match &args.output {
        Some(p) => {
            let mut buf = Vec::new();
            exporter.write(&graph, &mut buf)?;
            store::write_atomic(p, |w| w.write_all(&buf))
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            exporter.write(&graph, &mut lock)?;
            lock.flush().map_err(|e| Error::Write {
                path: "<stdout>".into(),
                source: e,
            })
        }
    }
}
