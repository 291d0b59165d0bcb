//! Alias groups: mentions of one thing inside one document ("Kassym-Jomart Tokayev" … "Tokayev",
//! "Collective Security Treaty Organization" … "CSTO"), each group with one label and a canonical name.

use crate::text::one_of;
use std::borrow::Cow;

use super::gazetteer::{fold_hash, FastMap, FastSet, GazKind};

use super::{Entity, Group, Label, Model};
use crate::span::Span;
use crate::text::{Token, TokenKind};

/// Words skipped when building an acronym from a name.
const ACRONYM_SKIP: &[&str] = &["and", "de", "for", "in", "of", "on", "the", "to", "&"];

/// Honorifics and titles stripped from a person's name before matching.
const TITLES: &[&str] = &["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "president", "prof", "prof.", "sir"];

struct Mention<'a> {
    span: Span,
    /// The words of the name as written (punctuation left out).
    words: Vec<&'a str>,
    label: Label,
}

/// A first word that makes a place or a club of another ("North Melbourne", "New Jersey",
/// "Greater Manchester"): a name opening with it is not its second word's.
fn place_prefix(w: &str) -> bool {
    one_of!(w, "North" | "South" | "East" | "West" | "New" | "Upper" | "Lower" | "Greater")
}

/// A word in lower case (borrowed when it already is).
fn lower(s: &str) -> Cow<'_, str> {
    if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Text in capitals throughout ("KYIV", "SIX NATIONS"): a letter and no lower-case one (a
/// lower-case first or second byte settles most words at once).
pub(super) fn in_capitals(s: &str) -> bool {
    let b = s.as_bytes();
    !b.first().is_some_and(u8::is_ascii_lowercase) && !b.get(1).is_some_and(u8::is_ascii_lowercase) && s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// The initials of a multi-word name ("Collective Security Treaty Organization" → "CSTO").
pub(super) fn initials(words: &[&str]) -> String {
    let mut out = String::new();
    for w in words {
        if ACRONYM_SKIP.contains(&lower(w).as_ref()) {
            continue;
        }
        if let Some(c) = w.chars().next() {
            if c.is_alphabetic() {
                out.extend(c.to_uppercase());
            }
        }
    }
    out
}

fn is_acronym(words: &[&str]) -> bool {
    words.len() == 1 && {
        let w = words[0].replace('.', "");
        (2..=7).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase())
    }
}

/// The words of a name; a lower-case part glued by a hyphen is one word with the part before
/// it ("Jong-un"), so a syllable is never a name of its own ("un" is not "UN"). Capitalized
/// parts stay words ("Kassym-Jomart Tokayev" is also "Jomart Tokayev"'s full name), and a glued
/// plus sign stays with its word.
fn name_words<'a>(text: &'a str, tokens: &[Token]) -> Vec<&'a str> {
    let mut words: Vec<&'a str> = Vec::new();
    let mut start = 0;
    for (k, t) in tokens.iter().enumerate() {
        // A glued plus sign makes another name ("OPEC+" is not "OPEC").
        if t.kind == TokenKind::Punct && t.text(text) == "+" && !t.space_before {
            if let Some(w) = words.last_mut() {
                *w = &text[start..t.span.end];
            }
            continue;
        }
        if t.kind != TokenKind::Word && t.kind != TokenKind::Number {
            continue;
        }
        let joined = k >= 2
            && !words.is_empty()
            && !t.space_before
            && !tokens[k - 1].space_before
            && tokens[k - 1].text(text) == "-"
            && matches!(tokens[k - 2].kind, TokenKind::Word | TokenKind::Number)
            && t.text(text).starts_with(char::is_lowercase);
        if joined {
            if let Some(w) = words.last_mut() {
                *w = &text[start..t.span.end];
            }
        } else {
            start = t.span.start;
            words.push(t.text(text));
        }
    }
    words
}

/// Whether two full names can be one person: the words of the shorter are all in the longer,
/// an initial standing for a word with its letter ("S. Jayasuriya", "Sanath Jayasuriya").
fn same_person(a: &[&str], b: &[&str]) -> bool {
    let covers = |short: &[&str], long: &[&str]| {
        short.iter().all(|w| {
            let bare = w.trim_end_matches('.');
            long.iter().any(|x| x.eq_ignore_ascii_case(w))
                || (bare.chars().count() == 1 && long.iter().any(|x| x.chars().next().zip(bare.chars().next()).is_some_and(|(p, q)| p.eq_ignore_ascii_case(&q))))
        })
    };
    covers(a, b) || covers(b, a)
}

/// Builds groups over tagged spans and returns the entities (labels made uniform per group).
/// Names by key: how many names have each key, and the first (see `sole`).
fn names_by_key<K: std::hash::Hash + Eq>(keys: impl Iterator<Item = (K, usize)>) -> FastMap<K, (usize, usize)> {
    let mut count: FastMap<K, (usize, usize)> = FastMap::default();
    for (k, j) in keys {
        count.entry(k).or_insert((0, j)).0 += 1;
    }
    count
}

/// The one name that has `key`, when exactly one does (a key two names share points to neither).
fn sole<K: std::hash::Hash + Eq>(names: &FastMap<K, (usize, usize)>, key: &K) -> Option<usize> {
    names.get(key).filter(|e| e.0 == 1).map(|e| e.1)
}

