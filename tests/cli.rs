//! The command-line tool: wire format, JSONL batch mode, errors and exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn analyze_stdin_emits_the_wire_format() {
    let (code, out, _) = run(&["analyze", "--date", "2024-03-15"], "😊 Nearly 40 boats left Oslo on Thursday.".as_bytes());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let f = &v["figures"][0];
    assert_eq!(f["text"], "Nearly 40");
    assert_eq!(f["start"], 3); // 😊 is two UTF-16 units, then a space
    assert_eq!(f["qualifier"], "under");
    assert_eq!(f["high"], 40.0);
    assert!(f["value"].is_number() && f["iso"].is_null());
    assert_eq!(v["figures"][1]["iso"], "2024-03-14");
    assert_eq!(v["entities"][0]["text"], "Oslo");
    assert_eq!(v["entities"][0]["label"], "LOC");
    assert!(v["groups"][0]["name"].is_string());
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let mut input = String::new();
    for i in 0..300 {
        input += &format!("{{\"id\": {i}, \"text\": \"Line {i}: {i} people met in Rome.\"}}\n");
    }
    input += "not json\n{\"id\": \"x\"}\n{\"id\": \"d\", \"text\": \"Friday\", \"date\": \"2024-02-31\"}\n";
    let (code, out, _) = run(&["analyze", "--jsonl"], input.as_bytes());
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 303);
    for (i, l) in lines.iter().take(300).enumerate() {
        assert_eq!(l["id"], i);
        assert_eq!(l["figures"].as_array().unwrap().iter().find(|f| f["kind"] == "count").unwrap()["value"], i as f64);
    }
    assert!(lines[300]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[301]["id"], "x");
    assert!(lines[301]["error"].as_str().unwrap().contains("text"));
    assert!(lines[302]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
    // One thread or three: the same lines in the same order.
    assert_eq!(run(&["analyze", "--jsonl", "--threads", "1"], input.as_bytes()).1, out);
    assert_eq!(run(&["analyze", "--jsonl", "--threads", "3"], input.as_bytes()).1, out);
}

#[test]
fn today_gives_a_year_to_a_dateline_without_one() {
    let text = "BODO, Oct 2 (Nordwire) - Ferries stopped on Monday.";
    let (code, out, _) = run(&["analyze", "--today", "2028-01-15"], text.as_bytes());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((v["reference"].as_str(), v["referenceSource"].as_str()), (Some("2027-10-02"), Some("textYearFromToday")));
    // Per line in JSONL, over the flag; a bad one is that line's error.
    let input = format!("{}\n{}\n", serde_json::json!({"id": 1, "text": text, "today": "2028-11-01"}), serde_json::json!({"id": 2, "text": text, "today": "soon"}));
    let (code, out, _) = run(&["analyze", "--jsonl", "--today", "2028-01-15"], input.as_bytes());
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["reference"], "2028-10-02");
    assert!(lines[1]["error"].as_str().unwrap().contains("today \"soon\" is not YYYY-MM-DD"), "{}", lines[1]);
    assert_eq!(run(&["analyze", "--today", "2028-02-30"], b"").0, 2);
}

#[test]
fn usage_errors_exit_2_and_bad_input_exits_1() {
    let (code, _, err) = run(&["frobnicate"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("unknown command") && err.lines().count() == 1);
    assert_eq!(run(&["analyze", "--date", "yesterday"], b"").0, 2);
    assert_eq!(run(&["compare", "one.txt"], b"").0, 2);
    assert_eq!(run(&["analyze", "--jsonl", "--threads", "0"], b"").0, 2);
    assert_eq!(run(&["analyze", "--threads", "2"], b"").0, 2);
    let (code, _, err) = run(&["analyze"], b"caf\xe9 40 people");
    assert_eq!(code, 1);
    assert!(err.contains("not valid UTF-8"), "{err}");
    let (code, _, err) = run(&["analyze", "/nonexistent/file.txt"], b"");
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/file.txt"));
    assert_eq!(run(&["--help"], b"").0, 0);
}

#[test]
fn compare_two_files() {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, "Police said 8 miners were killed in Lviv.").unwrap();
    std::fs::write(&b, "Officials said 12 miners were killed in Lviv.").unwrap();
    let (code, out, _) = run(&["compare", a.to_str().unwrap(), b.to_str().unwrap()], b"");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["figures"][0]["relation"], "conflict");
    assert_eq!(v["entities"][0]["name"], "Lviv");
    assert_eq!(v["entities"][0]["docs"], serde_json::json!([0, 1]));
}

#[test]
fn interop_formats() {
    let text = "😊 Ada Lind paid $5,000 in Oslo.";
    // displaCy: code-point offsets (what Python's str indexing and spaCy use).
    let (code, out, _) = run(&["analyze", "--format", "displacy"], text.as_bytes());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let chars: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    for e in v["ents"].as_array().unwrap() {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        let span: String = chars[s..t].iter().collect();
        assert!(["Ada Lind", "Oslo"].contains(&span.as_str()), "{span:?}");
    }
    // CSV: a header and one quoted row per figure.
    let (_, out, _) = run(&["analyze", "--format", "csv"], text.as_bytes());
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("start,end,text,kind"));
    assert!(lines[1].contains(",\"$5,000\",money,5000,"), "{}", lines[1]);
    // CoNLL: one token per line with its BIO tag.
    let (_, out, _) = run(&["analyze", "--format", "conll"], "Ada Lind paid $5 in Oslo.".as_bytes());
    assert!(out.contains("Ada\tB-PER\nLind\tI-PER\npaid\tO\n"), "{out}");
    assert!(out.contains("Oslo\tB-LOC\n"));
    assert_eq!(run(&["analyze", "--format", "xml"], b"").0, 2);
}
