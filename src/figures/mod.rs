//! Figures: every number phrase in a text, typed and normalized.
//!
//! The grammar works over the shared tokens. At each position it tries, in order: a date or time,
//! an ordinal, a ratio word, then a general amount: `[qualifier] [currency] (number | vague
//! magnitude | range) [scale] [unit | % | currency | time unit | "times" | "-year-old"]`.
//! Each figure keeps its qualifier ("more than 1,000" → over, low 1000), bounds for vague
//! amounts ("dozens" → low 24), what it counts ("people") and the event its sentence reports.

pub mod dates;
pub mod numbers;
pub(crate) mod units;

use crate::text::one_of;
use crate::entities::gazetteer::FastMap;
use crate::span::Span;
use crate::text::{Token, TokenKind};
use dates::{month_number, resolve_weekday, weekday_number, Date};
use numbers::{parse_number, scale_word, tidy, Num, Words};

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FigureKind {
    /// A number of things.
    Count,
    /// An amount of money.
    Money,
    /// A percentage or percentage points.
    Percent,
    /// A position in order ("third").
    Ordinal,
    /// A person's age.
    Age,
    /// A length of time.
    Duration,
    /// A multiple ("five times", "twice").
    Ratio,
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A measured quantity with a unit (km, tonnes, °C).
    Quantity,
}

impl FigureKind {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Age => "age",
            FigureKind::Duration => "duration",
            FigureKind::Ratio => "ratio",
            FigureKind::Date => "date",
            FigureKind::Time => "time",
            FigureKind::Quantity => "quantity",
        }
    }
}

/// How exact a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// "about", "around", "some".
    Approx,
    /// "more than", "over".
    Over,
    /// "less than", "almost", "nearly".
    Under,
    /// "at least".
    AtLeast,
    /// "up to", "at most", "as many as".
    AtMost,
    /// "between 20 and 35", "20-35".
    Range,
    /// "dozens", "thousands", "several hundred".
    Vague,
}

impl Qualifier {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::AtLeast => "atLeast",
            Qualifier::AtMost => "atMost",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// One figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Where it is (bytes).
    pub span: Span,
    /// What it measures.
    pub kind: FigureKind,
    /// The stated value (None for vague amounts and ranges).
    pub value: Option<f64>,
    /// Lower bound, when one is known.
    pub low: Option<f64>,
    /// Upper bound, when one is known.
    pub high: Option<f64>,
    /// How exact it is.
    pub qualifier: Qualifier,
    /// Unit: ISO 4217 currency for money, "year"/"day"/… for durations and ages, "km", "%", "pp" (percentage points), "bp" (basis points).
    pub unit: Option<String>,
    /// What is counted ("people", "police and national guard troops").
    pub counted: Option<String>,
    /// The event the sentence reports for it ("killed", "injured", "detained", …).
    pub event: Option<&'static str>,
    /// ISO 8601 date (or "YYYY-MM", "YYYY", "YYYY-Www", a season "YYYY-SU", a quarter "YYYY-Q3", a
    /// half "YYYY-H1", a decade "199X", a span "1914/1918") when resolvable.
    pub iso: Option<String>,
}

impl Figure {
    pub(crate) fn new(span: Span, kind: FigureKind) -> Figure {
        Figure { span, kind, value: None, low: None, high: None, qualifier: Qualifier::Exact, unit: None, counted: None, event: None, iso: None }
    }
}

/// Qualifier phrases, longest first within each.
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["greater", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["at", "least", "or", "equal", "to"], Qualifier::AtLeast),
    (&["at", "most", "or", "equal", "to"], Qualifier::AtMost),
    (&["greater", "or", "equal", "than"], Qualifier::AtLeast),
    (&["bigger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["higher", "or", "equal", "than"], Qualifier::AtLeast),
    (&["larger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["more", "or", "equal", "than"], Qualifier::AtLeast),
    (&["less", "or", "equal", "than"], Qualifier::AtMost),
    (&["smaller", "or", "equal", "than"], Qualifier::AtMost),
    (&["lower", "or", "equal", "than"], Qualifier::AtMost),
    (&[">", "="], Qualifier::AtLeast),
    (&["<", "="], Qualifier::AtMost),
    (&["≥"], Qualifier::AtLeast),
    (&["≤"], Qualifier::AtMost),
    (&[">"], Qualifier::Over),
    (&["<"], Qualifier::Under),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["less", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["equal", "to", "or", "more", "than"], Qualifier::AtLeast),
    (&["equal", "to", "or", "greater", "than"], Qualifier::AtLeast),
    (&["equal", "to", "or", "less", "than"], Qualifier::AtMost),
    (&["more", "than"], Qualifier::Over),
    (&["larger", "than"], Qualifier::Over),
    (&["bigger", "than"], Qualifier::Over),
    (&["higher", "than"], Qualifier::Over),
    (&["smaller", "than"], Qualifier::Under),
    (&["lower", "than"], Qualifier::Under),
    (&["greater", "than"], Qualifier::Over),
    (&["in", "excess", "of"], Qualifier::Over),
    (&["upwards", "of"], Qualifier::Over),
    // "children under the age of five", "anyone over the age of 18": the bound is an age.
    (&["over", "the", "age", "of"], Qualifier::Over),
    (&["above", "the", "age", "of"], Qualifier::Over),
    (&["under", "the", "age", "of"], Qualifier::Under),
    (&["below", "the", "age", "of"], Qualifier::Under),
    (&["well", "over"], Qualifier::Over),
    (&["just", "over"], Qualifier::Over),
    (&["over"], Qualifier::Over),
    (&["above"], Qualifier::Over),
    (&["fewer", "than"], Qualifier::Under),
    (&["less", "than"], Qualifier::Under),
    (&["just", "under"], Qualifier::Under),
    (&["under"], Qualifier::Under),
    (&["below"], Qualifier::Under),
    (&["almost"], Qualifier::Under),
    (&["nearly"], Qualifier::Under),
    (&["close", "to"], Qualifier::Under),
    (&["just", "shy", "of"], Qualifier::Under),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["at", "most"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    // Ages at the young and the old end: "some as young as 16" (16 and up), "as old as 82".
    (&["as", "young", "as"], Qualifier::AtLeast),
    (&["as", "old", "as"], Qualifier::AtMost),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["approx."], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["an", "estimated"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["nearly"], Qualifier::Under),
    (&["~"], Qualifier::Approx),
];

/// Vague plural magnitudes: word → (low, high).
fn vague_word(w: &str) -> Option<(f64, f64)> {
    Some(match w {
        "tens" => (20.0, 99.0),
        "dozens" => (24.0, 144.0),
        "scores" => (40.0, 199.0),
        "hundreds" => (200.0, 999.0),
        "thousands" => (2e3, 9999.0),
        "millions" => (2e6, 999e6),
        "billions" => (2e9, 999e9),
        "trillions" => (2e12, 999e12),
        _ => return None,
    })
}

fn plural_scale(w: &str) -> Option<f64> {
    Some(match w {
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    })
}

/// Event words: what the sentence says happened to what is counted.
pub(crate) fn event_of(w: &str, next: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "kill" | "kills" | "killing" | "dead" | "died" | "die" | "deaths" | "death" | "murders" | "murdered" | "murdering" | "eliminated" | "eliminate" | "eliminates" | "eliminating" | "slain" | "perished" | "fatalities" | "drowned" | "drowning" | "drowns" => "killed",
        // "the murder of three patients", not "two men charged with murder" (the accused).
        "murder" if next == "of" => "killed",
        // "claimed 300 lives", not "one in five children lives in poverty".
        "lives" if !one_of!(next, "in" | "on" | "with" | "at" | "near" | "alone" | "there" | "here" | "abroad" | "below" | "under" | "off" | "by") => "killed",
        "injured" | "injuries" | "injure" | "injures" | "wounded" | "hurt" | "injuring" | "wounding" => "injured",
        "detained" | "detain" | "detains" | "arrested" | "detention" | "detentions" | "arrests" | "jailed" | "imprisoned" | "detaining" | "arresting" => "detained",
        "hospitalized" | "hospitalised" | "hospital" | "hospitals" | "hospitalizations" | "hospitalisations" => "hospitalized",
        "displaced" | "displace" | "displaces" | "displacing" | "evacuated" | "evacuate" | "evacuates" | "evacuating" | "evacuation" | "fled" | "flee" | "flees" | "fleeing" | "homeless" | "refugees"
        // "400,000 people had been moved to shelters", "relocated to higher ground"
        | "shelters" | "sheltering" | "relocated" | "relocating" => "displaced",
        "missing" => "missing",
        "abducted" | "abduct" | "abducts" | "abducting" | "kidnapped" | "kidnap" | "kidnaps" | "kidnapping" => "abducted",
        // "the abduction of 276 schoolgirls", not "charged with abduction".
        "abduction" | "abductions" if next == "of" => "abducted",
        // "over 300 feared buried" by a landslide, "buried alive": the dead not yet found (a
        // count of people buried anywhere is one of the dead).
        "buried" => "killed",
        "destroyed" | "damaged" | "flattened" | "razed" => "damaged",
        // Not "rescue": a noun as often ("the search and rescue office said 85").
        "rescued" | "survivors" => "rescued",
        // Not "is survived by two sons" (an obituary's family).
        "survived" if next != "by" => "rescued",
        // Jobs: "cut 1,500 jobs", "laid off 300 workers", "slash 2,000 posts"
        "cut" | "cuts" | "cutting" | "slash" | "slashed" | "slashing" | "axe" | "axed" | "axing" => "cut",
        "laid" | "lay" | "laying" if next == "off" => "cut",
        "infected" | "cases" | "infections" => "infected",
        "protesting" | "protested" | "demonstrating" | "demonstrated" | "rallied" | "marched" | "gathered" => "protesting",
        // Said of people only (not "held 61 seats"): see `PEOPLE_HEADS`.
        "held" if next != "talks" => "held",
        // "were treated for burns"
        "treated" if next == "for" => "injured",
        _ => return None,
    })
}

/// Plural nouns for people that are not regular agent nouns ("workers", "protesters" end in -ers).
const PEOPLE_HEADS: &[&str] = &[
    "activists", "adults", "agents", "applicants", "bangladeshis", "boys", "britons", "captives", "children",
    "chinese", "citizens", "civilians", "colleagues", "crew", "defendants", "detainees", "dissidents", "employees",
    "evacuees", "fans", "foreigners", "girls", "guests", "hostages", "immigrants", "individuals", "iraqis",
    "israelis", "japanese", "journalists", "lebanese", "men", "migrants", "militants", "miners", "minors",
    "missionaries", "monks", "nationals", "nepalis", "nuns", "opponents", "others", "pakistanis", "parents",
    "participants", "patients", "peasants", "people", "persons", "pilgrims", "pilots", "police", "priests",
    "refugees", "relatives", "residents", "retirees", "saudis", "somalis", "staff", "students", "sudanese",
    "suspects", "teenagers", "tenants", "thais", "tourists", "trainees", "troops", "victims", "vietnamese",
    "villagers", "women", "yemenis", "youths",
];

/// True for the head noun of a group of people: "hostages", "protesters", "fishermen", "Mexicans".
fn people_head(h: &str) -> bool {
    PEOPLE_HEADS.binary_search(&h).is_ok()
        || looks_plural(h) && (h.ends_with("men") || h.ends_with("people") || h.ends_with("children"))
        || ["ers", "ors", "ists", "ans"].iter().any(|s| h.len() > s.len() + 2 && h.ends_with(s))
}

/// True when one of `words` is within three tokens before the figure (same sentence).
fn start_word(g: &Grammar, i: usize, words: &[&str]) -> bool {
    (i.saturating_sub(3)..i).any(|k| words.contains(&g.w(k)))
}

/// Words that end the phrase of what is counted.
const COUNTED_STOP: &[&str] = &[
    "a", "about", "above", "across", "after", "again", "against", "ago", "ahead", "all", "along", "also", "although",
    "amid", "among", "an", "are", "around", "as", "at", "away", "back", "be", "because", "been", "before", "behind",
    "being", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "can", "could", "despite", "did",
    "do", "down", "during", "each", "even", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his", "i",
    "if", "in", "including", "inside", "into", "is", "it", "its", "just", "last", "like", "me", "more", "most", "my",
    "near", "next", "not", "now", "of", "off", "on", "only", "onto", "or", "our", "out", "outside", "over", "per",
    "said", "says", "she", "since", "so", "still", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "though", "through", "throughout", "to", "too", "toward", "towards", "under", "underneath",
    "unless", "until", "up", "upon", "us", "versus", "very", "via", "was", "we", "were", "what", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "will", "with", "within", "without", "would", "you", "your",
];

const IRREGULAR_PLURALS: &[&str] = &[
    "aircraft", "cattle", "children", "crew", "deer", "feet", "fish", "livestock", "men", "offspring", "people", "personnel", "police", "series", "sheep", "species", "staff", "teeth", "women", "youth",
];

fn looks_plural(w: &str) -> bool {
    IRREGULAR_PLURALS.binary_search(&w).is_ok()
        // Compounds of irregular plurals: "schoolchildren", "firemen", "townspeople".
        || (w.len() > 6 && ["children", "people", "men"].iter().any(|p| w.ends_with(p)) && !w.ends_with("ement"))
        // Six letters: only these ("Bremen" is a city).
        || matches!(w, "gunmen" | "airmen" | "laymen" | "yeomen")
        // Plurals kept from Latin and Greek, and the old ones ("hundreds of amphorae", "20 mice").
        || one_of!(w, "algae" | "alumni" | "amphorae" | "antennae" | "bacteria" | "cacti" | "criteria" | "fungi" | "geese" | "larvae" | "lice" | "mice" | "nuclei" | "oxen" | "phenomena" | "vertebrae")
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !w.ends_with("'s") && !SINGULAR_IN_S.contains(&w))
}

/// Nouns in "-s" that are singular, and name what a count's noun is of ("42,000 measles cases",
/// "12 rabies deaths", "40 news outlets"), not the thing counted.
const SINGULAR_IN_S: &[&str] = &["diabetes", "electronics", "graphics", "herpes", "measles", "mumps", "news", "rabies", "scabies", "shingles"];

/// A currency named at token `i` ("yen", "euros", "US dollars").
fn currency_name_at(g: &Grammar, i: usize) -> Option<&'static str> {
    units::currency_name(g.w(i)).or_else(|| g.tokens.get(i).and_then(|t| units::iso_currency(t.text(g.text))).filter(|_| !(g.is_num(i + 1) && g.glued(i + 1))))
}

/// Capitalized words that name a numbered thing when a whole number follows them ("Boeing 737",
/// "Highway 1", "Resolution 242", "Season 3"), lower case and sorted.
const NUMBERED_NAMES: &[&str] = &[
    "act", "agenda", "airbus", "amendment", "annex", "apollo", "area", "bill", "block", "boeing", "building", "camp",
    "clause", "district", "episode", "exhibit", "flip", "fold", "formula", "galaxy", "hangar", "highway", "interstate",
    "ipad", "iphone", "kindle", "line", "lot", "mission", "pier", "pixel", "playstation", "prop", "proposition",
    "protocol", "radio", "reactor", "regulation", "resolution", "rule", "schedule", "season", "sector", "series",
    "studio", "terminal", "title", "tower", "unit", "vision", "ward", "windows", "xbox", "zone",
];

/// The date an article gives for itself in its first lines, where a reader finds when it was
/// written: a line that is a date ("Tuesday, September 1, 2015", "Published 3 March 2023,
/// 10:00 GMT"), a dateline ending in one ("AL-AIN , United Arab Emirates 1996-12-06"), or one
/// opening the first paragraph ("WASHINGTON, March 3, 2023 (AP) — …"). Only a whole day counts
/// (a year or a month alone dates nothing relative). Returns the date and its byte span.
pub fn dateline_date(text: &str) -> Option<(Date, Span)> {
    dateline(text, None).map(|(d, span, _)| (d, span))
}

/// [`dateline_date`], or, given `today` (the reader's clock) and no whole date, a dateline that
/// writes the day and month but no year ("LISBON, Sept 18 (Reuters) -", "Published 18
/// September") in the year that makes it the last such day on or before `today` (a day's grace
/// for time zones); the flag says the year came from `today`. A weekday alone dates nothing.
/// One reading of the first lines finds both.
pub fn dateline(text: &str, today: Option<Date>) -> Option<(Date, Span, bool)> {
    let mut year_less: Option<(Date, Span)> = None;
    // The first five lines that hold something, starting within the first 600 bytes.
    let (mut start, mut seen) = (0, 0);
    while seen < 5 && start < text.len().min(600) {
        let end = text[start..].find('\n').map_or(text.len(), |k| start + k);
        let line = &text[start..end];
        if !line.trim().is_empty() {
            seen += 1;
            // A short line is read whole; of a paragraph only its opening, where a dateline is.
            let short = line.len() <= 160;
            let piece = if short { line } else { cut_at_space(line, 120) };
            // A whole date needs a year: four digits in a row; a day without its year a digit.
            let year = piece.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
            let wanted_day = today.filter(|_| year_less.is_none() && piece.bytes().any(|b| b.is_ascii_digit()));
            if year || wanted_day.is_some() {
                let date_line = short && !text[end..].trim().is_empty();
                let (whole, day) = dates_in_head_line(piece, date_line, wanted_day);
                let at = |(d, span): (Date, Span)| (d, Span::new(start + span.start, start + span.end));
                if let Some(found) = whole {
                    let (d, span) = at(found);
                    return Some((d, span, false));
                }
                year_less = year_less.or(day.map(at));
            }
        }
        start = end + 1;
    }
    year_less.map(|(d, span)| (d, span, true))
}

/// The month and day of a date written without a year ("Sept 18", "29 February", "Tuesday,
/// Sept. 1st"), from its words.
fn year_less_day(line: &str, tokens: &[Token], span: Span) -> Option<(u32, u32)> {
    if span.slice(line).as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    let inside = || tokens.iter().filter(|t| span.start <= t.span.start && t.span.end <= span.end).map(|t| t.text(line));
    let month = inside().find_map(|w| month_number(&w.to_lowercase()))?;
    let day = inside().find_map(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let ok = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && one_of!(suffix, "" | "st" | "nd" | "rd" | "th");
        digits.parse::<u32>().ok().filter(|d| ok && (1..=31).contains(d))
    })?;
    Some((month, day))
}

/// The last `month`/`day` on or before `today` plus a day (a dateline may be written a time zone
/// ahead of the reader), within eight years (a 29 February).
fn last_day_before(today: Date, month: u32, day: u32) -> Option<Date> {
    let limit = today.add_days(1);
    (0..8).filter_map(|k| Date::new(today.year - k, month, day)).find(|d| *d <= limit)
}

/// The first `max` bytes of `s`, cut back to a space.
fn cut_at_space(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut k = max;
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    &s[..s[..k].rfind(' ').unwrap_or(0)]
}

/// A whole day in one of an article's first lines that dates the article: the line is the date
/// (with a place, an agency, a byline or "Published" around it; only when `date_line`, a short
/// line with more text below), or a dateline opens it: a place, a comma, the date, then the
/// agency in brackets or a dash. Returns the first whole date so placed and, given `today`, the
/// first day written without its year, dated by [`last_day_before`].
fn dates_in_head_line(line: &str, date_line: bool, today: Option<Date>) -> (Option<(Date, Span)>, Option<(Date, Span)>) {
    let tokens = crate::text::tokenize(line);
    let figures = find_figures(line, &tokens, None);
    let words = |a: usize, z: usize| tokens.iter().filter(|t| t.span.start >= a && t.span.end <= z && t.kind == TokenKind::Word).count();
    let mut day = None;
    for f in figures.iter().filter(|f| f.kind == FigureKind::Date) {
        let whole = f.iso.as_deref().filter(|s| s.len() == 10).and_then(Date::parse_iso);
        let year_less = || today.and_then(|today| year_less_day(line, &tokens, f.span).and_then(|(m, d)| last_day_before(today, m, d)));
        let date = match whole {
            Some(d) => d,
            None if day.is_some() => continue,
            None => match year_less() {
                Some(d) => d,
                None => continue,
            },
        };
        let before = words(0, f.span.start);
        let after = words(f.span.end, line.len());
        // Not a sentence that happens to hold a date.
        let sentence = line.trim_end().ends_with('.') && before + after >= 3;
        let next = line[f.span.end..].trim_start();
        let prefix = line[..f.span.start].trim_end();
        let place = prefix.ends_with(',') && prefix.split_whitespace().all(|w| !w.chars().next().is_some_and(char::is_lowercase));
        let opener = next.strip_prefix('(').or_else(|| next.strip_prefix(['-', '\u{2014}', '\u{2013}'])).map(|r| r.trim_start_matches(['-', ' ']));
        // Not a span of dates ("Hayes, 25 September 1963 - 1 January 1965").
        let agency_or_text = opener.is_some_and(|r| r.starts_with(char::is_alphabetic) && month_number(r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("")).is_none());
        let placed = (date_line && before + after <= 8 && !sentence) || ((1..=5).contains(&before) && place && agency_or_text);
        match (placed, whole.is_some()) {
            (true, true) => return (Some((date, f.span)), day),
            (true, false) => day = Some((date, f.span)),
            _ => {}
        }
    }
    (None, day)
}

/// Scans a text's tokens for figures; `reference` resolves relative dates.
pub fn find_figures(text: &str, tokens: &[Token], reference: Option<Date>) -> Vec<Figure> {
    find_figures_gated(text, tokens, reference, true)
}

/// The year, month, ISO week or day `n` units of time from `r` (back when `n` is negative):
/// "four years ago", "in two weeks".
fn shifted_iso(r: Date, unit: &str, n: i64) -> Option<String> {
    match unit {
        "year" => Some(format!("{:04}", r.year as i64 + n)),
        "month" => {
            let m0 = r.year as i64 * 12 + r.month as i64 - 1 + n;
            Some(format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1))
        }
        "week" => Some(iso_week(r.add_days(7 * n))),
        "day" => Some(r.add_days(n).iso()),
        _ => None,
    }
}

/// A verb of what befell people or things, in the past ("killed", "injured", "destroyed"; "hurt",
/// "missing").
fn participle_word(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || matches!(w, "hurt" | "missing" | "dead")
}

/// Heads of counts that no event befalls: what struck (quakes, storms, blasts) and what
/// someone won, wrote or scored (awards, books, goals).
fn suffers_nothing(h: &str) -> bool {
    const HEADS: &[&str] = &[
        "earthquakes", "quakes", "tremors", "aftershocks", "storms", "cyclones", "hurricanes", "typhoons", "tornadoes", "floods", "blasts", "explosions", "bombs", "missiles",
        "rockets", "drones", "shells", "airstrikes", "strikes", "attacks", "waves", "avalanches", "landslides", "eruptions", "fires", "wildfires", "bushfires", "blazes", "awards", "medals", "titles", "trophies", "prizes",
        "grammys", "oscars", "emmys", "goals", "points", "votes", "seats", "albums", "records", "books", "novels", "films", "songs", "hits", "wins", "victories", "caps", "races",
        "tournaments", "championships", "degrees",
    ];
    HEADS.iter().any(|x| h.eq_ignore_ascii_case(x))
}

/// The text at `at` goes on with such a word, after spaces.
fn participle_then(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|t| t.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next()).is_some_and(participle_word)
}

/// [`participle_then`], or the passive ("were destroyed", "had been detained") after `at`.
fn passive_then(text: &str, at: usize) -> bool {
    let rest = text.get(at..).map_or("", str::trim_start);
    let aux = ["were ", "was ", "had been ", "have been ", "has been "].iter().find_map(|p| rest.strip_prefix(p));
    participle_then(text, at) || aux.is_some_and(|r| participle_then(r, 0))
}

/// [`find_figures`], optionally without the word gate (tests check that the gate drops nothing).
fn find_figures_gated(text: &str, tokens: &[Token], reference: Option<Date>, gated: bool) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let ws = Words::new(text, tokens);
    let g = Grammar { floor: std::cell::Cell::new(0), skip_to: std::cell::Cell::new(0), text, tokens, ws: &ws, reference, nums: std::cell::RefCell::new(vec![None; tokens.len()]) };
    let urls = url_ranges(text);
    let mut u = 0;
    let starts = if gated { g.start_flags() } else { vec![true; tokens.len()] };
    let mut i = 0;
    while i < tokens.len() {
        // Numbers inside web addresses ("…?q=30%25") are not figures. The addresses are sorted
        // and apart, and tokens only move on: one step through them for the whole text.
        let at = tokens[i].span.start;
        while u < urls.len() && urls[u].end <= at {
            u += 1;
        }
        if urls.get(u).is_some_and(|r| r.start <= at) {
            i += 1;
            continue;
        }
        // Most words cannot open a figure: skip the grammar for them. Nor is the number of a
        // stock index one ("the S&P 500").
        if !starts[i] || (tokens[i].kind == TokenKind::Number && units::stock_index(text, tokens, i).is_some()) {
            i += 1;
            continue;
        }
        // "net zero", "net-zero", "ground zero", "zero tolerance", "a zero-sum game": names of
        // aims and ideas, not counts; nor are "sub-zero" and "below-zero" temperatures.
        if tokens[i].kind == TokenKind::Word
            && g.w(i) == "zero"
            && (matches!(g.w(i.wrapping_sub(1)), "net" | "ground") || (g.w(i.wrapping_sub(1)) == "-" && matches!(g.w(i.wrapping_sub(2)), "net" | "sub" | "below" | "above")) || g.w(i + 1) == "tolerance" || (g.w(i + 1) == "-" && g.w(i + 2) == "sum"))
        {
            i += 1;
            continue;
        }
        // "by 1130 GMT": four digits before a time zone are a clock time, not a year.
        let clock = if tokens[i].kind == TokenKind::Number && g.zone_after(i) { g.time(i) } else { None };
        // A year in an event's name is the event's year, no count ("the Paris 2024 Olympics",
        // "lost at Beijing 2008 and Tokyo 2020"); before a plural the grammar reads on ("Reuters
        // 2000 staff" is a count).
        let named_year = (tokens[i].kind == TokenKind::Number && year_in_name(text, tokens, i) && !looks_plural(&g.w(i + 1).to_lowercase())).then(|| {
            let mut f = Figure::new(tok_span(i, i + 1), FigureKind::Date);
            f.iso = Some(tokens[i].text(text).to_string());
            (f, i + 1)
        });
        let found = named_year.or(clock).or_else(|| g.date(i)).or_else(|| g.time(i)).or_else(|| g.ordinal(i)).or_else(|| g.age_decade(i)).or_else(|| g.decade_band(i)).or_else(|| g.amount(i)).or_else(|| g.ratio_word(i));
        match found {
            // Figures never overlap: one that would reach back into the previous one is dropped.
            // Nor does one end inside a word: the "4" of "4chan", the "3" of "3D" (units and
            // suffixes the grammar knows, "10km" or "5th", were read into the figure).
            Some((mut f, end)) if end > i && f.span.start >= g.floor.get() && !(!matches!(f.kind, FigureKind::Date | FigureKind::Time) && tokens[end - 1].kind == TokenKind::Number && tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.space_before)) => {
                g.date_context(&mut f);
                f.span = Span::new(tokens[f.span.start].span.start, tokens[f.span.end - 1].span.end);
                if matches!(f.kind, FigureKind::Count | FigureKind::Money | FigureKind::Percent | FigureKind::Quantity) || f.counted.is_some() {
                    f.event = g.event_near(i, end);
                    // The head word of what is counted, which the checks below read.
                    let head = f.counted.as_deref().and_then(|c| c.split_whitespace().last());
                    // "eliminate 1,800 positions" is a job cut, not a killing.
                    let jobs = head.is_some_and(|h| {
                        one_of!(h.to_lowercase().as_str(), "jobs" | "positions" | "posts" | "roles" | "workers" | "employees" | "staff" | "job" | "position")
                    });
                    if jobs && matches!(f.event, Some("killed")) && start_word(&g, i, &["eliminate", "eliminated", "eliminating", "eliminates"]) {
                        f.event = Some("cut");
                    }
                    // "1,900 deaths in 24 countries": places counted suffer no event but damage; nor
                    // do shelters ("sent to 2,300 evacuation centres": those in them are displaced).
                    if head.is_some_and(counts_places) && f.event != Some("damaged") {
                        f.event = None;
                    }
                    // What struck, and what someone won, wrote or scored, suffer nothing: "the death
                    // toll from two powerful earthquakes" counts quakes, "the crooner who won 20
                    // Grammy awards, died on Friday" awards, not the dead.
                    if head.is_some_and(suffers_nothing) {
                        f.event = None;
                    }
                    // Buildings are not killed but damaged ("300 people and 1,182 houses were buried").
                    let buildings = head.is_some_and(|h| {
                        one_of!(h, "houses" | "homes" | "buildings" | "dwellings" | "structures" | "shops" | "huts" | "schools" | "churches" | "mosques")
                    });
                    if buildings && f.event == Some("killed") {
                        f.event = Some("damaged");
                    }
                    // A fire's containment is no event of what is counted ("was 5% contained,
                    // forcing the evacuation of 31,000").
                    if f.kind == FigureKind::Percent && g.w(end) == "contained" {
                        f.event = None;
                    }
                    // The people who live in a place suffer nothing of what happens to it ("Mamuju,
                    // the capital of about 110,000 people, was badly damaged").
                    if i >= 2 && g.w(i - 1) == "of" && one_of!(g.w(i - 2), "city" | "town" | "village" | "country" | "nation" | "province" | "region" | "island" | "capital" | "metropolis" | "population") {
                        f.event = None;
                    }
                    // Bodies are dead, whatever else the sentence says ("13 bodies had been recovered
                    // and nine people were still missing").
                    if head.is_some_and(|h| matches!(h, "bodies" | "corpses")) {
                        f.event = Some("killed");
                    }
                    // "faces three other criminal cases" are cases at law, not of an illness.
                    if f.event == Some("infected") && f.counted.as_deref().is_some_and(|c| c.split_whitespace().any(|w| one_of!(w, "criminal" | "court" | "legal" | "civil" | "corruption" | "fraud" | "lawsuits" | "pending" | "federal" | "bankruptcy" | "antitrust"))) {
                        f.event = None;
                    }
                    // "could save thousands of lives" is no death toll.
                    if f.event == Some("killed") && start_word(&g, i, &["save", "saved", "saves", "saving", "spare", "spared"]) {
                        f.event = None;
                    }
                    // "cut" says what happened to jobs only ("cut taxes", "cut its roster" are not events).
                    if !jobs && f.event == Some("cut") {
                        f.event = None;
                    }
                    // Money and measures are damaged, never killed or jailed ("jailed over a $1.2bn
                    // fraud", "a magnitude 6.8 quake killed…"); a share
                    // of "the missing funds" or of those "held" is not a count of people missing or held.
                    let for_people = matches!(f.kind, FigureKind::Count | FigureKind::Ratio) || f.counted.is_some();
                    // (Money and measures lose theirs at the end, after the passes that make them.)
                    if !for_people && matches!(f.event, Some("missing" | "detained" | "held")) {
                        f.event = None;
                    }
                }
                out.push(f);
                i = end;
                g.floor.set(end);
            }
            _ => i = (i + 1).max(g.skip_to.get()),
        }
    }
    combine_bounds(text, &mut out);
    days_in_order(text, &mut out);
    months_of_that_year(text, &mut out);
    unit_ranges(&g, &mut out);
    between_amounts(&g, &mut out);
    number_of(&g, &mut out);
    share_time_units(text, &mut out);
    durations_set_against(text, &mut out);
    compound_durations(text, &mut out);
    exchange_rates(&g, &mut out);
    per_unit_prices(&g, &mut out);
    counts_per_time(&g, &mut out);
    quantities_per_time(&g, &mut out);
    rates_per_population(&g, &mut out);
    listed_ages(text, &mut out);
    vote_tallies(&g, &mut out);
    carry_units(text, &mut out);
    counts_compared_across_a_date(text, &mut out);
    money_said_once(text, &mut out);
    local_currencies(&g, &mut out);
    // Those "held" are detained when they are people, or when nothing is counted (known only
    // now: "down from 61 it held" counts the seats named before it).
    for f in out.iter_mut().filter(|f| f.event == Some("held")) {
        let people = f.counted.as_deref().and_then(|c| c.split_whitespace().last()).is_none_or(|h| people_head(&h.to_lowercase()));
        f.event = people.then_some("detained");
    }
    periods_over(text, &mut out);
    // The passes above can make a count money or a measure ("held steady at about 129 to the
    // dollar" is a rate of exchange): as when first found, money and measures are damaged only.
    // A measure is damaged only as land, a weight or a volume ("100,000 hectares burned", "500
    // tonnes of grain destroyed"): a wind's speed, a wave's height or the rain is what did it
    // ("winds of up to 135 kph uprooted trees" had been a damaged speed).
    for f in out.iter_mut().filter(|f| matches!(f.kind, FigureKind::Money | FigureKind::Quantity)) {
        let damageable = f.kind == FigureKind::Money || f.unit.as_deref().is_some_and(|u| {
            one_of!(u, "ha" | "acre" | "km²" | "m²" | "ft²" | "mi²" | "t" | "kg" | "g" | "lb" | "oz" | "Mt" | "Gt" | "m³" | "L" | "gal" | "bbl")
        });
        if f.event != Some("damaged") || !damageable {
            f.event = None;
        }
    }
    out
}

/// "1.2 trillion pesos" in a report from Chile are Chilean pesos: a currency name that several
/// countries use, written bare, is the one of the country the text names most (by its name,
/// its people or its capital); with no such country named it keeps its usual reading (pesos are
/// Mexican, rupees Indian, francs Swiss, dinars Kuwaiti, shillings Kenyan). Dollars are left
/// alone: "per dollar" and "the dollar" are the US dollar in news from anywhere.
fn local_currencies(g: &Grammar, figs: &mut [Figure]) {
    let bare = |f: &Figure| -> Option<Candidates> {
        if f.kind != FigureKind::Money {
            return None;
        }
        let last = g.tokens.partition_point(|t| t.span.end <= f.span.end).checked_sub(1)?;
        let w = g.w(last);
        // Named with the country's adjective ("Chilean pesos"): nothing to guess.
        if last > 0 && units::currency_name(&format!("{} {w}", g.w(last - 1))).is_some() {
            return None;
        }
        units::countries_using(w)
    };
    if !figs.iter().any(|f| bare(f).is_some()) {
        return;
    }
    let mut countries = CurrencyCountries::new(g);
    for f in figs.iter_mut() {
        let Some(candidates) = bare(f) else { continue };
        if let Some(code) = countries.code(candidates) {
            f.unit = Some(code.to_string());
        } else if std::ptr::eq(candidates, units::CROWNS) {
            // No country of crowns named: the number counts crowns, the word out of its span.
            let last = g.tokens.partition_point(|t| t.span.end <= f.span.end);
            if last >= 2 && g.tokens[last - 2].span.start >= f.span.start {
                f.kind = FigureKind::Count;
                f.unit = None;
                f.span.end = g.tokens[last - 2].span.end;
                f.counted = Some(g.tokens[last - 1].text(g.text).to_string());
            }
        }
    }
}

/// The countries that call their currency by one name, with their codes and cue words.
type Candidates = &'static [(&'static str, &'static [&'static str])];

/// Which country's currency a shared name ("pesos", "dinars", "crowns") means in this text: the
/// one whose cue words (country, people, capital) the text names most; worked out once per name
/// (a long text may hold thousands of amounts in pesos).
struct CurrencyCountries<'g, 'a> {
    g: &'g Grammar<'a>,
    decided: Vec<(Candidates, Option<&'static str>)>,
}

impl<'g, 'a> CurrencyCountries<'g, 'a> {
    fn new(g: &'g Grammar<'a>) -> Self {
        CurrencyCountries { g, decided: Vec::new() }
    }

    /// The code the text points to, None when it names none of the countries.
    fn code(&mut self, candidates: Candidates) -> Option<&'static str> {
        if let Some(d) = self.decided.iter().find(|d| std::ptr::eq(d.0, candidates)) {
            return d.1;
        }
        let g = self.g;
        // How often each candidate's cue words appear, in one pass over the text (multi-word cues
        // by their first word and what follows): cues indexed by their first word.
        let mut by_first: FastMap<&str, Vec<(usize, Vec<&str>)>> = FastMap::default();
        for (ci, &(_, cues)) in candidates.iter().enumerate() {
            for c in cues {
                let parts: Vec<&str> = c.split(' ').collect();
                by_first.entry(parts[0]).or_default().push((ci, parts));
            }
        }
        let mut counts = vec![0usize; candidates.len()];
        for i in 0..g.tokens.len() {
            let w = g.w(i);
            // Cheap first: every cue starts with a letter.
            if !w.starts_with(|c: char| c.is_alphabetic()) {
                continue;
            }
            let Some(cues) = by_first.get(w) else { continue };
            // A word counts once for a candidate, as the first of its cues that matches. A place
            // in capitals opening a line is where the story is filed from ("PRAGUE 1996-08-14"),
            // whose money a bare "crowns" means: it counts three times.
            let t = &g.tokens[i];
            let dateline = (i == 0 || t.newline_before) && t.text(g.text).len() > 1 && !t.text(g.text).bytes().any(|b| b.is_ascii_lowercase());
            let mut seen: Vec<usize> = Vec::new();
            for (ci, parts) in cues {
                if !seen.contains(ci) && parts.iter().enumerate().skip(1).all(|(k, p)| g.w(i + k) == *p) {
                    seen.push(*ci);
                    counts[*ci] += if dateline { 3 } else { 1 };
                }
            }
        }
        let mut best: Option<(&'static str, usize)> = None;
        for (&(code, _), &n) in candidates.iter().zip(&counts) {
            if n > 0 && best.is_none_or(|(_, b)| n > b) {
                best = Some((code, n));
            }
        }
        self.decided.push((candidates, best.map(|b| b.0)));
        best.map(|b| b.0)
    }
}

/// Exchange rates: "the yen … to 152.30 per dollar", "the rand was bid at 4.5350 against the
/// dollar": a bare number before "per" / "to the" / "against the" and a currency is the price of
/// that currency in the one the sentence named before it ("the yen"), unit "JPY/USD". With no
/// such currency named, the number stays a count.
/// "$9,320 a tonne", "$87.50 per share", "4,000 pula a month": a price or a rate is money per
/// thing, written in the unit as the exchange rates' pairs are ("USD/tonne": the price in
/// dollars of one tonne; "cent/share" for "14 cents a share"). Not when the next figure starts
/// there.
fn per_unit_prices(g: &Grammar, figs: &mut [Figure]) {
    for n in 0..figs.len() {
        let f = &figs[n];
        // A currency's code, or its hundredth ("96 cents a share" → "cent/share").
        if f.kind != FigureKind::Money || !f.unit.as_deref().is_some_and(|u| (u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase())) || u == "cent" || u == "pence") {
            continue;
        }
        let k = g.tokens.partition_point(|t| t.span.start < f.span.end);
        if g.tokens.get(k).is_none_or(|t| t.sent_start) {
            continue;
        }
        // "$120 million annually" is "$120 million a year".
        let adverb = match g.w(k) {
            "annually" | "yearly" => Some("year"),
            "monthly" => Some("month"),
            "weekly" => Some("week"),
            "daily" => Some("day"),
            _ => None,
        };
        if let Some(per) = adverb {
            let f = &mut figs[n];
            f.unit = f.unit.take().map(|u| format!("{u}/{per}"));
            continue;
        }
        if !matches!(g.w(k), "a" | "an" | "per" | "each") {
            continue;
        }
        // What one unit is, and the token that ends its name: "180 euros per megawatt hour" (or
        // "-hour") is energy's price, as "per MWh"; "a metric ton" ends at its noun.
        let (per, last) = match g.w(k + 1) {
            unit @ ("megawatt" | "kilowatt" | "gigawatt") => {
                let hour = if g.w(k + 2) == "hour" { k + 2 } else if g.w(k + 2) == "-" && g.w(k + 3) == "hour" { k + 3 } else { continue };
                (match unit { "megawatt" => "MWh", "kilowatt" => "kWh", _ => "GWh" }, hour)
            }
            "metric" if matches!(g.w(k + 2), "ton" | "tonne") => ("tonne", k + 2),
            w => (
                match w {
                    "mwh" => "MWh",
                    "kwh" => "kWh",
                    "mmbtu" => "MMBtu",
                    "therm" => "therm",
                    "tonne" => "tonne",
                    "ton" => "ton",
                    "barrel" => "barrel",
                    "ounce" | "oz" => "ounce",
                    "share" => "share",
                    "day" => "day",
                    "week" => "week",
                    "month" => "month",
                    "year" => "year",
                    "hour" => "hour",
                    "kilo" | "kilogram" | "kg" => "kg",
                    "litre" | "liter" => "litre",
                    "gallon" => "gallon",
                    "head" | "person" => "person",
                    "night" => "night",
                    "bushel" => "bushel",
                    _ => continue,
                },
                k + 1,
            ),
        };
        if figs.get(n + 1).is_some_and(|next| next.span.start < g.tokens[last].span.end) {
            continue;
        }
        // The span stays the amount (as the Recognizers-Text specs mark it: "$ 98" of "$ 98 a
        // share"); the unit says what it is paid for.
        let f = &mut figs[n];
        f.unit = f.unit.take().map(|u| format!("{u}/{per}"));
    }
}

