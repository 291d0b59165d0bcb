//! Name lists (places, demonyms, first names, surnames, legal-form suffixes) matched over tokens.
//!
//! Entries are stored as the hash of their lower-cased tokens, so matching a phrase of up to
//! [`MAX_PHRASE`] tokens costs a few hash lookups per token and allocates nothing.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::{Token, TokenKind};

/// Longest phrase (in tokens) the gazetteer matches.
pub const MAX_PHRASE: usize = 5;

/// One category of name list, a bit in [`Gazetteer`] flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum GazKind {
    /// Country names, official names and alternative spellings.
    Country = 1,
    /// Demonyms ("Kazakh", "French").
    Demonym = 2,
    /// Cities and towns.
    City = 4,
    /// Capitals.
    Capital = 8,
    /// States, provinces, continents and world regions.
    Region = 16,
    /// Given names.
    FirstName = 32,
    /// Family names.
    Surname = 64,
    /// Company legal-form suffixes ("Inc", "GmbH", "plc").
    OrgSuffix = 128,
    /// Words that news usually writes in lower case ("mayor", "storm"): a capital on them is weak evidence of a name.
    CommonWord = 256,
}

/// All kinds, in bit order.
pub const GAZ_KINDS: [GazKind; 9] = [
    GazKind::Country,
    GazKind::Demonym,
    GazKind::City,
    GazKind::Capital,
    GazKind::Region,
    GazKind::FirstName,
    GazKind::Surname,
    GazKind::OrgSuffix,
    GazKind::CommonWord,
];

/// Hashes keys that are already 64-bit hashes: one multiply and shift, no SipHash.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    #[inline]
    fn write_u64(&mut self, x: u64) {
        let x = (self.0 ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 32);
    }
}

/// A hash map with this cheap hash, for any key (one hasher's code in the page's wasm, no SipHash).
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;
/// A hash set with the same hash.
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<KeyHasher>>;

/// A map keyed by 64-bit hashes.
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;
/// A set of 64-bit hashes.
pub type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// A phrase → flags table.
#[derive(Default, Clone, Debug)]
pub struct Gazetteer {
    map: KeyMap<u16>,
    /// Keys of the proper prefixes of multi-token phrases ("new" of "new york"): matching stops
    /// extending a phrase as soon as it is no prefix of one.
    prefixes: KeySet,
}

/// FNV-1a over the lower-cased token text, with curly apostrophes folded.
pub(crate) fn fold_hash(h: u64, s: &str) -> u64 {
    let mut h = h;
    if s.is_ascii() {
        for b in s.bytes() {
            h ^= b.to_ascii_lowercase() as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        return h;
    }
    for c in s.chars() {
        let c = if c == '’' { '\'' } else { c };
        for lc in c.to_lowercase() {
            let mut buf = [0u8; 4];
            for &b in lc.encode_utf8(&mut buf).as_bytes() {
                h ^= b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
        }
    }
    h
}

const FNV_OFFSET: u64 = 0xcbf29ce484222325;

fn phrase_key<'a>(parts: impl Iterator<Item = &'a str>) -> u64 {
    let mut h = FNV_OFFSET;
    for (i, p) in parts.enumerate() {
        if i > 0 {
            h ^= 0x20;
            h = h.wrapping_mul(0x100000001b3);
        }
        h = fold_hash(h, p);
    }
    h
}

/// A match of a gazetteer phrase over tokens `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The phrase's flags.
    pub flags: u16,
}

impl Gazetteer {
    /// Adds a phrase (tokenized the same way as text) with the given kind.
    pub fn insert(&mut self, phrase: &str, kind: GazKind) {
        self.insert_flags(phrase, kind as u16);
    }

    /// Adds a phrase with raw flags.
    pub fn insert_flags(&mut self, phrase: &str, flags: u16) {
        // Most phrases are one word of letters, which the tokenizer keeps whole (tested below
        // on every phrase of the committed model): no tokenizing needed.
        if !phrase.is_empty() && phrase.bytes().all(|b| b.is_ascii_alphabetic()) {
            *self.map.entry(phrase_key(std::iter::once(phrase))).or_insert(0) |= flags;
            return;
        }
        let toks = crate::text::tokenize(phrase);
        if toks.is_empty() || toks.len() > MAX_PHRASE {
            return;
        }
        let key = phrase_key(toks.iter().map(|t| t.text(phrase)));
        *self.map.entry(key).or_insert(0) |= flags;
        for k in 1..toks.len() {
            self.prefixes.insert(phrase_key(toks[..k].iter().map(|t| t.text(phrase))));
        }
    }

    /// Room for `n` more phrases.
    pub fn reserve(&mut self, n: usize) {
        self.map.reserve(n);
    }

    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Flags of one phrase, 0 when absent.
    pub fn lookup(&self, phrase: &str) -> u16 {
        // One word of letters is one token (as in `insert_flags`): no tokenizing needed.
        if !phrase.is_empty() && phrase.bytes().all(|b| b.is_ascii_alphabetic()) {
            return self.map.get(&phrase_key(std::iter::once(phrase))).copied().unwrap_or(0);
        }
        let toks = crate::text::tokenize(phrase);
        self.map.get(&phrase_key(toks.iter().map(|t| t.text(phrase)))).copied().unwrap_or(0)
    }

    /// Every phrase match in the tokens whose first token is capitalized (or a number-free word).
    pub fn matches(&self, text: &str, tokens: &[Token]) -> Vec<GazMatch> {
        let mut out = Vec::new();
        if self.map.is_empty() {
            return out;
        }
        for i in 0..tokens.len() {
            let first = tokens[i];
            if first.kind != TokenKind::Word || !first.text(text).chars().next().is_some_and(|c| c.is_uppercase()) {
                continue;
            }
            let mut h = FNV_OFFSET;
            for j in i..tokens.len().min(i + MAX_PHRASE) {
                let t = tokens[j];
                if j > i {
                    if t.newline_before {
                        break;
                    }
                    h ^= 0x20;
                    h = h.wrapping_mul(0x100000001b3);
                }
                h = fold_hash(h, t.text(text));
                if let Some(&flags) = self.map.get(&h) {
                    out.push(GazMatch { start: i, end: j + 1, flags });
                }
                if !self.prefixes.contains(&h) {
                    break;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn one_word_phrases_are_one_token() {
        // The fast path of insert_flags assumes the tokenizer keeps a run of ASCII letters whole.
        let m = crate::entities::embedded_model().unwrap();
        let mut n = 0;
        for line in m.gaz_text.lines() {
            let phrase = line.split_once('\t').unwrap().1;
            if !phrase.is_empty() && phrase.bytes().all(|b| b.is_ascii_alphabetic()) {
                let t = tokenize(phrase);
                assert!(t.len() == 1 && t[0].text(phrase) == phrase, "{phrase:?} is {} tokens", t.len());
                n += 1;
            }
        }
        assert!(n > 10_000, "only {n} one-word phrases");
    }

    #[test]
    fn matches_multi_token_phrases_case_insensitively() {
        let mut g = Gazetteer::default();
        g.insert("New York", GazKind::City);
        g.insert("York", GazKind::City);
        g.insert("Côte d’Ivoire", GazKind::Country);
        let text = "From New York to Côte d'Ivoire, not new york.";
        let toks = tokenize(text);
        let m = g.matches(text, &toks);
        let spans: Vec<&str> = m.iter().map(|m| &text[toks[m.start].span.start..toks[m.end - 1].span.end]).collect();
        assert_eq!(spans, ["New York", "York", "Côte d'Ivoire"]);
        assert_eq!(g.lookup("new york"), GazKind::City as u16);
    }
}
