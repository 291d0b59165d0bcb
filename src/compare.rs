//! Comparing reports of one event: which figures agree, which conflict, who is named where.

use crate::entities::Label;
use crate::text::{tokenize, TokenKind};
use crate::figures::{Figure, FigureKind, Qualifier};
use crate::{analyze_with, Analysis, Error, Options, Span};

/// How the figures of one claim group relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// Their ranges are disjoint.
    Conflict,
    /// Their ranges overlap but they are not stated the same way.
    Consistent,
    /// Same value and qualifier.
    Agree,
    /// Only one document states it.
    Only,
}

impl Relation {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Conflict => "conflict",
            Relation::Consistent => "consistent",
            Relation::Agree => "agree",
            Relation::Only => "only",
        }
    }
}

/// One figure of a claim group.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimMention {
    /// Index of the document.
    pub doc: usize,
    /// The figure.
    pub figure: Figure,
}

/// Claims about the same thing across documents.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimGroup {
    /// How they relate.
    pub relation: Relation,
    /// What they are about ("killed: police and national guard troops").
    pub topic: String,
    /// The figures, in document order.
    pub mentions: Vec<ClaimMention>,
}

/// An entity across documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityRow {
    /// Canonical name (the longest seen).
    pub name: String,
    /// Label.
    pub label: Label,
    /// Documents that name it.
    pub docs: Vec<usize>,
    /// Every mention: (document, span).
    pub mentions: Vec<(usize, Span)>,
    /// Names in other documents that look like a variant of this one ("Central Bank of X" vs "National Bank of X").
    pub similar: Vec<String>,
}

/// The comparison of two or more documents.
#[derive(Clone, Debug, Default)]
pub struct Comparison {
    /// The analysis of each document.
    pub analyses: Vec<Analysis>,
    /// Claim groups, conflicts first.
    pub figures: Vec<ClaimGroup>,
    /// Entities, those in most documents first.
    pub entities: Vec<EntityRow>,
}

fn claim_kind(k: FigureKind) -> bool {
    matches!(k, FigureKind::Count | FigureKind::Money | FigureKind::Percent | FigureKind::Quantity | FigureKind::Age | FigureKind::Duration | FigureKind::Ratio)
}

fn bounds(f: &Figure) -> (f64, f64) {
    let lo = f.low.or(f.value).unwrap_or(f64::NEG_INFINITY);
    let hi = f.high.or(f.value).unwrap_or(f64::INFINITY);
    match f.qualifier {
        Qualifier::Over | Qualifier::AtLeast => (lo, f64::INFINITY),
        Qualifier::Under | Qualifier::AtMost => (f64::NEG_INFINITY.max(0.0), hi),
        // "about 100" reads as ±10 %.
        Qualifier::Approx => (lo * 0.9, hi * 1.1),
        _ => (lo, hi),
    }
}

fn head(f: &Figure) -> Option<String> {
    let c = f.counted.as_ref()?;
    let w = c.split_whitespace().last()?.to_lowercase();
    Some(singular(&w))
}

