//! The JavaScript binding, tested inside WebAssembly (Node, and headless Chromium in `.ci/test`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn arr(v: &JsValue, key: &str) -> js_sys::Array {
    js_sys::Array::from(&get(v, key))
}

fn js_slice(text: &str, start: u32, end: u32) -> String {
    js_sys::JsString::from(text).slice(start, end).into()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_after_astral_characters() {
    let text = "😊😊 “Quote” caf\u{e9}\u{301}\r\nMore than 1,200 people met in Oslo on Monday.";
    let out = newslens_analyze(text);
    let figs = arr(&out, "figures");
    assert!(figs.length() >= 2);
    for f in figs.iter() {
        let (s, e) = (get(&f, "start").as_f64().unwrap() as u32, get(&f, "end").as_f64().unwrap() as u32);
        assert_eq!(js_slice(text, s, e), get(&f, "text").as_string().unwrap());
    }
    let first = figs.get(0);
    assert_eq!(get(&first, "text").as_string().unwrap(), "More than 1,200");
    assert_eq!(get(&first, "qualifier").as_string().unwrap(), "over");
    assert_eq!(get(&first, "low").as_f64(), Some(1200.0));
    // 😊😊 are 4 UTF-16 units; the figure starts after "😊😊 “Quote” café\r\n".
    let prefix: String = text.split("More").next().unwrap().to_string();
    let units = prefix.encode_utf16().count() as f64;
    assert_eq!(get(&first, "start").as_f64(), Some(units));
    for e in arr(&out, "entities").iter() {
        let (s, t) = (get(&e, "start").as_f64().unwrap() as u32, get(&e, "end").as_f64().unwrap() as u32);
        assert_eq!(js_slice(text, s, t), get(&e, "text").as_string().unwrap());
    }
}

fn newslens_analyze(text: &str) -> JsValue {
    newslens::wasm::analyze(text, None, None).map_err(JsValue::from).unwrap()
}


#[wasm_bindgen_test]
fn results_are_plain_objects_with_null() {
    let out = newslens::wasm::analyze("It took three decades.", None, None).map_err(JsValue::from).unwrap();
    let f = arr(&out, "figures").get(0);
    assert!(get(&f, "iso").is_null(), "null, not undefined");
    assert_eq!(get(&f, "kind").as_string().unwrap(), "duration");
    assert_eq!(get(&f, "value").as_f64(), Some(30.0));
}

#[wasm_bindgen_test]
fn bad_date_is_a_js_error_not_a_panic() {
    let e = newslens::wasm::analyze("Monday", Some("2024-13-45".into()), None).map_err(JsValue::from).unwrap_err();
    let msg = js_sys::Error::from(e).message();
    assert!(String::from(msg).contains("YYYY-MM-DD"));
}

#[wasm_bindgen_test]
fn reference_date_resolves_weekdays() {
    let out = newslens::wasm::analyze("Crowds gathered on Thursday.", Some("2024-03-15".into()), None).map_err(JsValue::from).unwrap();
    let f = arr(&out, "figures").get(0);
    assert_eq!(get(&f, "iso").as_string().unwrap(), "2024-03-14");
}

#[wasm_bindgen_test]
fn todays_date_dates_a_dateline_without_a_year() {
    let text = "BODO, Oct 2 (Nordwire) - Ferries stopped on Monday.";
    let out = newslens::wasm::analyze(text, None, Some("2028-01-15".into())).map_err(JsValue::from).unwrap();
    assert_eq!(get(&out, "reference").as_string().as_deref(), Some("2027-10-02"));
    assert_eq!(get(&out, "referenceSource").as_string().as_deref(), Some("textYearFromToday"));
    let e = newslens::wasm::analyze(text, None, Some("15/01/2028".into())).map_err(JsValue::from).unwrap_err();
    assert!(String::from(js_sys::Error::from(e).message()).contains("today's date"));
}

#[wasm_bindgen_test]
fn compare_returns_claim_groups_with_relations() {
    let a = "Officials said 8 miners were killed in the blast on Monday.".to_string();
    let b = "Rescuers said 12 miners were killed in the blast on Monday.".to_string();
    let texts = js_sys::Array::of2(&JsValue::from_str(&a), &JsValue::from_str(&b));
    let out = newslens::wasm::compare(texts, Some("2024-03-15".into()), None).map_err(JsValue::from).unwrap();
    let groups = arr(&out, "figures");
    let rel: Vec<String> = groups.iter().map(|g| get(&g, "relation").as_string().unwrap()).collect();
    assert!(rel.contains(&"conflict".to_string()), "{rel:?}");
    assert_eq!(arr(&out, "documents").length(), 2);
}

#[wasm_bindgen_test]
fn lone_surrogates_from_js_keep_offsets_aligned() {
    // A lone surrogate is one UTF-16 unit; wasm-bindgen turns it into U+FFFD, also one unit.
    let s: String = js_sys::JsString::from_char_code1(0xD800).into();
    let text = format!("{s} More than 40 boats.");
    let out = newslens::wasm::analyze(&text, None, None).map_err(JsValue::from).unwrap();
    let f = arr(&out, "figures").get(0);
    assert_eq!(get(&f, "start").as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
fn compare_names_a_bad_article() {
    let texts = js_sys::Array::of2(&JsValue::from_str("Ten people met."), &JsValue::from_f64(3.0));
    let e = newslens::wasm::compare(texts, None, None).map_err(JsValue::from).unwrap_err();
    assert!(String::from(js_sys::Error::from(e).message()).contains("article 1 is not a string"));
}
