//! Comparing reports of one event: which figures agree, which conflict, who is named where.

use crate::entities::Label;
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

/// How alike two claims are (0 = not the same thing).
fn similarity(a: &Figure, b: &Figure) -> i32 {
    if a.kind != b.kind || a.unit != b.unit {
        return 0;
    }
    let mut s = 0;
    // Claims about different events (or an event against none) are different claims.
    match (a.event, b.event) {
        (Some(x), Some(y)) if x == y => s += 3,
        (None, None) => {}
        _ => return 0,
    }
    let (ha, hb) = (head(a), head(b));
    if ha.is_some() && ha == hb {
        s += 2;
    }
    let (alo, ahi) = bounds(a);
    let (blo, bhi) = bounds(b);
    let overlap = alo <= bhi && blo <= ahi;
    if a.value.is_some() && a.value == b.value {
        s += 2;
    } else if overlap {
        s += 1;
    }
    if a.qualifier == Qualifier::Vague && b.qualifier == Qualifier::Vague {
        s += 1;
    }
    s
}

fn relation(ms: &[ClaimMention]) -> Relation {
    let docs: std::collections::BTreeSet<usize> = ms.iter().map(|m| m.doc).collect();
    if docs.len() < 2 {
        return Relation::Only;
    }
    let mut agree = true;
    for (i, a) in ms.iter().enumerate() {
        for b in &ms[i + 1..] {
            let (alo, ahi) = bounds(&a.figure);
            let (blo, bhi) = bounds(&b.figure);
            if !(alo <= bhi && blo <= ahi) {
                return Relation::Conflict;
            }
            let same = a.figure.qualifier == b.figure.qualifier && a.figure.value == b.figure.value && a.figure.low == b.figure.low && a.figure.high == b.figure.high;
            agree &= same;
        }
    }
    if agree { Relation::Agree } else { Relation::Consistent }
}

fn topic(ms: &[ClaimMention]) -> String {
    let event = ms.iter().find_map(|m| m.figure.event);
    let mut heads: Vec<String> = Vec::new();
    for m in ms {
        if let Some(c) = &m.figure.counted {
            if !heads.contains(c) {
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

fn same_entity(a: &str, la: Label, b: &str, lb: Label) -> bool {
    let (al, bl) = (a.to_lowercase(), b.to_lowercase());
    if al == bl {
        return true;
    }
    if la != lb {
        return false;
    }
    let wa: Vec<&str> = al.split_whitespace().collect();
    let wb: Vec<&str> = bl.split_whitespace().collect();
    // A person named fully in one report and partly in the other.
    if la == Label::Per {
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
    Ok(compare_analyses(analyses))
}

/// Compares analyses already made.
pub fn compare_analyses(analyses: Vec<Analysis>) -> Comparison {
    // Figures: each document's claims join the best-matching group that lacks that document.
    let mut groups: Vec<Vec<ClaimMention>> = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        let mut taken = vec![false; groups.len()];
        for f in a.figures.iter().filter(|f| claim_kind(f.kind)) {
            let mut best: Option<(usize, i32)> = None;
            for (g, ms) in groups.iter().enumerate() {
                if taken.get(g).copied().unwrap_or(true) || ms.iter().any(|m| m.doc == d) {
                    continue;
                }
                let s = ms.iter().map(|m| similarity(&m.figure, f)).max().unwrap_or(0);
                if s >= 3 && best.map_or(true, |(_, b)| s > b) {
                    best = Some((g, s));
                }
            }
            let m = ClaimMention { doc: d, figure: f.clone() };
            match best {
                Some((g, _)) => {
                    groups[g].push(m);
                    taken[g] = true;
                }
                None => groups.push(vec![m]),
            }
        }
    }
    let mut figures: Vec<ClaimGroup> = groups
        .into_iter()
        .map(|ms| ClaimGroup { relation: relation(&ms), topic: topic(&ms), mentions: ms })
        .collect();
    figures.sort_by_key(|g| (g.relation, g.mentions[0].doc, g.mentions[0].figure.span.start));

    // Entities: alias groups matched across documents by canonical name.
    let mut rows: Vec<EntityRow> = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        for g in &a.groups {
            let mentions = g.mentions.iter().map(|&m| (d, a.entities[m].span));
            match rows.iter_mut().find(|r| same_entity(&r.name, r.label, &g.name, g.label)) {
                Some(r) => {
                    if !r.docs.contains(&d) {
                        r.docs.push(d);
                    }
                    r.mentions.extend(mentions);
                    if g.name.split_whitespace().count() > r.name.split_whitespace().count() {
                        r.name = g.name.clone();
                    }
                }
                None => rows.push(EntityRow { name: g.name.clone(), label: g.label, docs: vec![d], mentions: mentions.collect(), similar: Vec::new() }),
            }
        }
    }
    let names: Vec<(String, Vec<usize>)> = rows.iter().map(|r| (r.name.clone(), r.docs.clone())).collect();
    for r in rows.iter_mut() {
        for (n, docs) in &names {
            if n != &r.name && near_duplicate(n, &r.name) && docs.iter().any(|d| !r.docs.contains(d)) {
                r.similar.push(n.clone());
            }
        }
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.docs.len()));
    Comparison { analyses, figures, entities: rows }
}
