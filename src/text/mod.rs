//! Tokens: the one segmentation of the text that entities and figures share.
//!
//! The tokenizer works on raw prose ("Kazakhstan's", "$4.2bn", "Russia-led") and on
//! space-tokenized corpus text ("Kazakhstan 's", "$ 4.2 billion") alike: it splits possessives,
//! hyphens, currency symbols and punctuation off words, and records whether a token touched the
//! previous one, so the figure grammar can tell "20-35" from "20 - 35" when it matters.

pub mod offsets;

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and marks, inner apostrophes and abbreviation periods): "Tokayev", "U.S.", "O'Brien".
    Word,
    /// Digits with optional grouping commas and a decimal point: "1,000", "2.5", "1996".
    Number,
    /// A possessive clitic: "'s", "’s", or a lone trailing apostrophe after a plural.
    Possessive,
    /// One punctuation or symbol character ("," "-" "$" "%" "“").
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is (bytes).
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
    /// True when whitespace (or the start of the text) precedes it.
    pub space_before: bool,
    /// True when a line break lies between it and the previous token.
    pub newline_before: bool,
    /// True when it opens a sentence (first token, after . ! ? or a line break).
    pub sent_start: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// Abbreviations that keep their final period ("Mr.", "Jan.", "Corp.").
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "ave", "bros", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr", "est", "etc", "feb", "fig", "fri", "gen", "gov", "hon", "inc", "jan", "jr", "jul", "jun", "lt",
    "ltd", "maj", "mar", "mon", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "op", "plc", "prof", "rep", "reps", "rev", "rs", "sat", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "sun", "thu",
    "thur", "thurs", "tue", "tues", "vol", "vs", "wed",
];

/// Abbreviations of US states as news datelines write them ("TAMPA, Fla.", "Kansas City,
/// Mo."), exact case; not those that are also words ("Ind.", "La.", "Miss.", "Del.", "Wash.").
const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Kan", "Kans", "Ky", "Md", "Mich", "Minn", "Mo", "Mont", "Neb", "Nev", "Okla",
    "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo",
];

/// A US state's abbreviation as news datelines write it ("Fla", "Calif"; without its dot).
pub(crate) fn is_state_abbreviation(w: &str) -> bool {
    STATES.contains(&w)
}

