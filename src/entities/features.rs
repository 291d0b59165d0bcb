//! Feature extraction for the entity tagger: one code path for training and for tagging.
//!
//! Every feature is a 64-bit hash of a template id and its values; the model maps the top
//! `hash_bits` of it to a row of per-tag weights. Static features (word forms, shapes, affixes,
//! neighbours, capitalisation context, gazetteer hits, document-level casing) are computed once
//! per token; dynamic ones (previous tags, what the same word was tagged earlier in the document)
//! are added while decoding left to right.

use super::gazetteer::{fold_hash, Gazetteer, KeyMap, KeySet, GAZ_KINDS};
use crate::text::{Token, TokenKind};

/// Number of tags: O, then B-/I- for PER, LOC, ORG, MISC.
pub const NUM_TAGS: usize = 9;
/// The entity labels, in tag order.
pub const LABELS: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// The label index (0..4) of a tag, or None for O.
pub fn tag_label(tag: usize) -> Option<usize> {
    if tag == 0 { None } else { Some((tag - 1) / 2) }
}
/// True for a B- tag.
pub fn tag_is_begin(tag: usize) -> bool {
    tag != 0 && (tag - 1).is_multiple_of(2)
}
/// The B- tag of a label.
pub fn begin_tag(label: usize) -> usize {
    1 + 2 * label
}
/// The I- tag of a label.
pub fn inside_tag(label: usize) -> usize {
    2 + 2 * label
}

#[inline]
fn mix(h: u64, v: u64) -> u64 {
    let x = (h ^ v).wrapping_add(0x9E37_79B9_7F4A_7C15).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let x = (x ^ (x >> 31)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 29)
}

// Feature hashes: a rotate and an odd multiply per value. The model reads the top bits; a
// multiply carries input bits only upward, so each step first rotates the strong high bits
// (word hashes are FNV, strong at the top) down to where the multiply spreads them.
const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xBF58_476D_1CE4_E5B9;
const K2: u64 = 0x94D0_49BB_1331_11EB;
const K3: u64 = 0xD6E8_FEB8_6659_FD93;

#[inline]
fn f1(t: u64, a: u64) -> u64 {
    step(step(t.wrapping_mul(K0) ^ a, K1) ^ 0x5555, K2)
}
#[inline]
fn step(h: u64, k: u64) -> u64 {
    h.rotate_left(32).wrapping_mul(k)
}
#[inline]
fn f2(t: u64, a: u64, b: u64) -> u64 {
    step(step(t.wrapping_mul(K0) ^ a, K1) ^ b, K2)
}
#[inline]
fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    step(step(step(t.wrapping_mul(K0) ^ a, K1) ^ b, K2) ^ c, K3)
}

// Template ids.
const T_BIAS: u64 = 1;
const T_W: u64 = 2;
const T_WX: u64 = 3;
const T_WM1: u64 = 4;
const T_WP1: u64 = 5;
const T_WM2: u64 = 6;
const T_WP2: u64 = 7;
const T_BI_L: u64 = 8;
const T_BI_R: u64 = 9;
const T_SH: u64 = 10;
const T_SHM1: u64 = 11;
const T_SHP1: u64 = 12;
const T_SH_L: u64 = 13;
const T_SH_R: u64 = 14;
const T_SH_3: u64 = 15;
const T_PRE: u64 = 16;
const T_SUF: u64 = 17;
const T_FLAG: u64 = 18;
const T_GAZ: u64 = 19;
const T_GAZ_M1: u64 = 20;
const T_GAZ_P1: u64 = 21;
const T_LC_SEEN: u64 = 22;
const T_CAP_SEEN: u64 = 23;
const T_FLAG_W: u64 = 24;
const T_P1: u64 = 30;
const T_P12: u64 = 31;
const T_P1_W: u64 = 32;
const T_P1_SH: u64 = 33;
const T_HIST: u64 = 34;
const T_GAZ_LONG: u64 = 35;
const T_BAG_L: u64 = 36;
const T_BAG_R: u64 = 37;
const T_AGG_L: u64 = 38;
const T_AGG_R: u64 = 39;

/// The most aggregated context features a capitalized word carries (see [`extract`]).
const AGG_MAX: usize = 12;

// Token flags.
const INIT_CAP: u32 = 1;
const ALL_CAP: u32 = 2;
const HAS_DIGIT: u32 = 4;
const IS_PUNCT: u32 = 8;
const SENT_START: u32 = 16;
const LINE_CAPS: u32 = 32;
const HYPHEN_NEXT: u32 = 64;
const HYPHEN_PREV: u32 = 128;
const HAS_PERIOD: u32 = 256;
const IN_PARENS: u32 = 512;
const AFTER_QUOTE: u32 = 1024;
const TABLE: u32 = 2048;