/// "nearly 33 a day", "400 cars a day", "20 cigarettes per day": a count in a span of time is a
/// rate; its unit says so ("per day"), as money's does ("USD/day"). The counted words may stand
/// between; not "a day after", "a year earlier" (a date), nor across another figure.
fn counts_per_time(g: &Grammar, figs: &mut [Figure]) {
    for n in 0..figs.len() {
        let f = &figs[n];
        if f.kind != FigureKind::Count || f.unit.is_some() || !matches!(f.qualifier, Qualifier::Exact | Qualifier::Approx | Qualifier::Over | Qualifier::Under | Qualifier::AtLeast | Qualifier::AtMost) {
            continue;
        }
        let j = g.tokens.partition_point(|t| t.span.start < f.span.end);
        let limit = figs.get(n + 1).map_or(usize::MAX, |x| x.span.start);
        // Right after it, or after what it counts.
        let k = j + f.counted.as_deref().map_or(0, |c| c.split_whitespace().count());
        if k >= g.tokens.len() || (k > j && g.tokens[j..=k].iter().skip(1).any(|t| t.sent_start)) || g.tokens[k].span.start >= limit || !matches!(g.w(k), "a" | "an" | "per" | "each") {
            continue;
        }
        let Some(per) = time_per(g, k + 1) else { continue };
        if g.tokens.get(k + 1).is_some_and(|t| t.span.end > limit) {
            continue;
        }
        figs[n].unit = Some(format!("per {per}"));
    }
}

/// The span of time a rate is counted in, at token `k` after "a", "an" or "per" ("a day", "per
/// annum" → "year"); not the start of a date ("a day after", "a year earlier", "a week ago").
fn time_per(g: &Grammar, k: usize) -> Option<&'static str> {
    let t = match g.w(k) {
        "day" => "day",
        "week" => "week",
        "month" => "month",
        "year" | "annum" => "year",
        "hour" => "hour",
        "minute" => "minute",
        "second" => "second",
        _ => return None,
    };
    (!one_of!(g.w(k + 1), "after" | "before" | "earlier" | "later" | "ago" | "of" | "to" | "or" | "and" | "-" | "old")).then_some(t)
}

/// "2 million tonnes a year", "3,000 cubic metres per second", "a 650,000 barrel-per-day
/// refinery": a quantity in a span of time is a rate; its unit says so ("t/year", "m³/s",
/// "bbl/d", as "bpd" reads). Glued by hyphens, the words of time join the span. Not "a day
/// after", "a year earlier" (a date), nor across another figure.
fn quantities_per_time(g: &Grammar, figs: &mut [Figure]) {
    for n in 0..figs.len() {
        let f = &figs[n];
        let Some(unit) = f.unit.as_deref().filter(|u| f.kind == FigureKind::Quantity && !u.contains('/') && !one_of!(*u, "°" | "°C" | "°F" | "mph" | "km/h" | "kn" | "MW" | "GW" | "kW" | "magnitude")) else {
            continue;
        };
        let j = g.tokens.partition_point(|t| t.span.start < f.span.end);
        let limit = figs.get(n + 1).map_or(usize::MAX, |x| x.span.start);
        // "barrel-per-day": hyphens on both sides of "per", all glued.
        let hyphens = g.w(j) == "-" && g.w(j + 1) == "per" && g.w(j + 2) == "-" && (j..j + 4).all(|k| g.glued(k));
        let k = if hyphens { j + 1 } else { j };
        if k + 1 >= g.tokens.len() || g.tokens[k].sent_start || g.tokens[k + 1].span.end > limit || !matches!(g.w(k), "a" | "an" | "per") {
            continue;
        }
        let per = match time_per(g, k + 1 + hyphens as usize) {
            Some("day") => "d",
            Some("hour") => "h",
            Some("minute") => "min",
            Some("second") => "s",
            Some(t) => t,
            None => continue,
        };
        let unit = format!("{unit}/{per}");
        if hyphens {
            figs[n].span.end = g.tokens[j + 3].span.end;
        }
        figs[n].unit = Some(unit);
    }
}

/// "45 cases per 100,000 people", "2.1 deaths per 1,000 births", "a rate of 12 per 100,000": the
/// number after "per" is the population the first is counted in, no count of its own (it was
/// "100,000 people infected"). The first figure keeps its span and takes the unit "per 100,000
/// people".
fn rates_per_population(g: &Grammar, figs: &mut Vec<Figure>) {
    let mut drop = vec![false; figs.len()];
    let mut n = 0;
    while n + 1 < figs.len() {
        let (f, next) = (&figs[n], &figs[n + 1]);
        let base = next.value.filter(|v| *v >= 10.0 && v.log10().fract() == 0.0);
        if f.kind != FigureKind::Count || f.unit.is_some() || next.kind != FigureKind::Count || next.qualifier != Qualifier::Exact || base.is_none() {
            n += 1;
            continue;
        }
        // "per" right before the second, with at most a counted phrase between them.
        let k = g.tokens.partition_point(|t| t.span.start < next.span.start);
        let j = g.tokens.partition_point(|t| t.span.start < f.span.end);
        if k == 0 || g.w(k - 1) != "per" || k - 1 < j || k - 1 > j + 4 || (j..k - 1).any(|x| g.tokens[x].sent_start || g.tokens[x].kind != TokenKind::Word) {
            n += 1;
            continue;
        }
        let what = next.counted.as_deref().map_or(String::new(), |c| format!(" {c}"));
        figs[n].unit = Some(format!("per {}{what}", g.text[next.span.start..next.span.end].trim()));
        drop[n + 1] = true;
        n += 2;
    }
    let mut i = 0;
    figs.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
    // "1,608 cases per million people", "3 deaths per thousand": the base in a scale word alone,
    // no figure of its own.
    for f in figs.iter_mut() {
        if f.kind != FigureKind::Count || f.unit.is_some() {
            continue;
        }
        let j = g.tokens.partition_point(|t| t.span.start < f.span.end);
        let Some(k) = (j..(j + 5).min(g.tokens.len())).find(|&k| g.w(k) == "per") else { continue };
        if (j..k).any(|x| g.tokens[x].sent_start || g.tokens[x].kind != TokenKind::Word) || g.tokens.get(k + 1).is_none_or(|t| t.sent_start) {
            continue;
        }
        if !matches!(g.w(k + 1), "hundred" | "thousand" | "million" | "billion") || g.is_num(k + 2) {
            continue;
        }
        let what = g.counted(k + 2, false).map_or(String::new(), |c| format!(" {c}"));
        f.unit = Some(format!("per {}{what}", g.tokens[k + 1].text(g.text)));
    }
}

/// The hours "a.m." / "p.m." add to a clock time (0 or 12); tokenized text writes the sentence's
/// full stop apart from them ("before 8.30 a.m ..", "by 6 p.m .").
fn meridiem(w: &str) -> Option<u32> {
    match w {
        "a.m." | "a.m" | "am" => Some(0),
        "p.m." | "p.m" | "pm" => Some(12),
        _ => None,
    }
}

/// "the House voted 314-117", "approved by a 9-0 vote", "a 5-4 ruling": a vote's tally is two
/// counts of votes, for and against, where the grammar left it alone as a score ("won 6-4"
/// stays none).
fn vote_tallies(g: &Grammar, figs: &mut Vec<Figure>) {
    let t = g.tokens;
    let small = |k: usize| t[k].kind == TokenKind::Number && (1..=3).contains(&g.w(k).len()) && g.w(k).bytes().all(|b| b.is_ascii_digit());
    let mut found = Vec::new();
    for i in 0..t.len().saturating_sub(2) {
        if !small(i) || g.w(i + 1) != "-" || !g.glued(i + 1) || !g.glued(i + 2) || !small(i + 2) {
            continue;
        }
        // Not one link of a longer chain ("3-1-2").
        if (i > 0 && g.w(i - 1) == "-" && g.glued(i)) || (g.w(i + 3) == "-" && g.glued(i + 3)) {
            continue;
        }
        let (a, b) = (t[i].span, t[i + 2].span);
        if !voted_before(g.text, a.start) && !matches!(g.w(i + 3), "vote" | "votes" | "ruling" | "decision") {
            continue;
        }
        // (The figures are sorted and apart: one look at the first that ends past the tally.)
        let at = figs.partition_point(|f| f.span.end <= a.start);
        if figs.get(at).is_none_or(|f| f.span.start >= b.end) {
            for sp in [a, b] {
                let mut f = Figure::new(sp, FigureKind::Count);
                let v = g.w(if sp == a { i } else { i + 2 }).parse::<f64>().ok();
                (f.value, f.low, f.high) = (v, v, v);
                f.counted = Some("votes".into());
                found.push(f);
            }
        }
    }
    if !found.is_empty() {
        // Both lists are sorted: one merge.
        let old = std::mem::take(figs);
        let mut found = found.into_iter().peekable();
        for f in old {
            while found.peek().is_some_and(|n| n.span.start < f.span.start) {
                figs.extend(found.next());
            }
            figs.push(f);
        }
        figs.extend(found);
    }
}

/// "aged 67, 71 and 84": bare numbers listed right after an age are ages too.
fn listed_ages(text: &str, figs: &mut [Figure]) {
    for n in 1..figs.len() {
        let (prev, cur) = (&figs[n - 1], &figs[n]);
        if prev.kind != FigureKind::Age || cur.kind != FigureKind::Count || cur.unit.is_some() || cur.counted.is_some() || cur.qualifier != Qualifier::Exact {
            continue;
        }
        let between = text.get(prev.span.end..cur.span.start).unwrap_or("x").trim();
        // Not a compound after it ("a 13-month-old, six-party coalition").
        let compound = text.get(cur.span.end..).is_some_and(|r| r.starts_with('-'));
        if one_of!(between, "," | "and" | "or" | ", and" | ", or") && !compound && cur.value.is_some_and(|v| v.fract() == 0.0 && (0.0..=130.0).contains(&v)) {
            let unit = prev.unit.clone();
            let f = &mut figs[n];
            f.kind = FigureKind::Age;
            f.unit = unit;
        }
    }
}

fn exchange_rates(g: &Grammar, figs: &mut [Figure]) {
    let mut countries = CurrencyCountries::new(g);
    for n in 0..figs.len() {
        let f = &figs[n];
        if f.kind != FigureKind::Count || f.unit.is_some() || f.counted.is_some() || !matches!(f.qualifier, Qualifier::Exact | Qualifier::Approx) {
            continue;
        }
        let k = g.tokens.partition_point(|t| t.span.start < f.span.end);
        let (quote, end) = match (g.w(k), g.w(k + 1)) {
            ("per" | "a", _) => (currency_name_at(g, k + 1), k + 2),
            ("to" | "against", "the") => (currency_name_at(g, k + 2), k + 3),
            _ => continue,
        };
        let Some(quote) = quote else { continue };
        if end > g.tokens.len() || figs.get(n + 1).is_some_and(|next| next.span.start < g.tokens[end - 1].span.end) {
            continue;
        }
        // The currency priced: "the yen", "the rand" earlier in the sentence (a dozen words back);
        // a name several countries use by the country the text names ("the peso" in Chile).
        let first = g.tokens.partition_point(|t| t.span.start < f.span.start);
        let mut base = None;
        let mut j = first;
        // "The shilling has lost about 22 percent against the dollar this year, trading at
        // 153.50 per dollar": twenty words back, within the sentence.
        while j > 1 && first - j < 20 && !g.tokens[j].sent_start {
            j -= 1;
            if g.w(j - 1) == "the" {
                if let Some(c) = currency_name_at(g, j).filter(|&c| c != quote) {
                    base = Some(units::countries_using(g.w(j)).and_then(|cands| countries.code(cands)).unwrap_or(c));
                    break;
                }
            }
            // "the Kenyan shilling", "the South African rand": the name with its country.
            if j >= 2 && g.w(j - 2) == "the" && g.tokens[j - 1].kind == TokenKind::Word {
                let (adj, name) = (g.w(j - 1), g.w(j));
                let by_name = units::currency_name(&format!("{adj} {name}")).or_else(|| units::currency_name(&format!("{adj} {name}s")));
                let by_country = || units::countries_using(name).and_then(|cands| cands.iter().find(|(_, cues)| cues.contains(&adj)).map(|c| c.0));
                if let Some(c) = by_name.or_else(by_country).filter(|&c| c != quote) {
                    base = Some(c);
                    break;
                }
            }
        }
        let Some(base) = base else { continue };
        let f = &mut figs[n];
        f.kind = FigureKind::Money;
        f.unit = Some(format!("{base}/{quote}"));
        f.span = Span::new(f.span.start, g.tokens[end - 1].span.end);
    }
}

/// The first `n` words of the text between two figures, lower case, commas dropped.
fn link_words(between: &str, n: usize) -> Vec<String> {
    between.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).take(n).map(str::to_lowercase).collect()
}

/// Words that set a count against an earlier one ("up from", "compared with", "183 seats
/// against 88").
fn compares(link: &[&str]) -> bool {
    matches!(link, ["from"] | ["up", "from"] | ["down", "from"] | ["compared", "with"] | ["compared", "to"] | ["against"] | ["versus"] | ["vs"] | ["vs."])
}

/// True when the word before `at` is a form of "vote" ("voted 110 to 35"), or a court's ruling
/// ("ruling 6-3", "ruled 5-4": its judges' votes).
fn voted_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let prev = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(prev.to_ascii_lowercase().as_str(), "voted" | "vote" | "votes" | "voting" | "ruled" | "ruling")
}

/// "raises contributions by 7 points over nine years", "rain forecast over 24 hours": "over"
/// before a length of time is the period something happens in, not "more than" it, unless a
/// word before it measures a length ("lasted over two hours", "for over a decade", "the first
/// time in over 20 years", "took over a year") or "ago" follows. The period is the length alone.
fn periods_over(text: &str, figs: &mut [Figure]) {
    for f in figs.iter_mut().filter(|f| f.kind == FigureKind::Duration && f.qualifier == Qualifier::Over) {
        let Some(rest) = text.get(f.span.start..f.span.end).and_then(|t| t.strip_prefix("over ").or_else(|| t.strip_prefix("Over "))) else { continue };
        let (before, after) = (text.get(..f.span.start).unwrap_or("").trim_end(), text.get(f.span.end..).unwrap_or(""));
        let prev = before.rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').next().unwrap_or("").to_ascii_lowercase();
        let measures = one_of!(
            prev.as_str(),
            "for" | "in" | "after" | "of" | "than" | "within" | "lasted" | "lasting" | "last" | "lasts" | "took" | "take" | "takes" | "taking" | "spent"
                | "spend" | "spending" | "served" | "serving" | "waited" | "waiting" | "been" | "be" | "is" | "was" | "are" | "were" | "aged" | "ago" | "since" | "have" | "has" | "had" | "the"
        );
        // "over 20 years ago" reaches back more than 20 years.
        let ago = after.trim_start().starts_with("ago");
        // "Over two years, the firm …" opens a sentence with its period; "Over 50 years." answers
        // how long.
        let opening = text.get(f.span.start..).is_some_and(|t| t.starts_with('O')) && !after.starts_with(',');
        // "examined over 200 hours of footage": a length of a thing recorded or done, measured.
        let material = {
            let mut w = after.split_whitespace();
            w.next() == Some("of")
                && w.next().is_some_and(|n| {
                    let n = n.trim_end_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
                    one_of!(
                        n.as_str(),
                        "footage" | "video" | "videos" | "recordings" | "recording" | "audio" | "tape" | "tapes" | "testimony" | "work" | "training" | "flight" | "flying" | "service" | "community" | "music" | "content" | "material" | "interviews" | "evidence" | "cctv" | "overtime" | "volunteer"
                    )
                })
        };
        if measures || ago || opening || material {
            continue;
        }
        f.span = Span::new(f.span.end - rest.len(), f.span.end);
        f.qualifier = Qualifier::Exact;
        f.low = f.value;
        f.high = f.value;
    }
}

/// "44 mining deaths last year, down from 49 in 2022", "arrested 12 people on Monday, compared
/// with 30", "2,200 deaths on the route so far this year, up from 1,400": a bare count compared
/// with a count before it in the same clause, a date or two between them, counts the same
/// (`carry_units` reads neighbours only; here a date sits between the two).
fn counts_compared_across_a_date(text: &str, figs: &mut [Figure]) {
    for i in 2..figs.len() {
        let (head, tail) = figs.split_at_mut(i);
        let b = &mut tail[0];
        if b.kind != FigureKind::Count || b.counted.is_some() || b.unit.is_some() {
            continue;
        }
        // The figure before the comparison is a date, and before it (past one more date) a count.
        let Some(j) = (i.saturating_sub(2)..i).rev().take_while(|&j| head[j].kind == FigureKind::Date).last().filter(|&j| j > 0) else { continue };
        let (a, date, last) = (&head[j - 1], &head[j], &head[i - 1]);
        if a.kind != FigureKind::Count {
            continue;
        }
        let Some(counted) = a.counted.as_deref() else { continue };
        // What the first count counts, a few words with no clause's end among them, the date, then
        // the comparison right before the second count.
        let (Some(before), Some(after)) = (text.get(a.span.end..date.span.start), text.get(last.span.end..b.span.start)) else { continue };
        let before = before.trim_start();
        let words = before.get(counted.len()..).filter(|_| before.starts_with(counted)).map(|w| w.split_whitespace().count());
        if !words.is_some_and(|n| n <= 6) || before.contains(['.', ';', ':', '(', ')', '"', '?', '!']) || after.contains(['.', ';']) {
            continue;
        }
        let link = link_words(after, 3);
        if compares(&link.iter().map(String::as_str).collect::<Vec<_>>()) {
            b.counted = Some(counted.to_string());
        }
    }
}

/// The words after "N of" that make N a part of a whole named next ("two of the ships").
/// A word for the chance of an event before "of" ("a 50% higher risk of death").
fn chance_word(w: &str) -> bool {
    one_of!(w, "risk" | "risks" | "chance" | "chances" | "odds" | "likelihood" | "probability" | "danger")
}

/// A head word of what is counted that names places or shelters: "1,900 deaths in 24
/// countries", "sent to 2,300 evacuation centres" (those in them suffer the event, not they).
fn counts_places(head: &str) -> bool {
    one_of!(
        head,
        "countries" | "states" | "cities" | "provinces" | "districts" | "regions" | "nations" | "counties" | "territories" | "towns" | "villages"
            | "centres" | "centers" | "centre" | "center" | "camps" | "camp" | "shelters" | "shelter" | "sites" | "site"
    )
}

const PART_OF: [&str; 7] = ["the", "its", "their", "his", "her", "our", "these"];

/// "38 billion euros, up from 24 billion", "a target of 520 euros from 450", "2% of output,
/// up from 1.6", "cut to 35 hours from 38": a bare number compared with an amount of money, a
/// percentage or a measure right before it is in the same unit, written once (not after "and":
/// "$4.25 and 32 items"); "from $3 to $4 billion": the old level's scale is the new one's.
fn carry_units(text: &str, figs: &mut [Figure]) {
    // Only the word before it: never the whole text before (a long text has many such pairs).
    let from_before = |at: usize| {
        text.get(..at).map(str::trim_end).is_some_and(|t| {
            t.len() >= 4 && t.is_char_boundary(t.len() - 4) && t[t.len() - 4..].eq_ignore_ascii_case("from") && !t[..t.len() - 4].ends_with(|c: char| c.is_alphanumeric())
        })
    };
    for i in 1..figs.len() {
        let (head, tail) = figs.split_at_mut(i);
        let (a, b) = (&mut head[i - 1], &mut tail[0]);
        // "earned $1.64 per share, above estimates of $1.60": an amount of the same money and
        // size right after a price per share, in its clause, is per share too.
        if a.kind == FigureKind::Money && b.kind == FigureKind::Money {
            let per_share = a.unit.as_deref().and_then(|u| u.strip_suffix("/share"));
            let near = text.get(a.span.end..b.span.start).is_some_and(|t| !t.contains(['.', ';', '?', '!']) && t.split_whitespace().count() <= 8);
            let size = matches!((a.value, b.value), (Some(x), Some(y)) if x > 0.0 && y > 0.0 && x / y < 3.0 && y / x < 3.0);
            if per_share.is_some() && per_share == b.unit.as_deref() && near && size {
                b.unit = a.unit.clone();
            }
        }
        // "rose from $3 to $4 billion", "from 3 to 4 million": the scale written once, after the
        // new level, is the old one's too (when that makes the two of a size).
        let from_to = from_before(a.span.start) && text.get(a.span.end..b.span.start).is_some_and(|t| t.trim() == "to");
        if from_to && (a.kind == b.kind || a.kind == FigureKind::Count) && (a.unit == b.unit || a.unit.is_none()) && a.qualifier == Qualifier::Exact {
            let scale = |f: &Figure| {
                let t = text.get(f.span.start..f.span.end).unwrap_or("").to_ascii_lowercase();
                [(" trillion", 1e12), (" billion", 1e9), ("bn", 1e9), (" million", 1e6), ("mln", 1e6)].iter().find(|(w, _)| t.contains(w)).map(|&(_, x)| x)
            };
            if let (None, Some(x), Some(av), Some(bv)) = (scale(a), scale(b), a.value, b.value) {
                if av < 1e3 && av * x <= bv * 10.0 && av * x >= bv / 10.0 {
                    for v in [&mut a.value, &mut a.low, &mut a.high] {
                        *v = v.map(|v| v * x);
                    }
                }
            }
        }
        // Counts: "took 144 seats, up from 119" counts seats twice; "172 of the 343 seats"
        // counts seats first too.
        if a.kind == FigureKind::Count && b.kind == FigureKind::Count {
            let Some(between) = text.get(a.span.end..b.span.start) else { continue };
            // The words after the first count start with what it counts ("144 seats, up from").
            let between = a.counted.as_deref().and_then(|c| between.trim_start().strip_prefix(c)).unwrap_or(between);
            let link = link_words(between, 4);
            let link: Vec<&str> = link.iter().map(String::as_str).collect();
            // "killed 53,000 people in Turkey and some 6,000 in Syria", "killing 37 people and
            // injuring more than 400,": a second count that stands alone before a place or the
            // clause's end counts what the first one did, in the same clause.
            let alone = text.get(b.span.end..).is_some_and(|t| {
                let t = t.trim_start();
                t.is_empty() || t.starts_with([',', '.', ';', ')']) || ["in ", "at ", "from ", "on ", "across "].iter().any(|p| t.starts_with(p))
            });
            let elided = match link.as_slice() {
                [p, .., "and"] if link.len() <= 4 => one_of!(*p, "in" | "at" | "from" | "on" | "across"),
                ["and", verb] => verb.len() > 4 && (verb.ends_with("ing") || verb.ends_with("ed")),
                _ => false,
            };
            // "by 40 votes to 7", "won three sets to one": the second counts what the first did.
            // Not "pitches to 11 of the 29 batters" (a part of another whole).
            let score = link.as_slice() == ["to"] && !between.contains([',', '.', ';']) && !text.get(b.span.end..).is_some_and(|t| t.trim_start().starts_with("of "));
            // "1,409,255 votes, about 165,000 more than his opponent": a margin over the first
            // count, in its unit.
            let margin = link.is_empty()
                && between.trim() == ","
                && text.get(b.span.end..).is_some_and(|t| {
                    let t = t.trim_start();
                    ["more", "fewer", "less"].iter().any(|m| t.strip_prefix(m).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
                });
            // "won 1.52 million votes, ahead of Atiku Abubakar of the PDP with 1.05 million and
            // Peter Obi with 970,000": a bare count after "with" that ends its phrase, in the
            // first one's sentence a few words on, counts the same.
            // (Not after a count of the span something took: "dismissed for 197 in 49.2 overs,
            // with Flower top-scoring with 59" are runs.)
            let within = text.get(..a.span.start).is_some_and(|t| t.trim_end().ends_with(" in"));
            let with = b.unit.is_none()
                && !within
                && text[..b.span.start].trim_end().strip_suffix("with").is_some_and(|t| t.ends_with(char::is_whitespace))
                && !between.contains(['.', ';', '?', '!', '(', ':'])
                && between.split_whitespace().count() <= 14
                && text.get(b.span.end..).is_some_and(|t| {
                    let t = t.trim_start();
                    t.is_empty() || t.starts_with([',', '.', ';', ')']) || t.starts_with("and ") || t.starts_with("or ")
                });
            // "The LDP won 191 seats, down from 247, while Komeito took 24, for a combined 215,
            // short of the 233 needed": a bare whole number right after a verb of winning (or
            // "a combined"), or before "needed", in the first one's sentence, that ends its phrase
            // counts the same.
            let won = b.unit.is_none()
                && b.value.is_some_and(|v| v.fract() == 0.0)
                && !between.contains(['.', ';', '?', '!', '(', ':'])
                && between.split_whitespace().count() <= 12
                && {
                    let last = between.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
                    let after = text.get(b.span.end..).unwrap_or("").trim_start();
                    let closes = after.is_empty() || after.starts_with([',', '.', ';', ')']) || ["in ", "and ", "against ", "to "].iter().any(|p| after.starts_with(p));
                    (one_of!(last, "took" | "won" | "win" | "winning" | "taking" | "gained" | "secured" | "captured" | "combined") && closes)
                        || (last == "the" && ["needed", "required"].iter().any(|w| after.starts_with(w)))
                };
            if b.counted.is_none() && a.counted.is_some() && (score || compares(&link) || with || won || (margin && b.unit.is_none())) {
                b.counted = a.counted.clone();
            } else if score && a.counted.is_none() && b.counted.is_none() && a.unit.is_none() && b.unit.is_none() && voted_before(text, a.span.start) {
                // "Lawmakers voted 110 to 35": votes, both.
                a.counted = Some("votes".to_string());
                b.counted = Some("votes".to_string());
            } else if b.counted.is_none() && b.unit.is_none() && a.counted.is_some() && elided && alone && !between.contains(['.', ';', '(']) {
                // "killing one soldier and wounding two": two soldiers.
                b.counted = a.counted.as_deref().map(|c| if a.value == Some(1.0) && b.value != Some(1.0) { plural_of(c) } else { c.to_string() });
                // The event is the first one's only where no verb of its own came between.
                if b.event.is_none() && link[0] != "and" {
                    b.event = a.event;
                }
            } else if b.counted.is_none() && b.unit.is_none() && a.counted.is_some() && a.event.is_some() && b.event.is_some() && passive_then(text, b.span.end) && {
                // "At least 43 people were killed and more than 300 injured", "2,400 homes
                // were destroyed and another 9,000 damaged", "1,900 homes were damaged and nearly
                // 400 were destroyed": a second count right before its own verb in the past (or
                // its passive), after "and" and the first count's verb, counts the same.
                let words: Vec<&str> = between.split_whitespace().take(8).collect();
                !between.contains(['.', ';', '(', ':']) && words.len() <= 6 && matches!(words.as_slice(), [.., "and"] | [.., "and", "another" | "a" | "further"] | [.., "and", "a", "further"])
                    && words.iter().any(|w| participle_word(w))
            } {
                b.counted = a.counted.clone();
            } else if a.counted.is_none()
                && b.counted.is_some()
                // "38 of 41 economists" ("nine out of 10 voters" is one ratio)
                && (link.as_slice() == ["of"]
                    || matches!(link.as_slice(), ["of", d] | ["of", d, "last" | "first" | "next" | "previous" | "remaining" | "top" | "bottom"] if PART_OF.contains(d))
                    // "22 of the state's 35 districts", "29 of Nigeria's 36 states" (tokenized:
                    // "of Nigeria 's 36 states", "of the state 's 35 districts")
                    || matches!(link.as_slice(), ["of", "the", w] | ["of", w] if w.ends_with("'s") || w.ends_with("’s"))
                    || matches!(link.as_slice(), ["of", _, "'s" | "’s"] | ["of", "the", _, "'s" | "’s"]))
            {
                a.counted = b.counted.clone();
                // "Five of the 12 miners were killed", "killing five of the six crew": the part
                // suffered the event, not the whole.
                if a.event.is_none() {
                    a.event = b.event;
                }
                b.event = None;
                // "killed 1,200 people in 31 of the 36 states": the states suffered no event.
                if a.counted.as_deref().and_then(|c| c.split_whitespace().last()).is_some_and(counts_places) && a.event != Some("damaged") {
                    a.event = None;
                }
            }
            continue;
        }
        // "rose 1.6 points to 33.7%", "fell by almost 20 points to 23.7%": a change in points
        // before a new level in percent is in percentage points; in basis points before a rate
        // to the hundredth ("bill rates shed five points to 9.93 percent").
        if a.kind == FigureKind::Count && a.unit.is_none() && matches!(a.counted.as_deref(), Some("points" | "point")) && b.kind == FigureKind::Percent && b.unit.as_deref() == Some("%") && text.get(a.span.end..b.span.start).is_some_and(|t| matches!(t.trim(), "points to" | "point to")) {
            let hundredths = text.get(b.span.start..b.span.end).and_then(|t| t.split_once('.')).is_some_and(|(_, d)| d.bytes().take_while(u8::is_ascii_digit).count() >= 2);
            a.kind = FigureKind::Percent;
            a.unit = Some(if hundredths { "bp" } else { "pp" }.into());
            a.counted = None;
            // The span takes the word in.
            if let Some(k) = text[a.span.end..].find("point") {
                let w = if text[a.span.end + k..].starts_with("points") { 6 } else { 5 };
                a.span.end += k + w;
            }
            continue;
        }
        // "rose from 2 to 3 percent": the old level is in the new one's unit.
        if a.kind == FigureKind::Count && a.unit.is_none() && a.counted.is_none() && matches!(b.kind, FigureKind::Money | FigureKind::Percent | FigureKind::Quantity) {
            if from_to {
                a.kind = b.kind;
                a.unit = b.unit.clone();
            }
            continue;
        }
        let measure = matches!(a.kind, FigureKind::Quantity | FigureKind::Duration);
        if !(measure || matches!(a.kind, FigureKind::Money | FigureKind::Percent)) || a.unit.is_none() {
            continue;
        }
        if b.kind != FigureKind::Count || b.unit.is_some() || b.counted.is_some() {
            continue;
        }
        let Some(between) = text.get(a.span.end..b.span.start) else { continue };
        let link: Vec<&str> = between.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).take(3).collect();
        let compared = compares(&link);
        if measure {
            // "cut to 35 hours from 38", "down to 20 km from 25": the old level of a measure
            // reached by "to", of its size (not a year: "to 20 km from 2019"; not a clock: "for
            // 2.5 hours from 9").
            let near = matches!((a.value, b.value), (Some(av), Some(bv)) if bv <= av * 10.0 && bv >= av / 10.0 && !(bv.fract() == 0.0 && (1800.0..=2100.0).contains(&bv)));
            let to_level = text.get(..a.span.start).is_some_and(|t| t.trim_end().ends_with(" to"));
            if near && to_level && matches!(link.as_slice(), ["from"] | ["up", "from"] | ["down", "from"]) {
                b.kind = a.kind;
                b.unit = a.unit.clone();
            }
            continue;
        }
        // "gained 300 lira to 8,600" is a price; "rose 0.7 percent to 1,156.79" an index's level.
        let to = link.as_slice() == ["to"] && a.kind == FigureKind::Money;
        // "a fee of 34 million euros, which could rise to 60 million": a verb of change and "to".
        let rises = a.kind == FigureKind::Money && !between.contains(['.', ';', '?', '!', '(']) && {
            let words: Vec<&str> = between.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
            words.len() <= 5
                && words.last() == Some(&"to")
                && words.iter().any(|w| one_of!(*w, "rise" | "rising" | "rose" | "risen" | "climb" | "climbed" | "climbing" | "increase" | "increased" | "increasing" | "grow" | "grew" | "growing" | "reach" | "reached" | "reaching" | "fall" | "fell" | "falling" | "drop" | "dropped" | "dropping" | "jump" | "jumped" | "swell" | "swelled" | "soar" | "soared"))
        };
        let to = to || rises;
        // "net income of 1.1 billion euros, against a loss of 2.9 billion": a sum of the same
        // sentence named by a money word and written with its scale.
        let sum = a.kind == FigureKind::Money && !between.contains(['.', ';', '?', '!']) && between.split_whitespace().count() <= 8 && {
            let words: Vec<&str> = between.split_whitespace().rev().take(2).collect();
            matches!(words.as_slice(), ["of", n] if one_of!(n.to_lowercase().as_str(), "loss" | "losses" | "profit" | "profits" | "deficit" | "surplus" | "revenue" | "revenues" | "sales" | "income" | "debt" | "debts" | "turnover" | "budget"))
        } && text.get(b.span.start..b.span.end).is_some_and(|t| [" billion", "bn", " million", "mln", " trillion"].iter().any(|w| t.to_lowercase().ends_with(w)));
        if sum {
            b.kind = a.kind;
            b.unit = a.unit.clone();
            continue;
        }
        if compared || to {
            b.kind = a.kind;
            b.unit = a.unit.clone();
            // "fell to 15 million markka from 39": the scale is written once too.
            let bare = text.get(b.span.start..b.span.end).is_some_and(|t| !t.chars().any(char::is_alphabetic));
            let lower = text.get(a.span.start..a.span.end).unwrap_or("").to_lowercase();
            let scale = [(" trillion", 1e12), (" billion", 1e9), ("bn", 1e9), (" million", 1e6), ("mln", 1e6)].iter().find(|(w, _)| lower.contains(w)).map(|&(_, x)| x);
            if let (true, Some(x)) = (bare, scale) {
                for v in [&mut b.value, &mut b.low, &mut b.high] {
                    *v = v.map(|v| v * x);
                }
            }
        }
    }
}

/// A sum with its scale but not its currency, where the sentence has just named the currency:
/// "46 million and 45 million euros respectively", "a profit of 1.43 billion euros …, almost
/// three times the 480 million it made a year earlier", "45 million euros plus up to 15 million
/// in add-ons". The count takes the currency of the money next after it (joined by "and"/"or"),
/// or of the last money before it in the sentence with no count, percentage or measure between
/// (a conversion in parentheses, "($48.6 million)", is passed over). Not a count of something
/// ("200 million passengers") nor a count without a scale word ("the 480 it made").
fn money_said_once(text: &str, figs: &mut [Figure]) {
    let scale_word = |f: &Figure, end: bool| {
        let t = text.get(f.span.start..f.span.end).unwrap_or("").to_ascii_lowercase();
        [" million", " billion", " trillion", "bn", "mln"].iter().any(|w| if end { t.ends_with(w) } else { t.contains(w) })
    };
    let scaled = |f: &Figure| scale_word(f, true);
    let has_scale = |f: &Figure| scale_word(f, false);
    let bare = |f: &Figure| f.kind == FigureKind::Count && f.unit.is_none() && f.counted.is_none() && scaled(f);
    let in_parens = |f: &Figure| {
        text.get(..f.span.start).is_some_and(|t| t.trim_end().ends_with('(')) && text.get(f.span.end..).is_some_and(|t| t.trim_start().starts_with(')'))
    };
    let sentence_break = |a: usize, b: usize| text.get(a..b).is_none_or(|t| t.contains(['\n', ';', '?', '!']) || t.contains(". "));
    for i in 0..figs.len() {
        if !bare(&figs[i]) {
            continue;
        }
        // "46 million and 45 million euros": the money right after, joined by "and" or "or".
        let joined = figs.get(i + 1).filter(|n| n.kind == FigureKind::Money && has_scale(n) && text.get(figs[i].span.end..n.span.start).is_some_and(|t| matches!(t.trim(), "and" | "or"))).and_then(|n| n.unit.clone());
        if let Some(unit) = joined {
            figs[i].kind = FigureKind::Money;
            figs[i].unit = Some(unit);
            continue;
        }
        // The last money before it in the sentence (a few figures and 300 bytes back at most:
        // a text of nothing but dates must not make each count read all of it).
        let mut k = i;
        while k > 0 && i - k < 8 {
            k -= 1;
            let f = &figs[k];
            if figs[i].span.start.saturating_sub(f.span.end) > 300 || sentence_break(f.span.end, figs[i].span.start) {
                break;
            }
            match f.kind {
                FigureKind::Date | FigureKind::Time | FigureKind::Duration | FigureKind::Ratio | FigureKind::Ordinal | FigureKind::Age => continue,
                FigureKind::Money if in_parens(f) => continue,
                FigureKind::Money if f.unit.is_some() => {
                    let unit = f.unit.clone();
                    figs[i].kind = FigureKind::Money;
                    figs[i].unit = unit;
                    break;
                }
                _ => break,
            }
        }
    }
}

/// The plural of a counted phrase's last word ("police officer" → "police officers").
fn plural_of(phrase: &str) -> String {
    let (head, last) = phrase.rsplit_once(' ').map_or(("", phrase), |(h, l)| (h, l));
    let plural = match last {
        "person" => "people".to_string(),
        "man" => "men".to_string(),
        "woman" => "women".to_string(),
        "child" => "children".to_string(),
        w if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") => format!("{}ies", &w[..w.len() - 1]),
        w if w.ends_with('s') || w.ends_with('x') || w.ends_with("ch") || w.ends_with("sh") => format!("{w}es"),
        w => format!("{w}s"),
    };
    if head.is_empty() {
        plural
    } else {
        format!("{head} {plural}")
    }
}

/// Byte ranges of web addresses (http://…, https://…, www.…) up to the next whitespace, sorted,
/// overlapping ones merged ("https://www.…" is found twice).
pub(crate) fn url_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for pat in ["http://", "https://", "www."] {
        let mut from = 0;
        while let Some(p) = text[from..].find(pat) {
            let a = from + p;
            let b = text[a..].find(char::is_whitespace).map_or(text.len(), |e| a + e);
            out.push(a..b);
            from = b;
        }
    }
    crate::order::sort_by_key(&mut out, |r| r.start);
    let mut merged: Vec<std::ops::Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(m) if r.start <= m.end => m.end = m.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Two figures read as one range from `lo` to `hi` over `span`: the second's kind and unit, what
