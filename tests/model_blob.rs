//! The committed entity model: it loads, and damaged copies give typed errors, never a panic.

use newslens::entities::model::{Model, ModelError, FORMAT_VERSION, MAGIC};

const BLOB: &[u8] = include_bytes!("../src/entities/model/ner.bin");

#[test]
fn committed_model_loads_and_round_trips() {
    let m = Model::from_bytes(BLOB).expect("the committed model loads");
    assert!(m.gazetteer.len() > 10_000, "gazetteer has {} phrases", m.gazetteer.len());
    // Writing the loaded model and reading it back keeps every section, weights exactly.
    let back = Model::from_bytes(&m.to_bytes()).expect("a rewritten model loads");
    assert_eq!((back.model_id, back.hash_bits), (m.model_id, m.hash_bits));
    assert_eq!(back.gaz_text, m.gaz_text);
    assert_eq!(back.links_text, m.links_text);
    assert_eq!(back.rows, m.rows);
    assert_eq!(m.to_bytes(), BLOB, "rewriting the committed model changes its bytes");
    assert_eq!(newslens::entities::embedded_model().unwrap().model_id, m.model_id);
}

#[test]
fn damaged_models_give_typed_errors() {
    assert_eq!(&BLOB[..8], &MAGIC);
    let mut old = BLOB.to_vec();
    old[8..12].copy_from_slice(&(FORMAT_VERSION - 1).to_le_bytes());
    assert_eq!(Model::from_bytes(&old).unwrap_err(), ModelError::UnsupportedVersion { expected: FORMAT_VERSION, found: FORMAT_VERSION - 1 });
    let msg = Model::from_bytes(&old).unwrap_err().to_string();
    assert!(msg.contains("retrain"), "{msg}");
    let mut flipped = BLOB.to_vec();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x40;
    assert_eq!(Model::from_bytes(&flipped).unwrap_err(), ModelError::Checksum);
    let mut bad = BLOB.to_vec();
    bad[0] = b'X';
    assert_eq!(Model::from_bytes(&bad).unwrap_err(), ModelError::BadMagic);
    // Every truncation point is an error, not a panic.
    for cut in (0..BLOB.len()).step_by(BLOB.len() / 97 + 1) {
        assert!(Model::from_bytes(&BLOB[..cut]).is_err(), "truncated at {cut} loaded");
    }
}