/// Token boundary marker used for context outside the sentence.
const BOUNDARY: u64 = 0xB0B0;

/// Per-token values the features are built from.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokInfo {
    /// Hash of the lower-cased form (also the key for document history).
    pub lower: u64,
    exact: u64,
    shape: u64,
    flags: u32,
    /// True for a word that starts with an upper-case letter.
    pub capitalized: bool,
}

fn shape_hash(s: &str) -> u64 {
    let mut h = 0xCAFEu64;
    let mut last = '\0';
    let mut n = 0;
    for c in s.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if k != last {
            h = mix(h, k as u64);
            last = k;
            n += 1;
            if n > 6 {
                break;
            }
        }
    }
    h
}

fn exact_hash(s: &str) -> u64 {
    let mut h = 0xE1u64;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h
}

/// What one pass over a token's characters tells: its three hashes and character classes.
struct Scan {
    lower: u64,
    exact: u64,
    shape: u64,
    /// Starts with an upper-case letter.
    upper_first: bool,
    has_lower: bool,
    has_alpha: bool,
    has_digit: bool,
    has_period: bool,
    /// More than one character.
    long: bool,
}

fn scan(s: &str) -> Scan {
    if !s.is_ascii() {
        return Scan {
            lower: fold_hash(0xcbf29ce484222325, s),
            exact: exact_hash(s),
            shape: shape_hash(s),
            upper_first: s.chars().next().is_some_and(|c| c.is_uppercase()),
            has_lower: s.chars().any(|c| c.is_lowercase()),
            has_alpha: s.chars().any(|c| c.is_alphabetic()),
            has_digit: s.bytes().any(|b| b.is_ascii_digit()),
            has_period: s.contains('.'),
            long: s.chars().count() > 1,
        };
    }
    // ASCII (nearly every token): the same values in one loop over the bytes.
    let b = s.as_bytes();
    let (mut lower, mut exact, mut shape) = (0xcbf29ce484222325u64, 0xE1u64, 0xCAFEu64);
    let (mut has_lower, mut has_alpha, mut has_digit, mut has_period) = (false, false, false, false);
    let (mut last, mut changes) = (0u8, 0);
    for &c in b {
        lower = (lower ^ c.to_ascii_lowercase() as u64).wrapping_mul(0x100000001b3);
        exact = (exact ^ c as u64).wrapping_mul(0x100000001b3);
        let k = match c {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => c,
        };
        has_lower |= k == b'x';
        has_alpha |= k == b'x' || k == b'X';
        has_digit |= k == b'd';
        has_period |= c == b'.';
        if k != last && changes <= 6 {
            shape = mix(shape, k as u64);
            last = k;
            changes += 1;
        }
    }
    Scan { lower, exact, shape, upper_first: b.first().is_some_and(|c| c.is_ascii_uppercase()), has_lower, has_alpha, has_digit, has_period, long: b.len() > 1 }
}