/// the first counts (else the second) and its event (else the second's).
fn joined_range(a: &Figure, b: &Figure, span: Span, lo: f64, hi: f64) -> Figure {
    let mut f = b.clone();
    f.span = span;
    f.qualifier = Qualifier::Range;
    f.value = None;
    f.low = Some(lo);
    f.high = Some(hi);
    f.counted = a.counted.clone().or_else(|| b.counted.clone());
    f.event = a.event.or(b.event);
    f
}

/// "The number of people killed … has risen to 41": a count reached by "the number of X" earlier
/// in its sentence counts X.
fn number_of(g: &Grammar, figs: &mut [Figure]) {
    for f in figs.iter_mut() {
        if f.kind != FigureKind::Count || f.counted.is_some() {
            continue;
        }
        let i = g.tokens.partition_point(|t| t.span.start < f.span.start);
        if i == 0 || !one_of!(g.w(i - 1), "to" | "from" | "at" | "reached" | "hit" | "is" | "was" | "stood" | "stands") {
            continue;
        }
        // Back to the sentence start for "number of" and the plural noun after it.
        let mut j = i;
        while j > 0 && !g.tokens[j].sent_start && i - j < 30 {
            j -= 1;
            if g.w(j) == "number" && g.w(j + 1) == "of" && looks_plural(g.w(j + 2)) && g.tokens[j + 2].kind == TokenKind::Word {
                f.counted = Some(g.tokens[j + 2].text(g.text).to_string());
                // "the number of people killed": the event is said there too.
                if f.event.is_none() {
                    f.event = event_of(g.w(j + 3), g.w(j + 4));
                }
                break;
            }
        }
    }
}

/// "between 1.2% and 1.5%", "between $5 and $9 a share": two amounts in the same unit after
/// "between" are one range (the grammar's range reads one unit written after both).
fn between_amounts(g: &Grammar, figs: &mut Vec<Figure>) {
    merge_neighbours(figs, |a, b| {
        let k = g.tokens.partition_point(|t| t.span.start < a.span.start);
        let joined = g.text.get(a.span.end..b.span.start).is_some_and(|t| t.trim() == "and");
        let same = a.kind == b.kind && matches!(a.kind, FigureKind::Percent | FigureKind::Money) && a.unit == b.unit && a.qualifier == Qualifier::Exact && b.qualifier == Qualifier::Exact;
        if k > 0 && g.w(k - 1) == "between" && joined && same {
            if let (Some(lo), Some(hi)) = (a.value, b.value) {
                if lo < hi {
                    return Some(joined_range(a, b, Span::new(g.tokens[k - 1].span.start, b.span.end), lo, hi));
                }
            }
        }
        None
    });
}

/// "two or three weeks", "seven and nine years": a bare count before a length of time shares
/// its unit. With "or" the two are one range (2–3 weeks); with "and" two lengths.
fn share_time_units(text: &str, figs: &mut Vec<Figure>) {
    merge_neighbours(figs, |a, b| {
        let between = text.get(a.span.end..b.span.start).map_or("", str::trim);
        let bare = a.kind == FigureKind::Count && a.counted.is_none() && a.unit.is_none() && a.qualifier == Qualifier::Exact;
        let unit_word = text.get(b.span.start..b.span.end).and_then(|t| t.split_whitespace().last()).map(str::to_lowercase);
        let factor = unit_word.as_deref().and_then(units::time_unit).map(|(_, x)| x);
        // "three or four times as many", "some 3 or 4 times": one ratio range.
        let loose = a.kind == FigureKind::Count && a.counted.is_none() && a.unit.is_none() && matches!(a.qualifier, Qualifier::Exact | Qualifier::Approx);
        // "two or three goals", "5 or 6 people": one count range of what the second counts.
        let counts = b.kind == FigureKind::Count && a.value.is_some_and(|v| v.fract() == 0.0) && b.value.is_some_and(|v| v.fract() == 0.0);
        let times = b.kind == FigureKind::Ratio && unit_word.as_deref() == Some("times");
        if loose && (times || counts) && b.qualifier == Qualifier::Exact && between == "or" {
            if let (Some(av), Some(bv)) = (a.value, b.value) {
                // Neighbours, not alternatives ("500 or 1,600 jobs", "10 bln or 10 tln").
                if av < bv && bv <= 2.5 * av {
                    return Some(joined_range(a, b, Span::new(a.span.start, b.span.end), av, bv));
                }
            }
        }
        if !(bare && b.kind == FigureKind::Duration && b.qualifier == Qualifier::Exact && matches!(between, "or" | "and")) {
            return None;
        }
        let (Some(x), Some(av), Some(bv)) = (factor, a.value, b.value) else { return None };
        let a_len = av * x;
        if between == "or" && a_len < bv {
            return Some(joined_range(a, b, Span::new(a.span.start, b.span.end), a_len, bv));
        }
        if between == "and" {
            a.kind = FigureKind::Duration;
            a.unit = b.unit.clone();
            a.value = Some(a_len);
            a.low = a.value;
            a.high = a.value;
        }
        None
    });
}

/// "wait 10 years, instead of five", "12 years, up from eight": a bare count set against a
/// length of time right before it is a length in the same unit.
fn durations_set_against(text: &str, figs: &mut [Figure]) {
    for k in 1..figs.len() {
        let (a, b) = (&figs[k - 1], &figs[k]);
        let between = text.get(a.span.end..b.span.start).map_or("", |t| t.trim_matches(|c: char| c == ',' || c.is_whitespace()));
        let bare = b.kind == FigureKind::Count && b.counted.is_none() && b.unit.is_none() && b.qualifier == Qualifier::Exact;
        if a.kind == FigureKind::Duration && a.qualifier == Qualifier::Exact && bare && matches!(between, "instead of" | "rather than" | "up from" | "down from") {
            let unit = a.unit.clone();
            figs[k].kind = FigureKind::Duration;
            figs[k].unit = unit;
        }
    }
}

/// "1 hour 24 minutes", "two years and six months", "3 min, 20 sec": one length, in the smaller
/// unit (84 minutes, 30 months, 200 seconds), when the smaller part is less than one larger unit.
fn compound_durations(text: &str, figs: &mut Vec<Figure>) {
    let per = |big: &str, small: &str| -> Option<f64> {
        Some(match (big, small) {
            ("year", "month") => 12.0,
            ("week", "day") => 7.0,
            ("day", "hour") => 24.0,
            ("hour", "minute") | ("minute", "second") => 60.0,
            _ => return None,
        })
    };
    merge_neighbours(figs, |a, b| {
        let between = text.get(a.span.end..b.span.start).map_or("x", str::trim);
        let joined = matches!(between, "" | "and" | "," | ", and");
        let both = a.kind == FigureKind::Duration && b.kind == FigureKind::Duration && b.qualifier == Qualifier::Exact && a.qualifier != Qualifier::Range;
        let (true, true, Some(av), Some(bv), Some(au), Some(bu)) = (joined, both, a.value, b.value, a.unit.as_deref(), b.unit.as_deref()) else { return None };
        let k = per(au, bu).filter(|&k| bv < k && av.fract() == 0.0)?;
        let v = av * k + bv;
        let mut f = a.clone();
        f.span = Span::new(a.span.start, b.span.end);
        f.value = Some(v);
        f.low = a.low.map(|_| v);
        f.high = a.high.map(|_| v);
        f.unit = b.unit.clone();
        Some(f)
    });
}

/// A figure whose words write a year out: four digits in a row ("Nov. 30, 2021", "in 1991").
fn writes_a_year(text: &str, f: &Figure) -> bool {
    f.span.slice(text).as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// "runs from June 1 to Nov. 30": two days named without a year and joined as a span run
/// forward. Each took its year alone (the last such day up to the reference date, in news), so
/// the end could fall a year before the start (a reference in September had made "Nov. 30" the
/// last one); the end then moves a year on. Not days that give their year. A first day without
/// its year before a last day with one takes the last day's year, or the one before when it
/// would fall after it ("from Dec. 1 to Jan. 31, 2021").
fn days_in_order(text: &str, figs: &mut [Figure]) {
    let day = |f: &Figure| {
        let iso = f.iso.as_deref().unwrap_or("");
        f.kind == FigureKind::Date && iso.len() == 10 && iso.as_bytes()[4] == b'-'
    };
    let has_year = |f: &Figure| writes_a_year(text, f);
    for k in 1..figs.len() {
        let (a, b) = (&figs[k - 1], &figs[k]);
        if !day(a) || !day(b) || has_year(a) {
            continue;
        }
        let between = text.get(a.span.end..b.span.start).map_or("", str::trim);
        let before = text[..a.span.start].trim_end();
        let joined = one_of!(between, "to" | "through" | "until" | "till" | "-" | "–") || (between == "and" && before.ends_with("between"));
        let (Some(da), Some(db)) = (a.iso.as_deref().and_then(Date::parse_iso), b.iso.as_deref().and_then(Date::parse_iso)) else { continue };
        if !joined {
            continue;
        }
        if has_year(b) {
            let year = if (da.month, da.day) > (db.month, db.day) { db.year - 1 } else { db.year };
            if let Some(x) = Date::new(year, da.month, da.day) {
                figs[k - 1].iso = Some(x.iso());
            }
        } else if b.iso < a.iso {
            if let Some(next) = Date::new(db.year + 1, db.month, db.day).filter(|n| Some(n.iso()) >= a.iso) {
                figs[k].iso = Some(next.iso());
            }
        }
    }
}

/// "in October of that year", "on March 3 the same year": a month or day named without its year
/// and then tied to the year last written out before it takes that year (it had taken the
/// reference's), and the words that tie it join its span.
fn months_of_that_year(text: &str, figs: &mut [Figure]) {
    let written_year = |f: &Figure| {
        f.kind == FigureKind::Date && writes_a_year(text, f) && f.iso.as_deref().is_some_and(|i| i.len() >= 4 && i.as_bytes()[..4].iter().all(u8::is_ascii_digit))
    };
    let mut year: Option<String> = None;
    for f in figs.iter_mut() {
        if written_year(f) {
            year = f.iso.as_deref().map(|i| i[..4].to_string());
            continue;
        }
        let Some(y) = year.as_deref() else { continue };
        if f.kind != FigureKind::Date {
            continue;
        }
        // The month and day: from the date's value, or (with no reference date to give it one)
        // from its words ("October", "May 4", "Sept. 12").
        let md = match f.iso.as_deref() {
            Some(iso) if (iso.len() == 7 || iso.len() == 10) && iso.as_bytes()[4] == b'-' => Some(iso[4..].to_string()),
            Some(_) => None,
            None => {
                let mut words = f.span.slice(text).split_whitespace();
                let m = words.next().and_then(|m| month_number(&m.trim_end_matches('.').to_lowercase()));
                let d = words.next().filter(|d| *d != ".").map(|d| d.parse::<u32>().ok().filter(|d| (1..=31).contains(d)));
                match (m, d) {
                    (Some(m), None) => Some(format!("-{m:02}")),
                    (Some(m), Some(Some(d))) => Some(format!("-{m:02}-{d:02}")),
                    _ => None,
                }
            }
        };
        let Some(md) = md else { continue };
        let rest = &text[f.span.end..];
        let tail = ["of that year", "that year", "of the same year", "the same year", "that same year", "of that same year"]
            .iter()
            .find_map(|p| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(p)).filter(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '\'')).map(|_| p.len() + 1));
        if let Some(n) = tail {
            f.iso = Some(format!("{y}{md}"));
            f.span.end += n;
        }
    }
}

/// "above 1000 and below 1500", "at most 100 and at least 20": a lower and an upper bound of the
/// same kind, joined by "and" / "but" / a comma, make one range.
fn combine_bounds(text: &str, figs: &mut Vec<Figure>) {
    let lower = |f: &Figure| matches!(f.qualifier, Qualifier::Over | Qualifier::AtLeast);
    let upper = |f: &Figure| matches!(f.qualifier, Qualifier::Under | Qualifier::AtMost);
    merge_neighbours(figs, |a, b| {
        let between = text.get(a.span.end..b.span.start).map_or("", str::trim);
        let joined = one_of!(between, "and" | "but" | "," | ", and" | ", but");
        let pair = (lower(a) && upper(b)) || (upper(a) && lower(b));
        // A unit written once, after the second bound, applies to both ("above 1000 and below 1500 euros").
        let same_kind = (a.kind == b.kind && a.unit == b.unit) || (a.kind == FigureKind::Count && a.unit.is_none());
        if joined && pair && same_kind {
            let (lo, hi) = if lower(a) { (a.low, b.high) } else { (b.low, a.high) };
            if let (Some(l), Some(h)) = (lo, hi) {
                if l < h {
                    return Some(joined_range(a, b, Span::new(a.span.start, b.span.end), l, h));
                }
            }
        }
        None
    });
}

/// "2.5C to 2.9C", "5% to 7% of GDP", "between 5% and 7%": two measures of one unit joined by "to"
/// (or "and" after "between") are one range. Not after "from" or a verb of change ("rose from 10km
/// to 20km", "cut 3% to 2%": a change from one level to the next, two figures).
fn unit_ranges(g: &Grammar, figs: &mut Vec<Figure>) {
    let text = g.text;
    merge_neighbours(figs, |a, b| {
        let measure = matches!(a.kind, FigureKind::Quantity | FigureKind::Percent) && a.kind == b.kind && a.unit.is_some() && a.unit == b.unit;
        let exact = |f: &Figure| f.qualifier == Qualifier::Exact && f.value.is_some();
        // "a 25- to 30-metre vessel", "a 3- to 4-hour drive": the unit written once, after the
        // second number, the first left hanging on its hyphen.
        let hanging = a.kind == FigureKind::Count
            && a.unit.is_none()
            && a.counted.is_none()
            && matches!(b.kind, FigureKind::Quantity | FigureKind::Duration)
            && b.unit.is_some()
            && text.get(a.span.end..b.span.start).is_some_and(|t| t.starts_with('-') && matches!(t[1..].trim(), "to" | "or"))
            && text.get(b.span.start..b.span.end).is_some_and(|t| t.trim_end_matches(char::is_alphabetic).ends_with('-'));
        if hanging && exact(a) && exact(b) {
            let (lo, hi) = (a.value?, b.value?);
            return (lo < hi).then(|| joined_range(a, b, Span::new(a.span.start, b.span.end), lo, hi));
        }
        if !measure || !exact(a) || !exact(b) {
            return None;
        }
        let k = g.tokens.partition_point(|t| t.span.start < a.span.start);
        let prev = g.w(k.wrapping_sub(1));
        if k > 0 && (prev == "from" || g.change_verb(k - 1)) {
            return None;
        }
        let between_word = k > 0 && prev == "between";
        let gap = text.get(a.span.end..b.span.start).map_or("", str::trim);
        let joined = gap == "to" || (gap == "and" && between_word);
        let (lo, hi) = (a.value?, b.value?);
        if !joined || lo >= hi {
            return None;
        }
        let start = if between_word { g.tokens[k - 1].span.start } else { a.span.start };
        Some(joined_range(a, b, Span::new(start, b.span.end), lo, hi))
    });
}

/// Walks the figures once, offering each one with the figure before it (as earlier merges left
/// that one) to `merge`, which may return one figure for both or change the first in place. A
/// merge written as a splice inside the walk moved the whole tail each time: "5 or 6 people"
/// 40,000 times over took 3.6 s.
fn merge_neighbours(figs: &mut Vec<Figure>, mut merge: impl FnMut(&mut Figure, &Figure) -> Option<Figure>) {
    let mut out: Vec<Figure> = Vec::with_capacity(figs.len());
    for b in figs.drain(..) {
        if let Some(a) = out.last_mut() {
            if let Some(f) = merge(a, &b) {
                *a = f;
                continue;
            }
        }
        out.push(b);
    }
    *figs = out;
}

struct Grammar<'a> {
    /// First token a figure may start at (the end of the previous figure).
    floor: std::cell::Cell<usize>,
    /// Tokens before this one are read and are no figure ("6-4": a score).
    skip_to: std::cell::Cell<usize>,
    text: &'a str,
    tokens: &'a [Token],
    ws: &'a Words<'a>,
    reference: Option<Date>,
    /// The number parsed at each token, once (the grammar asks for most of them several times).
    nums: std::cell::RefCell<Vec<Option<Option<Num>>>>,
}