/// Abbreviations that never end a sentence (titles).
const TITLES: &[&str] = &[
    "adm", "capt", "col", "dr", "gen", "gov", "lt", "maj", "mr", "mrs", "ms", "mt", "no", "nos", "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "vs",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

/// Combining marks, joiners and variation selectors continue the token they follow.
fn is_continuation(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
}

fn is_word_char(c: char) -> bool {
    // ASCII first: nearly every character of English news.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_continuation(c)
}

/// Splits `text` into tokens. Never panics; every token span lies on char boundaries.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    let mut sent_start = true;
    let char_at = |i: usize| text[i..].chars().next();

    while i < bytes.len() {
        let c = match char_at(i) {
            Some(c) => c,
            None => break,
        };
        if c.is_whitespace() || c == '\u{FEFF}' || c == '\u{0}' || (c.is_control()) {
            if c == '\n' || c == '\r' || c == '\u{2029}' || c == '\u{2028}' {
                newline_before = true;
                sent_start = true;
            }
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        // ".08": a decimal without its leading zero, when the period does not end a word.
        let leading_dot = c == '.'
            && bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit())
            && (i == 0 || !text[..i].chars().next_back().is_some_and(|p| p.is_alphanumeric()));
        if c.is_ascii_digit() || leading_dot {
            kind = TokenKind::Number;
            i += 1;
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii_digit() {
                    i += 1;
                } else if (b == b',' || b == b'.') && i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit() {
                    // "1,000" and "2.5", but not "1996." at a sentence end.
                    i += 1;
                } else {
                    break;
                }
            }
        } else if is_word_char(c) {
            kind = TokenKind::Word;
            i += c.len_utf8();
            while i < bytes.len() {
                // ASCII letters and digits (most of a word) without decoding a char. Letters and
                // digits glued stay one word ("F16", "G7", "COVID19"), except an ISO currency code
                // before its amount ("USD115m", "EUR2.5bn").
                if bytes[i].is_ascii_alphanumeric() {
                    if i - start == 3 && bytes[i].is_ascii_digit() && crate::figures::units::iso_currency(&text[start..i]).is_some() {
                        break;
                    }
                    // A currency's letters before an amount ("R1.1 million", "KSh250,000"), not a
                    // road or a model ("R2", "RM5 engine"): the number has decimals, groups or a
                    // scale. Other capitalized letters before a decimal amount and its scale are a
                    // sign no list knows ("K2.5 billion", "P1.2bn"): the amount stays whole.
                    if i - start <= 3
                        && bytes[i].is_ascii_digit()
                        && ((crate::figures::units::currency_letters(&text[start..i]).is_some() && amount_follows(bytes, i)) || (bytes[start].is_ascii_uppercase() && scaled_decimal(bytes, i)))
                    {
                        break;
                    }
                    i += 1;
                    continue;
                }
                let d = match char_at(i) {
                    Some(d) => d,
                    None => break,
                };
                if is_word_char(d) {
                    i += d.len_utf8();
                } else if is_apostrophe(d) {
                    // Inner apostrophe ("O'Brien", "don't") stays; a possessive "'s" splits off.
                    let rest = &text[i + d.len_utf8()..];
                    let mut it = rest.chars();
                    let n1 = it.next();
                    let n2 = it.next();
                    let possessive = matches!(n1, Some('s') | Some('S')) && !n2.is_some_and(is_word_char);
                    if !possessive && n1.is_some_and(|x| x.is_alphabetic()) {
                        i += d.len_utf8();
                    } else {
                        break;
                    }
                } else if d == '.' {
                    // "U.S." and "e.g.": a period between single letters stays inside.
                    let next = char_at(i + 1);
                    let seg_len = text[start..i].rsplit('.').next().map_or(0, |s| s.chars().count());
                    if let Some(n) = next.filter(|x| seg_len == 1 && x.is_alphabetic()) {
                        let after = char_at(i + 1 + n.len_utf8());
                        if after.is_none_or(|x| x == '.' || !is_word_char(x)) {
                            i += 1;
                            continue;
                        }
                    }
                    break;
                } else {
                    break;
                }
            }
            // A final period joins abbreviations: "Mr.", "Corp.", "U.S.", single initials "J.".
            if i < bytes.len() && bytes[i] == b'.' {
                let word = &text[start..i];
                let lower = word.to_ascii_lowercase();
                // A letter glued to a number is a unit ("41C."), not an initial.
                let after_number = !space_before && tokens.last().is_some_and(|t: &Token| t.kind == TokenKind::Number);
                // A letter at the end of a sentence keeps its period apart ("he wrote on X. He
                // said", "in group C." at the end of a line): an initial stands before a name.
                let initial = word.chars().count() == 1 && word.chars().all(|x| x.is_uppercase()) && !after_number && !sentence_ends_after(text, i + 1);
                if initial || word.contains('.') || ABBREVIATIONS.binary_search(&lower.as_str()).is_ok() || STATES.binary_search(&word).is_ok() {
                    i += 1;
                }
            }
        } else if is_apostrophe(c) && !tokens.is_empty() && !space_before {
            // Possessive clitic: "'s" or a plural's lone "'".
            let rest = &text[i + c.len_utf8()..];
            let mut it = rest.chars();
            let n1 = it.next();
            let n2 = it.next();
            if matches!(n1, Some('s') | Some('S')) && !n2.is_some_and(is_word_char) {
                kind = TokenKind::Possessive;
                i += c.len_utf8() + 1;
            } else if !n1.is_some_and(is_word_char) && tokens.last().is_some_and(|t| t.kind == TokenKind::Word && text[t.span.range()].ends_with(['s', 'S'])) {
                kind = TokenKind::Possessive;
                i += c.len_utf8();
            } else {
                kind = TokenKind::Punct;
                i += c.len_utf8();
            }
        } else if is_apostrophe(c) && matches!(char_at(i + c.len_utf8()), Some('s') | Some('S')) && space_before
            && !char_at(i + c.len_utf8() + 1).is_some_and(is_word_char) && !tokens.is_empty()
        {
            // Corpus style "Uganda 's".
            kind = TokenKind::Possessive;
            i += c.len_utf8() + 1;
        } else {
            kind = TokenKind::Punct;
            i += c.len_utf8();
            // Keep "..." together.
            if c == '.' {
                while i < bytes.len() && bytes[i] == b'.' {
                    i += 1;
                }
            }
        }
        let span = Span::new(start, i);
        tokens.push(Token { span, kind, space_before, newline_before, sent_start });
        // Does the next token open a sentence?
        let t = &text[start..i];
        sent_start = match kind {
            TokenKind::Punct => {
                if t.starts_with('.') || t == "!" || t == "?" {
                    true
                } else if is_closing(t) {
                    // A quote or bracket after a sentence end keeps the sentence open until the next word.
                    sent_start_pending(&tokens, text)
                } else {
                    false
                }
            }
            TokenKind::Word if t.ends_with('.') => {
                let stem = t.trim_end_matches('.').to_ascii_lowercase();
                let title = TITLES.binary_search(&stem.as_str()).is_ok();
                let initial = stem.chars().count() == 1;
                // "in the U.S. The" ends a sentence; "Mr. Smith" and "J. Smith" do not.
                !title && !initial && next_is_capitalized(text, i)
            }
            _ => false,
        };
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// True when the digits at `i` are an amount as written with a currency's letters: they carry
/// a decimal part or thousands groups, or a scale follows ("2.7bn", "250,000", "5 million").
fn amount_follows(bytes: &[u8], i: usize) -> bool {
    let mut j = i;
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    if j + 1 < bytes.len() && matches!(bytes[j], b',' | b'.') && bytes[j + 1].is_ascii_digit() {
        return true;
    }
    scale_after(&bytes[j..])
}

/// A scale right after a number's digits, ending a word: "bn", "m", " million", " billion",
/// " trillion", " crore", " lakh".
fn scale_after(rest: &[u8]) -> bool {
    let word_end = |n: usize| rest.get(n).is_none_or(|b| !b.is_ascii_alphanumeric());
    let starts = |p: &[u8]| rest.len() >= p.len() && &rest[..p.len()] == p;
    (starts(b"bn") && word_end(2))
        || (starts(b"m") && word_end(1))
        || [&b" million"[..], b" billion", b" trillion", b" crore", b" lakh"].iter().any(|p| starts(p) && word_end(p.len()))
}

/// A number with decimals and a scale after it ("2.5 billion", "1.2bn") starts at byte `i`.
fn scaled_decimal(bytes: &[u8], i: usize) -> bool {
    let mut j = i;
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    if !(j + 1 < bytes.len() && bytes[j] == b'.' && bytes[j + 1].is_ascii_digit()) {
        return false;
    }
    j += 1;
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    scale_after(&bytes[j..])
}

fn is_closing(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

fn sent_start_pending(tokens: &[Token], text: &str) -> bool {
    // True when the token before this closing mark ended a sentence.
    if tokens.len() < 2 {
        return false;
    }
    let prev = &tokens[tokens.len() - 2];
    let t = prev.text(text);
    prev.kind == TokenKind::Punct && (t.starts_with('.') || t == "!" || t == "?")
}

/// True when the text at `i` (just after a period) ends or breaks the line, or goes on with a
/// word that opens sentences and never follows an initial in a name ("He", "The", "But").
/// (It reads the blanks and one word after the period only: a long line stays linear.)
fn sentence_ends_after(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    let after = rest.trim_start_matches([' ', '\t', '\r']);
    if after.is_empty() || after.starts_with('\n') {
        return true;
    }
    if after.len() == rest.len() {
        return false;
    }
    let word: &str = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    opens_sentences(word)
}

/// A word that opens sentences and is never a person's name ("The", "He", "But").
pub(crate) fn opens_sentences(word: &str) -> bool {
    SENTENCE_OPENERS.binary_search(&word).is_ok()
}

/// Words that open sentences and are never a person's name (sorted; not "A" or "I": "J. A.
/// Smith").
const SENTENCE_OPENERS: &[&str] = &[
    "After", "An", "And", "As", "At", "But", "He", "Her", "His", "However", "If", "In", "It", "Its", "On", "She", "So", "That", "The", "Their", "There", "These", "They",
    "This", "Those", "We", "When", "While", "You",
];

fn next_is_capitalized(text: &str, i: usize) -> bool {
    text[i..].chars().find(|c| !c.is_whitespace()).is_some_and(|c| c.is_uppercase())
}

/// `one_of!(word, "a" | "b" | …)`: whether `word` is one of the listed words. Natively it is
/// `matches!`. In the wasm build the list is kept as data: one out-of-line scan stands in for a
/// comparison compiled per word (the page downloads the code: 16 KB of brotli less over the ~270
/// lists of five words or more, at the same speed in Node), behind a 128-bit mask of the list's
/// (length, first byte, last byte) keys that turns most words away without a scan. Natively the
/// scan cost 4 % more instructions, so the compiled comparison stays there.
macro_rules! one_of {
    ($w:expr, $($s:literal)|+ $(,)?) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let found = matches!($w, $($s)|+);
        #[cfg(target_arch = "wasm32")]
        let found = {
            const LIST: &[&str] = &[$($s),+];
            const MASK: u128 = $crate::text::list_mask(LIST);
            $crate::text::in_list($w, LIST, MASK)
        };
        found
    }};
}
pub(crate) use one_of;