fn singular(w: &str) -> String {
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    if w.ends_with("ss") {
        return w.to_string();
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

/// Words too common to say what a figure is about.
const CONTEXT_STOP: &[&str] = &[
    "about", "according", "after", "also", "and", "are", "been", "but", "for", "from", "had", "has", "have", "her", "his", "into", "its", "more", "officials", "said", "says", "than", "that", "the", "their", "them", "there", "they", "this", "told", "was", "were", "when", "which", "while", "who", "will", "with", "would",
];

/// Classes of head nouns that name the same kind of thing in news ("jobs" / "positions").
const HEAD_CLASSES: &[&[&str]] = &[
    &["citizen", "civilian", "individual", "inhabitant", "passenger", "people", "person", "resident"],
    &["activist", "demonstrator", "protester", "protestor", "rioter"],
    &["employee", "job", "position", "post", "role", "staff", "worker"],
    &["serviceman", "soldier", "troop"],
    &["building", "dwelling", "home", "house"],
    &["facility", "factory", "mill", "plant", "site"],
    &["fireman", "firefighter"],
    &["aircraft", "helicopter", "jet", "plane"],
    &["casualty", "victim"],
];

fn head_class(h: &str) -> Option<usize> {
    HEAD_CLASSES.iter().position(|c| c.binary_search(&h).is_ok())
}

/// A claim: a figure and the content words around it in its sentence.
struct Claim<'a> {
    doc: usize,
    figure: &'a Figure,
    /// Content words within three tokens.
    near: Vec<String>,
    /// Content words within eight tokens.
    context: Vec<String>,
    /// A year written in the figure's sentence that is before the report's own (its reference
    /// date, else the latest full date it writes, else any year): "In 2018, a ferry sank …
    /// killing more than 160" is background, not the event reported.
    background: Option<i32>,
}

/// For each figure, the earliest year written out in its sentence ("In 2018", "March 2011") that
/// is before the report's own year (see `Claim::background`).
fn backgrounds(text: &str, tokens: &[crate::text::Token], analysis: &Analysis) -> Vec<Option<i32>> {
    // Each token's sentence number, counted once (a text without full stops is one long sentence:
    // no walk back per figure).
    let mut number = 0;
    let sentence_of: Vec<usize> = tokens
        .iter()
        .map(|t| {
            number += t.sent_start as usize;
            number
        })
        .collect();
    let sentence = |pos: usize| -> usize {
        let k = tokens.partition_point(|t| t.span.start < pos);
        sentence_of.get(k).copied().unwrap_or(number)
    };
    // Years as written: a date whose text holds four digits that are its year; with a month
    // ("May 3, 2024", "March 2011") or alone ("In 2018").
    let years: Vec<(usize, i32, bool)> = analysis
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Date)
        .filter_map(|f| {
            let iso = f.iso.as_deref()?;
            let y: i32 = iso.get(..4)?.parse().ok()?;
            f.span.slice(text).contains(&y.to_string()).then(|| (sentence(f.span.start), y, iso.len() >= 7))
        })
        .collect();
    // The report's own year: its reference date's, else the latest full date it writes; with
    // neither, any year it writes out is another time than the news ("on Friday").
    let own = analysis.reference.map(|r| r.year).or_else(|| years.iter().filter(|y| y.2).map(|y| y.1).max());
    analysis
        .figures
        .iter()
        .map(|f| {
            let s = sentence(f.span.start);
            years.iter().filter(|&&(ys, y, _)| ys == s && own.is_none_or(|o| y < o)).map(|y| y.1).min()
        })
        .collect()
}

/// Content words within `width` tokens of each figure, inside its sentence (lower case, singular).
fn contexts(text: &str, tokens: &[crate::text::Token], figures: &[Figure], width: usize) -> Vec<Vec<String>> {
    figures
        .iter()
        .map(|f| {
            let a = tokens.partition_point(|t| t.span.start < f.span.start);
            let b = tokens.partition_point(|t| t.span.start < f.span.end);
            let mut lo = a;
            while lo > 0 && a - lo < width && !tokens[lo].sent_start {
                lo -= 1;
            }
            let mut hi = b;
            while hi < tokens.len() && hi - b < width && !tokens[hi].sent_start {
                hi += 1;
            }
            // What is counted is compared as the head noun, not as context.
            let counted: Vec<String> = f.counted.iter().flat_map(|c| c.split_whitespace()).map(|w| singular(&w.to_lowercase())).collect();
            let mut words: Vec<String> = tokens[lo..a]
                .iter()
                .chain(&tokens[b..hi])
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| singular(&t.text(text).to_lowercase()))
                .filter(|w| w.chars().count() >= 3 && CONTEXT_STOP.binary_search(&w.as_str()).is_err() && !crate::figures::is_figure_word(w) && !counted.contains(w))
                .collect();
            words.sort();
            words.dedup();
            words
        })
        .collect()
}

