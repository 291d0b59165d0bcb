//! # newslens
//!
//! Finds the **figures** (counts, money, percentages, ages, ordinals, durations, ratios, dates)
//! and **named entities** (people, places, organizations, other names) in news text, normalizes
//! the figures, links each entity's aliases, and compares reports of the same event.
//!
//! ```
//! let a = newslens::analyze("More than 1,000 people were injured, Ada Lind said. Lind is 54.").unwrap();
//! let f = &a.figures[0];
//! assert_eq!(f.span.slice("More than 1,000 people were injured, Ada Lind said. Lind is 54."), "More than 1,000");
//! assert_eq!(f.low, Some(1000.0));
//! assert_eq!(f.counted.as_deref(), Some("people"));
//! assert_eq!(f.event, Some("injured"));
//! ```
//!
//! Two reports of one event, compared:
//!
//! ```
//! use newslens::{compare::compare, Options};
//! let a = "Officials said 8 miners were killed in the blast.";
//! let b = "Rescuers said 12 miners were killed in the blast.";
//! let c = compare(&[a, b], &Options::default()).unwrap();
//! assert_eq!(c.figures[0].relation.as_str(), "conflict");
//! assert_eq!(c.figures[0].topic, "killed: miners");
//! ```
//!
//! Offsets inside the core are byte [`Span`]s; [`wire`] converts them to UTF-16 code units (what
//! JavaScript's `String.slice` uses) for the CLI and the WebAssembly binding, in one pass.
#![warn(missing_docs)]

pub mod compare;
pub mod entities;
mod error;
pub mod figures;
mod order;
pub mod span;
pub mod text;
pub mod wire;

/// The JavaScript binding (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use compare::{compare, Comparison};
pub use entities::{Entity, Group, Label};
pub use error::{Error, MAX_TEXT_BYTES};
pub use figures::dates::Date;
pub use figures::{Figure, FigureKind, Qualifier};
pub use span::Span;

/// Analysis options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// The date the text was published: resolves "Thursday", "yesterday", "last week".
    pub reference: Option<Date>,
    /// The reader's date. Used only to give a year to a dateline that writes none ("LISBON,
    /// Sept 18 (Reuters) -"): the last such day on or before it. Never a reference by itself
    /// (an article pasted today may be years old).
    pub today: Option<Date>,
}

/// What [`analyze`] finds in one text.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Entity mentions, sorted, non-overlapping.
    pub entities: Vec<Entity>,
    /// Alias groups; `Entity::group` indexes this list.
    pub groups: Vec<Group>,
    /// Figures, sorted, non-overlapping.
    pub figures: Vec<Figure>,
    /// The date relative dates were resolved against: the one given in [`Options`], else the
    /// date the article gives for itself in its first lines ([`figures::dateline`]).
    pub reference: Option<Date>,
    /// Where the text gave [`Analysis::reference`] (None when it came from the options).
    pub reference_span: Option<Span>,
    /// The text gave the reference's day and month, [`Options::today`] its year.
    pub reference_year_from_today: bool,
}

/// Analyzes a text with default options.
pub fn analyze(text: &str) -> Result<Analysis, Error> {
    analyze_with(text, &Options::default())
}

/// Analyzes a text.
pub fn analyze_with(text: &str, options: &Options) -> Result<Analysis, Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TooLarge { bytes: text.len(), max: MAX_TEXT_BYTES });
    }
    let model = entities::embedded_model()?;
    Ok(analyze_with_model(model, text, options))
}

/// Analyzes a text with a given entity model (training and evaluation use this; callers want
/// [`analyze_with`], which uses the embedded model).
#[doc(hidden)]
pub fn analyze_with_model(model: &entities::Model, text: &str, options: &Options) -> Analysis {
    let tokens = text::tokenize(text);
    let (reference, reference_span, reference_year_from_today) = match options.reference {
        Some(d) => (Some(d), None, false),
        None => figures::dateline(text, options.today).map_or((None, None, false), |(d, s, guessed)| (Some(d), Some(s), guessed)),
    };
    let figures = figures::find_figures(text, &tokens, reference);
    // A one-word "name" inside a date ("in May", "May 1996") is the month, not a person; inside a
    // quantity ("40 degrees Celsius") it is the unit.
    let covering: Vec<Span> = figures.iter().filter(|f| matches!(f.kind, FigureKind::Date | FigureKind::Time | FigureKind::Quantity)).map(|f| f.span).collect();
    let (entities, groups) = entities::find_entities_outside(model, text, &tokens, &covering);
    let mut figures = drop_numbers_inside_names(text, figures, &entities);
    names_are_not_counted(text, &mut figures, &entities);
    years_after_names(text, &mut figures, &entities);
    Analysis { entities, groups, figures, reference, reference_span, reference_year_from_today }
}