/// Computes per-token values for a token sequence.
pub fn token_infos(text: &str, tokens: &[Token]) -> Vec<TokInfo> {
    let scans: Vec<Scan> = tokens.iter().map(|t| scan(t.text(text))).collect();
    let mut infos: Vec<TokInfo> = Vec::with_capacity(tokens.len());
    // Lines written in capitals (headlines) make capitalisation uninformative.
    let mut line_caps = vec![false; tokens.len()];
    let mut line_table = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let mut j = i + 1;
        while j < tokens.len() && !tokens[j].newline_before {
            j += 1;
        }
        let (mut up, mut words) = (0, 0);
        for (t, sc) in tokens[i..j].iter().zip(&scans[i..j]) {
            if t.kind == TokenKind::Word && sc.long {
                words += 1;
                if !sc.has_lower {
                    up += 1;
                }
            }
        }
        let caps = words >= 2 && up * 10 >= words * 7;
        // Table lines (results, standings): short, with several numbers.
        let nums = tokens[i..j].iter().filter(|t| t.kind == TokenKind::Number).count();
        let table = nums >= 2 && j - i <= 16;
        for v in &mut line_caps[i..j] {
            *v = caps;
        }
        for v in &mut line_table[i..j] {
            *v = table;
        }
        i = j;
    }
    let mut paren_depth = 0i32;
    let mut quote_open = false;
    for (i, t) in tokens.iter().enumerate() {
        let s = t.text(text);
        if t.newline_before {
            paren_depth = 0;
            quote_open = false;
        }
        let sc = &scans[i];
        let mut flags = 0;
        let capitalized = t.kind == TokenKind::Word && sc.upper_first;
        if capitalized {
            flags |= INIT_CAP;
        }
        if t.kind == TokenKind::Word && sc.has_alpha && !sc.has_lower {
            flags |= ALL_CAP;
        }
        if sc.has_digit {
            flags |= HAS_DIGIT;
        }
        if t.kind == TokenKind::Punct {
            flags |= IS_PUNCT;
        }
        if t.sent_start {
            flags |= SENT_START;
        }
        if line_caps[i] {
            flags |= LINE_CAPS;
        }
        if line_table[i] {
            flags |= TABLE;
        }
        if sc.has_period && t.kind == TokenKind::Word {
            flags |= HAS_PERIOD;
        }
        if let Some(n) = tokens.get(i + 1) {
            if !n.space_before && n.text(text) == "-" {
                flags |= HYPHEN_NEXT;
            }
        }
        if i > 0 && !t.space_before && tokens[i - 1].text(text) == "-" {
            flags |= HYPHEN_PREV;
        }
        if paren_depth > 0 {
            flags |= IN_PARENS;
        }
        if quote_open {
            flags |= AFTER_QUOTE;
        }
        match s {
            "(" | "[" => paren_depth += 1,
            ")" | "]" => paren_depth = (paren_depth - 1).max(0),
            "\"" | "“" | "”" => quote_open = !quote_open,
            _ => {}
        }
        infos.push(TokInfo { lower: sc.lower, exact: sc.exact, shape: sc.shape, flags, capitalized });
    }
    infos
}

/// What a document's static features are computed from; [`DocFeatures::token`] computes the
/// features of one token on demand, so tagging never holds them all (a 1 MB text would need ~100 MB).
pub struct DocFeatures<'a> {
    /// Per-token values.
    pub infos: Vec<TokInfo>,
    text: &'a str,
    tokens: &'a [Token],
    gaz_bits: Vec<u32>,
    gaz_long: Vec<u8>,
    /// Line number of each token (context never crosses a line break).
    line: Vec<u32>,
    lc_seen: KeySet,
    cap_seen: KeySet,
    /// Per token, the slot of its word's aggregated context in `agg` (u32::MAX: none).
    agg_of: Vec<u32>,
    agg: Vec<Vec<u64>>,
}

/// Prepares the static features of a document.
pub fn extract<'a>(text: &'a str, tokens: &'a [Token], gaz: &Gazetteer) -> DocFeatures<'a> {
    let infos = token_infos(text, tokens);
    let n = tokens.len();

    // Gazetteer hits per token: bit (kind * 3 + position), position 0 = begin, 1 = inside, 2 = single.
    let mut gaz_bits = vec![0u32; n];
    let mut gaz_long = vec![0u8; n];
    for m in gaz.matches(text, tokens) {
        for (k, kind) in GAZ_KINDS.iter().enumerate() {
            if m.flags & (*kind as u16) == 0 {
                continue;
            }
            if m.end - m.start == 1 {
                gaz_bits[m.start] |= 1 << (k * 3 + 2);
            } else {
                gaz_bits[m.start] |= 1 << (k * 3);
                for b in &mut gaz_bits[m.start + 1..m.end] {
                    *b |= 1 << (k * 3 + 1);
                }
                for l in &mut gaz_long[m.start..m.end] {
                    *l = (*l).max((m.end - m.start) as u8);
                }
            }
        }
    }

    // Document-level casing: has this word been seen in lower case, or capitalized mid-sentence?
    let mut lc_seen = KeySet::default();
    let mut cap_seen = KeySet::default();
    for (t, inf) in tokens.iter().zip(&infos) {
        if t.kind != TokenKind::Word {
            continue;
        }
        let s = t.text(text);
        if s.chars().next().is_some_and(|c| c.is_lowercase()) {
            lc_seen.insert(inf.lower);
        } else if inf.flags & (SENT_START | LINE_CAPS | ALL_CAP) == 0 && inf.capitalized {
            cap_seen.insert(inf.lower);
        }
    }

    let mut line = Vec::with_capacity(n);
    let mut l = 0u32;
    for t in tokens {
        l += t.newline_before as u32;
        line.push(l);
    }
    // Context aggregation: a capitalized word carries the lower-case words next to every one of
    // its occurrences in the document ("giant Pirelli", "Pirelli shares", "Pirelli 's"), so a
    // headline mention sees what the body says about the same name.
    let mut agg_idx: KeyMap<u32> = KeyMap::default();
    let mut agg: Vec<Vec<u64>> = Vec::new();
    let mut agg_of = vec![u32::MAX; n];
    for i in 0..n {
        let inf = &infos[i];
        if tokens[i].kind != TokenKind::Word || !(inf.capitalized || inf.flags & ALL_CAP != 0) {
            continue;
        }
        let slot = *agg_idx.entry(inf.lower).or_insert_with(|| {
            agg.push(Vec::new());
            (agg.len() - 1) as u32
        });
        agg_of[i] = slot;
        let list = &mut agg[slot as usize];
        for (template, j) in [(T_AGG_L, i.wrapping_sub(1)), (T_AGG_R, i + 1)] {
            if list.len() >= AGG_MAX || j >= n || line[j] != line[i] {
                continue;
            }
            let (t, nb) = (&tokens[j], &infos[j]);
            let plain = (t.kind == TokenKind::Word && !nb.capitalized && nb.flags & ALL_CAP == 0) || t.kind == TokenKind::Possessive;
            if plain {
                let f = f1(template, nb.lower);
                if !list.contains(&f) {
                    list.push(f);
                }
            }
        }
    }
    DocFeatures { infos, text, tokens, gaz_bits, gaz_long, line, lc_seen, cap_seen, agg_of, agg }
}