pub fn link(model: &Model, text: &str, tokens: &[Token], spans: &[(usize, usize, Label)]) -> (Vec<Entity>, Vec<Group>) {
    let mentions: Vec<Mention> = spans
        .iter()
        .map(|&(a, b, label)| Mention {
            span: Span::new(tokens[a].span.start, tokens[b - 1].span.end),
            words: name_words(text, &tokens[a..b]),
            label,
        })
        .collect();

    // Union-find over mentions.
    let mut parent: Vec<usize> = (0..mentions.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let union = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(p, a), find(p, b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            p[hi] = lo;
        }
    };

    // Each word as a hash of its lower-case form (curly apostrophes folded), titles left out.
    let is_title = |w: &str| w.len() <= 9 && TITLES.iter().any(|t| t.eq_ignore_ascii_case(w));
    // A storm's kind is left out the same way: "Hurricane Milton" … "Milton", "Tropical Storm
    // Helene" … "Helene".
    let storm = |w: &str| one_of!(w, "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Tropical");
    let mut lw: Vec<Vec<u64>> = mentions
        .iter()
        .map(|m| {
            // "Super Typhoon Haiyan" too (not "Super District Council").
            let named_storm = m.words.len() >= 2 && (storm(m.words[0]) || (m.words[0] == "Super" && storm(m.words[1])));
            m.words.iter().filter(|w| !is_title(w) && !(named_storm && (storm(w) || **w == "Super"))).map(|w| fold_hash(0xcbf29ce484222325, w)).collect()
        })
        .collect();

    // A body's acronym in capitals before a word for a political body, spelling a place the text
    // names ("the INDIA alliance" and "India"), is another name: its word is keyed apart (a
    // headline's "MILAN" for the club, a dateline's for the city, still join their names).
    let acronyms_of_bodies: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            m.label == Label::Org
                && lw[i].len() == 1
                && m.words.len() == 1
                && in_capitals(m.words[0])
                && tokens.get(spans[i].1).is_some_and(|t| super::POLITICAL_BODIES.contains(&t.text(text)) || t.text(text) == "bloc")
        })
        .collect();
    if !acronyms_of_bodies.is_empty() {
        let places: FastSet<u64> = (0..mentions.len()).filter(|&i| mentions[i].label == Label::Loc && lw[i].len() == 1 && !in_capitals(mentions[i].words[0])).map(|i| lw[i][0]).collect();
        for i in acronyms_of_bodies {
            if places.contains(&lw[i][0]) {
                lw[i][0] ^= 0x9e37_79b9_7f4a_7c15;
            }
        }
    }

    // Compare distinct names only (a long document repeats the same few names thousands of
    // times): each distinct word sequence is linked once, through indexes by last word and initials.
    let mut distinct: FastMap<&[u64], usize> = FastMap::default();
    let mut by_last: FastMap<u64, Vec<usize>> = FastMap::default();
    let mut by_initials: FastMap<String, Vec<usize>> = FastMap::default();
    let mut acronyms: FastMap<String, Vec<usize>> = FastMap::default();
    // The first words of bodies named in two words or more: a body called by that word alone is
    // no person's surname ("Shares in Halvorsen" beside "Halvorsen Semiconductor" and "Ingrid
    // Halvorsen").
    let body_firsts: FastSet<u64> = (0..mentions.len()).filter(|&i| mentions[i].label == Label::Org && lw[i].len() >= 2).map(|i| lw[i][0]).collect();
    for i in 0..mentions.len() {
        if lw[i].is_empty() {
            continue;
        }
        if let Some(&j) = distinct.get(lw[i].as_slice()) {
            union(&mut parent, i, j);
            continue;
        }
        distinct.insert(lw[i].as_slice(), i);
        let mi = &mentions[i];
        // Acronym ↔ expansion, in either order (linked after this pass, when the expansion is
        // known to be the only one).
        if is_acronym(&mi.words) {
            acronyms.entry(mi.words[0].replace('.', "")).or_default().push(i);
        } else if mi.words.len() >= 2 {
            by_initials.entry(initials(&mi.words)).or_default().push(i);
            // "General Motors Co" is also "GM": the legal form has no letter in the acronym.
            if let Some((_, rest)) = mi.words.split_last().filter(|(l, r)| r.len() >= 2 && super::LEGAL_FORMS.binary_search(l).is_ok()) {
                by_initials.entry(initials(rest)).or_default().push(i);
            }
        }
        // A person's partial name: every word of the shorter one is in the longer one, and the
        // last words (surnames) agree.
        let last = lw[i].last().copied().unwrap_or(0);
        let same_last: &[usize] = by_last.get(&last).map_or(&[], Vec::as_slice);
        for &j in same_last {
            let mj = &mentions[j];
            if mi.label != Label::Per && mj.label != Label::Per {
                continue;
            }
            let (s, l) = if lw[i].len() <= lw[j].len() { (i, j) } else { (j, i) };
            let (short, long) = (&lw[s], &lw[l]);
            let body_word = mentions[s].label == Label::Org && short.len() == 1 && body_firsts.contains(&short[0]);
            if short.len() < long.len() && short.iter().all(|w| long.contains(w)) && !body_word {
                // "Reid" is already "Marcus Reid": "Jamal Reid" is someone else, not the same
                // group through the short name (the first full name takes it).
                let root = find(&mut parent, s);
                let taken = same_last.iter().take(32).any(|&k| k != l && lw[k].len() >= 2 && !same_person(&mentions[k].words, &mentions[l].words) && find(&mut parent, k) == root);
                if !taken {
                    union(&mut parent, i, j);
                }
            }
        }
        by_last.entry(last).or_default().push(i);
    }

    // An acronym is the name whose initials it spells, or the names, when they are one name
    // written longer or shorter ("Internet Explorer", "Internet Explorer 6"): "HK" with "Hong
    // Kong" and "Hwa Kay" in one text is neither.
    // Two letters are no person's ("AP" in a dateline is the agency, not "Adriano Panatta").
    for (key, acrs) in &acronyms {
        let Some(names) = by_initials.get(key) else { continue };
        if key.len() <= 2 && names.iter().any(|&j| mentions[j].label == Label::Per) {
            continue;
        }
        if names.iter().all(|&j| lw[j].first() == lw[names[0]].first()) {
            for &i in acrs {
                for &j in names {
                    union(&mut parent, i, j);
                }
            }
        }
    }

    // A person's name cut after its first words ("Ahmad Zamri" after "Ahmad Zamri Hashim"), when
    // one longer name only starts so; not a son's or father's name ("… Jr", "… II").
    let mut by_first2: FastMap<(u64, u64), Vec<usize>> = FastMap::default();
    for &j in distinct.values() {
        let n = mentions[j].words.len();
        if mentions[j].label == Label::Per && lw[j].len() >= 3 && n >= 3 && !one_of!(mentions[j].words[n - 1].trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV") {
            by_first2.entry((lw[j][0], lw[j][1])).or_default().push(j);
        }
    }
    if !by_first2.is_empty() {
        for &i in distinct.values() {
            if mentions[i].label != Label::Per || lw[i].len() < 2 {
                continue;
            }
            // Many longer names opening alike ("Alan Bell …" sixteen times over) are no one's.
            let Some(longer) = by_first2.get(&(lw[i][0], lw[i][1])).filter(|l| l.len() <= 16) else { continue };
            let mut starts = longer.iter().filter(|&&j| lw[j].len() > lw[i].len() && lw[j].starts_with(&lw[i]));
            if let (Some(&j), None) = (starts.next(), starts.next()) {
                union(&mut parent, i, j);
            }
        }
    }
    // One-word names that stand for the one longer name holding that word in a known place; a
    // word two longer names hold stands for neither. One pass over the distinct names per rule,
    // then one pass over the mentions.
    // A person called by the given name alone ("Erling is a machine" after "Erling Haaland") or by
    // a middle name ("Lula" after "Luiz Inácio Lula da Silva"): a word of a full name of two to
    // five words before its last (a word the name repeats counts once, "Kim Kim Lee"), when no name
    // ends with it ("Frank" after "Thomas Frank" is the family name; "Mr Frank" is too).
    let given = names_by_key(distinct.values().flat_map(|&j| {
        let (m, l) = (&mentions[j], &lw[j]);
        let full = m.label == Label::Per && (2..=5).contains(&m.words.len()) && l.len() == m.words.len();
        let words = if full { &l[..l.len() - 1] } else { &[][..] };
        words.iter().enumerate().filter(|&(k, w)| !words[..k].contains(w)).map(move |(_, &w)| (w, j))
    }));
    // A club by the last word of its name ("City" after "Manchester City"; names of any label
    // count, a club tagged as a place too; "Manchester City" and "Leicester City" leave "City" alone),
    // and a body by its head word ("the Commission" after "the European Commission", "the Fund"
    // after "the International Monetary Fund"; "General Court" and "Supreme Court" leave "Court" alone).
    let clubs = names_by_key(distinct.values().filter_map(|&j| {
        let words = &mentions[j].words;
        let head = |w: &str| super::CLUB_WORDS.contains(&w) || (mentions[j].label == Label::Org && super::in_list_ci(super::ORG_HEADS, w));
        words.last().filter(|w| words.len() >= 2 && head(w)).map(|&w| (w, j))
    }));
    // A company by the first word of its name, when the rest only says what kind of company it is
    // ("Corlen Therapeutics" … "Corlen", "Adani Group" … "Adani", "Labour Party" … "Labour"; "Siemens Energy" is not
    // "Siemens": "energy" says more than a kind).
    let kind_word = |w: &str| {
        super::LEGAL_FORMS.contains(&w)
            || (super::in_list_ci(super::COMPANY_WORDS, w) && !super::in_list_ci(super::COMPANY_LINES, w))
            || ["Therapeutics", "Biosciences", "Group", "Pharma", "Partners", "Party", "Platforms"].contains(&w)
    };
    // A name with and without its legal form counts once ("Meridian Foods Inc", "Meridian Foods").
    let mut cores: FastSet<&[&str]> = FastSet::default();
    let companies = names_by_key(distinct.values().filter_map(|&j| {
        let m = &mentions[j];
        let company = m.label == Label::Org && m.words.len() >= 2 && lw[j].len() == m.words.len() && m.words[1..].iter().all(|w| kind_word(w));
        let core = m.words.len() - m.words.iter().rev().take_while(|w| super::LEGAL_FORMS.contains(w)).count();
        (company && cores.insert(&m.words[..core])).then(|| (lw[j][0], j))
    }));
    // A little-known company by the first of its two words ("Vantrix" after "Vantrix
    // Semiconductor", "Ajax" after "Ajax Amsterdam", "Baltimore" after "Baltimore Orioles", "Real"
    // after "Real Madrid"), when
    // one such name opens with it. Not a well-known company's unit ("Siemens Energy", "Ford
    // China", "Reuters Television"), a body's head ("EU Commission"), a country or region ("AOL
    // Europe"), a second word in capitals ("MARTIN O'NEILL"), a first word news writes in lower
    // case or a body's head ("Space Shuttle", "University Collection"), nor a place's name ("North
    // Korea" tagged as a body).
    // (A legal form after the two words leaves them two: "Halvorsen Semiconductor ASA", one name
    // with and without it.)
    let mut cores: FastSet<&[&str]> = FastSet::default();
    let two_words = names_by_key(distinct.values().filter_map(|&j| {
        let m = &mentions[j];
        let core = m.words.len() - m.words.iter().rev().take_while(|w| super::LEGAL_FORMS.contains(w)).count();
        if m.label != Label::Org || core != 2 || lw[j].len() != m.words.len() || super::COMPANIES.contains_key(m.words[0]) {
            return None;
        }
        let (first, second) = (m.words[0], m.words[1]);
        let titled = second.starts_with(|c: char| c.is_uppercase()) && second.chars().any(char::is_lowercase);
        let unit = super::in_list_ci(super::ORG_HEADS, second)
            || ["News", "Newsroom", "Television", "TV", "Radio", "Cable", "Magazine", "World", "Online", "Digital"].contains(&second)
            || model.gazetteer.lookup(second) & (GazKind::Country as u16 | GazKind::Region as u16) != 0;
        // (A common word or a body's head before a city's name is a club's first word all the
        // same: "Real" after "Real Madrid", "Inter" after "Inter Milan", "Union" after "Union
        // Berlin".)
        let club = model.gazetteer.lookup(second) & GazKind::City as u16 != 0;
        let plain = ((model.gazetteer.lookup(first) & GazKind::CommonWord as u16 != 0 || super::in_list_ci(super::ORG_HEADS, first)) && !club) || place_prefix(first);
        (titled && !unit && !plain && model.gazetteer.lookup(&format!("{first} {second}")) & super::PLACE_KINDS == 0 && cores.insert(&m.words[..2])).then_some((first, j))
    }));
    // A club or company by the second of its two words when the text names it so as a body
    // ("Dortmund" after "Borussia Dortmund", "Telekom" after "Deutsche Telekom"): not a word
    // that says what kind of body it is ("City", "Bank", "Energy"), nor a country or region
    // ("France" after "Air France").
    let second_words = names_by_key(distinct.values().filter_map(|&j| {
        let m = &mentions[j];
        if m.label != Label::Org || m.words.len() != 2 || lw[j].len() != 2 {
            return None;
        }
        let second = m.words[1];
        let titled = second.starts_with(|c: char| c.is_uppercase()) && second.chars().any(char::is_lowercase);
        let kind = super::CLUB_WORDS.contains(&second)
            || super::in_list_ci(super::ORG_HEADS, second)
            || super::in_list_ci(super::COMPANY_WORDS, second)
            || super::LEGAL_FORMS.contains(&second)
            || model.gazetteer.lookup(second) & (GazKind::Country as u16 | GazKind::Region as u16) != 0;
        // ("North Melbourne" and "Melbourne", "East Stirling" and "Stirling" are other clubs.)
        (titled && !kind && !place_prefix(m.words[0])).then_some((second, j))
    }));
    // A body by the word before its "of" ("House" after "House of Representatives", "Bank" after
    // "Bank of England").
    let bodies = names_by_key(distinct.values().filter_map(|&j| {
        let m = &mentions[j];
        (m.label == Label::Org && m.words.len() >= 3 && m.words[1] == "of").then(|| (m.words[0], j))
    }));
    // The headline: the first line, when lines follow it.
    // Not a lead paragraph pasted without its headline (a line of more than 20 words).
    let headline_end = text
        .trim_start()
        .find('\n')
        .map(|k| k + (text.len() - text.trim_start().len()))
        .filter(|&k| !text[k..].trim().is_empty() && text[..k].split_whitespace().count() <= 20);
    // Mentions that are a club's first word alone (see below): bodies, whatever the tagger said.
    let mut club_word = vec![false; mentions.len()];
    // A place by the first of its two words when the second says what kind of place it is
    // ("Heathrow" after "Heathrow Airport", "Enga" after "Enga Province"); not "State" or
    // "County", which name another place than the city ("Washington State").
    let place_firsts = names_by_key(distinct.values().filter_map(|&j| {
        let m = &mentions[j];
        (m.label == Label::Loc && m.words.len() == 2 && lw[j].len() == 2 && one_of!(m.words[1], "Airport" | "Province" | "Prefecture" | "Governorate" | "Oblast" | "Region")).then(|| (m.words[0], j))
    }));
    if !(given.is_empty() && clubs.is_empty() && companies.is_empty() && bodies.is_empty() && two_words.is_empty() && second_words.is_empty() && place_firsts.is_empty()) {
        let places: FastSet<&str> = if two_words.is_empty() && second_words.is_empty() {
            FastSet::default()
        } else {
            // (Not a headline's: the tagger reads its short capitalized lines worst, "Real Madrid
            // beat Dortmund" a place there, the club "Borussia Dortmund" below.)
            mentions.iter().filter(|o| o.label == Label::Loc && o.words.len() == 1 && !headline_end.is_some_and(|e| o.span.end <= e)).map(|o| o.words[0]).collect()
        };
        // The words of places named in two words or more (for the club rule, which needs names
        // of two words).
        let long_places: FastSet<&str> = if two_words.is_empty() {
            FastSet::default()
        } else {
            mentions.iter().filter(|o| o.label == Label::Loc && o.words.len() > 1).flat_map(|o| o.words.iter().copied()).collect()
        };
        for i in 0..mentions.len() {
            let m = &mentions[i];
            if m.words.len() != 1 || lw[i].len() > 1 {
                continue;
            }
            let w = m.words[0];
            let mut to: Vec<usize> = Vec::new();
            if m.label == Label::Per && lw[i].len() == 1 {
                let ends_a_name = by_last.get(&lw[i][0]).is_some_and(|js| js.iter().any(|&j| lw[j].len() >= 2));
                to.extend(sole(&given, &lw[i][0]).filter(|_| !ends_a_name));
                // A word no one is named by, that opens a little-known company's name, is that
                // company taken for a person ("Korbitt said" after "Korbitt Microsystems").
                let named = ends_a_name || given.contains_key(&lw[i][0]) || model.gazetteer.lookup(w) & (GazKind::FirstName as u16 | GazKind::Surname as u16) != 0;
                if !named && !places.contains(w) {
                    to.extend(sole(&two_words, &w).filter(|&j| mentions[j].label == Label::Org));
                }
            }
            if m.label == Label::Loc && lw[i].len() == 1 {
                // A club named by a word and its city is the word alone, even one a list knows as
                // a place ("Bayern" after "Bayern Munich", "Inter" after "Inter Milan"); not a
                // country ("Austria" and the club "Austria Vienna") nor a word of a longer place
                // the text names ("Korea" beside "South Korea" and "Korea Republic").
                let kinds = model.gazetteer.lookup(w);
                if !in_capitals(w) && kinds & GazKind::Country as u16 == 0 && !long_places.contains(w) {
                    let city = |j: &usize| mentions[*j].label == Label::Org && mentions[*j].words.get(1).is_some_and(|s| model.gazetteer.lookup(s) & (GazKind::City as u16 | GazKind::Capital as u16) != 0);
                    if let Some(j) = sole(&two_words, &w).filter(city) {
                        to.push(j);
                        club_word[i] = true;
                    }
                }
                to.extend(sole(&place_firsts, &w));
                // A short name the tagger read as a place, that no list knows as one, is the
                // company named in full by its trade ("Brennick" after "Brennick
                // Pharmaceuticals"); not after a group's name ("Osk Group": a town may lend its
                // name), nor a dateline's place in capitals (CoNLL's "HARLEYSVILLE , Pa ." under
                // "Harleysville Group").
                if !in_capitals(w) && kinds & super::PLACE_KINDS == 0 {
                    let trade = |j: &usize| mentions[*j].words.last().is_some_and(|l| super::in_list_ci(super::COMPANY_WORDS, l) && !matches!(*l, "Group" | "Holdings" | "Industries"));
                    to.extend(lw[i].first().and_then(|h| sole(&companies, h)).filter(trade));
                }
            }
            if m.label == Label::Org {
                to.extend(sole(&clubs, &w).filter(|&j| mentions[j].label == Label::Org));
                to.extend(lw[i].first().and_then(|h| sole(&companies, h)));
                to.extend(sole(&bodies, &w));
                // Not a city that is also its team ("Seattle" the place and the club are one name).
                if !places.contains(w) {
                    to.extend(sole(&two_words, &w).filter(|&j| mentions[j].label == Label::Org));
                    to.extend(sole(&second_words, &w));
                }
            }
            for j in to {
                union(&mut parent, i, j);
            }
        }
    }
    // A company's name without its legal form is the company ("Boeing Co" … "Boeing"); so is a
    // name of two words or more without a last word for a kind of company ("Meridian Pacific
    // Bank" … "Meridian Pacific", "Halden Shipping Group" … "Halden Shipping").
    for i in 0..mentions.len() {
        let n = mentions[i].words.len();
        let kind = n >= 3 && one_of!(mentions[i].words[n - 1], "Bank" | "Group" | "Holdings" | "Corporation" | "Company" | "Limited" | "Incorporated");
        if mentions[i].label != Label::Org || n < 2 || !(kind || super::LEGAL_FORMS.contains(&mentions[i].words[n - 1])) {
            continue;
        }
        // `lw` leaves titles out ("MR Pemba Star S.A."), so it can be shorter than the words.
        // Each legal form may go ("Samsung Electronics Co Ltd" … "Samsung Electronics Co" …
        // "Samsung Electronics").
        let trailing = mentions[i].words.iter().rev().take_while(|w| super::LEGAL_FORMS.contains(w)).count().max(1);
        for t in 1..=trailing.min(lw[i].len().saturating_sub(1)) {
            if let Some(&j) = distinct.get(&lw[i][..lw[i].len() - t]) {
                // (Not a person of that name, unless in the headline, which the tagger reads
                // worst: "Nimbus Cloud beats forecasts" over "Nimbus Cloud Inc reported".)
                if mentions[j].label != Label::Per || headline_end.is_some_and(|e| mentions[j].span.end <= e) {
                    union(&mut parent, i, j);
                }
            }
        }
    }
    // A body named after its country's or city's name is the body named without it ("the U.S.
    // Supreme Court" … "the Supreme Court", "the Kenyan Finance Ministry" … "the Finance
    // Ministry"): when one such longer name alone ends with the shorter one, and no mention of
    // the shorter one is another's ("Ukraine's Defence Ministry").
    let mut longer: FastMap<&[u64], Vec<usize>> = FastMap::default();
    for (&key, &i) in distinct.iter() {
        let m = &mentions[i];
        if m.label != Label::Org || key.len() < 3 || m.words.len() != key.len() {
            continue;
        }
        let first = m.words[0];
        let place = one_of!(first, "U.S." | "US" | "UK" | "EU" | "U.N." | "UN")
            || model.gazetteer.lookup(first) & (super::PLACE_KINDS | GazKind::Demonym as u16) != 0;
        if place && distinct.contains_key(&key[1..]) {
            longer.entry(&key[1..]).or_default().push(i);
        }
    }
    // The names some mention of which follows a possessive.
    let owned: FastSet<&[u64]> = if longer.is_empty() {
        FastSet::default()
    } else {
        (0..mentions.len())
            .filter(|&k| {
                let before = text[..mentions[k].span.start].trim_end();
                before.ends_with("'s") || before.ends_with("’s")
            })
            .map(|k| lw[k].as_slice())
            .collect()
    };
    for (short, long) in longer {
        let j = distinct[short];
        if long.len() != 1 || mentions[j].label != Label::Org {
            continue;
        }
        if !owned.contains(short) {
            union(&mut parent, long[0], j);
        }
    }
    // A person's other name after "known as" is that person ("Mohamed Hamdan Dagalo, known as
    // Hemedti"; `people_known_as` labels it).
    for i in 1..mentions.len() {
        let (full, other) = (&mentions[i - 1], &mentions[i]);
        if full.label != Label::Per || other.label != Label::Per {
            continue;
        }
        let between = text[full.span.end..other.span.start].trim().trim_start_matches([',', '(']).trim();
        let between = ["also ", "better ", "widely ", "popularly "].iter().fold(between, |b, p| b.strip_prefix(p).unwrap_or(b));
        if between == "known as" || between == "nicknamed" {
            union(&mut parent, i - 1, i);
        }
    }
    // An acronym defined in brackets right after the name is that name, even when it leaves
    // words out ("International Association of Machinists and Aerospace Workers (IAM)").
    for i in 0..mentions.len().saturating_sub(1) {
        let (full, acr) = (&mentions[i], &mentions[i + 1]);
        let between = text[full.span.end..acr.span.start].trim();
        // One word whose letters hold the acronym's in order, from its first ("Kuomintang (KMT)").
        if between == "(" && full.words.len() == 1 && full.label == Label::Org && is_acronym(&acr.words) && text[acr.span.end..].trim_start().starts_with(')') {
            if acr.words[0].len() >= 2 && super::spells_in_order(full.words[0], acr.words[0]) {
                union(&mut parent, i, i + 1);
            }
            continue;
        }
        if between == "(" && full.words.len() >= 2 && is_acronym(&acr.words) && text[acr.span.end..].trim_start().starts_with(')') {
            let letters: Vec<char> = acr.words[0].chars().filter(|c| c.is_alphabetic()).collect();
            let heads: Vec<char> = full.words.iter().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
            // The acronym's letters are the initials of capitalized words, in order, from the first.
            let mut k = 0;
            for &h in &heads {
                if k < letters.len() && h == letters[k] {
                    k += 1;
                }
            }
            // Or a body's acronym in its own language ("Kurdistan Workers Party (PKK)",
            // "National Statistics Institute (INE)", "Party of Democratic Action (SDA)"), when no
            // other name in the text spells it and one of its letters at least opens a word of
            // the name ("Baltic Grain Council (XYZ)" joins nothing).
            let key: String = letters.iter().collect();
            let foreign = full.label == Label::Org
                && matches!(acr.label, Label::Org | Label::Misc)
                && (2..=6).contains(&letters.len())
                && letters.iter().all(|c| c.is_ascii_uppercase())
                && letters.iter().any(|c| heads.contains(c))
                && by_initials.get(&key).is_none_or(|names| names.iter().all(|&j| j == i));
            if (k == letters.len() && heads.first() == letters.first()) || foreign {
                union(&mut parent, i, i + 1);
            }
        }
    }

    // A body's name in brackets right after another body's name of two words or more is the
    // same body in another language ("Médecins Sans Frontières (Doctors Without Borders)").
    for i in 0..mentions.len().saturating_sub(1) {
        let (full, other) = (&mentions[i], &mentions[i + 1]);
        if full.label == Label::Org && other.label == Label::Org && full.words.len() >= 2 && other.words.len() >= 2 && text[full.span.end..other.span.start].trim() == "(" && text[other.span.end..].trim_start().starts_with(')') {
            union(&mut parent, i, i + 1);
        }
    }

    // Collect groups in order of first mention.
    let mut root_to_group: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut groups: Vec<Group> = Vec::new();
    let mut votes: Vec<[f32; 4]> = Vec::new();
    // Groups a mention of which says it is a body.
    let mut told_body: Vec<bool> = Vec::new();
    let mut group_of = vec![0usize; mentions.len()];
    for i in 0..mentions.len() {
        let r = find(&mut parent, i);
        let g = match root_to_group[r] {
            Some(g) => g,
            None => {
                groups.push(Group { name: String::new(), label: mentions[i].label, mentions: Vec::new() });
                votes.push([0.0; 4]);
                told_body.push(false);
                root_to_group[r] = Some(groups.len() - 1);
                groups.len() - 1
            }
        };
        group_of[i] = g;
        groups[g].mentions.push(i);
        // Longer, fuller mentions are more reliable about the label; a word in capitals (a
        // headline, a dateline) less: the tagger sees no case there.
        // So is a headline's, in any case, on a place, a body or a person (a company opening a
        // headline reads as a person: "Nimbus Cloud beats forecasts").
        let headline = headline_end.is_some_and(|e| mentions[i].span.end <= e) && matches!(mentions[i].label, Label::Loc | Label::Org | Label::Per);
        let shouted = in_capitals(mentions[i].span.slice(text)) || headline;
        // A body's mention that says what it is outweighs the rest: a company's word ending it
        // ("Alexion Pharmaceuticals" … "Alexion shareholders", "valuing Alexion", "Alexion,
        // based in Boston" had made it a person), or a word for a political body after it ("the
        // Golden Dawn party"). Not a legal form: a company may be named after what it runs
        // (CoNLL's "Miss Universe Inc." and the pageant "Miss Universe").
        // So does a well-known company's name in full ("Eli Lilly" … "Lilly" had made the company
        // a person by the tagger's three guesses against the list's one).
        let says_body = mentions[i].label == Label::Org && mentions[i].words.len() >= 2 && {
            let last = mentions[i].words.last().copied().unwrap_or("");
            let after = text[mentions[i].span.end..].trim_start();
            super::in_list_ci(super::COMPANY_WORDS, last) || super::known_company(text, tokens, spans[i].0, spans[i].1) || super::POLITICAL_BODIES.iter().any(|k| after.strip_prefix(k).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
        };
        let weight = if says_body { 4.0 } else { 1.0 + 0.5 * (mentions[i].words.len() > 1) as u8 as f32 };
        told_body[g] |= says_body;
        votes[g][mentions[i].label as usize] += weight * if shouted { 0.5 } else { 1.0 };
    }
    for (g, group) in groups.iter_mut().enumerate() {
        let mut best = group.label as usize;
        for l in 0..4 {
            if votes[g][l] > votes[g][best] {
                best = l;
            }
        }
        group.label = Label::ALL[best];
        // Canonical name: the mention with most words, then one not in capitals throughout (a
        // dateline's "KYIV" names the group "Kyiv" when the text also writes it so), then the
        // first; whitespace normalized.
        let shouting = |i: usize| in_capitals(mentions[i].span.slice(text));
        let m = group
            .mentions
            .iter()
            .copied()
            .max_by(|&a, &b| mentions[a].words.len().cmp(&mentions[b].words.len()).then(shouting(b).cmp(&shouting(a))).then(b.cmp(&a)))
            .unwrap_or(group.mentions[0]);
        group.name = mentions[m].span.slice(text).split_whitespace().collect::<Vec<_>>().join(" ");
        if mentions[m].words.len() > 1 {
            // Drop a leading title ("President X" → "X") from the canonical name.
            if let Some(first) = mentions[m].words.first() {
                // The first word need not open the span (punctuation is not a word), so the
                // title is dropped only where the name really starts with it.
                if is_title(first) && group.label == Label::Per {
                    if let Some(rest) = group.name.strip_prefix(first) {
                        group.name = rest.trim_start().to_string();
                    }
                }
            }
        }
    }
    let entities = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let g = groups[group_of[i]].label;
            // A headline's place or body takes the label its group has below ("Shipwreck found
            // off Sicily" had made Sicily a body there, a place in the story): the tagger reads
            // a headline's short, capitalized lines worst.
            if headline_end.is_some_and(|e| m.span.end <= e) && matches!(m.label, Label::Loc | Label::Org) && matches!(g, Label::Loc | Label::Org) && g != m.label {
                let below = groups[group_of[i]].mentions.iter().any(|&j| headline_end.is_some_and(|e| mentions[j].span.start > e) && mentions[j].label == g);
                if below {
                    return Entity { span: m.span, label: g, group: group_of[i] };
                }
            }
            if club_word[i] && g == Label::Org {
                return Entity { span: m.span, label: Label::Org, group: group_of[i] };
            }
            // A body that says what it is ("Brennick Pharmaceuticals") is no place where the
            // tagger read its short name as one, unless the gazetteer knows the place.
            if m.label == Label::Loc && g == Label::Org && told_body[group_of[i]] && model.gazetteer.lookup(m.span.slice(text)) & super::PLACE_KINDS == 0 {
                return Entity { span: m.span, label: Label::Org, group: group_of[i] };
            }
            // Else a place and the team or body named after it share a name: LOC and ORG may
            // differ within a group, and a place or body is not made a MISC (never a person,
            // though). A MISC mention takes the group's label ("Boeing" after "Boeing Co"), but
            // not a currency's country prefix ("HK$" stays MISC beside "Hong Kong").
            let own = match m.label {
                Label::Loc | Label::Org => g != Label::Per,
                Label::Misc => g != Label::Per && m.span.slice(text).ends_with('$'),
                Label::Per => false,
            };
            Entity { span: m.span, label: if own { m.label } else { g }, group: group_of[i] }
        })
        .collect();
    (entities, groups)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn tok_range(text: &str, tokens: &[Token], word: &str, nth: usize) -> (usize, usize) {
        let starts: Vec<usize> = tokens.iter().enumerate().filter(|(_, t)| t.text(text) == word).map(|(i, _)| i).collect();
        (starts[nth], starts[nth] + 1)
    }

    /// A person's group has one label; a place and the team named after it may keep their own.
    #[test]
    fn people_get_one_label_places_and_teams_keep_theirs() {
        let text = "Bergen beat Molde. Rain fell in Bergen. Lindqvist spoke. Lindqvist left. Lindqvist won.";
        let tokens = tokenize(text);
        let model = crate::entities::embedded_model().unwrap();
        let b0 = tok_range(text, &tokens, "Bergen", 0);
        let b1 = tok_range(text, &tokens, "Bergen", 1);
        let l0 = tok_range(text, &tokens, "Lindqvist", 0);
        let l1 = tok_range(text, &tokens, "Lindqvist", 1);
        let l2 = tok_range(text, &tokens, "Lindqvist", 2);
        let spans = [(b0.0, b0.1, Label::Org), (b1.0, b1.1, Label::Loc), (l0.0, l0.1, Label::Per), (l1.0, l1.1, Label::Org), (l2.0, l2.1, Label::Per)];
        let (ents, groups) = link(model, text, &tokens, &spans);
        let labels: Vec<Label> = ents.iter().map(|e| e.label).collect();
        assert_eq!(labels, [Label::Org, Label::Loc, Label::Per, Label::Per, Label::Per]);
        // Still one group each, with one label.
        assert_eq!(ents[0].group, ents[1].group);
        assert_eq!(ents[2].group, ents[3].group);
        assert_eq!(groups.len(), 2);
    }

    /// Spans for each (word sequence, label), first occurrence of its first word from a cursor.
    fn spans_of(text: &str, tokens: &[Token], names: &[(&str, Label)]) -> Vec<(usize, usize, Label)> {
        let mut from = 0;
        names
            .iter()
            .map(|&(name, label)| {
                let n = name.split_whitespace().count();
                let a = (from..tokens.len())
                    .find(|&a| a + n <= tokens.len() && tokens[a..a + n].iter().map(|t| t.text(text)).eq(name.split_whitespace()))
                    .unwrap_or_else(|| panic!("{name:?} not in the text"));
                from = a + n;
                (a, a + n, label)
            })
            .collect()
    }

    #[test]
    fn a_company_without_its_legal_form_is_the_company_and_takes_its_label() {
        let text = "Halvorsen Shipping Co said on Monday that Halvorsen Shipping would sell two tankers. Halvorsen won a prize.";
        let tokens = tokenize(text);
        let model = crate::entities::embedded_model().unwrap();
        let spans = spans_of(text, &tokens, &[("Halvorsen Shipping Co", Label::Org), ("Halvorsen Shipping", Label::Misc), ("Halvorsen", Label::Per)]);
        let (ents, _) = link(model, text, &tokens, &spans);
        assert_eq!(ents[0].group, ents[1].group);
        assert_eq!(ents[1].label, Label::Org, "a MISC mention takes its group's label");
        assert_ne!(ents[2].group, ents[0].group, "a person is never joined to a company by this rule");
        assert_eq!(ents[2].label, Label::Per);
    }

    #[test]
    fn a_company_without_its_last_word_for_a_kind_of_company_is_the_company() {
        let text = "Tarvos Pacific Bank was fined. Tarvos Pacific said it paid. Osk Group rose; Osk fell.";
        let tokens = tokenize(text);
        let model = crate::entities::embedded_model().unwrap();
        let spans = spans_of(text, &tokens, &[("Tarvos Pacific Bank", Label::Org), ("Tarvos Pacific", Label::Org), ("Osk Group", Label::Org), ("Osk", Label::Loc)]);
        let (ents, _) = link(model, text, &tokens, &spans);
        assert_eq!(ents[0].group, ents[1].group);
        // A name of two words keeps its kind word: this rule needs three ("Osk" stays apart
        // from "Osk Group"; the place "Osk" is no short name of the company here).
        assert_ne!(ents[2].group, ents[3].group);
    }

    #[test]
    fn a_club_by_its_second_word_but_not_after_a_compass_word() {
        let text = "Borussia Dortmund won. Dortmund fans sang. North Melbourne beat Melbourne, and Melbourne fell to sixth.";
        let tokens = tokenize(text);
        let model = crate::entities::embedded_model().unwrap();
        let names = [("Borussia Dortmund", Label::Org), ("Dortmund", Label::Org), ("North Melbourne", Label::Org), ("Melbourne", Label::Org), ("Melbourne", Label::Org)];
        let (ents, _) = link(model, text, &tokens, &spans_of(text, &tokens, &names));
        assert_eq!(ents[0].group, ents[1].group);
        // "North Melbourne" and "Melbourne" are two clubs (one group before the compass test,
        // checked when written).
        assert_ne!(ents[2].group, ents[3].group);
        assert_eq!(ents[3].group, ents[4].group);
    }

    #[test]
    fn an_acronym_two_names_spell_joins_neither() {
        let text = "Shares of Hwa Kay fell in Hong Kong. HK traders sold. The Trade Union Congress met; TUC leaders and Trade Union Congress staff spoke.";
        let tokens = tokenize(text);
        let model = crate::entities::embedded_model().unwrap();
        let spans = spans_of(text, &tokens, &[("Hwa Kay", Label::Org), ("Hong Kong", Label::Loc), ("HK", Label::Loc), ("Trade Union Congress", Label::Org), ("TUC", Label::Org)]);
        let (ents, _) = link(model, text, &tokens, &spans);
        // All three were one group before (checked when written).
        assert_ne!(ents[0].group, ents[1].group, "{ents:?}");
        assert_ne!(ents[2].group, ents[0].group);
        assert_ne!(ents[2].group, ents[1].group);
        // One name spelled (twice): joined.
        assert_eq!(ents[3].group, ents[4].group);
    }

    #[test]
    fn a_bodys_name_in_another_language_in_brackets_joins_it() {
        let text = "Ärzte Ohne Grenzen (Doctors Without Borders) sent a team. Doctors Without Borders said so. \
                    Nordic Rail (Baltic Freight Lines) and Baltic Freight Lines, Lisbon Port (Harbour) too.";
        let tokens = tokenize(text);
        let model = crate::entities::embedded_model().unwrap();
        let names = [("Ärzte Ohne Grenzen", Label::Org), ("Doctors Without Borders", Label::Org), ("Doctors Without Borders", Label::Org), ("Nordic Rail", Label::Org), ("Baltic Freight Lines", Label::Org), ("Baltic Freight Lines", Label::Org), ("Lisbon Port", Label::Org), ("Harbour", Label::Org)];
        let spans = spans_of(text, &tokens, &names);
        let (ents, _) = link(model, text, &tokens, &spans);
        assert_eq!((ents[0].group, ents[2].group), (ents[1].group, ents[1].group));
        // The second pair too; a one-word name in brackets joins nothing.
        assert_eq!(ents[3].group, ents[4].group);
        assert_ne!(ents[6].group, ents[7].group);
    }

    #[test]
    fn an_acronym_defined_in_brackets_joins_its_name_even_when_it_skips_words() {
        let text = "The Nordic Federation of Port and Harbour Workers (NFPW) called a strike. NFPW members walked out. \
                    The Baltic Grain Council (XYZ) met.";
        let tokens = tokenize(text);
        let model = crate::entities::embedded_model().unwrap();
        let spans = spans_of(
            text,
            &tokens,
            &[("Nordic Federation of Port and Harbour Workers", Label::Org), ("NFPW", Label::Org), ("NFPW", Label::Org), ("Baltic Grain Council", Label::Org), ("XYZ", Label::Org)],
        );
        let (ents, groups) = link(model, text, &tokens, &spans);
        assert_eq!((ents[0].group, ents[2].group), (ents[1].group, ents[1].group));
        assert_eq!(groups[ents[0].group].name, "Nordic Federation of Port and Harbour Workers");
        assert_ne!(ents[3].group, ents[4].group, "letters that are not the name's initials join nothing");
    }
}
