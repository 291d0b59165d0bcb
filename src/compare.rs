//! Comparing reports of one event: which figures agree, which conflict, who is named where.

use crate::text::one_of;
use crate::entities::gazetteer::{FastMap, FastSet};
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
    &["citizen", "civilian", "individual", "inhabitant", "migrant", "passenger", "people", "person", "refugee", "resident"],
    &["activist", "demonstrator", "protester", "protestor", "rioter"],
    &["employee", "job", "position", "post", "role", "staff", "worker"],
    &["serviceman", "soldier", "troop"],
    &["building", "dwelling", "home", "house"],
    &["facility", "factory", "mill", "plant", "site"],
    &["firefighter", "fireman"],
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
    /// Content words within three tokens (as `Words` ids, sorted).
    near: Vec<u32>,
    /// Content words within eight tokens (as `Words` ids, sorted).
    context: Vec<u32>,
    /// A year written in the figure's sentence that is before the report's own (its reference
    /// date, else the latest full date it writes, else any year): "In 2018, a ferry sank …
    /// killing more than 160" is background, not the event reported.
    background: Option<i32>,
    /// The counted head noun, singular (as a `Words` id), and its class.
    head: Option<u32>,
    class: Option<usize>,
    /// The range the figure allows (`bounds`).
    range: (f64, f64),
    /// What it counts is a part of the people in the news (children, women, students …).
    part: bool,
    /// No other statement of its report counts the same head noun for the same event.
    unique: bool,
    /// A measure, and no other statement of its report measures in its unit.
    unique_unit: bool,
    /// A measure's unit (as a `Words` id).
    unit: Option<u32>,
}

/// Head nouns for a part of the people a report counts.
const PART_HEADS: &[&str] = &["baby", "boy", "child", "children", "foreigner", "girl", "infant", "man", "men", "minor", "pupil", "student", "teenager", "tourist", "woman", "women"];

impl<'a> Claim<'a> {
    fn new(doc: usize, figure: &'a Figure, near: &[String], context: &[String], background: Option<i32>, words: &mut Words) -> Self {
        let head = head(figure);
        let part = head.as_deref().is_some_and(|h| PART_HEADS.binary_search(&h).is_ok());
        // A toll with no noun counts people ("the death toll rose to 26", "killing 24 and
        // injuring 35").
        let people = head_class("people").filter(|_| matches!(figure.event, Some("killed" | "injured" | "detained" | "missing" | "rescued" | "displaced" | "hospitalized" | "abducted")));
        let class = head.as_deref().map_or(people, head_class);
        let head = head.map(|h| words.id(&h));
        let unit = figure.unit.as_deref().filter(|_| figure.kind == FigureKind::Quantity).map(|u| words.id(u));
        Claim { doc, figure, near: words.ids(near), context: words.ids(context), background, head, class, range: bounds(figure), part, unique: false, unique_unit: false, unit }
    }
}

/// Words as numbers, so claims compare without comparing text.
#[derive(Default)]
struct Words(FastMap<String, u32>);

impl Words {
    fn id(&mut self, w: &str) -> u32 {
        let n = self.0.len() as u32;
        match self.0.get(w) {
            Some(&i) => i,
            None => {
                self.0.insert(w.to_string(), n);
                n
            }
        }
    }

    /// Sorted ids of distinct words.
    fn ids(&mut self, ws: &[String]) -> Vec<u32> {
        let mut v: Vec<u32> = ws.iter().map(|w| self.id(w)).collect();
        crate::order::sort(&mut v);
        v.dedup();
        v
    }
}