/// Figures are built over token indices first (`span` holds token indices until the end).
/// The ISO 8601-2 code of a season's name.
fn season_code(w: &str) -> Option<&'static str> {
    match w {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "autumn" | "fall" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

fn tok_span(a: usize, b: usize) -> Span {
    Span::new(a, b)
}

/// Nouns for a person that take an age in apposition: "the driver, 34, was …", "The Norway
/// striker, 23, scored".
const PERSON_NOUNS: &[&str] = &[
    "activist", "actor", "actress", "artist", "athlete", "author", "boxer", "boy", "brother", "businessman",
    "businesswoman", "candidate", "captain", "champion", "chef", "coach", "cyclist", "daughter", "defender", "director",
    "doctor", "driver", "farmer", "father", "forward", "founder", "girl", "goalkeeper", "golfer", "grandfather",
    "grandmother", "gunman", "husband", "journalist", "lawyer", "leader", "man", "master", "mayor", "midfielder",
    "mother", "musician", "nurse", "officer", "passenger", "pensioner", "pilot", "pitcher", "player", "politician",
    "quarterback", "rapper", "reporter", "resident", "rookie", "runner", "singer", "sister", "soldier", "son", "star",
    "striker", "student", "suspect", "swimmer", "teacher", "teenager", "veteran", "victim", "wife", "winger", "woman",
    "worker", "writer", "youngster"
];

/// Words that open a figure other than through the lexicons below (qualifiers, dates, quarters,
/// vague amounts, ratio words, currency prefixes).
const START_WORDS: &[&str] = &[
    "a", "ad", "an", "between", "coming", "double", "doubled", "doubling", "dozen", "early", "few", "final", "from", "fy", "half",
    "halve", "halved", "halving", "high", "last", "late", "low", "lower", "many", "mid", "midday", "midnight", "next", "noon", "one", "past",
    "quadruple", "quadrupled", "quadrupling", "quarter", "recent", "rs", "rs.", "several", "teens", "the", "this", "thrice",
    "today", "tomorrow", "tonight", "treble", "trebled", "trebling", "triple", "tripled", "tripling", "twice", "upper", "yesterday",
];

impl<'a> Grammar<'a> {
    /// False when no rule of the grammar can find a figure starting at token `i`: a word that
    /// is not a number word, an ordinal, a month or weekday, a qualifier, a currency or one of
    /// [`START_WORDS`]. Numbers, symbols and words with digits or non-ASCII letters always pass.
    /// [`Self::may_start`] for every token, remembered per word form on each thread (the
    /// lexicon checks cost more than the grammar saves on a common word).
    fn start_flags(&self) -> Vec<bool> {
        thread_local! {
            static SEEN: std::cell::RefCell<FastMap<Box<str>, bool>> = Default::default();
        }
        SEEN.with_borrow_mut(|seen| {
            if seen.len() > 1 << 16 {
                seen.clear();
            }
            (0..self.tokens.len())
                .map(|i| {
                    let t = &self.tokens[i];
                    if t.kind != TokenKind::Word {
                        return true;
                    }
                    let raw = t.text(self.text);
                    if let Some(&b) = seen.get(raw) {
                        return b;
                    }
                    let b = self.may_start(i);
                    seen.insert(raw.into(), b);
                    b
                })
                .collect()
        })
    }

    fn may_start(&self, i: usize) -> bool {
        static QUALIFIER_FIRST: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
            let mut v: Vec<&str> = QUALIFIERS.iter().map(|(words, _)| words[0]).collect();
            crate::order::sort(&mut v);
            v.dedup();
            v
        });
        let t = &self.tokens[i];
        if t.kind != TokenKind::Word {
            return true;
        }
        let w = self.w(i);
        if !w.is_ascii() || w.bytes().any(|b| b.is_ascii_digit()) {
            return true;
        }
        START_WORDS.binary_search(&w).is_ok()
            || QUALIFIER_FIRST.binary_search(&w).is_ok()
            || numbers::small_word(w).is_some()
            || numbers::tens_word(w).is_some()
            || numbers::ordinal_value(w).is_some()
            || scale_word(w, true).is_some()
            || vague_word(w).is_some()
            || month_number(w).is_some()
            || weekday_number(w).is_some()
            || units::dollar_prefix(w).is_some()
            || units::currency_letters(t.text(self.text)).is_some()
            || (w == "e" && self.w(i + 1) == "£")
            || (w.len() == 3 && units::iso_currency(t.text(self.text)).is_some())
            // "forties", "sixties": a decade of someone's life
            || numbers::decade_word(w).is_some()
            // "the summer of 2012"
            || season_code(w).is_some()
            // "tenfold"
            || w.ends_with("fold")
    }

    fn w(&self, i: usize) -> &str {
        self.ws.w(i)
    }
    fn num_at(&self, i: usize) -> Option<Num> {
        if i >= self.tokens.len() {
            return None;
        }
        if let Some(n) = self.nums.borrow()[i] {
            return n;
        }
        // The digits after a point glued to a word that ends in digits are that word's: "v2.5",
        // or an amount behind letters no list knows ("P2.5 billion" had been read "5 billion").
        let fraction = i >= 2 && self.is_num(i) && self.glued(i) && self.w(i - 1) == "." && self.glued(i - 1) && self.tokens[i - 2].text(self.text).ends_with(|c: char| c.is_ascii_digit());
        let n = if fraction { None } else { parse_number(self.ws, i) };
        self.nums.borrow_mut()[i] = Some(n);
        n
    }
    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }
    fn is_num(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }
    fn num_val(&self, i: usize) -> Option<u32> {
        if self.is_num(i) {
            self.tokens[i].text(self.text).parse().ok()
        } else {
            None
        }
    }
    /// True when the sentence of token `i`, up to 20 tokens either side, names a temperature:
    /// a scale or degrees ("Celsius", "°"), a glued reading ("35C"), or a word of weather
    /// ("temperatures", "heatwave", "high", "low").
    fn speaks_of_heat(&self, i: usize) -> bool {
        let from = (0..i).rev().take(20).take_while(|&k| !self.tokens[k + 1].sent_start).last().unwrap_or(i);
        let to = (i + 1..self.tokens.len()).take(20).take_while(|&k| !self.tokens[k].sent_start).last().unwrap_or(i);
        (from..=to).filter(|&k| k != i).any(|k| {
            let t = &self.tokens[k];
            one_of!(
                self.w(k),
                "celsius" | "fahrenheit" | "degrees" | "degree" | "°" | "º" | "temperature" | "temperatures" | "temp" | "temps" | "heat" | "heatwave"
                    | "hot" | "hottest" | "warm" | "warmest" | "cold" | "coldest" | "freezing" | "high" | "low" | "highs" | "lows" | "max" | "min" | "weather" | "forecast"
            ) || (k > 0 && t.kind == TokenKind::Word && !t.space_before && matches!(t.text(self.text), "C" | "F") && self.is_num(k - 1))
        })
    }

    /// After "N times" at token `k`: true when the words go on to say what it multiplies ("five
    /// times more", "three times as many", "ten times the amount", "four times larger"), false
    /// when they count occurrences ("met three times last week", "was capped 42 times for the
    /// Netherlands", "twice a day") — in news the more common of the two.
    fn multiplier_after(&self, k: usize) -> bool {
        let w = self.w(k);
        // "twice as high", "twice as many", not "as" opening a clause ("scored twice as Arsenal
        // came from behind", "twice as the crowd sang"): a lower-case word after it, no
        // determiner or pronoun.
        let as_much = w == "as"
            && self.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && t.text(self.text).starts_with(|c: char| c.is_lowercase()))
            && !one_of!(self.w(k + 1), "a" | "an" | "the" | "he" | "she" | "it" | "they" | "we" | "i" | "you" | "his" | "her" | "its" | "their" | "our" | "this" | "that" | "these" | "those" | "well" | "part" | "of");
        as_much || one_of!(w, "more" | "less" | "fewer" | "the" | "that" | "those" | "what" | "its" | "their" | "his" | "her" | "our" | "my" | "your")
            // "paid back five times over", not "five times over the past year".
            || (w == "over" && self.tokens.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct || t.newline_before))
            || (self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && w.len() >= 5
                && w.ends_with("er")
                // (Not a noun or another word in -er: "three times former champion", "a five times
                // offender".)
                && !one_of!(
                    w,
                    "after" | "never" | "ever" | "under" | "other" | "together" | "whether" | "either" | "neither" | "rather" | "later" | "earlier" | "per" | "winner" | "runner"
                        | "player" | "manager" | "former" | "member" | "number" | "offender" | "leader" | "driver" | "rider" | "officer" | "worker" | "order" | "power" | "quarter"
                        | "water" | "border" | "over" | "whenever" | "wherever" | "however" | "answer" | "daughter"
                ))
            || (self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && one_of!(w, "higher" | "lower" | "bigger" | "larger" | "greater" | "smaller"))
            // "6.5 times earnings", "12 times forward profits": a valuation is a multiple.
            || one_of!(w, "earnings" | "sales" | "revenue" | "revenues" | "profit" | "profits" | "ebitda" | "book" | "forward" | "trailing")
    }

    fn cap(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.text(self.text).chars().next().is_some_and(|c| c.is_uppercase()))
    }

    // ---- dates and times -------------------------------------------------------------------

    /// The era written after a year or a century (or "AD" before one): Some(true) before it
    /// ("BC", "B.C.", "BCE"), Some(false) in it ("AD", "A.D.", "CE"); in capitals only.
    fn era(&self, k: usize) -> Option<bool> {
        match self.tokens.get(k).filter(|t| t.kind == TokenKind::Word)?.text(self.text) {
            "BC" | "B.C." | "BCE" | "B.C.E." => Some(true),
            "AD" | "A.D." | "CE" | "C.E." => Some(false),
            _ => None,
        }
    }

    /// "between" before the day at `i` and "and" at `j`, or "from" and "to"/"through"/"until": a
    /// span of days may follow ("between July 10 and 14", "from 10 to 14 July").
    fn days_joined(&self, i: usize, j: usize) -> bool {
        match self.w(i.wrapping_sub(1)) {
            "between" => self.w(j) == "and",
            "from" => matches!(self.w(j), "to" | "through" | "until"),
            _ => false,
        }
    }

    /// A day number's phrase ends at token `k`: punctuation, the end, a year ("… and 14, 2022")
    /// or a word that is no thing counted ("… and 14 in Madrid", not "… and 14 people").
    fn day_ends_phrase(&self, k: usize) -> bool {
        match self.tokens.get(k) {
            None => true,
            Some(t) if t.kind == TokenKind::Punct => true,
            Some(t) if t.kind == TokenKind::Number => self.year_at(k).is_some(),
            Some(_) => COUNTED_STOP.binary_search(&self.w(k)).is_ok(),
        }
    }

    /// Day Month [Year] at token `i` ("5 January 2022", "the 5th of January"), or a span of
    /// days after "from"/"between" ("10 to 14 July").
    fn day_month(&self, i: usize) -> Option<(Figure, usize)> {
        if let Some(d) = self.num_val(i).filter(|&d| (1..=31).contains(&d)) {
            let mut j = i + 1;
            let mut last_day = None;
            if self.days_joined(i, j) && self.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number) && self.cap(j + 2) && month_number(self.w(j + 2)).is_some() {
                if let Some(d2) = self.num_val(j + 1).filter(|&d2| d2 > d && d2 <= 31) {
                    last_day = Some(d2);
                    j += 2;
                }
            }
            if matches!(self.w(j), "st" | "nd" | "rd" | "th") && self.glued(j) {
                j += 1;
            }
            // "the 5th of January"
            if self.w(j) == "of" && j > i + 1 && month_number(self.w(j + 1)).is_some() && self.cap(j + 1) {
                j += 1;
            }
            if let Some(m) = month_number(self.w(j)).filter(|_| self.cap(j)) {
                let abbreviation = self.w(j).len() <= 4 && !matches!(self.w(j), "may" | "june" | "july");
                j += 1;
                // "5 Nov. 2021": the period of an abbreviation, never a sentence's full stop.
                if self.w(j) == "." && self.glued(j) && abbreviation {
                    j += 1;
                }
                let mut year = None;
                // "22 January, 2017": a comma may stand before the year.
                let k = if self.w(j) == "," && self.year_at(j + 1).is_some() { j + 1 } else { j };
                if let Some(y) = self.num_val(k).filter(|&y| (1000..=2200).contains(&y)) {
                    year = Some(y as i32);
                    j = k + 1;
                }
                let mut f = Figure::new(tok_span(i, j), FigureKind::Date);
                let y = year.or_else(|| self.reference.map(|_| self.year_of_month(i, m, Some(d))));
                f.iso = y.and_then(|y| Date::new(y, m, d)).map(|first| match last_day.and_then(|d2| y.and_then(|y| Date::new(y, m, d2))) {
                    Some(e) => format!("{}/{}", first.iso(), e.iso()),
                    None => first.iso(),
                });
                return Some((f, j));
            }
        }
        None
    }

    fn date(&self, i: usize) -> Option<(Figure, usize)> {
        let w = self.w(i);
        if let Some(found) = self.fiscal_year(i) {
            return Some(found);
        }
        // A season or fiscal year across two years: "the 1996/97 season", "2023/2024".
        if let Some(y) = self.year_at(i) {
            if self.w(i + 1) == "/" && self.glued(i + 1) && self.glued(i + 2) && self.is_num(i + 2) {
                let raw = self.tokens[i + 2].text(self.text);
                let next = self.num_val(i + 2).filter(|&n| (raw.len() == 2 && n == (y + 1) % 100) || (raw.len() == 4 && n == y + 1));
                if next.is_some() {
                    let mut f = Figure::new(tok_span(i, i + 3), FigureKind::Date);
                    f.iso = Some(format!("{y:04}/{:04}", y + 1));
                    return Some((f, i + 3));
                }
            }
        }
        // A year of the era: "241 BC", "44 B.C.", "79 AD", "AD 79" (ISO's astronomical years,
        // where 1 BC is year 0: "241 BC" is "-0240").
        let year_of_era = |k: usize| self.num_val(k).filter(|n| (1..=9999).contains(n) && !self.tokens[k].text(self.text).contains([',', '.']));
        let era_iso = |n: u32, bc: bool| if bc { format!("-{:04}", n - 1) } else { format!("{n:04}") };
        if let (Some(n), Some(bc)) = (year_of_era(i), self.era(i + 1)) {
            let mut f = Figure::new(tok_span(i, i + 2), FigureKind::Date);
            f.iso = Some(era_iso(n, bc));
            return Some((f, i + 2));
        }
        if self.era(i) == Some(false) && self.tokens[i].text(self.text).starts_with('A') {
            if let Some(n) = year_of_era(i + 1) {
                let mut f = Figure::new(tok_span(i, i + 2), FigureKind::Date);
                f.iso = Some(era_iso(n, false));
                return Some((f, i + 2));
            }
        }
        // ISO 1996-12-06
        if self.is_num(i) && self.tokens[i].text(self.text).len() == 4 && self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2) && self.w(i + 3) == "-" && self.glued(i + 3) && self.glued(i + 4) {
            if let (Some(y), Some(m), Some(d)) = (self.num_val(i), self.num_val(i + 2), self.num_val(i + 4)) {
                if let Some(date) = Date::new(y as i32, m, d) {
                    let mut f = Figure::new(tok_span(i, i + 5), FigureKind::Date);
                    f.iso = Some(date.iso());
                    return Some((f, i + 5));
                }
            }
        }
        if let Some(found) = self.quarter(i) {
            return Some(found);
        }
        // "the first five months of the year", "the last two weeks of 2023": part of a period.
        if w == "the" && matches!(self.w(i + 1), "first" | "last") {
            if let Some(n) = self.num_at(i + 2).filter(|n| n.start == i + 2 && n.value >= 1.0 && n.value.fract() == 0.0 && n.value <= 52.0) {
                if let Some((unit, _)) = units::time_unit(self.w(n.end)).filter(|_| self.w(n.end + 1) == "of") {
                    let k = n.end + 2;
                    // The year, and where the phrase ends; without a reference date "of the
                    // year" is still the phrase, only its year unknown.
                    let year = if let Some(y) = self.year_at(k) {
                        Some((Some(y as i32), k + 1))
                    } else if matches!(self.w(k), "the" | "this") && self.w(k + 1) == "year" {
                        Some((self.reference.map(|r| r.year), k + 2))
                    } else if self.w(k) == "last" && self.w(k + 1) == "year" {
                        Some((self.reference.map(|r| r.year - 1), k + 2))
                    } else {
                        None
                    };
                    if let Some((y, end)) = year {
                        let mut f = Figure::new(tok_span(i, end), FigureKind::Date);
                        f.value = Some(n.value);
                        f.low = f.value;
                        f.high = f.value;
                        f.unit = Some(unit.to_string());
                        let m = n.value as u32;
                        if let Some(y) = y.filter(|_| unit == "month" && m <= 12) {
                            f.iso = Some(if self.w(i + 1) == "first" { format!("{y:04}-01/{y:04}-{m:02}") } else { format!("{y:04}-{:02}/{y:04}-12", 13 - m) });
                        }
                        return Some((f, end));
                    }
                }
            }
        }
        // "the end of the year", "the start of the month": the current one.
        if w == "the" && matches!(self.w(i + 1), "end" | "start" | "beginning" | "middle") && self.w(i + 2) == "of" && self.w(i + 3) == "the" && matches!(self.w(i + 4), "year" | "month" | "week") && self.w(i + 5) != "of" && !(self.w(i + 5) == "-" && self.glued(i + 5)) {
            let mut f = Figure::new(tok_span(i, i + 5), FigureKind::Date);
            f.iso = self.reference.map(|r| match self.w(i + 4) {
                "year" => format!("{:04}", r.year),
                "month" => format!("{:04}-{:02}", r.year, r.month),
                _ => iso_week(r),
            });
            return Some((f, i + 5));
        }
        // ISO year and month: 2021-03 (a two-digit month after a year, not "1996-97")
        if self.is_num(i) && self.tokens[i].text(self.text).len() == 4 && self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2) && self.tokens.get(i + 2).is_some_and(|t| t.text(self.text).len() == 2) && !(self.w(i + 3) == "-" && self.glued(i + 3)) {
            if let (Some(y), Some(m)) = (self.num_val(i), self.num_val(i + 2)) {
                if (1..=12).contains(&m) && (1000..=2999).contains(&y) && m as i64 != (y as i64 + 1) % 100 {
                    let mut f = Figure::new(tok_span(i, i + 3), FigureKind::Date);
                    f.iso = Some(format!("{y:04}-{m:02}"));
                    return Some((f, i + 3));
                }
            }
        }
        // Numeric dates: 12/06/1996, 3/4/21. Month first unless the first number cannot be a
        // month (25/12/2021); a two-digit year is 19xx from 50 up.
        if self.is_num(i) && self.w(i + 1) == "/" && self.w(i + 3) == "/" && (1..=4).all(|k| self.glued(i + k)) && !(i > 0 && self.w(i - 1) == "/" && self.glued(i)) {
            let ylen = self.tokens.get(i + 4).map_or(0, |t| t.text(self.text).len());
            if let (Some(a), Some(b), Some(y)) = (self.num_val(i), self.num_val(i + 2), self.num_val(i + 4)) {
                let y = match ylen {
                    4 => Some(y as i32),
                    2 => Some(if y >= 50 { 1900 + y as i32 } else { 2000 + y as i32 }),
                    _ => None,
                };
                let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                if let Some(date) = y.and_then(|y| Date::new(y, m, d)).filter(|_| !(self.w(i + 5) == "/" && self.glued(i + 5))) {
                    let mut f = Figure::new(tok_span(i, i + 5), FigureKind::Date);
                    f.iso = Some(date.iso());
                    return Some((f, i + 5));
                }
            }
        }
        // Month [day][,] [year] | Month year
        if let Some(m) = month_number(w) {
            let is_cap = self.cap(i);
            if !is_cap {
                return None;
            }
            // "May" and "March" are also words: require a day or year next to them.
            let mut j = i + 1;
            // "Sept. 12": the period of an abbreviation, never the full stop after "in September."
            // Space-tokenized text sets the period apart ("Aug . 14"), where only a day may follow.
            let spaced_day = !self.glued(j) && self.num_val(j + 1).is_some_and(|d| (1..=31).contains(&d)) && !self.is_num(j + 2);
            if self.w(j) == "." && (self.glued(j) || spaced_day) && self.is_num(j + 1) && w.len() <= 4 && !matches!(w, "may" | "june" | "july") {
                j += 1;
            }
            let mut day = None;
            let mut last_day = None;
            if let Some(d) = self.num_val(j).filter(|&d| (1..=31).contains(&d)) {
                day = Some(d);
                j += 1;
                if matches!(self.w(j), "st" | "nd" | "rd" | "th") && self.glued(j) {
                    j += 1;
                }
                // "January 5-7": a span of days.
                if matches!(self.w(j), "-" | "–") && self.glued(j) && self.glued(j + 1) {
                    if let Some(d2) = self.num_val(j + 1).filter(|&d2| d2 > d && d2 <= 31) {
                        last_day = Some(d2);
                        j += 2;
                    }
                }
                // "between July 10 and 14", "from July 10 to 14": the same in words, when the
                // day after ends the phrase (not "between July 10 and 14 people were hurt").
                // "on March 18 and 19": two days in a row, the same span.
                let next_day = self.w(j) == "and" && self.num_val(j + 1) == Some(d + 1);
                if (self.days_joined(i, j) || next_day) && last_day.is_none() && self.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number) && self.day_ends_phrase(j + 2) {
                    if let Some(d2) = self.num_val(j + 1).filter(|&d2| d2 > d && d2 <= 31) {
                        last_day = Some(d2);
                        j += 2;
                    }
                }
            }
            let mut year = None;
            // "June 5, 1996", and "June, 1995" (not "In June, 2000 people marched").
            let k = if self.w(j) == "," && (day.is_some() || (self.year_at(j + 1).is_some() && !self.counted_after(j + 2) && !self.is_num(j + 2))) { j + 1 } else { j };
            if let Some(y) = self.year_at(k) {
                year = Some(y as i32);
                j = k + 1;
            }
            // "in August last year", "on March 3 this year", "in May of next year": the year
            // named after the month, by the reference date (no month alone: "May last year" is a
            // month too, but "in May" must still come first, below).
            let named_year = |k: usize| match (self.w(k), self.w(k + 1)) {
                ("last", "year") => Some(-1),
                ("this", "year") => Some(0),
                ("next", "year") => Some(1),
                _ => None,
            };
            let mut year_after = None;
            if year.is_none() {
                if let Some(r) = self.reference {
                    let k = if self.w(j) == "of" { j + 1 } else { j };
                    // (Not "in June last year's rules": the year is the rules'.)
                    if let Some(off) = named_year(k).filter(|_| self.tokens.get(k + 2).is_none_or(|t| t.kind != TokenKind::Possessive)) {
                        year_after = Some((r.year + off, k + 2));
                    }
                }
            }
            if day.is_none() && year.is_none() {
                // A month alone needs a preposition before it ("in May", "since March"); abbreviations
                // that are also words ("Mar", "Jan") and a possessive after it ("May's") rule it out.
                if one_of!(w, "mar" | "jan" | "sun" | "sat" | "dec" | "aug" | "mar." | "jan." | "dec." | "aug.") || self.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Possessive) {
                    return None;
                }
                let hyphened = self.w(i.wrapping_sub(1)) == "-" && self.glued(i) && i >= 2 && matches!(self.w(i - 2), "mid" | "early" | "late");
                // "the April-June period": two months joined by a dash need no preposition.
                let paired = matches!(self.w(i + 1), "-" | "–") && self.glued(i + 1) && self.glued(i + 2) && self.cap(i + 2) && month_number(self.w(i + 2)).is_some() && (!self.is_num(i + 3) || self.year_at(i + 3).is_some());
                // "October was the wettest month": a month's full name that is no other word stands
                // alone, unless a name goes on either side of it ("Red October", "October Revolution").
                let name_side = |k: usize| self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && self.cap(k) && !t.sent_start);
                let plain = one_of!(self.tokens[i].text(self.text), "January" | "February" | "September" | "October" | "November" | "December")
                    && !(i > 0 && (name_side(i - 1) || matches!(self.w(i - 1), "@" | "#")))
                    && !matches!(self.w(i + 1), "_" | "@")
                    && !self.cap(i + 1);
                if !plain && !hyphened && !paired && !one_of!(self.w(i.wrapping_sub(1)), "in" | "since" | "until" | "by" | "early" | "late" | "mid" | "last" | "next" | "this" | "of" | "from" | "through" | "during" | "till" | "before" | "after" | "between")
                    // "the three months to December", "the year to March" (not "give it to May")
                    && !(self.w(i.wrapping_sub(1)) == "to" && one_of!(self.w(i.wrapping_sub(2)), "months" | "month" | "year" | "quarter" | "weeks" | "period" | "half"))
                    // "in June and July", "May or June": a month joined to another one, either
                    // side ("the hottest June and July on record").
                    && !(matches!(self.w(i.wrapping_sub(1)), "and" | "or" | ",") && i >= 2 && month_number(self.w(i - 2)).is_some())
                    && !(matches!(self.w(i + 1), "and" | "or") && self.cap(i + 2) && month_number(self.w(i + 2)).is_some())
                {
                    return None;
                }
            }
            // What comes before the month and belongs to the phrase: "mid-January", "the last week
            // of January".
            let mut lead = i;
            if i >= 2 && self.w(i - 1) == "-" && self.glued(i) && self.glued(i - 1) && matches!(self.w(i - 2), "mid" | "early" | "late") {
                lead = i - 2;
            } else if i >= 1 && matches!(self.w(i - 1), "mid" | "early" | "late") {
                lead = i - 1;
            } else if i >= 3 && self.w(i - 1) == "of" && matches!(self.w(i - 2), "week" | "weekend" | "half" | "days") && one_of!(self.w(i - 3), "first" | "second" | "third" | "fourth" | "last" | "final" | "early" | "closing") {
                lead = if i >= 4 && self.w(i - 4) == "the" { i - 4 } else { i - 3 };
            }
            if lead < self.floor.get() {
                lead = i;
            }
            // "this September", "last May", "next March": the month named relative to the reference.
            let modifier = (day.is_none() && year.is_none()).then(|| self.w(i.wrapping_sub(1))).filter(|p| matches!(*p, "this" | "last" | "next") && i > self.floor.get());
            let start = if modifier.is_some() { i - 1 } else { lead };
            if let Some((y, end)) = year_after.filter(|_| modifier.is_none()) {
                year = Some(y);
                j = end;
            }
            let mut f = Figure::new(tok_span(start, j), FigureKind::Date);
            let y = year.or_else(|| self.reference.map(|r| if modifier.is_some() { r.year } else { self.year_of_month(i, m, day) }));
            f.iso = match (y, day, modifier) {
                (Some(y), Some(d), _) => Date::new(y, m, d).map(|d| match last_day.and_then(|d2| Date::new(y, m, d2)) {
                    Some(e) => format!("{}/{}", d.iso(), e.iso()),
                    None => d.iso(),
                }),
                (Some(y), None, None) => Some(format!("{y:04}-{m:02}")),
                (Some(y), None, Some(md)) => {
                    let r = self.reference.map_or(m, |r| r.month);
                    let y = match md {
                        "last" if m >= r => y - 1,
                        "next" if m <= r => y + 1,
                        _ => y,
                    };
                    Some(format!("{y:04}-{m:02}"))
                }
                _ => None,
            };
            // A span of months: "from April to June", "April-June 2023", "between May and July".
            let sep = self.w(j);
            let between = lead == i && modifier.is_none() && matches!(self.w(i.wrapping_sub(1)), "from" | "between") && i > self.floor.get();
            let joins = matches!(sep, "to" | "through" | "until") || (matches!(sep, "-" | "–") && self.glued(j) == self.glued(j + 1)) || (sep == "and" && between && self.w(i - 1) == "between");
            if day.is_none() && year.is_none() && joins {
                if let Some(m2) = month_number(self.w(j + 1)).filter(|_| self.cap(j + 1) && (!self.is_num(j + 2) || self.year_at(j + 2).is_some())) {
                    let mut end = j + 2;
                    let y2 = self.year_at(end).map(|y| y as i32);
                    if y2.is_some() {
                        end += 1;
                    }
                    let (ya, yb) = match (y2, y) {
                        (Some(b), _) => (if m2 < m { b - 1 } else { b }, b),
                        (None, Some(a)) => (a, if m2 < m { a + 1 } else { a }),
                        _ => (0, 0),
                    };
                    let start = if between { i - 1 } else { start };
                    let mut f = Figure::new(tok_span(start, end), FigureKind::Date);
                    f.iso = (y2.is_some() || y.is_some()).then(|| format!("{ya:04}-{m:02}/{yb:04}-{m2:02}"));
                    return Some((f, end));
                }
            }
            return Some((f, j));
        }
        // Day Month [Year]: "5 January 2022"; "from 10 to 14 July", "between 10 and 14 July":
        // a span of days.
        // (Read from the preposition: an amount would take "from 10 to 14" first.)
        let day_at = if matches!(w, "from" | "between") && self.is_num(i + 1) { i + 1 } else { i };
        if let Some(found) = self.day_month(day_at) {
            return Some(found);
        }
        // Weekdays, with "last"/"next"/"this" and a part of the day.
        // "Sun", "Sat", "Wed" and "Mon" are words and names too: not a weekday after "the" or a
        // possessive ("Britain's Sun newspaper", "the Sun explodes"), before a lower-case word
        // ("Sun always shines") or glued to a hyphen ("Hwang Sun-ho").
        let ambiguous = matches!(w, "sun" | "sat" | "wed" | "mon") && !self.tokens[i].text(self.text).ends_with('.') && {
            let prev = self.tokens.get(i.wrapping_sub(1));
            // "the Sun", "Britain's Sun", "the Edmonton Sun": a paper's name.
            let after_the = prev.is_some_and(|t| t.kind == TokenKind::Possessive || (w == "sun" && t.kind == TokenKind::Word && self.cap(i - 1) && !self.tokens[i - 1].sent_start)) || matches!(self.w(i.wrapping_sub(1)), "the");
            let next = self.tokens.get(i + 1);
            let lower_next = next.is_some_and(|t| t.kind == TokenKind::Word && t.text(self.text).starts_with(|c: char| c.is_lowercase()))
                && !one_of!(self.w(i + 1), "morning" | "afternoon" | "evening" | "night" | "and" | "or" | "at" | "to" | "till" | "until" | "through" | "from" | "in");
            let hyphen = next.is_some_and(|t| !t.space_before && self.w(i + 1) == "-");
            let on = matches!(self.w(i.wrapping_sub(1)), "on" | "by" | "until" | "every");
            !on && (after_the || lower_next || hyphen)
        };
        // In lower case only the full names ("next monday"): "sat", "sun" and "wed" are words.
        let full = w.len() >= 6 && w.ends_with("day");
        // A day named with an epithet is an event or a feast, no day of the reference's week
        // ("the Black Monday crash of 1987", "Super Tuesday", "Good Friday").
        let named = || i > 0 && self.cap(i) && self.tokens[i].space_before && !self.tokens[i].newline_before && weekday_epithet(self.tokens[i - 1].text(self.text));
        if let Some(wd) = weekday_number(w).filter(|_| (self.cap(i) || full) && !ambiguous && !named()) {
            let prev = self.w(i.wrapping_sub(1));
            let (start, last, next) = match prev {
                "last" => (i - 1, true, false),
                "next" | "coming" => (i - 1, false, true),
                "this" => (i - 1, false, false),
                _ => (i, false, false),
            };
            let future = next || (start == i && self.deadline(i)) || self.future_context(i);
            let mut j = i + 1;
            if matches!(self.w(j), "morning" | "afternoon" | "evening" | "night") {
                j += 1;
            }
            // "Tuesday, September 1, 2015", "Friday 5 January": the weekday and its date, one
            // figure dated by the date.
            if j == i + 1 && start == i {
                let k = if self.w(j) == "," { j + 1 } else { j };
                if month_number(self.w(k)).is_some() || self.is_num(k) {
                    if let Some((g, e)) = self.date(k).filter(|(g, _)| g.span.start == k && g.iso.as_ref().is_none_or(|iso| iso.len() == 10)) {
                        if self.has_day(k, e) {
                            let mut f = Figure::new(tok_span(i, e), FigureKind::Date);
                            f.iso = g.iso;
                            return Some((f, e));
                        }
                    }
                }
            }
            let mut f = Figure::new(tok_span(start, j), FigureKind::Date);
            // The day itself when the text looks ahead ("expected to make landfall late on
            // Wednesday" in a Wednesday's paper), but not a deadline or a day a thing is set or
            // put off to ("set a hearing for Friday", "by Friday", "adjourned until Monday"): those
            // lie a week on.
            let put_off = matches!(self.w(i.wrapping_sub(1)), "for" | "until" | "till" | "to")
                && (i.saturating_sub(5)..i).any(|k| one_of!(self.w(k), "set" | "slated" | "adjourned" | "postponed" | "deferred" | "delayed" | "pushed"));
            let strict = last || next || (start == i && self.deadline(i)) || put_off;
            f.iso = self.reference.map(|r| resolve_weekday(r, wd, future, strict).iso());
            return Some((f, j));
        }
        // yesterday / today / tomorrow / tonight
        let rel = match w {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tonight" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        };
        // A capitalized "Today" inside a sentence that goes on in lower case, after a name or a
        // possessive, names a paper or a programme ("USA Today said", "Radio 4's Today
        // programme"); a headline in capitals keeps its day ("Fed To Cut Rates Today").
        let named = rel.is_some()
            && self.cap(i)
            && !self.tokens[i].sent_start
            && i > 0
            && ((self.cap(i - 1) && !crate::text::opens_sentences(self.tokens[i - 1].text(self.text))) || self.tokens[i - 1].kind == TokenKind::Possessive)
            && self.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Possessive || (t.kind == TokenKind::Word && t.text(self.text).chars().all(|c| c.is_lowercase())));
        if let (Some(r), false) = (rel, named) {
            let mut j = i + 1;
            if matches!(self.w(j), "morning" | "afternoon" | "evening" | "night") {
                j += 1;
            }
            let mut f = Figure::new(tok_span(i, j), FigureKind::Date);
            f.iso = self.reference.map(|d| d.add_days(r).iso());
            return Some((f, j));
        }
        // "this summer", "last winter", "next spring": seasons (ISO 8601-2 style "2024-SU").
        if matches!(w, "last" | "this" | "next") {
            let season = match self.w(i + 1) {
                "spring" => Some(("SP", 3)),
                "summer" => Some(("SU", 6)),
                "autumn" | "fall" => Some(("FA", 9)),
                "winter" => Some(("WI", 12)),
                _ => None,
            };
            if let Some((code, month)) = season {
                let mut f = Figure::new(tok_span(i, i + 2), FigureKind::Date);
                f.iso = self.reference.map(|r| {
                    // Seasons counted in one line, four a year, winter from December (so January's
                    // winter is the previous year's): "last" is the latest before the reference
                    // date's season, "next" the first after it, "this" the one of its year.
                    let idx = |m: u32| (m / 3 % 4) as i32; // 3..5 → 1 (spring), …, 12, 1, 2 → 0
                    let winter_year = |y: i32| if r.month <= 2 { y - 1 } else { y };
                    let now = winter_year(r.year) * 4 + (idx(r.month as u32) + 3) % 4;
                    let want = (idx(month) + 3) % 4;
                    let y = match w {
                        "last" => (now - (now - want - 1).rem_euclid(4) - 1).div_euclid(4),
                        "next" => (now + (want - now - 1).rem_euclid(4) + 1).div_euclid(4),
                        _ if month == 12 => winter_year(r.year),
                        _ => r.year,
                    };
                    format!("{y:04}-{code}")
                });
                return Some((f, i + 2));
            }
            // "this morning", "this evening": today.
            if w == "this" && matches!(self.w(i + 1), "morning" | "afternoon" | "evening") {
                let mut f = Figure::new(tok_span(i, i + 2), FigureKind::Date);
                f.iso = self.reference.map(|r| r.iso());
                return Some((f, i + 2));
            }
        }
        // "over the weekend", "at the weekend": the last one (the next when the sentence speaks
        // of the future), as the ISO week it ends.
        if w == "the" && self.w(i + 1) == "weekend" && i > self.floor.get() && one_of!(self.w(i - 1), "over" | "at" | "during" | "on" | "through" | "throughout") && self.w(i + 2) != "of" {
            let mut f = Figure::new(tok_span(i, i + 2), FigureKind::Date);
            let future = self.future_context(i);
            f.iso = self.reference.map(|r| iso_week(resolve_weekday(r, 5, future, false)));
            return Some((f, i + 2));
        }
        // "this decade", "this century", "last century" (the one before: "19XX"), and the decade
        // or century of the reference date after "the end of", "the rest of", "the middle of"
        // ("output will double by the end of the decade"). Not "the last century" (the hundred
        // years up to now, below), nor "the turn of the century" (which turn?).
        if matches!(self.w(i + 1), "decade" | "century") && self.w(i + 2) != "of" {
            let u = self.w(i + 1);
            let the = i > self.floor.get() && self.w(i - 1) == "the";
            let part = w == "the" && i >= 2 && i - 2 >= self.floor.get() && self.w(i - 1) == "of" && one_of!(self.w(i - 2), "end" | "rest" | "remainder" | "middle" | "start" | "beginning");
            let off = match w {
                "this" => Some(0),
                "last" if u == "century" && !the => Some(-1),
                "next" if u == "century" && !the => Some(1),
                "the" if part => Some(0),
                _ => None,
            };
            if let Some(off) = off {
                let mut f = Figure::new(tok_span(i, i + 2), FigureKind::Date);
                f.iso = self.reference.map(|r| if u == "decade" { format!("{:03}X", r.year.div_euclid(10) + off) } else { format!("{:02}XX", r.year.div_euclid(100) + off) });
                return Some((f, i + 2));
            }
        }
        // last/this/next week|month|year, with a part of it before ("earlier this month", "late
        // last year") and the article of "the past week".
        if matches!(w, "last" | "this" | "next" | "past") && matches!(self.w(i + 1), "week" | "month" | "year" | "weekend") && !(self.w(i + 2) == "of" && month_number(self.w(i + 3)).is_some() && self.cap(i + 3)) {
            let lead = match self.w(i.wrapping_sub(1)) {
                "earlier" | "later" | "early" | "late" if i > self.floor.get() => i - 1,
                "the" if w == "past" && i > self.floor.get() => i - 1,
                _ => i,
            };
            let mut f = Figure::new(tok_span(lead, i + 2), FigureKind::Date);
            let off = match w {
                "last" | "past" => -1,
                "next" => 1,
                _ => 0,
            };
            f.iso = self.reference.map(|r| match self.w(i + 1) {
                "year" => format!("{:04}", r.year + off),
                "month" => {
                    let m0 = r.year * 12 + r.month as i32 - 1 + off;
                    format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                }
                _ => {
                    let d = r.add_days(7 * off as i64);
                    iso_week(d)
                }
            });
            return Some((f, i + 2));
        }
        // Periods named without a number: "the past decade", "the coming weeks", "in recent
        // years" (not "the last days of the empire": a period of something else).
        if one_of!(w, "past" | "last" | "next" | "coming" | "recent") && self.w(i + 2) != "of" {
            let u = self.w(i + 1);
            let plural = one_of!(u, "days" | "weeks" | "months" | "years" | "decades");
            let long = matches!(u, "decade" | "century") && w != "recent";
            let the = i > self.floor.get() && self.w(i - 1) == "the";
            // Plural periods only with the article ("the past weeks", "the next days") or as
            // "recent"/"coming" ("in recent weeks", "in coming days").
            if long || (plural && (the || matches!(w, "recent" | "coming"))) {
                let start = if the && w != "recent" { i - 1 } else { i };
                let mut f = Figure::new(tok_span(start, i + 2), FigureKind::Date);
                f.unit = units::time_unit(u).map(|(unit, _)| unit.to_string());
                if long {
                    let n = if u == "decade" { 10.0 } else { 100.0 };
                    let dir = if matches!(w, "next" | "coming") { 1 } else { -1 };
                    f.iso = self.reference.and_then(|r| period_iso(r, dir, n, "year"));
                }
                return Some((f, i + 2));
            }
        }
        // Decades: "1990s", "the early 2000s", "mid-1990s", "the 1930's", "the '80s", "the
        // sixties" (also tokenized text: "the 1990 s"). A decade of someone's life ("in her
        // sixties", "in his 80s") is an age, below.
        if let Some((start, end, iso)) = self.decade(i) {
            let mut f = Figure::new(tok_span(start, end), FigureKind::Date);
            f.iso = Some(iso);
            return Some((f, end));
        }
        // Centuries: "the 19th century", "the twenty-first century", "20th-century" → "18XX".
        if let Some((start, end, n)) = self.century(i) {
            // "the 1st century BC": no "XX" century of ISO years is one before the era.
            let era = self.era(end);
            let e = if era.is_some() { end + 1 } else { end };
            let mut f = Figure::new(tok_span(start, e), FigureKind::Date);
            f.iso = (era != Some(true)).then(|| format!("{:02}XX", n - 1));
            return Some((f, e));
        }
        // A season of a year: "the summer of 2012", "spring 2020" → "2012-SU".
        if let Some(code) = season_code(w) {
            let k = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
            if let Some(y) = self.year_at(k) {
                // "the winter of 2019-20", "winter 2023/24": a winter across two years is the one
                // that begins in the first.
                let raw = self.tokens.get(k + 2).map_or("", |t| t.text(self.text));
                let next = matches!(self.w(k + 1), "-" | "–" | "/") && self.glued(k + 1) && self.glued(k + 2)
                    && self.num_val(k + 2).is_some_and(|n| (raw.len() == 2 && n == (y + 1) % 100) || (raw.len() == 4 && n == y + 1));
                let end = if next { k + 3 } else { k + 1 };
                let mut f = Figure::new(tok_span(i, end), FigureKind::Date);
                f.iso = Some(format!("{y:04}-{code}"));
                return Some((f, end));
            }
        }
        // Spans of years without "from": "2014 to 2018", "2014-2018", "the 1996-97 season" (not
        // counts: "2014 to 2018 people").
        if let Some(a) = self.year_at(i) {
            let sep = self.w(i + 1);
            // Glued ("2014-2018"), or spaced between two full years ("2000 - 2050").
            let hyphen = matches!(sep, "-" | "–") && ((self.glued(i + 1) && self.glued(i + 2)) || (self.year_at(i + 2).is_some() && self.tokens.get(i + 2).is_some_and(|t| t.text(self.text).len() == 4)));
            if hyphen || matches!(sep, "to" | "through" | "until") {
                let b = match self.year_at(i + 2) {
                    Some(b) => Some(b),
                    // "1996-97"
                    None if hyphen && self.tokens.get(i + 2).is_some_and(|t| t.text(self.text).len() == 2) => self.num_val(i + 2).map(|yy| a / 100 * 100 + yy),
                    None => None,
                };
                if let Some(b) = b.filter(|&b| b > a && b - a <= 200 && !self.counted_after(i + 3) && !self.is_num(i + 3)) {
                    let mut f = Figure::new(tok_span(i, i + 3), FigureKind::Date);
                    f.iso = Some(format!("{a:04}/{b:04}"));
                    return Some((f, i + 3));
                }
            }
        }
        // Spans of years: "from 1914 to 1918", "between 2010 and 2015" → "1914/1918".
        if matches!(w, "from" | "between") {
            if let (Some(a), Some(b)) = (self.year_at(i + 1), self.year_at(i + 3)) {
                if a < b && matches!((w, self.w(i + 2)), ("from", "to" | "until" | "till" | "through") | ("between", "and")) && !self.counted_after(i + 4) {
                    let mut f = Figure::new(tok_span(i, i + 4), FigureKind::Date);
                    f.iso = Some(format!("{a:04}/{b:04}"));
                    return Some((f, i + 4));
                }
            }
        }
        // "mid-2020"
        if w == "mid" && self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2) && self.w(i + 3) != "s" {
            if let Some(y) = self.year_at(i + 2) {
                let mut f = Figure::new(tok_span(i, i + 3), FigureKind::Date);
                f.iso = Some(format!("{y:04}"));
                return Some((f, i + 3));
            }
        }
        // "a sample return mission around 2030", "circa 1900": a year given roughly, where
        // nothing is counted after it and no verb or preposition of a level comes before it
        // ("rose to around 2030", "at about 1950" are an index's levels).
        if one_of!(w, "around" | "about" | "circa" | "roughly" | "approximately") && i + 1 > self.floor.get() {
            if let Some(y) = self.year_at(i + 1).filter(|y| (1900..=2100).contains(y)) {
                let prev = self.w(i.wrapping_sub(1));
                let level = one_of!(
                    prev,
                    "to" | "at" | "from" | "of" | "by" | "is" | "was" | "were" | "are" | "be" | "been" | "reached" | "hit" | "rose" | "fell" | "near" | "stood" | "with" | "than" | "total" | "totalled" | "totaled" | "some" | "and" | "or" | "cost" | "costs" | "paid" | "earned" | "weighs" | "weighed" | "measured" | "numbered"
                ) || (i > 0 && self.is_num(i - 1));
                let tail = self.tokens.get(i + 2).is_none_or(|t| t.kind == TokenKind::Punct && !matches!(self.w(i + 2), "%" | "-" | "/" | "$"));
                if !level && tail {
                    let mut f = Figure::new(tok_span(i, i + 2), FigureKind::Date);
                    f.iso = Some(format!("{y:04}"));
                    f.qualifier = Qualifier::Approx;
                    return Some((f, i + 2));
                }
            }
        }
        // A year after a preposition: "in 1996", "since 2010"
        if let Some(y) = self.year_at(i) {
            let prev = self.w(i.wrapping_sub(1));
            // "early 2021", "late 1996": the year for certain, with its modifier.
            if matches!(prev, "early" | "late" | "mid") && i > self.floor.get() {
                let mut f = Figure::new(tok_span(i - 1, i + 1), FigureKind::Date);
                f.iso = Some(format!("{y:04}"));
                return Some((f, i + 1));
            }
            // "up 1.6 points on 2019", "compared with 2019": a year compared
            // with, when nothing is counted after it.
            let compared = (1950..=2100).contains(&y)
                && (prev == "on" || self.year_set_against(i) || (prev == "with" && matches!(self.w(i.wrapping_sub(2)), "compared" | "comparison")))
                && self.year_ends_comparison(i);
            // "slipped from 2028 to as late as 2033"
            let as_late_as = prev == "as" && i >= 3 && matches!(self.w(i - 2), "late" | "early" | "soon") && self.w(i - 3) == "as" && (1900..=2100).contains(&y);
            let after_prep = compared || as_late_as || (prev == "for" && (1950..=2100).contains(&y) && !self.is_num(i + 1) && currency_name_at(self, i + 1).is_none()) || one_of!(prev, "fiscal" | "in" | "into" | "since" | "by" | "until" | "till" | "before" | "after" | "during" | "of" | "from" | "to" | "through" | "and" | "between")
                // "bonds due 2023", "(built 1989)", "born 1961", "the year 2000"
                || ((1800..=2100).contains(&y) && one_of!(prev, "due" | "built" | "born" | "founded" | "established" | "til" | "year") && self.tokens[i - 1].kind == TokenKind::Word);
            // "the 2024 election", "a 2019 report", "its 2023 budget": a year naming an edition.
            // Not "a 2000 year old tradition".
            // After a possessive too: "Transparency International's 2023 index".
            let possessive = i > 0 && self.tokens[i - 1].kind == TokenKind::Possessive;
            let determiner = |w: &str| one_of!(w, "the" | "a" | "its" | "his" | "her" | "their" | "our" | "this" | "that");
            // "a separate 2023 study", "the annual 2024 report": an adjective in between, when a
            // singular noun follows (not "the first 2000 people", "the last 1900 years").
            let adjective = i >= 2
                && determiner(self.w(i - 2))
                && self.tokens[i - 1].kind == TokenKind::Word
                && prev.bytes().all(|b| b.is_ascii_lowercase())
                && !is_figure_word(prev)
                && !one_of!(prev, "first" | "last" | "next" | "other" | "remaining" | "additional" | "extra" | "estimated" | "some" | "about" | "nearly" | "almost" | "around" | "roughly" | "over" | "under" | "only" | "just" | "entire" | "whole" | "same")
                && self.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && {
                    let n = t.text(self.text);
                    n.bytes().all(|b| b.is_ascii_lowercase()) && !n.ends_with('s') && !looks_plural(n) && COUNTED_STOP.binary_search(&n).is_err()
                });
            let edition = (determiner(prev) || possessive || adjective)
                && (1900..=2100).contains(&y)
                && self.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.space_before)
                && !(units::time_unit(self.w(i + 1)).is_some() && (self.w(i + 2) == "old" || self.w(i + 1).ends_with('s')))
                && !one_of!(self.w(i + 1), "and" | "or" | "to" | "of" | "in" | "out");
            // "the ill-fated 1985 final", "its 1996 full-year profit", "fellow 2012 presidential
            // candidate": a year before words that count nothing (up to the phrase's end no plural,
            // unit or length of time) names an edition or a period; not "2000 new jobs", "2000 police".
            let before_singular = (1900..=2100).contains(&y)
                && !is_figure_word(prev)
                && !self.is_num(i.wrapping_sub(1))
                && !one_of!(prev, "about" | "nearly" | "almost" | "around" | "roughly" | "over" | "under" | "than" | "some" | "just" | "only" | "to" | "and" | "or" | "-" | "–" | "$" | "+" | "#" | "@")
                && {
                    let mut k = i + 1;
                    let mut ok = true;
                    while k < i + 4 {
                        let Some(t) = self.tokens.get(k).filter(|t| t.kind == TokenKind::Word && t.space_before) else { break };
                        let w = t.text(self.text);
                        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') || COUNTED_STOP.binary_search(&w).is_ok() {
                            break;
                        }
                        if looks_plural(w) || people_head(w) || units::unit(w).is_some() || units::time_unit(w).is_some() || currency_name_at(self, k).is_some() {
                            ok = false;
                            break;
                        }
                        k += 1;
                    }
                    ok && k > i + 1
                };
            // "(2012)" after a caption or a title, "2012." alone on a line: a year.
            let in_parens = prev == "(" && self.glued(i) && self.w(i + 1) == ")" && self.glued(i + 1) && (1800..=2100).contains(&y);
            let line_start = i == 0 || self.tokens[i].newline_before;
            let line_end = |k: usize| self.tokens.get(k).is_none_or(|t| t.newline_before);
            let alone = line_start && (line_end(i + 1) || (self.w(i + 1) == "." && line_end(i + 2))) && (1800..=2100).contains(&y);
            // "Photo: a reader; from file, 2008.": a caption's year.
            let caption = prev == "," && matches!(self.w(i + 1), "." | ")") && (1900..=2100).contains(&y) && self.tokens.get(i + 2).is_none_or(|t| t.sent_start || t.newline_before);
            // "the 2014 protests", "Kenya's 2017 elections": a year without a thousands comma
            // after an article or a possessive names the protests of that year, though a plural
            // follows (news writes a count of thousands "2,014"); not before people ("the 2019
            // people who signed").
            // "the 2020 Olympics", "Canada's 2010 Games": a title-case plural after the year is
            // the event's name (not a people's: "the 2000 Americans").
            let titled_event = |t: &str| {
                let mut b = t.bytes();
                b.next().is_some_and(|c| c.is_ascii_uppercase()) && b.all(|c| c.is_ascii_lowercase()) && !t.ends_with("ans") && !t.ends_with("ese")
            };
            let of_year = edition
                && (one_of!(prev, "the" | "its" | "his" | "her" | "their" | "our") || possessive)
                && looks_plural(self.w(i + 1))
                && !people_head(self.w(i + 1))
                && units::unit(self.w(i + 1)).is_none()
                && {
                    let t = self.tokens[i + 1].text(self.text);
                    t.bytes().all(|b| b.is_ascii_lowercase()) || titled_event(t)
                };
            // "This is not 2016," "It was 1989.": a year said to be or not be, ending its clause.
            let named = one_of!(prev, "is" | "was" | "not" | "'s") && (1900..=2100).contains(&y) && one_of!(self.w(i + 1), "," | "." | ";" | "!" | "?" | "\"" | "”" | "'" | "’");
            // "fiscal 2025 earnings": a fiscal year is never a count, whatever follows it.
            let fiscal = prev == "fiscal" && (1900..=2100).contains(&y);
            if (after_prep || edition || before_singular || in_parens || alone || caption || named) && (compared || of_year || fiscal || !self.counted_after(i + 1)) {
                // "fiscal 1997" and "the year 2000" are one phrase.
                // "the fiscal year 2008" and "the calendar year 2008" too; not "New Year 2012".
                let mut start = i;
                if prev == "fiscal" && i > self.floor.get() {
                    start = i - 1;
                } else if i > self.floor.get() && self.tokens[i - 1].text(self.text) == "year" {
                    start = i - 1;
                    if start > self.floor.get() && one_of!(self.w(start - 1), "fiscal" | "financial" | "calendar" | "school" | "academic" | "tax" | "full" | "model") {
                        start -= 1;
                    }
                    if start > self.floor.get() && self.w(start - 1) == "the" {
                        start -= 1;
                    }
                }
                let mut f = Figure::new(tok_span(start, i + 1), FigureKind::Date);
                f.iso = Some(format!("{y:04}"));
                return Some((f, i + 1));
            }
        }
        None
    }

    /// A fiscal year by its abbreviation: "FY2024", "FY24", "FY 2025", "FY2024-25" (ISO "2024",
    /// "2024/2025": the year it is named for; its months differ by company and country).
    fn fiscal_year(&self, i: usize) -> Option<(Figure, usize)> {
        let t = self.tokens.get(i).filter(|t| t.kind == TokenKind::Word)?;
        let rest = t.text(self.text).strip_prefix("FY")?;
        let (digits, mut j) = if rest.is_empty() { (self.tokens.get(i + 1).filter(|n| n.kind == TokenKind::Number && n.space_before)?.text(self.text), i + 2) } else { (rest, i + 1) };
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: u32 = match digits.len() {
            // ("FY99" is 1999, "FY24" 2024.)
            2 => digits.parse::<u32>().ok().map(|y| if y < 50 { 2000 + y } else { 1900 + y })?,
            4 => digits.parse().ok().filter(|y| (1950..=2100).contains(y))?,
            _ => return None,
        };
        let mut f = Figure::new(tok_span(i, j), FigureKind::Date);
        f.iso = Some(format!("{y:04}"));
        // "FY2024-25", "FY24/25": a year across two.
        if matches!(self.w(j), "-" | "/") && self.glued(j) && self.glued(j + 1) {
            let raw = self.tokens.get(j + 1).filter(|n| n.kind == TokenKind::Number).map_or("", |n| n.text(self.text));
            if (raw.len() == 2 && self.num_val(j + 1) == Some((y + 1) % 100)) || (raw.len() == 4 && self.num_val(j + 1) == Some(y + 1)) {
                j += 2;
                f = Figure::new(tok_span(i, j), FigureKind::Date);
                f.iso = Some(format!("{y:04}/{:04}", y + 1));
            }
        }
        Some((f, j))
    }

    /// Whether the date phrase in tokens `a..b` names a day of the month (a number 1–31 that is
    /// not its year).
    fn has_day(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.num_val(k).is_some_and(|d| (1..=31).contains(&d)) && self.tokens[k].text(self.text).len() <= 2)
    }

    /// A decade starting at token `i` (or just before it: "early", "mid-"): (first token, end
    /// token, ISO "199X").
    fn decade(&self, i: usize) -> Option<(usize, usize, String)> {
        let w = self.w(i);
        let (first, end, year) = if self.is_num(i) {
            let len = self.tokens[i].text(self.text).len();
            let y = self.num_val(i).filter(|y| y % 10 == 0)?;
            let next = self.tokens.get(i + 1)?;
            // "1990s" (also "1990 s"), or "1930's" after "the" (not a year's possessive: "2020's
            // biggest storm").
            let plural = self.w(i + 1) == "s";
            let possessive = next.kind == TokenKind::Possessive && !next.space_before && one_of!(self.w(i.wrapping_sub(1)), "the" | "early" | "late" | "mid" | "-");
            if len == 4 && (1000..=2200).contains(&y) && (plural || possessive) {
                (i, i + 2, y)
            } else if len == 2 && plural && self.glued(i + 1) && i > 0 && matches!(self.w(i - 1), "'" | "’") && self.glued(i) {
                // "the '80s": the 1900s, but "'00s" and "'10s" are this century's.
                (i - 1, i + 2, if y <= 10 { 2000 + y } else { 1900 + y })
            } else {
                return None;
            }
        } else if let Some(d) = numbers::decade_word(w).filter(|_| self.w(i.wrapping_sub(1)) == "the" || (matches!(self.w(i.wrapping_sub(1)), "early" | "late" | "mid") && self.w(i.wrapping_sub(2)) == "the")) {
            (i, i + 1, 1900 + d as u32)
        } else {
            return None;
        };
        // "early 2000s", "the late sixties", "mid-1990s"
        Some((self.lead_modifier(first), end, format!("{:03}X", year / 10)))
    }

    /// A century at token `i`: (first token, end token, the century's number).
    fn century(&self, i: usize) -> Option<(usize, usize, u32)> {
        let (n, k) = if self.is_num(i) && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th") && self.glued(i + 1) {
            (self.num_val(i)?, i + 2)
        } else if let Some(t) = numbers::tens_word(self.w(i)).filter(|_| self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2)) {
            (t as u32 + numbers::ordinal_value(self.w(i + 2)).filter(|&o| o < 10.0)? as u32, i + 3)
        } else {
            (numbers::ordinal_value(self.w(i)).filter(|&o| o <= 21.0)? as u32, i + 1)
        };
        // "his ninth century" in cricket is a hundred runs.
        let owner = one_of!(self.w(i.wrapping_sub(1)), "his" | "her" | "their" | "its" | "my" | "our" | "your") || self.tokens.get(i.wrapping_sub(1)).is_some_and(|t| t.kind == TokenKind::Possessive);
        if !(1..=21).contains(&n) || owner {
            return None;
        }
        // "the 19th century", "20th-century art"
        let end = if self.w(k) == "century" {
            k + 1
        } else if self.w(k) == "-" && self.glued(k) && self.glued(k + 1) && self.w(k + 1) == "century" {
            k + 2
        } else {
            return None;
        };
        Some((self.lead_modifier(i), end, n))
    }

    /// The words around a date or a day's ordinal that belong to it, once the figure is found:
    /// "on the 15th." (an ordinal that is a day of the month), "the 9th of May", "this past
    /// weekend", "the end of 2025".
    fn date_context(&self, f: &mut Figure) {
        // "on the 15th.", "until the 3rd,": a day of the month the text leaves implied.
        if f.kind == FigureKind::Ordinal && f.span.start >= 2 && f.span.start - 2 >= self.floor.get() && f.span.end <= f.span.start + 2 {
            let k = f.span.start;
            let day = f.value.is_some_and(|v| (1.0..=31.0).contains(&v)) && self.w(k).starts_with(|c: char| c.is_ascii_digit());
            let framed = self.w(k - 1) == "the" && one_of!(self.w(k - 2), "on" | "by" | "until" | "till" | "before" | "after" | "since" | "from");
            let e = f.span.end;
            let ends = self.tokens.get(e).is_none_or(|t| t.kind == TokenKind::Punct && self.w(e) != "-");
            // Not a hole, a lap or an inning: "a birdie on the 16th".
            let sport = (k.saturating_sub(8)..k).any(|x| one_of!(self.w(x), "birdie" | "birdied" | "bogey" | "bogeyed" | "eagle" | "par" | "hole" | "holes" | "putt" | "tee" | "green" | "lap" | "laps" | "inning" | "innings" | "minute" | "floor" | "round"));
            if day && framed && ends && !sport {
                f.kind = FigureKind::Date;
                f.span.start = k - 1;
                f.value = None;
                f.low = None;
                f.high = None;
            }
        }
        // "the 9th of May", "this past weekend": the article or "this" before a date
        // that starts with a day's ordinal or "past" belongs to it.
        if f.kind == FigureKind::Date && f.span.start > self.floor.get() {
            let k = f.span.start;
            let ordinal_day = self.w(k).starts_with(|c: char| c.is_ascii_digit()) && (k + 1..(k + 3).min(f.span.end)).any(|x| self.w(x) == "of");
            if (ordinal_day && matches!(self.w(k - 1), "the" | "The")) || (self.w(k) == "past" && matches!(self.w(k - 1), "this" | "This")) {
                f.span.start = k - 1;
            }
        }
        // "the end of 2025", "the start of next month": the part of the date stays with it.
        if f.kind == FigureKind::Date && f.span.start >= 3 && f.span.start - 3 >= self.floor.get() {
            let k = f.span.start;
            if self.w(k - 1) == "of" && one_of!(self.w(k - 2), "end" | "start" | "beginning" | "middle" | "turn" | "rest" | "remainder") && matches!(self.w(k - 3), "the" | "The") {
                f.span.start = k - 3;
            }
        }
    }

    /// Where a period's phrase starts when "early", "late" or "mid" leads it ("early 2000s",
    /// "mid-1990s", "the late 19th century"): the modifier's token, else `first`. Never reaches
    /// into the previous figure.
    fn lead_modifier(&self, first: usize) -> usize {
        if first > self.floor.get() && matches!(self.w(first - 1), "early" | "late" | "mid") {
            first - 1
        } else if first >= 2 && first - 1 > self.floor.get() && self.w(first - 1) == "-" && self.glued(first) && self.glued(first - 1) && matches!(self.w(first - 2), "early" | "late" | "mid") {
            first - 2
        } else {
            first
        }
    }

    /// A four-digit year at token `i`.
    fn year_at(&self, i: usize) -> Option<u32> {
        self.num_val(i).filter(|&y| (1000..=2200).contains(&y) && self.tokens[i].text(self.text).len() == 4)
    }

    /// True when token `i` is a counted noun or a unit ("1,000 to 2,000 people", "2021 prices").
    fn counted_after(&self, i: usize) -> bool {
        let nxt = self.w(i);
        looks_plural(nxt) || units::unit(nxt).is_some() || nxt == "%"
    }

    /// The year of a month (and day) named without one: in news, the last such month up to the
    /// reference date, or the next one when the sentence speaks of the future ("will", "due").
    fn year_of_month(&self, i: usize, m: u32, d: Option<u32>) -> i32 {
        let Some(r) = self.reference else { return 0 };
        // "before a June 5 default deadline": a deadline's day is the one nearest the reference,
        // ahead or behind (a word or two may come between; no stop).
        let deadline_after = (i + 1..i + 6).take_while(|&k| self.tokens.get(k).is_some_and(|t| t.kind != TokenKind::Punct || self.w(k) == ".")).any(|k| matches!(self.w(k), "deadline" | "deadlines"));
        if deadline_after {
            let day = d.unwrap_or(15);
            return [r.year - 1, r.year, r.year + 1]
                .into_iter()
                .filter_map(|y| Date::new(y, m, day.min(dates::days_in_month(y, m))).map(|x| (y, (x.days() - r.days()).abs())))
                .min_by_key(|&(_, gap)| gap)
                .map_or(r.year, |(y, _)| y);
        }
        let after_ref = (m, d.unwrap_or(1)) > (r.month, r.day);
        let before_ref = (m, d.unwrap_or(31)) < (r.month, r.day);
        if self.future_context(i) || (self.deadline(i) && (after_ref || self.suspended_until(i))) {
            if before_ref && !(d.is_none() && m == r.month) {
                r.year + 1
            } else {
                r.year
            }
        } else if after_ref && !(d.is_none() && m == r.month) {
            // A day within the coming month, in a sentence with no word of the past ("next play
            // Tanzania on June 24" in a story of June 18) is the coming one, not last year's.
            let soon = d.is_some_and(|d| Date::new(r.year, m, d).is_some_and(|x| x.days() - r.days() <= 31));
            // "announced a split, effective June 7": the date a change takes effect is ahead.
            // So is the day a dividend is paid ("declared a dividend of 24 cents, payable on Aug. 17").
            let effective = i > 1 && (matches!(self.w(i - 1), "effective" | "effect" | "payable") || (matches!(self.w(i - 1), "from" | "on" | "by") && matches!(self.w(i - 2), "effective" | "effect" | "payable")));
            // "The summit is on June 5", "the season opens on May 2": a day told in the present
            // as when a thing happens is ahead, however far.
            let scheduled = i > 2
                && self.w(i - 1) == "on"
                && (one_of!(self.w(i - 2), "is" | "are" | "begins" | "starts" | "opens" | "closes" | "ends" | "expires" | "falls" | "resumes") || (self.w(i - 2) == "place" && one_of!(self.w(i - 3), "takes" | "take")));
            if (soon && (effective || !self.past_context(i))) || (scheduled && !self.past_context(i)) {
                r.year
            } else {
                r.year - 1
            }
        } else {
            r.year
        }
    }

    /// A word in -ed at `i` that tells a past event ("published", "announced"), not one that
    /// looks ahead ("scheduled", "expected", "planned").
    fn past_participle(&self, i: usize) -> bool {
        let w = self.w(i);
        // "hoped to pass the bill by Friday", "vowed to finish by June": an intent told in the
        // past looks ahead to its verb's time (not "agreed to a deal on May 3").
        let intent = || {
            one_of!(w, "hoped" | "aimed" | "pledged" | "vowed" | "promised" | "agreed" | "wanted" | "decided" | "prepared" | "threatened" | "offered" | "wished")
                && self.w(i + 1) == "to"
                && self.tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && self.text[t.span.start..].starts_with(|c: char| c.is_ascii_lowercase()))
                && !one_of!(self.w(i + 2), "a" | "an" | "the" | "its" | "his" | "her" | "their" | "this" | "that" | "these" | "those")
        };
        // A capitalized word is a name ("United", "Red"), no verb, unless it opens a sentence
        // before a preposition ("Founded in 1850, the club …"). (In capitals, as in a headline,
        // it cannot be told.)
        let name = || {
            let t = self.tokens[i].text(self.text);
            t.starts_with(|c: char| c.is_uppercase())
                && t.chars().any(char::is_lowercase)
                && !(self.tokens[i].sent_start && one_of!(self.w(i + 1), "in" | "by" | "on" | "at" | "after" | "for" | "as" | "with" | "to" | "from" | "during" | "last" | "earlier"))
        };
        w.len() > 4 && w.ends_with("ed") && !one_of!(w, "scheduled" | "expected" | "planned" | "needed" | "required" | "proposed" | "intended") && !intent() && !name()
    }

    /// A word of the past before token `i` in its sentence ("was held on", "ended on", "last").
    /// A relative clause between commas does not count ("United, who finished third last
    /// season, open their campaign on Aug. 14": the clause's past is not the date's).
    fn past_context(&self, i: usize) -> bool {
        let mut j = i;
        // A comma crossed (walking back), and a past word seen since: it may lie in a clause.
        let (mut after_comma, mut in_clause) = (false, false);
        while j > 0 && !self.tokens[j].sent_start && i - j < 60 {
            j -= 1;
            let w = self.w(j);
            if w == "," {
                if in_clause {
                    return true;
                }
                after_comma = true;
            } else if after_comma && matches!(w, "who" | "which") && self.w(j.wrapping_sub(1)) == "," {
                // The clause's opening: what was seen since the comma after it was inside it.
                (after_comma, in_clause) = (false, false);
                j -= 1;
            } else if one_of!(w, "was" | "were" | "had" | "did" | "last" | "ago" | "earlier" | "since" | "previous" | "former")
                || self.past_participle(j)
            {
                if !after_comma {
                    return true;
                }
                in_clause = true;
            }
        }
        in_clause
    }

    /// A date at token `i` after "by", "until", "till" or "through" ("by December", "until
    /// Friday") is a deadline ahead, unless its sentence is in the past.
    fn deadline(&self, i: usize) -> bool {
        matches!(self.w(self.past_at_least(i).wrapping_sub(1)), "by" | "until" | "till" | "through") && (!self.past_deadline(i) || self.suspended_until(i))
    }

    /// Where a date's phrase starts before "at least" ("until at least Jan. 29"), else `i`.
    fn past_at_least(&self, i: usize) -> usize {
        if i >= 2 && self.w(i - 1) == "least" && self.w(i - 2) == "at" {
            i - 2
        } else {
            i
        }
    }

    /// "cancelled all flights until Monday", "the trial was adjourned until Friday", "released
    /// on bail until March 14": a stop told in the past lasts until a day ahead (its verb is the report's news; not ", when …": a
    /// story of the past that goes on after the date).
    fn suspended_until(&self, i: usize) -> bool {
        let stop = |k: usize| {
            one_of!(
                self.w(k),
                "cancelled" | "canceled" | "suspended" | "closed" | "shut" | "postponed" | "extended" | "halted" | "banned" | "grounded" | "delayed" | "adjourned" | "paused" | "barred"
                    | "bail"
            )
        };
        let until = matches!(self.w(self.past_at_least(i).wrapping_sub(1)), "until" | "till");
        // (The date may run on a few words: "until March 14, 2025, when".)
        let when = (i + 1..i + 5).any(|k| self.w(k) == "," && self.w(k + 1) == "when");
        until && !when && (i.saturating_sub(7)..i.saturating_sub(1)).any(|k| stop(k) && !self.tokens[k + 1..i].iter().any(|t| t.sent_start))
    }

    /// A deadline's sentence is in the past: a past word before it, or a past auxiliary after it
    /// ("By Wednesday, the hostages were still missing").
    fn past_deadline(&self, i: usize) -> bool {
        if self.past_context(i) {
            return true;
        }
        let mut j = i + 1;
        while j < self.tokens.len() && !self.tokens[j].sent_start && j - i < 60 {
            if matches!(self.w(j), "was" | "were" | "had" | "did") {
                return true;
            }
            j += 1;
        }
        false
    }

    fn future_context(&self, i: usize) -> bool {
        // "protests against the plan to raise the age, the sixth day since January": what runs
        // since a date began before now, whatever the sentence looks to.
        let since = |k: usize| self.w(k) == "since";
        let part = |k: usize| one_of!(self.w(k), "early" | "mid" | "late");
        if since(i.wrapping_sub(1)) || (part(i.wrapping_sub(1)) && since(i.wrapping_sub(2))) || (self.w(i.wrapping_sub(1)) == "-" && part(i.wrapping_sub(2)) && since(i.wrapping_sub(3))) {
            return false;
        }
        // Look back to the start of the sentence for a future marker (60 words at most: a text
        // without full stops made every weekday read all the text before it).
        let mut j = i;
        let mut planned = false;
        // A verb of the past seen (walking back) since the date.
        let mut past_seen = false;
        while j > 0 && i - j < 60 {
            if self.tokens[j].sent_start {
                break;
            }
            j -= 1;
            // "Bills will rise … after the regulator approved the increase in December": a clause
            // of cause or time told in the past holds the date, whatever the sentence looks to.
            // So does a clause in the past set against the one before it ("Amazon said it would
            // cut 18,000 roles, while Meta fired 11,000 staff in November").
            if past_seen && (one_of!(self.w(j), "after" | "since" | "because") || (one_of!(self.w(j), "while" | "whereas") && self.w(j.wrapping_sub(1)) == ",")) {
                return false;
            }
            // So does one whose verb in the past comes after the date ("would buy back shares
            // after its profit for the April-September half more than doubled").
            if !past_seen && one_of!(self.w(j), "after" | "because") {
                let later_past = (i + 1..(i + 12).min(self.tokens.len()))
                    .take_while(|&k| !self.tokens[k].sent_start && !one_of!(self.w(k), "," | ";" | "when" | "before" | "until"))
                    .any(|k| matches!(self.w(k), "was" | "were") || (self.past_participle(k) && !one_of!(self.w(k - 1), "be" | "been" | "being" | "is" | "are" | "will" | "would" | "to" | "has" | "have")));
                if later_past {
                    return false;
                }
            }
            if matches!(self.w(j), "was" | "were") || (self.past_participle(j) && j >= 1 && !one_of!(self.w(j - 1), "be" | "been" | "being" | "is" | "are" | "will" | "would" | "to" | "get" | "gets")) {
                past_seen = true;
            }
            // "… is likely to be sidelined, the minister was reported as saying on Wednesday": the
            // date is the saying's, in the past.
            if matches!(self.w(j), "said" | "saying" | "told" | "reported") {
                return false;
            }
            // "… may cut the risk, according to a study published on Monday", "a probe designed
            // to study whether … could support life blasted off on Monday": a verb in the past
            // right before the date (or its "on") is the date's, whatever came before; not a
            // passive after "be" ("will be published on Monday"), nor a clause of time that
            // takes the tense of the one it hangs on ("due to be held when parliament
            // reconvened on Tuesday").
            let subordinate = || (j.saturating_sub(3)..j).any(|k| one_of!(self.w(k), "when" | "once" | "after" | "before" | "until"));
            // A particle may stand between ("blasted off on Monday", "broke out on Friday").
            let particle = i - j == 3 && one_of!(self.w(j + 1), "off" | "out" | "up" | "down" | "away" | "back" | "over") && matches!(self.w(j + 2), "on" | "in");
            if (i - j <= 2 || particle) && j >= 1 && self.past_participle(j) && !one_of!(self.w(j - 1), "be" | "been" | "being" | "is" | "are" | "get" | "gets") && (j + 1 == i || matches!(self.w(j + 1), "on" | "in") || particle) && !subordinate() {
                return false;
            }
            // "Sentencing is set for Sept. 12", "slated for May", "the judge set sentencing for
            // March 28", "set a hearing for Friday".
            // "Payments … are set to resume in October": "set to" and a verb look ahead at any
            // distance in the sentence.
            let set_to_verb = self.w(j) == "set" && self.w(j + 1) == "to" && j + 2 < i && self.tokens[j + 2].kind == TokenKind::Word && self.tokens[j + 2].text(self.text).bytes().all(|b| b.is_ascii_lowercase()) && !one_of!(self.w(j + 2), "the" | "a" | "an");
            if set_to_verb || (i - j <= 3 && ((self.w(j) == "set" && matches!(self.w(j + 1), "for" | "to")) || self.w(j) == "slated")) || (i - j <= 4 && self.w(j) == "set" && self.w(i - 1) == "for") {
                return true;
            }
            // Not a comparison with a forecast: "a higher-than-expected surplus", "as expected".
            let compared = self.w(j) == "expected" && j > 0 && (matches!(self.w(j - 1), "than" | "as") || (self.w(j - 1) == "-" && self.glued(j)));
            // "its scheduled end on Tuesday", "the planned vote": an adjective of the plan, whose
            // day the sentence's verb places ("The summit ran a day past its scheduled end on
            // Tuesday"): ahead unless a verb of the past stands before it.
            if one_of!(self.w(j), "scheduled" | "planned" | "expected" | "upcoming") && one_of!(self.w(j.wrapping_sub(1)), "its" | "their" | "his" | "her" | "the" | "a" | "an") {
                planned = true;
                continue;
            }
            if planned && (self.past_participle(j) || one_of!(self.w(j), "was" | "were" | "had" | "did" | "ran" | "went" | "came" | "fell" | "rose" | "began" | "took" | "made" | "met" | "won" | "lost" | "left" | "held" | "broke" | "became" | "struck" | "spent")) {
                return false;
            }
            if one_of!(self.w(j), "will" | "'ll" | "shall" | "scheduled" | "due" | "plans" | "planned" | "expected" | "upcoming" | "would" | "might") && !compared {
                return true;
            }
            // "Biden and his wife plan to visit Maui on Monday", "intends to", "aim to".
            if one_of!(self.w(j), "plan" | "intend" | "intends" | "aim" | "aims") && self.w(j + 1) == "to" {
                return true;
            }
            // "OPEC+ agreed on Sunday to cut output from January", "voted to delay the ban until
            // March": what a body agreed, decided or promised to do lies ahead of the agreeing
            // (a verb after "to", up to three words between; no verb of the past after it).
            // (Only over a preposition that looks forward: "agreed to buy the firm on Monday" is
            // the agreeing's day.)
            if !past_seen
                && one_of!(self.w(i.wrapping_sub(1)), "from" | "until" | "till" | "by" | "starting" | "beginning")
                && self.w(j) == "to"
                && self.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && t.text(self.text).bytes().all(|b| b.is_ascii_lowercase()))
                && !one_of!(self.w(j + 1), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that" | "these" | "those" | "some" | "be")
                && (j.saturating_sub(4)..j).any(|k| {
                    one_of!(
                        self.w(k),
                        "agreed" | "agree" | "agrees" | "decided" | "decide" | "decides" | "voted" | "vote" | "votes" | "pledged" | "pledges" | "promised" | "promises" | "vowed" | "vows" | "threatened" | "threatens"
                    )
                })
            {
                return true;
            }
            // "a new election must be called, likely in December": an obligation ahead (not
            // "must have been", a guess about the past).
            // Nor a day in a clause of the past after it ("must play behind closed doors after
            // fans hurled bottles … on Saturday").
            // So is a need or a hope told in the present ("New Zealand need to win both Tests to
            // reach the final in June", "hopes to finish by March"; not "needed to").
            // (What is needed may come between: "need a draw to clinch the series and a place in
            // the final in June".)
            let need = (one_of!(self.w(j), "need" | "needs" | "hope" | "hopes" | "want" | "wants") && self.w(j + 1) == "to")
                || (matches!(self.w(j), "need" | "needs") && (j + 2..(j + 5).min(i)).any(|k| self.w(k) == "to") && one_of!(self.w(j + 1), "a" | "an" | "one" | "two" | "three" | "just" | "only" | "another"));
            if (self.w(j) == "must" || need) && !matches!(self.w(j + 1), "have" | "'ve") && (j + 1..i).all(|k| !one_of!(self.w(k), "after" | "when" | "because" | "since" | "following") && !(self.past_participle(k) && !matches!(self.w(k - 1), "be" | "been" | "being"))) {
                return true;
            }
            // "The cap, which takes effect on Feb. 15", "the law comes into force in January": a
            // change told in the present takes effect ahead (not "took effect", "came into force").
            if i - j <= 3
                && ((self.w(j) == "effect" && matches!(self.w(j.wrapping_sub(1)), "takes" | "take"))
                    || (matches!(self.w(j), "effect" | "force") && self.w(j.wrapping_sub(1)) == "into" && one_of!(self.w(j.wrapping_sub(2)), "comes" | "come" | "enters" | "enter" | "goes" | "go")))
            {
                return true;
            }
            // "Analysts expect the first cut in March", "is likely to fall … by June".
            // ("forecast" and "predicted" are past tenses and nouns as often.)
            if matches!(self.w(j), "expect" | "expects") && !self.cap(j) {
                return true;
            }
            if self.w(j) == "likely" && self.w(j + 1) == "to" {
                return true;
            }
            // "Temperatures were forecast to fall from Sunday", "forecast growth for the December
            // quarter": what a forecast is of lies ahead (not "said in a forecast on Monday").
            if one_of!(self.w(j), "forecast" | "forecasts" | "forecasted" | "predicted" | "projected") && (self.w(j + 1) == "to" || (self.w(i - 1) == "for" || (self.w(i - 1) == "the" && self.w(i.wrapping_sub(2)) == "for"))) {
                return true;
            }
            // "City host Fulham on Sunday", "Arsenal face Chelsea on Tuesday": a fixture told in
            // the present, before the opponent's name, is ahead.
            // (The opponent's name ends before a preposition or a stop: in "World Cup hosts
            // France beat Mexico on Saturday" a verb follows it, and "hosts" is a noun.)
            if one_of!(self.w(j), "host" | "hosts" | "face" | "faces" | "meet" | "meets" | "play" | "plays") && self.cap(j + 1) && !self.tokens[j].sent_start {
                let mut k = j + 1;
                while k < j + 5 && self.cap(k) {
                    k += 1;
                }
                if one_of!(self.w(k), "on" | "in" | "at" | "this" | "next" | "tomorrow" | "tonight" | "," | "." | "") {
                    return true;
                }
            }
            // "a 60% chance of a first cut in September", "the odds of a hike in July".
            // (Up to 14 words apart with no verb of the past between: "a 70% chance of a
            // quarter-point rate cut by the Fed in September".)
            if i - j <= 14 && one_of!(self.w(j), "chance" | "chances" | "odds" | "probability" | "likelihood") && self.w(j + 1) == "of" && (i - j <= 8 || (j + 2..i).all(|k| !matches!(self.w(k), "was" | "were") && !self.past_participle(k))) {
                return true;
            }
            // "ahead of publication on Sunday"; a schedule told in the present ("The third Test
            // starts in Sydney on Jan. 3", "the offer ends Friday"): near the date only (a clause
            // after it has its own tense: "ahead of elections on November 24, the ministry on
            // Thursday banned …"; "loose ends on the deal -- … on Sunday").
            // So is a release told in the present ("Nvidia reports its results on Aug. 28", "the
            // ministry publishes the figures on Friday").
            if (i - j <= 6
                && ((self.w(j) == "ahead" && self.w(j + 1) == "of") || (!self.cap(j) && one_of!(self.w(j), "starts" | "begins" | "opens" | "ends" | "closes" | "expires" | "resumes"))))
                || (i - j <= 8 && !self.cap(j) && one_of!(self.w(j), "reports" | "publishes" | "releases" | "unveils" | "convenes"))
            {
                return true;
            }
            // "City next face Madrid on Wednesday", "they next meet on Monday": "next" between a
            // subject and its verb (not "next month", "next to", "the next day").
            if self.w(j) == "next" && !self.cap(j) && j > 0 && (self.cap(j - 1) || one_of!(self.w(j - 1), "they" | "he" | "she" | "we" | "it"))
                && self.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !self.cap(j + 1))
                && units::time_unit(self.w(j + 1)).is_none()
                && !one_of!(self.w(j + 1), "to" | "week" | "weekend" | "morning" | "afternoon" | "evening" | "night" | "season" | "spring" | "summer" | "autumn" | "fall" | "winter")
            {
                return true;
            }
            // "could rise by Friday", "may resume on Monday" (not "could not", nor the month May).
            if matches!(self.w(j), "could" | "may") && !self.cap(j) && !matches!(self.w(j + 1), "not" | "n't" | "have") {
                return true;
            }
        }
        planned
    }

    /// A verb of change at token `i` ("rose", "fell", "edged", "up"): "to" after its figure gives
    /// the new level.
    fn change_verb(&self, i: usize) -> bool {
        one_of!(
            self.w(i),
            "rose" | "rise" | "rises" | "rising" | "fell" | "fall" | "falls" | "falling" | "climbed" | "climb" | "climbs" | "dropped" | "drop" | "drops" | "jumped" | "jump" | "slipped" | "gained" | "lost" | "increased" | "decreased" | "declined" | "added" | "shed" | "edged" | "eased" | "surged" | "plunged" | "slumped" | "soared" | "advanced" | "retreated" | "up" | "down" | "grew" | "shrank"
        )
    }

    /// A figure at token `i` right after a verb of change, or after "from" after one ("rose 2%",
    /// "rose from 2%", "raised its key rate from 4.25%"): a "to" after it gives the new level.
    fn after_change(&self, i: usize) -> bool {
        i >= 1 && (self.change_verb(i - 1) || (self.w(i - 1) == "from" && self.change_before(i - 1)))
    }

    /// A percent sign or word, or a unit of measure, at token `k` ("%", "percent", "per cent",
    /// "pct", "degrees", "km").
    fn unit_word_at(&self, k: usize) -> bool {
        let w = self.w(k);
        matches!(w, "%" | "percent" | "pct") || (w == "per" && self.w(k + 1) == "cent") || units::unit(w).is_some()
    }

    /// A verb or noun of change in the few words before "from" at token `from`, in its clause:
    /// "rose from", "raised its key rate from", "increased the number of seats from", "a cut
    /// in the forecast from" (not "range from", "groups of from").
    fn change_before(&self, from: usize) -> bool {
        let mut k = from;
        while k > 0 && from - k < 6 {
            if self.tokens[k].sent_start {
                return false;
            }
            k -= 1;
            if self.tokens[k].kind == TokenKind::Punct {
                return false;
            }
            // "up from", "down from": only right before it ("set up a meeting from 2 to 5").
            if (self.change_verb(k) && (k + 1 == from || !matches!(self.w(k), "up" | "down")))
                || one_of!(
                    self.w(k),
                    "raised" | "raise" | "raises" | "raising" | "cut" | "cuts" | "cutting" | "lowered" | "lower" | "lowers" | "lowering" | "reduced" | "reduce" | "reduces" | "reducing"
                        | "reduction" | "hiked" | "hike" | "hikes" | "boosted" | "boost" | "trimmed" | "lifted" | "lifts" | "increase" | "increases" | "increasing" | "decrease" | "expanded"
                        | "revised" | "upgraded" | "downgraded" | "slashed" | "changed" | "moved" | "shifted" | "risen" | "fallen" | "grown" | "narrowed" | "widened" | "swung" | "went" | "gone"
                        | "jumps" | "drops" | "declines" | "decline" | "swelled" | "swell" | "ballooned" | "doubled" | "tripled" | "halved" | "sank" | "tumbled" | "plummeted"
                        | "rebounded" | "recovered" | "improved" | "worsened" | "deepened"
                )
            {
                return true;
            }
        }
        false
    }

    /// A time zone or "local time" after token `i` ("1130 GMT", "2215 local time").
    fn zone_after(&self, i: usize) -> bool {
        one_of!(self.w(i + 1), "gmt" | "utc" | "est" | "edt" | "cet" | "cest" | "bst" | "pst" | "pdt" | "cst" | "cdt" | "jst" | "ist" | "msk")
            || (self.w(i + 1) == "local" && self.w(i + 2) == "time")
    }

    /// "2:45 p.m.", "4pm", "11 a.m." at `i`: the hour of the day (with minutes as a fraction);
    /// nothing without "a.m."/"p.m.".
    fn clock_with_meridiem(&self, i: usize) -> Option<f64> {
        let h = self.num_val(i).filter(|h| (1..=12).contains(h))?;
        let mut j = i + 1;
        let mut minutes = 0;
        if self.w(j) == ":" && self.glued(j) && self.glued(j + 1) {
            minutes = self.num_val(j + 1).filter(|&m| m < 60 && self.tokens[j + 1].text(self.text).len() == 2)?;
            j += 2;
        }
        let off = meridiem(self.w(j))?;
        Some((h % 12 + off) as f64 + minutes as f64 / 60.0)
    }

    fn time(&self, i: usize) -> Option<(Figure, usize)> {
        // Wire-service clock times: four digits before a time zone or "local time" ("0930 GMT",
        // "2215 local time"); with a leading zero they would otherwise read as a code. The zone
        // stays out of the span: it is a name of its own (CoNLL marks "GMT" MISC).
        if let Some(t) = self.tokens.get(i).filter(|t| t.kind == TokenKind::Number) {
            let raw = t.text(self.text);
            let zone = self.zone_after(i);
            if zone && raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
                let (h, m): (u32, u32) = (raw[..2].parse().ok()?, raw[2..].parse().ok()?);
                if h < 24 && m < 60 {
                    let end = if self.w(i + 1) == "local" { i + 3 } else { i + 1 };
                    let mut f = Figure::new(tok_span(i, end), FigureKind::Time);
                    f.value = Some(h as f64 + m as f64 / 60.0);
                    f.iso = Some(format!("T{h:02}:{m:02}"));
                    return Some((f, end));
                }
            }
        }
        // The day's two named hours after a preposition ("lapsed at midnight", "closed between
        // noon and 5 p.m.", "around midnight"), and "12 noon".
        let named = |k: usize| match self.w(k) {
            "noon" | "midday" => Some(12u32),
            "midnight" => Some(0),
            _ => None,
        };
        let twelve = self.w(i) == "12" && named(i + 1) == Some(12);
        let after_prep = i > 0 && one_of!(self.w(i - 1), "at" | "by" | "until" | "till" | "before" | "after" | "from" | "between" | "and" | "to" | "past" | "around" | "about" | "since" | "near");
        if let Some(h) = named(i).filter(|_| after_prep && self.w(i + 1) != "mass").or(twelve.then_some(12)) {
            let end = if twelve { i + 2 } else { i + 1 };
            let mut f = Figure::new(tok_span(i, end), FigureKind::Time);
            f.value = Some(h as f64);
            f.iso = Some(format!("T{h:02}:00"));
            return Some((f, end));
        }
        // 10:30 [am|pm], 8 a.m., 8pm; British "6.45pm"
        let mut j = i + 1;
        let mut minutes = 0;
        let mut dotted = false;
        let h = match self.num_val(i) {
            Some(h) => h,
            None => {
                let (hh, mm) = self.tokens.get(i).filter(|t| t.kind == TokenKind::Number)?.text(self.text).split_once('.')?;
                if hh.is_empty() || hh.len() > 2 || mm.len() != 2 {
                    return None;
                }
                minutes = mm.parse().ok().filter(|&m: &u32| m < 60)?;
                dotted = true;
                hh.parse().ok()?
            }
        };
        if h > 24 {
            return None;
        }
        if !dotted && self.w(j) == ":" && self.glued(j) && self.glued(j + 1) {
            // "ran 3:27.65": minutes and seconds to the hundredth are a race's time, no clock's.
            let tenths = self.tokens.get(j + 1).filter(|t| t.kind == TokenKind::Number).map(|t| t.text(self.text)).and_then(|x| x.split_once('.')).filter(|(a, b)| a.len() == 2 && (1..=3).contains(&b.len()));
            if let Some(secs) = tenths.and_then(|(a, b)| format!("{a}.{b}").parse::<f64>().ok()).filter(|&s| s < 60.0) {
                let mut f = Figure::new(tok_span(i, j + 2), FigureKind::Duration);
                f.unit = Some("second".into());
                let v = tidy(h as f64 * 60.0 + secs);
                (f.value, f.low, f.high) = (Some(v), Some(v), Some(v));
                f.qualifier = Qualifier::Exact;
                return Some((f, j + 2));
            }
            minutes = self.num_val(j + 1).filter(|&m| m < 60 && self.tokens[j + 1].text(self.text).len() == 2)?;
            j += 2;
            // "2:02:16", "1:59:40.2": with seconds it is the length of a race or a journey, unless
            // the text says a time of day ("at 10:32:15 GMT", "10:32:15 a.m.").
            if self.w(j) == ":" && self.glued(j) && self.glued(j + 1) {
                let sec_tok = self.tokens.get(j + 1).filter(|t| t.kind == TokenKind::Number)?.text(self.text);
                let secs: f64 = sec_tok.parse().ok().filter(|&s: &f64| s < 60.0 && sec_tok.split('.').next().is_some_and(|x| x.len() == 2))?;
                let mut end = j + 2;
                let ampm = meridiem(self.w(end)).filter(|_| (1..=12).contains(&h));
                // After a date or "@", before a year: a time stamp ("Oct 26 15:50:06 2016").
                let dated = i > 0 && (one_of!(self.w(i - 1), "@" | "morning" | "afternoon" | "evening" | "tonight" | "night" | "today" | "tomorrow" | "yesterday") || self.is_num(i - 1) && !self.tokens[i].newline_before || month_number(self.w(i - 1)).is_some())
                    || self.tokens.get(end).is_some_and(|t| t.text(self.text).len() == 4 && self.num_val(end).is_some_and(|y| (1900..=2100).contains(&y)));
                let clock = (i > 0 && one_of!(self.w(i - 1), "at" | "until" | "till" | "by" | "since"))
                    || ampm.is_some()
                    || dated
                    || self.zone_after(end - 1)
                    || matches!(self.w(end), "local" | "hrs" | "z");
                let mut f = if clock {
                    let h24 = ampm.map_or(h, |off| h % 12 + off);
                    if ampm.is_some() {
                        end += 1;
                    }
                    let mut f = Figure::new(tok_span(i, end), FigureKind::Time);
                    f.iso = Some(format!("T{h24:02}:{minutes:02}:{:02}", secs as u32));
                    f.value = Some(h24 as f64 + minutes as f64 / 60.0 + secs / 3600.0);
                    f
                } else {
                    let mut f = Figure::new(tok_span(i, end), FigureKind::Duration);
                    f.unit = Some("second".into());
                    let v = tidy((h * 3600 + minutes * 60) as f64 + secs);
                    (f.value, f.low, f.high) = (Some(v), Some(v), Some(v));
                    f
                };
                f.qualifier = Qualifier::Exact;
                return Some((f, end));
            }
            // A gap in a race is minutes and seconds: "fourth overall, 7:42 behind", "beat his
            // teammate by 0:48" (not "left at 9:15 behind schedule", "close by 8:30").
            let clocked = i > 0 && one_of!(self.w(i - 1), "at" | "until" | "till" | "since" | "from" | "before" | "after" | "around");
            let behind = matches!(self.w(j), "behind" | "ahead" | "adrift") && !clocked;
            let margin = i > 1 && self.w(i - 1) == "by" && (i.saturating_sub(6)..i - 1).any(|k| one_of!(self.w(k), "beat" | "beats" | "beating" | "won" | "win" | "wins" | "winning" | "lead" | "leads" | "led" | "leading" | "trail" | "trails" | "trailed" | "trailing"));
            if (behind || margin) && meridiem(self.w(j)).is_none() {
                let mut f = Figure::new(tok_span(i, j), FigureKind::Duration);
                f.unit = Some("second".into());
                let v = (h * 60 + minutes) as f64;
                (f.value, f.low, f.high) = (Some(v), Some(v), Some(v));
                return Some((f, j));
            }
        }
        let ampm = meridiem(self.w(j));
        // The first of two times takes the second's half of the day when it is no later
        // ("between 2:15 and 2:45 p.m." was 02:15, "from 2 to 4 p.m.", "9-11am"); "from 11:30
        // to 1 p.m." keeps its morning. A bare hour needs "between"/"from" before it or a glued
        // dash ("2 and 4 p.m." alone could be counts).
        if ampm.is_none() && !dotted && (1..=12).contains(&h) {
            let bare = j == i + 1;
            let joined = match self.w(j) {
                "and" | "to" | "until" | "till" => !bare || (i > 0 && matches!(self.w(i - 1), "between" | "from")),
                "-" | "–" => !bare || (self.glued(j) && self.glued(j + 1)),
                _ => false,
            };
            if let Some(next) = self.clock_with_meridiem(j + 1).filter(|_| joined) {
                let mine = (h % 12) as f64 + minutes as f64 / 60.0;
                let h24 = if next < 12.0 {
                    h % 12
                } else if mine + 12.0 <= next {
                    h % 12 + 12
                } else {
                    h
                };
                if next >= 12.0 || mine <= next {
                    let mut f = Figure::new(tok_span(i, j), FigureKind::Time);
                    f.iso = Some(format!("T{h24:02}:{minutes:02}"));
                    f.value = Some(h24 as f64 + minutes as f64 / 60.0);
                    return Some((f, j));
                }
            }
        }
        // A dotted time needs its am/pm: "closed at 6.45" is a price.
        if ampm.is_none() && (j == i + 1 || dotted) {
            return None;
        }
        if let Some(off) = ampm {
            if h == 0 || h > 12 {
                return None;
            }
            j += 1;
            let h24 = if h == 12 { off } else { h + off };
            let mut f = Figure::new(tok_span(i, j), FigureKind::Time);
            f.iso = Some(format!("T{h24:02}:{minutes:02}"));
            f.value = Some(h24 as f64 + minutes as f64 / 60.0);
            return Some((f, j));
        }
        let mut f = Figure::new(tok_span(i, j), FigureKind::Time);
        f.iso = Some(format!("T{h:02}:{minutes:02}"));
        f.value = Some(h as f64 + minutes as f64 / 60.0);
        Some((f, j))
    }

    /// Quarters and halves of a year: "the third quarter", "Q3 2023", "third-quarter profit",
    /// "the first half of 2023", "H2" → "2023-Q3", "2023-H1". In sport a quarter or a half is part
    /// of a match, so a quarter needs a year, "of the year", the adjective form or money words
    /// nearby ("profit", "sales"); a half needs a year or "of the year".
    fn quarter(&self, i: usize) -> Option<(Figure, usize)> {
        let k = if self.w(i) == "the" { i + 1 } else { i };
        let w = self.w(k);
        // (kind 'Q' or 'H', number, where the phrase goes on)
        let (q, n, mut j, adjective) = if let Some(x) = w.strip_prefix('q').or_else(|| w.strip_prefix('h')).filter(|x| x.len() == 1 && self.tokens[k].kind == TokenKind::Word) {
            let n: u32 = x.parse().ok()?;
            let kind = if w.starts_with('q') { 'Q' } else { 'H' };
            if !self.tokens[k].text(self.text).starts_with(['Q', 'H']) || n == 0 || n > if kind == 'Q' { 4 } else { 2 } {
                return None;
            }
            (kind, n, k + 1, false)
        } else {
            let n = match w {
                "first" | "1st" => 1,
                "second" | "2nd" => 2,
                "third" | "3rd" => 3,
                "fourth" | "4th" | "final" | "last" => 4,
                _ => return None,
            };
            let (mut m, adjective) = if self.w(k + 1) == "-" && self.glued(k + 1) && self.glued(k + 2) { (k + 2, true) } else { (k + 1, false) };
            let kind = match self.w(m) {
                "quarter" => 'Q',
                "half" if n <= 2 || matches!(w, "last" | "final") => 'H',
                _ => return None,
            };
            let n = if kind == 'H' && n == 4 { 2 } else { n };
            m += 1;
            (kind, n, m, adjective)
        };
        let start = if k > i && !adjective { i } else { k };
        if start < self.floor.get() {
            return None;
        }
        // The year: "Q3 2023", "the first half of 2023", "the third quarter of the year".
        let mut year = None;
        let mut of_year = false;
        if let Some(y) = self.year_at(j) {
            year = Some(y as i32);
            j += 1;
        } else if self.w(j) == "of" {
            if let Some(y) = self.year_at(j + 1) {
                year = Some(y as i32);
                j += 2;
            } else if self.w(j + 1) == "fiscal" && self.year_at(j + 2).is_some() {
                // "the fourth quarter of fiscal 2025": a company's own year, whose months the
                // text does not give (no ISO value).
                let mut f = Figure::new(tok_span(start, j + 3), FigureKind::Date);
                f.iso = None;
                return Some((f, j + 3));
            } else if matches!(self.w(j + 1), "the" | "this" | "last" | "next") && self.w(j + 2) == "year" {
                let off = match self.w(j + 1) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                year = self.reference.map(|r| r.year + off);
                of_year = true;
                j += 3;
            } else {
                return None;
            }
        }
        let money_words = |a: usize, b: usize| (a..b).any(|x| one_of!(self.w(x), "profit" | "profits" | "earnings" | "results" | "sales" | "revenue" | "revenues" | "growth" | "loss" | "losses" | "output" | "gdp" | "economy" | "quarterly" | "fiscal" | "prices" | "inflation" | "exports" | "imports" | "deliveries" | "orders" | "production" | "demand" | "shipments"
            | "charges" | "costs" | "spending" | "surplus" | "deficit" | "income" | "margin" | "margins" | "bookings" | "dividend" | "guidance" | "forecast" | "outlook" | "turnover" | "flights" | "passengers" | "capacity" | "$" | "€" | "£"));
        // Money words anywhere earlier in the sentence ("expected sales to China and other
        // regions to decline in the fourth quarter"), or just after.
        let mut from = i;
        while from > 0 && !self.tokens[from].sent_start && i - from < 25 {
            from -= 1;
        }
        let explicit = year.is_some() || of_year || q == 'Q' && (adjective || w.starts_with('q') || money_words(from, (j + 8).min(self.tokens.len())));
        if !explicit {
            return None;
        }
        let first_month = if q == 'Q' { (n - 1) * 3 + 1 } else { (n - 1) * 6 + 1 };
        // Ahead, a quarter under way is this one ("will come in the first quarter" in February):
        // its last month decides; looking back, its first.
        let months = if q == 'Q' { 3 } else { 6 };
        let future = self.future_context(k);
        let month = if future { first_month + months - 1 } else { first_month };
        let y = year.or_else(|| {
            self.reference.map(|r| {
                // Ahead, a quarter that ended in the last two months is the one whose
                // results are to come ("expected to report a loss for the third quarter" in
                // October; "will report fourth-quarter results" in January).
                let last = first_month + months - 1;
                let (ended_in, back) = if last < r.month { (r.year, r.month - last) } else { (r.year - 1, r.month + 12 - last) };
                if future && back <= 2 {
                    ended_in
                } else {
                    self.year_of_month(k, month, None)
                }
            })
        });
        let mut f = Figure::new(tok_span(start, if adjective { k + 3 } else { j }), FigureKind::Date);
        f.iso = y.map(|y| format!("{y:04}-{q}{n}"));
        Some((f, if adjective { k + 3 } else { j }))
    }

    /// A decade of someone's life: "in his 60s", "in their early forties", "in her mid-30s" → an
    /// age range (the possessive before it says whose).
    fn age_decade(&self, i: usize) -> Option<(Figure, usize)> {
        let owner = |k: usize| k > 0 && one_of!(self.w(k - 1), "his" | "her" | "their" | "my" | "your" | "our");
        // "in their late teens or early 20s", "in his 50s and 60s": the second decade is one too.
        let listed = || i >= 3 && matches!(self.w(i - 1), "or" | "and" | "to") && (i.saturating_sub(4)..i - 1).any(|p| owner(p) && self.age_decade(p).is_some_and(|(_, e)| e == i - 1));
        if !owner(i) && !listed() {
            return None;
        }
        let part = matches!(self.w(i), "early" | "mid" | "late").then(|| self.w(i));
        let k = match part {
            Some(_) if self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2) => i + 2,
            Some(_) => i + 1,
            None => i,
        };
        let (base, end) = if self.is_num(k) && self.w(k + 1) == "s" && self.glued(k + 1) {
            (self.num_val(k).filter(|v| v % 10 == 0 && (10..=90).contains(v))? as f64, k + 2)
        } else {
            let v = match self.w(k) {
                "teens" => 10.0,
                w => numbers::decade_word(w)?,
            };
            (v, k + 1)
        };
        let (lo, hi) = match (part, base) {
            // Teens run from 13: early 13–15, mid 14–16, late 17–19.
            (Some("early"), b) if b == 10.0 => (13.0, 15.0),
            (Some("mid"), b) if b == 10.0 => (14.0, 16.0),
            (Some("late"), b) if b == 10.0 => (17.0, 19.0),
            (_, b) if b == 10.0 => (13.0, 19.0),
            (Some("early"), b) => (b, b + 3.0),
            (Some("mid"), b) => (b + 3.0, b + 6.0),
            (Some("late"), b) => (b + 6.0, b + 9.0),
            (_, b) => (b, b + 9.0),
        };
        let mut f = Figure::new(tok_span(i, end), FigureKind::Age);
        f.qualifier = Qualifier::Range;
        f.low = Some(lo);
        f.high = Some(hi);
        f.unit = Some("year".into());
        Some((f, end))
    }

    /// "in the high 20s", "the low teens", "the low-30s", "the high single digits": a band of a
    /// decade (low: its first four numbers, high or upper: its last three). Not "early", "mid"
    /// or "late", which as often place a decade of years ("the mid-90s").
    fn decade_band(&self, i: usize) -> Option<(Figure, usize)> {
        if i == 0 || self.w(i - 1) != "the" {
            return None;
        }
        let high = match self.w(i) {
            "low" | "lower" => false,
            "high" | "upper" => true,
            _ => return None,
        };
        let k = if self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2) { i + 2 } else { i + 1 };
        let (base, end) = if self.is_num(k) && self.w(k + 1) == "s" && self.glued(k + 1) {
            (self.num_val(k).filter(|v| v % 10 == 0 && (20..=90).contains(v))? as f64, k + 2)
        } else {
            match (self.w(k), self.w(k + 1)) {
                ("teens", _) => (10.0, k + 1),
                ("single", "digits" | "digit") => (0.0, k + 2),
                ("double", "digits" | "digit") => (10.0, k + 2),
                (w, _) => (numbers::decade_word(w)?, k + 1),
            }
        };
        let (lo, hi) = match (base, high, self.w(k)) {
            (_, _, "double") => if high { (70.0, 99.0) } else { (10.0, 13.0) },
            (0.0, false, _) => (1.0, 3.0),
            (10.0, false, _) => (13.0, 15.0),
            (b, false, _) => (b, b + 3.0),
            (b, true, _) => (b + 7.0, b + 9.0),
        };
        let mut f = Figure::new(tok_span(i, end), FigureKind::Count);
        f.qualifier = Qualifier::Range;
        f.low = Some(lo);
        f.high = Some(hi);
        Some((f, end))
    }

    // ---- ordinals and ratio words ----------------------------------------------------------

    fn ordinal(&self, i: usize) -> Option<(Figure, usize)> {
        let w = self.w(i);
        // Compounds: "twenty-fifth", "one hundred twenty fifth", "two hundredth", "three trillionth".
        if let Some(n) = self.num_at(i).filter(|n| !n.digits) {
            let mut k = n.end;
            if self.w(k) == "-" && self.glued(k) && self.glued(k + 1) {
                k += 1;
            }
            if let Some(o) = numbers::ordinal_value(self.w(k)).filter(|_| !(self.w(k + 1) == "of" || self.w(k + 1).ends_with('s'))) {
                let base = n.value;
                // "two hundredth" multiplies; "twenty-fifth" and "one hundred twenty fifth" add.
                let v = if o >= 100.0 {
                    base * o
                } else if base >= 20.0 && ((base % 10.0 == 0.0 && o < 10.0) || base % 100.0 == 0.0) {
                    base + o
                } else {
                    f64::NAN
                };
                if v.is_finite() {
                    let mut f = Figure::new(tok_span(i, k + 1), FigureKind::Ordinal);
                    f.value = Some(v);
                    f.low = f.value;
                    f.high = f.value;
                    return Some((f, k + 1));
                }
            }
        }
        let (v, end): (f64, usize) = if let Some(v) = numbers::ordinal_value(w) {
            // "per second", "cubic metres a second", "60 times a second": the unit of time,
            // not a rank ("a second man" is one).
            let unit_before = |k: usize| units::unit(self.w(k)).is_some() || self.w(k) == "times";
            if w == "second" && i >= 2 && (matches!(self.w(i - 1), "per" | "each") || (self.w(i - 1) == "a" && unit_before(i - 2))) {
                return None;
            }
            // An adjective made with it is no rank: "first-time buyers", "second-hand cars",
            // "third-party sellers", "first-degree murder", "a second-tier league".
            if self.w(i + 1) == "-"
                && self.glued(i + 1)
                && self.glued(i + 2)
                && one_of!(self.w(i + 2), "time" | "hand" | "class" | "rate" | "degree" | "party" | "person" | "aid" | "born" | "string" | "tier" | "team" | "grade")
            {
                self.skip_to.set(i + 3);
                return None;
            }
            // A title, no rank: "first lady", "the First Minister", "first-past-the-post".
            // (A minister or secretary in title case only: "the first minister to resign" ranks.)
            let titled = self.cap(i) && self.cap(i + 1) && one_of!(self.w(i + 1), "minister" | "secretary" | "deputy");
            if w == "first" && (titled || one_of!(self.w(i + 1), "lady" | "ladies" | "gentleman" | "responders" | "responder") || (self.w(i + 1) == "-" && self.w(i + 2) == "past")) {
                return None;
            }
            // An ordinal word opening a name mid-sentence is the name's ("the Third Way alliance",
            // "the Second World War", "a First Division side"), not a rank.
            let lower_before = i > 0
                && self.tokens[i - 1].kind == TokenKind::Word
                && (self.tokens[i - 1].text(self.text).starts_with(|c: char| c.is_lowercase()) || (self.tokens[i - 1].sent_start && self.w(i - 1) == "the"));
            if self.cap(i) && !self.tokens[i].sent_start && lower_before && self.cap(i + 1) && self.tokens[i + 1].kind == TokenKind::Word {
                return None;
            }
            // "a third of", "cut by one fifth." are fractions; "a third day", "a fifth term" ordinals.
            // So is one before a new clause or a time ("cut by nearly a third because of drought",
            // "rose by a third last year").
            let clause = one_of!(self.w(i + 1), "because" | "after" | "since" | "amid" | "due" | "compared" | "than" | "while" | "when" | "but" | "last" | "this" | "over");
            // Or the subject of a verb ("a third were in London", "a fifth said they would leave").
            let subject = numbers::verb_after_share(self.w(i + 1));
            let alone = one_of!(self.w(i + 1), "of" | "." | "," | ";" | ")" | "!" | "?" | "") || clause || subject || self.tokens.get(i + 1).is_some_and(|t| t.newline_before);
            // Not a goal's rank after a verb of scoring ("added a fourth after the break").
            let goal = self.w(i + 1) != "of" && self.w(i.wrapping_sub(1)) == "a" && i >= 2 && numbers::scoring_verb(self.w(i - 2));
            if alone && !goal && i > self.floor.get() && matches!(self.w(i.wrapping_sub(1)), "a" | "one" | "two") && v >= 3.0 {
                // A qualifier before it is the share's ("by nearly a third").
                let q = (2..=4).filter(|&n| i >= n && i - n >= self.floor.get()).find_map(|n| self.qualifier(i - n).filter(|&(_, k)| k == i - 1).map(|(q, _)| (q, i - n)));
                let (qual, from) = q.unwrap_or((Qualifier::Exact, i - 1));
                let mut f = Figure::new(tok_span(from, i + 1), FigureKind::Ratio);
                let n = if self.w(i.wrapping_sub(1)) == "two" { 2.0 } else { 1.0 };
                f.value = Some(n / v);
                match qual {
                    Qualifier::Over | Qualifier::AtLeast => f.low = f.value,
                    Qualifier::Under | Qualifier::AtMost => f.high = f.value,
                    _ => (f.low, f.high) = (f.value, f.value),
                }
                f.qualifier = qual;
                return Some((f, i + 1));
            }
            (v, i + 1)
        } else if self.is_num(i) && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th") && self.glued(i + 1) {
            // "21st", "50,000th"
            let v = numbers::parse_digits(self.tokens[i].text(self.text)).filter(|v| v.fract() == 0.0 && *v >= 0.0)?;
            (v, i + 2)
        } else {
            return None;
        };
        let mut f = Figure::new(tok_span(i, end), FigureKind::Ordinal);
        f.value = Some(v);
        f.low = f.value;
        f.high = f.value;
        Some((f, end))
    }

    fn ratio_word(&self, start: usize) -> Option<(Figure, usize)> {
        // Most tokens reach this last rule: give up unless a ratio's word is near (cheaper than
        // reading a qualifier at each).
        if !(start..(start + 6).min(self.tokens.len())).any(|k| ratio_word_value(self.w(k)).is_some()) {
            return None;
        }
        // "more than twice", "nearly tripled": the qualifier is the figure's.
        // Not "turned around twice" (a verb's particle).
        let particle = self.w(start) == "around" && start > 0 && one_of!(self.w(start - 1), "turned" | "turn" | "turns" | "turning" | "spun" | "looked" | "came" | "went" | "walked");
        let (qual, i) = self.qualifier(start).filter(|&(_, k)| k < self.tokens.len() && !particle).unwrap_or((Qualifier::Exact, start));
        let w = self.w(i);
        let v = ratio_word_value(w)?;
        // A verb for the change ("profits doubled", "expected to halve"), not "doubled down" or
        // "doubled as", nor a batter's hit ("Fryman doubled in the go-ahead run", "singled, doubled
        // and homered").
        let modal = i > 0 && one_of!(self.w(i - 1), "to" | "will" | "would" | "could" | "may" | "might" | "should" | "can");
        let baseball = || {
            (i.saturating_sub(8)..(i + 9).min(self.tokens.len()))
                .any(|k| one_of!(self.w(k), "singled" | "homered" | "homer" | "inning" | "innings" | "run" | "runs" | "rbi" | "scoreless" | "pitched"))
        };
        let verb = || !one_of!(self.w(i + 1), "down" | "up" | "as" | "over" | "back") && !(w.starts_with(['d', 't']) && baseball());
        let reads = match w {
            "twice" | "thrice" => true,
            // "double the", or the base form after "to" or a modal ("expected to double").
            // So before a possessive or "what"/"that" ("double its 2021 sales", "triple last
            // year's", "double what it was"), or after a qualifier ("more than double").
            "double" | "triple" => {
                one_of!(self.w(i + 1), "the" | "its" | "their" | "his" | "her" | "our" | "what" | "that" | "last" | "this")
                    || (modal && verb())
                    // (Not a preposition: "arrest five over double Mafia killing".)
                    || (qual != Qualifier::Exact && !matches!(self.w(start), "over" | "under" | "above" | "below") && !matches!(self.w(i + 1), "digits" | "digit" | "-" | "figures"))
            }
            "treble" | "quadruple" | "halve" => modal && verb(),
            // "tenfold": not a name in capitals mid-sentence.
            _ if w.ends_with("fold") => !self.cap(i) || self.tokens[i].sent_start,
            _ => verb(),
        };
        if !reads {
            return None;
        }
        let mut f = Figure::new(tok_span(start, i + 1), FigureKind::Ratio);
        f.value = Some(v);
        // "met Putin twice this year", "was jailed twice": how often, as "N times" reads (a
        // multiplier says what it multiplies: "twice as high", "twice the size").
        if matches!(w, "twice" | "thrice") && !self.multiplier_after(i + 1) {
            f.kind = FigureKind::Count;
            f.counted = Some("times".into());
        }
        match qual {
            Qualifier::Over | Qualifier::AtLeast => f.low = f.value,
            Qualifier::Under | Qualifier::AtMost => f.high = f.value,
            Qualifier::Exact | Qualifier::Approx => (f.low, f.high) = (f.value, f.value),
            // "between twice" is no figure.
            Qualifier::Range | Qualifier::Vague => return None,
        }
        f.qualifier = qual;
        Some((f, i + 1))
    }

    // ---- amounts ---------------------------------------------------------------------------

    fn qualifier(&self, i: usize) -> Option<(Qualifier, usize)> {
        // Only the qualifiers that start with this word, in table order (longest first).
        // Qualifier indices by the first byte of their first word (a handful each).
        static BY_FIRST: std::sync::LazyLock<Vec<Vec<usize>>> = std::sync::LazyLock::new(|| {
            let mut m = vec![Vec::new(); 256];
            for (k, (words, _)) in QUALIFIERS.iter().enumerate() {
                m[words[0].as_bytes()[0] as usize].push(k);
            }
            m
        });
        let w = self.w(i);
        let first = *w.as_bytes().first()?;
        for &k in &BY_FIRST[first as usize] {
            let (words, q) = QUALIFIERS[k];
            if words.iter().enumerate().all(|(k, w)| self.w(i + k) == *w) {
                return Some((q, i + words.len()));
            }
        }
        None
    }

    /// A currency written before the number: "$", "US$", "£", "€", "USD".
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.w(i);
        let raw = self.tokens.get(i).map_or("", |t| t.text(self.text));
        // "US$", "A$", "HK$", "C$" (also spaced, as in tokenized text: "us $ 150")
        // Spaced, the prefix must look like one: "US $", "A $", "hk $", "c $" (Canadian, in lower-cased text), never
        // the article in "a $ 300 million" nor a split possessive ("Man ' s $ 25 million").
        let spaced_ok = self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && (raw.chars().count() >= 2 || raw.chars().any(|c| c.is_uppercase()) || raw == "c");
        if self.w(i + 1) == "$" && (self.glued(i + 1) || spaced_ok) {
            if let Some(c) = units::dollar_prefix(raw) {
                return Some((c, i + 2));
            }
        }
        // "E£2.5 billion": the Egyptian pound, not sterling.
        if raw == "E" && self.w(i + 1) == "£" && self.glued(i + 1) {
            return Some(("EGP", i + 2));
        }
        if let Some(c) = units::currency_symbol(raw) {
            return Some((c, i + 1));
        }
        if let Some(c) = units::currency_letters_before(raw, self.glued(i + 1)).filter(|_| self.is_num(i + 1)) {
            return Some((c, i + 1));
        }
        if raw.len() == 3 && raw.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(c) = units::iso_currency(raw) {
                if self.is_num(i + 1) {
                    return Some((c, i + 1));
                }
            }
        }
        if w == "rs" || w == "rs." {
            return Some(("INR", i + 1));
        }
        None
    }

    /// A bare number or a vague magnitude at `i`: (value, low, high, vague, end).
    fn magnitude(&self, i: usize) -> Option<(Option<f64>, f64, f64, bool, usize, Option<Num>)> {
        let w = self.w(i);
        // "tens of thousands", "hundreds of billions"
        // "scores" and "tens" count only as "scores of", "tens of" ("he scores", "the tens digit").
        if let Some((lo, hi)) = vague_word(w).filter(|_| !matches!(w, "scores" | "tens") || self.w(i + 1) == "of") {
            if self.w(i + 1) == "of" {
                if let Some(s) = plural_scale(self.w(i + 2)) {
                    return Some((None, lo * s, (hi + 1.0) * s - 1.0, true, i + 3, None));
                }
            }
            return Some((None, lo, hi, true, i + 1, None));
        }
        // "several thousand", "a few hundred", "several hundred thousand"
        let (few, k) = match (w, self.w(i + 1)) {
            ("several", _) => (Some((3.0f64, 9.0f64)), i + 1),
            ("a", "few") => (Some((2.0, 9.0)), i + 2),
            ("few", _) => (Some((2.0, 9.0)), i + 1),
            // Not "as many" / "how many" (a number said elsewhere).
            ("many", _) if !matches!(self.w(i.wrapping_sub(1)), "as" | "how" | "so" | "too") => (Some((2.0, 99.0)), i + 1),
            _ => (None, i),
        };
        if let Some((lo, hi)) = few {
            let mut s = 1.0;
            let mut j = k;
            while let Some(x) = scale_word(self.w(j), false) {
                s *= x;
                j += 1;
            }
            if j > k {
                // "several thousand" is at least two thousand in common use.
                return Some((None, lo.min(2.0) * s, hi * s, true, j, None));
            }
            // "several weeks", "a few days": a vague length of time (the unit is read after).
            if crate::figures::units::time_unit(self.w(k)).is_some_and(|_| self.w(k).ends_with('s') || self.w(k) == "centuries") {
                return Some((None, lo, hi, true, k, None));
            }
            return None;
        }
        let n = self.num_at(i)?;
        Some((Some(n.value), n.value, n.value, false, n.end, Some(n)))
    }

    fn amount(&self, i: usize) -> Option<(Figure, usize)> {
        let start = i;
        // A tiebreak's points in brackets after a set's score ("7-6 (3)", "7-6(5)") count nothing.
        let small = |k: usize| self.num_val(k).is_some_and(|v| v <= 7);
        if i >= 4 && self.w(i - 1) == "(" && self.w(i + 1) == ")" && self.is_num(i) && small(i - 2) && self.w(i - 3) == "-" && small(i - 4) && self.glued(i - 3) && self.glued(i - 2) {
            return None;
        }
        // "between 10 and 11 pm", "from 2 to 4 p.m.": two times of day, no range of counts.
        if matches!(self.w(i), "between" | "from") && self.time(i + 1).is_some() {
            return None;
        }
        // "jailed over a $1.2bn fraud", "a row over $300 million": "over" money after a word of
        // conflict or the courts is what it is about, not "more than" ("fined over $5 million"
        // is).
        if self.w(i) == "over" && i > 0 && self.currency_prefix(i + 1).is_some() {
            let about = one_of!(
                self.w(i - 1),
                "jailed" | "sued" | "charged" | "arrested" | "convicted" | "indicted" | "sentenced" | "probe" | "investigation" | "inquiry"
                    | "dispute" | "row" | "protest" | "protests" | "clash" | "clashes" | "lawsuit" | "scandal" | "complaint" | "resigned" | "fired"
                    | "sacked" | "ousted" | "years" | "months"
            );
            if about {
                return None;
            }
        }
        // "handed over 386,810 cars", "turned over 1,200 documents": "over" belongs to the verb
        // (not "took over 3 hours": "took" more than three).
        if self.w(i) == "over" && i > 0 && one_of!(self.w(i - 1), "hand" | "hands" | "handed" | "handing" | "turn" | "turns" | "turned" | "turning" | "sign" | "signs" | "signed" | "signing") {
            return None;
        }
        // "inflation ticked up to 2.6%": "up" belongs to the verb, and "to" gives the new level.
        if self.w(i) == "up" && self.w(i + 1) == "to" && i > 0 {
            let phrasal = one_of!(
                self.w(i - 1),
                "ticked" | "ticking" | "edged" | "edging" | "inched" | "inching" | "crept" | "creeping" | "moved" | "moving" | "went" | "going" | "picked" | "revised" | "shot" | "jumped" | "bumped" | "ratcheted" | "ramped" | "notched" | "stepped"
            );
            if phrasal {
                return None;
            }
        }
        let (mut qual, mut j) = self.qualifier(i).unwrap_or((Qualifier::Exact, i));
        // "at about 2 a.m.", "around 10:30": a qualified time of day.
        if qual != Qualifier::Exact {
            if let Some((mut f, end)) = self.time(j) {
                f.span = tok_span(start, end);
                f.qualifier = qual;
                return Some((f, end));
            }
        }
        // "over 2000 - 2050", "around 2020-2021": a span of years after a preposition is that span.
        if qual != Qualifier::Exact && self.year_at(j).is_some() {
            if let Some((f, end)) = self.date(j).filter(|(f, _)| f.span.start == j && f.iso.as_ref().is_some_and(|iso| iso.contains('/'))) {
                return Some((f, end));
            }
        }
        // "between X and Y", "from X to Y"
        // "rose from 2% to 3%": after a verb of change, "from" and "to" give the old and the
        // new level, two figures (the first starts at its number), not a range.
        if self.w(j) == "from" && self.change_before(j) {
            return None;
        }
        let changed_from = start == j && self.after_change(start) && !self.change_verb(start - 1);
        let between = matches!(self.w(j), "between" | "from");
        // ("from" pairs with "to", never "and": "vans from 2017 and cars since 2020".)
        let from_lead = self.w(j) == "from";
        if between {
            j += 1;
        }
        let mut currency = None;
        if let Some((c, k)) = self.currency_prefix(j) {
            currency = Some(c);
            j = k;
        }
        // "< -30", "between -10 and 15", "more than minus five": a sign after the qualifier.
        let mut signed = false;
        if (qual != Qualifier::Exact || between) && currency.is_none() && self.num_at(j + 1).is_some() {
            let sign = matches!(self.w(j), "-" | "−") && self.glued(j + 1);
            if sign || matches!(self.w(j), "minus" | "negative") {
                signed = true;
                j += 1;
            }
        }
        // "a magnitude 6.8 earthquake": a reading on a scale.
        // "higher than 2022 levels", "was below 2017": the year is a date (found at the year).
        if qual != Qualifier::Exact && self.year_at(j).is_some_and(|y| (1950..=2100).contains(&y)) && self.year_set_against(j) && self.year_ends_comparison(j) {
            return None;
        }
        let magnitude = self.w(j.wrapping_sub(1)) == "magnitude" && j > 0;
        let (value, mut lo, mut hi, vague, mut end, num) = match self.magnitude(j) {
            Some(m) => m,
            // "over a decade", "a century", "for a week", "lasted an hour": "a" counts one of a
            // time unit (not "$2 a day", "twice a week", nor "for a second term").
            None if matches!(self.w(j), "a" | "an")
                && (qual != Qualifier::Exact
                    || matches!(self.w(j + 1), "decade" | "century")
                    || matches!(self.w(j + 2), "ago" | "earlier" | "later")
                    || (j > 0 && one_of!(self.w(j - 1), "for" | "within" | "lasted" | "lasting" | "spent" | "took" | "stayed") && self.w(j + 1) != "second"))
                && units::time_unit(self.w(j + 1)).is_some() =>
            {
                (Some(1.0), 1.0, 1.0, false, j + 1, None)
            }
            // "half a percentage point", "half a point": a move of a rate.
            None if self.w(j) == "half" && self.w(j + 1) == "a" && (matches!(self.w(j + 2), "point" | "degree") || (self.w(j + 2) == "percentage" && self.w(j + 3).starts_with("point"))) => {
                (Some(0.5), 0.5, 0.5, false, j + 2, Some(Num { fraction: true, ..Num::new(0.5, j, j + 2, false) }))
            }
            // "more than half", "almost half": a qualified half needs no "of".
            None if qual != Qualifier::Exact && self.w(j) == "half" => {
                (Some(0.5), 0.5, 0.5, false, j + 1, Some(Num { fraction: true, ..Num::new(0.5, j, j + 1, false) }))
            }
            None => return None,
        };
        // Guards: names and codes are not figures.
        if num.is_some_and(|n| self.false_number(n)) {
            return None;
        }
        let mut value = value;
        if signed {
            value = value.map(|v| -v);
            (lo, hi) = (-hi, -lo);
        }
        // Negative numbers: a minus sign glued to the number ("-9.5"; not the hyphen of "COVID-19"
        // or "20-35"), or the words "minus" / "negative". Never reaches into the previous figure.
        let mut start = start;
        if num.is_some() && start == j && j > self.floor.get() {
            let m = j - 1;
            let sign = matches!(self.w(m), "-" | "−") && self.glued(j) && (m == 0 || !self.glued(m) || self.tokens[m - 1].kind == TokenKind::Punct);
            if self.w(m) == "minus" && m >= 2 + self.floor.get() && self.w(m - 1) == "or" && matches!(self.w(m - 2), "plus" | "Plus") {
                // "plus or minus 2%": a margin either way, from −2 to 2.
                start = m - 2;
                lo = -hi;
                qual = Qualifier::Range;
            } else if sign || matches!(self.w(m), "minus" | "negative") {
                start = m;
                value = value.map(|v| -v);
                (lo, hi) = (-hi, -lo);
            }
        }
        if vague {
            qual = match qual {
                Qualifier::Exact | Qualifier::Approx => Qualifier::Vague,
                q => q,
            };
        }
        // Range: X-Y, X–Y, X to Y, between X and Y, from X to Y
        let sep = self.w(end);
        let range_sep = (matches!(sep, "-" | "–" | "—" | "~") && self.glued(end) == self.glued(end + 1)) || matches!(sep, "to" | "through" | "thru") || (between && !from_lead && sep == "and");
        // A score or a tally written with a dash: "won 2-1", "Sweden 1 – 0 Korea", "ended 0 – 0",
        // "lost 1 – 2 to England": neither counts nor a range.
        if matches!(sep, "-" | "–" | "—") && qual == Qualifier::Exact && currency.is_none() && start == j && num.is_some_and(|n| n.digits && n.end == n.start + 1 && n.value <= 30.0 && n.value.fract() == 0.0) {
            if let Some(n2) = self.num_at(end + 1).filter(|n2| n2.digits && n2.end == end + 2 && n2.value <= 30.0 && n2.value.fract() == 0.0) {
                let verb = one_of!(self.w(j.wrapping_sub(1)), "won" | "win" | "wins" | "winning" | "lost" | "lose" | "loses" | "losing" | "beat" | "beats" | "beating" | "defeated" | "ended" | "ends" | "drew" | "draw" | "finished" | "led" | "leading" | "trailed" | "trailing" | "victory" | "defeat" | "score" | "scoreline" | "up" | "down");
                let teams = j > 0 && self.cap(j - 1) && !self.tokens[j - 1].sent_start && self.cap(n2.end);
                // Set scores in a row ("3-6 6-3 6-2"): each pair is a score.
                let pair_at = |k: usize| self.is_num(k) && self.w(k + 1) == "-" && self.glued(k + 1) && self.glued(k + 2) && self.is_num(k + 2);
                let sets = pair_at(n2.end) || (j >= 3 && pair_at(j - 3));
                // Or apart by commas and a tie-break's brackets ("beat Zverev 6-3, 2-6, 5-7",
                // "won 7-6 (7-4), 3-6"), where each pair reads as a set's score (one side 6 and
                // the other 4 at most, or 7 and 5 or 6; not "aged 3-5, 6-8").
                let set_at = |k: usize| {
                    pair_at(k) && matches!((self.num_val(k), self.num_val(k + 2)), (Some(x), Some(y)) if {
                        let (lo, hi) = (x.min(y), x.max(y));
                        (hi == 6 && lo <= 4) || (hi == 7 && (5..=6).contains(&lo))
                    })
                };
                let sep = |k: usize| matches!(self.w(k), "," | "(" | ")");
                let next_set = (n2.end..n2.end + 3).take_while(|&k| sep(k)).last().is_some_and(|k| set_at(k + 1));
                let prev_set = j >= 4 && sep(j - 1) && ((j - 3..j).rev().take_while(|&k| sep(k)).last().is_some_and(|k| k >= 3 && set_at(k - 3)));
                let sets = sets || (set_at(j) && (next_set || prev_set));
                if verb || teams || sets {
                    self.skip_to.set(n2.end);
                    return None;
                }
            }
            // A bowler's figures, wickets for runs ("Alvarez took 5-42 as …", "(S. Watkin 4-28)"):
            // after "took" or a name, and before no noun of its own.
            if let Some(n2) = self.num_at(end + 1).filter(|n2| n2.digits && n2.end == end + 2 && n2.value <= 300.0 && n2.value.fract() == 0.0 && num.is_some_and(|n| n.value <= 10.0)) {
                let took = one_of!(self.w(j.wrapping_sub(1)), "took" | "taking" | "takes" | "take" | "figures");
                let name = j > 0 && self.cap(j - 1) && !self.tokens[j - 1].sent_start && self.tokens[j - 1].kind == TokenKind::Word;
                let next = self.tokens.get(n2.end);
                let closed = next.is_none_or(|t| t.kind != TokenKind::Word || one_of!(self.w(n2.end), "as" | "in" | "against" | "and" | "on" | "off" | "from" | "while" | "with" | "to"));
                if self.glued(end) && self.glued(end + 1) && (took || name && next.is_none_or(|t| matches!(t.text(self.text), ")" | ";" | ","))) && closed {
                    self.skip_to.set(n2.end);
                    return None;
                }
            }
        }
        // "rose $2.15 to $84.30", "cut rates 25 to 30 times": after a verb of change, "to" gives
        // the new level, not the top of a range.
        // "grew 3 to 4 percent", "fell 5 to 6 per cent": two close numbers right after the verb
        // with one unit written after both are how much it changed, a range.
        let close_pair = !changed_from
            && currency.is_none()
            && num.is_some_and(|n| n.start == j)
            && self.num_at(end + 1).is_some_and(|n2| value.is_some_and(|v| v > 0.0 && v < n2.value && n2.value <= 2.5 * v) && self.unit_word_at(n2.end));
        // So is "by" a figure "to" another ("fell by a third to 4.2 billion", "cut by half to $3
        // million"): how much it changed, then the new level.
        let by = start > 0 && self.w(start - 1) == "by";
        let change = sep == "to" && !between && qual == Qualifier::Exact && start > 0 && (self.change_verb(start - 1) || changed_from || by) && !close_pair;
        if range_sep && !vague && !change && (!between || matches!(sep, "and" | "to")) {
            let mut k = end + 1;
            if let Some((c, kk)) = self.currency_prefix(k) {
                if currency.is_none() || currency == Some(c) {
                    currency = Some(c);
                    k = kk;
                }
            }
            if let Some(n2) = self.num_at(k) {
                let mut v1 = value.unwrap_or(lo);
                let mut v2 = n2.value;
                // "3 to 5 million": the scale of the second applies to the first.
                if v1 < v2 && v2 >= 1e3 && v1 < 1e3 && num.is_some_and(|n| n.end == n.start + 1) {
                    let scale = [1e12, 1e9, 1e6, 1e3].into_iter().find(|&s| v2 / s >= 1.0 && v2 % s == 0.0 && v2 / s < 1e3);
                    if let Some(s) = scale.filter(|_| n2.end > n2.start + 1) {
                        v1 *= s;
                    }
                }
                if v2 < v1 && (sep == "-" || sep == "–") && n2.end == n2.start + 1 && v2 < 100.0 && v1 >= 100.0 {
                    // "1996-97": a short second year; "pages 245-47" a close pair. Not a score far
                    // apart ("beat Dallas 106-88" was 106 to 188).
                    let full = v2 + (v1 / 100.0).floor() * 100.0;
                    if (1000.0..=2100.0).contains(&v1) || full - v1 <= 20.0 {
                        v2 = full;
                    }
                }
                if v1 < v2 {
                    lo = v1;
                    hi = v2;
                    value = None;
                    qual = Qualifier::Range;
                    end = n2.end;
                } else if matches!(sep, "-" | "–") && qual == Qualifier::Exact && currency.is_none() && num.is_some_and(|n| n.digits && n.end == n.start + 1) && n2.digits && n2.end == n2.start + 1 && v1.fract() == 0.0 && v2.fract() == 0.0 && self.glued(end) {
                    // "won 6-4", "passed 52-48": a score or a tally, neither a count nor a range.
                    self.skip_to.set(n2.end);
                    return None;
                }
            }
        } else if between {
            // "between" without a second number: not our phrase.
            return None;
        }
        // "a 2-to-1 margin", "by 3-to-2", "a 10-for-1 stock split": a ratio, written with hyphens.
        if num.is_some() && !vague && self.w(end) == "-" && matches!(self.w(end + 1), "to" | "for") && self.w(end + 2) == "-" && (0..4).all(|k| self.glued(end + k)) {
            let n2 = self.num_at(end + 3).filter(|n2| n2.value > 0.0 && n2.end == end + 4);
            // "a 25-to-30-meter vessel", "a 10-to-12-week course": a range of the measure glued
            // after it, not a ratio.
            let measured = |n2: &Num| self.w(n2.end) == "-" && self.glued(n2.end) && self.glued(n2.end + 1) && (units::unit(self.w(n2.end + 1)).is_some() || units::time_unit(self.w(n2.end + 1)).is_some());
            if let Some(n2) = n2.filter(|n2| self.w(end + 1) == "to" && measured(n2) && value.is_some_and(|v| v < n2.value)) {
                lo = value.unwrap_or(lo);
                hi = n2.value;
                value = None;
                qual = Qualifier::Range;
                end = n2.end;
            } else if let Some(n2) = n2 {
                let mut f = Figure::new(tok_span(start, n2.end), FigureKind::Ratio);
                f.value = value.map(|v| v / n2.value);
                f.low = f.value;
                f.high = f.value;
                f.qualifier = qual;
                return Some((f, n2.end));
            }
        }
        // Proportions: "one in five", "one in every 69", "1 of every 3", "3 out of 4", "nearly 9 in
        // 10" (not "1 in 2020").
        if !matches!(qual, Qualifier::Range | Qualifier::Vague) && !vague && num.is_some() {
            let k = match (self.w(end), self.w(end + 1)) {
                ("in" | "of", "every") => Some(end + 2),
                ("in", _) => Some(end + 1),
                ("out", "of") => Some(end + 2),
                _ => None,
            };
            // The share from the first number to the end of the second, with what it counts.
            let share = |n2: Num, counted: Option<String>| {
                let mut f = Figure::new(tok_span(start, n2.end), FigureKind::Ratio);
                f.value = value.map(|v| v / n2.value);
                f.low = f.value;
                f.high = f.value;
                f.qualifier = qual;
                f.counted = counted;
                Some((f, n2.end))
            };
            if let Some(n2) = k.and_then(|k| self.num_at(k)).filter(|n2| !n2.year_like && value.is_some_and(|v| v > 0.0 && v < n2.value)) {
                return share(n2, self.counted(n2.end, false));
            }
            // "one train in three", "one adult in every five": the noun between the two numbers
            // is what is shared out; nothing but a pause or a function word after the second
            // ("one goal in 10 minutes", "one man in 2020" are no shares).
            let noun = self.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.sent_start && t.text(self.text).starts_with(|c: char| c.is_ascii_lowercase()))
                && COUNTED_STOP.binary_search(&self.w(end)).is_err()
                && units::unit(self.w(end)).is_none()
                && units::time_unit(self.w(end)).is_none()
                && units::currency_name(self.w(end)).is_none();
            let k = match (self.w(end + 1), self.w(end + 2)) {
                ("in", "every") => end + 3,
                ("in", _) => end + 2,
                ("out", "of") => end + 3,
                _ => 0,
            };
            // (The second number may be missing at the text's end: "… 1 car in".)
            if noun && k > 0 && self.tokens.get(k).is_some_and(|t| !t.sent_start) {
                let closes = |e: usize| {
                    let w = self.tokens.get(e).map_or("", |t| t.text(self.text));
                    self.tokens.get(e).is_none_or(|t| t.kind == TokenKind::Punct || t.sent_start || COUNTED_STOP.binary_search(&w).is_ok())
                        // A verb, not a noun the second number counts ("one train in three ran").
                        || (w.starts_with(|c: char| c.is_ascii_lowercase()) && !w.ends_with('s') && units::unit(w).is_none() && units::time_unit(w).is_none() && units::currency_name(w).is_none() && !one_of!(w, "percent" | "per" | "cent" | "million" | "billion" | "thousand" | "hundred"))
                };
                // A few of so many (not a tally: "548 points in 549 games"), a whole number ("in 9th grade").
                let whole = |n2: &Num| !self.tokens.get(n2.end).is_some_and(|t| !t.space_before && t.kind == TokenKind::Word);
                if let Some(n2) = self.num_at(k).filter(|n2| !n2.year_like && whole(n2) && value.is_some_and(|v| v > 0.0 && v <= 10.0 && v < n2.value) && closes(n2.end)) {
                    return share(n2, Some(self.tokens[end].text(self.text).to_string()));
                }
            }
        }
        // "500 or more", "200 or greater", "30 and above", "500 or less", "10 and under"; the bound
        // wins over a vaguer "about" ("about 500 or more").
        if matches!(qual, Qualifier::Exact | Qualifier::Approx) && !vague {
            let q = match (self.w(end), self.w(end + 1)) {
                ("or" | "and", "more" | "greater" | "above" | "higher" | "over") => Some(Qualifier::AtLeast),
                ("or" | "and", "less" | "fewer" | "below" | "lower" | "under") => Some(Qualifier::AtMost),
                _ => None,
            };
            if let Some(q) = q.filter(|_| !matches!(self.w(end + 2), "than")) {
                qual = q;
                end += 2;
            }
        }
        // "deaths topped 1,000", "sales exceeded $3 billion": a verb that says "more than" bounds
        // the figure; the span stays the figure's own words (the verb is the sentence's).
        if qual == Qualifier::Exact && !vague && start > 0 && value.is_some() {
            // "expected to top four million" (the verb's base form after "to" or a modal: "the
            // top 10" is no verb).
            let top = self.w(start - 1) == "top" && start >= 2 && one_of!(self.w(start - 2), "to" | "will" | "would" | "could" | "may" | "might" | "should" | "not");
            if top || one_of!(self.w(start - 1), "topped" | "tops" | "topping" | "exceeded" | "exceeds" | "exceeding" | "exceed" | "surpassed" | "surpasses" | "surpassing" | "surpass") {
                // "not to exceed $50,000", "seldom exceeded 20 mph": at most.
                let negated = (start.saturating_sub(6)..start - 1).any(|k| !self.tokens[k + 1].sent_start && one_of!(self.w(k), "not" | "never" | "seldom" | "rarely" | "n't" | "no" | "cannot"));
                qual = if negated { Qualifier::AtMost } else { Qualifier::Over };
            }
        }
        let mut f = Figure::new(tok_span(start, end), FigureKind::Count);
        f.value = value;
        match qual {
            Qualifier::Exact | Qualifier::Approx => {
                f.low = Some(lo);
                f.high = Some(hi);
            }
            Qualifier::Over | Qualifier::AtLeast => f.low = Some(lo),
            Qualifier::Under | Qualifier::AtMost => f.high = Some(hi),
            Qualifier::Range | Qualifier::Vague => {
                f.low = Some(lo);
                f.high = Some(hi);
            }
        }
        f.qualifier = qual;
        let mut end = end;
        // What follows decides the kind.
        let nw = self.w(end);
        let scale_factor = |f: &mut Figure, s: f64| {
            f.value = f.value.map(|v| v * s);
            f.low = f.low.map(|v| v * s);
            f.high = f.high.map(|v| v * s);
        };
        if let Some(c) = currency {
            f.kind = FigureKind::Money;
            f.unit = Some(c.to_string());
        } else if nw == "%" || nw == "percent" || nw == "percents" || nw == "pct" || (nw == "percentage" && !self.w(end + 1).starts_with("point")) || (nw == "per" && self.w(end + 1) == "cent") {
            f.kind = FigureKind::Percent;
            end += if nw == "per" { 2 } else { 1 };
            f.unit = Some("%".into());
            if self.w(end) == "points" || (self.w(end) == "percentage" && self.w(end + 1).starts_with("point")) {
                f.unit = Some("pp".into());
            }
            // "5.25%-5.5%", "3% to 4%": a range with the sign written twice.
            let sep = self.w(end);
            // Not after a verb of change: "rose (from) 2% to 3%" is the old level and the new.
            let changed = self.after_change(f.span.start);
            if f.value.is_some() && nw == "%" && ((matches!(sep, "-" | "–") && self.glued(end) == self.glued(end + 1)) || (sep == "to" && !changed)) {
                if let Some(n2) = self.num_at(end + 1).filter(|n2| self.w(n2.end) == "%" && f.value.is_some_and(|v| v < n2.value)) {
                    f.low = f.value;
                    f.high = Some(n2.value);
                    f.value = None;
                    f.qualifier = Qualifier::Range;
                    end = n2.end + 1;
                }
            }
        } else if (nw == "basis" && matches!(self.w(end + 1), "points" | "point")) || matches!(nw, "bps" | "bp") {
            // "25 basis points", "50bp": hundredths of a percentage point.
            f.kind = FigureKind::Percent;
            f.unit = Some("bp".into());
            end += if nw == "basis" { 2 } else { 1 };
        } else if nw == "basis" && self.w(end + 1) == "-" && self.glued(end + 1) && self.glued(end + 2) && self.w(end + 2) == "point" {
            // "a 25 basis-point rise"
            f.kind = FigureKind::Percent;
            f.unit = Some("bp".into());
            end += 3;
        } else if nw == "-" && self.glued(end) && self.glued(end + 1) && self.w(end + 1) == "basis" && self.w(end + 2) == "-" && self.glued(end + 2) && self.glued(end + 3) && self.w(end + 3) == "point" {
            // "a 25-basis-point increase"
            f.kind = FigureKind::Percent;
            f.unit = Some("bp".into());
            end += 4;
        } else if num.is_some_and(|n| n.fraction) && (matches!(nw, "point" | "points") || (nw == "-" && self.glued(end) && self.glued(end + 1) && self.w(end + 1) == "point") || (nw == "of" && self.w(end + 1) == "a" && self.w(end + 2) == "percentage" && self.w(end + 3).starts_with("point"))) {
            // "a quarter point", "a quarter-point cut", "three-quarters of a percentage point":
            // a share of a percentage point.
            f.kind = FigureKind::Percent;
            f.unit = Some("pp".into());
            end += match nw {
                "-" => 2,
                "of" => 4,
                _ => 1,
            };
        } else if nw == "of" && self.w(end + 1) == "a" && self.w(end + 2) == "degree" && num.is_some_and(|n| n.fraction || n.value < 1.0) {
            // "0.6 of a degree", "two-thirds of a degree": a share of a degree.
            f.kind = FigureKind::Quantity;
            f.unit = Some("°".into());
            end += 3;
        } else if (nw == "percentage") && self.w(end + 1).starts_with("point") {
            f.kind = FigureKind::Percent;
            f.unit = Some("pp".into());
            end += 2;
        } else if let Some((c, s)) = self.tokens.get(end).and_then(|t| units::scaled_iso(t.text(self.text))) {
            // "120 MEUR", "48.5 MGBP"
            f.kind = FigureKind::Money;
            f.unit = Some(c.to_string());
            scale_factor(&mut f, s);
            end += 1;
        } else if let Some((c, k)) = self.currency_suffix(end).filter(|&(c, k)| !(c == "GBP" && self.pounds_of_weight(start, k))) {
            f.kind = FigureKind::Money;
            f.unit = Some(c.to_string());
            end = k;
            // "75 USD million": a code in capitals, then the scale.
            if self.tokens.get(k - 1).is_some_and(|t| units::iso_currency(t.text(self.text)).is_some()) {
                if let Some(s) = scale_word(self.w(k), false).filter(|&s| s >= 1e3 && f.value.is_some()) {
                    scale_factor(&mut f, s);
                    end += 1;
                }
            }
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
            if c != "cent" && c != "pence" {
                let k2 = if self.w(end) == "and" { end + 1 } else { end };
                if let Some(n2) = self.num_at(k2).filter(|n| n.value < 100.0) {
                    // "it costs 15 dollars 50.", "thirteen dollars forty-five": the cents with no word,
                    // when the sentence ends there (not "between 10 dollars and 50", a range; not
                    // "5 dollars and 50 cents' worth", handled above; not "15 dollars, 50 people").
                    let ends = self.tokens.get(n2.end).is_none_or(|t| matches!(self.w(n2.end), "." | "!" | "?" | ";") || t.newline_before);
                    let range = start > 0 && matches!(self.w(start - 1), "between" | "from");
                    let same_line = !(end..n2.end).any(|k| self.tokens[k].newline_before);
                    let bare_cents = ends && same_line && !range && n2.value >= 1.0 && n2.value.fract() == 0.0 && self.w(end) != "," && one_of!(c, "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "NZD" | "HKD" | "SGD");
                    if bare_cents || matches!(self.w(n2.end), "cents" | "cent" | "pence" | "p") {
                        let add = n2.value / 100.0;
                        f.value = f.value.map(|v| v + add);
                        f.low = f.low.map(|v| v + add);
                        f.high = f.high.map(|v| v + add);
                        end = if bare_cents { n2.end } else { n2.end + 1 };
                    }
                }
            }
        } else if let Some(c) = self.tokens.get(end).and_then(|t| units::currency_symbol(t.text(self.text))) {
            // "100元", "100 ₡": a symbol written after the number.
            f.kind = FigureKind::Money;
            f.unit = Some(c.to_string());
            end += 1;
        } else if nw == "-" && self.glued(end) && self.glued(end + 1) && units::currency_name(self.w(end + 1)).is_some() {
            // "a 12-cent dividend", "a one-yen bid"
            f.kind = FigureKind::Money;
            f.unit = units::currency_name(self.w(end + 1)).map(String::from);
            end += 2;
        } else if (nw == "times" && self.multiplier_after(end + 1)) || nw == "fold" || (nw == "-" && self.w(end + 1) == "fold" && self.glued(end)) {
            f.kind = FigureKind::Ratio;
            end += if nw == "-" { 2 } else { 1 };
        } else if let Some((unit, k)) = self.age_suffix(end) {
            f.kind = FigureKind::Age;
            f.unit = Some(unit.into());
            end = k;
        } else if let Some((unit, mult)) = units::time_unit(&nw).filter(|_| {
            // "World Cup 2018 day five": a year before a singular unit is no length of time.
            !(nw.len() > 0 && !nw.ends_with('s') && num.is_some_and(|n| n.year_like) && value.is_some_and(|v| (1900.0..=2100.0).contains(&v)))
        }) {
            // "a year ago"; "a year earlier", "two days later": a date, counted from one the text
            // gave before (so no ISO value).
            let ago = self.w(end + 1) == "ago";
            if ago || (matches!(self.w(end + 1), "earlier" | "later") && !matches!(self.w(end + 2), "than")) {
                f.kind = FigureKind::Date;
                end += 2;
                // "6% higher than a year earlier (ago)": the comparison is the percentage's, not the
                // date's; so is "10% less (more) than a year earlier" after a figure ("6,000 more
                // than a year ago").
                let after_figure = start > 0 && (self.w(start - 1) == "%" || self.w(start - 1) == "percent" || self.is_num(start - 1));
                if start < j && (one_of!(self.w(start), "higher" | "lower" | "greater" | "bigger" | "larger" | "smaller" | "better" | "worse" | "up" | "down") || (after_figure && matches!(self.w(start), "less" | "more" | "fewer"))) {
                    start = j;
                    f.qualifier = Qualifier::Exact;
                    f.low = f.value;
                    f.high = f.value;
                }
            } else {
                f.kind = FigureKind::Duration;
                end += 1;
            }
            f.unit = Some(unit.into());
            scale_factor(&mut f, mult);
            // "four years ago" → the year, "three days ago" → the day, against the reference.
            if f.kind == FigureKind::Date && self.w(end - 1) == "ago" {
                if let (Some(r), Some(n)) = (self.reference, f.value.filter(|v| v.fract() == 0.0 && *v >= 1.0 && *v <= 10_000.0)) {
                    f.iso = shifted_iso(r, unit, -(n as i64));
                }
            }
            // "the past three years", "over the next five years", "the last few days": a period
            // that ends (or starts) at the reference date, so a date, its length kept in value
            // and unit. Not "the last 10 minutes of the match" (a period of something else).
            if f.kind == FigureKind::Duration && start == j && start > self.floor.get() && self.w(end) != "of" {
                let dir = match self.w(start - 1) {
                    "past" | "last" => Some(-1),
                    "next" | "coming" => Some(1),
                    _ => None,
                };
                // Without "the" it takes a preposition or a sentence start before it: never the
                // verb of "will last three years".
                let m = start - 1;
                let det = m > self.floor.get() && one_of!(self.w(m - 1), "the" | "these" | "those" | "its" | "his" | "her" | "their" | "our" | "my" | "your");
                let framed = det || m == 0 || self.cap(m) || one_of!(self.w(m.wrapping_sub(1)), "in" | "over" | "for" | "during" | "within" | "throughout" | "of" | "from" | "after");
                if let Some(dir) = dir.filter(|_| framed) {
                    start -= 1;
                    if det && self.w(start - 1) == "the" {
                        start -= 1;
                    }
                    f.kind = FigureKind::Date;
                    f.iso = self.reference.zip(f.value).and_then(|(r, n)| period_iso(r, dir, n, unit));
                }
            }
            // "The vote will be held in two weeks", "is expected to open in three years": "in"
            // and a length of time ahead of a future verb is the day (week, month, year) that
            // far from the reference date (hours and minutes stay lengths: no date of their
            // own). Not "rose 5% in two weeks" (no future), nor "in two weeks of talks".
            // Nor a record's span, "the slowest growth in six years", "its highest in 40 years"
            // (a superlative up to five words before "in").
            let superlative = || {
                (start.saturating_sub(7)..start - 1).any(|k| {
                    let w = self.w(k);
                    one_of!(w, "most" | "least" | "best" | "worst" | "highest" | "lowest" | "biggest" | "largest" | "smallest" | "fastest" | "slowest" | "strongest" | "weakest" | "deadliest" | "worst-ever" | "sharpest" | "steepest" | "longest" | "shortest" | "hottest" | "coldest" | "wettest" | "driest" | "greatest" | "first" | "last")
                })
            };
            if f.kind == FigureKind::Duration && matches!(unit, "day" | "week" | "month" | "year") && start == j && f.qualifier == Qualifier::Exact && start > self.floor.get() + 1 && self.w(start - 1) == "in" && self.w(end) != "of" && self.future_context(start - 1) && !superlative() {
                start -= 1;
                f.kind = FigureKind::Date;
                if let (Some(r), Some(n)) = (self.reference, f.value.filter(|v| v.fract() == 0.0 && *v >= 1.0 && *v <= 10_000.0)) {
                    f.iso = shifted_iso(r, unit, n as i64);
                }
            }
        } else if let Some((unit, mult)) = one_of!(nw.as_ref(), "straight" | "consecutive" | "successive" | "full" | "whole" | "working" | "business" | "trading" | "banking" | "calendar" | "more" | "additional" | "further" | "extra" | "long").then(|| units::time_unit(self.w(end + 1))).flatten() {
            // "for three straight days", "four consecutive quarters", "for three more years",
            // "two long weeks": a length of time.
            f.kind = FigureKind::Duration;
            f.unit = Some(unit.into());
            scale_factor(&mut f, mult);
            end += 2;
        } else if nw == "-" && self.glued(end) && units::time_unit(self.w(end + 1)).is_some() && self.glued(end + 1) {
            // "10-year", "three-day" as adjectives: a duration.
            let (unit, mult) = units::time_unit(self.w(end + 1)).unwrap_or(("day", 1.0));
            f.kind = FigureKind::Duration;
            f.unit = Some(unit.into());
            scale_factor(&mut f, mult);
            end += 2;
        } else if let Some((unit, k)) = self.unit_suffix(end) {
            f.kind = FigureKind::Quantity;
            f.unit = Some(unit.into());
            end = k;
            // "6 feet 2 inches", "5 ft 2 in", "5 feet and 2 inches": one height, in feet.
            if unit == "ft" && f.value.is_some() {
                let k2 = if self.w(end) == "and" { end + 1 } else { end };
                if let Some(n2) = self.num_at(k2).filter(|n| n.value < 12.0 && n.digits == num.is_some_and(|n| n.digits)) {
                    if matches!(self.w(n2.end), "inches" | "inch" | "in" | "in.") && !(self.w(n2.end) == "in" && (self.cap(n2.end + 1) || one_of!(self.w(n2.end + 1), "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its"))) {
                        let add = n2.value / 12.0;
                        f.value = f.value.map(|v| v + add);
                        f.low = f.low.map(|v| v + add);
                        f.high = f.high.map(|v| v + add);
                        end = n2.end + 1;
                    }
                }
            }
        } else {
            // A bare number: a share ("two-thirds of voters"), an age after a name ("Nazarbayev,
            // 81,"), else a count.
            if let Some(n) = num {
                if n.fraction {
                    f.kind = FigureKind::Ratio;
                    // "two-thirds of voters", "half of all homes", "a quarter of its revenue":
                    // what is shared out.
                    if self.w(end) == "of" {
                        let mut l = end + 1;
                        if self.w(l) == "all" {
                            l += 1;
                        }
                        if PART_OF.contains(&self.w(l)) {
                            l += 1;
                        }
                        // Not another share ("one-third of two-fifths of its plan").
                        if self.num_at(l).is_none() {
                            f.counted = self.counted(l, false);
                        }
                    }
                } else if self.age_apposition(n) {
                    f.kind = FigureKind::Age;
                    f.unit = Some("year".into());
                }
            }
        }
        // "aged between 19 and 23", "aged 8–10": ages.
        // So is a bound right after people ("children under 5", "voters over 65", "adults between 18
        // and 24", "aged over 80"): not a count of them, which comes before its noun.
        let bound = f.high.or(f.low).filter(|&b| b <= 120.0 && b.fract() == 0.0);
        let of_people = start > 0
            && !matches!(qual, Qualifier::Exact | Qualifier::Approx | Qualifier::Vague)
            && f.counted.is_none()
            && (people_head(self.w(start - 1))
                || one_of!(self.w(start - 1), "those" | "anyone" | "everyone" | "kids" | "voters" | "smokers")
                // "27 people died, most of them over 75"
                || (self.w(start - 1) == "them" && self.w(start.wrapping_sub(2)) == "of"))
            // A noun in lower case (not "Saggers 6-65" in a bowling table), a range in words.
            && (self.tokens[start - 1].sent_start || self.tokens[start - 1].text(self.text).starts_with(|c: char| c.is_ascii_lowercase()))
            && (qual != Qualifier::Range || matches!(self.w(start), "between" | "from"))
            && !self.tokens[start].sent_start;
        let young_old = self.w(start) == "as" && matches!(self.w(start + 1), "young" | "old");
        if f.kind == FigureKind::Count && bound.is_some() && (start > 0 && (matches!(self.w(start - 1), "aged" | "ages") || of_people) || young_old) {
            f.kind = FigureKind::Age;
            f.unit = Some("year".into());
        }
        // "a fire spread over 7,000 hectares", "debris scattered over 3 km": after a verb of
        // spreading, "over" a length or an area is the preposition, not "more than".
        if f.kind == FigureKind::Quantity && qual == Qualifier::Over && self.w(start) == "over" && start + 1 == j && start > 0
            && one_of!(self.w(start - 1), "spread" | "spreads" | "spreading" | "scattered" | "stretched" | "stretches" | "stretching" | "extends" | "extended" | "extending" | "sprawls" | "sprawling")
        {
            f.span = tok_span(j, end);
            f.qualifier = Qualifier::Exact;
            f.low = f.value;
            f.high = f.value;
            return Some((f, end));
        }
        // "scored 40 goals over two seasons", "losses of £105m over three seasons": after another
        // figure in the clause, "over" a count of seasons or terms is "during" (not "he played
        // over ten seasons"); "shot down 138 drones over 13 regions": "over" places is "above"
        // (not after a preposition: "sold 2 million copies in over 30 countries").
        if f.kind == FigureKind::Count && qual == Qualifier::Over && self.w(start) == "over" && start + 1 == j && start > 0
            && (one_of!(self.w(end), "seasons" | "season" | "campaigns" | "terms" | "editions" | "sessions" | "legislatures" | "parliaments")
                || one_of!(self.w(end), "regions" | "provinces" | "districts" | "cities" | "countries" | "states" | "areas" | "oblasts" | "towns" | "villages" | "counties"))
            && !one_of!(self.w(start - 1), "in" | "across" | "from" | "to" | "of" | "at" | "by" | "with" | "among" | "for")
        {
            // Back to the clause's start, eight tokens at most.
            let mut figure_before = false;
            for k in (start.saturating_sub(8)..start).rev() {
                figure_before = self.is_num(k) || matches!(self.w(k), "£" | "$" | "€");
                if figure_before || self.tokens[k].sent_start || matches!(self.w(k), ";" | ":") {
                    break;
                }
            }
            if figure_before {
                f.span = tok_span(j, end);
                f.qualifier = Qualifier::Exact;
                f.low = f.value;
                f.high = f.value;
                f.counted = self.counted(end, false);
                return Some((f, end));
            }
        }
        // "under three decades of rule": before a length of time, "under" is the preposition.
        if f.kind == FigureKind::Duration && qual == Qualifier::Under && self.w(start) == "under" && start < j {
            f.span = tok_span(j, end);
            f.qualifier = Qualifier::Exact;
            f.low = f.value;
            f.high = f.value;
            return Some((f, end));
        }
        // "$1.5 trillion over 10 years", "spread over five years": after an amount or a verb of
        // spending, "over" a length of time is "during" (not "for over five years", "over five
        // years ago").
        if f.kind == FigureKind::Duration && qual == Qualifier::Over && self.w(start) == "over" && start + 1 == j && start > 0 {
            // The amount ends right before "over": a number, a scale word, a currency.
            let p = self.w(start - 1);
            let amount_before = self.floor.get() == start
                && (self.is_num(start - 1) || scale_word(p, false).is_some() || units::currency_name(p).is_some() || matches!(p, "%" | "percent"));
            let spending = one_of!(
                self.w(start - 1),
                "spend" | "spent" | "spending" | "spread" | "phased" | "paid" | "repaid" | "repay" | "invest" | "invested" | "investing" | "save" | "saved" | "saving" | "raise" | "raised" | "borrow" | "borrowed" | "cut" | "cuts" | "cost" | "costs" | "budget" | "budgeted" | "allocated" | "earmarked" | "disbursed"
            );
            if amount_before || spending {
                f.span = tok_span(j, end);
                f.qualifier = Qualifier::Exact;
                f.low = f.value;
                f.high = f.value;
                return Some((f, end));
            }
        }
        // A quake's reading: "a 5.8-magnitude quake", "a 6.1 magnitude tremor", "an aftershock
        // measuring 4.9", "the quake measured 6.1 on the Richter scale".
        let mut magnitude = magnitude;
        if f.kind == FigureKind::Count && f.value.is_some_and(|v| (0.0..10.0).contains(&v)) && !vague {
            if self.w(end) == "magnitude" && !self.glued(end) {
                magnitude = true;
                end += 1;
            } else if self.w(end) == "-" && self.glued(end) && self.glued(end + 1) && self.w(end + 1) == "magnitude" {
                magnitude = true;
                end += 2;
            } else if one_of!(self.w(end), "quake" | "earthquake" | "aftershock" | "tremor" | "temblor")
                && self.tokens.get(j).is_some_and(|t| t.text(self.text).contains('.'))
            {
                // "a 9.0 quake": a reading in tenths before the quake's noun (not "two quakes").
                magnitude = true;
            } else if start > 1 && matches!(self.w(start - 1), "at" | "of" | "to") && self.w(start - 2) == "magnitude" {
                // "put its magnitude at 6.8", "a magnitude of 5.2", "revised the magnitude to 6.9".
                magnitude = true;
            } else if start > 0 && matches!(self.w(start - 1), "measuring" | "measured" | "registering" | "registered") {
                let richter = self.w(end) == "on" && self.w(end + 2) == "richter";
                // A quake word earlier in the same sentence.
                let mut k = start - 1;
                let mut quake = false;
                while k > 0 && k + 12 > start && !self.tokens[k].sent_start {
                    k -= 1;
                    if one_of!(self.w(k), "quake" | "quakes" | "earthquake" | "earthquakes" | "aftershock" | "aftershocks" | "tremor" | "tremors" | "temblor") {
                        quake = true;
                        break;
                    }
                }
                magnitude = quake || richter;
            }
        }
        if magnitude && f.kind == FigureKind::Count {
            f.kind = FigureKind::Quantity;
            f.unit = Some("magnitude".into());
        }
        // "hundreds of miles", "thousands of tonnes": a vague amount of a unit spelled out.
        if f.kind == FigureKind::Count && vague && self.w(end) == "of" && self.w(end + 1).len() >= 4 {
            if let Some(u) = units::unit(self.w(end + 1)) {
                f.kind = FigureKind::Quantity;
                f.unit = Some(u.into());
                end += 2;
            }
        }
        if f.kind == FigureKind::Count {
            // "tens of rioters", "dozens of troops": skip "of" (but not "of the").
            let mut k = end;
            // “dozens” of protesters: a closing quote does not end the phrase (spaced off in
            // tokenized text: `" tens of thousands " of jobs`).
            if matches!(self.w(k), "”" | "\"" | "'" | "’") && (self.glued(k) || matches!(self.w(k), "”" | "\"")) && self.w(k + 1) == "of" {
                k += 1;
            }
            if self.w(k) == "of" && vague {
                k += 1;
            }
            if self.w(k) == "-" && self.w(k + 1) == "strong" {
                end = k + 2;
            }
            // "a 400-page file", "a 10-member panel", "their 19-match run": the noun glued on
            // by a hyphen is what is counted (its plural), and part of the figure.
            // (A number word too, but for "one-" and "-ed" idioms: "a five-judge bench"; not
            // "one-party", "two-faced", "three-way".)
            let spelled = num.is_some_and(|n| !n.digits) && f.value != Some(1.0) && !self.w(k + 1).ends_with("ed") && self.w(k + 1) != "way";
            let compound = k == end
                && num.is_some_and(|n| n.digits || spelled)
                && qual == Qualifier::Exact
                && self.w(k) == "-"
                && self.glued(k)
                && self.glued(k + 1)
                && self.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && t.text(self.text).starts_with(|c: char| c.is_ascii_lowercase()))
                && !(self.w(k + 2) == "-" && self.glued(k + 2))
                // (A modifier before its noun, or before another modifier and a comma: "a
                // 37-page, EPR manual"; "seven-newspaper ." closes a headline.)
                && self.tokens.get(if self.w(k + 2) == "," { k + 3 } else { k + 2 }).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before)
                && {
                    let n = self.w(k + 1);
                    // Not a unit, a month or a share ("9-mth", "1-jan", "14-pct"), nor a golfer's
                    // score, club or putt ("19-under", "6-iron", "45-footer"), nor "26-time",
                    // nor a batter's outs ("two-out").
                    n.len() >= 3
                        && !n.ends_with('s')
                        && !n.ends_with("something")
                        && !n.ends_with("ish")
                        && units::unit(n).is_none()
                        && units::time_unit(n).is_none()
                        && dates::month_number(n).is_none()
                        && !one_of!(n, "strong" | "odd" | "plus" | "fold" | "and" | "for" | "the" | "year" | "old" | "mth" | "yr" | "percent" | "pct" | "under" | "over" | "all" | "iron" | "wood" | "footer" | "club" | "time" | "par" | "nil" | "out")
                        // (Nor a thing named by its count: "a five-hitter", "a three-pointer".)
                        && !["hitter", "pointer", "seater", "liner", "wheeler", "decker", "timer", "header"].iter().any(|e| n.ends_with(e))
                };
            if compound {
                f.counted = Some(plural_of(self.tokens[k + 1].text(self.text)));
                end = k + 2;
                f.span = tok_span(start, end);
                return Some((f, end));
            }
            // "20,000 more nurses", "300 fewer beds": what is counted follows the comparative
            // (not "20,000 more than", "more" alone, "four more years", nor the idiom "one more time").
            if matches!(self.w(k), "more" | "fewer")
                && f.value != Some(1.0)
                && self.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
                && self.w(k + 1) != "than"
                && units::time_unit(self.w(k + 1)).is_none()
            {
                k += 1;
            }
            f.counted = self.counted(k, f.value == Some(1.0));
            // "hardliners, 112 of whom voted against": the people named before the comma.
            if f.counted.is_none() && self.w(k) == "of" && matches!(self.w(k + 1), "whom" | "which") && start >= 2 && self.w(start - 1) == "," {
                let noun = start - 2;
                if self.tokens[noun].kind == TokenKind::Word && looks_plural(self.w(noun)) && !self.cap(noun) {
                    f.counted = Some(self.tokens[noun].text(self.text).to_string());
                }
            }
            // "two of the ships", "26 of his last 27 matches": a part of a plural named after it;
            // not a numbered part ("Part two of our series", "group seven of the qualifiers").
            let numbered = one_of!(self.w(start.wrapping_sub(1)), "part" | "group" | "round" | "day" | "game" | "act" | "book" | "season" | "episode" | "volume" | "week" | "leg" | "stage" | "year");
            if f.counted.is_none() && !numbered && self.w(k) == "of" && PART_OF.contains(&self.w(k + 1)) {
                let l = if one_of!(self.w(k + 2), "last" | "first" | "next" | "previous" | "remaining") { k + 3 } else { k + 2 };
                f.counted = self.counted(l, false);
            }
            // "a city of 1.3 million", "a population of about 5 million", "home to 2 million":
            // the people who live there.
            let dwelling = (self.w(start.wrapping_sub(1)) == "of"
                && one_of!(self.w(start.wrapping_sub(2)), "city" | "town" | "village" | "country" | "nation" | "state" | "province" | "region" | "island" | "capital" | "metropolis" | "population"))
                || (self.w(start.wrapping_sub(1)) == "to" && self.w(start.wrapping_sub(2)) == "home");
            if f.counted.is_none() && f.kind == FigureKind::Count && f.unit.is_none() && dwelling {
                f.counted = Some("people".to_string());
            }
            // Bare small integers written as words with nothing counted are often not figures
            // ("one of", "the one"): keep "one" only with a counted noun.
            // (Not "one or two more cuts": the first of a range.)
            if num.is_some_and(|n| !n.digits) && f.value == Some(1.0) && f.counted.is_none() && qual == Qualifier::Exact && !(self.w(end) == "or" && self.w(end + 1) == "two") {
                return None;
            }
        }
        f.span = tok_span(start, end);
        Some((f, end))
    }

    /// "pounds" as a weight: after "weighs", "shed", "gained" … or before "of" and a noun ("10
    /// pounds of cocaine"), or beside the weight in kilograms or tonnes; never with "sterling" or a scale ("10 million pounds"), and not after
    /// "lost" (money as often as weight).
    fn pounds_of_weight(&self, start: usize, end: usize) -> bool {
        if !matches!(self.w(end - 1), "pounds" | "pound") || self.w(end) == "sterling" || (start..end).any(|x| scale_word(self.w(x), false).is_some_and(|s| s >= 1e3)) {
            return false;
        }
        let verb = (start.saturating_sub(3)..start).any(|x| {
            one_of!(self.w(x), "weigh" | "weighs" | "weighed" | "weighing" | "weight" | "shed" | "drop" | "dropped" | "gain" | "gained" | "gaining")
        });
        let of_noun = self.w(end) == "of" && self.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Word && !self.cap(end + 1));
        // The same weight in the other system, in parentheses: "6,000 kg (13,000 pounds)",
        // "13,000 pounds (6,000 kg)".
        let mass = |k: usize| matches!(units::unit(self.w(k)), Some("kg" | "t" | "g"));
        let converted = (start >= 2 && self.w(start - 1) == "(" && mass(start - 2))
            || (self.w(end) == "(" && self.is_num(end + 1) && (mass(end + 2) || (scale_word(self.w(end + 2), false).is_some() && mass(end + 3))));
        verb || of_noun || converted
    }

    fn currency_suffix(&self, i: usize) -> Option<(&'static str, usize)> {
        // A currency glued to an amount after it belongs to that amount ("3 USD50 cards").
        if self.is_num(i + 1) && self.glued(i + 1) {
            return None;
        }
        // A currency's name in title case before another capitalized word opens a person's name
        // ("134 Mark Roe" in a golf table, "Rand Paul"), unless the longer name is the currency.
        if let Some(t) = self.tokens.get(i) {
            let raw = t.text(self.text);
            let titled = raw.starts_with(|c: char| c.is_ascii_uppercase()) && raw[1..].bytes().all(|b| b.is_ascii_lowercase());
            if titled && units::currency_name(self.w(i)).is_some() && self.tokens.get(i + 1).is_some_and(|n| !n.newline_before && n.kind == TokenKind::Word && self.cap(i + 1)) && units::currency_name(&format!("{} {}", self.w(i), self.w(i + 1))).is_none() {
                return None;
            }
        }
        let mut k = i;
        if self.w(k) == "of" {
            k += 1;
        }
        // "468p": pence glued to the number, as London market reports write them.
        if self.w(i) == "p" && self.glued(i) && i > 0 && self.is_num(i - 1) && !self.tokens.get(i + 1).is_some_and(|t| !t.space_before && t.kind == TokenKind::Word) {
            return Some(("pence", i + 1));
        }
        // "11c a share": cents glued to the number, in lower case (a capital C is Celsius), when
        // the words around say money ("a share", "per litre", "the dividend ... 11c").
        let money_near = || {
            matches!(self.w(i + 1), "a" | "an" | "per" | "each")
                || (i.saturating_sub(8)..i).any(|k| one_of!(self.w(k), "dividend" | "share" | "shares" | "price" | "prices" | "cents" | "payout" | "earnings" | "profit" | "loss" | "eps" | "fare" | "fares"))
        };
        if self.tokens.get(i).is_some_and(|t| t.text(self.text) == "c") && self.glued(i) && i > 0 && self.is_num(i - 1) && !self.tokens.get(i + 1).is_some_and(|t| !t.space_before && t.kind == TokenKind::Word) && money_near() {
            return Some(("cent", i + 1));
        }
        // "25.00 DEM": an ISO code, in capitals, after the number.
        if let Some(c) = self.tokens.get(i).and_then(|t| units::iso_currency(t.text(self.text))) {
            return Some((c, i + 1));
        }
        // "US dollars", "Hong Kong dollars": the longest name first, joined in a reused buffer.
        let mut phrase = String::new();
        for len in [3usize, 2, 1] {
            if k + len > self.tokens.len() {
                continue;
            }
            phrase.clear();
            for x in k..k + len {
                if x > k {
                    phrase.push(' ');
                }
                phrase.push_str(self.w(x));
            }
            if let Some(c) = units::currency_name(&phrase) {
                return Some((c, k + len));
            }
        }
        None
    }

    fn unit_suffix(&self, i: usize) -> Option<(&'static str, usize)> {
        // "square kilometres", "km/h", "°C"; a capitalized word that starts the next line is a
        // label ("M2" in a table), not a unit.
        if self.tokens.get(i).is_none_or(|t| t.newline_before && t.text(self.text).starts_with(|c: char| c.is_uppercase())) {
            return None;
        }
        let w = self.w(i);
        if w == "°" || w == "º" {
            let u = match self.w(i + 1) {
                "c" => "°C",
                "f" => "°F",
                _ => "°",
            };
            return Some((u, if u == "°" { i + 1 } else { i + 2 }));
        }
        // "40 degrees Celsius", "20 degrees C", "6 deg. F", "-5 degree fahrenheit"
        if matches!(w, "degrees" | "degree" | "deg" | "deg.") {
            let scale = match self.w(i + 1) {
                "celsius" | "centigrade" | "celcius" | "c" => Some("°C"),
                "fahrenheit" | "farenheit" | "f" => Some("°F"),
                _ => None,
            };
            return Some(match scale {
                Some(u) => (u, i + 2),
                None => ("°", i + 1),
            });
        }
        if matches!(w, "celcius" | "centigrade") {
            return Some(("°C", i + 1));
        }
        // "-5C", "35C", "95F": a capital C or F glued to the number, when a clause goes on after it
        // ("hit 35C on Monday"); not a code ("13F filing", "Boeing 777F", "14.7C/ per share").
        // (A capitalized word before is a model's maker, "Boeing 777F"; not a sentence's "The".)
        let maker = i >= 2 && self.cap(i - 2) && !(self.tokens[i - 2].sent_start && matches!(self.w(i - 2), "the" | "a" | "an"));
        // Apart from the number ("42 C", as space-tokenized text and some outlets write it), only
        // where its sentence speaks of temperature.
        if matches!(self.tokens.get(i).map(|t| t.text(self.text)), Some("C" | "F")) && i >= 2 && !maker && (self.glued(i) || self.speaks_of_heat(i)) {
            // A headline's end ("temperatures top 44C" before the next line) and a comparison
            // ("2.5C hotter", "3C above normal", "from 20C to 25C") go on as a clause does.
            let next_ok = match self.tokens.get(i + 1) {
                None => true,
                Some(t) if t.newline_before => true,
                Some(t) if t.kind == TokenKind::Punct => !matches!(self.w(i + 1), "/" | "-" | "–"),
                Some(_) => matches!(
                    self.w(i + 1),
                    "in" | "on" | "at" | "and" | "or" | "with" | "by" | "as" | "for" | "while" | "when" | "during" | "today" | "yesterday" | "tonight" | "overnight"
                        | "above" | "below" | "hotter" | "warmer" | "colder" | "cooler" | "higher" | "lower" | "than" | "from" | "to" | "across"
                        // "2.9C is expected", "the 1.5C limit", "a 2C rise": a verb, or a noun of warming.
                        | "is" | "was" | "are" | "were" | "will" | "would" | "could" | "but" | "after" | "before" | "since" | "until" | "this" | "last" | "next" | "now"
                        | "limit" | "target" | "goal" | "threshold" | "mark" | "warming" | "rise" | "increase" | "cap" | "ceiling" | "heat" | "heatwave"
                ),
            };
            if next_ok {
                return Some((if w == "c" { "°C" } else { "°F" }, i + 1));
            }
        }
        // "a six-mile trip", "a 45-acre farm", "the 776-foot airship": a unit glued by a hyphen.
        if w == "-" && self.glued(i) && self.glued(i + 1) {
            // Two words glued by hyphens: "a 250,000-square-foot factory", "a 200-nautical-mile
            // zone", "a 5-cubic-metre tank".
            let second = |k: usize| (self.w(k) == "-" && self.glued(k) && self.glued(k + 1)).then(|| self.w(k + 1));
            match (self.w(i + 1), second(i + 2)) {
                ("square" | "sq", Some(x)) => {
                    if let Some(u) = units::unit(x).filter(|&u| u != "sq") {
                        return Some((units::square(u), i + 4));
                    }
                }
                ("cubic", Some("foot" | "feet")) => return Some(("ft³", i + 4)),
                ("cubic", Some("metre" | "meter")) => return Some(("m³", i + 4)),
                ("nautical", Some("mile")) => return Some(("nmi", i + 4)),
                _ => {}
            }
            return units::unit(self.w(i + 1)).map(|u| (u, i + 2));
        }
        // "16,000 metric tons", "0.9 trillion cubic feet"
        if w == "metric" && matches!(self.w(i + 1), "tons" | "ton" | "tonnes" | "tonne") {
            return Some(("t", i + 2));
        }
        // "77 nautical miles" (1,852 m each; "nmi")
        if w == "nautical" && matches!(self.w(i + 1), "miles" | "mile") {
            return Some(("nmi", i + 2));
        }
        // "120 light years", "4.2 light-years": a distance ("ly").
        if w == "light" {
            if matches!(self.w(i + 1), "years" | "year") {
                return Some(("ly", i + 2));
            }
            if self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2) && matches!(self.w(i + 2), "years" | "year") {
                return Some(("ly", i + 3));
            }
        }
        if w == "cubic" {
            let u = match self.w(i + 1) {
                "feet" | "foot" | "ft" => "ft³",
                "metres" | "meters" | "metre" | "meter" | "m" => "m³",
                _ => return None,
            };
            return Some((u, i + 2));
        }
        // "188 miles an hour", "90 kilometres per hour"
        if let Some(u) = units::unit(w).filter(|&u| u == "mi" || u == "km") {
            if matches!(self.w(i + 1), "an" | "per" | "a") && self.w(i + 2) == "hour" {
                return Some((if u == "mi" { "mph" } else { "km/h" }, i + 3));
            }
        }
        if w == "square" || w == "sq" || w == "sq." {
            if let Some(u) = units::unit(self.w(i + 1)).filter(|&u| u != "sq") {
                return Some((units::square(u), i + 2));
            }
        }
        if let Some(u) = units::unit(w) {
            if self.w(i + 1) == "/" && matches!(self.w(i + 2), "h" | "hr") && matches!(u, "km" | "mi") {
                return Some((if u == "mi" { "mph" } else { "km/h" }, i + 3));
            }
            return Some((u, i + 1));
        }
        None
    }

    /// "-year-old", "years old", "years of age" after a number: the unit and where the phrase ends.
    fn age_suffix(&self, i: usize) -> Option<(&'static str, usize)> {
        let (a, b, c) = (self.w(i), self.w(i + 1), self.w(i + 2));
        if a == "-" && matches!(b, "year" | "month" | "week" | "day") && c == "-" && matches!(self.w(i + 3), "old" | "olds") {
            return Some((units::time_unit(b)?.0, i + 4));
        }
        let unit = one_of!(a, "years" | "year" | "months" | "month" | "weeks" | "week" | "days" | "day");
        if unit && b == "old" {
            return Some((units::time_unit(a)?.0, i + 2));
        }
        if unit && b == "of" && c == "age" {
            return Some((units::time_unit(a)?.0, i + 3));
        }
        // "an 87 yo man", "a 34-y.o. driver"
        if matches!(a, "yo" | "y.o." | "y/o") {
            return Some(("year", i + 1));
        }
        None
    }

    /// "Nazarbayev, 81," / "(81)" after a name / "aged 48" / "age 48".
    fn age_apposition(&self, n: Num) -> bool {
        if !(1.0..=120.0).contains(&n.value) || n.value.fract() != 0.0 || n.fraction {
            return false;
        }
        let i = n.start;
        let prev = self.w(i.wrapping_sub(1));
        // "aged 48", "at age 80", "at the age of 40"
        if i >= 1 && (matches!(prev, "aged" | "age") || (prev == "of" && i >= 2 && self.w(i - 2) == "age")) {
            return true;
        }
        // "raise the retirement age from 62 to 64", "lower the voting age to 16".
        if matches!(prev, "from" | "to") && i >= 2 && (self.w(i - 2) == "age" || (prev == "to" && i >= 4 && self.is_num(i - 2) && self.w(i - 3) == "from" && self.w(i - 4) == "age")) {
            return true;
        }
        let next = self.w(n.end);
        let closes = matches!(next, "," | ")" | ";" | "") || (next == "." && n.end + 1 >= self.tokens.len()) || (next == "." && self.tokens.get(n.end + 1).is_none_or(|t| t.sent_start));
        // "when I was ten", "I am 61 now", "she turned 30 in May": a person's age, nothing counted.
        // So is "the youngest victim was 14", "the driver is 82": one person named by a noun.
        let one_person = |w: &str| {
            one_of!(
                w,
                "victim" | "boy" | "girl" | "man" | "woman" | "suspect" | "gunman" | "driver" | "child" | "son" | "daughter" | "mother" | "father" | "teenager" | "youngest" | "oldest" | "eldest"
            )
        };
        let be = one_of!(prev, "was" | "am" | "is" | "'m" | "’m" | "turned" | "turns" | "turning") && i >= 2 && (matches!(self.w(i - 2), "i" | "he" | "she") || (one_person(self.w(i - 2)) && matches!(prev, "was" | "is")));
        let then = closes || next == "." || one_of!(next, "now" | "when" | "and" | "then" | "at" | "in" | "or" | "but" | "so" | "because" | "on" | "with" | "my" | "his" | "her" | "our" | "their" | "i" | "we" | "they" | "he" | "she" | "you");
        if be && then {
            return true;
        }
        // "Bellingham, who turns 20 on June 29", "the club turned 100 this year": whoever turns it.
        let turn = matches!(prev, "turned" | "turns" | "turning" | "turn") && n.end == n.start + 1;
        if turn && (then || one_of!(next, "this" | "next" | "last" | "later" | "soon")) {
            return true;
        }
        // "dies at 84", "died at 91 on Sunday", "dead at 57 after a long illness" (not a time:
        // "died at 3 p.m.", "at 10:40").
        let line_ends = self.tokens.get(n.end).is_none_or(|t| t.newline_before);
        let died = i >= 2 && prev == "at" && matches!(self.w(i - 2), "dies" | "died" | "dead" | "dying");
        if died && (line_ends || (then && !matches!(next, "at" | "and")) || one_of!(next, "after" | "following" | "of" | "from" | "while")) {
            return true;
        }
        // "became at 21 the youngest champion", "retired at 35 after…", "At 38, she is…": "at" a
        // number is an age when a step of life comes before it, a youngest or oldest is near, or
        // it opens the sentence before the person (not "closed at 35", "ranked at 21", "at 9 a.m.").
        if prev == "at" && (5.0..=110.0).contains(&n.value) && n.end == n.start + 1 {
            let before = self.w(i.wrapping_sub(2));
            let life = one_of!(before, "retired" | "retiring" | "retires" | "retire" | "retirement" | "married" | "marries" | "marry" | "debuted" | "elected" | "became" | "becoming" | "become" | "becomes" | "widowed" | "orphaned" | "diagnosed" | "ordained" | "crowned");
            let price = one_of!(before, "closed" | "closing" | "opened" | "opening" | "stood" | "stands" | "traded" | "trading" | "ended" | "finished" | "peaked" | "valued" | "priced" | "set" | "fixed" | "capped" | "ranked" | "rated" | "seeded" | "kept" | "held" | "steady" | "unchanged");
            let clock = meridiem(next).is_some() || one_of!(next, "o'clock" | ":" | "gmt" | "utc" | "hours" | "hrs" | "h");
            // (After a step of life, what follows may be a condition: "retire at 63 without losing …".)
            let plain_next = closes || then || next == "." || one_of!(next, "the" | "a" | "an" | "after" | "following" | "as" | "for" | "to" | "from" | "while" | "before") || (life && one_of!(next, "without" | "instead" | "rather" | "unless" | "if"));
            // Within the sentence: eight tokens before, four after.
            let lo = (i.saturating_sub(8)..=i).rev().find(|&k| self.tokens[k].sent_start || k == i.saturating_sub(8)).unwrap_or(i);
            let hi = (n.end..(n.end + 4).min(self.tokens.len())).find(|&k| self.tokens[k].sent_start).unwrap_or((n.end + 4).min(self.tokens.len()));
            // Before it, in the same clause ("the youngest winner at 19", not "began at 10 and the
            // oldest …"); after it, right after ("at 21 the youngest").
            let sup = |k: usize| matches!(self.w(k), "youngest" | "oldest");
            let clause_lo = (lo..i).rev().find(|&k| one_of!(self.w(k), "," | "and" | "but" | ";" | "while")).map_or(lo, |k| k + 1);
            // ("who at 34 was the youngest": a verb of being and "the" may come between.)
            let be_the = one_of!(next, "was" | "is" | "became" | "becomes" | "remains" | "remained") && self.w(n.end + 1) == "the" && n.end + 2 < hi && sup(n.end + 2);
            let superlative = (clause_lo..i).any(sup) || (n.end < hi && (sup(n.end) || be_the || (matches!(next, "the" | "," | "as") && n.end + 1 < hi && sup(n.end + 1))));
            let opens = self.tokens[i - 1].sent_start && (one_of!(next, "he" | "she" | "i" | "they" | "we") || (next == "," && (one_of!(self.w(n.end + 1), "he" | "she" | "i" | "they" | "we" | "his" | "her") || (self.cap(n.end + 1) && self.w(n.end + 1) != "the"))));
            if !price && !clock && (((plain_next || be_the) && (life || superlative)) || opens) {
                return true;
            }
        }
        if !n.digits || n.end != n.start + 1 {
            return false;
        }
        let named_at = |k: usize| self.cap(k) && month_number(self.w(k)).is_none() && weekday_number(self.w(k)).is_none();
        // A name ending in a hyphenated part in lower case: "Han Duck-soo, 75,", "Lee Jae-myung, 60,".
        let hyphenated = i >= 4 && self.w(i - 3) == "-" && self.glued(i - 3) && self.glued(i - 2) && named_at(i - 4);
        let named = i >= 2 && (named_at(i - 2) || hyphenated);
        i >= 2 && prev == "," && closes && (named || PERSON_NOUNS.binary_search(&self.w(i - 2)).is_ok())
    }

    /// Numbers that are parts of names or codes: "No. 1", "COVID-19", phone numbers, "level 4".
    fn false_number(&self, n: Num) -> bool {
        let i = n.start;
        let prev = self.w(i.wrapping_sub(1));
        if i > 0 && one_of!(prev, "level" | "category" | "grade" | "phase" | "stage" | "tier" | "chapter" | "section" | "article" | "page" | "route" | "flight" | "platform" | "gate" | "room" | "channel" | "version" | "row" | "seat" | "number" | "no" | "no." | "#" | "size" | "model" | "type") {
            return true;
        }
        // The second of "a Category 3 or 4 hurricane", "level 2 or 3 alerts".
        if i >= 3 && one_of!(prev, "or" | "and" | "to") && self.is_num(i - 2) && one_of!(self.w(i - 3), "level" | "category" | "grade" | "phase" | "stage" | "tier") {
            return true;
        }
        if n.digits {
            if matches!(prev, "no." | "no" | "#" | "number") && self.cap(i.wrapping_sub(1)) {
                return true;
            }
            // A capitalized word that names numbered things, right before a whole number:
            // "Boeing 737", "Apollo 11", "Highway 1", "Proposition 22", "Resolution 2334",
            // "Terminal 5", "Vision 2030" (lower case, "an area 20 km wide" stays a quantity).
            // (A product's name may open in lower case: "iPhone 15", "iPad 10".)
            let camel = i > 0 && self.tokens[i - 1].text(self.text).chars().nth(1).is_some_and(char::is_uppercase);
            if i > 0 && (self.cap(i - 1) || camel) && n.end == n.start + 1 && NUMBERED_NAMES.binary_search(&prev).is_ok() {
                return true;
            }
            // So does any capitalized word before a whole number and a word for a machine: a
            // model ("a Falcon 9 rocket", "Shahed 136 drones", "Leopard 2 tanks"); not after a
            // preposition ("in Kharkiv 3 drones …") nor opening the sentence.
            if i > 1
                && self.cap(i - 1)
                && !self.tokens[i - 1].sent_start
                && n.end == n.start + 1
                && !one_of!(self.w(i - 2), "in" | "at" | "on" | "over" | "near" | "from" | "to" | "of" | "by")
                && month_number(prev).is_none()
                && one_of!(self.w(n.end), "rocket" | "rockets" | "booster" | "boosters" | "jet" | "jets" | "aircraft" | "airliner" | "airliners" | "spacecraft" | "capsule" | "missile" | "missiles" | "helicopter" | "helicopters" | "drone" | "drones" | "tank" | "tanks" | "launcher" | "launchers" | "smartphone" | "smartphones" | "console" | "consoles")
            {
                return true;
            }
            // A model's variant after its number and a word in capitals: the "9" of "737 MAX 9",
            // the "8" of "A320 NEO 8" (the number before was the model's already).
            // (The model's number after a maker's name, in running text: not a table's "Lotte 44
            // 6 52 … LG 44".)
            if i >= 3 && n.end == n.start + 1 && self.tokens[i - 2].kind == TokenKind::Number && !self.glued(i - 1) && {
                let w = self.tokens[i - 1].text(self.text);
                let maker = self.tokens[i - 3].text(self.text);
                self.tokens[i - 1].kind == TokenKind::Word && (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
                    && self.cap(i - 3) && maker.bytes().skip(1).all(|b| b.is_ascii_lowercase()) && NUMBERED_NAMES.binary_search(&self.w(i - 3)).is_ok()
                    && self.tokens.get(n.end).is_none_or(|t| t.kind != TokenKind::Number)
            } {
                return true;
            }
            // A Boeing jet's model without its maker ("40 737 MAX jets", "the 787 Dreamliner"):
            // a 7x7 number before the name of its series, and the variant after it ("an Alaska
            // Airlines 737 MAX 9").
            let jet = |w: &str| w.len() == 3 && w.starts_with('7') && w.ends_with('7');
            let series = |k: usize| matches!(self.tokens.get(k).map(|t| t.text(self.text)), Some("MAX" | "Max" | "MAXs" | "Dreamliner" | "Dreamliners" | "NG"));
            if n.end == n.start + 1 && ((jet(self.w(i)) && series(n.end)) || (i >= 2 && series(i - 1) && jet(self.w(i - 2)) && !self.glued(i - 1))) {
                return true;
            }
            // And the models listed with one ("the 737 MAX, 767 and 777 jets").
            let model = |k: usize| jet(self.w(k)) && (series(k + 1) || (k > 0 && self.w(k - 1) == "boeing"));
            if n.end == n.start + 1 && jet(self.w(i)) && one_of!(prev, "," | "and" | "or") && (i.saturating_sub(6)..i - 1).any(model) {
                return true;
            }
            // "COVID-19", "F-16", "Boeing 737" (a capitalized word glued by a hyphen)
            if prev == "-" && self.glued(i) && self.glued(i.wrapping_sub(1)) && i >= 2 && self.tokens[i - 2].kind == TokenKind::Word {
                return true;
            }
            // Parts of a code or a date written with slashes ("11/1/05", "2/3/4/5", "9/11",
            // "24/7"; a fraction was read whole before): nothing.
            let slash_before = prev == "/" && self.glued(i) && self.is_num(i.wrapping_sub(2)) && self.glued(i.wrapping_sub(1));
            let slash_after = self.w(n.end) == "/" && self.glued(n.end) && self.glued(n.end + 1) && self.is_num(n.end + 1);
            if slash_before || slash_after {
                return true;
            }
            // A word glued right before the number ("G20" is one token; "A4" likewise): nothing.
            // Phone numbers and long codes: 3+ digit groups joined by hyphens or dots.
            if self.w(n.end) == "-" && self.glued(n.end) && self.is_num(n.end + 1) && self.w(n.end + 2) == "-" && self.is_num(n.end + 3) {
                return true;
            }
            // The tail of such a code: "555-123-4567" seen from "123".
            if prev == "-" && self.glued(i) && self.glued(i.wrapping_sub(1)) && self.is_num(i.wrapping_sub(2)) {
                return true;
            }
            if prev == "+" || prev == "(" && self.w(n.end) == ")" && self.is_num(n.end + 1) {
                return true;
            }
            // Codes and phone numbers: a number written with a leading zero ("0800", "007"), and
            // the digit groups after it ("0800 123 456").
            let raw = self.tokens[i].text(self.text);
            let leading_zero = |t: &Token| {
                let r = t.text(self.text);
                r.len() >= 2 && r.starts_with('0') && r.bytes().all(|b| b.is_ascii_digit())
            };
            if leading_zero(&self.tokens[i]) {
                return true;
            }
            if raw.bytes().all(|b| b.is_ascii_digit()) {
                let mut k = i;
                while k > 0 && i - k < 8 && self.tokens[k - 1].kind == TokenKind::Number && self.tokens[k - 1].text(self.text).bytes().all(|b| b.is_ascii_digit()) && self.text[self.tokens[k - 1].span.end..self.tokens[k].span.start] == *" " {
                    k -= 1;
                    // "+7095 941 8520": the groups after an international prefix.
                    if leading_zero(&self.tokens[k]) || (k > 0 && self.w(k - 1) == "+" && self.glued(k)) {
                        return true;
                    }
                }
            }
            // A street number: "10 Downing Street", "1600 Pennsylvania Avenue".
            let mut k = n.end;
            while k < n.end + 3 && self.cap(k) {
                if one_of!(self.w(k), "street" | "st." | "avenue" | "ave." | "road" | "rd." | "boulevard" | "blvd." | "lane" | "drive" | "place" | "square") && k > n.end {
                    return true;
                }
                k += 1;
            }
        } else if n.value == 1.0 && n.end == n.start + 1 {
            // "one of the", "no one", "the one", "one another"
            let next = self.w(n.end);
            // "wakes up one morning", "One night, he left": a time, not a count of them (a
            // length after "spent", "for" or "in": "spent one night in jail", "in one day").
            let told = matches!(next, "day" | "night") && one_of!(prev, "for" | "in" | "within" | "spent" | "spend" | "spends" | "spending" | "only" | "just" | "lasted" | "took" | "waited" | "stayed");
            if one_of!(next, "of" | "another" | "'s" | "who" | "that" | "which" | "time" | "way" | "side" | "hand" | "morning" | "evening" | "afternoon")
                || (matches!(next, "day" | "night") && !told)
                // "trading at 1,444 per dollar at one point": a while, not a point counted
                // ("lost by one point" is a count).
                || (prev == "at" && matches!(next, "point" | "stage" | "moment"))
                || one_of!(prev, "the" | "no" | "any" | "every" | "this" | "that" | "each" | "some")
            {
                return true;
            }
        }
        false
    }

    /// The noun phrase a count quantifies, starting at token `i`.
    /// A year a comparison sets against ("higher than 2022 levels", "was below 2017"): the year
    /// at `i`, after "than" and a comparative or after "below"/"above" and a verb.
    /// Nothing counted after the year at `i` of a comparison: a pause, or "levels"/"figures"
    /// ("up 3% on 2021 levels").
    fn year_ends_comparison(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct || one_of!(self.w(i + 1), "levels" | "figures" | "and" | "when" | "as"))
    }

    fn year_set_against(&self, i: usize) -> bool {
        let prev = self.w(i.wrapping_sub(1));
        // (Any comparative in "-er": "warmer than 2024", "cheaper than 2019"; not "fewer".)
        (prev == "than" && {
            let c = self.w(i.wrapping_sub(2));
            one_of!(c, "worse" | "better") || (c.len() > 4 && c.ends_with("er") && !one_of!(c, "fewer" | "other" | "rather" | "never" | "either" | "neither" | "whether" | "number" | "under" | "after"))
        })
            || (matches!(prev, "below" | "above") && one_of!(self.w(i.wrapping_sub(2)), "was" | "were" | "is" | "are" | "remained" | "remains" | "stayed" | "still" | "well" | "far" | "just" | "slightly"))
            // "40% below 1990 levels", "back to 2019 levels", "near 2008 levels": a year's level.
            || (self.w(i + 1) == "levels" && one_of!(prev, "below" | "above" | "near" | "under" | "over" | "beyond" | "to" | "from" | "of" | "at" | "exceeded" | "exceed" | "exceeds" | "surpassed" | "reached" | "regained" | "pre" | "post"))
    }

    fn counted(&self, i: usize, singular: bool) -> Option<String> {
        // "one short of his best tally", "two shy of the record": how far from another figure.
        if matches!(self.w(i), "short" | "shy") && self.w(i + 1) == "of" {
            return None;
        }
        // "51 seats, one fewer than the KMT": a difference from another figure.
        if matches!(self.w(i), "fewer" | "more" | "less") && self.w(i + 1) == "than" {
            return None;
        }
        let mut words: Vec<usize> = Vec::new();
        let mut j = i;
        let mut last_noun = None;
        while j < self.tokens.len() && words.len() < 7 {
            let t = &self.tokens[j];
            let w = self.w(j);
            // (A capitalized word on the next line opens something else, even right after the
            // number: a table's row "Sporting Gijon 2" before a heading "Standings".)
            if (j > i && t.sent_start) || (t.newline_before && self.cap(j)) {
                break;
            }
            // "4.2 million 60-kg bags", "two 20-foot containers": a measure glued by a hyphen
            // describes what is counted.
            if j == i && t.kind == TokenKind::Number && self.w(j + 1) == "-" && self.glued(j + 1) && self.glued(j + 2) && self.tokens.get(j + 2).is_some_and(|n| n.kind == TokenKind::Word) {
                words.extend([j, j + 1, j + 2]);
                j += 3;
                continue;
            }
            if t.kind == TokenKind::Punct {
                // "ex-Soviet": a glued hyphen joins words.
                if w == "-" && !t.space_before && self.glued(j + 1) && !words.is_empty() {
                    j += 1;
                    continue;
                }
                break;
            }
            if t.kind != TokenKind::Word {
                break;
            }
            // A small word inside a hyphenated compound is part of it ("search-and-rescue
            // personnel", "rank-and-file members").
            if j > i && self.w(j - 1) == "-" && self.glued(j) && self.w(j + 1) == "-" && self.glued(j + 1) && one_of!(w, "and" | "or" | "to" | "by" | "in" | "of" | "the" | "for") {
                words.push(j);
                j += 1;
                continue;
            }
            if w == "and" {
                // Coordination continues only into more words, and not after a single thing
                // ("one morning and suddenly").
                if words.is_empty() || singular || !self.tokens.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word) {
                    break;
                }
                j += 1;
                continue;
            }
            // Another figure ends the phrase, and one right after the number is no thing counted
            // ("down from 52 five years ago"; "three one-day matches" is a compound).
            let compound_head = words.is_empty() && self.w(j + 1) == "-" && self.glued(j + 1);
            // (A stop word glued after a hyphen is part of a modifier: "battery-only vehicles".)
            let glued_tail = !words.is_empty() && self.w(j - 1) == "-" && self.glued(j) && self.w(j + 1) != "-";
            // "four away games", "two away goals": the side of a fixture, before its noun.
            let side = words.is_empty() && w == "away" && self.tokens.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.newline_before) && looks_plural(self.w(j + 1)) && COUNTED_STOP.binary_search(&self.w(j + 1)).is_err();
            // A capital letter after a capitalized word is inside a name ("32 Serie A
            // appearances", "three Group B matches"; not a heading in capitals).
            let in_name = !words.is_empty()
                && t.span.end - t.span.start == 1
                && self.cap(j)
                && self.tokens[j - 1].text(self.text).bytes().any(|b| b.is_ascii_lowercase())
                && self.cap(j - 1)
                && self.tokens.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.sent_start);
            if (COUNTED_STOP.binary_search(&w).is_ok() && !glued_tail && !side && !in_name) || (is_figure_word(w) && !compound_head) {
                break;
            }
            // A verb in the past with no "-ed" ends it too, first word or not ("at least one
            // caught fire", "two fell overboard").
            if one_of!(w, "caught" | "fell" | "sank" | "broke" | "took" | "went" | "came" | "ran" | "won" | "lost" | "got" | "saw" | "told" | "said" | "led" | "died" | "fled" | "struck" | "drove" | "flew" | "swam" | "stood" | "sat" | "became" | "began" | "remain" | "remained" | "suffered" | "escaped") {
                break;
            }
            // What became of them after the noun is no part of it ("one firefighter dead", "one
            // teen left dead"; not "two left feet").
            if !words.is_empty() && one_of!(w, "dead" | "missing" | "injured" | "wounded" | "hurt" | "alive" | "safe" | "homeless" | "left") {
                break;
            }
            // After the noun, a verb in the past that does not end in "-ed" ("1.5 million people
            // cast ballots", "homes hit by the storm"); not glued into a modifier ("Russian-built
            // hovercraft", "state-paid guards"), nor after "and" ("call and put warrants"), and
            // "hit" only before what it hit or by what ("one Montreal hit in the ninth").
            let compound = self.w(j - 1) == "-" && self.glued(j);
            let verb = match w {
                "cast" | "put" | "set" | "shut" | "held" | "kept" | "met" | "paid" | "sent" | "spent" | "built" | "bought" | "sold" | "found" | "gave" | "left" => true,
                "hit" => one_of!(self.w(j + 1), "by" | "the" | "a" | "an" | "their" | "his" | "her" | "its"),
                _ => false,
            };
            if !words.is_empty() && verb && !compound && !matches!(self.w(j - 1), "and" | "or") {
                break;
            }
            // A verb ends the phrase, unless a hyphen glues it into a modifier ("water-bombing
            // aircraft"), or a word in "-ing" after a modifier names what a plural noun after it
            // does ("graphics processing units", "mobile polling stations"; not "people carrying
            // signs").
            let gerund = w.ends_with("ing")
                && words.last().is_some_and(|&p| !looks_plural(self.w(p)))
                && self.tokens.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word && !self.cap(j + 1))
                && looks_plural(self.w(j + 1));
            if !words.is_empty() && !compound && ((w.ends_with("ed") && w.len() > 4) || (w.ends_with("ing") && !gerund)) {
                break;
            }
            // A participle right after the number, before a preposition, is what was done, not
            // the thing ("including one brokered on April 24", "five wounded in the attack").
            if words.is_empty() && !compound && w.ends_with("ed") && w.len() > 4
                && one_of!(self.w(j + 1), "on" | "by" | "in" | "at" | "for" | "with" | "to" | "from" | "during" | "after" | "before" | "last" | "earlier" | "when" | "while")
            {
                break;
            }
            if !words.is_empty() && self.cap(j) && !self.cap(j - 1) && !matches!(self.w(j - 1), "-" | "and" | "or") {
                break;
            }
            words.push(j);
            if looks_plural(w) || (singular && j == i) || (singular && self.w(j + 1) != "-") {
                last_noun = Some(j);
                // A regular plural ends the phrase ("adults smokes" → "adults") unless a
                // coordination follows; irregular plurals ("police", "personnel") are often modifiers.
                let regular = IRREGULAR_PLURALS.binary_search(&w).is_err();
                if regular && !singular && !matches!(self.w(j + 1), "and" | "or") {
                    break;
                }
                // An irregular plural before a verb in the present ("children lives in poverty",
                // "women works"): the verb agrees with the share, not a noun of the phrase.
                if !regular && one_of!(self.w(j + 1), "lives" | "dies" | "works" | "says" | "earns" | "owns" | "goes" | "gets" | "wants" | "needs" | "uses" | "lacks" | "faces") {
                    break;
                }
            }
            j += 1;
        }
        let last = last_noun?;
        // "above the 155,000 economists had forecast": those who forecast the figure, with nothing
        // forecast after the verb, are not what it counts.
        if one_of!(self.w(last), "economists" | "analysts" | "experts" | "forecasters" | "traders" | "markets" | "investors" | "observers" | "pollsters") {
            let mut v = last + 1;
            if matches!(self.w(v), "had" | "have" | "has" | "were") {
                v += 1;
            }
            let forecast = one_of!(self.w(v), "forecast" | "forecasted" | "expected" | "predicted" | "estimated" | "projected" | "anticipated" | "expect" | "predict" | "estimate" | "forecasts" | "expects" | "predicts" | "estimates");
            if forecast && self.tokens.get(v + 1).is_none_or(|t| t.kind == TokenKind::Punct || one_of!(self.w(v + 1), "and" | "but" | "in" | "for" | "on" | "last" | "this" | "before")) {
                return None;
            }
        }
        let a = self.tokens[i].span.start;
        let b = self.tokens[last].span.end;
        let phrase = self.text[a..b].split_whitespace().collect::<Vec<_>>().join(" ");
        Some(phrase)
    }

    /// The event word of a figure: a verb right before it ("killing 12", "injuring at least 140"),
    /// else the nearest one after it in its sentence, else one before it.
    fn event_near(&self, start: usize, end: usize) -> Option<&'static str> {
        if start >= 1 && !self.tokens[start].sent_start {
            if let Some(e) = event_of(self.w(start - 1), self.w(start)) {
                return Some(e);
            }
        }
        let mut j = end;
        let mut steps = 0;
        while j < self.tokens.len() && steps < 12 {
            if self.tokens[j].sent_start && j > end {
                break;
            }
            // "three patients at a hospital in …": where they were, not that they were admitted.
            // Nor one listed with what is counted ("Hundreds of houses and a hospital were damaged").
            let place = matches!(self.w(j), "hospital" | "hospitals")
                && (matches!(self.w(j - 1), "at" | "and" | "or") || (matches!(self.w(j - 1), "a" | "the") && matches!(self.w(j.wrapping_sub(2)), "at" | "and" | "or")));
            // "held" later in the clause is someone's holding ("62 of 76 it held", "has held
            // elections") unless passive or said of captives ("were held", "held hostage").
            // So is an event's being held ("voted in the election, held in seven phases").
            // (Or "the election, which was held alongside …": the event before the words, up to
            // four, that link it to "held".)
            let event_at = || {
                let mut e = j - 1;
                while e > 0 && j - e <= 4 && one_of!(self.w(e), "," | "which" | "that" | "was" | "were" | "is" | "are" | "being" | "been" | "be" | "to" | "will") {
                    e -= 1;
                }
                (e + 1 < j).then_some(e)
            };
            let event_held = self.w(j) == "held"
                && event_at().is_some_and(|e| one_of!(self.w(e), "election" | "elections" | "vote" | "poll" | "polls" | "referendum" | "summit" | "meeting" | "talks" | "conference" | "ceremony" | "race" | "games" | "match" | "final" | "tournament" | "event" | "concert" | "funeral" | "trial" | "hearing" | "session" | "debate" | "rally" | "festival" | "primary" | "primaries" | "contest"));
            let holding = event_held
                || self.w(j) == "held"
                    && j > end
                    && !one_of!(self.w(j - 1), "was" | "were" | "is" | "are" | "be" | "being" | "been" | "still" | "now" | "currently" | "illegally" | "reportedly" | ",")
                    && !one_of!(self.w(j + 1), "hostage" | "hostages" | "captive" | "in" | "by" | "without" | "incommunicado" | "prisoner" | "prisoners" | "at" | "for");
            if let Some(e) = event_of(self.w(j), self.w(j + 1)).filter(|_| !place && !holding) {
                // "a 50% higher risk of death", "the odds of dying": a chance of the event, which
                // did not happen to what is counted.
                if self.w(j - 1) == "of" && chance_word(self.w(j.wrapping_sub(2))) {
                    return None;
                }
                // "a ferry carrying 200 passengers capsized, killing at least 34 people": a verb
                // right before another count is that count's event.
                let k = self.qualifier(j + 1).map_or(j + 1, |(_, k)| k);
                if j > end && self.is_num(k) {
                    return None;
                }
                // So is a pair of verbs ("grew to 6,800 hectares … and destroyed or damaged at
                // least 40 buildings": the buildings were damaged, not the hectares).
                if j > end && matches!(self.w(j + 1), "or" | "and") && event_of(self.w(j + 2), self.w(j + 3)).is_some() {
                    let k = self.qualifier(j + 3).map_or(j + 3, |(_, k)| k);
                    if self.is_num(k) {
                        return None;
                    }
                }
                // "two injured passengers died": a participle before the noun says what they
                // were; a death after it in the clause is what happened to them.
                if j == end && e != "killed" && self.w(j).ends_with("ed") {
                    let died = (j + 2..(j + 6).min(self.tokens.len()))
                        .take_while(|&k| !self.tokens[k].sent_start && !matches!(self.w(k), "," | ";" | "and" | "but"))
                        .any(|k| matches!(self.w(k), "died" | "die" | "dies" | "succumbed"));
                    if died {
                        return Some("killed");
                    }
                }
                // "Eleven of the survivors were taken to hospital", "four of the injured died": a
                // state the counted noun names right after the figure gives way to what then
                // happened to them in the clause (a death, a hospital, going missing).
                if j <= end + 3 && matches!(e, "rescued" | "injured" | "displaced" | "detained") {
                    let later = (j + 1..(j + 9).min(self.tokens.len()))
                        .take_while(|&k| !self.tokens[k].sent_start && !one_of!(self.w(k), "," | ";" | "and" | "but" | "after" | "when" | "because"))
                        .find_map(|k| {
                            let at = matches!(self.w(k), "hospital" | "hospitals") && (self.w(k - 1) == "at" || (matches!(self.w(k - 1), "a" | "the") && self.w(k.wrapping_sub(2)) == "at"));
                            event_of(self.w(k), self.w(k + 1)).filter(|e2| !at && matches!(*e2, "killed" | "hospitalized" | "missing"))
                        });
                    if let Some(e2) = later {
                        return Some(e2);
                    }
                }
                // "in hospital" reads as hospitalized; "the hospital said" too, loosely.
                return Some(e);
            }
            // "forced 200,000 from their homes", "forcing 30,000 to leave their homes"
            if self.w(j) == "homes" && matches!(self.w(j.wrapping_sub(1)), "their" | "its" | "his" | "her") && one_of!(self.w(j.wrapping_sub(2)), "from" | "leave" | "left" | "abandon" | "abandoned") {
                return Some("displaced");
            }
            // A new clause of time or cause belongs to its own event ("rose to 26 after two
            // injured passengers died": the toll's, not the injured's); so does a clause of
            // "whose" ("5,000 euros for each family whose house was destroyed" is no damage).
            if one_of!(self.w(j), "after" | "before" | "when" | "because" | "until" | "unless" | "although" | "though" | "whereas" | "whose") {
                break;
            }
            // "cases pass 300,000 as deaths hit a record": "as" opening a clause with its own
            // subject (not "listed as dead").
            // ("identified as a lawyer", "known as the Tigers": after a participle it names a role.)
            let after_role = self.w(j - 1).ends_with("ed") || one_of!(self.w(j - 1), "such" | "well" | "same" | "so" | "known" | "seen");
            if self.w(j) == "as" && !after_role && (one_of!(self.w(j + 1), "the" | "its" | "their" | "he" | "she" | "they" | "it" | "we" | "officials" | "police" | "rescuers") || looks_plural(self.w(j + 1))) {
                break;
            }
            // An apposition between commas ("one resident, a 78-year-old man, was missing"; "12
            // people, including 3 children, were killed") is skipped.
            if self.w(j) == "," && one_of!(self.w(j + 1), "a" | "an" | "the" | "aged" | "including") {
                if let Some(k) = (j + 2..(j + 10).min(self.tokens.len())).find(|&k| self.w(k) == "," || self.tokens[k].sent_start) {
                    if self.w(k) == "," {
                        j = k + 1;
                        steps += 1;
                        continue;
                    }
                }
            }
            // A second figure or a new clause in between belongs to its own event ("to more than
            // 9 million, and deaths climbed …"; "said 79 towns had been affected and that the
            // death toll could rise").
            let clause = match self.w(j) {
                "," => one_of!(self.w(j + 1), "and" | "but" | "while" | "whereas" | "that"),
                "and" => self.w(j + 1) == "that",
                w => w == ";",
            };
            // "43 homes and 60 outbuildings were destroyed": a count coordinated right after this
            // one, with its own noun, shares the verb (not "120 passengers and 30 were hurt").
            let coordinated = matches!(self.w(j - 1), "and" | "or" | ",")
                && j <= end + 3
                && self.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && t.text(self.text).starts_with(|c: char| c.is_lowercase()))
                && !one_of!(self.w(j + 1), "were" | "was" | "are" | "is" | "had" | "have" | "has" | "of" | "will" | "would" | "could" | "remain" | "remained" | "more" | "others" | "percent" | "per");
            // ", four of them with serious injuries": a part in words after a comma is a figure too.
            let part_in_words = j > end + 1 && self.w(j - 1) == "," && self.w(j + 1) == "of" && (numbers::small_word(self.w(j)).is_some() || numbers::tens_word(self.w(j)).is_some());
            if (self.is_num(j) && j > end + 1 && !coordinated) || clause || part_in_words {
                break;
            }
            j += 1;
            steps += 1;
        }
        // "The death toll from the country's worst rail disaster rose to 43": a toll's number,
        // however far the toll is before its verb (in the sentence, no other figure between).
        if start >= 2 && matches!(self.w(start - 1), "to" | "at") && one_of!(self.w(start - 2), "rose" | "risen" | "rise" | "rises" | "climbed" | "climbs" | "jumped" | "increased" | "reached" | "stood" | "stands" | "hit" | "grew" | "soared" | "mounted") {
            let mut k = start - 2;
            while k > 0 && start - k < 20 && !self.tokens[k].sent_start && !self.is_num(k - 1) {
                k -= 1;
                if self.w(k) == "toll" {
                    return match self.w(k.wrapping_sub(1)) {
                        "death" | "deaths" => Some("killed"),
                        "injury" | "injuries" => Some("injured"),
                        _ => None,
                    };
                }
            }
        }
        // Before it, within its clause only: "…saw 200 people detained, several thousand protesters
        // stormed…" gives the second figure no event.
        let mut j = start;
        let mut steps = 0;
        while j > 0 && steps < 8 {
            if self.tokens[j].sent_start {
                break;
            }
            j -= 1;
            steps += 1;
            // A coordinated clause ("… were evacuated and nearly 400 homes destroyed") has its own
            // verb, and so has a clause after "after", "when", "because" ("feared dead after a boat
            // carrying about 280 people capsized": those carried are not the dead); so has a
            // clause of "that" ("Survivors told officials that up to 750 people had been on board":
            // not 750 rescued).
            if one_of!(self.w(j), "," | ";" | ":" | "—" | "–" | "(" | "and" | "but" | "after" | "before" | "when" | "because" | "although" | "though" | "whereas" | "unless" | "until" | "that") {
                break;
            }
            if let Some(e) = event_of(self.w(j), self.w(j + 1)) {
                // "reduced the risk of heart attacks, strokes and deaths by 20%": a chance of the
                // event, which did not happen (as after the figure).
                let chance = (j.saturating_sub(10)..j).rev().take_while(|&k| !self.tokens[k + 1].sent_start).any(|k| {
                    self.w(k + 1) == "of" && chance_word(self.w(k))
                });
                return (!chance).then_some(e);
            }
        }
        None
    }
}