/// Shared words over the smaller set (0..1).
fn overlap(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    a.iter().filter(|w| b.binary_search(w).is_ok()).count() as f64 / a.len().min(b.len()) as f64
}

fn jaccard(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    inter as f64 / (a.len() + b.len() - inter) as f64
}

fn same_statement(a: &Figure, b: &Figure) -> bool {
    a.kind == b.kind && a.unit == b.unit && a.qualifier == b.qualifier && a.value == b.value && a.low == b.low && a.high == b.high
}

/// How alike two claims are (≤ 0: not the same thing).
fn similarity(a: &Claim, b: &Claim) -> f64 {
    let (fa, fb) = (a.figure, b.figure);
    if fa.kind != fb.kind {
        return 0.0;
    }
    if fa.unit.is_some() && fb.unit.is_some() && fa.unit != fb.unit {
        return 0.0;
    }
    let mut s = 0.0;
    // Claims about different events (or an event against none) are different claims.
    match (fa.event, fb.event) {
        (Some(x), Some(y)) if x == y => s += 3.0,
        (Some(_), Some(_)) => return 0.0,
        (None, None) => {}
        _ => s -= 3.0,
    }
    // One about an earlier year than the reports' own, the other not (or another year).
    if a.background != b.background {
        s -= 2.5;
    }
    let (ha, hb) = (head(fa), head(fb));
    let mut same_topic = fa.event.is_some() && fa.event == fb.event;
    if ha.is_some() && ha == hb {
        s += 2.0;
        same_topic = true;
    } else if let (Some(x), Some(y)) = (ha.as_deref().and_then(head_class), hb.as_deref().and_then(head_class)) {
        if x == y {
            s += 1.5;
            same_topic = true;
        }
    }
    let (alo, ahi) = bounds(fa);
    let (blo, bhi) = bounds(fb);
    // Two or more shared words right next to the figures ("a raise of … a month") name the topic
    // of amounts that count nothing.
    same_topic |= a.near.iter().filter(|w| b.near.binary_search(w).is_ok()).count() >= 2;
    // Disagreeing numbers are one claim in conflict only when they are about the same event or
    // thing; otherwise they are two different claims that merely share words around them.
    if !(alo <= bhi && blo <= ahi) && !same_topic {
        return 0.0;
    }
    if fa.value.is_some() && fa.value == fb.value {
        // The same large number twice ("19 million") rarely is a coincidence.
        s += if fa.value.is_some_and(|v| v.abs() >= 1000.0) { 3.5 } else { 2.5 };
    } else if alo <= bhi && blo <= ahi {
        s += 1.0;
    }
    if fa.qualifier == Qualifier::Vague && fb.qualifier == Qualifier::Vague {
        s += 1.0;
    }
    if fa.unit.is_some() && fa.unit == fb.unit {
        s += 0.5;
    }
    // What surrounds the figure: the words right next to it count most ("a raise of … a month").
    s + 3.0 * overlap(&a.near, &b.near) + 3.0 * jaccard(&a.context, &b.context)
}

const THRESHOLD: f64 = 3.0;

fn relation(ms: &[ClaimMention]) -> Relation {
    let docs: std::collections::BTreeSet<usize> = ms.iter().map(|m| m.doc).collect();
    if docs.len() < 2 {
        return Relation::Only;
    }
    let mut agree = true;
    for (i, a) in ms.iter().enumerate() {
        for b in ms[i + 1..].iter().filter(|b| b.doc != a.doc) {
            let (alo, ahi) = bounds(&a.figure);
            let (blo, bhi) = bounds(&b.figure);
            if !(alo <= bhi && blo <= ahi) {
                return Relation::Conflict;
            }
            agree &= same_statement(&a.figure, &b.figure);
        }
    }
    if agree { Relation::Agree } else { Relation::Consistent }
}

