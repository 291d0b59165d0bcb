//! The JavaScript binding: the only module that imports wasm-bindgen.
//!
//! Each call is coarse (one per user action) and returns plain JSON-compatible objects in the
//! wire format of [`crate::wire`] (UTF-16 offsets). Errors reach JavaScript as `Error`s.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{analyze_with, compare::compare as compare_core, wire, Date, Options};

fn options(date: Option<String>) -> Result<Options, JsError> {
    let reference = match date.as_deref().filter(|d| !d.is_empty()) {
        Some(d) => Some(Date::parse_iso(d).ok_or_else(|| JsError::new(&format!("reference date {d:?} is not YYYY-MM-DD")))?),
        None => None,
    };
    Ok(Options { reference })
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// Analyzes one article: `{entities, figures, groups}` with UTF-16 offsets.
#[wasm_bindgen]
pub fn analyze(text: &str, date: Option<String>) -> Result<JsValue, JsError> {
    let a = analyze_with(text, &options(date)?)?;
    to_js(&wire::analysis(text, &a))
}

/// Compares two or more articles: `{figures, entities, documents}`.
#[wasm_bindgen]
pub fn compare(texts: Vec<String>, date: Option<String>) -> Result<JsValue, JsError> {
    let refs: Vec<&str> = texts.iter().map(|s| s.as_str()).collect();
    let c = compare_core(&refs, &options(date)?)?;
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

/// Logs a line to the browser console (used by the worker's diagnostics).
#[wasm_bindgen(js_name = logLine)]
pub fn log_line(s: &str) {
    web_sys::console::log_1(&JsValue::from_str(s));
    let _ = js_sys::Date::now();
}
