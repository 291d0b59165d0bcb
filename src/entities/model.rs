//! The entity model file: the only code that knows its binary layout.
//!
//! Layout (all integers little-endian):
//! ```text
//! magic        8 bytes  b"NLSNER\0\0"
//! version      u32      FORMAT_VERSION
//! model_id     u32      content revision, shown in the page footer
//! n_tags       u32      must equal NUM_TAGS
//! hash_bits    u32      rows = 2^hash_bits
//! n_rows       u32      rows stored (the others are zero)
//! bitmap       2^hash_bits / 8 bytes: bit r set = row r stored
//! exps         n_rows × u8           each stored row's exponent byte e
//! weights      n_rows × n_tags × i8  weight = 2^((e − 128) / 16) × q / 127
//! gaz_len      u32, then gaz_len bytes of runs of phrases sharing their flags:
//!                run   = flags: u16, count: u32, count × entry
//!                entry = shared: u8, suffix, b'\n'   the phrase is the previous phrase's first
//!                        `shared` bytes (0 at a run's start) then the suffix; UTF-8
//! links_len    u32, then links_len bytes of UTF-8 lines "demonym<TAB>country\n"
//! checksum     u32      FNV-1a (32-bit) of every byte before it
//! ```

use std::fmt;

use super::features::NUM_TAGS;
use super::gazetteer::Gazetteer;

/// The file's magic bytes.
pub const MAGIC: [u8; 8] = *b"NLSNER\0\0";
/// The layout version this build reads and writes. Version 3 wrote the exponent bytes apart
/// from the weights and the gazetteer front-coded, in runs of one kind: the page downloads the
/// model brotli-compressed, and the same content took 52 KB less (rows 429 → 406 KB, gazetteer
/// 199 → 170 KB, measured by compressing each section alone at brotli's quality 11).
pub const FORMAT_VERSION: u32 = 3;

