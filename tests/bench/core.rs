//! Single-thread throughput of the analysis core, without JSON or I/O: the same corpus as
//! `.ci/bench.mjs` (the sample articles in ../shared/samples when present, the project's own
//! www/samples and tests/pairs), repeated to ~1 MB and cut into ~4 KB documents.
//! Also times the stages (tokenizer, figures, entities) on their own. Not a test.
//!   cargo bench --bench core
//! Instruction counts, which a busy machine does not disturb:
//!   NEWSLENS_BENCH_REPS=1 valgrind --tool=callgrind target/release/deps/core-…
use std::path::Path;
use std::time::Instant;

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for dir in [root.join("../shared/samples"), root.join("www/samples"), root.join("tests/pairs")] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        for f in files {
            sources.push(std::fs::read_to_string(f).expect("readable article"));
        }
    }
    let text = sources.join("\n\n");
    let mut docs = Vec::new();
    let mut total = 0;
    while total < 1_000_000 {
        let mut start = 0;
        while start < text.len() && total < 1_000_000 {
            let mut end = (start + 4000).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            docs.push(text[start..end].to_string());
            total += end - start;
            start = end;
        }
    }
    docs
}

/// Runs `f` five times (or `NEWSLENS_BENCH_REPS` times: 1 under a profiler) and keeps the best.
fn time<F: FnMut()>(mut f: F) -> f64 {
    let reps = std::env::var("NEWSLENS_BENCH_REPS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let mut best = f64::INFINITY;
    for _ in 0..reps {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} documents, {:.2} MB", docs.len(), mb);
    let blob = include_bytes!("../../src/entities/model/ner.bin");
    let t = Instant::now();
    let model = newslens::entities::Model::from_bytes(blob).expect("model");
    println!("model load (checksum, rows, gazetteer): {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    let model = &model;
    let opts = newslens::Options::default();
    let _ = newslens::analyze("warm-up: 3 people met in Oslo.");
    let mut sink = 0usize;
    let report = |name: &str, secs: f64| {
        println!("{name:<28} {:>7.1} MB/s  {:>7.3} ms/article", mb / secs, secs * 1000.0 / docs.len() as f64);
    };
    let all = time(|| {
        for d in &docs {
            let a = newslens::analyze_with_model(model, d, &opts);
            sink += a.entities.len() + a.figures.len();
        }
    });
    report("analyze (all stages)", all);
    let tok = time(|| {
        for d in &docs {
            sink += newslens::text::tokenize(d).len();
        }
    });
    report("  tokenize", tok);
    let toks: Vec<_> = docs.iter().map(|d| newslens::text::tokenize(d)).collect();
    let fig = time(|| {
        for (d, t) in docs.iter().zip(&toks) {
            sink += newslens::figures::find_figures(d, t, None).len();
        }
    });
    report("  figures", fig);
    let ent = time(|| {
        for (d, t) in docs.iter().zip(&toks) {
            sink += newslens::entities::find_entities_outside(model, d, t, &[]).0.len();
        }
    });
    report("  entities", ent);
    let tag = time(|| {
        for (d, t) in docs.iter().zip(&toks) {
            sink += newslens::entities::tag_tokens(model, d, t).len();
        }
    });
    report("    of which the tagger", tag);
    std::hint::black_box(sink);
}