/// The ratio a word says before its context is checked: "twice" 2, "halved" 0.5, "tenfold" 10.
fn ratio_word_value(w: &str) -> Option<f64> {
    Some(match w {
        "twice" | "double" | "doubled" | "doubling" => 2.0,
        "thrice" | "triple" | "treble" | "tripled" | "trebled" | "tripling" | "trebling" => 3.0,
        "quadruple" | "quadrupled" | "quadrupling" => 4.0,
        "halve" | "halved" | "halving" => 0.5,
        // "tenfold", "twentyfold", "hundredfold"
        _ => {
            let p = w.strip_suffix("fold").filter(|p| !p.is_empty())?;
            match p {
                "hundred" => 100.0,
                "thousand" => 1000.0,
                _ => numbers::small_word(p).or_else(|| numbers::tens_word(p))?,
            }
        }
    })
}

/// True for a word that is a number, vague magnitude, weekday or month name on its own.
pub fn is_figure_word(w: &str) -> bool {
    numbers::small_word(w).is_some()
        || numbers::tens_word(w).is_some()
        || vague_word(w).is_some()
        || one_of!(w, "hundred" | "thousand" | "million" | "billion" | "dozen" | "several" | "yesterday" | "today" | "tomorrow")
        || weekday_number(w).is_some()
        || (month_number(w).is_some() && !one_of!(w, "may" | "march" | "mar" | "jan" | "sun" | "sat" | "dec" | "aug" | "june" | "jun"))
}