/// Why a model file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the model magic.
    BadMagic,
    /// The file was written by another layout version.
    UnsupportedVersion {
        /// What this build reads.
        expected: u32,
        /// What the file says.
        found: u32,
    },
    /// The file ends before a section it announces.
    Truncated {
        /// Which section was cut.
        section: &'static str,
    },
    /// The checksum does not match the content.
    Checksum,
    /// A header field has an impossible value.
    Invalid(&'static str),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::BadMagic => write!(f, "not a newslens entity model (bad magic bytes)"),
            ModelError::UnsupportedVersion { expected, found } => write!(
                f,
                "entity model format version {found} is not supported (this build reads version {expected}); retrain with `.ci/train`"
            ),
            ModelError::Truncated { section } => write!(f, "entity model file is truncated (in {section})"),
            ModelError::Checksum => write!(f, "entity model file is corrupt (checksum mismatch)"),
            ModelError::Invalid(what) => write!(f, "entity model file is invalid: {what}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// FNV-1a, 32-bit.
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h
}

/// 2^(i/16) for i in 0..16: row scales are powers of 2^(1/16), computed from this table so
/// that every platform (native, wasm) decodes the same bits.
const SIXTEENTHS: [f32; 16] = [
    1.0, 1.0442737824274138, 1.0905077326652577, 1.1387886347566916, 1.189207115002721, 1.241857812073484, 1.2968395546510096, 1.3542555469368927,
    1.4142135623730951, 1.4768261459394993, 1.5422108254079407, 1.6104903319492543, 1.681792830507429, 1.7562521603732995, 1.8340080864093424, 1.9152065613971474,
];

/// The scale a row's exponent byte stands for: 2^((e − 128) / 16), from about 0.004 to 245.
fn exp_scale(e: u8) -> f32 {
    let octave = (e / 16) as i32 - 8;
    SIXTEENTHS[(e % 16) as usize] * 2f32.powi(octave)
}

/// The scale of every exponent byte divided by 127, so that `weight = SCALES[e] × q`; built at
/// compile time (products by powers of two are exact, so it equals `exp_scale(e) / 127` bit for bit).
static SCALES: [f32; 256] = {
    let mut t = [0f32; 256];
    let mut e = 0;
    while e < 256 {
        let mut s = SIXTEENTHS[e % 16] / 256.0;
        let mut k = 0;
        while k < e / 16 {
            s *= 2.0;
            k += 1;
        }
        t[e] = s / 127.0;
        e += 1;
    }
    t
};

/// Quantized weights are written on a grid of this step (q ∈ {…, −4, 0, 4, …}): the page
/// downloads the model brotli-compressed, and weights whose two low bits are always zero compress
/// far better: 763 KB → 661 KB of brotli (step 1 with rows under 0.92 dropped → step 4 with rows
/// under 0.9 dropped), `.ci/eval-ner` dev F1 93.53 → 93.46, wikigold 66.1, GUM 42.6 → 42.5, SEC
/// 88.3. A step of 8 saved 50 KB more but lost 0.2 on wikigold; 2^19 rows lost 0.4 on dev. The
/// file layout and its reader are unchanged.
pub const QUANT_STEP: f32 = 4.0;

/// One weight row as kept in memory: the per-tag weights quantized against one exponent byte
/// shared by the row (`weight = 2^((e − 128) / 16) × q / 127`), and that scale decoded. 16 bytes,
/// aligned, so a row never straddles a cache line: the ~74k stored rows take 1.2 MB and their
/// index 1 MB (the dense 2^18-row table took 4 MB). A 10-byte row found through a rank over the
/// presence bitmap took 0.8 MB but cost 7 % of the tagger's time (`cargo bench --bench core`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C, align(16))]
pub struct Row {
    /// The decoded scale divided by 127.
    pub scale: f32,
    /// Quantized weights, one per tag.
    pub q: [i8; NUM_TAGS],
    /// The exponent byte.
    pub exp: u8,
}

impl Row {
    /// Quantizes a row of float weights; None when every weight rounds to zero.
    pub fn quantize(w: &[f32]) -> Option<Row> {
        let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
        if max == 0.0 || !max.is_finite() {
            return None;
        }
        // The smallest scale that holds the largest weight (the top one clamps).
        let exp = (0..=255u8).find(|&e| exp_scale(e) >= max).unwrap_or(255);
        let s = exp_scale(exp);
        let mut q = [0i8; NUM_TAGS];
        for (q, x) in q.iter_mut().zip(w) {
            // The largest grid value within ±127 bounds it (124 for a step of 4).
            let lim = (127.0 / QUANT_STEP).floor() * QUANT_STEP;
            *q = ((x / s * 127.0 / QUANT_STEP).round() * QUANT_STEP).clamp(-lim, lim) as i8;
        }
        if q.iter().all(|&v| v == 0) {
            return None;
        }
        Some(Row { scale: SCALES[exp as usize], q, exp })
    }

    /// Adds the row's weights to per-tag scores.
    #[inline]
    pub fn add_to(&self, scores: &mut [f32; NUM_TAGS]) {
        for t in 0..NUM_TAGS {
            scores[t] += self.scale * self.q[t] as f32;
        }
    }

    /// The weight of one tag.
    pub fn weight(&self, tag: usize) -> f32 {
        self.scale * self.q[tag] as f32
    }
}

/// A loaded entity model: weights, gazetteer and demonym links.
#[derive(Clone, Debug)]
pub struct Model {
    /// Content revision.
    pub model_id: u32,
    /// log2 of the number of weight rows.
    pub hash_bits: u32,
    /// For each of the `2^hash_bits` rows, its place in `rows` (0, the zero row, when not stored).
    index: Vec<u32>,
    /// The zero row, then the stored rows in row order.
    pub rows: Vec<Row>,
    /// Name lists.
    pub gazetteer: Gazetteer,
    /// The gazetteer source lines (kept to write the file back).
    pub gaz_text: String,
    /// Demonym → country lines.
    pub links_text: String,
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, section: &'static str) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).ok_or(ModelError::Truncated { section })?;
        if end > self.b.len() {
            return Err(ModelError::Truncated { section });
        }
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self, section: &'static str) -> Result<u32, ModelError> {
        let s = self.take(4, section)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
}

impl Model {
    /// Parses a model file. Never panics: any damage gives a [`ModelError`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(8, "magic").map_err(|_| ModelError::BadMagic)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let version = r.u32("header")?;
        if version != FORMAT_VERSION {
            return Err(ModelError::UnsupportedVersion { expected: FORMAT_VERSION, found: version });
        }
        if bytes.len() < 12 {
            return Err(ModelError::Truncated { section: "header" });
        }
        // Check the whole file before trusting any length in it.
        let body = &bytes[..bytes.len() - 4];
        let stored = u32::from_le_bytes(bytes[bytes.len() - 4..].try_into().map_err(|_| ModelError::Truncated { section: "checksum" })?);
        if fnv1a32(body) != stored {
            return Err(ModelError::Checksum);
        }
        let model_id = r.u32("header")?;
        let n_tags = r.u32("header")?;
        if n_tags as usize != NUM_TAGS {
            return Err(ModelError::Invalid("tag count differs from this build"));
        }
        let hash_bits = r.u32("header")?;
        if !(8..=24).contains(&hash_bits) {
            return Err(ModelError::Invalid("hash_bits out of range 8..=24"));
        }
        let rows = 1usize << hash_bits;
        let n_rows = r.u32("header")? as usize;
        if n_rows > rows {
            return Err(ModelError::Invalid("more stored rows than rows"));
        }
        let bitmap = r.take(rows / 8, "bitmap")?;
        let mut index = vec![0u32; rows];
        let mut seen = 0u32;
        for (row, slot) in index.iter_mut().enumerate() {
            if bitmap[row / 8] & (1 << (row % 8)) != 0 {
                seen += 1;
                *slot = seen;
            }
        }
        if seen as usize != n_rows {
            return Err(ModelError::Invalid("bitmap and row count disagree"));
        }
        let exps = r.take(n_rows, "rows")?;
        let weights = r.take(n_rows * NUM_TAGS, "rows")?;
        let mut table = Vec::with_capacity(n_rows + 1);
        table.push(Row::default());
        table.extend(exps.iter().zip(weights.chunks_exact(NUM_TAGS)).map(|(&e, q)| Row { scale: SCALES[e as usize], q: std::array::from_fn(|t| q[t] as i8), exp: e }));
        let gaz_len = r.u32("gazetteer")? as usize;
        let (gazetteer, gaz_text) = read_gazetteer(r.take(gaz_len, "gazetteer")?)?;
        let links_len = r.u32("links")? as usize;
        let links_text = std::str::from_utf8(r.take(links_len, "links")?)
            .map_err(|_| ModelError::Invalid("links are not UTF-8"))?
            .to_string();
        if r.pos != body.len() {
            return Err(ModelError::Invalid("trailing bytes before the checksum"));
        }
        Ok(Model { model_id, hash_bits, index, rows: table, gazetteer, gaz_text, links_text })
    }

    /// Writes the model file (rows that are all zero are left out).
    pub fn to_bytes(&self) -> Vec<u8> {
        let dense = (0..1usize << self.hash_bits).map(|r| {
            let row = self.row_at(r);
            (row.q != [0; NUM_TAGS]).then_some(*row)
        });
        write(self.model_id, self.hash_bits, dense, &self.gaz_text, &self.links_text)
    }

    /// Row `r` of the `2^hash_bits` (the zero row when it is not stored).
    #[inline]
    fn row_at(&self, r: usize) -> &Row {
        &self.rows[self.index[r] as usize]
    }

    /// Weight row of a feature hash.
    #[inline]
    pub fn row(&self, feat: u64) -> &Row {
        self.row_at((feat >> (64 - self.hash_bits)) as usize)
    }

    /// The rows the model stores (not counting the zero row).
    pub fn stored_rows(&self) -> usize {
        self.rows.len() - 1
    }

    /// Demonym → country pairs.
    pub fn links(&self) -> impl Iterator<Item = (&str, &str)> {
        self.links_text.lines().filter_map(|l| l.split_once('\t'))
    }
}

