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
    // (Out of line: inlined into every map's lookup it cost the page 7.7 KB of brotli, for 0.9 %
    // of the instructions.)
    #[inline(never)]
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a step (a word's bytes one multiply each had been most of a lookup's cost).
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            // (The length in the top byte: "ab" and "ab\0" differ.)
            self.write_u64(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, x: u8) {
        // (A string's end mark: no call for one byte.)
        self.write_u64(x as u64 | 1 << 63);
    }
    #[inline]
    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
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

/// True for one or more words of ASCII letters joined by single spaces ("New York"): the
/// tokenizer makes each word one token, so such a phrase needs no tokenizing.
fn letter_words(phrase: &str) -> bool {
    let b = phrase.as_bytes();
    // Every space between two letters.
    !b.is_empty() && b[0] != b' ' && b[b.len() - 1] != b' ' && b.iter().enumerate().all(|(i, &c)| c.is_ascii_alphabetic() || (c == b' ' && b[i - 1] != b' '))
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
        // Most phrases are words of ASCII letters between single spaces, which the tokenizer
        // keeps whole and splits at the spaces (tested below): no tokenizing needed. Loading the
        // model builds this table before the page's first analysis, so it is on the way to the
        // first highlight.
        if letter_words(phrase) {
            if phrase.bytes().filter(|&b| b == b' ').count() >= MAX_PHRASE {
                return;
            }
            // The key as phrase_key builds it, word by word; before each word after the first,
            // the key so far is a proper prefix's.
            let mut h = FNV_OFFSET;
            for (i, w) in phrase.split(|c| c == ' ').enumerate() {
                if i > 0 {
                    self.prefixes.insert(h);
                    h ^= 0x20;
                    h = h.wrapping_mul(0x100000001b3);
                }
                h = fold_hash(h, w);
            }
            *self.map.entry(h).or_insert(0) |= flags;
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
        // Words of letters between single spaces are their own tokens (as in `insert_flags`).
        if letter_words(phrase) {
            return self.map.get(&phrase_key(phrase.split(|c| c == ' '))).copied().unwrap_or(0);
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
    fn the_key_hasher_tells_apart_bytes_that_differ_only_in_padding() {
        use std::hash::{BuildHasher, Hash};
        let h = |b: &[u8]| {
            let mut s = BuildHasherDefault::<KeyHasher>::default().build_hasher();
            s.write(b);
            s.finish()
        };
        // A short tail is padded with zeros to eight bytes: its length must still count.
        assert_ne!(h(b"ab"), h(b"ab\0"));
        assert_ne!(h(b"abcdefgh"), h(b"abcdefgh\0"));
        assert_ne!(h(b"abcdefghi"), h(b"abcdefgh"));
        // And a map keyed by words finds each of them.
        let words = ["", "a", "ab", "abcdefgh", "abcdefghi", "Kazakhstan", "Kassym-Jomart"];
        let set: FastSet<&str> = words.iter().copied().collect();
        assert_eq!(set.len(), words.len());
        assert!(words.iter().all(|w| set.contains(w)));
        let one = |w: &str| {
            let mut s = BuildHasherDefault::<KeyHasher>::default().build_hasher();
            w.hash(&mut s);
            s.finish()
        };
        assert_ne!(one("ab"), one("ba"));
    }

    #[test]
    fn letter_words_are_one_token_each() {
        // The fast path of insert_flags and lookup assumes the tokenizer keeps a run of ASCII
        // letters whole and splits at single spaces: checked on every such phrase of the
        // committed model and on some of our own.
        let m = crate::entities::embedded_model().unwrap();
        let mut n = [0, 0];
        let ours = ["a", "Zz", "New York", "Bosnia and Herzegovina", "x y z", "QUEBEC CITY"];
        for phrase in m.gaz_text.lines().map(|l| l.split_once('\t').unwrap().1).chain(ours) {
            if letter_words(phrase) {
                let t = tokenize(phrase);
                let words: Vec<&str> = phrase.split(' ').collect();
                let texts: Vec<&str> = t.iter().map(|t| t.text(phrase)).collect();
                assert_eq!(texts, words, "{phrase:?}");
                n[(words.len() > 1) as usize] += 1;
            }
        }
        assert!(n[0] > 10_000 && n[1] > 1_000, "only {n:?} one- and many-word phrases");
        for odd in ["", " New", "New ", "New  York", "Côte", "St. Louis", "Guinea-Bissau"] {
            assert!(!letter_words(odd), "{odd:?}");
        }
    }

    #[test]
    fn letter_word_phrases_match_as_tokenized_ones_do() {
        // A phrase inserted by the fast path is found in text, with its prefixes, exactly as one
        // inserted through the tokenizer ("Port of Spain" takes the fast path, "Port-au-Prince"
        // the tokenizer).
        let mut g = Gazetteer::default();
        g.insert("Port of Spain", GazKind::Capital);
        g.insert("Port-au-Prince", GazKind::Capital);
        g.insert("Port", GazKind::CommonWord);
        let text = "From Port of Spain to Port-au-Prince, then Port of Call.";
        let toks = tokenize(text);
        let found: Vec<(&str, u16)> = g.matches(text, &toks).iter().map(|m| (&text[toks[m.start].span.start..toks[m.end - 1].span.end], m.flags)).collect();
        let (cap, word) = (GazKind::Capital as u16, GazKind::CommonWord as u16);
        assert_eq!(found, [("Port", word), ("Port of Spain", cap), ("Port", word), ("Port-au-Prince", cap), ("Port", word)]);
        assert_eq!(g.lookup("port of spain"), cap);
        assert_eq!(g.lookup("Port of"), 0);
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
