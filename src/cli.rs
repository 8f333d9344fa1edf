//! The command line: arguments (clap derive; the doc comments are the help text) and one function
//! per command that calls the library. The query commands are in [`query`].

pub mod query;

use crate::error::{Error, Result};
use crate::export::svg::{self, SvgOptions};
use crate::export::{self, Format};
use crate::graph::{store, ActorGraph};
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicon;
use crate::pipeline::{self, RunOptions, Summary};
use crate::query::{View, ViewOptions};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};
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
    /// Extract each article's actors and relations and write them as JSON Lines to standard output
    /// (the map step of a distributed run; `relgraph add` reads the lines back).
    Extract(ExtractArgs),
    /// Merge graph files into one (the reduce step of a distributed run).
    Merge(MergeArgs),
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

/// How articles are read and extracted (`build`, `add`, `extract`).
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Language of every article (default: detected per article).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// An extra actor file (persons or organisations, in the format of data/actors/).
    #[arg(long = "actors", value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Extraction threads (default: one per core). The result is the same for any number.
    #[arg(
        short = 'j',
        long = "jobs",
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    pub jobs: usize,
    /// Print no summary and no progress bar (the bar is drawn only when standard error is a terminal).
    #[arg(short, long)]
    pub quiet: bool,
}

/// Options of `build` and `add`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    /// The graph file.
    pub graph: GraphArg,
    #[command(flatten)]
    /// How articles are read.
    pub read: ReadArgs,
    /// Also draw the graph as SVG (default file: output/graph.svg).
    #[arg(long, num_args = 0..=1, default_missing_value = "output/graph.svg", value_name = "FILE")]
    pub svg: Option<PathBuf>,
    /// Article files or folders (.txt, .md, .json, .jsonl; JSON Lines may also hold the output of
    /// `relgraph extract`); `-` reads standard input (JSON Lines, or one plain-text article).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Options of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    /// How articles are read.
    pub read: ReadArgs,
    /// Article files or folders; `-` reads standard input (JSON Lines, or one plain-text article).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Options of `merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The merged graph file to write (it may be one of the inputs).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Graph files written by relgraph (`build`, `add`, `export --format json`).
    #[arg(required = true, value_name = "GRAPH")]
    pub graphs: Vec<PathBuf>,
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

fn run_options(args: &ReadArgs) -> RunOptions {
    RunOptions {
        ingest: IngestOptions {
            lang: args.lang.clone(),
        },
        jobs: args.jobs,
    }
}

/// A progress bar on standard error (articles, MB/s, ETA) when it is a terminal and not `--quiet`.
fn progress_bar(paths: &[PathBuf], quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(ingest::input_size(paths));
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Takes the graph's lock, telling the user when another relgraph holds it.
fn lock(path: &Path) -> Result<store::GraphLock> {
    store::lock(path, |lp| {
        eprintln!(
            "waiting: another relgraph is writing {} (lock {})",
            path.display(),
            lp.display()
        )
    })
}

/// `relgraph build` and `relgraph add`.
pub fn ingest(args: &IngestArgs, fresh: bool) -> Result<()> {
    let lex = lexicon(&args.read.actors)?;
    let path = &args.graph.graph;
    let _lock = lock(path)?;
    let mut graph = if fresh {
        store::check_replaceable(path)?;
        ActorGraph::new()
    } else {
        store::load(path)?.unwrap_or_default()
    };
    let bar = progress_bar(&args.paths, args.read.quiet);
    let mut articles = 0usize;
    let summary = pipeline::ingest_with(
        &mut graph,
        &args.paths,
        &lex,
        &run_options(&args.read),
        &mut |bytes, n| {
            articles += n;
            bar.inc(bytes);
            bar.set_message(format!("{articles} articles"));
        },
    )?;
    bar.finish_and_clear();
    store::save(&graph, path)?;
    report(&summary, path, args.read.quiet);
    if let Some(svg_path) = &args.svg {
        draw(
            &graph,
            &ViewOptions::default(),
            &SvgOptions::default(),
            svg_path,
            args.read.quiet,
        )?;
    }
    Ok(())
}

/// `relgraph extract`: one JSON line per article on standard output.
pub fn extract(args: &ExtractArgs) -> Result<()> {
    let lex = lexicon(&args.read.actors)?;
    let bar = progress_bar(&args.paths, args.read.quiet);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write_err = |e: std::io::Error| Error::Write {
        path: "<stdout>".into(),
        source: e,
    };
    let mut count = 0usize;
    let warnings = pipeline::extract_each(
        &args.paths,
        &lex,
        &run_options(&args.read),
        &mut |bytes, _| bar.inc(bytes),
        &mut |x| {
            count += 1;
            serde_json::to_writer(&mut out, &ingest::ExtractionLine::from(x))
                .map_err(|e| write_err(e.into()))?;
            out.write_all(b"\n").map_err(write_err)
        },
    )?;
    out.flush().map_err(write_err)?;
    bar.finish_and_clear();
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    if !args.read.quiet {
        eprintln!("{count} articles extracted");
    }
    Ok(())
}

/// `relgraph merge`.
pub fn merge(args: &MergeArgs) -> Result<()> {
    let _lock = lock(&args.output)?;
    store::check_replaceable(&args.output)?;
    let mut merged = ActorGraph::new();
    for g in &args.graphs {
        merged.merge(load_graph(g)?);
    }
    store::save(&merged, &args.output)?;
    eprintln!(
        "merged {} graphs: {} articles, {} into {}",
        args.graphs.len(),
        merged.article_count(),
        describe(&merged),
        args.output.display()
    );
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
    let _lock = lock(&args.graph.graph)?;
    store::check_replaceable(&args.graph.graph)?;
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