/// For each figure, the earliest year written out in its sentence ("In 2018", "March 2011") that
/// is before the report's own year (see `Claim::background`).
fn backgrounds(text: &str, tokens: &[crate::text::Token], analysis: &Analysis) -> Vec<Option<i32>> {
    // Each token's sentence and clause number, counted once (a text without full stops is one long
    // sentence: no walk back per figure); a clause ends at a comma, colon, semicolon, dash or bracket.
    let (mut sentence_no, mut clause_no) = (0usize, 0usize);
    let mut sentence_first: Vec<usize> = vec![0];
    let mut places: Vec<(usize, usize)> = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        if t.sent_start {
            sentence_no += 1;
            clause_no += 1;
            sentence_first.push(k);
        }
        places.push((sentence_no, clause_no));
        // (", when …" after a time goes on in that time: "since January 2023, when 25 people died".)
        let when = t.text(text) == "," && tokens.get(k + 1).is_some_and(|n| n.text(text) == "when");
        if one_of!(t.text(text), "," | ";" | ":" | "—" | "–" | "(" | ")") && !when {
            clause_no += 1;
        }
    }
    let at = |pos: usize| -> (usize, usize, usize) {
        let k = tokens.partition_point(|t| t.span.start < pos);
        let (s, c) = places.get(k).copied().unwrap_or((sentence_no, clause_no + 1));
        (s, c, k)
    };
    // Years as written: a date whose text holds four digits that are its year, or a year the
    // reference date resolves ("last year"); with a month
    // ("May 3, 2024", "March 2011") or alone ("In 2018"). A year in a sentence's first words sets
    // the whole sentence in that time ("In 2018, a ferry sank …, killing more than 160"); later in
    // it, only its clause ("won 240 seats, down from 303 in 2019").
    let years: Vec<(usize, usize, i32, bool, bool)> = analysis
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Date)
        .filter_map(|f| {
            let iso = f.iso.as_deref()?;
            let y: i32 = iso.get(..4)?.parse().ok()?;
            let (s, c, k) = at(f.span.start);
            let opens = k <= sentence_first.get(s).copied().unwrap_or(0) + 3;
            // (Or a year said relative to the report's date: "last year", "two years ago".)
            let relative = analysis.reference.is_some() && iso.len() == 4;
            (relative || f.span.slice(text).contains(&y.to_string())).then_some((s, c, y, iso.len() >= 7, opens))
        })
        .collect();
    // The report's own year: its reference date's, else the latest full date it writes; with
    // neither, any year it writes out is another time than the news ("on Friday").
    let own = analysis.reference.map(|r| r.year).or_else(|| years.iter().filter(|y| y.3).map(|y| y.2).max());
    analysis
        .figures
        .iter()
        .map(|f| {
            let (s, c, _) = at(f.span.start);
            // Years are in text order, so their sentences ascend.
            let from = years.partition_point(|y| y.0 < s);
            years[from..].iter().take_while(|y| y.0 == s).filter(|y| (y.4 || y.1 == c) && own.is_none_or(|o| y.2 < o)).map(|y| y.2).min()
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
                // The figure's own event is compared as its event: "died" next to one count and
                // "killed" next to another say nothing more about which claim it is.
                .filter(|w| f.event.is_none() || crate::figures::event_of(w, "") != f.event)
                .collect();
            crate::order::sort(&mut words);
            words.dedup();
            words
        })
        .collect()
}

/// Shared words over the smaller set (0..1).
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    a.iter().filter(|w| b.binary_search(w).is_ok()).count() as f64 / a.len().min(b.len()) as f64
}

