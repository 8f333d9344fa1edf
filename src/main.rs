//! The `relgraph` command: parses the arguments, runs the command, maps errors to exit codes.

use clap::Parser;
use relgraph::cli::{self, Cli, Command};
use relgraph::Error;
use std::process::ExitCode;

/// relgraph allocates millions of small strings (names, sentences); mimalloc does that markedly
/// faster than the system allocator (see `cargo bench --bench path`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn run(cli: Cli) -> relgraph::Result<()> {
    match cli.command {
        Command::Build(args) => cli::ingest(&args, true),
        Command::Add(args) => cli::ingest(&args, false),
        Command::Export(args) => cli::export(&args),
        Command::Render(args) => cli::render(&args),
        Command::Extract(args) => cli::extract(&args),
        Command::Merge(args) => cli::merge(&args),
        Command::Import(args) => cli::import(&args),
        Command::Path(args) => cli::query::path(&args),
        Command::Neighbors(args) => cli::query::neighbors(&args),
        Command::Relations(args) => cli::query::relations(&args),
        Command::Explain(args) => cli::query::explain(&args),
        Command::Actors(args) => cli::query::actors(&args),
        Command::Rank(args) => cli::query::rank_cmd(&args),
        Command::Stats(args) => cli::query::stats(&args),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("relgraph: error: {e}");
            ExitCode::from(match e {
                Error::NoAnswer(_) => 1,
                Error::Usage(_) => 2,
                Error::NotFound { .. } | Error::NoArticles(_) => 3,
                Error::Graph { .. } => 4,
                _ => 1,
            })
        }
    }
}
