//! Training of the entity tagger (feature `train`; never linked into the wasm).
//!
//! Averaged perceptron, greedy left-to-right decoding with predicted history (the same decoder
//! that tags at run time), deterministic document order, best epoch chosen on the dev set.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::features::{begin_tag, dynamic, extract, inside_tag, tag_label, FlatFeatures, History, NUM_TAGS};
use super::gazetteer::{GazKind, Gazetteer};
use super::model::{encode, fnv1a32, Model};
use super::{allowed, spans_from_tags, Label};
use crate::text::{tokenize, Token};

/// A document with gold entities as byte spans.
pub struct GoldDoc {
    /// Text.
    pub text: String,
    /// Gold entities: byte start, byte end, label.
    pub entities: Vec<(usize, usize, Label)>,
}

/// Reads a JSONL NER file of the shared data format (code-point offsets).
pub fn read_jsonl(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let body = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = v["text"].as_str().unwrap_or_default().to_string();
        // code point → byte offsets
        let mut cp_to_byte: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        cp_to_byte.push(text.len());
        let mut entities = Vec::new();
        for e in v["entities"].as_array().into_iter().flatten() {
            let (Some(s), Some(t), Some(l)) = (e["start"].as_u64(), e["end"].as_u64(), e["label"].as_str().and_then(Label::parse)) else {
                continue;
            };
            if let (Some(&a), Some(&b)) = (cp_to_byte.get(s as usize), cp_to_byte.get(t as usize)) {
                entities.push((a, b, l));
            }
        }
        entities.sort();
        out.push(GoldDoc { text, entities });
    }
    Ok(out)
}

/// Gold tags over tokens; returns also how many gold entities could not be aligned.
///
/// Hyphenated compounds follow the project's convention, not the corpus's: in "Russian-led" and
/// "ex-Soviet" only the name is an entity, so a lower-case part glued by a hyphen is trimmed off.
pub fn gold_tags(text: &str, tokens: &[Token], entities: &[(usize, usize, Label)]) -> (Vec<usize>, usize) {
    let mut tags = vec![0usize; tokens.len()];
    let mut lost = 0;
    let lower_word = |t: &Token| t.text(text).chars().next().map_or(false, |c| c.is_lowercase());
    let glued_hyphen = |t: &Token| t.text(text) == "-" && !t.space_before;
    for &(a, b, l) in entities {
        let first = tokens.iter().position(|t| t.span.start == a);
        let last = tokens.iter().position(|t| t.span.end == b);
        let (mut first, mut last) = (first, last);
        if let (Some(i), Some(j)) = (first, last) {
            let (mut i, mut j) = (i, j);
            while i + 2 <= j && lower_word(&tokens[i]) && glued_hyphen(&tokens[i + 1]) && !tokens[i + 2].space_before {
                i += 2;
            }
            while j >= i + 2 && lower_word(&tokens[j]) && glued_hyphen(&tokens[j - 1]) && !tokens[j].space_before {
                j -= 2;
            }
            first = Some(i);
            last = Some(j);
        }
        match (first, last) {
            (Some(i), Some(j)) if i <= j => {
                tags[i] = begin_tag(l as usize);
                for t in &mut tags[i + 1..=j] {
                    *t = inside_tag(l as usize);
                }
            }
            _ => lost += 1,
        }
    }
    (tags, lost)
}

struct Prepared {
    tokens: Vec<Token>,
    text: String,
    feats: FlatFeatures,
    gold: Vec<usize>,
    entities: Vec<(usize, usize, Label)>,
}

/// Perceptron weights with lazy averaging.
struct Perceptron {
    bits: u32,
    w: Vec<f32>,
    acc: Vec<f32>,
    stamp: Vec<u32>,
    now: u32,
}

impl Perceptron {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * NUM_TAGS;
        Perceptron { bits, w: vec![0.0; n], acc: vec![0.0; n], stamp: vec![0; n], now: 1 }
    }
    #[inline]
    fn idx(&self, f: u64, t: usize) -> usize {
        ((f >> (64 - self.bits)) as usize) * NUM_TAGS + t
    }
    fn score(&self, feats: &[u64], dyn_feats: &[u64], scores: &mut [f32; NUM_TAGS]) {
        *scores = [0.0; NUM_TAGS];
        for &f in feats.iter().chain(dyn_feats) {
            let base = self.idx(f, 0);
            for t in 0..NUM_TAGS {
                scores[t] += self.w[base + t];
            }
        }
    }
    fn update(&mut self, feats: &[u64], t: usize, delta: f32) {
        for &f in feats {
            let i = self.idx(f, t);
            // Bring the running total up to date before changing the weight.
            self.acc[i] += (self.now - self.stamp[i]) as f32 * self.w[i];
            self.stamp[i] = self.now;
            self.w[i] += delta;
        }
    }
    fn averaged(&self) -> Vec<f32> {
        (0..self.w.len())
            .map(|i| {
                let total = self.acc[i] + (self.now - self.stamp[i]) as f32 * self.w[i];
                total / self.now as f32
            })
            .collect()
    }
}