fn jaccard(a: &[u32], b: &[u32]) -> f64 {
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
    #[cfg(test)]
    tests::SCORED.with(|n| n.set(n.get() + 1));
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
    let mut same_topic = fa.event.is_some() && fa.event == fb.event;
    if a.head.is_some() && a.head == b.head {
        // The only count of firefighters in each report ("More than 500 firefighters" … "Around
        // 450 firefighters") is the same claim even with nothing else around it in common.
        // Not for people in general ("1.2 million people needed help" … "feed 200,000 people").
        let specific = a.class != head_class("people");
        s += if a.unique && b.unique && specific { 3.0 } else { 2.0 };
        same_topic = true;
    } else if let (Some(x), Some(y)) = (a.class, b.class) {
        if x == y {
            s += 1.5;
            same_topic = true;
        }
    }
    // The only measure in a unit in each report ("forecast to reach 44 degrees Celsius on
    // Thursday" … "expected to climb to 45C on Thursday") is one claim.
    if a.unique_unit && b.unique_unit && fa.unit == fb.unit {
        s += 2.5;
        same_topic = true;
    }
    // A count of a part of the people ("three children were among the dead") is another claim
    // than a count of others ("two passengers died"), even about one event.
    if a.head.is_some() && b.head.is_some() && a.head != b.head && (a.part || b.part) {
        s -= 1.0;
    }
    let (alo, ahi) = a.range;
    let (blo, bhi) = b.range;
    // Numbers an order of magnitude apart are different claims, however their bounds meet ("at
    // least 37 killed" in a quake against "over 50,000 killed" in an earlier one); vague amounts
    // ("hundreds") are wide enough already.
    let size = |f: &Figure| f.value.or(f.low).or(f.high).filter(|v| v.is_finite() && *v > 0.0);
    if let (Some(x), Some(y)) = (size(fa), size(fb)) {
        if fa.qualifier != Qualifier::Vague && fb.qualifier != Qualifier::Vague && x.max(y) > 10.0 * x.min(y) {
            return 0.0;
        }
    }
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

/// Half the unit of the last digit a figure is written with, at its scale: "54 percent" is
/// 53.5–54.5 and so consistent with "54.3%", "$1.1 billion" takes in "$1.14 billion"; a whole
/// number in words is ±0.5 too. Nothing for ranges and shares in words.
fn half_unit(text: &str, f: &Figure) -> f64 {
    let Some(v) = f.value.filter(|v| *v != 0.0 && v.is_finite()) else { return 0.0 };
    let s = text.get(f.span.start..f.span.end).unwrap_or("");
    let Some(at) = s.find(|c: char| c.is_ascii_digit()) else {
        return if v.fract() == 0.0 { 0.5 } else { 0.0 };
    };
    let written: String = s[at..].chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').filter(|&c| c != ',').collect();
    let written = written.trim_end_matches('.');
    let Some(m) = written.parse::<f64>().ok().filter(|m| *m != 0.0) else { return 0.0 };
    let decimals = written.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    0.5 * 10f64.powi(-decimals) * (v / m).abs()
}

fn relation(ms: &[ClaimMention], texts: &[&str]) -> Relation {
    let docs: std::collections::BTreeSet<usize> = ms.iter().map(|m| m.doc).collect();
    if docs.len() < 2 {
        return Relation::Only;
    }
    // Each document's way of stating it once (a repeated copy changes nothing).
    let mut distinct: Vec<&ClaimMention> = Vec::new();
    let mut stated: FastMap<(usize, Statement), ()> = FastMap::default();
    for m in ms {
        if stated.insert((m.doc, statement(&m.figure)), ()).is_none() {
            distinct.push(m);
        }
    }
    let ms = distinct;
    let mut agree = true;
    for (i, a) in ms.iter().enumerate() {
        for b in ms[i + 1..].iter().filter(|b| b.doc != a.doc) {
            let (alo, ahi) = bounds(&a.figure);
            let (blo, bhi) = bounds(&b.figure);
            // Rounded as written: the widened ranges must overlap inside ("68" and "69" seats
            // touch at 68.5 and conflict).
            let (ha, hb) = (half_unit(texts[a.doc], &a.figure), half_unit(texts[b.doc], &b.figure));
            let mut overlap = if ha + hb > 0.0 { alo - ha < bhi + hb && blo - hb < ahi + ha } else { alo <= bhi && blo <= ahi };
            // Two estimates ("about 30,000" … "some 25,000") agree when one's number lies in the
            // other's margin, not merely when their margins touch.
            if let (Qualifier::Approx, Qualifier::Approx, Some(va), Some(vb)) = (a.figure.qualifier, b.figure.qualifier, a.figure.value, b.figure.value) {
                overlap &= (blo..=bhi).contains(&va) || (alo..=ahi).contains(&vb);
            }
            if !overlap {
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
    // At most four ways of naming it (a long text's group can hold thousands of mentions).
    for m in ms {
        if heads.len() == 4 {
            break;
        }
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

/// A word-like key two claims can share; a claim scores ≥ `THRESHOLD` against another only if
/// they share one (without: at most 1 for overlapping ranges + 1 for two vague figures + 0.5 for
/// the unit).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Event(&'static str),
    Head(u32),
    Class(usize),
    Value(u64),
    Near(u32),
    Context(u32),
}

/// Groups a claim is scored against at most: those sharing its rarest keys first (a key shared
/// with every group, such as the event of a long list of "N homes were damaged", says least).
const MAX_CANDIDATES: usize = 256;
/// Groups a claim may join, its best ones (bounds the candidate list of a long text).
const MAX_CHOICES: usize = 16;
/// Groups searched for an earlier statement of a repeat.
const MAX_REPEAT_GROUPS: usize = 1024;
/// Members per group that score a new claim; more are kept but not scored (the first ones of each
/// way of stating it are; a text repeating one figure thousands of times stays linear).
const SCORED_MEMBERS: usize = 32;

/// The identity of a statement: kind, unit, qualifier and numbers (see `same_statement`).
type Statement = (FigureKind, Option<String>, Qualifier, [Option<u64>; 3]);

/// A number as a hash key (−0 and 0 alike).
fn bits(x: f64) -> u64 {
    (x + 0.0).to_bits()
}

fn statement(f: &Figure) -> Statement {
    (f.kind, f.unit.clone(), f.qualifier, [f.value.map(bits), f.low.map(bits), f.high.map(bits)])
}

/// The same statement, or the same number said once with "about" and once without.
fn said_alike(a: &Figure, b: &Figure) -> bool {
    let loose = |q: Qualifier| matches!(q, Qualifier::Exact | Qualifier::Approx);
    same_statement(a, b) || (a.kind == b.kind && a.unit == b.unit && a.value.is_some() && a.value == b.value && a.low == b.low && a.high == b.high && loose(a.qualifier) && loose(b.qualifier))
}

/// `a` states exactly the number `b` gives as a lower bound ("114" … "at least 114"), of the
/// same kind and unit.
fn bound_left_out(a: &Figure, b: &Figure) -> bool {
    a.qualifier == Qualifier::Exact && b.qualifier == Qualifier::AtLeast && a.kind == b.kind && a.unit == b.unit && a.value.is_some() && a.value == b.value && a.low == b.low
}

/// True when two claims of one document score alike against anything (a repeated copy).
fn same_scoring(a: &Claim, b: &Claim) -> bool {
    a.doc == b.doc && same_statement(a.figure, b.figure) && a.figure.event == b.figure.event && a.head == b.head && a.background == b.background && a.near == b.near && a.context == b.context
}

struct Group<'a> {
    members: Vec<Claim<'a>>,
    /// Members that score new claims: one per way of stating it, at most `SCORED_MEMBERS`.
    scored: Vec<usize>,
}

/// Claim groups with an index from keys to the groups whose scored members have them.
struct Groups<'a> {
    groups: Vec<Group<'a>>,
    postings: FastMap<Key, Vec<u32>>,
    /// For the document being aligned: statement → groups where it states it.
    statements: FastMap<Statement, Vec<u32>>,
}

impl<'a> Groups<'a> {
    fn keys(c: &Claim) -> Vec<Key> {
        let mut keys = Vec::new();
        if let Some(e) = c.figure.event {
            keys.push(Key::Event(e));
        }
        if let Some(h) = c.head {
            keys.push(Key::Head(h));
        }
        // The only measure in its unit meets the other report's by the unit alone.
        if let Some(u) = c.unit.filter(|_| c.unique_unit) {
            keys.push(Key::Head(u));
        }
        if let Some(k) = c.class {
            keys.push(Key::Class(k));
        }
        if let Some(v) = c.figure.value {
            keys.push(Key::Value(bits(v)));
        }
        keys.extend(c.near.iter().map(|&w| Key::Near(w)));
        keys.extend(c.context.iter().map(|&w| Key::Context(w)));
        keys
    }

    /// Adds a claim to group `gi` (a new group when `gi` is the number of groups).
    fn push(&mut self, gi: usize, c: Claim<'a>) {
        if gi == self.groups.len() {
            self.groups.push(Group { members: Vec::new(), scored: Vec::new() });
        }
        self.statements.entry(statement(c.figure)).or_default().push(gi as u32);
        let g = &self.groups[gi];
        let scored = g.scored.len() < SCORED_MEMBERS && !g.scored.iter().any(|&m| same_scoring(&g.members[m], &c));
        if scored {
            for k in Self::keys(&c) {
                let p = self.postings.entry(k).or_default();
                if p.last() != Some(&(gi as u32)) {
                    p.push(gi as u32);
                }
            }
            let g = &mut self.groups[gi];
            g.scored.push(g.members.len());
        }
        self.groups[gi].members.push(c);
    }

    /// Groups sharing a key with `c`, each once, rarest keys first, at most `MAX_CANDIDATES`.
    fn candidates(&self, c: &Claim, seen: &mut Vec<u32>, stamp: u32) -> Vec<usize> {
        seen.resize(self.groups.len(), u32::MAX);
        let mut postings: Vec<&Vec<u32>> = Self::keys(c).iter().filter_map(|k| self.postings.get(k)).collect();
        crate::order::sort_by_key(&mut postings, |p| p.len());
        let mut out = Vec::new();
        for p in postings {
            for &gi in p {
                if out.len() == MAX_CANDIDATES {
                    return out;
                }
                if seen[gi as usize] != stamp {
                    seen[gi as usize] = stamp;
                    out.push(gi as usize);
                }
            }
        }
        out
    }

    fn best(&self, gi: usize, c: &Claim) -> f64 {
        let g = &self.groups[gi];
        g.scored.iter().map(|&m| similarity(&g.members[m], c)).fold(f64::MIN, f64::max)
    }
}

fn align_figures(texts: &[&str], analyses: &[Analysis]) -> Vec<ClaimGroup> {
    let tokens: Vec<Vec<crate::text::Token>> = texts.iter().map(|t| tokenize(t)).collect();
    let near: Vec<Vec<Vec<String>>> = texts.iter().zip(analyses).zip(&tokens).map(|((t, a), k)| contexts(t, k, &a.figures, 3)).collect();
    let wide: Vec<Vec<Vec<String>>> = texts.iter().zip(analyses).zip(&tokens).map(|((t, a), k)| contexts(t, k, &a.figures, 8)).collect();
    let past: Vec<Vec<Option<i32>>> = texts.iter().zip(analyses).zip(&tokens).map(|((t, a), k)| backgrounds(t, k, a)).collect();
    // Groups of claims; each document's claims join groups best match first.
    let mut groups = Groups { groups: Vec::new(), postings: Default::default(), statements: Default::default() };
    let mut words = Words::default();
    let mut seen: Vec<u32> = Vec::new();
    let mut stamp = 0u32;
    for (d, a) in analyses.iter().enumerate() {
        let mut claims: Vec<Claim> = a
            .figures
            .iter()
            .zip(near[d].iter().zip(&wide[d]).zip(&past[d]))
            .filter(|(f, _)| claim_kind(f.kind))
            .map(|(f, ((n, c), &background))| Claim::new(d, f, n, c, background, &mut words))
            .collect();
        // How many different statements of this report count each head noun for one event (or
        // none: "one firefighter" killed is another claim than "500 firefighters" at work).
        let mut per_head: FastMap<(u32, Option<&str>), FastSet<Statement>> = FastMap::default();
        for c in &claims {
            if let Some(h) = c.head {
                per_head.entry((h, c.figure.event)).or_default().insert(statement(c.figure));
            }
        }
        let mut per_unit: FastMap<&str, FastSet<Statement>> = FastMap::default();
        for c in claims.iter().filter(|c| c.figure.kind == FigureKind::Quantity) {
            if let Some(u) = c.figure.unit.as_deref() {
                per_unit.entry(u).or_default().insert(statement(c.figure));
            }
        }
        for c in claims.iter_mut() {
            c.unique = c.head.is_some_and(|h| per_head.get(&(h, c.figure.event)).is_some_and(|s| s.len() == 1));
            c.unique_unit = c.figure.kind == FigureKind::Quantity && c.figure.unit.as_deref().is_some_and(|u| per_unit.get(u).is_some_and(|s| s.len() == 1));
        }
        // No group has a claim of this document yet: each may take one (a repeat of the same
        // statement joins below).
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        // A statement made again in the same report (the headline's toll, then the body's) looks
        // for a group once, as its first mention; the repeat joins its twin below.
        let mut stated: FastSet<(Statement, Option<&str>, Option<u32>)> = FastSet::default();
        for (ci, c) in claims.iter().enumerate() {
            if !stated.insert((statement(c.figure), c.figure.event, c.head)) {
                continue;
            }
            stamp += 1;
            let mut mine: Vec<(f64, usize, usize)> = groups.candidates(c, &mut seen, stamp).into_iter().map(|gi| (groups.best(gi, c), ci, gi)).filter(|x| x.0 >= THRESHOLD).collect();
            crate::order::sort_by(&mut mine, |x, y| y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)));
            mine.truncate(MAX_CHOICES);
            candidates.extend(mine);
        }
        crate::order::sort_by(&mut candidates, |x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut claim_group: Vec<Option<usize>> = vec![None; claims.len()];
        let mut group_taken = vec![false; groups.groups.len()];
        for (_, ci, gi) in candidates {
            if claim_group[ci].is_none() && !group_taken[gi] {
                claim_group[ci] = Some(gi);
                group_taken[gi] = true;
            }
        }
        groups.statements.clear();
        // Matched claims first, so a repeat can find the group its twin joined.
        let mut rest = Vec::new();
        for (ci, c) in claims.into_iter().enumerate() {
            match claim_group[ci] {
                Some(gi) => groups.push(gi, c),
                None => rest.push(c),
            }
        }
        for c in rest {
            // The same statement made twice in one report (headline and body) is one claim: the
            // first group where this document states it alike enough.
            // A headline's round "30,000" and the body's "about 30,000" are one statement too.
            let mut alt = statement(c.figure);
            alt.2 = match alt.2 {
                Qualifier::Exact => Qualifier::Approx,
                Qualifier::Approx => Qualifier::Exact,
                q => q,
            };
            // So are a headline's "kills 114" and the body's "killed at least 114 people" (or the
            // other way round): one of them leaves the bound out.
            let mut bare = statement(c.figure);
            match bare.2 {
                Qualifier::AtLeast => {
                    bare.2 = Qualifier::Exact;
                    bare.3[2] = bare.3[1];
                }
                Qualifier::Exact => {
                    bare.2 = Qualifier::AtLeast;
                    bare.3[2] = None;
                }
                _ => {}
            }
            let repeat = [statement(c.figure), alt, bare]
                .iter()
                .filter_map(|st| groups.statements.get(st))
                .flat_map(|p| p.iter().take(MAX_REPEAT_GROUPS))
                .map(|&gi| gi as usize)
                .filter(|&gi| {
                    let g = &groups.groups[gi];
                    g.scored.iter().map(|&m| &g.members[m]).any(|m| m.doc == d && (said_alike(m.figure, c.figure) || bound_left_out(m.figure, c.figure) || bound_left_out(c.figure, m.figure)) && similarity(m, &c) >= THRESHOLD)
                })
                .min();
            let gi = repeat.unwrap_or(groups.groups.len());
            groups.push(gi, c);
        }
    }
    let mut out: Vec<ClaimGroup> = groups
        .groups
        .into_iter()
        .map(|g| {
            let ms: Vec<ClaimMention> = g.members.into_iter().map(|c| ClaimMention { doc: c.doc, figure: c.figure.clone() }).collect();
            ClaimGroup { relation: relation(&ms, texts), topic: topic(&ms), mentions: ms }
        })
        .collect();
    crate::order::sort_by_key(&mut out, |g| (g.relation, g.mentions[0].doc, g.mentions[0].figure.span.start));
    out
}

/// The family name of a person's row (last word of its key).
fn surname(name: &str) -> String {
    name_key(name).rsplit(' ').next().unwrap_or("").to_string()
}

fn align_entities(texts: &[&str], analyses: &[Analysis]) -> Vec<EntityRow> {
    // Alias groups matched across documents by shared mentions, legal-form-free names and surnames;
    // rows are found by key and by family name, the first row that matches taken.
    let mut rows: Vec<Row> = Vec::new();
    let mut by_key: FastMap<String, Vec<usize>> = FastMap::default();
    let mut by_surname: FastMap<String, Vec<usize>> = FastMap::default();
    for (d, a) in analyses.iter().enumerate() {
        for g in &a.groups {
            let mut keys: Vec<String> = g.mentions.iter().map(|&m| name_key(a.entities[m].span.slice(texts[d]))).collect();
            keys.push(name_key(&g.name));
            crate::order::sort(&mut keys);
            keys.dedup();
            let mentions = g.mentions.iter().map(|&m| (d, a.entities[m].span));
            let mut candidates: Vec<usize> = keys.iter().filter_map(|k| by_key.get(k)).flatten().copied().collect();
            if g.label == Label::Per {
                candidates.extend(by_surname.get(&surname(&g.name)).into_iter().flatten().copied());
            }
            crate::order::sort(&mut candidates);
            candidates.dedup();
            let found = candidates.into_iter().find(|&ri| same_entity(&rows[ri], &keys, &g.name, g.label));
            let ri = match found {
                Some(ri) => {
                    let r = &mut rows[ri];
                    if !r.out.docs.contains(&d) {
                        r.out.docs.push(d);
                    }
                    r.out.mentions.extend(mentions);
                    if g.name.split_whitespace().count() > r.out.name.split_whitespace().count() {
                        r.out.name = g.name.clone();
                    }
                    r.keys.extend(keys.iter().cloned());
                    crate::order::sort(&mut r.keys);
                    r.keys.dedup();
                    ri
                }
                None => {
                    rows.push(Row {
                        out: EntityRow { name: g.name.clone(), label: g.label, docs: vec![d], mentions: mentions.collect(), similar: Vec::new() },
                        keys: keys.clone(),
                    });
                    rows.len() - 1
                }
            };
            for k in keys {
                let p = by_key.entry(k).or_default();
                if p.last() != Some(&ri) {
                    p.push(ri);
                }
            }
            if rows[ri].out.label == Label::Per {
                let p = by_surname.entry(surname(&rows[ri].out.name)).or_default();
                if p.last() != Some(&ri) {
                    p.push(ri);
                }
            }
        }
    }
    let mut rows: Vec<EntityRow> = rows.into_iter().map(|r| r.out).collect();
    // A body named with its country in one report and without in another ("Election Commission of
    // India" / "Election Commission"), when one name only adds an "of …" to that name (two
    // "Central Bank of …" leave "Central Bank" alone) and the two rows share no report.
    let mut with_of: FastMap<String, (usize, usize)> = FastMap::default();
    for (ri, r) in rows.iter().enumerate() {
        let key = name_key(&r.name);
        if let (Label::Org, Some((head, _))) = (r.label, key.split_once(" of ")) {
            if head.contains(' ') {
                let e = with_of.entry(head.to_string()).or_insert((0, ri));
                e.0 += 1;
            }
        }
    }
    if !with_of.is_empty() {
        let mut absorbed = vec![false; rows.len()];
        for ri in 0..rows.len() {
            if rows[ri].label != Label::Org {
                continue;
            }
            if let Some(&(1, full)) = with_of.get(&name_key(&rows[ri].name)) {
                if full != ri && !absorbed[full] && rows[ri].docs.iter().all(|d| !rows[full].docs.contains(d)) {
                    let (docs, mentions) = (rows[ri].docs.clone(), rows[ri].mentions.clone());
                    rows[full].docs.extend(docs);
                    crate::order::sort(&mut rows[full].docs);
                    rows[full].mentions.extend(mentions);
                    absorbed[ri] = true;
                }
            }
        }
        let mut k = 0;
        rows.retain(|_| {
            k += 1;
            !absorbed[k - 1]
        });
    }
    // Names of three or more words that differ in exactly one ("National Bank of X" / "Central
    // Bank of X"): indexed by the name with each word masked.
    let mut masked: FastMap<(usize, String), Vec<usize>> = FastMap::default();
    for (ri, r) in rows.iter().enumerate() {
        let words: Vec<&str> = r.name.split_whitespace().collect();
        if words.len() >= 3 {
            for i in 0..words.len() {
                let mut w = words.clone();
                w[i] = "";
                masked.entry((i, w.join(" "))).or_default().push(ri);
            }
        }
    }
    let mut similar: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    // A pattern shared by many names ("Bank of …" in a long list) marks no variant of one of them.
    for p in masked.values().filter(|p| p.len() <= 8) {
        for &x in p {
            for &y in p {
                if rows[x].name != rows[y].name && rows[y].docs.iter().any(|d| !rows[x].docs.contains(d)) {
                    similar[x].push(y);
                }
            }
        }
    }
    for (x, mut ys) in similar.into_iter().enumerate() {
        crate::order::sort(&mut ys);
        let names: Vec<String> = ys.into_iter().map(|y| rows[y].name.clone()).collect();
        rows[x].similar = names;
    }
    crate::order::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.docs.len()));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Claim pairs scored on this thread.
        pub(super) static SCORED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    #[test]
    fn a_year_late_in_a_sentence_sets_only_its_clause_in_the_past() {
        // Neither report gives a full date, so any year written is another time than the news.
        // "543" was background in the first report (the sentence's "in 2019") and stayed unpaired
        // (checked when written).
        let a = "The ruling party won 240 of the 543 seats in the lower house, down from 303 in 2019, officials said.";
        let b = "The ruling party took 240 seats in the 543-member lower house, officials said on Tuesday.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let group = |v: f64| cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(v))).unwrap();
        assert_eq!(group(543.0).relation, Relation::Agree, "{:?}", cmp.figures);
        assert_eq!(group(240.0).relation, Relation::Agree);
        // A year opening the sentence still sets all of it in the past.
        let a = "In 2019, a storm there killed 40 people, and 12 bridges fell. On Monday a storm killed 12 people.";
        let b = "A storm killed 12 people on Monday, officials said.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let killed12 = cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.doc == 1 && m.figure.value == Some(12.0))).unwrap();
        assert!(killed12.mentions.iter().all(|m| m.figure.value == Some(12.0)), "{:?}", killed12);
        assert_eq!(killed12.mentions.len(), 2, "{:?}", cmp.figures);
    }

    #[test]
    fn the_only_count_of_a_thing_in_each_report_is_one_claim() {
        // Nothing around the two counts of firefighters in common: two claims before.
        let a = "Flames reached the suburbs on Tuesday. More than 600 firefighters battled the blaze overnight, and one firefighter died.";
        let b = "Around 520 firefighters were deployed as the fire spread, officials said.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let g = cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(600.0))).unwrap();
        assert_eq!((g.relation, g.mentions.len()), (Relation::Conflict, 2), "{:?}", cmp.figures);
        // Not for people in general: "people needed help" and "feed people" are two claims.
        let a = "The UN said 1.3 million people needed help.";
        let b = "The agency will feed 300,000 people for a month.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        assert!(cmp.figures.iter().all(|g| g.mentions.len() == 1), "{:?}", cmp.figures);
    }

    #[test]
    fn head_classes_are_sorted() {
        // (Looked up by binary search.)
        for class in super::HEAD_CLASSES {
            assert!(class.windows(2).all(|w| w[0] < w[1]), "{class:?}");
        }
    }

    #[test]
    fn migrants_and_refugees_are_people() {
        // The same count of those aboard, as people and as migrants: two claims before.
        let a = "The dinghy left the port late on Friday with about 70 people on board.";
        let b = "A rubber boat carrying 70 migrants capsized after dark, the agency said.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let g = cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(70.0))).unwrap();
        assert_eq!((g.relation, g.mentions.len()), (Relation::Consistent, 2), "{:?}", cmp.figures);
    }

    #[test]
    fn the_only_measure_in_a_unit_in_each_report_is_one_claim() {
        // Two forecasts of one day's heat: two claims before.
        let a = "Crews fought the flames for a third day. Temperatures were forecast to reach 43 degrees Celsius on Friday.";
        let b = "Heat is expected to climb to 41C on Friday, the weather service said.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let g = cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(43.0))).unwrap();
        assert_eq!((g.relation, g.mentions.len()), (Relation::Conflict, 2), "{:?}", cmp.figures);
        // Two measures in the unit in one report: each needs more in common to be matched.
        let a = "The fire reached 43 degrees Celsius inside, and outside it was 30 degrees Celsius.";
        let b = "Heat is expected to climb to 41C on Friday.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        assert!(cmp.figures.iter().all(|g| g.mentions.len() == 1), "{:?}", cmp.figures);
    }

    #[test]
    fn numbers_an_order_of_magnitude_apart_are_different_claims() {
        // "at least 37" and "over 50,000" killed meet as bounds; they had been paired, leaving
        // "39" to conflict with "more than 53,000".
        let a = "Quake kills at least 37 in eastern Turkey\nA magnitude 6.4 earthquake struck early on Tuesday, killing at least 37 people and injuring more than 400. The region was among the provinces hit in February 2023, when two quakes killed more than 53,000 people.";
        let b = "Death toll in earthquake rises to 39\nThe number of people killed by a strong earthquake in eastern Turkey rose to 39 on Tuesday, officials said. The area was also hit by the devastating February 2023 earthquakes, which killed over 50,000 people in Turkey.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let group = |v: f64| cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(v))).unwrap();
        let values = |v: f64| group(v).mentions.iter().filter_map(|m| m.figure.value).collect::<Vec<_>>();
        assert!(values(39.0).contains(&37.0), "{:?}", cmp.figures);
        assert!(values(50000.0).contains(&53000.0), "{:?}", cmp.figures);
    }

    #[test]
    fn a_headline_says_without_about_what_the_body_says_with_it() {
        let a = "Floods force 40,000 to flee\n\nFloods forced about 40,000 residents to leave their homes on Monday.";
        let b = "Some 35,000 people fled their homes as the river rose.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let g = cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(35000.0))).unwrap();
        assert_eq!(g.mentions.len(), 3, "{:?}", cmp.figures);
        // Two estimates a fifth apart disagree, though their margins of a tenth touch (they read
        // consistent before).
        let a = "Officials said about 30,000 residents were evacuated on Monday.";
        let b = "Some 25,000 residents were evacuated on Monday, officials said.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        assert_eq!(cmp.figures.iter().map(|g| g.relation).collect::<Vec<_>>(), [Relation::Conflict], "{:?}", cmp.figures);
        // An estimate and a number inside its margin still agree.
        let b = "Some 28,000 residents were evacuated on Monday, officials said.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        assert_eq!(cmp.figures.iter().map(|g| g.relation).collect::<Vec<_>>(), [Relation::Consistent], "{:?}", cmp.figures);
    }

    #[test]
    fn a_body_with_and_without_its_country_is_one_row() {
        // Two rows before (checked when written).
        let a = "The Election Commission said turnout was 66 percent.";
        let b = "Turnout was 65 percent, according to the Election Commission of Freedonia.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let rows: Vec<_> = cmp.entities.iter().filter(|r| r.name.starts_with("Election Commission")).collect();
        assert_eq!(rows.len(), 1, "{:?}", cmp.entities);
        assert_eq!(rows[0].docs, [0, 1]);
        // Two countries' banks leave the bare name alone.
        let a = "The Central Bank raised rates.";
        let b = "The Central Bank of Freedonia and the Central Bank of Sylvania raised rates.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        assert!(cmp.entities.iter().all(|r| r.docs.len() == 1), "{:?}", cmp.entities);
    }

    #[test]
    fn long_reports_score_each_claim_against_a_bounded_number_of_groups() {
        // Every claim of both reports is about the same event and thing: each shares a key with
        // every group, so scoring all of them is quadratic (9 million pairs here).
        let n = 3000;
        let a: String = (0..n).map(|i| format!("{} homes were damaged in the storm. ", i * 7 + 3)).collect();
        let b: String = (0..n).map(|i| format!("{} homes were damaged in the storm. ", i * 5 + 1)).collect();
        SCORED.with(|c| c.set(0));
        let cmp = compare(&[&a, &b], &Options::default()).unwrap();
        let scored = SCORED.with(|c| c.get());
        assert!(scored <= 2 * n * MAX_CANDIDATES, "{scored} pairs scored");
        // The numbers both reports state (31, 66, … : 3 mod 7 and 1 mod 5) still find each other.
        let agreed: Vec<f64> = cmp.figures.iter().filter(|g| g.relation == Relation::Agree).filter_map(|g| g.mentions[0].figure.value).collect();
        let shared: Vec<f64> = (0..n).map(|i| (i * 7 + 3) as f64).filter(|&v| v <= ((n - 1) * 5 + 1) as f64 && (v as usize) % 5 == 1).collect();
        assert!(shared.len() > 400);
        for v in &shared {
            assert!(agreed.contains(v), "{v} not agreed");
        }
    }

    #[test]
    fn a_figure_rounded_as_written_is_consistent_not_in_conflict() {
        // Conflicts before (checked when written).
        let a = "The mayor won 61.4% of the vote and the city will spend $2.3 billion on transit.";
        let b = "The mayor took 61 percent of the vote; the city plans to spend $2.34 billion on transit.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        let group = |v: f64| cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(v))).unwrap();
        assert_eq!(group(61.4).relation, Relation::Consistent, "{:?}", cmp.figures);
        assert_eq!(group(2.3e9).relation, Relation::Consistent, "{:?}", cmp.figures);
        // Whole counts one apart still conflict.
        let a = "The ruling party won 71 seats, officials said.";
        let b = "The ruling party won 70 seats, officials said.";
        let cmp = compare(&[a, b], &Options::default()).unwrap();
        assert_eq!(cmp.figures[0].relation, Relation::Conflict, "{:?}", cmp.figures);
        assert_eq!(cmp.figures[0].mentions.len(), 2);
    }

    #[test]
    fn a_word_of_the_figures_own_event_does_not_pair_two_claims() {
        // "died" next to both small and large tolls paired 19 with "more than 2,400" (checked when
        // written); the yearly tolls are the claim both make.
        let a = "Floods killed 2,431 people across the province last year, officials said. It was the worst storm since May 2021, when 19 people died in a landslide.";
        let b = "More than 2,400 people died in floods across the province in 2023.";
        let options = Options { reference: crate::Date::new(2024, 2, 1), ..Default::default() };
        let cmp = compare(&[a, b], &options).unwrap();
        let group = |v: f64| cmp.figures.iter().find(|g| g.mentions.iter().any(|m| m.figure.value == Some(v))).unwrap();
        assert_eq!(group(2431.0).mentions.len(), 2, "{:?}", cmp.figures);
        assert_eq!(group(2431.0).relation, Relation::Consistent);
        assert_eq!(group(19.0).mentions.len(), 1, "{:?}", cmp.figures);
    }
}
