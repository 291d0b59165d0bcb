//! newslens: figures and named entities in news text, as JSON.
//!
//! Exit codes: 0 success · 1 an input could not be read or analyzed · 2 usage error.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use newslens::{analyze_with, compare::compare, wire, Date, Options};
use serde_json::{json, Value};

const USAGE: &str = "usage: newslens analyze [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--format json|displacy|conll|csv] [--jsonl [--threads N]] [FILE...]
       newslens compare [--date YYYY-MM-DD] [--today YYYY-MM-DD] FILE FILE [FILE...]
  analyze            each FILE (or stdin) → one JSON object {entities, figures, groups}
  --date             the date the articles were published: resolves \"Thursday\", \"last week\" (else each
                     article's own dateline dates it)
  --today            when the texts were collected: gives a dateline written without a year
                     (\"LISBON, Sept 18 (Reuters) -\") the year that puts it on or before this day
  analyze --jsonl    stdin lines {\"id\", \"text\", \"date\"?, \"today\"?} → stdout lines {\"id\", entities, figures, groups}
                     (a bad line gets {\"id\", \"error\"} and the run goes on; uses all cores, or N
                     with --threads N; output in input order)
  --format           json (default, UTF-16 offsets); displacy: spaCy's manual format {text, ents} with
                     code-point offsets; conll: one token per line with its BIO entity tag; csv: the figures
  compare            two or more reports of one event → {figures: claim groups, entities, documents}
exit codes: 0 ok, 1 an input failed, 2 usage error";

enum Usage {
    Error(String),
    Help,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Displacy,
    Conll,
    Csv,
}

struct Args {
    command: String,
    date: Option<Date>,
    today: Option<Date>,
    jsonl: bool,
    threads: Option<usize>,
    format: Format,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, Usage> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or(Usage::Error("missing command".into()))?;
    if command == "-h" || command == "--help" || command == "help" {
        return Err(Usage::Help);
    }
    if command == "--version" || command == "-V" {
        println!("newslens {}", env!("CARGO_PKG_VERSION"));
        std::process::exit(0);
    }
    if command != "analyze" && command != "compare" {
        return Err(Usage::Error(format!("unknown command {command:?}")));
    }
    let mut a = Args { command, date: None, today: None, jsonl: false, threads: None, format: Format::Json, files: Vec::new() };
    while let Some(x) = it.next() {
        match x.as_str() {
            "--date" => {
                let d = it.next().ok_or(Usage::Error("--date needs YYYY-MM-DD".into()))?;
                a.date = Some(Date::parse_iso(&d).ok_or(Usage::Error(format!("--date {d:?} is not a valid YYYY-MM-DD date")))?);
            }
            "--today" => {
                let d = it.next().ok_or(Usage::Error("--today needs YYYY-MM-DD".into()))?;
                a.today = Some(Date::parse_iso(&d).ok_or(Usage::Error(format!("--today {d:?} is not a valid YYYY-MM-DD date")))?);
            }
            "--jsonl" => a.jsonl = true,
            "--threads" => {
                let n = it.next().and_then(|n| n.parse::<usize>().ok()).filter(|&n| n > 0);
                a.threads = Some(n.ok_or(Usage::Error("--threads needs a number of threads (1 or more)".into()))?);
            }
            "--format" => {
                a.format = match it.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("displacy") => Format::Displacy,
                    Some("conll") => Format::Conll,
                    Some("csv") => Format::Csv,
                    other => return Err(Usage::Error(format!("--format takes json, displacy, conll or csv, not {other:?}"))),
                }
            }
            "-h" | "--help" => return Err(Usage::Help),
            s if s.starts_with('-') && s != "-" => return Err(Usage::Error(format!("unknown option {s}"))),
            _ => a.files.push(x),
        }
    }
    if a.command == "compare" && a.files.len() < 2 {
        return Err(Usage::Error("compare needs at least two files".into()));
    }
    if a.jsonl && (!a.files.is_empty() || a.command != "analyze") {
        return Err(Usage::Error("--jsonl reads stdin and only works with analyze".into()));
    }
    if a.threads.is_some() && !a.jsonl {
        return Err(Usage::Error("--threads only works with --jsonl".into()));
    }
    if a.format != Format::Json && (a.jsonl || a.command != "analyze") {
        return Err(Usage::Error("--format works with analyze on files or stdin".into()));
    }
    Ok(a)
}

fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let r = if name == "-" { io::stdin().read_to_end(&mut bytes) } else { std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes)) };
    r.map_err(|e| format!("{name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("{name}: not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to()))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(Usage::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(Usage::Error(m)) => {
            eprintln!("newslens: {m} (try --help)");
            return ExitCode::from(2);
        }
    };
    let opts = Options { reference: args.date, today: args.today };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.jsonl {
        run_jsonl(&opts, args.threads, &mut out)
    } else if args.command == "compare" {
        run_compare(&args, &opts, &mut out)
    } else {
        run_analyze(&args, &opts, &mut out)
    };
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => ExitCode::from(1),
        (Err(e), _) | (_, Err(e)) => {
            if e.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("newslens: {e}");
            }
            ExitCode::from(1)
        }
    }
}