fn topic(ms: &[ClaimMention]) -> String {
    let event = ms.iter().find_map(|m| m.figure.event);
    let mut heads: Vec<String> = Vec::new();
    for m in ms {
        if let Some(c) = &m.figure.counted {
            if !heads.iter().any(|h| h.eq_ignore_ascii_case(c)) {
                heads.push(c.clone());
            }
        }
    }
    let what = if heads.is_empty() { ms[0].figure.kind.as_str().to_string() } else { heads.join(" / ") };
    match event {
        Some(e) => format!("{e}: {what}"),
        None => what,
    }
}

/// True when two names differ in exactly one word and share at least two ("National Bank of X" / "Central Bank of X").
fn near_duplicate(a: &str, b: &str) -> bool {
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    wa.len() == wb.len() && wa.len() >= 3 && wa.iter().zip(&wb).filter(|(x, y)| x != y).count() == 1
}

/// A name without case, a leading "the" and a company legal form ("Acme Foods Inc." → "acme foods").
fn name_key(s: &str) -> String {
    let mut words: Vec<String> = s.split_whitespace().map(|w| w.to_lowercase().replace('’', "'")).collect();
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    while words.len() > 1 && matches!(words.last().map(|w| w.trim_end_matches('.')), Some("inc" | "ltd" | "corp" | "co" | "plc" | "llc" | "ag" | "sa" | "nv" | "gmbh")) {
        words.pop();
    }
    words.join(" ")
}

struct Row {
    out: EntityRow,
    keys: Vec<String>,
}

fn same_entity(r: &Row, keys: &[String], name: &str, label: Label) -> bool {
    // Any shared mention ("CSTO" in both, "Acme Foods" ~ "Acme Foods Inc.").
    if keys.iter().any(|k| r.keys.contains(k)) {
        return true;
    }
    if r.out.label != label {
        return false;
    }
    // A person named fully in one report and partly in the other.
    if label == Label::Per {
        let wa: Vec<String> = name_key(&r.out.name).split(' ').map(String::from).collect();
        let wb: Vec<String> = name_key(name).split(' ').map(String::from).collect();
        let (s, l) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
        return s.last() == l.last() && s.iter().all(|w| l.contains(w));
    }
    false
}

/// Analyzes each text and compares them.
pub fn compare(texts: &[&str], options: &Options) -> Result<Comparison, Error> {
    if texts.len() < 2 {
        return Err(Error::TooFewDocuments(texts.len()));
    }
    let analyses = texts.iter().map(|t| analyze_with(t, options)).collect::<Result<Vec<_>, _>>()?;
    Ok(compare_analyses(texts, analyses))
}

/// Compares analyses already made of `texts`.
pub fn compare_analyses(texts: &[&str], analyses: Vec<Analysis>) -> Comparison {
    let figures = align_figures(texts, &analyses);
    let entities = align_entities(texts, &analyses);
    Comparison { analyses, figures, entities }
}