fn prepare(docs: &[GoldDoc], gaz: &Gazetteer) -> (Vec<Prepared>, usize, usize) {
    let mut lost = 0;
    let mut total = 0;
    let out = docs
        .iter()
        .map(|d| {
            let tokens = tokenize(&d.text);
            let (gold, l) = gold_tags(&d.text, &tokens, &d.entities);
            lost += l;
            total += d.entities.len();
            let feats = extract(&d.text, &tokens, gaz).flatten();
            Prepared { tokens, text: d.text.clone(), feats, gold, entities: d.entities.clone() }
        })
        .collect();
    (out, lost, total)
}

/// Precision/recall counts per label.
#[derive(Default, Clone, Debug)]
pub struct Scores {
    /// True positives per label.
    pub tp: [usize; 4],
    /// False positives per label.
    pub fp: [usize; 4],
    /// False negatives per label.
    pub fn_: [usize; 4],
    /// Same span, other label: confusion[gold][pred].
    pub confusion: [[usize; 4]; 4],
}

impl Scores {
    /// Micro F1.
    pub fn f1(&self) -> f64 {
        let tp: usize = self.tp.iter().sum();
        let fp: usize = self.fp.iter().sum();
        let fn_: usize = self.fn_.iter().sum();
        prf(tp, fp, fn_).2
    }
    /// A printable report.
    pub fn report(&self) -> String {
        let mut s = String::new();
        for (l, name) in super::features::LABELS.iter().enumerate() {
            let (p, r, f) = prf(self.tp[l], self.fp[l], self.fn_[l]);
            s += &format!("  {name:5} P {:.2}  R {:.2}  F1 {:.2}  (gold {})\n", p * 100.0, r * 100.0, f * 100.0, self.tp[l] + self.fn_[l]);
        }
        let tp: usize = self.tp.iter().sum();
        let (p, r, f) = prf(tp, self.fp.iter().sum(), self.fn_.iter().sum());
        s += &format!("  micro P {:.2}  R {:.2}  F1 {:.2}\n  same span, wrong label (gold → predicted):", p * 100.0, r * 100.0, f * 100.0);
        for g in 0..4 {
            for q in 0..4 {
                if self.confusion[g][q] > 0 {
                    s += &format!(" {}→{} {}", super::features::LABELS[g], super::features::LABELS[q], self.confusion[g][q]);
                }
            }
        }
        s.push('\n');
        s
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn decode(p: &Perceptron, d: &Prepared) -> Vec<usize> {
    let mut hist = History::default();
    let mut tags = vec![0; d.tokens.len()];
    let mut dyn_feats = Vec::new();
    let mut scores = [0f32; NUM_TAGS];
    let (mut p1, mut p2) = (0, 0);
    for i in 0..d.tokens.len() {
        if d.tokens[i].newline_before {
            p1 = 0;
            p2 = 0;
        }
        dyn_feats.clear();
        dynamic(&d.feats.infos[i], p1, p2, &hist, &mut dyn_feats);
        p.score(d.feats.of(i), &dyn_feats, &mut scores);
        let mut best = 0;
        for t in 1..NUM_TAGS {
            if allowed(p1, t, &d.tokens[i]) && scores[t] > scores[best] {
                best = t;
            }
        }
        tags[i] = best;
        if let Some(l) = tag_label(best) {
            hist.insert(d.feats.infos[i].lower, l as u8);
        }
        p2 = p1;
        p1 = best;
    }
    tags
}

/// Scores predicted spans against gold spans (exact match).
pub fn score_doc(pred: &[(usize, usize, Label)], gold: &[(usize, usize, Label)], s: &mut Scores) {
    use std::collections::HashSet;
    let g: HashSet<_> = gold.iter().copied().collect();
    let p: HashSet<_> = pred.iter().copied().collect();
    for x in &p {
        if g.contains(x) {
            s.tp[x.2 as usize] += 1;
        } else {
            s.fp[x.2 as usize] += 1;
            if let Some(y) = gold.iter().find(|y| y.0 == x.0 && y.1 == x.1) {
                s.confusion[y.2 as usize][x.2 as usize] += 1;
            }
        }
    }
    for x in &g {
        if !p.contains(x) {
            s.fn_[x.2 as usize] += 1;
        }
    }
}

fn evaluate_with<F: Fn(&Prepared) -> Vec<usize>>(docs: &[Prepared], decode: F) -> Scores {
    let mut s = Scores::default();
    for d in docs {
        let tags = decode(d);
        let pred: Vec<(usize, usize, Label)> = spans_from_tags(&d.text, &d.tokens, &tags)
            .into_iter()
            .map(|(a, b, l)| (d.tokens[a].span.start, d.tokens[b - 1].span.end, l))
            .collect();
        score_doc(&pred, &d.entities, &mut s);
    }
    s
}

/// Evaluates a finished model on gold documents with the run-time tagger.
pub fn evaluate_model(model: &Model, docs: &[GoldDoc]) -> Scores {
    let mut s = Scores::default();
    for d in docs {
        // The whole pipeline, as the CLI runs it: filters, title stripping, group labels.
        let pred: Vec<_> = crate::analyze_with_model(model, &d.text, &crate::Options::default()).entities.into_iter().map(|e| (e.span.start, e.span.end, e.label)).collect();
        score_doc(&pred, &d.entities, &mut s);
    }
    s
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// log2 of weight rows.
    pub bits: u32,
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the document shuffle.
    pub seed: u64,
    /// Probability of hiding a token's word-identity features during training (makes the model
    /// lean on context, shape and gazetteers, which carry over to names it has never seen).
    pub drop: f64,
    /// Models trained (each with its own document order) and averaged into one.
    pub runs: usize,
}

/// Trains on `train`, picks the best epoch on `dev`, returns the averaged float weights.
pub fn train(train: &[GoldDoc], dev: &[GoldDoc], gaz: &Gazetteer, cfg: &Config, log: &mut dyn FnMut(String)) -> (Vec<f32>, f64) {
    let (tr, lost, total) = prepare(train, gaz);
    log(format!("train: {} docs, {} gold entities, {} not on token boundaries", tr.len(), total, lost));
    let (dv, lost, total) = prepare(dev, gaz);
    log(format!("dev: {} docs, {} gold entities, {} not on token boundaries", dv.len(), total, lost));
    let mut p = Perceptron::new(cfg.bits);
    let mut order: Vec<usize> = (0..tr.len()).collect();
    let mut rng = cfg.seed | 1;
    let mut best = (Vec::new(), -1.0f64);
    let mut dyn_feats = Vec::new();
    let mut kept: Vec<u64> = Vec::new();
    let mut scores = [0f32; NUM_TAGS];
    for epoch in 0..cfg.epochs {
        // Fisher-Yates with xorshift64*.
        for i in (1..order.len()).rev() {
            rng ^= rng >> 12;
            rng ^= rng << 25;
            rng ^= rng >> 27;
            let j = (rng.wrapping_mul(0x2545F4914F6CDD1D) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut errors = 0usize;
        for &di in &order {
            let d = &tr[di];
            let mut hist = History::default();
            let (mut p1, mut p2) = (0, 0);
            for i in 0..d.tokens.len() {
                if d.tokens[i].newline_before {
                    p1 = 0;
                    p2 = 0;
                }
                dyn_feats.clear();
                dynamic(&d.feats.infos[i], p1, p2, &hist, &mut dyn_feats);
                // Word-identity dropout: positions 1, 2, 7, 8 of the static list hold w0, its exact
                // form and the two bigrams with it (see `features::extract`).
                rng ^= rng >> 12;
                rng ^= rng << 25;
                rng ^= rng >> 27;
                let r = (rng.wrapping_mul(0x2545F4914F6CDD1D) >> 11) as f64 / (1u64 << 53) as f64;
                let all = d.feats.of(i);
                let feats: &[u64] = if r < cfg.drop && d.feats.infos[i].capitalized {
                    kept.clear();
                    kept.extend(all.iter().enumerate().filter(|(k, _)| !matches!(k, 1 | 2 | 7 | 8)).map(|(_, f)| *f));
                    &kept
                } else {
                    all
                };
                p.score(feats, &dyn_feats, &mut scores);
                let mut guess = 0;
                for t in 1..NUM_TAGS {
                    if scores[t] > scores[guess] {
                        guess = t;
                    }
                }
                let gold = d.gold[i];
                if guess != gold {
                    errors += 1;
                    p.update(feats, gold, 1.0);
                    p.update(&dyn_feats, gold, 1.0);
                    p.update(feats, guess, -1.0);
                    p.update(&dyn_feats, guess, -1.0);
                }
                p.now += 1;
                if let Some(l) = tag_label(guess) {
                    hist.insert(d.feats.infos[i].lower, l as u8);
                }
                p2 = p1;
                p1 = guess;
            }
        }
        let avg = Perceptron { bits: p.bits, w: p.averaged(), acc: Vec::new(), stamp: Vec::new(), now: 1 };
        let s = evaluate_with(&dv, |d| decode(&avg, d));
        let f1 = s.f1();
        log(format!("epoch {:2}: {errors} training errors, dev F1 {:.2}", epoch + 1, f1 * 100.0));
        if f1 > best.1 {
            best = (avg.w, f1);
        }
    }
    best
}

/// Builds the gazetteer text ("flags\tphrase" lines, sorted) and demonym links from ../shared/data/gazetteers.
pub fn build_gazetteer(dir: &Path) -> Result<(String, String), String> {
    let mut entries: BTreeMap<String, u16> = BTreeMap::new();
    let mut add = |s: &str, k: GazKind| {
        let s = s.trim();
        if s.chars().count() >= 2 && !s.contains('\t') && !s.contains('\n') {
            *entries.entry(s.to_string()).or_insert(0) |= k as u16;
        }
    };
    let read = |p: &str| std::fs::read_to_string(dir.join(p)).map_err(|e| format!("{}: {e}", dir.join(p).display()));
    let mut links = BTreeMap::new();

    let countries = read("countries/countries_demonyms_capitals.tsv")?;
    let mut lines = countries.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).ok_or(format!("countries tsv lacks {name}"));
    let (cn, on, alt, dm, df, cap, reg, sub, cur) = (
        col("common_name")?,
        col("official_name")?,
        col("alt_spellings")?,
        col("demonym_m")?,
        col("demonym_f")?,
        col("capitals")?,
        col("region")?,
        col("subregion")?,
        col("currencies")?,
    );
    for l in lines {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < header.len() {
            continue;
        }
        // Adjectives the list lacks: the stem of a "-stan" country ("Kazakh", "Uzbek", "Tajik",
        // "Turkmen"; not three-letter stems), and the adjective a currency's name opens with when it
        // shares the country's first four letters ("Philippine peso", "Icelandic króna").
        let country = f[cn];
        let mut extra: Vec<String> = Vec::new();
        if let Some(stem) = country.strip_suffix("istan").or_else(|| country.strip_suffix("stan")).filter(|s| s.chars().count() >= 4) {
            extra.push(stem.to_string());
        }
        for c in f[cur].split('|') {
            let adj = c.split(':').nth(1).and_then(|n| n.split_whitespace().next()).unwrap_or("");
            let head = |s: &str| s.chars().take(4).collect::<String>().to_lowercase();
            if adj.chars().count() >= 4 && adj.starts_with(char::is_uppercase) && adj.chars().all(char::is_alphabetic) && adj != country && head(adj) == head(country) {
                extra.push(adj.to_string());
            }
        }
        for d in extra {
            if d != f[dm] && d != f[df] && !country.split_whitespace().any(|w| w == d) {
                add(&d, GazKind::Demonym);
                links.entry(d).or_insert_with(|| country.to_string());
            }
        }
        add(f[cn], GazKind::Country);
        add(f[on], GazKind::Country);
        for a in f[alt].split('|').filter(|a| a.chars().count() > 3) {
            add(a, GazKind::Country);
        }
        for d in [f[dm], f[df]] {
            if !d.is_empty() {
                add(d, GazKind::Demonym);
                links.insert(d.to_string(), f[cn].to_string());
                // The people: "Kenyans", "Israelis" (not "Chinese", "Danish", "Swiss").
                if !d.contains(' ') && (d.ends_with('n') || d.ends_with('i')) {
                    add(&format!("{d}s"), GazKind::Demonym);
                }
            }
        }
        for c in f[cap].split('|') {
            add(c, GazKind::Capital);
        }
        add(f[reg], GazKind::Region);
        add(f[sub], GazKind::Region);
    }
    let cities: Value = serde_json::from_str(&read("geonames/cities15000.json")?).map_err(|e| e.to_string())?;
    for c in cities.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(n) = c["name"].as_str() {
            add(n, GazKind::City);
        }
        // Names of large cities written with hyphens, as news spells some ("Nur-Sultan" for
        // Astana): capitalized parts of Latin letters only.
        if c["population"].as_u64().unwrap_or(0) >= 100_000 {
            let hyphenated = |a: &&str| {
                a.contains('-')
                    && a.split('-').all(|p| p.len() >= 2 && p.as_bytes()[0].is_ascii_uppercase() && p.bytes().skip(1).all(|b| b.is_ascii_lowercase()))
            };
            for a in c["alternatenames"].as_array().into_iter().flatten().filter_map(|a| a.as_str()).filter(hyphenated) {
                add(a, GazKind::City);
            }
        }
    }
    let states: Value = serde_json::from_str(&read("geonames/us_states.json")?).map_err(|e| e.to_string())?;
    for s in states.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(n) = s["name"].as_str() {
            add(n, GazKind::Region);
        }
    }
    let continents: Value = serde_json::from_str(&read("geonames/continents.json")?).map_err(|e| e.to_string())?;
    for c in continents.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(n) = c["asciiName"].as_str() {
            add(n, GazKind::Region);
        }
    }
    let title = |s: &str| {
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase()).unwrap_or_default()
    };
    for l in read("names/ssa_us_baby_names_1880_2024_totals.tsv")?.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() >= 3 && f[2].parse::<u64>().unwrap_or(0) >= 20_000 {
            add(&title(f[0]), GazKind::FirstName);
        }
    }
    for l in read("names/census1990_dist.all.last")?.lines() {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() >= 4 && f[3].parse::<u32>().unwrap_or(u32::MAX) <= 15_000 {
            add(&title(f[0]), GazKind::Surname);
        }
    }
    for l in read("orgs/legal_entity_suffixes.tsv")?.lines().skip(1) {
        if let Some(term) = l.split('\t').nth(2) {
            add(term, GazKind::OrgSuffix);
        }
    }
    let gaz: String = entries.iter().map(|(p, f)| format!("{f:x}\t{p}\n")).collect();
    let links: String = links.iter().map(|(d, c)| format!("{d}\t{c}\n")).collect();
    Ok((gaz, links))
}

