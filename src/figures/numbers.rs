//! Number grammar over tokens: digits with grouping and decimals, number words of any size,
//! scale words ("million", "bn", "m"), fractions and mixed forms ("3 million", "half a million",
//! "one and a half", "a dozen").

use crate::text::one_of;
use std::borrow::Cow;

use crate::text::{Token, TokenKind};

/// A parsed number: its value and the token range it covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num {
    /// The value.
    pub value: f64,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// True when written with digits (at least partly).
    pub digits: bool,
    /// True when it is an integer written as digits with no grouping and 4 digits (a year candidate).
    pub year_like: bool,
    /// True for a fraction ("two-thirds", "a fifth of", "3/4", "½"): a share of something.
    pub fraction: bool,
}

impl Num {
    pub(crate) fn new(value: f64, start: usize, end: usize, digits: bool) -> Num {
        Num { value, start, end, digits, year_like: false, fraction: false }
    }
}

/// Unicode vulgar fractions ("½", "¾").
fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅐" => 1.0 / 7.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        "⅑" => 1.0 / 9.0,
        "⅒" => 0.1,
        _ => return None,
    })
}

/// Rounds away the binary noise of decimal arithmetic ("16.4 million" is 16400000, not
/// 16399999.999999998): 15 significant digits.
pub(crate) fn tidy(v: f64) -> f64 {
    if v.fract() == 0.0 || !v.is_finite() {
        return v;
    }
    format!("{v:.14e}").parse().unwrap_or(v)
}

pub(crate) fn small_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nil" | "nought" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub(crate) fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// A decade of life in words: "forties" → 40 ("twenties" … "nineties").
pub(crate) fn decade_word(w: &str) -> Option<f64> {
    Some(match w.strip_suffix("ies")? {
        "twent" => 20.0,
        "thirt" => 30.0,
        "fort" => 40.0,
        "fift" => 50.0,
        "sixt" => 60.0,
        "sevent" => 70.0,
        "eight" => 80.0,
        "ninet" => 90.0,
        _ => return None,
    })
}

/// Fraction denominators: "half", "thirds", "quarter", "fifths", … "hundredths" (the ordinals
/// from "third" up, and "half" / "quarter"; "seconds" are time).
pub(crate) fn denominator(w: &str) -> Option<f64> {
    let w = w.strip_suffix('s').unwrap_or(w);
    match w {
        "half" | "halve" => Some(2.0),
        "quarter" => Some(4.0),
        "first" | "second" => None,
        _ => ordinal_value(w),
    }
}

/// Ordinal words and their values ("first" … "trillionth"), for compounds like "twenty-fifth".
pub(crate) fn ordinal_value(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// Scale words after a number: "3 million", "1.2bn", "19m", "5k".
pub(crate) fn scale_word(w: &str, glued: bool) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mln" | "mn" => 1e6,
        "billion" | "bln" | "bn" => 1e9,
        "trillion" | "tn" | "trn" | "tln" => 1e12,
        // South Asian scales: "5 lakh" (100,000), "3 crore" (10 million), "1.5 lakh crore".
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        "k" if glued => 1e3,
        // "2mil SEK", "$3mil": informal, glued only.
        "mil" if glued => 1e6,
        "m" if glued => 1e6,
        "b" if glued => 1e9,
        _ => return None,
    })
}

/// A document's tokens with their lower-case forms, computed once.
pub struct Words<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    lows: Vec<Cow<'a, str>>,
}

impl<'a> Words<'a> {
    /// Lower-cases every token once.
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Words<'a> {
        Words { text, tokens, lows: (0..tokens.len()).map(|i| low(text, tokens, i)).collect() }
    }

    /// The lower-case form of token `i` ("" past the end).
    #[inline]
    pub fn w(&self, i: usize) -> &str {
        self.lows.get(i).map_or("", |s| s.as_ref())
    }
}

/// Lower-case text of token `i`, with curly apostrophes folded (cheap for ASCII).
pub(crate) fn low<'a>(text: &'a str, tokens: &[Token], i: usize) -> Cow<'a, str> {
    match tokens.get(i) {
        None => Cow::Borrowed(""),
        Some(t) => {
            let s = t.text(text);
            // Most tokens are already lower case: borrow them instead of allocating.
            if s.is_ascii() {
                if s.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(s.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(s)
                }
            } else if s.chars().any(|c| c.is_uppercase() || c == '’') {
                Cow::Owned(s.to_lowercase().replace('’', "'"))
            } else {
                Cow::Borrowed(s)
            }
        }
    }
}

pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    if let Some(frac) = s.strip_prefix('.') {
        return if frac.bytes().all(|b| b.is_ascii_digit()) { format!("0.{frac}").parse().ok() } else { None };
    }
    // Grouping commas must be in groups of three: "1,000,000"; "1,5" is not a number here.
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let (first, rest) = (groups[0], &groups[1..]);
        let western = !first.is_empty() && first.len() <= 3 && rest.iter().all(|g| g.len() == 3);
        // South Asian grouping: "12,34,567", "1,00,000" (twos, then a final three).
        let (last, middle) = rest.split_last()?;
        let indian = rest.len() >= 2 && (1..=2).contains(&first.len()) && last.len() == 3 && middle.iter().all(|g| g.len() == 2);
        if !western && !indian {
            return None;
        }
    }
    if frac.is_some_and(|f| f.contains('.') || f.contains(',')) {
        return None;
    }
    let clean: String = s.chars().filter(|&c| c != ',').collect();
    clean.parse().ok()
}

fn adjacent(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| !t.space_before)
}

/// Parses a spelled-out number starting at token `i` ("two hundred and five thousand", "a dozen").
fn parse_words(ws: &Words, i: usize) -> Option<Num> {
    let tokens = ws.tokens;
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut last_end = i;
    let mut pending_a = false;
    let mut last_scale = 0.0;
    while j < tokens.len() {
        let w = ws.w(j);
        if tokens[j].kind != TokenKind::Word {
            // "twenty-five" (or "twenty - five" in tokenized text): a hyphen continues the number.
            if w == "-" && any && adjacent(tokens, j) == adjacent(tokens, j + 1) {
                let nw = ws.w(j + 1);
                if small_word(&nw).is_some_and(|v| v < 10.0 && v > 0.0) && current % 100.0 >= 20.0 {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        if let Some(v) = small_word(&w) {
            if pending_a || (any && current % 100.0 != 0.0 && !(current % 100.0 >= 20.0 && v < 10.0)) {
                break;
            }
            current += v;
        } else if let Some(v) = tens_word(&w) {
            if pending_a || (any && current % 100.0 != 0.0) {
                break;
            }
            current += v;
        } else if w == "dozen" {
            if !any && !pending_a {
                break;
            }
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
            pending_a = false;
        } else if w == "hundred" {
            if !any && !pending_a {
                break;
            }
            current = if current == 0.0 { 100.0 } else { current * 100.0 };
            pending_a = false;
        } else if let Some(s) = scale_word(&w, false).filter(|&s| s >= 1e3) {
            if !any && !pending_a {
                break;
            }
            if current == 0.0 && total > 0.0 && last_end == j && s > last_scale {
                // "three lakh crore", "a thousand million": scales multiply.
                total *= s;
            } else {
                let c = if current == 0.0 { 1.0 } else { current };
                total += c * s;
            }
            current = 0.0;
            last_scale = s;
            pending_a = false;
        } else if (w == "a" || w == "an") && !any && !pending_a {
            pending_a = true;
            j += 1;
            continue;
        } else if w == "and" && any {
            // "one hundred and five": only when a smaller number follows.
            let nw = ws.w(j + 1);
            if (small_word(&nw).is_some() || tens_word(&nw).is_some()) && (total + current) >= 100.0 {
                // Not when the smaller number counts a fraction: "one hundred and three quarters".
                if parse_words(ws, j + 1).is_some_and(|f| fraction_word(ws, f.end, f.value).is_some()) {
                    break;
                }
                j += 1;
                continue;
            }
            break;
        } else {
            break;
        }
        any = true;
        j += 1;
        last_end = j;
    }
    if !any || pending_a {
        return None;
    }
    Some(Num::new(total + current, i, last_end, false))
}

/// A fraction's denominator after a spelled count at `k` ("thirds" after "two", "-eighth" after
/// "one"): the denominator and where it ends. The plural must agree with the count.
fn fraction_word(ws: &Words, k: usize, count: f64) -> Option<(f64, usize)> {
    // "two-thirds", or "five - eighths" in tokenized text (spaced on both sides)
    let hyphen = ws.w(k) == "-" && adjacent(ws.tokens, k) == adjacent(ws.tokens, k + 1);
    let (d, end) = if hyphen { (ws.w(k + 1), k + 2) } else { (ws.w(k), k + 1) };
    if !(1.0..100.0).contains(&count) || count.fract() != 0.0 || matches!(d, "second" | "seconds") {
        return None;
    }
    // A compound part: "one twenty-fifth", "three twenty-firsts" (or "three twenty firsts").
    if let Some(t) = tens_word(d).filter(|_| count < 20.0) {
        let glued = ws.w(end) == "-" && adjacent(ws.tokens, end) && adjacent(ws.tokens, end + 1);
        let (o, k) = if glued { (ws.w(end + 1), end + 2) } else { (ws.w(end), end + 1) };
        let plural = o.ends_with('s');
        let unit = ordinal_value(o.strip_suffix('s').unwrap_or(o)).filter(|&u| u < 10.0)?;
        if plural != (count > 1.0) || (!glued && !plural) || (ws.w(k) == "-" && adjacent(ws.tokens, k)) {
            return None;
        }
        return Some((t + unit, k));
    }
    let den = denominator(d)?;
    // "a third-place tie", "half-time": a compound modifier, not a share ("a quarter-point cut"
    // is a share of a percentage point).
    if ws.w(end) == "-" && adjacent(ws.tokens, end) && ws.w(end + 1) != "point" {
        return None;
    }
    let plural_ok = d.ends_with('s') == (count > 1.0) || d == "half";
    plural_ok.then_some((den, end))
}

/// A verb of scoring, after which "a third" is a goal's rank ("added a third"), not a share.
pub(crate) fn scoring_verb(w: &str) -> bool {
    one_of!(w, "added" | "scored" | "netted" | "grabbed" | "headed" | "slotted" | "conceded" | "bagged" | "smashed" | "curled")
}

/// "x/y" written with a slash at token `i` (a proper fraction, not a date like 12/06/1996):
/// numerator and denominator.
fn slash_fraction(ws: &Words, i: usize) -> Option<(f64, f64)> {
    let tokens = ws.tokens;
    let digits = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Number).and_then(|t| parse_digits(t.text(ws.text)));
    // Not inside a date ("11/1/05").
    let after_slash = i > 0 && ws.w(i - 1) == "/" && adjacent(tokens, i);
    if after_slash || ws.w(i + 1) != "/" || !adjacent(tokens, i + 1) || !adjacent(tokens, i + 2) || ws.w(i + 3) == "/" {
        return None;
    }
    let (x, d) = (digits(i)?, digits(i + 2)?);
    // Denominators up to 10, 12 and 16 (inches), and the 32nds and 64ths of bond prices ("fell
    // 30/32"); never "9/11" or "7/7", which are days.
    (d > 0.0 && x < d && (d <= 10.0 || d == 12.0 || d == 16.0 || d == 32.0 || d == 64.0)).then_some((x, d))
}

/// "half million", "quarter million", "a quarter million": the value and where it ends.
fn fraction_of_scale(ws: &Words, i: usize) -> Option<(f64, usize)> {
    let k = if ws.w(i) == "a" { i + 1 } else { i };
    let f = match ws.w(k) {
        "half" if k == i => 0.5,
        "quarter" => 0.25,
        _ => return None,
    };
    let s = scale_word(ws.w(k + 1), false).filter(|&s| s >= 1e3)?;
    Some((f * s, k + 2))
}

/// Separators of digit groups other than commas: no-break and thin spaces ("40 000").
fn group_space(s: &str) -> bool {
    matches!(s, "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// "1 414 021 100", "40 000 people": groups of three digits after plain single spaces, in a line of
/// prose. Not in a table (a number right before or after the run, or a line without a
/// lower-case word: "Arsenal 4 1 0 3", "Sales 345 456"), nor after a slash or a decimal, nor
/// before a capitalized word ("40 737 MAX jets").
/// Returns where the run ends.
fn space_grouped(ws: &Words, i: usize) -> Option<usize> {
    let (text, tokens) = (ws.text, ws.tokens);
    let num = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    if i > 0 && (num(i - 1) || matches!(ws.w(i - 1), "/" | "." | "," | "-")) {
        return None;
    }
    let mut k = i + 1;
    while let Some(t) = tokens.get(k).filter(|t| t.kind == TokenKind::Number && &text[tokens[k - 1].span.end..t.span.start] == " ") {
        let g = t.text(text);
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        k += 1;
    }
    if k == i + 1 || num(k) || matches!(ws.w(k), "/" | "." | "," | "-") && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number && !t.space_before) {
        return None;
    }
    // Nor a count before a model's number ("delivered 40 737 MAX jets"): a capitalized word
    // right after the run names what the last group is.
    if tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && t.text(text).starts_with(|c: char| c.is_uppercase())) {
        return None;
    }
    // Prose around it on its line: a lower-case word of three letters or more within a dozen
    // tokens (a bounded look, so a long line of such numbers stays linear).
    let lower = |t: &crate::text::Token| t.kind == TokenKind::Word && t.text(text).len() >= 3 && t.text(text).starts_with(|c: char| c.is_lowercase());
    let mut prose = false;
    let mut j = i;
    while !prose && j > 0 && i - j < 12 && !tokens[j].newline_before {
        j -= 1;
        prose = lower(&tokens[j]);
    }
    let mut j = k;
    while !prose && j < tokens.len() && j - k < 12 && !tokens[j].newline_before {
        prose = lower(&tokens[j]);
        j += 1;
    }
    prose.then_some(k)
}

/// Parses the number at token `i`, with a following scale word and fraction forms.
pub fn parse_number(ws: &Words, i: usize) -> Option<Num> {
    let mut num = parse_core(ws, i)?;
    num.value = tidy(num.value);
    Some(num)
}

fn parse_core(ws: &Words, i: usize) -> Option<Num> {
    let (text, tokens) = (ws.text, ws.tokens);
    let t = tokens.get(i)?;
    let w = ws.w(i);
    let fraction = |value: f64, end: usize| Num { fraction: true, ..Num::new(value, i, end, false) };
    let mut num = if t.kind == TokenKind::Number {
        let s = t.text(text);
        let mut v = parse_digits(s)?;
        let mut n = Num { year_like: s.len() == 4 && !s.contains(['.', ',']), ..Num::new(v, i, i + 1, true) };
        // "40 000", "1 234 567.89" grouped with no-break or thin spaces, or with plain spaces in a
        // line of prose (`space_grouped`: plain spaces also separate the columns of a table).
        if s.len() <= 3 && !s.contains(['.', ',']) {
            let mut k = i + 1;
            let mut decimal = false;
            while let Some(t2) = tokens.get(k).filter(|t2| t2.kind == TokenKind::Number && group_space(&text[tokens[k - 1].span.end..t2.span.start])) {
                let g = t2.text(text);
                let int = g.split('.').next().unwrap_or("");
                if int.len() != 3 || !int.bytes().all(|b| b.is_ascii_digit()) || decimal {
                    break;
                }
                decimal = g.contains('.');
                k += 1;
            }
            let end = if k > i + 1 { Some(k) } else { space_grouped(ws, i) };
            if let Some(k) = end {
                let joined: String = tokens[i..k].iter().map(|t| t.text(text)).collect();
                if let Ok(x) = joined.parse::<f64>() {
                    v = x;
                    n = Num::new(x, i, k, true);
                }
            }
        }
        if let Some((x, d)) = slash_fraction(ws, i) {
            // "1/2", "3/4"; a share only as "3/4 of" (a stock's move "up 1/8" is an amount).
            n = Num { fraction: ws.w(i + 3) == "of", ..Num::new(x / d, i, i + 3, true) };
        } else if let Some(f) = tokens.get(i + 1).filter(|t| !t.space_before).and_then(|t| vulgar(t.text(text))).filter(|_| v.fract() == 0.0) {
            // "2½"
            n = Num::new(v + f, i, i + 2, true);
        } else if v.fract() == 0.0 && v < 100.0 && !s.contains(['.', ',']) {
            // "2 1/2 miles", "2-1/4 percent": a whole number and a fraction.
            let k = if ws.w(i + 1) == "-" && adjacent(tokens, i + 1) && adjacent(tokens, i + 2) { i + 2 } else { i + 1 };
            let spaced = k == i + 1 && tokens.get(k).is_some_and(|t| t.space_before);
            if let Some((x, d)) = slash_fraction(ws, k).filter(|&(x, d)| (spaced || k == i + 2) && x >= 1.0 && x.fract() == 0.0 && d.fract() == 0.0) {
                n.value = v + x / d;
                n.end = k + 3;
            }
        }
        n
    } else if let Some(f) = vulgar(t.text(text)) {
        fraction(f, i + 1)
    } else if let Some((f, k)) = fraction_of_scale(ws, i) {
        // "half million", "a quarter million"
        Num::new(f, i, k, false)
    } else if let Some((den, k)) = matches!(w, "a" | "one").then(|| fraction_word(ws, i + 1, 1.0)).flatten() {
        // "a quarter", "one-eighth", "a fifth of": one part. Before a noun it is an ordinal ("a third
        // term", "a fifth straight day") or a length ("a quarter century").
        let next = ws.w(k);
        // Hyphenated ("one-eighth") it can only be a fraction.
        // After "by" any part is a share: "grew by a fifth, to …" (not "by a third party").
        let by = i > 0 && ws.w(i - 1) == "by";
        // Before "point" it is a share of a percentage point ("a quarter point", "a quarter-point cut").
        let point = matches!(next, "point" | "points") || (next == "-" && ws.w(k + 1) == "point") || (next == "percentage" && ws.w(k + 1).starts_with("point"));
        let share = next == "of" || point || (w == "one" && ws.w(i + 1) == "-") || (den <= 4.0 || by) && (tokens.get(k).is_none_or(|t| t.kind == TokenKind::Punct) || ends_share(next))
            || verb_after_share(next)
            // "roughly a fifth more than last year": any part before a comparative.
            || (one_of!(next, "more" | "less" | "fewer" | "higher" | "lower") && !ws.w(k + 1).starts_with(|c: char| c.is_ascii_digit()));
        // After a verb of scoring it is the goal's rank ("Pavlidis added a third in stoppage time",
        // "scored a fourth"), not a share.
        let goal = w == "a" && next != "of" && i > 0 && scoring_verb(ws.w(i - 1));
        if !share || goal {
            return None;
        }
        fraction(1.0 / den, k)
    } else if w == "half" && !(i > 0 && one_of!(ws.w(i - 1), "first" | "second" | "1st" | "2nd" | "the" | "other" | "latter" | "former" | "each")) {
        // "half a million", "half a dozen", "half of", "half the" (not "the first half of the match")
        let a = ws.w(i + 1);
        let s = scale_word(ws.w(i + 2), false);
        match (a, s) {
            ("a", Some(s)) if s >= 1e2 => Num::new(0.5 * s, i, i + 3, false),
            ("a", None) if ws.w(i + 2) == "dozen" => Num::new(6.0, i, i + 3, false),
            // "half a century": half of the time unit that follows.
            ("a" | "an", None) if crate::figures::units::time_unit(ws.w(i + 2)).is_some() => Num::new(0.5, i, i + 2, false),
            // "half a mile", "half a cent", "half a tonne": half of the unit or money named
            // (spelled out: not "half a m").
            ("a" | "an", None) if ws.w(i + 2).len() >= 4 && (crate::figures::units::unit(ws.w(i + 2)).is_some() || crate::figures::units::currency_name(ws.w(i + 2)).is_some()) => Num::new(0.5, i, i + 2, false),
            ("of" | "the" | "its" | "their" | "his" | "her" | "our" | "all", _) => fraction(0.5, i + 1),
            // "fell by half", "was cut in half, to …": a share with nothing after it.
            _ if i > 0 && matches!(ws.w(i - 1), "by" | "in") && (tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct) || ends_share(a)) => fraction(0.5, i + 1),
            _ => return None,
        }
    } else {
        parse_words(ws, i)?
    };
    // "two thirds", "three-quarters", "five eighths": a count of a fraction; but "in three quarters",
    // "over the past two quarters" count a business's quarters (a time, not a share).
    let quarters = ws.w(num.end) == "quarters"
        && ws.w(num.end + 1) != "of"
        && num.start > 0
        && one_of!(ws.w(num.start - 1), "in" | "for" | "over" | "past" | "last" | "next" | "previous" | "first" | "within" | "after");
    if !num.digits && !num.fraction && !quarters {
        if let Some((den, end)) = fraction_word(ws, num.end, num.value) {
            num.value /= den;
            num.end = end;
            num.fraction = true;
        }
    }
    if num.fraction {
        // "two thirds of a million"; "a quarter of a century" (the time unit follows)
        if ws.w(num.end) == "of" && matches!(ws.w(num.end + 1), "a" | "an") && crate::figures::units::time_unit(ws.w(num.end + 2)).is_some() {
            num.end += 2;
            num.fraction = false;
        } else if ws.w(num.end) == "of" && matches!(ws.w(num.end + 1), "a" | "an") {
            if let Some(s) = scale_word(ws.w(num.end + 2), false).filter(|&s| s >= 1e3) {
                num.value *= s;
                num.end += 3;
                num.fraction = false;
            }
        } else if let Some(s) = scale_word(ws.w(num.end), false).filter(|&s| s >= 1e6 && num.end > num.start + 1) {
            // "three quarters billion", "two-thirds million" (not "a quarter million", read above)
            num.value *= s;
            num.end += 1;
            num.fraction = false;
        }
        return Some(num);
    }
    // "two point five (million)", "two hundred point zero three": decimals spelled digit by digit
    // (or as one number under a hundred: "point seventy-one").
    if !num.digits && ws.w(num.end) == "point" {
        let mut k = num.end + 1;
        let mut digits = String::new();
        while let Some(d) = match ws.w(k) {
            "zero" | "oh" | "nought" => Some(0),
            w => small_word(w).filter(|&v| v < 10.0 && v.fract() == 0.0).map(|v| v as u32),
        } {
            digits.push(char::from_digit(d, 10).unwrap_or('0'));
            k += 1;
        }
        if digits.is_empty() {
            if let Some(fr) = parse_words(ws, num.end + 1).filter(|f| f.value >= 10.0 && f.value < 100.0 && f.value.fract() == 0.0) {
                digits = format!("{}", fr.value as u32);
                k = fr.end;
            }
        }
        if let Some(f) = format!("0.{digits}").parse::<f64>().ok().filter(|_| !digits.is_empty()) {
            num.value += f;
            num.end = k;
            if let Some(s) = scale_word(ws.w(k), false).filter(|&s| s >= 1e3) {
                num.value *= s;
                num.end += 1;
            }
            return Some(num);
        }
    }
    // "three dozen", "3 dozens", "3 dzs"
    if one_of!(ws.w(num.end), "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs") && num.value >= 1.0 {
        num.value *= 12.0;
        num.end += 1;
    }
    // Scientific notation: "1.3e6", "12.32e+14", "-12e-1" (all glued).
    if num.digits && num.end == num.start + 1 && adjacent(tokens, num.end) {
        let w = ws.w(num.end);
        let exp = if let Some(d) = w.strip_prefix('e').filter(|d| !d.is_empty() && d.len() <= 3 && d.bytes().all(|b| b.is_ascii_digit())) {
            d.parse::<i32>().ok().map(|e| (e, num.end + 1))
        } else if w == "e" && matches!(ws.w(num.end + 1), "+" | "-") && adjacent(tokens, num.end + 1) && adjacent(tokens, num.end + 2) {
            let sign = if ws.w(num.end + 1) == "-" { -1 } else { 1 };
            tokens.get(num.end + 2).filter(|t| t.kind == TokenKind::Number && t.text(ws.text).len() <= 3).and_then(|t| t.text(ws.text).parse::<i32>().ok()).map(|e| (sign * e, num.end + 3))
        } else {
            None
        };
        if let Some((e, end)) = exp {
            num.value *= 10f64.powi(e);
            num.end = end;
            num.year_like = false;
            return Some(num);
        }
    }
    // A scale glued by a hyphen, as compound adjectives write it: "a $1.5-billion deal", "a
    // 10-million-euro fine", "a 1.8-billion-mile journey", "a two-billion-dollar deal".
    if !num.fraction && ws.w(num.end) == "-" && adjacent(tokens, num.end) && adjacent(tokens, num.end + 1) {
        if let Some(s) = scale_word(ws.w(num.end + 1), false).filter(|&s| s >= 1e3 && ws.w(num.end + 1).len() > 2) {
            num.value *= s;
            num.end += 2;
            num.year_like = false;
            return Some(num);
        }
    }
    // Scale after digits: "3 million", "1.2bn", "19m" (glued single letters only), "1.5 lakh crore".
    if num.digits {
        let glued = adjacent(tokens, num.end);
        let sw = ws.w(num.end);
        if let Some(s) = scale_word(sw, glued) {
            // A glued "m" before a word of size is metres: "1.8m tall", "a 100m sprint".
            // So is a race after "men's" or "women's" ("the women's 100m").
            let race = num.start >= 2 && ws.w(num.start - 1) == "'s" && one_of!(ws.w(num.start - 2), "men" | "women" | "boys" | "girls");
            let metres = sw == "m"
                && (race
                    || one_of!(
                        ws.w(num.end + 1),
                        "tall" | "high" | "long" | "wide" | "deep" | "away" | "above" | "below" | "underground" | "sprint" | "race" | "hurdles" | "freestyle" | "relay" | "dash" | "butterfly" | "backstroke" | "breaststroke" | "medley" | "final" | "heats" | "semifinal"
                    ));
            if tokens.get(num.end).is_some_and(|t| t.kind == TokenKind::Word) && !metres {
                num.value *= s;
                num.end += 1;
                num.year_like = false;
                let mut last = s;
                while let Some(s2) = scale_word(ws.w(num.end), false).filter(|&s2| s2 > last && s2 >= 1e3) {
                    num.value *= s2;
                    num.end += 1;
                    last = s2;
                }
                // "4 thousand 3 hundred and 21": a smaller part after "and", or with its own
                // smaller scale.
                if !glued && num.value.fract() == 0.0 {
                    let k = if ws.w(num.end) == "and" { num.end + 1 } else { num.end };
                    if let Some(rest) = parse_core(ws, k).filter(|r| r.value >= 1.0 && r.value < last && r.value.fract() == 0.0 && !r.fraction) {
                        let own_scale = (k + 1..rest.end).any(|x| scale_word(ws.w(x), false).is_some_and(|s3| s3 < last));
                        if (k > num.end && last == 1e2) || own_scale {
                            num.value += rest.value;
                            num.end = rest.end;
                        }
                    }
                }
            }
        }
    }
    // The scale the number ends with ("3 million" → a million), for fractions added after it.
    let end_scale = scale_word(ws.w(num.end.wrapping_sub(1)), false).filter(|&s| s >= 1e3 && num.end > num.start + 1);
    // "two-and-a-half": the same with hyphens (read past them).
    let hyphens = ws.w(num.end) == "-" && ws.w(num.end + 1) == "and" && ws.w(num.end + 2) == "-" && ws.w(num.end + 3) == "a" && ws.w(num.end + 4) == "-"
        && (num.end..num.end + 6).all(|k| adjacent(tokens, k));
    if hyphens && matches!(ws.w(num.end + 5), "half" | "quarter") {
        num.value += if ws.w(num.end + 5) == "half" { 0.5 } else { 0.25 };
        num.end += 6;
        return Some(num);
    }
    // "one and a half (million)", "two and a half", "3 million and a half" (3.5 million), "one
    // billion and a half million" (1,000,500,000)
    if ws.w(num.end) == "and" && ws.w(num.end + 1) == "a" {
        let f = match ws.w(num.end + 2) {
            "half" => Some(0.5),
            "quarter" | "fourth" => Some(0.25),
            "third" => Some(1.0 / 3.0),
            // "three and a fifth", "232 and a thirtieth": any other part, when nothing follows
            // that it would be the ordinal of ("two titles and a fifth straight win" has no
            // number before "and").
            d => ordinal_value(d).filter(|&v| v >= 5.0).filter(|_| {
                let next = ws.w(num.end + 3);
                tokens.get(num.end + 3).is_none_or(|t| t.kind == TokenKind::Punct)
                    || ends_share(next)
                    || scale_word(next, false).is_some_and(|s| s >= 1e3)
                    || (next.ends_with('s') && (crate::figures::units::unit(next).is_some() || crate::figures::units::time_unit(next).is_some()))
            }).map(|v| 1.0 / v),
        };
        if let Some(f) = f {
            num.end += 3;
            let after = scale_word(ws.w(num.end), false).filter(|&s| s >= 1e3);
            match (end_scale, after) {
                (Some(_), Some(s)) => num.value += f * s,
                (Some(s), None) => num.value += f * s,
                (None, Some(s)) => num.value = (num.value + f) * s,
                (None, None) => num.value += f,
            }
            if after.is_some() {
                num.end += 1;
            }
        }
    }
    // "twenty and three fifths", "one hundred and three quarters", "five billion and three quarters"
    if ws.w(num.end) == "and" && !num.digits {
        if let Some(fr) = parse_words(ws, num.end + 1) {
            if let Some((den, end)) = fraction_word(ws, fr.end, fr.value) {
                num.value += fr.value / den * end_scale.unwrap_or(1.0);
                num.end = end;
            }
        }
    }
    Some(num)
}

/// Words that can follow a share written alone ("grew by a fifth over the year", "cut by half
/// in March", "a quarter or more"): prepositions and conjunctions, never the noun that would make
/// it an ordinal ("a third term") or a length ("a quarter century").
/// A verb right after "a third", "a quarter": the share is the sentence's subject ("a third were
/// in London", "only a quarter voted"), not a rank ("a third term").
pub(crate) fn verb_after_share(next: &str) -> bool {
    one_of!(
        next,
        "were" | "was" | "are" | "is" | "had" | "have" | "has" | "will" | "would" | "could" | "can" | "may" | "might" | "said" | "say" | "says" | "came" | "come" | "voted" | "live" | "lived" | "died" | "did" | "do" | "does"
    )
}

fn ends_share(next: &str) -> bool {
    one_of!(
        next,
        "and" | "or" | "as" | "more" | "less" | "in" | "since" | "from" | "to" | "on" | "last" | "this" | "over" | "after" | "at" | "but"
            | "while" | "against" | "compared" | "during" | "within" | "for" | "with" | "before" | "between" | "amid" | "despite" | "year-on-year"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn num(s: &str) -> Option<(f64, String)> {
        let t = tokenize(s);
        parse_number(&Words::new(s, &t), 0).map(|n| (n.value, s[t[n.start].span.start..t[n.end - 1].span.end].to_string()))
    }

    #[test]
    fn spelled_decimals_mixed_fractions_and_half_a_dozen() {
        assert_eq!(num("two point five million people"), Some((2.5e6, "two point five million".into())));
        assert_eq!(num("two hundred point zero three"), Some((200.03, "two hundred point zero three".into())));
        assert_eq!(num("two hundred point seventy-one"), Some((200.71, "two hundred point seventy-one".into())));
        assert_eq!(num("one point, then"), Some((1.0, "one".into())));
        assert_eq!(num("2 1/2 miles"), Some((2.5, "2 1/2".into())));
        assert_eq!(num("half a dozen eggs"), Some((6.0, "half a dozen".into())));
        assert_eq!(num("a quarter million people"), Some((250_000.0, "a quarter million".into())));
        assert_eq!(num("half million"), Some((500_000.0, "half million".into())));
        // Not a mixed fraction: a date, a year, a fraction bigger than one.
        assert_eq!(num("2 12/06/1996"), Some((2.0, "2".into())));
        assert_eq!(num("1996 1/2"), Some((1996.0, "1996".into())));
        assert_eq!(num("3 5/4"), Some((3.0, "3".into())));
    }

    #[test]
    fn digits_and_scales() {
        assert_eq!(num("1,000 people"), Some((1000.0, "1,000".into())));
        assert_eq!(num("2.5 km"), Some((2.5, "2.5".into())));
        assert_eq!(num("1.2bn in"), Some((1.2e9, "1.2bn".into())));
        assert_eq!(num("19m people"), Some((19e6, "19m".into())));
        assert_eq!(num("3 million"), Some((3e6, "3 million".into())));
        assert_eq!(num("1,00 x"), None);
        assert_eq!(num("3/4 of"), Some((0.75, "3/4".into())));
    }

    #[test]
    fn words() {
        assert_eq!(num("nineteen million people"), Some((19e6, "nineteen million".into())));
        assert_eq!(num("two hundred and five thousand"), Some((205e3, "two hundred and five thousand".into())));
        assert_eq!(num("twenty-five boats"), Some((25.0, "twenty-five".into())));
        assert_eq!(num("a dozen eggs"), Some((12.0, "a dozen".into())));
        assert_eq!(num("half a million"), Some((5e5, "half a million".into())));
        assert_eq!(num("one and a half million"), Some((1.5e6, "one and a half million".into())));
        assert_eq!(num("a hundred"), Some((100.0, "a hundred".into())));
        assert_eq!(num("a car"), None);
        assert_eq!(num("three four"), Some((3.0, "three".into())));
    }
}
