//! The `imi` command: checks, tests and runs the definitions (and, later,
//! serves the web application). Thin: the work is in `imi-engine`.

mod bench;
mod bench_requests;
mod bench_search;
mod commands;
mod config;
mod demo;
mod embedded;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "imi",
    version,
    about = "Internal Market Information System: definitions, engine and server"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check every definition, calendar, scenario and translation file; print all problems.
    Check {
        /// A project folder (holding `definitions/` and `translations/`) or a
        /// definitions folder. Default: `.` if it has `definitions/`, else the
        /// definitions built into this binary.
        dir: Option<PathBuf>,
    },
    /// Write JSON Schemas for every file kind (for editor completion and validation).
    Schema {
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
    },
    /// Run every scenario file under the definitions.
    Test { dir: Option<PathBuf> },
    /// Serve the JSON API (and run the engine with its timers and the mail
    /// worker) until Ctrl-C or SIGTERM.
    Serve(config::ServeArgs),
    /// Run the engine (timers included) over a data folder until stopped.
    Run {
        #[arg(long, default_value = "data", env = "IMI_DATA")]
        data: PathBuf,
        #[arg(long, env = "IMI_DEFINITIONS")]
        definitions: Option<PathBuf>,
    },
    /// Benchmarks that print a table and a final summary line.
    Bench {
        #[command(subcommand)]
        which: bench::Which,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { dir } => commands::check(dir),
        Command::Schema { out } => commands::schema(&out),
        Command::Test { dir } => commands::test(dir),
        Command::Serve(args) => args.resolve().and_then(commands::serve),
        Command::Run { data, definitions } => commands::run(&data, definitions),
        Command::Bench { which } => bench::run(which),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
