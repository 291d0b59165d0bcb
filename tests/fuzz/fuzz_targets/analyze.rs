//! Any bytes (as lossy UTF-8) through `analyze` and the wire format: no panic, and every span
//! inside the text, on char boundaries, sorted and non-overlapping per list.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = newslens::analyze(&text).expect("inputs under the size limit are analyzed");
    for list in [a.entities.iter().map(|e| e.span).collect::<Vec<_>>(), a.figures.iter().map(|f| f.span).collect()] {
        for s in &list {
            assert!(s.start < s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert!(list.windows(2).all(|w| w[0].end <= w[1].start));
    }
    let w = newslens::wire::analysis(&text, &a);
    let units: Vec<u16> = text.encode_utf16().collect();
    for f in &w.figures {
        assert_eq!(String::from_utf16(&units[f.start as usize..f.end as usize]).unwrap(), f.text);
    }
    for e in &w.entities {
        assert_eq!(String::from_utf16(&units[e.start as usize..e.end as usize]).unwrap(), e.text);
    }
});