/// Writes a model file from float weights (`2^hash_bits × NUM_TAGS`), quantizing each row to i8
/// against the smallest power of 2^(1/16) that holds its largest magnitude; rows that quantize to
/// zero are dropped.
pub fn encode(model_id: u32, hash_bits: u32, weights: &[f32], gaz_text: &str, links_text: &str) -> Vec<u8> {
    write(model_id, hash_bits, weights.chunks(NUM_TAGS).map(Row::quantize), gaz_text, links_text)
}

fn write(model_id: u32, hash_bits: u32, rows: impl Iterator<Item = Option<Row>>, gaz_text: &str, links_text: &str) -> Vec<u8> {
    let mut bitmap = vec![0u8; (1usize << hash_bits) / 8];
    let mut exps = Vec::new();
    let mut body = Vec::new();
    let mut n_rows = 0u32;
    for (i, row) in rows.enumerate() {
        let Some(row) = row else { continue };
        bitmap[i / 8] |= 1 << (i % 8);
        n_rows += 1;
        exps.push(row.exp);
        body.extend(row.q.iter().map(|&v| v as u8));
    }
    let gaz = write_gazetteer(gaz_text);
    let mut out = Vec::with_capacity(body.len() + bitmap.len() + gaz_text.len() + 64);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&model_id.to_le_bytes());
    out.extend_from_slice(&(NUM_TAGS as u32).to_le_bytes());
    out.extend_from_slice(&hash_bits.to_le_bytes());
    out.extend_from_slice(&n_rows.to_le_bytes());
    out.extend_from_slice(&bitmap);
    out.extend_from_slice(&exps);
    out.extend_from_slice(&body);
    out.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
    out.extend_from_slice(&gaz);
    out.extend_from_slice(&(links_text.len() as u32).to_le_bytes());
    out.extend_from_slice(links_text.as_bytes());
    let sum = fnv1a32(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// The gazetteer section from "flags<TAB>phrase" lines: runs of lines with the same flags, each
/// phrase written as the length of the prefix it shares with the one before (at most 255 bytes,
/// cut back to a char boundary) and the rest. Lines without a tab, or with flags that are not
/// hex, are skipped (the reader could not give them back).
fn write_gazetteer(gaz_text: &str) -> Vec<u8> {
    let lines: Vec<(u16, &str)> = gaz_text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(f, p)| Some((u16::from_str_radix(f, 16).ok()?, p)))
        .collect();
    let mut out = Vec::with_capacity(gaz_text.len());
    let mut i = 0;
    while i < lines.len() {
        let flags = lines[i].0;
        let n = lines[i..].iter().take_while(|l| l.0 == flags).count();
        out.extend_from_slice(&flags.to_le_bytes());
        out.extend_from_slice(&(n as u32).to_le_bytes());
        let mut prev = "";
        for &(_, p) in &lines[i..i + n] {
            let mut shared = p.bytes().zip(prev.bytes()).take(255).take_while(|(a, b)| a == b).count();
            while !p.is_char_boundary(shared) {
                shared -= 1;
            }
            out.push(shared as u8);
            out.extend_from_slice(&p.as_bytes()[shared..]);
            out.push(b'\n');
            prev = p;
        }
        i += n;
    }
    out
}