/// Every token's static features, flattened: token `i` owns `feats[offsets[i]..offsets[i + 1]]`
/// (training keeps them for all its epochs).
pub struct FlatFeatures {
    /// Per-token values.
    pub infos: Vec<TokInfo>,
    offsets: Vec<u32>,
    feats: Vec<u64>,
}

impl FlatFeatures {
    /// The static features of token `i`.
    pub fn of(&self, i: usize) -> &[u64] {
        &self.feats[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

impl DocFeatures<'_> {
    /// All tokens' features at once.
    pub fn flatten(self) -> FlatFeatures {
        let mut offsets = Vec::with_capacity(self.tokens.len() + 1);
        let mut feats = Vec::new();
        let mut buf = Vec::new();
        for i in 0..self.tokens.len() {
            offsets.push(feats.len() as u32);
            self.token(i, &mut buf);
            feats.extend_from_slice(&buf);
        }
        offsets.push(feats.len() as u32);
        FlatFeatures { infos: self.infos, offsets, feats }
    }

    /// The lower-case hash of token `j` seen from token `i`; context does not cross a line break.
    fn word_at(&self, j: isize, i: usize) -> u64 {
        self.at(j, i).map_or(BOUNDARY, |j| self.infos[j].lower)
    }

    fn shape_at(&self, j: isize, i: usize) -> u64 {
        self.at(j, i).map_or(BOUNDARY, |j| self.infos[j].shape)
    }

    fn at(&self, j: isize, i: usize) -> Option<usize> {
        if j < 0 || j as usize >= self.tokens.len() {
            return None;
        }
        let j = j as usize;
        (self.line[j] == self.line[i]).then_some(j)
    }

    /// Writes the static features of token `i` into `feats` (cleared first).
    pub fn token(&self, i: usize, feats: &mut Vec<u64>) {
        feats.clear();
        let infos = &self.infos;
        let word_at = |j: isize, i: usize| self.word_at(j, i);
        let shape_at = |j: isize, i: usize| self.shape_at(j, i);
        let inf = &infos[i];
        let ii = i as isize;
        let w = inf.lower;
        feats.push(f1(T_BIAS, 0));
        feats.push(f1(T_W, w));
        feats.push(f1(T_WX, inf.exact));
        let (wm1, wp1) = (word_at(ii - 1, i), word_at(ii + 1, i));
        feats.push(f1(T_WM1, wm1));
        feats.push(f1(T_WP1, wp1));
        feats.push(f1(T_WM2, word_at(ii - 2, i)));
        feats.push(f1(T_WP2, word_at(ii + 2, i)));
        feats.push(f2(T_BI_L, wm1, w));
        feats.push(f2(T_BI_R, w, wp1));
        let (sm1, sp1) = (shape_at(ii - 1, i), shape_at(ii + 1, i));
        feats.push(f1(T_SH, inf.shape));
        feats.push(f1(T_SHM1, sm1));
        feats.push(f1(T_SHP1, sp1));
        feats.push(f2(T_SH_L, sm1, inf.shape));
        feats.push(f2(T_SH_R, inf.shape, sp1));
        feats.push(f3(T_SH_3, sm1, inf.shape, sp1));
        self.affixes(i, feats);
        // Disjunctive context: words two to four tokens away, position-free, within the line
        // ("beat", "club", "coach" nearby tell a team from its city).
        for d in 2..=4isize {
            let l = word_at(ii - d, i);
            if l != BOUNDARY {
                feats.push(f1(T_BAG_L, l));
            }
            let r = word_at(ii + d, i);
            if r != BOUNDARY {
                feats.push(f1(T_BAG_R, r));
            }
        }
        let fl = inf.flags;
        for b in 0..12 {
            if fl & (1 << b) != 0 {
                feats.push(f1(T_FLAG, b));
            }
        }
        // Capitalisation in context: sentence-initial capital, headline capitals.
        feats.push(f2(T_FLAG, 100, (fl & (INIT_CAP | ALL_CAP | SENT_START | LINE_CAPS | TABLE)) as u64));
        feats.push(f2(T_FLAG_W, w, (fl & (SENT_START | LINE_CAPS)) as u64));
        self.aggregated(i, feats);
        self.gazetteer_and_casing(i, feats);
    }

    /// The aggregated context of token `i`'s word (appended).
    fn aggregated(&self, i: usize, feats: &mut Vec<u64>) {
        if let Some(list) = self.agg.get(self.agg_of[i] as usize) {
            feats.extend_from_slice(list);
        }
    }
}

/// Neighbour roles of the type-level features: the features a token contributes to another
/// token's feature set depend only on its own form and on where it stands.
pub const ROLES: usize = 7;
/// Role index: the token's own form (word, exact form, shape, affixes, form flags).
pub const ROLE_OWN: usize = 0;
const ROLE_M1: usize = 1;
const ROLE_P1: usize = 2;
const ROLE_M2: usize = 3;
const ROLE_P2: usize = 4;
const ROLE_BAG_L: usize = 5;
const ROLE_BAG_R: usize = 6;

/// Flags that follow from a token's form alone (the rest depend on its context).
const FORM_FLAGS: u32 = INIT_CAP | ALL_CAP | HAS_DIGIT | IS_PUNCT | HAS_PERIOD;

impl DocFeatures<'_> {
    /// A key for token `i`'s form: tokens with the same key have the same type-level features.
    pub fn type_key(&self, i: usize) -> u64 {
        f2(0x7E7E, self.infos[i].exact, self.tokens[i].kind as u64 + 1)
    }

    /// The type-level features token `i` contributes in `role` (to itself for [`ROLE_OWN`], to
    /// the token after it for the left-neighbour roles, …). Together with [`Self::token_context`]
    /// and the boundary features they are exactly the features of [`Self::token`].
    pub fn token_role(&self, i: usize, role: usize, feats: &mut Vec<u64>) {
        feats.clear();
        let inf = &self.infos[i];
        match role {
            ROLE_OWN => {
                feats.push(f1(T_BIAS, 0));
                feats.push(f1(T_W, inf.lower));
                feats.push(f1(T_WX, inf.exact));
                feats.push(f1(T_SH, inf.shape));
                self.affixes(i, feats);
                for b in 0..12 {
                    if inf.flags & FORM_FLAGS & (1 << b) != 0 {
                        feats.push(f1(T_FLAG, b));
                    }
                }
            }
            ROLE_M1 => {
                feats.push(f1(T_WM1, inf.lower));
                feats.push(f1(T_SHM1, inf.shape));
            }
            ROLE_P1 => {
                feats.push(f1(T_WP1, inf.lower));
                feats.push(f1(T_SHP1, inf.shape));
            }
            ROLE_M2 => feats.push(f1(T_WM2, inf.lower)),
            ROLE_P2 => feats.push(f1(T_WP2, inf.lower)),
            ROLE_BAG_L => feats.push(f1(T_BAG_L, inf.lower)),
            _ => feats.push(f1(T_BAG_R, inf.lower)),
        }
    }

    /// The features of a missing neighbour (past a line break or the text's edge) in `role`.
    pub fn boundary_role(role: usize, feats: &mut Vec<u64>) {
        feats.clear();
        match role {
            ROLE_M1 => {
                feats.push(f1(T_WM1, BOUNDARY));
                feats.push(f1(T_SHM1, BOUNDARY));
            }
            ROLE_P1 => {
                feats.push(f1(T_WP1, BOUNDARY));
                feats.push(f1(T_SHP1, BOUNDARY));
            }
            ROLE_M2 => feats.push(f1(T_WM2, BOUNDARY)),
            ROLE_P2 => feats.push(f1(T_WP2, BOUNDARY)),
            _ => {}
        }
    }

    /// For token `i`: which token fills each neighbour role (None: a boundary), in a fixed order
    /// of (role, offset) pairs.
    pub fn neighbours(&self, i: usize) -> [(usize, Option<usize>); 10] {
        // Away from line breaks and the text's edges (most tokens) every neighbour is there.
        if i >= 4 && i + 4 < self.tokens.len() && self.line[i - 4] == self.line[i + 4] {
            return [
                (ROLE_M1, Some(i - 1)),
                (ROLE_P1, Some(i + 1)),
                (ROLE_M2, Some(i - 2)),
                (ROLE_P2, Some(i + 2)),
                (ROLE_BAG_L, Some(i - 2)),
                (ROLE_BAG_L, Some(i - 3)),
                (ROLE_BAG_L, Some(i - 4)),
                (ROLE_BAG_R, Some(i + 2)),
                (ROLE_BAG_R, Some(i + 3)),
                (ROLE_BAG_R, Some(i + 4)),
            ];
        }
        let ii = i as isize;
        [
            (ROLE_M1, self.at(ii - 1, i)),
            (ROLE_P1, self.at(ii + 1, i)),
            (ROLE_M2, self.at(ii - 2, i)),
            (ROLE_P2, self.at(ii + 2, i)),
            (ROLE_BAG_L, self.at(ii - 2, i)),
            (ROLE_BAG_L, self.at(ii - 3, i)),
            (ROLE_BAG_L, self.at(ii - 4, i)),
            (ROLE_BAG_R, self.at(ii + 2, i)),
            (ROLE_BAG_R, self.at(ii + 3, i)),
            (ROLE_BAG_R, self.at(ii + 4, i)),
        ]
    }

    /// Token `i`'s features that depend on its context (pairs of neighbours, context flags,
    /// gazetteer hits, document casing): [`Self::token`] minus the type-level roles.
    pub fn token_context(&self, i: usize, feats: &mut Vec<u64>) {
        self.token_words(i, feats);
        let mut rest = Vec::new();
        self.token_signature(i, &mut rest);
        feats.extend_from_slice(&rest);
    }

    /// The context features of token `i` that name words: the bigrams and the word with its
    /// sentence position.
    pub fn token_words(&self, i: usize, feats: &mut Vec<u64>) {
        feats.clear();
        let ii = i as isize;
        let inf = &self.infos[i];
        let w = inf.lower;
        let (wm1, wp1) = (self.word_at(ii - 1, i), self.word_at(ii + 1, i));
        feats.push(f2(T_BI_L, wm1, w));
        feats.push(f2(T_BI_R, w, wp1));
        feats.push(f2(T_FLAG_W, w, (inf.flags & (SENT_START | LINE_CAPS)) as u64));
        self.aggregated(i, feats);
    }

    /// A key for everything [`Self::token_signature`] reads: tokens with equal keys have the same
    /// signature features (shapes around, flags, gazetteer hits, document casing).
    pub fn signature_key(&self, i: usize) -> u64 {
        let ii = i as isize;
        let inf = &self.infos[i];
        let kinds = |j: usize| {
            let b = self.gaz_bits[j];
            if b == 0 {
                return 0;
            }
            (0..GAZ_KINDS.len()).fold(0u64, |m, k| m | (((b >> (k * 3)) & 7 != 0) as u64) << k)
        };
        let before = if i > 0 { kinds(i - 1) } else { 0 };
        let after = if i + 1 < self.tokens.len() { kinds(i + 1) } else { 0 };
        let seen = if inf.capitalized || inf.flags & ALL_CAP != 0 {
            1 | (self.lc_seen.contains(&inf.lower) as u64) << 1 | (self.cap_seen.contains(&inf.lower) as u64) << 2
        } else {
            0
        };
        let h = f3(0x5161, self.shape_at(ii - 1, i), inf.shape, self.shape_at(ii + 1, i));
        f3(h, inf.flags as u64 | (self.gaz_long[i].min(4) as u64) << 16 | seen << 20, self.gaz_bits[i] as u64, before | after << 16)
    }

    /// The context features of token `i` that name no word: shapes around it, context flags,
    /// gazetteer hits and document casing.
    pub fn token_signature(&self, i: usize, feats: &mut Vec<u64>) {
        feats.clear();
        let ii = i as isize;
        let inf = &self.infos[i];
        let (sm1, sp1) = (self.shape_at(ii - 1, i), self.shape_at(ii + 1, i));
        feats.push(f2(T_SH_L, sm1, inf.shape));
        feats.push(f2(T_SH_R, inf.shape, sp1));
        feats.push(f3(T_SH_3, sm1, inf.shape, sp1));
        self.context_tail(i, feats);
    }

    /// Prefixes and suffixes (one to four characters) of a word of three or more (appended).
    fn affixes(&self, i: usize, feats: &mut Vec<u64>) {
        let s = self.tokens[i].text(self.text);
        if self.tokens[i].kind == TokenKind::Word && s.chars().count() > 2 {
            let mut h = 0xcbf29ce484222325u64;
            for (k, c) in s.chars().take(4).enumerate() {
                h = fold_hash(h, c.encode_utf8(&mut [0u8; 4]));
                feats.push(f2(T_PRE, k as u64, h));
            }
            let mut h = 0xcbf29ce484222325u64;
            for (k, c) in s.chars().rev().take(4).enumerate() {
                h = fold_hash(h, c.encode_utf8(&mut [0u8; 4]));
                feats.push(f2(T_SUF, k as u64, h));
            }
        }
    }

    /// Gazetteer hits (here and next door) and document casing of token `i` (appended); shared by
    /// [`Self::token`] and [`Self::token_signature`] in the same order.
    fn gazetteer_and_casing(&self, i: usize, feats: &mut Vec<u64>) {
        let (gaz_bits, gaz_long, lc_seen, cap_seen) = (&self.gaz_bits, &self.gaz_long, &self.lc_seen, &self.cap_seen);
        let n = self.tokens.len();
        let inf = &self.infos[i];
        let (w, fl) = (inf.lower, inf.flags);
        for b in 0..(GAZ_KINDS.len() * 3) {
            if gaz_bits[i] & (1 << b) != 0 {
                feats.push(f1(T_GAZ, b as u64));
                feats.push(f2(T_GAZ, b as u64, (fl & (INIT_CAP | SENT_START)) as u64));
            }
        }
        if gaz_long[i] > 0 {
            feats.push(f1(T_GAZ_LONG, gaz_long[i].min(4) as u64));
        }
        if i > 0 && gaz_bits[i - 1] != 0 {
            for k in 0..GAZ_KINDS.len() {
                if gaz_bits[i - 1] & (7 << (k * 3)) != 0 {
                    feats.push(f1(T_GAZ_M1, k as u64));
                }
            }
        }
        if i + 1 < n && gaz_bits[i + 1] != 0 {
            for k in 0..GAZ_KINDS.len() {
                if gaz_bits[i + 1] & (7 << (k * 3)) != 0 {
                    feats.push(f1(T_GAZ_P1, k as u64));
                }
            }
        }
        if inf.capitalized || fl & ALL_CAP != 0 {
            feats.push(f2(T_LC_SEEN, lc_seen.contains(&w) as u64, (fl & (SENT_START | LINE_CAPS)) as u64));
            feats.push(f2(T_CAP_SEEN, cap_seen.contains(&w) as u64, (fl & (SENT_START | LINE_CAPS)) as u64));
        }
    }

    /// Context flags, gazetteer hits and document casing of token `i` (appended).
    fn context_tail(&self, i: usize, feats: &mut Vec<u64>) {
        let fl = self.infos[i].flags;
        for b in 0..12 {
            if fl & !FORM_FLAGS & (1 << b) != 0 {
                feats.push(f1(T_FLAG, b));
            }
        }
        // Capitalisation in context: sentence-initial capital, headline capitals.
        feats.push(f2(T_FLAG, 100, (fl & (INIT_CAP | ALL_CAP | SENT_START | LINE_CAPS | TABLE)) as u64));
        self.gazetteer_and_casing(i, feats);
    }
}

/// Pre-hashed key → slot.
pub type KeyMapU32 = KeyMap<u32>;

/// What earlier tokens of the document were tagged: word hash → label index.
pub type History = KeyMap<u8>;


/// Appends the dynamic features of token `i` given the two previous tags.
pub fn dynamic(info: &TokInfo, p1: usize, p2: usize, history: &History, out: &mut Vec<u64>) {
    dynamic_tags(p1, p2, out);
    dynamic_word(info, p1, history, out);
}

/// The dynamic features that depend on the previous tags alone (appended).
pub fn dynamic_tags(p1: usize, p2: usize, out: &mut Vec<u64>) {
    out.push(f1(T_P1, p1 as u64));
    out.push(f2(T_P12, p2 as u64, p1 as u64));
}

/// The dynamic features that depend on the word too (appended).
pub fn dynamic_word(info: &TokInfo, p1: usize, history: &History, out: &mut Vec<u64>) {
    out.push(f2(T_P1_W, p1 as u64, info.lower));
    out.push(f2(T_P1_SH, p1 as u64, info.shape));
    if info.capitalized || info.flags & ALL_CAP != 0 {
        if let Some(&l) = history.get(&info.lower) {
            out.push(f1(T_HIST, l as u64));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The cached decomposition (own form + neighbours' roles + context) yields exactly the
    /// features of `token`, which training uses: the tagger and its training see the same model.
    #[test]
    fn roles_and_context_make_up_the_token_features() {
        let model = crate::entities::embedded_model().unwrap();
        let text = "BERLIN 1996-08-22\nMayor Ada Lindqvist, 58, said the U.S.-led \"Blue Team\" won.\n\
                    KAZAKH CAPITAL CALM\n(Reuters) - Nur-Sultan's   mayor met O'Brien & Co.\n  a\n";
        let tokens = tokenize(text);
        let doc = extract(text, &tokens, &model.gazetteer);
        let (mut whole, mut part, mut buf) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..tokens.len() {
            doc.token(i, &mut whole);
            doc.token_role(i, ROLE_OWN, &mut buf);
            part.clear();
            part.extend_from_slice(&buf);
            for (role, j) in doc.neighbours(i) {
                match j {
                    Some(j) => doc.token_role(j, role, &mut buf),
                    None => DocFeatures::boundary_role(role, &mut buf),
                }
                part.extend_from_slice(&buf);
            }
            doc.token_context(i, &mut buf);
            part.extend_from_slice(&buf);
            crate::order::sort(&mut whole);
            crate::order::sort(&mut part);
            assert_eq!(whole, part, "token {i} {:?}", tokens[i].text(text));
        }
    }

    /// A capitalized word carries the lower-case neighbours of all its occurrences in the
    /// document; lower-case words and other names carry none.
    #[test]
    fn capitalized_words_aggregate_their_neighbours_across_the_document() {
        let model = crate::entities::embedded_model().unwrap();
        let text = "Halvorsen rose\nthe giant Halvorsen said its profits fell\nanalysts said Halvorsen 's shares fell";
        let tokens = tokenize(text);
        let doc = extract(text, &tokens, &model.gazetteer);
        let hash = |w: &str| doc.infos[tokens.iter().position(|t| t.text(text) == w).unwrap()].lower;
        let first = tokens.iter().position(|t| t.text(text) == "Halvorsen").unwrap();
        let mut feats = Vec::new();
        doc.token(first, &mut feats);
        // From the other lines: "giant" before, "said" after, "'s" after.
        for (t, w) in [(T_AGG_L, "giant"), (T_AGG_R, "said"), (T_AGG_L, "said"), (T_AGG_R, "'s"), (T_AGG_R, "rose")] {
            assert!(feats.contains(&f1(t, hash(w))), "{w}");
        }
        // Never across a line break: "rose" ends line one, "the" opens line two.
        assert!(!feats.contains(&f1(T_AGG_R, hash("the"))));
        // A lower-case word has no aggregated context.
        let said = tokens.iter().position(|t| t.text(text) == "said").unwrap();
        doc.token(said, &mut feats);
        assert!(!feats.iter().any(|f| doc.agg.iter().flatten().any(|a| a == f)));
    }

    /// Tokens with the same signature key have the same signature features (the cache relies on it).
    #[test]
    fn signature_keys_determine_signature_features() {
        let model = crate::entities::embedded_model().unwrap();
        let text = "PARIS (AP) - Police in Paris said 3 people, including Ada Lind of Oslo, were hurt.\n\
                    Ada Lind said: \"Paris was calm.\" Lind, Oslo's mayor, left Paris on Monday.\nOSLO CALM\nParis 3 Oslo 1\n\
                    Lind, Oslo's mayor, left Paris on Monday.\n";
        // Also the project's own sample articles, for variety.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples");
        let mut all = text.to_string();
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            all.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
        }
        let text = all.as_str();
        let tokens = tokenize(text);
        let doc = extract(text, &tokens, &model.gazetteer);
        let mut seen: std::collections::HashMap<u64, Vec<u64>> = std::collections::HashMap::new();
        let mut buf = Vec::new();
        let mut shared = 0;
        for i in 0..tokens.len() {
            doc.token_signature(i, &mut buf);
            crate::order::sort(&mut buf);
            match seen.get(&doc.signature_key(i)) {
                Some(v) => {
                    assert_eq!(v, &buf, "token {i} {:?}", tokens[i].text(text));
                    shared += 1;
                }
                None => {
                    seen.insert(doc.signature_key(i), buf.clone());
                }
            }
        }
        assert!(shared > 5, "the text should reuse signatures ({shared})");
    }
}
