//! Two texts (split at the first NUL byte) through `compare`: no panic, mentions inside their texts.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len() / 2);
    let a = String::from_utf8_lossy(&data[..cut]);
    let b = String::from_utf8_lossy(&data[cut.min(data.len())..]);
    let texts = [a.as_ref(), b.as_ref()];
    let c = newslens::compare::compare(&texts, &newslens::Options::default()).expect("small inputs compare");
    for g in &c.figures {
        for m in &g.mentions {
            assert!(m.figure.span.end <= texts[m.doc].len());
        }
    }
    let _ = newslens::wire::comparison(&texts, &c);
});