/// Reads the gazetteer section into the name table and its "flags<TAB>phrase" lines.
fn read_gazetteer(b: &[u8]) -> Result<(Gazetteer, String), ModelError> {
    const BAD: ModelError = ModelError::Invalid("gazetteer section is malformed");
    let mut gazetteer = Gazetteer::default();
    gazetteer.reserve(b.iter().filter(|&&c| c == b'\n').count());
    let mut text = String::with_capacity(b.len() * 2);
    let mut phrase: Vec<u8> = Vec::with_capacity(256);
    let mut pos = 0;
    while pos < b.len() {
        let head = b.get(pos..pos + 6).ok_or(BAD)?;
        let flags = u16::from_le_bytes([head[0], head[1]]);
        let count = u32::from_le_bytes([head[2], head[3], head[4], head[5]]);
        pos += 6;
        phrase.clear();
        // Flags as the lines write them: lower-case hex without leading zeros.
        let hex = format!("{flags:x}");
        for _ in 0..count {
            let shared = *b.get(pos).ok_or(BAD)? as usize;
            let end = pos + 1 + b.get(pos + 1..).ok_or(BAD)?.iter().position(|&c| c == b'\n').ok_or(BAD)?;
            if shared > phrase.len() {
                return Err(BAD);
            }
            phrase.truncate(shared);
            phrase.extend_from_slice(&b[pos + 1..end]);
            pos = end + 1;
            let p = std::str::from_utf8(&phrase).map_err(|_| ModelError::Invalid("gazetteer is not UTF-8"))?;
            gazetteer.insert_flags(p, flags);
            text.push_str(&hex);
            text.push('\t');
            text.push_str(p);
            text.push('\n');
        }
    }
    Ok((gazetteer, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Model {
        let mut weights = vec![0f32; 256 * NUM_TAGS];
        weights[5 * NUM_TAGS + 1] = 2.5;
        weights[5 * NUM_TAGS + 2] = -1.0;
        weights[200 * NUM_TAGS] = 0.25;
        Model::from_bytes(&encode(7, 8, &weights, "1\tNorway\n", "Norwegian\tNorway\n")).unwrap()
    }

    #[test]
    fn round_trips() {
        let m = tiny();
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).unwrap();
        assert_eq!(back.model_id, 7);
        assert_eq!(back.rows, m.rows);
        // Within half a quantization step of the row (its scale is at most 2^(1/16) above its max).
        // (A step of 4 clamps the largest weight to 124: up to 3 more.)
        let half = (QUANT_STEP + 3.0) * 1.045 / 254.0;
        assert!((back.row_at(5).weight(1) - 2.5).abs() < 2.5 * half);
        assert!((back.row_at(5).weight(2) + 1.0).abs() < 2.5 * half);
        assert!((back.row_at(200).weight(0) - 0.25).abs() < 0.25 * half);
        // Every stored weight is on the grid.
        assert!(back.rows.iter().all(|r| r.q.iter().all(|&q| q as f32 % QUANT_STEP == 0.0)));
        assert_eq!(back.stored_rows(), 2);
        assert_eq!(back.row_at(6), &Row::default());
        assert_eq!(b, encode(7, 8, &{
            let mut w = vec![0f32; 256 * NUM_TAGS];
            w[5 * NUM_TAGS + 1] = 2.5;
            w[5 * NUM_TAGS + 2] = -1.0;
            w[200 * NUM_TAGS] = 0.25;
            w
        }, "1\tNorway\n", "Norwegian\tNorway\n"));
        assert_eq!(back.gazetteer.lookup("norway"), 1);
        assert_eq!(back.links().collect::<Vec<_>>(), [("Norwegian", "Norway")]);
    }

    #[test]
    fn gazetteer_is_front_coded_by_runs_of_one_kind() {
        // "Cafè" shares "Caf" and the first byte of "é" with "Café": the shared prefix stops at
        // the char boundary, so each phrase is valid UTF-8 on its own.
        let text = "1\tCafé\n1\tCafè\n1\tCafèteria\n4\tOslo\n4\tOsaka\n1\tNorway\n";
        let b = write_gazetteer(text);
        // Three runs: flags 1 (three phrases), 4 (two), 1 again (one).
        assert_eq!(&b[..6], &[1, 0, 3, 0, 0, 0]);
        assert_eq!(&b[6..6 + 6], &[0, b'C', b'a', b'f', 0xC3, 0xA9]);
        assert_eq!(&b[13..13 + 4], &[3, 0xC3, 0xA8, b'\n']);
        assert_eq!(&b[17..17 + 7], b"\x05teria\n");
        let (gaz, back) = read_gazetteer(&b).unwrap();
        assert_eq!(back, text);
        assert_eq!(gaz.lookup("osaka"), 4);
        assert_eq!(gaz.lookup("cafèteria"), 1);
        assert_eq!(gaz.len(), 6);
        // A shared prefix longer than the phrase before, a missing newline, a cut run header,
        // a count past the end, a phrase cut inside a character: typed errors.
        for bad in [&b"\x01\0\x01\0\0\0\x02ab\n"[..], b"\x01\0\x01\0\0\0\0ab", b"\x01\0\x01", b"\x01\0\x02\0\0\0\0ab\n", b"\x01\0\x01\0\0\0\0\xC3\n"] {
            assert!(matches!(read_gazetteer(bad), Err(ModelError::Invalid(_))), "{bad:?}");
        }
    }

    #[test]
    fn row_scales_are_sixteenth_octaves() {
        assert!((0..=255u8).all(|e| SCALES[e as usize] == exp_scale(e) / 127.0));
        assert_eq!(exp_scale(128), 1.0);
        assert_eq!(exp_scale(144), 2.0);
        assert_eq!(exp_scale(112), 0.5);
        assert!((1..=255u8).all(|e| exp_scale(e) > exp_scale(e - 1)));
        assert!((exp_scale(136) - std::f32::consts::SQRT_2).abs() < 1e-6);
        // A row's scale is the first step at or above its largest weight.
        let r = Row::quantize(&[0.0, 3.0, -1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]).unwrap();
        assert!(exp_scale(r.exp) >= 3.0 && exp_scale(r.exp - 1) < 3.0);
        assert_eq!(Row::quantize(&[0.0; NUM_TAGS]), None);
    }

    #[test]
    fn damage_gives_typed_errors() {
        let b = tiny().to_bytes();
        assert_eq!(Model::from_bytes(b"").unwrap_err(), ModelError::BadMagic);
        assert_eq!(Model::from_bytes(b"XXXXXXXXYYYY").unwrap_err(), ModelError::BadMagic);
        let mut old = b.clone();
        old[8..12].copy_from_slice(&0u32.to_le_bytes());
        assert_eq!(Model::from_bytes(&old).unwrap_err(), ModelError::UnsupportedVersion { expected: FORMAT_VERSION, found: 0 });
        let mut flipped = b.clone();
        flipped[40] ^= 1;
        assert_eq!(Model::from_bytes(&flipped).unwrap_err(), ModelError::Checksum);
        for cut in [9, 12, 20, 60, b.len() - 1] {
            assert!(Model::from_bytes(&b[..cut]).is_err(), "cut at {cut}");
        }
    }
}
