//! `imi bench search`: the relevance of the authority search over a query
//! file (MRR, success@1, recall@10, nDCG@10; overall, per query language,
//! with and without typos; the queries that failed), and with `--scale N`
//! its speed (build rate, size on disk, query latency) over N authorities.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, Context};
use imi_engine::raw::SearchBinding;
use imi_engine::Definitions;
use imi_search::{AuthorityDoc, SearchIndex, SearchRequest};
use serde::Deserialize;

/// The demo authorities (same ids as the shared test data).
static DEMO: &str = include_str!("../../demo/authorities.jsonl");

#[derive(Deserialize)]
struct QueryLine {
    id: String,
    lang: String,
    q: String,
    country: Option<String>,
    area: Option<String>,
    relevant: Vec<String>,
}

fn definitions(
    dir: Option<PathBuf>,
) -> anyhow::Result<(std::sync::Arc<Definitions>, SearchBinding)> {
    let (defs, _) = crate::commands::load_checked(dir, true)?;
    let defs = defs.ok_or_else(|| anyhow!("the definitions have errors"))?;
    let binding = defs
        .search
        .clone()
        .ok_or_else(|| anyhow!("the definitions declare no `application.search`"))?;
    Ok((defs, binding))
}

fn rows(file: Option<&Path>) -> anyhow::Result<Vec<serde_json::Value>> {
    let text = match file {
        Some(f) => {
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?
        }
        None => DEMO.to_string(),
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).with_context(|| format!("authorities line {}", i + 1))
        })
        .collect()
}

fn queries(file: &Path) -> anyhow::Result<Vec<QueryLine>> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}", file.display(), i + 1))
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Sums {
    n: usize,
    rr: f64,
    success1: f64,
    recall10: f64,
    ndcg10: f64,
}

impl Sums {
    fn add(&mut self, rank: Option<usize>, found10: usize, relevant: usize, ndcg: f64) {
        self.n += 1;
        if let Some(r) = rank {
            self.rr += 1.0 / r as f64;
            if r == 1 {
                self.success1 += 1.0;
            }
        }
        self.recall10 += found10 as f64 / relevant.max(1) as f64;
        self.ndcg10 += ndcg;
    }
    fn mean(&self, v: f64) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            v / self.n as f64
        }
    }
    fn row(&self, name: &str) -> String {
        format!(
            "| {name:<10} | {:>5} | {:>6.3} | {:>9.3} | {:>9.3} | {:>7.3} |",
            self.n,
            self.mean(self.rr),
            self.mean(self.success1),
            self.mean(self.recall10),
            self.mean(self.ndcg10)
        )
    }
}

fn ndcg10(ranked: &[String], relevant: &[String]) -> f64 {
    let dcg: f64 = ranked
        .iter()
        .take(10)
        .enumerate()
        .filter(|(_, id)| relevant.contains(id))
        .map(|(i, _)| 1.0 / ((i + 2) as f64).log2())
        .sum();
    let ideal: f64 = (0..relevant.len().min(10))
        .map(|i| 1.0 / ((i + 2) as f64).log2())
        .sum();
    if ideal == 0.0 {
        0.0
    } else {
        dcg / ideal
    }
}

pub fn relevance(
    queries_file: &Path,
    authorities: Option<&Path>,
    definitions_dir: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let (defs, binding) = definitions(definitions_dir)?;
    let started = Instant::now();
    let mut index = SearchIndex::in_memory()?;
    index.set_labels_from(&defs);
    let docs: Vec<AuthorityDoc> = rows(authorities)?
        .iter()
        .map(|r| AuthorityDoc::from_json(r, &defs, &binding))
        .collect();
    index.put(&docs)?;
    index.commit(0)?;
    println!(
        "indexed {} authorities in {:.1} s",
        docs.len(),
        started.elapsed().as_secs_f64()
    );
    let qs = queries(queries_file)?;
    let mut overall = Sums::default();
    let mut by_lang: BTreeMap<String, Sums> = BTreeMap::new();
    let mut by_typo: BTreeMap<&str, Sums> = BTreeMap::new();
    let mut failed = Vec::new();
    for q in &qs {
        let req = SearchRequest {
            q: q.q.clone(),
            lang: q.lang.clone(),
            country: q.country.clone(),
            area: q.area.clone(),
            limit: 100,
            include_non_public: true,
            ..SearchRequest::default()
        };
        let results = index.search(&req).map_err(|e| anyhow!("{}: {e}", q.id))?;
        let ranked: Vec<String> = results.hits.iter().map(|h| h.id.clone()).collect();
        let rank = ranked
            .iter()
            .position(|id| q.relevant.contains(id))
            .map(|p| p + 1);
        let found10 = ranked
            .iter()
            .take(10)
            .filter(|id| q.relevant.contains(id))
            .count();
        let nd = ndcg10(&ranked, &q.relevant);
        let typo = if index.has_unknown_word(&q.q) {
            "typo"
        } else {
            "no typo"
        };
        for s in [
            &mut overall,
            by_lang.entry(q.lang.clone()).or_default(),
            by_typo.entry(typo).or_default(),
        ] {
            s.add(rank, found10, q.relevant.len(), nd);
        }
        if rank != Some(1) {
            let top: Vec<String> = results
                .hits
                .iter()
                .take(3)
                .map(|h| format!("{} {:.2}", h.id, h.score))
                .collect();
            let relevant_score = results
                .hits
                .iter()
                .find(|h| q.relevant.contains(&h.id))
                .map_or(0.0, |h| h.score);
            failed.push(format!(
                "{} [{}] {:?}: relevant {:?} at {} ({relevant_score:.2}), first {}",
                q.id,
                q.lang,
                q.q,
                q.relevant,
                rank.map_or("-".to_string(), |r| r.to_string()),
                top.join(", ")
            ));
        }
    }
    println!(
        "| {:<10} | {:>5} | {:>6} | {:>9} | {:>9} | {:>7} |",
        "queries", "n", "MRR", "success@1", "recall@10", "nDCG@10"
    );
    println!("|{}|", "-".repeat(62));
    println!("{}", overall.row("all"));
    for (t, s) in &by_typo {
        println!("{}", s.row(t));
    }
    for (l, s) in &by_lang {
        println!("{}", s.row(l));
    }
    if !failed.is_empty() {
        println!("\nnot first ({}):", failed.len());
        for f in &failed {
            println!("  {f}");
        }
    }
    let min_lang = by_lang
        .values()
        .map(|s| s.mean(s.rr))
        .fold(f64::INFINITY, f64::min);
    println!(
        "relevance: mrr={:.3} success1={:.3} recall10={:.3} ndcg10={:.3} min_lang_mrr={:.3}",
        overall.mean(overall.rr),
        overall.mean(overall.success1),
        overall.mean(overall.recall10),
        overall.mean(overall.ndcg10),
        if min_lang.is_finite() { min_lang } else { 0.0 }
    );
    Ok(ExitCode::SUCCESS)
}

