//! The wire format shared by the CLI and the WebAssembly binding.
//!
//! Every offset here is in **UTF-16 code units, end exclusive**, so in JavaScript
//! `text.slice(start, end) === item.text`. Conversion from the core's byte spans happens here
//! only, with one [`Utf16Map`] per document (one pass over its text).

use serde::Serialize;

use crate::compare::Comparison;
use crate::text::offsets::Utf16Map;
use crate::{Analysis, Span};

/// An entity mention.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct EntityOut {
    /// Start (UTF-16).
    pub start: u32,
    /// End (UTF-16, exclusive).
    pub end: u32,
    /// The mention text.
    pub text: String,
    /// "PER", "LOC", "ORG" or "MISC".
    pub label: &'static str,
    /// Id of its alias group.
    pub entity: usize,
}

/// A figure.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct FigureOut {
    /// Start (UTF-16).
    pub start: u32,
    /// End (UTF-16, exclusive).
    pub end: u32,
    /// The figure text.
    pub text: String,
    /// count, money, percent, ordinal, age, duration, ratio, date, time, quantity.
    pub kind: &'static str,
    /// Stated value.
    pub value: Option<f64>,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// exact, approx, over, under, atLeast, atMost, range, vague.
    pub qualifier: &'static str,
    /// Currency code or unit.
    pub unit: Option<String>,
    /// What is counted.
    pub counted: Option<String>,
    /// The event reported for it (killed, injured, detained, hospitalized, …).
    pub event: Option<&'static str>,
    /// Resolved date.
    pub iso: Option<String>,
}

/// An alias group.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct GroupOut {
    /// Id (index in the list).
    pub id: usize,
    /// Canonical name.
    pub name: String,
    /// Label.
    pub label: &'static str,
    /// Indices into `entities`.
    pub mentions: Vec<usize>,
}

/// The analysis of one document.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct AnalysisOut {
    /// Entity mentions.
    pub entities: Vec<EntityOut>,
    /// Figures.
    pub figures: Vec<FigureOut>,
    /// Alias groups.
    pub groups: Vec<GroupOut>,
    /// The date relative dates were resolved against ("YYYY-MM-DD"), or null.
    pub reference: Option<String>,
    /// Where it came from: "given" (the caller's date), "text" (the article's own first lines) or
    /// "textYearFromToday" (a dateline's day and month in the year of the caller's `today`).
    #[serde(rename = "referenceSource")]
    pub reference_source: Option<&'static str>,
}

fn span_offsets<'a, I: Iterator<Item = &'a Span>>(spans: I) -> impl Iterator<Item = usize> + use<'a, I> {
    spans.flat_map(|s| [s.start, s.end])
}

/// Converts an analysis of `text` to the wire format.
pub fn analysis(text: &str, a: &Analysis) -> AnalysisOut {
    let map = Utf16Map::new(text, span_offsets(a.entities.iter().map(|e| &e.span).chain(a.figures.iter().map(|f| &f.span))));
    analysis_with(text, a, &map)
}

fn analysis_with(text: &str, a: &Analysis, map: &Utf16Map) -> AnalysisOut {
    AnalysisOut {
        entities: a
            .entities
            .iter()
            .map(|e| EntityOut { start: map.get(e.span.start), end: map.get(e.span.end), text: e.span.slice(text).to_string(), label: e.label.as_str(), entity: e.group })
            .collect(),
        figures: a.figures.iter().map(|f| figure_out(text, f, map)).collect(),
        groups: a
            .groups
            .iter()
            .enumerate()
            .map(|(id, g)| GroupOut { id, name: g.name.clone(), label: g.label.as_str(), mentions: g.mentions.clone() })
            .collect(),
        reference: a.reference.map(|d| d.iso()),
        reference_source: a.reference.map(|_| match (a.reference_span.is_some(), a.reference_year_from_today) {
            (false, _) => "given",
            (true, false) => "text",
            (true, true) => "textYearFromToday",
        }),
    }
}

fn figure_out(text: &str, f: &crate::Figure, map: &Utf16Map) -> FigureOut {
    FigureOut {
        start: map.get(f.span.start),
        end: map.get(f.span.end),
        text: f.span.slice(text).to_string(),
        kind: f.kind.as_str(),
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier.as_str(),
        unit: f.unit.clone(),
        counted: f.counted.clone(),
        event: f.event,
        iso: f.iso.clone(),
    }
}

/// A figure in a claim group: the figure (offsets in its document) and which document.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct ClaimOut {
    /// Document index.
    pub doc: usize,
    /// The figure.
    #[serde(flatten)]
    pub figure: FigureOut,
}

/// A claim group.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct ClaimGroupOut {
    /// agree, consistent, conflict, only.
    pub relation: &'static str,
    /// What the claims are about.
    pub topic: String,
    /// The figures.
    pub mentions: Vec<ClaimOut>,
}

/// A mention of an entity in a comparison.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct MentionOut {
    /// Document index.
    pub doc: usize,
    /// Start (UTF-16).
    pub start: u32,
    /// End.
    pub end: u32,
    /// Text.
    pub text: String,
}

/// An entity across documents.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct EntityRowOut {
    /// Canonical name.
    pub name: String,
    /// Label.
    pub label: &'static str,
    /// Documents naming it.
    pub docs: Vec<usize>,
    /// Mentions.
    pub mentions: Vec<MentionOut>,
    /// Look-alike names in other documents.
    pub similar: Vec<String>,
}

/// A comparison.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct ComparisonOut {
    /// Claim groups, conflicts first.
    pub figures: Vec<ClaimGroupOut>,
    /// Entities, shared ones first.
    pub entities: Vec<EntityRowOut>,
    /// Each document's analysis.
    pub documents: Vec<AnalysisOut>,
}

/// Converts a comparison of `texts` to the wire format.
pub fn comparison(texts: &[&str], c: &Comparison) -> ComparisonOut {
    // One map per document, holding every offset any part of the output needs.
    let maps: Vec<Utf16Map> = texts
        .iter()
        .enumerate()
        .map(|(d, t)| {
            let a = &c.analyses[d];
            let mut offs: Vec<usize> = span_offsets(a.entities.iter().map(|e| &e.span).chain(a.figures.iter().map(|f| &f.span))).collect();
            for r in &c.entities {
                offs.extend(r.mentions.iter().filter(|m| m.0 == d).flat_map(|m| [m.1.start, m.1.end]));
            }
            Utf16Map::new(t, offs)
        })
        .collect();
    ComparisonOut {
        figures: c
            .figures
            .iter()
            .map(|g| ClaimGroupOut {
                relation: g.relation.as_str(),
                topic: g.topic.clone(),
                mentions: g.mentions.iter().map(|m| ClaimOut { doc: m.doc, figure: figure_out(texts[m.doc], &m.figure, &maps[m.doc]) }).collect(),
            })
            .collect(),
        entities: c
            .entities
            .iter()
            .map(|r| EntityRowOut {
                name: r.name.clone(),
                label: r.label.as_str(),
                docs: r.docs.clone(),
                mentions: r
                    .mentions
                    .iter()
                    .map(|&(d, s)| MentionOut { doc: d, start: maps[d].get(s.start), end: maps[d].get(s.end), text: s.slice(texts[d]).to_string() })
                    .collect(),
                similar: r.similar.clone(),
            })
            .collect(),
        documents: c.analyses.iter().enumerate().map(|(d, a)| analysis_with(texts[d], a, &maps[d])).collect(),
    }
}