/// The ISO interval of a period of `n` units ending at `r` (`dir` −1) or starting there (+1):
/// "the past three years" on 2026-11-22 → "2023-11-22/2026-11-22". Whole days, weeks, months and
/// years only.
fn period_iso(r: Date, dir: i64, n: f64, unit: &str) -> Option<String> {
    if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
        return None;
    }
    let n = n as i64 * dir;
    let other = match unit {
        "day" => r.add_days(n),
        "week" => r.add_days(7 * n),
        "month" => r.add_months(n),
        "year" => r.add_months(12 * n),
        _ => return None,
    };
    let (a, b) = if dir < 0 { (other, r) } else { (r, other) };
    Some(format!("{}/{}", a.iso(), b.iso()))
}

fn iso_week(d: Date) -> String {
    // ISO week: the week with the year's first Thursday is week 1.
    let thursday = d.add_days(3 - d.weekday() as i64);
    let jan1 = Date { year: thursday.year, month: 1, day: 1 };
    let week = (thursday.days() - jan1.days()) / 7 + 1;
    format!("{:04}-W{:02}", thursday.year, week)
}

#[cfg(test)]
mod tests;

/// Capitalized words that make a weekday after them the name of an event or a feast ("Black
/// Monday", "Super Tuesday", "Ash Wednesday", "Good Friday", "Bloody Sunday").
pub(crate) fn weekday_epithet(w: &str) -> bool {
    matches!(w, "Black" | "Cyber" | "Super" | "Bloody" | "Ash" | "Good" | "Holy" | "Easter" | "Palm" | "Maundy" | "Shrove" | "Giving" | "Blue" | "Whit" | "Low" | "Mad" | "Manic")
}

