//! The JavaScript binding: the only module that imports wasm-bindgen.
//!
//! Each call is coarse (one per user action) and returns plain JSON-compatible objects in the
//! wire format of [`crate::wire`] (UTF-16 offsets). Errors reach JavaScript as `Error`s; a panic
//! is logged to the console (web-sys) before the module traps. TypeScript declarations of the
//! results are emitted into the package's `.d.ts`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{analyze_with, compare::compare as compare_core, wire, Date, Options};

/// Runs when the module is instantiated: a panic (a bug) is written to the console with its
/// message before the wasm traps, so the page can report it and restart the worker.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("newslens: internal error: {info}")));
    }));
}

fn options(date: Option<String>, today: Option<String>) -> Result<Options, JsError> {
    let parse = |what: &str, d: Option<String>| match d.as_deref().filter(|d| !d.is_empty()) {
        Some(d) => Date::parse_iso(d).map(Some).ok_or_else(|| JsError::new(&format!("{what} {d:?} is not YYYY-MM-DD"))),
        None => Ok(None),
    };
    Ok(Options { reference: parse("reference date", date)?, today: parse("today's date", today)? })
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Offsets are UTF-16 code units, end exclusive: `text.slice(start, end) === item.text`. */
export interface Entity { start: number; end: number; text: string; label: "PER" | "LOC" | "ORG" | "MISC"; entity: number; }
export type FigureKind = "count" | "money" | "percent" | "ordinal" | "age" | "duration" | "ratio" | "date" | "time" | "quantity";
export type Qualifier = "exact" | "approx" | "over" | "under" | "atLeast" | "atMost" | "range" | "vague";
export interface Figure {
  start: number; end: number; text: string; kind: FigureKind;
  value: number | null; low: number | null; high: number | null; qualifier: Qualifier;
  /** ISO 4217 currency, "cent"/"pence", "year"/"day"/…, "%", "pp", "km", … */
  unit: string | null;
  /** What is counted: "people", "police and national guard troops". */
  counted: string | null;
  /** killed, injured, detained, hospitalized, displaced, missing, abducted, rescued, infected, protesting, damaged, cut, held. */
  event: string | null;
  /** Resolved date ("2022-01-06", "2022-01", "2022", "2022-W01", season "2022-SU", quarter "2022-Q3", half "2022-H1", decade "199X", span "1914/1918" or "2022-04/2022-06") or time ("T14:30"). */
  iso: string | null;
}
export interface Group { id: number; name: string; label: Entity["label"]; mentions: number[]; }
export interface Analysis {
  entities: Entity[]; figures: Figure[]; groups: Group[];
  /** The date relative dates were resolved against: the one given, else the article's own (its dateline). */
  reference: string | null;
  /** "text": a whole date in its first lines; "textYearFromToday": its dateline's day and month in the year of `today`. */
  referenceSource: "given" | "text" | "textYearFromToday" | null;
}
/** A figure of a claim group, with the index of its document. */
export interface ClaimMention extends Figure { doc: number; }
export interface ClaimGroup { relation: "agree" | "consistent" | "conflict" | "only"; topic: string; mentions: ClaimMention[]; }
export interface EntityMention { doc: number; start: number; end: number; text: string; }
export interface EntityRow { name: string; label: Entity["label"]; docs: number[]; mentions: EntityMention[]; similar: string[]; }
export interface Comparison { figures: ClaimGroup[]; entities: EntityRow[]; documents: Analysis[]; }
"#;

/// Analyzes one article: `{entities, figures, groups}` with UTF-16 offsets.
/// `date` ("YYYY-MM-DD") resolves "Thursday", "yesterday", "last week"; `today` (the reader's
/// date) gives a year to a dateline written without one.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &str, date: Option<String>, today: Option<String>) -> Result<JsValue, JsError> {
    let a = analyze_with(text, &options(date, today)?)?;
    to_js(&wire::analysis(text, &a))
}

/// Compares two or more articles: `{figures, entities, documents}`.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(#[wasm_bindgen(unchecked_param_type = "string[]")] texts: js_sys::Array, date: Option<String>, today: Option<String>) -> Result<JsValue, JsError> {
    let texts: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, v)| v.as_string().ok_or_else(|| JsError::new(&format!("compare: article {i} is not a string"))))
        .collect::<Result<_, _>>()?;
    let refs: Vec<&str> = texts.iter().map(|s| s.as_str()).collect();
    let c = compare_core(&refs, &options(date, today)?)?;
    to_js(&wire::comparison(&refs, &c))
}

/// The entity model's content revision (hex), for the page footer.
#[wasm_bindgen(js_name = modelId)]
pub fn model_id() -> Result<String, JsError> {
    Ok(format!("{:08x}", crate::entities::embedded_model()?.model_id))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