fn align_figures(texts: &[&str], analyses: &[Analysis]) -> Vec<ClaimGroup> {
    let tokens: Vec<Vec<crate::text::Token>> = texts.iter().map(|t| tokenize(t)).collect();
    let near: Vec<Vec<Vec<String>>> = texts.iter().zip(analyses).zip(&tokens).map(|((t, a), k)| contexts(t, k, &a.figures, 3)).collect();
    let wide: Vec<Vec<Vec<String>>> = texts.iter().zip(analyses).zip(&tokens).map(|((t, a), k)| contexts(t, k, &a.figures, 8)).collect();
    let past: Vec<Vec<Option<i32>>> = texts.iter().zip(analyses).zip(&tokens).map(|((t, a), k)| backgrounds(t, k, a)).collect();
    // Groups of claims; each document's claims join groups best match first.
    let mut groups: Vec<Vec<Claim>> = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        let claims: Vec<Claim> = a
            .figures
            .iter()
            .zip(near[d].iter().zip(&wide[d]).zip(&past[d]))
            .filter(|(f, _)| claim_kind(f.kind))
            .map(|(f, ((n, c), &background))| Claim { doc: d, figure: f, near: n.clone(), context: c.clone(), background })
            .collect();
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        for (ci, c) in claims.iter().enumerate() {
            for (gi, g) in groups.iter().enumerate() {
                // A group takes one claim per document, except a repeat of the same statement.
                if g.iter().any(|m| m.doc == d) {
                    continue;
                }
                let s = g.iter().map(|m| similarity(m, c)).fold(f64::MIN, f64::max);
                if s >= THRESHOLD {
                    candidates.push((s, ci, gi));
                }
            }
        }
        candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut claim_group: Vec<Option<usize>> = vec![None; claims.len()];
        let mut group_taken = vec![false; groups.len()];
        for (_, ci, gi) in candidates {
            if claim_group[ci].is_none() && !group_taken[gi] {
                claim_group[ci] = Some(gi);
                group_taken[gi] = true;
            }
        }
        let first_new = groups.len();
        // Matched claims first, so a repeat can find the group its twin joined.
        let mut rest = Vec::new();
        for (ci, c) in claims.into_iter().enumerate() {
            match claim_group[ci] {
                Some(gi) => groups[gi].push(c),
                None => rest.push(c),
            }
        }
        for c in rest {
            // The same statement made twice in one report (headline and body) is one claim.
            let repeat = (0..groups.len()).find(|&gi| {
                (gi >= first_new || groups[gi].iter().any(|m| m.doc == d))
                    && groups[gi].iter().any(|m| m.doc == d && same_statement(m.figure, c.figure) && similarity(m, &c) >= THRESHOLD)
            });
            match repeat {
                Some(gi) => groups[gi].push(c),
                None => groups.push(vec![c]),
            }
        }
    }
    let mut out: Vec<ClaimGroup> = groups
        .into_iter()
        .map(|g| {
            let ms: Vec<ClaimMention> = g.into_iter().map(|c| ClaimMention { doc: c.doc, figure: c.figure.clone() }).collect();
            ClaimGroup { relation: relation(&ms), topic: topic(&ms), mentions: ms }
        })
        .collect();
    out.sort_by_key(|g| (g.relation, g.mentions[0].doc, g.mentions[0].figure.span.start));
    out
}

fn align_entities(texts: &[&str], analyses: &[Analysis]) -> Vec<EntityRow> {
    // Alias groups matched across documents by shared mentions, legal-form-free names and surnames.
    let mut rows: Vec<Row> = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        for g in &a.groups {
            let mut keys: Vec<String> = g.mentions.iter().map(|&m| name_key(a.entities[m].span.slice(texts[d]))).collect();
            keys.push(name_key(&g.name));
            keys.sort();
            keys.dedup();
            let mentions = g.mentions.iter().map(|&m| (d, a.entities[m].span));
            match rows.iter_mut().find(|r| same_entity(r, &keys, &g.name, g.label)) {
                Some(r) => {
                    if !r.out.docs.contains(&d) {
                        r.out.docs.push(d);
                    }
                    r.out.mentions.extend(mentions);
                    if g.name.split_whitespace().count() > r.out.name.split_whitespace().count() {
                        r.out.name = g.name.clone();
                    }
                    r.keys.extend(keys);
                    r.keys.sort();
                    r.keys.dedup();
                }
                None => rows.push(Row {
                    out: EntityRow { name: g.name.clone(), label: g.label, docs: vec![d], mentions: mentions.collect(), similar: Vec::new() },
                    keys,
                }),
            }
        }
    }
    let mut rows: Vec<EntityRow> = rows.into_iter().map(|r| r.out).collect();
    let names: Vec<(String, Vec<usize>)> = rows.iter().map(|r| (r.name.clone(), r.docs.clone())).collect();
    for r in rows.iter_mut() {
        for (n, docs) in &names {
            if n != &r.name && near_duplicate(n, &r.name) && docs.iter().any(|d| !r.docs.contains(d)) {
                r.similar.push(n.clone());
            }
        }
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.docs.len()));
    rows
}