fn run_analyze(args: &Args, opts: &Options, out: &mut impl Write) -> io::Result<bool> {
    let files = if args.files.is_empty() { vec!["-".to_string()] } else { args.files.clone() };
    let mut ok = true;
    for f in &files {
        match read_input(f).and_then(|t| analyze_with(&t, opts).map(|a| (t, a)).map_err(|e| format!("{f}: {e}"))) {
            Ok((t, a)) => write_analysis(out, args.format, &t, &a)?,
            Err(e) => {
                eprintln!("newslens: {e}");
                ok = false;
            }
        }
    }
    Ok(ok)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_analysis(out: &mut impl Write, format: Format, text: &str, a: &newslens::Analysis) -> io::Result<()> {
    let w = wire::analysis(text, a);
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, &w)?;
            out.write_all(b"\n")
        }
        Format::Displacy => {
            // spaCy reads these offsets as Python string indices: code points.
            let cp = |byte: usize| text[..byte].chars().count();
            let ents: Vec<Value> = a.entities.iter().map(|e| json!({"start": cp(e.span.start), "end": cp(e.span.end), "label": e.label.as_str()})).collect();
            serde_json::to_writer(&mut *out, &json!({"text": text, "ents": ents, "title": null}))?;
            out.write_all(b"\n")
        }
        Format::Conll => {
            let tokens = newslens::text::tokenize(text);
            let mut e = a.entities.iter().peekable();
            for (i, t) in tokens.iter().enumerate() {
                if t.sent_start && i > 0 {
                    out.write_all(b"\n")?;
                }
                while e.peek().is_some_and(|x| x.span.end <= t.span.start) {
                    e.next();
                }
                let tag = match e.peek() {
                    Some(x) if x.span.start <= t.span.start && t.span.end <= x.span.end => {
                        format!("{}-{}", if x.span.start == t.span.start { "B" } else { "I" }, x.label.as_str())
                    }
                    _ => "O".to_string(),
                };
                writeln!(out, "{}\t{}", t.text(text), tag)?;
            }
            out.write_all(b"\n")
        }
        Format::Csv => {
            writeln!(out, "start,end,text,kind,value,low,high,qualifier,unit,counted,event,iso")?;
            let num = |v: Option<f64>| v.map_or(String::new(), |v| v.to_string());
            for f in &w.figures {
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{},{},{},{}",
                    f.start,
                    f.end,
                    csv_field(&f.text),
                    f.kind,
                    num(f.value),
                    num(f.low),
                    num(f.high),
                    f.qualifier,
                    csv_field(f.unit.as_deref().unwrap_or("")),
                    csv_field(f.counted.as_deref().unwrap_or("")),
                    f.event.unwrap_or(""),
                    f.iso.as_deref().unwrap_or("")
                )?;
            }
            Ok(())
        }
    }
}

fn run_compare(args: &Args, opts: &Options, out: &mut impl Write) -> io::Result<bool> {
    let mut texts = Vec::new();
    for f in &args.files {
        match read_input(f) {
            Ok(t) => texts.push(t),
            Err(e) => {
                eprintln!("newslens: {e}");
                return Ok(false);
            }
        }
    }
    let refs: Vec<&str> = texts.iter().map(|s| s.as_str()).collect();
    match compare(&refs, opts) {
        Ok(c) => {
            serde_json::to_writer(&mut *out, &wire::comparison(&refs, &c))?;
            out.write_all(b"\n")?;
            Ok(true)
        }
        Err(e) => {
            eprintln!("newslens: {e}");
            Ok(false)
        }
    }
}

/// One JSONL line → one output line (never fails: errors become {"id", "error"}).
fn process_line(line: &[u8], n: usize, opts: &Options) -> String {
    let fail = |id: Value, msg: String| json!({"id": id, "error": msg}).to_string();
    let line = match std::str::from_utf8(line) {
        Ok(l) => l,
        Err(_) => return fail(Value::Null, format!("line {n}: not valid UTF-8")),
    };
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return fail(Value::Null, format!("line {n}: not JSON: {e}")),
    };
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
        return fail(id, format!("line {n}: no \"text\" string"));
    };
    let mut o = *opts;
    for (field, slot) in [("date", &mut o.reference), ("today", &mut o.today)] {
        if let Some(d) = v.get(field).and_then(|d| d.as_str()) {
            match Date::parse_iso(d) {
                Some(d) => *slot = Some(d),
                None => return fail(id, format!("line {n}: {field} {d:?} is not YYYY-MM-DD")),
            }
        }
    }
    match analyze_with(text, &o) {
        Ok(a) => {
            // Written straight from the structs (no intermediate JSON tree): the id first, then the analysis.
            #[derive(serde::Serialize)]
            struct Line<'a> {
                id: &'a Value,
                #[serde(flatten)]
                analysis: wire::AnalysisOut,
            }
            serde_json::to_string(&Line { id: &id, analysis: wire::analysis(text, &a) }).unwrap_or_else(|e| fail(id.clone(), format!("line {n}: {e}")))
        }
        Err(e) => fail(id, format!("line {n}: {e}")),
    }
}

/// Streams stdin in batches; each batch is analyzed on all cores and written in input order.
fn run_jsonl(opts: &Options, threads: Option<usize>, out: &mut impl Write) -> io::Result<bool> {
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut n = 0usize;
    let batch_bytes = 4 << 20;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut size = 0;
        while size < batch_bytes {
            let mut line = Vec::new();
            if input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            n += 1;
            while line.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                line.pop();
            }
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            size += line.len();
            batch.push((n, line));
        }
        if batch.is_empty() {
            return Ok(true);
        }
        let mut results = vec![String::new(); batch.len()];
        let chunk = batch.len().div_ceil(threads);
        std::thread::scope(|s| {
            for (lines, res) in batch.chunks(chunk).zip(results.chunks_mut(chunk)) {
                s.spawn(move || {
                    for ((n, l), r) in lines.iter().zip(res.iter_mut()) {
                        *r = process_line(l, *n, opts);
                    }
                });
            }
        });
        for r in results {
            out.write_all(r.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
}