/// A number that is part of a name ("Apollo 11", "Studio 60", "Ground Zero", "the Second
/// Amendment", "Air Force One") counts nothing: counts and ordinals inside an entity are dropped.
/// Dates stay ("the 2002 World Cup" still says when).
fn drop_numbers_inside_names(text: &str, mut figures: Vec<Figure>, entities: &[Entity]) -> Vec<Figure> {
    // Both lists are sorted by start; entities do not overlap.
    let mut k = 0;
    figures.retain(|f| {
        // A weekday or month word inside the name of a club or a person ("Sheffield Wednesday",
        // "Sunday Bada") is no date either; a date with digits stays ("the 1997 Cup").
        let date = f.kind == FigureKind::Date && text.get(f.span.start..f.span.end).is_some_and(|w| !w.is_empty() && w.chars().all(char::is_alphabetic));
        if !matches!(f.kind, FigureKind::Count | FigureKind::Ordinal) && !date {
            return true;
        }
        while k < entities.len() && entities[k].span.end <= f.span.start {
            k += 1;
        }
        !entities.get(k).is_some_and(|e| e.span.start <= f.span.start && f.span.end <= e.span.end && (!date || matches!(e.label, Label::Org | Label::Per)))
    });
    figures
}

/// What a figure counts is never a club, person or place named right after it: in a results
/// table "1 Coventry" counts nothing (the next team's name), nor does "3 Newcastle". Peoples stay
/// ("12 Palestinians"), and so do names that only open the phrase ("two Supreme Court justices").
fn names_are_not_counted(text: &str, figures: &mut [Figure], entities: &[Entity]) {
    let mut k = 0;
    for f in figures.iter_mut() {
        let Some(c) = f.counted.as_deref() else { continue };
        while k < entities.len() && entities[k].span.start < f.span.end {
            k += 1;
        }
        let Some(e) = entities.get(k) else { continue };
        let gap = text.get(f.span.end..e.span.start).unwrap_or("x");
        let name = text.get(e.span.start..e.span.end).unwrap_or("");
        if gap.trim().is_empty() && c == name && matches!(e.label, Label::Org | Label::Per | Label::Loc) {
            f.counted = None;
        }
    }
}

/// A year right after a one-word name is the year of an edition ("Beijing 2008", "Tokyo 2020",
/// "Euro 2016", "Expo 2020"), not a count: four digits from 1896 to 2100, counting nothing.
fn years_after_names(text: &str, figures: &mut [Figure], entities: &[Entity]) {
    let mut k = 0;
    for f in figures.iter_mut() {
        while k < entities.len() && entities[k].span.end <= f.span.start {
            k += 1;
        }
        let Some(e) = k.checked_sub(1).map(|k| &entities[k]) else { continue };
        let digits = text.get(f.span.start..f.span.end).unwrap_or("");
        let year = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) && f.value.is_some_and(|v| (1896.0..=2100.0).contains(&v));
        let one_word = text.get(e.span.start..e.span.end).is_some_and(|n| !n.contains(char::is_whitespace));
        if f.kind == FigureKind::Count && year && f.counted.is_none() && f.qualifier == Qualifier::Exact && one_word && text.get(e.span.end..f.span.start) == Some(" ") {
            f.kind = FigureKind::Date;
            f.iso = Some(digits.to_string());
            (f.value, f.low, f.high) = (None, None, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_ordinals_inside_names_are_dropped_dates_stay() {
        // "Apollo 11 flew in 1969; the Second Fleet lost 3 ships at Euro 2016."
        let ent = |a, b| Entity { span: Span::new(a, b), label: Label::Misc, group: 0 };
        let entities = [ent(0, 9), ent(28, 40), ent(56, 65)];
        let figures = vec![
            Figure::new(Span::new(7, 9), FigureKind::Count),    // "11" in "Apollo 11"
            Figure::new(Span::new(19, 23), FigureKind::Date),   // "1969"
            Figure::new(Span::new(28, 34), FigureKind::Ordinal), // "Second" in "Second Fleet"
            Figure::new(Span::new(46, 47), FigureKind::Count),  // "3", outside any name
            Figure::new(Span::new(61, 65), FigureKind::Date),   // "2016" in "Euro 2016": a date stays
        ];
        let kept: Vec<(usize, FigureKind)> = drop_numbers_inside_names(&" ".repeat(70), figures, &entities).iter().map(|f| (f.span.start, f.kind)).collect();
        assert_eq!(kept, [(19, FigureKind::Date), (46, FigureKind::Count), (61, FigureKind::Date)]);
    }
}