/// A year right after a capitalized word that is no date's or sentence's word names an event or
/// a plan with it ("Euro 2024 final", "the Paris 2024 Olympics"): the event's year, a date. Not
/// after a month, a weekday, a season or a feast ("Christmas 2023"), a word that opens sentences
/// or a preposition ("In 2024"), nor a dateline's "1996-08-22".
pub(crate) fn year_in_name(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k) else { return false };
    let raw = t.text(text);
    if t.kind != TokenKind::Number || raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) || k == 0 || !t.space_before || t.newline_before {
        return false;
    }
    let year: u32 = raw.parse().unwrap_or(0);
    let prev = &tokens[k - 1];
    let p = prev.text(text);
    if !(1950..=2100).contains(&year) || prev.kind != TokenKind::Word || !p.starts_with(|c: char| c.is_ascii_uppercase()) || p.len() < 3 || p.contains('.') {
        return false;
    }
    let low = p.to_ascii_lowercase();
    // Nor after a heading in capitals ("FRANCE LAUNCH 1998 WORLD CUP") or a people's adjective
    // ("American 1984 and 1988 champion", "the French 1997 budget": the year is a date).
    let capitals = p.bytes().all(|b| b.is_ascii_uppercase());
    // (By the ending only, so no place: "Milan 2026" is a name, "Korean 2026" a date.)
    let people = ["ian", "ean", "can", "man", "ese", "ish", "ench", "tch"].iter().any(|x| low.ends_with(x));
    if capitals
        || people
        || month_number(&low).is_some()
        || weekday_number(&low).is_some()
        || crate::text::opens_sentences(p)
        || one_of!(low.as_str(), "christmas" | "easter" | "spring" | "summer" | "autumn" | "fall" | "winter" | "ramadan" | "year" | "fiscal" | "since" | "until" | "from" | "through" | "during" | "before" | "by" | "for" | "of" | "to" | "with" | "than" | "late" | "early" | "mid" | "end" | "between" | "around" | "about" | "circa" | "after" | "in" | "on" | "at" | "into" | "over" | "regarding" | "including" | "via" | "per" | "within" | "throughout" | "past" | "next" | "last" | "every")
    {
        return false;
    }
    // Something after it on the line, no date's mark or a measure's ("Euro 2024 final", "Paris
    // 2024 Olympics"; not "LONDON 1996-08-22", "Boeing 2024 deliveries fell 5%" alike).
    // (At a sentence's start, a verb or a greeting opens as often: "Start 2012 with a Like",
    // "Make 2017 the year of …": not before such a small word.)
    tokens.get(k + 1).is_some_and(|n| {
        let w = n.text(text);
        n.kind == TokenKind::Word
            && n.space_before
            && !n.newline_before
            && w.chars().all(char::is_alphabetic)
            && !(prev.sent_start && one_of!(w, "the" | "a" | "an" | "with" | "what" | "and" | "or" | "is" | "was" | "to" | "for" | "of" | "in" | "on" | "at"))
    })
}
