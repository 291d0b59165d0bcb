//! Comparison on pairs of reports written for this project (tests/pairs/NN-{a,b}.txt), against the
//! groups a careful reader expects (tests/pairs/NN.expected):
//!   `relation | figure text in A | figure text in B`  ("-" where a report lacks it; "41@2" is the
//!   second "41" of its report)
//!   `entities both|only-a|only-b | name | name …`
//! Every found link must have the expected relation; links are scored for precision and recall.

use std::collections::BTreeSet;

use newslens::compare::{compare, Comparison};
use newslens::Options;

struct Expected {
    figures: Vec<(String, Option<String>, Option<String>)>,
    entities: Vec<(String, Vec<String>)>,
}

fn parse(s: &str) -> Expected {
    let mut e = Expected { figures: Vec::new(), entities: Vec::new() };
    for line in s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        if let Some(which) = parts[0].strip_prefix("entities ") {
            e.entities.push((which.to_string(), parts[1..].iter().map(|s| s.to_string()).collect()));
        } else {
            let opt = |s: &str| if s == "-" { None } else { Some(s.to_string()) };
            e.figures.push((parts[0].to_string(), opt(parts[1]), opt(parts[2])));
        }
    }
    e
}

/// The group holding a figure with this text in this document ("41@2": its second occurrence).
fn group_of(c: &Comparison, texts: &[&str; 2], doc: usize, text: &str) -> Option<usize> {
    let (text, nth) = match text.rsplit_once('@') {
        Some((t, n)) => (t, n.parse::<usize>().expect("occurrence number")),
        None => (text, 1),
    };
    // Occurrences in text order, then the group of the one asked for.
    let mut found: Vec<(usize, usize)> = c
        .figures
        .iter()
        .enumerate()
        .flat_map(|(g, grp)| grp.mentions.iter().filter(|m| m.doc == doc && m.figure.span.slice(texts[doc]) == text).map(move |m| (m.figure.span.start, g)))
        .collect();
    found.sort();
    found.get(nth - 1).map(|&(_, g)| g)
}

#[test]
fn pairs_align_as_a_reader_expects() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pairs");
    // Recall counts the expected lines found; precision the linked groups that hold one (two
    // lines may name one group: a headline's figure and the body's, against the other report's).
    let (mut tp, mut predicted, mut expected_links, mut right_groups) = (0usize, 0usize, 0usize, 0usize);
    let mut problems: Vec<String> = Vec::new();
    let mut misses: Vec<String> = Vec::new();
    let pairs = std::fs::read_dir(dir).unwrap().filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "expected"))).count();
    assert!(pairs >= 6, "the pairs are missing from {dir}");
    for n in 1..=pairs {
        let read = |s: &str| std::fs::read_to_string(format!("{dir}/{n:02}{s}")).unwrap();
        let (a, b, exp) = (read("-a.txt"), read("-b.txt"), parse(&read(".expected")));
        let texts = [a.as_str(), b.as_str()];
        let c = compare(&texts, &Options::default()).unwrap();
        // Links the comparison makes: groups with figures from both reports.
        let links: BTreeSet<usize> = c.figures.iter().enumerate().filter(|(_, g)| g.relation.as_str() != "only").map(|(i, _)| i).collect();
        predicted += links.len();
        let mut hit: BTreeSet<usize> = BTreeSet::new();
        for (rel, fa, fb) in &exp.figures {
            match (fa, fb) {
                (Some(fa), Some(fb)) => {
                    expected_links += 1;
                    let (ga, gb) = (group_of(&c, &texts, 0, fa), group_of(&c, &texts, 1, fb));
                    match (ga, gb) {
                        (Some(x), Some(y)) if x == y => {
                            tp += 1;
                            hit.insert(x);
                            if c.figures[x].relation.as_str() != rel {
                                problems.push(format!("pair {n}: {fa:?} ~ {fb:?} is {}, expected {rel}", c.figures[x].relation.as_str()));
                            }
                        }
                        (None, _) | (_, None) => problems.push(format!("pair {n}: figure {fa:?} or {fb:?} not found")),
                        _ => misses.push(format!("pair {n}: {fa:?} ~ {fb:?} ({rel}) not linked")),
                    }
                }
                (Some(t), None) | (None, Some(t)) => {
                    let doc = if fa.is_some() { 0 } else { 1 };
                    match group_of(&c, &texts, doc, t) {
                        Some(g) if c.figures[g].relation.as_str() == "only" => {}
                        Some(g) => misses.push(format!("pair {n}: {t:?} should stand alone, is {}", c.figures[g].relation.as_str())),
                        None => problems.push(format!("pair {n}: figure {t:?} not found")),
                    }
                }
                (None, None) => {}
            }
        }
        right_groups += hit.len();
        for (which, names) in &exp.entities {
            let docs: Vec<usize> = match which.as_str() {
                "both" => vec![0, 1],
                "only-a" => vec![0],
                "only-b" => vec![1],
                w => panic!("unknown entity line {w}"),
            };
            for name in names {
                let row = c.entities.iter().find(|r| r.name == *name || r.mentions.iter().any(|&(d, s)| s.slice(texts[d]) == name));
                match row {
                    Some(r) if r.docs == docs => {}
                    Some(r) => misses.push(format!("pair {n}: {name:?} named in {:?}, expected {docs:?}", r.docs)),
                    None => misses.push(format!("pair {n}: entity {name:?} not found")),
                }
            }
        }
    }
    let precision = right_groups as f64 / predicted.max(1) as f64;
    let recall = tp as f64 / expected_links.max(1) as f64;
    println!("alignment on {pairs} pairs: precision {precision:.2} ({right_groups}/{predicted}), recall {recall:.2} ({tp}/{expected_links})");
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(problems.is_empty(), "wrong relations or missing figures:\n{}", problems.join("\n"));
    // Floors a little under the measured values (precision 1.00, recall 0.93 when set; 1.00 / 1.00 since job cuts are an event;
    // 1.00 / 1.00 with the sixth pair; 1.00 / 1.00 with the seventh, once background years count;
    // 0.97 / 0.97 with the eighth, whose "about 60" ~ "58" is missed and whose headlines of pair 3
    // ("thousands" ~ "tens of thousands") link without being listed); 0.98 / 0.98 with the ninth,
    // a wildfire whose headline and body both count the evacuees (precision counted by linked
    // group since then): two more wrong groups, or two more missed links of 44, fall under.
    assert!(precision >= 0.95 && recall >= 0.95, "alignment fell: precision {precision:.2}, recall {recall:.2}");
}