pub fn speed(
    queries_file: &Path,
    authorities: Option<&Path>,
    n: usize,
    data: &Path,
    definitions_dir: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let (defs, binding) = definitions(definitions_dir)?;
    let base: Vec<AuthorityDoc> = rows(authorities)?
        .iter()
        .map(|r| AuthorityDoc::from_json(r, &defs, &binding))
        .collect();
    if base.is_empty() {
        return Err(anyhow!("no authorities to scale up"));
    }
    // An index of this size from an earlier run is reused when
    // IMI_BENCH_REUSE is set (to measure queries only).
    let reuse = std::env::var_os("IMI_BENCH_REUSE").is_some();
    if data.exists() && !reuse {
        std::fs::remove_dir_all(data)
            .with_context(|| format!("cannot clear {}", data.display()))?;
    }
    let (mut index, _) = SearchIndex::open(data)?;
    index.set_labels_from(&defs);
    let (mut build, mut merge) = (0.0, 0.0);
    if index.len() != n as u64 {
        // Municipal variants: the n-th copy of an authority is the body of
        // "municipality n" of its country, named so in its names.
        let docs: Vec<AuthorityDoc> = (0..n)
            .map(|i| {
                let mut d = base[i % base.len()].clone();
                let copy = i / base.len();
                if copy > 0 {
                    d.id = format!("{}-M{copy:04}", d.id);
                    d.level = "local".into();
                    d.official_name = format!("{} {copy}", d.official_name);
                    for name in d.names.values_mut() {
                        name.push_str(&format!(" – {copy}"));
                    }
                }
                d
            })
            .collect();
        // Build: from nothing to every authority searchable (committed).
        let started = Instant::now();
        index.rebuild(docs, 0)?;
        build = started.elapsed().as_secs_f64();
        // Then one segment, as after a rebuild in the server.
        let started = Instant::now();
        index.optimize()?;
        merge = started.elapsed().as_secs_f64();
    }
    let size = SearchIndex::size_on_disk(data) as f64 / 1e6;
    let qs = queries(queries_file)?;
    let mut latencies = Vec::new();
    let mut slowest: Vec<(u64, String)> = Vec::new();
    for round in 0..3 {
        for q in &qs {
            let req = SearchRequest {
                q: q.q.clone(),
                lang: q.lang.clone(),
                country: q.country.clone(),
                area: q.area.clone(),
                limit: 10,
                include_non_public: true,
                ..SearchRequest::default()
            };
            let t = Instant::now();
            index.search(&req).map_err(|e| anyhow!("{}: {e}", q.id))?;
            if round > 0 {
                let us = t.elapsed().as_micros() as u64;
                latencies.push(us);
                slowest.push((us, format!("{} [{}] {:?}", q.id, q.lang, q.q)));
            }
        }
    }
    latencies.sort_unstable();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .copied()
            .unwrap_or(0)
    };
    // (0 when an earlier index was reused.)
    let rate = if build > 0.0 { n as f64 / build } else { 0.0 };
    slowest.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
    slowest.dedup_by(|a, b| a.1 == b.1);
    println!("| measure | value |");
    println!("|---|---|");
    println!("| authorities | {n} |");
    println!("| build (all searchable) | {build:.1} s ({rate:.0} authorities/s) |");
    println!("| merge into one segment | {merge:.1} s |");
    println!("| size on disk | {size:.1} MB |");
    println!(
        "| queries (one thread, {} runs) | p50 {} µs, p99 {} µs, max {} µs |",
        latencies.len(),
        pct(0.5),
        pct(0.99),
        latencies.last().copied().unwrap_or(0)
    );
    println!("\nslowest queries:");
    for (us, q) in slowest.iter().take(5) {
        println!("  {us} µs  {q}");
    }
    println!(
        "search: build={rate:.0}/s p50_us={} p99_us={} size_mb={size:.0}",
        pct(0.5),
        pct(0.99)
    );
    Ok(ExitCode::SUCCESS)
}
