//! Span invariants on any input: nothing panics, spans are inside the text on char boundaries,
//! sorted and non-overlapping per list, and the wire format's UTF-16 offsets slice to `text`.

use newslens::{analyze, compare::compare, wire, Options};
use proptest::prelude::*;

fn check(text: &str) {
    let a = analyze(text).expect("analyze");
    for list in [a.entities.iter().map(|e| e.span).collect::<Vec<_>>(), a.figures.iter().map(|f| f.span).collect()] {
        for s in &list {
            assert!(s.start < s.end && s.end <= text.len(), "span {s:?} outside a text of {} bytes", text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let t = s.slice(text);
            assert_eq!(t.trim(), t, "span {t:?} has outer whitespace");
        }
        assert!(list.windows(2).all(|w| w[0].end <= w[1].start), "spans overlap or are unsorted: {list:?}");
    }
    for g in &a.groups {
        assert!(!g.mentions.is_empty() && g.mentions.iter().all(|&m| m < a.entities.len()));
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let w = wire::analysis(text, &a);
    let slices = w.entities.iter().map(|e| (e.start, e.end, &e.text)).chain(w.figures.iter().map(|f| (f.start, f.end, &f.text)));
    for (s, e, t) in slices {
        let (s, e) = (s as usize, e as usize);
        assert!(s < e && e <= units.len());
        // Never between the halves of a surrogate pair.
        for x in [s, e] {
            if x < units.len() {
                assert!(!(0xDC00..0xE000).contains(&units[x]), "offset {x} splits a surrogate pair");
            }
        }
        assert_eq!(&String::from_utf16(&units[s..e]).unwrap(), t);
    }
    // Deterministic.
    let b = analyze(text).unwrap();
    assert_eq!(a.entities, b.entities);
    assert_eq!(a.figures, b.figures);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]
    #[test]
    fn any_string(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn news_like_strings(s in "([A-Z][a-z]{1,8}|[0-9]{1,7}|,|\\.|'s|-|\\$|%|more than|about|dozens|of|million|😊|\u{301}|\r\n|\n| ){0,60}") {
        check(&s);
    }
}

/// Inputs on which fuzzing once found a failure (tests/fuzz): each stays a regression test.
#[test]
fn fuzz_regressions() {
    // A company legal form tagged on its own after the name that takes it in: spans overlapped.
    check(include_str!("../www/samples/harbor-a.txt"));
    check("Shares of Pwani Marine Services Ltd. fell; Acme Widgets Inc. Inc. rose.");
    // A fraction ("two hundredths of") reached back into the count "two" before it.
    check("Qu\u{0}\u{1}two\nHundreDth of 0Athe\u{FFFD}s\n\nHplan.\n");
    // A name opening with punctuation whose first word is a title: the title was cut by byte
    // length from the wrong place, inside a multi-byte character.
    check("MR.]`\u{FFFD}\0\0\0]]]}MR.]`]]\u{FFFD}\0\0\u{7f}ur");
    // Two particles in a row ("X do Y do Z"): the middle word was joined to both sides.
    check("Acm\0 Acme do Fosto cut 5,50. Acme do Fe do Fosto cutcm");
    // A company with a legal form and two titles inside its name: the name without the legal
    // form was cut from the title-free words by the length of all the words (a panic).
    check("The MR Pemba SThe MR Pemba Star S.A.was carrying 231 people");
}

#[test]
fn hostile_inputs() {
    let long_number = "1".repeat(10_000);
    let long_word = "x".repeat(1 << 20);
    let qualifiers = "more than ".repeat(2_000) + "5 people";
    let cases: Vec<String> = vec![
        String::new(),
        "   \n\t  ".into(),
        "\0\u{1}\u{7f} 12 people\0".into(),
        long_number,
        long_word,
        qualifiers,
        "مقتل 12 شخصا في بيروت، according to Lebanese officials, on Monday.".into(),
        "Москва: 12 человек. Tokyo 東京で12人. Seoul 서울".into(),
        "e\u{301}\u{302}\u{303} Zoe\u{308} 5\u{301}0 people".into(),
        "👨‍👩‍👧‍👦 family of 4 👍🏽 and 🇳🇴 flag, 3 days".into(),
        "line one 5 people\r\nline two 6 people\rline three 7 people".into(),
        "<img src=x onerror=alert(1)> 40 people in <b>Paris</b>".into(),
        "$$$ %%% ,,, ... --- 1,,000 1..5 1e9 0x1F 1/0 9/99/9999".into(),
        "\u{202E}RTL override 12\u{202C} \u{FEFF}BOM \u{200B}zero width".into(),
    ];
    for c in &cases {
        check(c);
    }
    let refs: Vec<&str> = cases.iter().map(|s| s.as_str()).collect();
    compare(&refs, &Options::default()).unwrap();
}