/// Words the corpus writes in lower case far more often than capitalized mid-sentence
/// (casing statistics only; appended to the gazetteer as [`GazKind::CommonWord`]).
pub fn common_words(docs: &[GoldDoc]) -> String {
    let mut counts: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for d in docs {
        let tokens = tokenize(&d.text);
        for t in &tokens {
            let s = t.text(&d.text);
            let Some(c) = s.chars().next() else { continue };
            if !c.is_alphabetic() || s.chars().count() < 2 {
                continue;
            }
            let e = counts.entry(s.to_lowercase()).or_insert((0, 0));
            if s.chars().all(|c| !c.is_uppercase()) {
                e.0 += 1;
            } else if c.is_uppercase() && !t.sent_start && s.chars().skip(1).any(|c| c.is_lowercase()) {
                e.1 += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, (lower, cap))| *lower >= 2 && *lower >= 4 * *cap)
        .map(|(w, _)| format!("{:x}\t{w}\n", GazKind::CommonWord as u16))
        .collect()
}

/// Gazetteer lines ordered by their flags, then by phrase: lookups do not depend on the order,
/// and runs of the same flags and of similar names compress better (the page's download is
/// 9 KB smaller in brotli than with the lines in phrase order).
fn by_kind(gaz_text: &str) -> String {
    let mut lines: Vec<(u16, &str)> = gaz_text
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(f, p)| (u16::from_str_radix(f, 16).unwrap_or(0), p)))
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines.iter().map(|(f, p)| format!("{f:x}\t{p}\n")).collect()
}

/// Wraps float weights and gazetteer text into a model and its file.
pub fn package(bits: u32, weights: Vec<f32>, gaz_text: String, links_text: String) -> Result<(Model, Vec<u8>), String> {
    let gaz_text = by_kind(&gaz_text);
    // The model id is the checksum of the content written with id 0: same training, same id.
    let model_id = fnv1a32(&encode(0, bits, &weights, &gaz_text, &links_text));
    let bytes = encode(model_id, bits, &weights, &gaz_text, &links_text);
    let loaded = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    Ok((loaded, bytes))
}