/// The mask bit of a word: its length and its first and last bytes, folded into 0..128.
#[inline(always)]
const fn list_key(b: &[u8]) -> u32 {
    match b {
        [] => 0,
        [first, .., last] => ((b.len() as u32).wrapping_mul(37) ^ (*first as u32) ^ ((*last as u32) << 3)) % 128,
        [only] => ((37 ^ *only as u32) ^ ((*only as u32) << 3)) % 128,
    }
}

/// The mask of a list for `one_of!`: the bits of its words' keys.
pub const fn list_mask(list: &[&str]) -> u128 {
    let mut m = 0u128;
    let mut i = 0;
    while i < list.len() {
        m |= 1u128 << list_key(list[i].as_bytes());
        i += 1;
    }
    m
}

/// Whether `w` is in `list`, whose mask is `mask` (see `one_of!`).
#[inline(never)]
pub fn in_list(w: &str, list: &[&str], mask: u128) -> bool {
    (mask >> list_key(w.as_bytes())) & 1 != 0 && list.iter().any(|&x| x == w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn a_letter_ending_a_sentence_keeps_its_period_apart() {
        assert_eq!(toks("on X. He said"), ["on", "X", ".", "He", "said"]);
        assert_eq!(toks("in group C.\nNext"), ["in", "group", "C", ".", "Next"]);
        assert_eq!(toks("J. A. Smith and Malcolm X. wrote"), ["J.", "A.", "Smith", "and", "Malcolm", "X.", "wrote"]);
    }

    #[test]
    fn state_abbreviations_keep_their_period_in_exact_case() {
        assert_eq!(toks("ODESSA, Tex. (AP) Officials in Dayton, Ohio, and Erie, Pa. said"), ["ODESSA", ",", "Tex.", "(", "AP", ")", "Officials", "in", "Dayton", ",", "Ohio", ",", "and", "Erie", ",", "Pa.", "said"]);
        // The word "ill" ends a sentence; a capitalized abbreviation before a capital opens one.
        assert_eq!(toks("He was ill. Then"), ["He", "was", "ill", ".", "Then"]);
        let t = tokenize("They moved to Salem, Ore. Then they left.");
        assert!(t.iter().find(|x| x.text("They moved to Salem, Ore. Then they left.") == "Then").unwrap().sent_start);
    }

    #[test]
    fn abbreviation_list_is_sorted() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(STATES.windows(2).all(|w| w[0] < w[1]));
        let mut t = TITLES.to_vec();
        crate::order::sort(&mut t);
        assert_eq!(t, TITLES);
    }

    #[test]
    fn an_iso_code_splits_from_its_amount_other_glued_words_stay_whole() {
        assert_eq!(toks("USD115m EUR2.5bn G20 F16 COP28 ABC123"), ["USD", "115", "m", "EUR", "2.5", "bn", "G20", "F16", "COP28", "ABC123"]);
        assert_eq!(toks("Rs. 1,200"), ["Rs.", "1,200"]);
    }

    #[test]
    fn splits_possessives_hyphens_and_symbols() {
        assert_eq!(toks("Norway's Russia-led $4.2bn"), ["Norway", "'s", "Russia", "-", "led", "$", "4.2", "bn"]);
        assert_eq!(toks("Norway ’s O'Neill"), ["Norway", "’s", "O'Neill"]);
        assert_eq!(toks("the workers' union"), ["the", "workers", "'", "union"]);
    }

    #[test]
    fn keeps_abbreviations_and_numbers() {
        assert_eq!(toks("Mr. Lind of the U.S. paid 1,000.5 on Jan. 5."), ["Mr.", "Lind", "of", "the", "U.S.", "paid", "1,000.5", "on", "Jan.", "5", "."]);
    }

    #[test]
    fn marks_sentence_starts() {
        let s = "He left. \"She stayed.\" Then\nNew";
        let t = tokenize(s);
        let starts: Vec<&str> = t.iter().filter(|t| t.sent_start).map(|t| t.text(s)).collect();
        assert_eq!(starts, ["He", "\"", "She", "\"", "Then", "New"]);
    }

    #[test]
    fn combining_marks_stay_in_words() {
        let s = "Cafe\u{301} ok";
        assert_eq!(toks(s), ["Cafe\u{301}", "ok"]);
    }

    #[test]
    fn one_of_answers_as_matches_does() {
        // Words of every length the key folds (empty, one byte, multibyte), words sharing a
        // first and last byte with a listed one, and a listed word's prefix.
        let probes = ["", "a", "é", "in", "on", "an", "inn", "since", "sincere", "sine", "until", "unto", "Until", "during", "dying", "ünter", "über", "ü", "x"];
        // The wasm build's lookup (`in_list` behind `list_mask`) is tested here natively.
        const LIST: &[&str] = &["in", "since", "until", "during", "über", "a", ""];
        const MASK: u128 = list_mask(LIST);
        for p in probes {
            let by_matches = matches!(p, "in" | "since" | "until" | "during" | "über" | "a" | "");
            assert_eq!(in_list(p, LIST, MASK), by_matches, "{p:?}");
            assert_eq!(one_of!(p, "in" | "since" | "until" | "during" | "über" | "a" | ""), by_matches, "{p:?}");
        }
        // A list of one word, and a word whose key collides with a listed one is still not in it.
        assert!(in_list("since", &["since"], list_mask(&["since"])));
        assert!(!in_list("sinze", &["since"], list_mask(&["since"])));
        let collides = (0..2000).map(|n| format!("s{n}e")).find(|w| list_key(w.as_bytes()) == list_key(b"since") && w != "since").unwrap();
        assert!(!in_list(&collides, &["since", "until"], list_mask(&["since", "until"])));
    }
}

