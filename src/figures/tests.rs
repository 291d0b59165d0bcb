//! Figure grammar tests, on sentences written for this project.

use super::*;
use crate::text::tokenize;

fn figs(s: &str) -> Vec<Figure> {
    find_figures(s, &tokenize(s), Date::new(2024, 3, 15))
}

fn one<'a>(s: &'a str, needle: &str) -> Figure {
    let fs = figs(s);
    fs.iter()
        .find(|f| f.span.slice(s) == needle)
        .cloned()
        .unwrap_or_else(|| panic!("no figure {needle:?} in {s:?}; found {:?}", fs.iter().map(|f| f.span.slice(s)).collect::<Vec<_>>()))
}

#[test]
fn qualifiers_stay_in_the_span() {
    let s = "Officials said more than 1,000 people had been injured.";
    let f = one(s, "more than 1,000");
    assert_eq!((f.kind, f.qualifier, f.value, f.low, f.high), (FigureKind::Count, Qualifier::Over, Some(1000.0), Some(1000.0), None));
    assert_eq!(f.counted.as_deref(), Some("people"));
    assert_eq!(f.event, Some("injured"));
    let f = one("A region of almost 19 million residents.", "almost 19 million");
    assert_eq!((f.qualifier, f.value, f.high, f.low), (Qualifier::Under, Some(19e6), Some(19e6), None));
    let f = one("Up to 40 boats sank.", "Up to 40");
    assert_eq!((f.qualifier, f.high), (Qualifier::AtMost, Some(40.0)));
    let f = one("At least 12 miners were rescued.", "At least 12");
    assert_eq!((f.qualifier, f.low, f.event), (Qualifier::AtLeast, Some(12.0), Some("rescued")));
}

#[test]
fn vague_magnitudes_have_bounds() {
    let f = one("Dozens of volunteers arrived.", "Dozens");
    assert_eq!((f.qualifier, f.low, f.value), (Qualifier::Vague, Some(24.0), None));
    assert_eq!(f.counted.as_deref(), Some("volunteers"));
    let f = one("tens of sailors were missing", "tens");
    assert_eq!((f.low, f.event), (Some(20.0), Some("missing")));
    let f = one("Several thousand fans waited.", "Several thousand");
    assert_eq!(f.low, Some(2000.0));
    let f = one("Tens of thousands marched.", "Tens of thousands");
    assert_eq!(f.low, Some(20000.0));
    let f = one("It drew hundreds of billions of dollars in loans.", "hundreds of billions of dollars");
    assert_eq!((f.kind, f.unit.as_deref(), f.low), (FigureKind::Money, Some("USD"), Some(2e11)));
}

#[test]
fn money_percent_and_units() {
    let f = one("The port cost $4.2bn to build.", "$4.2bn");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(4.2e9), Some("USD")));
    let f = one("a fine of £30m was set", "£30m");
    assert_eq!((f.value, f.unit.as_deref()), (Some(30e6), Some("GBP")));
    let f = one("worth 100 million tenge", "100 million tenge");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("KZT")));
    let f = one("corpus style $ 4.2 billion here", "$ 4.2 billion");
    assert_eq!(f.value, Some(4.2e9));
    let f = one("about 500 or more people came", "about 500 or more");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::AtLeast, Some(500.0), None));
    let f = one("highs of 40 degrees Celsius are forecast", "40 degrees Celsius");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(40.0), Some("°C")));
    let f = one("it fell to -5 degrees F overnight", "-5 degrees F");
    assert_eq!((f.value, f.unit.as_deref()), (Some(-5.0), Some("°F")));
    // The article before a spaced dollar sign is not the Australian "A $".
    let f = one("the firm won a $ 300 million contract", "$ 300 million");
    assert_eq!((f.value, f.unit.as_deref()), (Some(300e6), Some("USD")));
    let f = one("it paid US $ 150 for it", "US $ 150");
    assert_eq!(f.unit.as_deref(), Some("USD"));
    let f = one("Turnout rose 3.5 percent.", "3.5 percent");
    assert_eq!((f.kind, f.value), (FigureKind::Percent, Some(3.5)));
    let f = one("a 12% rise", "12%");
    assert_eq!(f.unit.as_deref(), Some("%"));
    let f = one("The road is 25 km long.", "25 km");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("km")));
    let f = one("they bought a 45-acre farm", "45-acre");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(45.0), Some("acre")));
    let f = one("on the six-mile trip home", "six-mile");
    assert_eq!((f.value, f.unit.as_deref()), (Some(6.0), Some("mi")));
    let f = one("output reached 16,000 metric tons last year", "16,000 metric tons");
    assert_eq!((f.value, f.unit.as_deref()), (Some(16_000.0), Some("t")));
    let f = one("winds of 120 miles an hour hit", "120 miles an hour");
    assert_eq!(f.unit.as_deref(), Some("mph"));
    // A hyphen to a word that is no unit is not a quantity: "a 3-0 win", "COVID-19".
    assert!(figs("a 25-member panel").iter().all(|f| f.kind != FigureKind::Quantity));
}

#[test]
fn ages_durations_ordinals_ratios() {
    let f = one("The founder, Ilse Varga, 81, declined.", "81");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Age, Some(81.0), Some("year")));
    let f = one("a 25-year-old driver", "25-year-old");
    assert_eq!((f.kind, f.value), (FigureKind::Age, Some(25.0)));
    let f = one("after three decades of rule", "three decades");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(30.0), Some("year")));
    let f = one("the worst storm in over a decade", "over a decade");
    assert_eq!((f.kind, f.low, f.qualifier), (FigureKind::Duration, Some(10.0), Qualifier::Over));
    let f = one("strikers gathered for a third day", "third");
    assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(3.0)));
    let f = one("her 21st title", "21st");
    assert_eq!(f.value, Some(21.0));
    let f = one("a lake five times the size of the bay", "five times");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(5.0)));
    for (s, n) in [("Rents are now four times higher.", "four times"), ("with 3 times as many nurses", "3 times"), ("valued at 18 times earnings", "18 times")] {
        assert_eq!(one(s, n).kind, FigureKind::Ratio, "{s}");
    }
    // So is "twice" ("twice as high" multiplies; "met twice this year" counts).
    assert_eq!(one("Fares are twice as high as in 2019.", "twice").kind, FigureKind::Ratio);
    assert_eq!(one("Women were twice as likely to vote.", "twice").kind, FigureKind::Ratio);
    // "as" opening a clause is no multiplier's (both ratios before: checked when written).
    let f = one("Saka scored twice as Arsenal came from behind.", "twice");
    assert_eq!((f.kind, f.counted.as_deref()), (FigureKind::Count, Some("times")));
    assert_eq!(one("He scored twice as the crowd sang.", "twice").kind, FigureKind::Count);
    let f = one("The envoys met twice this year.", "twice");
    assert_eq!((f.kind, f.value, f.counted.as_deref()), (FigureKind::Count, Some(2.0), Some("times")));
    // A year after "into" is a date ("supplied into 2027").
    assert_eq!(one("The fund will last into 2027.", "2027").kind, FigureKind::Date);
    // Times that count how often something happened are a count of times.
    for (s, n) in [("The envoys met four times in May.", "four"), ("He was arrested 11 times, police said.", "11"), ("Doses are given 2 times a day.", "2"), ("It flooded six times over the past decade.", "six"), ("the three times former champion", "three")] {
        let f = one(s, n);
        assert_eq!((f.kind, f.counted.as_deref()), (FigureKind::Count, Some("times")), "{s}");
    }
}

#[test]
fn ranges() {
    let f = one("between 20 and 35 trucks", "between 20 and 35");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::Range, Some(20.0), Some(35.0)));
    let f = one("20-35 trucks", "20-35");
    assert_eq!((f.low, f.high), (Some(20.0), Some(35.0)));
    let f = one("from 5 to 10 days", "from 5 to 10 days");
    assert_eq!((f.kind, f.low, f.high), (FigureKind::Duration, Some(5.0), Some(10.0)));
}

#[test]
fn seasons_count_back_across_the_turn_of_the_year() {
    // In January and February the winter under way began the year before, so the summer that
    // is "last" is the previous year's and the spring that is "next" is this year's.
    let season = |s: &str, needle: &str, on: Option<Date>| {
        let f = find_figures(s, &tokenize(s), on);
        f.into_iter().find(|f| &s[f.span.start..f.span.end] == needle).and_then(|f| f.iso)
    };
    let feb = Date::new(2030, 2, 10);
    assert_eq!(season("It was dry last summer.", "last summer", feb).as_deref(), Some("2029-SU"));
    assert_eq!(season("Trials start next spring.", "next spring", feb).as_deref(), Some("2030-SP"));
    assert_eq!(season("Snow fell last winter.", "last winter", feb).as_deref(), Some("2028-WI"));
    assert_eq!(season("Snow fell this winter.", "this winter", feb).as_deref(), Some("2029-WI"));
    assert_eq!(season("It opens next winter.", "next winter", feb).as_deref(), Some("2030-WI"));
    let dec = Date::new(2030, 12, 20);
    assert_eq!(season("It was dry last autumn.", "last autumn", dec).as_deref(), Some("2030-FA"));
    assert_eq!(season("Trials start next spring.", "next spring", dec).as_deref(), Some("2031-SP"));
    let jul = Date::new(2030, 7, 1);
    assert_eq!(season("It was dry last summer.", "last summer", jul).as_deref(), Some("2029-SU"));
    assert_eq!(season("It rains next autumn.", "next autumn", jul).as_deref(), Some("2030-FA"));
}

#[test]
fn months_seasons_and_parts_of_today() {
    // The reference date of figs() is 2024-03-15.
    let iso = |s: &str, needle: &str| one(s, needle).iso;
    assert_eq!(iso("The vote is due this September.", "this September").as_deref(), Some("2024-09"));
    assert_eq!(iso("Last May the river rose.", "Last May").as_deref(), Some("2023-05"));
    assert_eq!(iso("They vote next March.", "next March").as_deref(), Some("2025-03"));
    assert_eq!(iso("It was dry last summer.", "last summer").as_deref(), Some("2023-SU"));
    assert_eq!(iso("Snow came last winter.", "last winter").as_deref(), Some("2023-WI"));
    assert_eq!(iso("Police said this morning that", "this morning").as_deref(), Some("2024-03-15"));
    assert_eq!(iso("growth in the 1990 s slowed", "1990 s").as_deref(), Some("199X"));
    // A sentence's full stop is not part of the month; an abbreviation's period is.
    assert!(figs("They met in September.").iter().any(|f| f.span.slice("They met in September.") == "September"));
    // (A month after the reference date is last year's in a past sentence, this year's in a future one.)
    assert_eq!(iso("Talks began Sept. 12 in Oslo.", "Sept. 12").as_deref(), Some("2023-09-12"));
    assert_eq!(iso("Talks will begin Sept. 12 in Oslo.", "Sept. 12").as_deref(), Some("2024-09-12"));
    // Space-tokenized, the abbreviation's period stands apart.
    assert_eq!(iso("Talks began Sept . 12 in Oslo .", "Sept . 12").as_deref(), Some("2023-09-12"));
    assert_eq!(iso("The talks ran January 5-7 in Oslo.", "January 5-7").as_deref(), Some("2024-01-05/2024-01-07"));
    assert_eq!(iso("On the 5th of January it snowed.", "the 5th of January").as_deref(), Some("2024-01-05"));
    assert_eq!(iso("The war lasted from 1914 to 1918.", "from 1914 to 1918").as_deref(), Some("1914/1918"));
    assert_eq!(iso("By mid-2020 it was over.", "mid-2020").as_deref(), Some("2020"));
    assert_eq!(iso("In early 2021 prices rose.", "early 2021").as_deref(), Some("2021"));
    // Counts between two year-like numbers stay counts.
    assert_eq!(one("from 1500 to 2000 people came", "from 1500 to 2000").kind, FigureKind::Count);
}

#[test]
fn dates_resolve_against_the_reference() {
    // The reference is Friday 2024-03-15.
    let f = one("Crowds gathered on Thursday.", "Thursday");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024-03-14")));
    let f = one("The vote will be held on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-18"));
    let f = one("It rained yesterday.", "yesterday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-14"));
    let f = one("Filed 1996-12-06 in court.", "1996-12-06");
    assert_eq!(f.iso.as_deref(), Some("1996-12-06"));
    let f = one("Signed on Jan. 5, 2022 by both.", "Jan. 5, 2022");
    assert_eq!(f.iso.as_deref(), Some("2022-01-05"));
    let f = one("It opened in 1996 and closed.", "1996");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("1996")));
    let f = one("a hit of the 1990s", "1990s");
    assert_eq!(f.kind, FigureKind::Date);
    let f = one("Prices rose last week.", "last week");
    assert_eq!(f.iso.as_deref(), Some("2024-W10"));
}

#[test]
fn no_false_figures() {
    for s in ["It was one of the most stable places.", "No one came.", "He wore the No. 1 shirt.", "Call 555-123-4567 now.", "The COVID-19 wave passed."] {
        let found: Vec<String> = figs(s).iter().filter(|f| f.kind == FigureKind::Count).map(|f| f.span.slice(s).to_string()).collect();
        assert!(found.is_empty(), "{s:?} gave {found:?}");
    }
}

#[test]
fn numbers_that_name_a_thing_are_no_figures() {
    // Each gave a count before the list of numbered names (checked when written).
    for s in [
        "The Boeing 787 landed safely in Lagos.",
        "Traffic on Highway 9 was backed up for miles.",
        "Voters in the county rejected Proposition 14.",
        "The council adopted Resolution 1810 unanimously.",
        "Passengers at Terminal 3 waited for hours.",
        "Leaders hailed Agenda 2063 as a turning point.",
    ] {
        let found: Vec<String> = figs(s).iter().filter(|f| f.kind == FigureKind::Count).map(|f| f.span.slice(s).to_string()).collect();
        assert!(found.is_empty(), "{s:?} gave {found:?}");
    }
    // Lower case, the word is an ordinary noun and the figure stays.
    let f = one("They fenced off an area 20 km wide.", "20 km");
    assert_eq!(f.kind, FigureKind::Quantity);
    let f = one("The bill 40 lawmakers signed passed.", "40");
    assert_eq!(f.value, Some(40.0));
    assert!(super::NUMBERED_NAMES.is_sorted());
}

#[test]
fn one_time_unit_after_for_or_lasted_is_a_duration() {
    // None of these was found before (checked when written).
    for (s, unit) in [("Dockers stayed off work for a week.", "week"), ("The hearing lasted an hour.", "hour"), ("Rebuilding the bridge took a year.", "year")] {
        let f = figs(s).into_iter().find(|f| f.kind == FigureKind::Duration).unwrap_or_else(|| panic!("no duration in {s:?}"));
        assert_eq!((f.value, f.unit.as_deref()), (Some(1.0), Some(unit)), "{s:?}");
    }
    // A rate and an ordinal are not durations.
    for s in ["Porters earn $3 a day.", "She ran for a second term."] {
        assert!(figs(s).iter().all(|f| f.kind != FigureKind::Duration), "{s:?}");
    }
}

#[test]
fn what_is_counted_follows_more_or_fewer() {
    let f = one("The ministry will recruit 12,000 more midwives.", "12,000");
    assert_eq!(f.counted.as_deref(), Some("midwives"));
    let f = one("The ward has 40 fewer cots than in May.", "40");
    assert_eq!(f.counted.as_deref(), Some("cots"));
    // "more than" is a comparison, and "one more time" an idiom: nothing counted.
    assert_eq!(one("It sold 300 more than last year.", "300").counted, None);
}

#[test]
fn a_share_alone_after_by_or_in() {
    let f = one("Bus fares rose by a fifth over the summer.", "a fifth");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.2)));
    let f = one("Maize harvests fell by half.", "half");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.5)));
    let f = one("The budget was cut in half, aides said.", "half");
    assert_eq!(f.value, Some(0.5));
    // "half an hour" stays a duration, "a third party" an ordinal.
    assert_eq!(one("He came back in half an hour.", "half an hour").kind, FigureKind::Duration);
    assert_eq!(one("The data went to a third party.", "third").kind, FigureKind::Ordinal);
}

#[test]
fn a_weekday_after_until_or_by_is_ahead_unless_the_sentence_is_past() {
    // The reference, 2024-03-15, is a Friday. Before, each of the first two was the past week's.
    assert_eq!(one("Ferries stay in port until Wednesday.", "Wednesday").iso.as_deref(), Some("2024-03-20"));
    assert_eq!(one("Bidders have until Tuesday to respond.", "Tuesday").iso.as_deref(), Some("2024-03-19"));
    assert_eq!(one("The ferries stayed in port until Wednesday.", "Wednesday").iso.as_deref(), Some("2024-03-13"));
    assert_eq!(one("By Tuesday, the rescuers were still digging.", "Tuesday").iso.as_deref(), Some("2024-03-12"));
    // "through" too, for a weekday and a month (before, last year's September).
    assert_eq!(one("The grant funds the clinic through September 30.", "September 30").iso.as_deref(), Some("2024-09-30"));
}

#[test]
fn digit_groups_after_plain_spaces_in_prose() {
    // Read as separate numbers before (checked when written).
    let f = one("The census counted 2 408 113 residents in the province.", "2 408 113");
    assert_eq!((f.value, f.counted.as_deref()), (Some(2_408_113.0), Some("residents")));
    let f = one("Volunteers planted 45 000 trees.", "45 000");
    assert_eq!(f.value, Some(45_000.0));
    // Columns of a table stay apart: a number before or after the run, or no prose on the line.
    let s = "Wanderers 12 340 118 4\nRovers 11 512 907";
    assert!(figs(s).iter().all(|f| f.value.is_none_or(|v| v < 1000.0)), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    let s = "Turnover 345 456";
    assert!(figs(s).iter().all(|f| f.value.is_none_or(|v| v < 1000.0)));
}

#[test]
fn iso_codes_glued_to_amounts_and_rupees_with_a_period() {
    // Before, "USD2.5bn" gave a count of 5 billion, "EUR120m" nothing and "Rs. 1,200" a bare count.
    let f = one("The utility borrowed USD2.5bn from banks.", "USD2.5bn");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(2.5e9), Some("USD")));
    let f = one("Sales hit EUR120m last year.", "EUR120m");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.2e8), Some("EUR")));
    let f = one("A kilo of onions costs Rs. 60 in Delhi.", "Rs. 60");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("INR")));
    // The code belongs to the amount it is glued to, not to the number before it.
    let fs = figs("The shop gave away 3 USD50 vouchers.");
    assert!(fs.iter().any(|f| f.value == Some(50.0) && f.unit.as_deref() == Some("USD")));
    assert!(!fs.iter().any(|f| f.value == Some(3.0) && f.kind == FigureKind::Money));
}

#[test]
fn next_between_a_subject_and_its_verb_looks_ahead() {
    // The reference, 2024-03-15, is a Friday. Before, the weekday was the past week's.
    assert_eq!(one("Rovers next host Wanderers on Tuesday.", "Tuesday").iso.as_deref(), Some("2024-03-19"));
    assert_eq!(one("They next meet on Monday.", "Monday").iso.as_deref(), Some("2024-03-18"));
    // "next month" is a date of its own, and says nothing of a weekday later in the sentence.
    assert_eq!(one("Fares go up next month, the paper said on Tuesday.", "Tuesday").iso.as_deref(), Some("2024-03-12"));
}

#[test]
fn neighbouring_numbers_joined_by_or_are_one_range() {
    // Two figures before (checked when written).
    let f = one("Witnesses saw five or six gunmen.", "five or six");
    assert_eq!((f.low, f.high, f.qualifier, f.counted.as_deref()), (Some(5.0), Some(6.0), Qualifier::Range, Some("gunmen")));
    let f = one("Rents are now 3 or 4 times what they were.", "3 or 4 times");
    assert_eq!((f.kind, f.low, f.high), (FigureKind::Ratio, Some(3.0), Some(4.0)));
    // Alternatives far apart stay two figures.
    let fs = figs("Either 200 or 900 posts will go.");
    assert_eq!(fs.iter().filter(|f| f.kind == FigureKind::Count).count(), 2, "{:?}", fs.iter().map(|f| f.span.slice("Either 200 or 900 posts will go.")).collect::<Vec<_>>());
}

#[test]
fn an_event_after_a_new_clause_is_not_the_figures() {
    // "killed" came from "deaths" in the next clause before (checked when written).
    let s = "Flu cases rose last winter to more than 2 million, and deaths climbed to 900.";
    assert_ne!(one(s, "more than 2 million").event, Some("killed"));
    assert_eq!(one(s, "900").event, Some("killed"));
}

#[test]
fn a_measure_glued_by_a_hyphen_describes_what_is_counted() {
    // Nothing was counted before (checked when written).
    let f = one("The port handled 900 40-foot containers.", "900");
    assert_eq!(f.counted.as_deref(), Some("40-foot containers"));
}

#[test]
fn what_is_counted_goes_on_over_a_wrapped_line_but_not_into_a_new_row() {
    // Text with hard line wraps: the noun on the next line is still what is counted.
    let s = "Officials said more than 1,000\npeople were hurt.";
    assert_eq!(one(s, "more than 1,000").counted.as_deref(), Some("people"));
    // A row of a table ends at its line: the next row's first word counts nothing.
    let s = "Turnout 64\nAttendance 38,000";
    assert_eq!(one(s, "64").counted, None);
}

#[test]
fn counted_phrases() {
    let s = "Riots killed eight police and border guard officers on Tuesday.";
    let f = one(s, "eight");
    assert_eq!(f.counted.as_deref(), Some("police and border guard officers"));
    assert_eq!(f.event, Some("killed"));
    let f = one("the five other ex-colonial states", "five");
    assert_eq!(f.counted.as_deref(), Some("other ex-colonial states"));
    let f = one("Thousands took to the streets.", "Thousands");
    assert_eq!(f.counted, None);
}

#[test]
fn figure_spans_are_sorted_and_disjoint() {
    let s = "On Monday, 3 of 10 firms paid $5m, 20% more than the 2,000 staff expected in 2023.";
    let fs = figs(s);
    assert!(fs.len() >= 5);
    assert!(fs.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

#[test]
fn fractions_negatives_dozens_and_open_ranges() {
    let f = one("Two thirds of voters agreed.", "Two thirds");
    assert!((f.value.unwrap() - 2.0 / 3.0).abs() < 1e-9);
    let f = one("It fell to -4.5 overnight.", "-4.5");
    assert_eq!(f.value, Some(-4.5));
    let f = one("the range 20-35 held", "20-35");
    assert_eq!((f.low, f.high), (Some(20.0), Some(35.0)));
    let f = one("They bought three dozen eggs.", "three dozen");
    assert_eq!(f.value, Some(36.0));
    let f = one("Flights of 500 or more passengers", "500 or more");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::AtLeast, Some(500.0), None));
    let f = one("children under 5 years of age", "under 5 years of age");
    assert_eq!((f.kind, f.high), (FigureKind::Age, Some(5.0)));
    let f = one("the twenty-fifth anniversary", "twenty-fifth");
    assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(25.0)));
    let f = one("Rates rose .25 points", ".25");
    assert_eq!(f.value, Some(0.25));
    let f = one("a 30 percentage share", "30 percentage");
    assert_eq!(f.kind, FigureKind::Percent);
}

#[test]
fn numbers_in_web_addresses_are_not_figures() {
    let s = "See https://example.org/report?id=2024&page=3%20 for 12 charts.";
    let found: Vec<&str> = figs(s).iter().map(|f| f.span.slice(s)).collect();
    assert_eq!(found, ["12"]);
    // Several addresses, one found by two patterns ("https://www."), figures between them.
    let s = "Read https://www.example.org/a/2024/5 and 7 reports at www.example.net/9?x=3 then http://e.org/1 with 40 pages.";
    let found: Vec<&str> = figs(s).iter().map(|f| f.span.slice(s)).collect();
    assert_eq!(found, ["7", "40"]);
}

#[test]
fn proportions_currencies_and_tokenized_compounds() {
    let f = one("One in five adults smokes.", "One in five");
    assert_eq!((f.kind, f.value, f.counted.as_deref()), (FigureKind::Ratio, Some(0.2), Some("adults")));
    let f = one("a us $ 150 million loan", "us $ 150 million");
    assert_eq!((f.value, f.unit.as_deref()), (Some(150e6), Some("USD")));
    let f = one("it cost 3 dollars 50 cents", "3 dollars 50 cents");
    assert_eq!(f.value, Some(3.5));
    let f = one("paid 420 million Finnish markka", "420 million Finnish markka");
    assert_eq!(f.unit.as_deref(), Some("FIM"));
    let f = one("shares fell 34 cents", "34 cents");
    assert_eq!((f.value, f.unit.as_deref()), (Some(34.0), Some("cent")));
    let f = one("ninety - five people", "ninety - five");
    assert_eq!(f.value, Some(95.0));
}

#[test]
fn under_before_a_length_of_time_is_a_preposition() {
    let f = one("protests after three decades under two decades of rule", "two decades");
    assert_eq!((f.kind, f.qualifier, f.value), (FigureKind::Duration, Qualifier::Exact, Some(20.0)));
    let f = one("children under 5 years of age", "under 5 years of age");
    assert_eq!(f.qualifier, Qualifier::Under);
}

#[test]
fn bounds_joined_by_and_make_a_range() {
    let f = one("Bids came in above 1000 and below 1500 euros.", "above 1000 and below 1500 euros");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Money, Qualifier::Range, Some(1000.0), Some(1500.0)));
    let f = one("at most 100 and at least 20 boats", "at most 100 and at least 20");
    assert_eq!((f.low, f.high), (Some(20.0), Some(100.0)));
    let f = one("ages 20 through 35", "20 through 35");
    assert_eq!((f.low, f.high), (Some(20.0), Some(35.0)));
    let f = one("scores >= 90 pass", ">= 90");
    assert_eq!((f.qualifier, f.low), (Qualifier::AtLeast, Some(90.0)));
}

#[test]
fn each_coordinated_clause_keeps_its_own_event() {
    let s = "Officials said 900 residents were evacuated and nearly 300 houses destroyed.";
    assert_eq!(one(s, "900").event, Some("displaced"));
    assert_eq!(one(s, "nearly 300").event, Some("damaged"));
}

#[test]
fn shares_are_ratios_with_their_qualifier() {
    let f = one("Two-thirds of the council backed the plan.", "Two-thirds");
    assert_eq!(f.kind, FigureKind::Ratio);
    assert!((f.value.unwrap() - 2.0 / 3.0).abs() < 1e-9);
    let f = one("A quarter of the staff quit.", "A quarter");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.25)));
    let f = one("one-eighth of the crop was lost", "one-eighth");
    assert_eq!(f.value, Some(0.125));
    let f = one("Nearly half of the ferries were late.", "Nearly half");
    assert_eq!((f.kind, f.qualifier, f.high), (FigureKind::Ratio, Qualifier::Under, Some(0.5)));
    let f = one("More than half stayed home.", "More than half");
    assert_eq!((f.qualifier, f.low), (Qualifier::Over, Some(0.5)));
    let f = one("Sales fell by a third.", "a third");
    assert!((f.value.unwrap() - 1.0 / 3.0).abs() < 1e-9);
    let f = one("Use 3/4 of the flour.", "3/4");
    assert_eq!(f.kind, FigureKind::Ratio);
    // Before a noun these are positions or modifiers, not shares.
    assert_eq!(one("She won a third term.", "third").kind, FigureKind::Ordinal);
    assert_eq!(one("a fifth straight loss", "fifth").kind, FigureKind::Ordinal);
    assert_eq!(one("They tied for a third-place finish.", "third").kind, FigureKind::Ordinal);
    assert_eq!(one("two half-time changes", "two").value, Some(2.0));
    // A share of a time unit is a length of time.
    let f = one("after nearly half a century of rule", "nearly half a century");
    assert_eq!((f.kind, f.high, f.unit.as_deref()), (FigureKind::Duration, Some(50.0), Some("year")));
    let f = one("for over a quarter of a century", "over a quarter of a century");
    assert_eq!((f.kind, f.low), (FigureKind::Duration, Some(25.0)));
}

#[test]
fn fractions_after_scales_and_south_asian_scales() {
    assert_eq!(one("a city of 3 million and a half", "3 million and a half").value, Some(3.5e6));
    assert_eq!(one("worth one billion and a half million", "one billion and a half million").value, Some(1.0005e9));
    assert_eq!(one("they own two million and one half", "two million and one half").value, Some(2.5e6));
    assert_eq!(one("five billion and three quarters", "five billion and three quarters").value, Some(5.75e9));
    assert!((one("two thirds of a million", "two thirds of a million").value.unwrap() - 2e6 / 3.0).abs() < 1e-3);
    let f = one("a loan of 35 lakh rupees", "35 lakh rupees");
    assert_eq!((f.value, f.unit.as_deref()), (Some(3.5e6), Some("INR")));
    assert_eq!(one("a Rs 1.5 lakh crore plan", "Rs 1.5 lakh crore").value, Some(1.5e12));
    assert_eq!(one("three lakh crore", "three lakh crore").value, Some(3e12));
    assert_eq!(one("paid 12,34,567.89 rupees", "12,34,567.89 rupees").value, Some(1234567.89));
    assert_eq!(one("2 crore voters", "2 crore").value, Some(2e7));
    // Decimal arithmetic does not leak binary noise into values.
    assert_eq!(one("a C$ 16.4 million charge", "C$ 16.4 million").value, Some(16.4e6));
}

#[test]
fn digit_groups_vulgar_fractions_and_bond_prices() {
    // No-break and thin spaces group digits; plain spaces separate table columns.
    assert_eq!(one("about 40\u{a0}000 people", "about 40\u{a0}000").value, Some(40000.0));
    assert_eq!(one("a total of 1\u{202f}234\u{202f}567.5 units", "1\u{202f}234\u{202f}567.5").value, Some(1234567.5));
    let s = "Net 821 512 565";
    assert_eq!(figs(s).len(), 3);
    // Plain spaces group digits in prose, but not a count before a model's number.
    assert_eq!(one("a population of 40 000 people", "40 000").value, Some(40000.0));
    let s = "Boeing delivered 40 737 MAX jets in October.";
    assert!(figs(s).iter().all(|f| f.value != Some(40737.0)), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    assert_eq!(one(s, "40").value, Some(40.0));
    assert_eq!(one("waited 2½ hours", "2½ hours").value, Some(2.5));
    assert_eq!(one("add ¾ cup", "¾").value, Some(0.75));
    assert_eq!(one("the 30-year bond fell 30/32 on Friday", "30/32").value, Some(0.9375));
    assert_eq!(one("a target of 2-1/4 percent", "2-1/4 percent").value, Some(2.25));
}

#[test]
fn numeric_dates_and_slash_codes() {
    assert_eq!(one("signed on 12/06/1996 in Rome", "12/06/1996").iso.as_deref(), Some("1996-12-06"));
    assert_eq!(one("due 25/12/21", "25/12/21").iso.as_deref(), Some("2021-12-25"));
    assert_eq!(one("the 1995-01 report", "1995-01").iso.as_deref(), Some("1995-01"));
    // The season "1996-97" is two years, not a month.
    assert_eq!(one("the 1996-97 season", "1996-97").iso.as_deref(), Some("1996/1997"));
    // Parts of a code are not counts.
    let s = "ref 2/3/4/5 filed";
    assert!(figs(s).iter().all(|f| f.kind != FigureKind::Count), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
}

#[test]
fn units_of_area_data_and_dose() {
    assert_eq!(one("a reserve of 190 km2 near the coast", "190 km2").unit.as_deref(), Some("km²"));
    assert_eq!(one("about 73 sq km of forest", "about 73 sq km").unit.as_deref(), Some("km²"));
    assert_eq!(one("a 100 MB file", "100 MB").unit.as_deref(), Some("MB"));
    assert_eq!(one("a dose of 5 mg daily", "5 mg").unit.as_deref(), Some("mg"));
    let f = one("The keeper is 1.9m tall.", "1.9m");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(1.9), Some("m")));
    assert_eq!(one("a 19m budget", "19m").value, Some(19e6));
    // A capitalized label on the next line is not a unit.
    assert_eq!(one("M1 63.02 57.50\nM2 389.79", "57.50").kind, FigureKind::Count);
    // "scores" counts only as "scores of".
    assert!(figs("He scores twice.").iter().all(|f| f.span.slice("He scores twice.") != "scores"));
    assert_eq!(one("Scores of homes flooded.", "Scores").low, Some(40.0));
}

#[test]
fn months_without_a_year_take_the_tense_of_the_sentence() {
    // The reference date is 2024-03-15.
    assert_eq!(one("The dam failed on December 20.", "December 20").iso.as_deref(), Some("2023-12-20"));
    assert_eq!(one("The vote was held in May.", "May").iso.as_deref(), Some("2023-05"));
    assert_eq!(one("The vote will be held in May.", "May").iso.as_deref(), Some("2024-05"));
    assert_eq!(one("Talks resumed on 2 March.", "2 March").iso.as_deref(), Some("2024-03-02"));
    assert_eq!(one("A ruling is due on 1 February.", "1 February").iso.as_deref(), Some("2025-02-01"));
    assert_eq!(one("Elections are due on 5 November.", "5 November").iso.as_deref(), Some("2024-11-05"));
    // Parts of a month stay in the phrase.
    assert_eq!(one("Rains returned in mid-January.", "mid-January").iso.as_deref(), Some("2024-01"));
    assert_eq!(one("Protests began in the last week of January.", "the last week of January").iso.as_deref(), Some("2024-01"));
    assert_eq!(one("Prices fell in early February.", "early February").kind, FigureKind::Date);
}

#[test]
fn vague_lengths_of_time() {
    let f = one("The strike lasted several weeks.", "several weeks");
    assert_eq!((f.kind, f.low, f.high, f.unit.as_deref()), (FigureKind::Duration, Some(3.0), Some(9.0), Some("week")));
    assert_eq!(one("It took a few days to clear.", "a few days").unit.as_deref(), Some("day"));
    let s = "two goals in as many minutes";
    assert!(figs(s).iter().all(|f| f.kind != FigureKind::Duration));
    assert!(figs("Several people died.").is_empty());
}

#[test]
fn events_past_an_apposition_and_counted_compound_modifiers() {
    let f = one("Three firefighters were treated for burns.", "Three");
    assert_eq!((f.counted.as_deref(), f.event), (Some("firefighters"), Some("injured")));
    let f = one("One resident, a 78-year-old man, was missing on Sunday.", "One");
    assert_eq!((f.counted.as_deref(), f.event), (Some("resident"), Some("missing")));
    let f = one("The fleet of 14 water-bombing aircraft flew all day.", "14");
    assert_eq!(f.counted.as_deref(), Some("water-bombing aircraft"));
    // Without the hyphen the verb still ends the phrase.
    assert_eq!(one("Police said 40 protesters gathered outside.", "40").counted.as_deref(), Some("protesters"));
}

#[test]
fn decades_of_life_glued_temperatures_percent_ranges_and_addresses() {
    let f = one("A man in his 60s was arrested.", "60s");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Age, Qualifier::Range, Some(60.0), Some(69.0)));
    assert_eq!(one("voters in their early forties", "early forties").high, Some(43.0));
    assert_eq!(one("a woman in her mid-30s", "mid-30s").low, Some(33.0));
    // Without a possessive a decade is not an age.
    assert!(figs("prices of the 60s").iter().all(|f| f.kind != FigureKind::Age));
    let f = one("It was -5C in Oslo.", "-5C");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(-5.0), Some("°C")));
    assert_eq!(one("Temperatures hit 41C.", "41C").unit.as_deref(), Some("°C"));
    assert_eq!(one("and 95F on Monday", "95F").unit.as_deref(), Some("°F"));
    // Codes are not temperatures.
    for s in ["The 13F filing came late.", "a Boeing 777F freighter"] {
        assert!(figs(s).iter().all(|f| f.unit.as_deref() != Some("°F")), "{s}");
    }
    // A scale letter apart from its number, where the sentence speaks of temperature.
    let f = one("The heat reached 104 degrees Fahrenheit (40 C) in the valley.", "40 C");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(40.0), Some("°C")));
    assert_eq!(one("Highs of 28 C are forecast in Porto .", "28 C").unit.as_deref(), Some("°C"));
    assert_eq!(one("It will be a cold night, down to 20 F in Fargo.", "20 F").unit.as_deref(), Some("°F"));
    for s in ["Bring form 12 C to room 4.", "They ordered 30 F-16 jets.", "Pier 9 C and Pier 10 D were closed."] {
        assert!(figs(s).iter().all(|f| f.kind != FigureKind::Quantity), "{s}");
    }
    let f = one("Rates rose to 5.25%-5.5% in July.", "5.25%-5.5%");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Percent, Qualifier::Range, Some(5.25), Some(5.5)));
    assert_eq!(one("growth of 3% to 4% is due", "3% to 4%").high, Some(4.0));
    assert!(figs("She lives at 10 Downing Street.").is_empty());
}

#[test]
fn quarters_halves_and_spans_of_months_and_years() {
    // The reference date is 2024-03-15; a past sentence's quarter after it is last year's.
    assert_eq!(one("Profit rose in the third quarter.", "the third quarter").iso.as_deref(), Some("2023-Q3"));
    assert_eq!(one("Q3 2023 results were weak", "Q3 2023").iso.as_deref(), Some("2023-Q3"));
    assert_eq!(one("Its first-quarter profit fell.", "first-quarter").iso.as_deref(), Some("2024-Q1"));
    assert_eq!(one("in the first half of 2023", "the first half of 2023").iso.as_deref(), Some("2023-H1"));
    assert_eq!(one("the last quarter of 2022", "the last quarter of 2022").iso.as_deref(), Some("2022-Q4"));
    // In sport a quarter or a half is part of a match.
    assert!(figs("He scored in the third quarter.").iter().all(|f| f.kind != FigureKind::Date));
    assert!(figs("in the first half of the match").iter().all(|f| f.kind != FigureKind::Date && f.kind != FigureKind::Ratio));
    assert_eq!(one("Sales rose from April to June.", "from April to June").iso.as_deref(), Some("2023-04/2023-06"));
    assert_eq!(one("in April-June 2023", "April-June 2023").iso.as_deref(), Some("2023-04/2023-06"));
    assert_eq!(one("from November to February", "from November to February").iso.as_deref(), Some("2023-11/2024-02"));
    assert_eq!(one("queen of England 1558-1603 and", "1558-1603").iso.as_deref(), Some("1558/1603"));
    assert_eq!(one("the 1996-97 season", "1996-97").iso.as_deref(), Some("1996/1997"));
    assert_eq!(one("from 1500 to 2000 people", "from 1500 to 2000").kind, FigureKind::Count);
    let f = one("At 4.50 a.m. the alarm rang.", "4.50 a.m.");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Time, Some("T04:50")));
    assert_eq!(one("Shares closed at 6.45 on Friday.", "6.45").kind, FigureKind::Count);
}

#[test]
fn ages_written_yo() {
    let f = one("The patient is a 87 yo man.", "87 yo");
    assert_eq!((f.kind, f.value), (FigureKind::Age, Some(87.0)));
    assert_eq!(one("a 34 y.o. driver", "34 y.o.").kind, FigureKind::Age);
}

#[test]
fn scientific_notation_hyphenated_fractions_and_abbreviated_dozens() {
    assert_eq!(one("a dose of 1.3e6 units", "1.3e6").value, Some(1.3e6));
    assert_eq!(one("it was -12e-1 then", "-12e-1").value, Some(-1.2));
    assert_eq!(one("one-eighth", "one-eighth").value, Some(0.125));
    assert_eq!(one("five - eighths", "five - eighths").value, Some(0.625));
    assert_eq!(one("won by two-and-a-half lengths", "two-and-a-half").value, Some(2.5));
    let f = one("a two-and-a-half-year wait", "two-and-a-half-year");
    assert_eq!((f.kind, f.value), (FigureKind::Duration, Some(2.5)));
    assert_eq!(one("3 dzs eggs", "3 dzs").value, Some(36.0));
    assert_eq!(one("nought point nought three", "nought point nought three").value, Some(0.03));
    assert_eq!(one("10 tln", "10 tln").value, Some(1e13));
    // A letter after a number is no exponent (and a number glued to a word is no figure).
    assert!(figs("Windows 10e").is_empty());
}

#[test]
fn digits_with_several_scales() {
    assert_eq!(one("4 thousand 3 hundred and 21 units", "4 thousand 3 hundred and 21").value, Some(4321.0));
    assert_eq!(one("3 hundred and 21 yuan", "3 hundred and 21 yuan").value, Some(321.0));
    assert_eq!(one("3 million 200 thousand voters", "3 million 200 thousand").value, Some(3.2e6));
    // Two groups stay two: "and" joins only a part smaller than a hundred or with its own scale.
    assert_eq!(one("2 million and 3 people", "2 million").value, Some(2e6));
    assert_eq!(one("5 million and 600,000 people", "5 million").value, Some(5e6));
}

#[test]
fn heights_in_feet_and_inches() {
    let f = one("He stands 6 feet 4 inches tall.", "6 feet 4 inches");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("ft")));
    assert!((f.value.unwrap() - (6.0 + 4.0 / 12.0)).abs() < 1e-9);
    assert!((one("he is 5 ft 2 in", "5 ft 2 in").value.unwrap() - (5.0 + 2.0 / 12.0)).abs() < 1e-9);
    // "in" before a place is the preposition.
    assert_eq!(one("a 5 ft 2 in London flat", "5 ft").value, Some(5.0));
}

#[test]
fn pounds_of_weight_and_pounds_of_money() {
    let f = one("He weighs 180 pounds.", "180 pounds");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("lb")));
    assert_eq!(one("Police seized 10 pounds of cocaine.", "10 pounds").unit.as_deref(), Some("lb"));
    assert_eq!(one("They paid 500 pounds for it.", "500 pounds").unit.as_deref(), Some("GBP"));
    assert_eq!(one("a 10 million pounds deal", "10 million pounds").unit.as_deref(), Some("GBP"));
    // "sterling" names the currency and belongs to the figure.
    assert_eq!(one("he shed 500 pounds sterling", "500 pounds sterling").unit.as_deref(), Some("GBP"));
    // Beside the weight in kilograms or tonnes, either way round (had been money).
    assert_eq!(one("The probe weighs about 6,000 kg (13,000 pounds) in all.", "13,000 pounds").unit.as_deref(), Some("lb"));
    assert_eq!(one("They hauled 13,000 pounds ( 5.9 tonnes ) of ice .", "13,000 pounds").unit.as_deref(), Some("lb"));
    assert_eq!(one("He was fined 13,000 pounds ($16,000).", "13,000 pounds").unit.as_deref(), Some("GBP"));
}

#[test]
fn job_cuts_are_their_own_event() {
    assert_eq!(one("Acme will eliminate 1,800 positions.", "1,800").event, Some("cut"));
    assert_eq!(one("Acme said it would cut 1,500 jobs.", "1,500").event, Some("cut"));
    assert_eq!(one("The firm laid off 300 workers.", "300").event, Some("cut"));
    // Eliminated people are killed; cut taxes are no event.
    assert_eq!(one("Police said 12 rioters were eliminated.", "12").event, Some("killed"));
    assert_eq!(one("They cut 3 taxes.", "3").event, None);
}

#[test]
fn modal_verbs_point_to_the_coming_weekday_and_homes_left_are_displacement() {
    // The reference date 2024-03-15 is a Friday.
    assert_eq!(one("Levels could rise again by Monday.", "Monday").iso.as_deref(), Some("2024-03-18"));
    assert_eq!(one("Levels could not be measured on Monday.", "Monday").iso.as_deref(), Some("2024-03-11"));
    assert_eq!(one("It rained on May 2 and on Monday.", "Monday").iso.as_deref(), Some("2024-03-11"));
    assert_eq!(one("Floods forced more than 200,000 from their homes.", "more than 200,000").event, Some("displaced"));
}

#[test]
fn qualified_proportions_and_reporting_periods() {
    let f = one("roughly one in ten workers at the site", "roughly one in ten");
    assert_eq!((f.kind, f.qualifier, f.value), (FigureKind::Ratio, Qualifier::Approx, Some(0.1)));
    assert_eq!(one("profit in the three months to December.", "December").iso.as_deref(), Some("2023-12"));
    // "to" before a month names the month only after a period word.
    assert!(figs("Give it to May, she said.").is_empty());
}

/// The word gate only skips words no rule starts from: with and without it, the grammar finds
/// the same figures in every sentence of this file, in each case variant, and in the project's
/// own articles (and in the Recognizers-Text spec inputs when ../shared is present).
#[test]
fn the_word_gate_drops_no_figure() {
    let mut texts: Vec<String> = Vec::new();
    // Every string literal of this file, as written, upper-cased and title-cased.
    let src = include_str!("tests.rs");
    for lit in src.split('"').skip(1).step_by(2).filter(|l| l.len() > 2 && !l.contains('\\')) {
        texts.push(lit.to_string());
        texts.push(lit.to_uppercase());
        texts.push(lit.split(' ').map(|w| w.chars().enumerate().map(|(k, c)| if k == 0 { c.to_ascii_uppercase() } else { c }).collect::<String>()).collect::<Vec<_>>().join(" "));
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["www/samples", "tests/pairs"] {
        for e in std::fs::read_dir(root.join(dir)).expect("project articles").flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(e.path()).expect("readable"));
            }
        }
    }
    let specs = root.join("../shared/data/recognizers_text/Specs");
    let mut spec_files = 0;
    for kind in ["Number", "NumberWithUnit", "DateTime"] {
        let Ok(rd) = std::fs::read_dir(specs.join(kind).join("English")) else { continue };
        for e in rd.flatten() {
            let body = std::fs::read_to_string(e.path()).unwrap_or_default();
            spec_files += 1;
            // The inputs, without a JSON parser: "Input": "…" lines.
            for line in body.lines() {
                if let Some(rest) = line.trim().strip_prefix("\"Input\": \"") {
                    texts.push(rest.trim_end_matches(',').trim_end_matches('"').replace("\\\"", "\""));
                }
            }
        }
    }
    if spec_files == 0 {
        eprintln!("the_word_gate_drops_no_figure: ../shared absent, spec inputs skipped");
    }
    assert!(texts.len() > 300, "only {} texts", texts.len());
    let reference = Date::new(2024, 3, 15);
    for t in &texts {
        let toks = tokenize(t);
        let with = find_figures_gated(t, &toks, reference, true);
        let without = find_figures_gated(t, &toks, reference, false);
        let show = |fs: &[Figure]| fs.iter().map(|f| format!("{:?} {:?} {:?}", f.span.slice(t), f.kind, f.value)).collect::<Vec<_>>();
        assert_eq!(show(&with), show(&without), "in {t:?}");
    }
}

#[test]
fn word_lists_are_sorted() {
    assert!(START_WORDS.windows(2).all(|w| w[0] < w[1]));
    assert!(PERSON_NOUNS.windows(2).all(|w| w[0] < w[1]));
    assert!(PEOPLE_HEADS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn qualified_times_and_shares_after_by() {
    let f = one("The ferry sank at about 4 a.m. on Monday.", "about 4 a.m.");
    assert_eq!((f.kind, f.qualifier, f.iso.as_deref()), (FigureKind::Time, Qualifier::Approx, Some("T04:00")));
    assert_eq!(one("Shops shut around 9:15pm.", "around 9:15pm").iso.as_deref(), Some("T21:15"));
    let f = one("The herd shrank by a fifth, to 900 animals.", "a fifth");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.2)));
    // "by a third party" is no share.
    assert_eq!(one("The files were copied by a third party.", "third").kind, FigureKind::Ordinal);
    // A share standing alone, before a comma or a full stop, after "a" or "one".
    let f = one("The levy was cut by one eighth, officials said.", "one eighth");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.125)));
    let f = one("The fleet lost a tenth of its boats in March and one fifth.", "one fifth");
    assert_eq!(f.value, Some(0.2));
    assert_eq!(one("Of the 40 boats, the storm sank a tenth.", "a tenth").value, Some(0.1));
    // "one second" is a length of time, never half.
    assert!(figs("Wait one second.").iter().all(|f| f.kind != FigureKind::Ratio));
}

#[test]
fn editions_ages_after_person_nouns_codes_and_qualified_proportions() {
    // A year naming an edition is a date, not a count of 2026.
    let f = one("Campaigning for the 2026 election began early.", "2026");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2026")));
    assert_eq!(one("The 2019 people who signed were thanked.", "2019").kind, FigureKind::Count);
    // "the driver, 52," is an age.
    let f = one("The driver, 52, was unhurt.", "52");
    assert_eq!(f.kind, FigureKind::Age);
    // So is a role in sport or public life.
    assert_eq!(one("The Danish midfielder, 27, signed on Monday.", "27").kind, FigureKind::Age);
    assert_eq!(one("The opposition leader, 64, was detained.", "64").kind, FigureKind::Age);
    // Phone numbers and codes with a leading zero are not figures.
    assert!(figs("For tickets ring 0161 555 0199 now.").is_empty());
    // A qualified proportion keeps its qualifier.
    let f = one("Almost 7 in 10 tenants rent privately.", "Almost 7 in 10");
    assert_eq!((f.kind, f.qualifier, f.value), (FigureKind::Ratio, Qualifier::Under, Some(0.7)));
    // "in every" between the two (a count of 40 homes before).
    let f = one("Still one in every 40 homes had no water.", "one in every 40");
    assert_eq!((f.kind, f.value, f.counted.as_deref()), (FigureKind::Ratio, Some(0.025), Some("homes")));
}

#[test]
fn scores_and_tallies_are_not_counts() {
    // A score is neither a count of its first number nor a range.
    assert!(figs("Ghana beat Mali 3-1 and the vote went 61-39.").is_empty());
    // A range still reads low to high.
    let f = one("Rents rose 4-6 points.", "4-6");
    assert_eq!((f.low, f.high), (Some(4.0), Some(6.0)));
}

#[test]
fn time_ago_resolves_against_the_reference() {
    // The reference date is 2024-03-15.
    assert_eq!(one("The mine closed four years ago.", "four years ago").iso.as_deref(), Some("2020"));
    assert_eq!(one("Rain fell 3 days ago.", "3 days ago").iso.as_deref(), Some("2024-03-12"));
    assert_eq!(one("She left five months ago.", "five months ago").iso.as_deref(), Some("2023-10"));
    assert_eq!(one("The dam burst two decades ago.", "two decades ago").iso.as_deref(), Some("2004"));
}

#[test]
fn hyphenated_odds_and_margins_are_ratios() {
    let f = one("The motion carried by a 3-to-1 margin.", "3-to-1");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(3.0)));
    assert_eq!(one("Bookmakers offered five-to-two odds.", "five-to-two").value, Some(2.5));
}

#[test]
fn short_weekdays_that_are_also_words_need_a_weekday_context() {
    for s in ["Britain's Sun newspaper reported the fire.", "Readers of the Sun wrote in.", "Sun always shines here.", "Players such as Hwang Sun-ho won."] {
        assert!(!figs(s).iter().any(|f| f.kind == FigureKind::Date), "{s}: {:?}", figs(s));
    }
    // Lists and times of the week stay dates.
    let s = "Clinics open Mon, Wed and Fri; the vote is on Sun at 10am.";
    let dates: Vec<&str> = figs(s).iter().filter(|f| f.kind == FigureKind::Date).map(|f| f.span.slice(s)).collect();
    assert!(dates.contains(&"Mon") && dates.contains(&"Wed") && dates.contains(&"Fri") && dates.contains(&"Sun"), "{dates:?}");
}

#[test]
fn weekdays_in_lower_case_are_dates_when_spelled_out() {
    let s = "we met next monday afternoon, not on the sat mat";
    let dates: Vec<&str> = figs(s).iter().filter(|f| f.kind == FigureKind::Date).map(|f| f.span.slice(s)).collect();
    assert_eq!(dates, ["next monday afternoon"]);
    assert_eq!(one(s, "next monday afternoon").iso.as_deref(), Some("2024-03-18"));
}

#[test]
fn decades_centuries_and_seasons_of_a_year_are_dates() {
    let iso = |s: &str, needle: &str| {
        let f = one(s, needle);
        assert_eq!(f.kind, FigureKind::Date, "{needle}");
        f.iso.unwrap_or_default()
    };
    assert_eq!(iso("Rents rose in the 1970's and again in the early 2000s.", "1970's"), "197X");
    assert_eq!(iso("Rents rose in the 1970's and again in the early 2000s.", "early 2000s"), "200X");
    assert_eq!(iso("The mill closed in the mid-1990s.", "mid-1990s"), "199X");
    assert_eq!(iso("a sound straight out of the '80s", "'80s"), "198X");
    assert_eq!(iso("The port boomed in the late sixties.", "late sixties"), "196X");
    assert_eq!(iso("a church built in the 12th century", "12th century"), "11XX");
    assert_eq!(iso("the twenty-first century economy", "twenty-first century"), "20XX");
    assert_eq!(iso("early 20th-century housing", "early 20th-century"), "19XX");
    assert_eq!(iso("The line opened in the summer of 2012.", "summer of 2012"), "2012-SU");
    assert_eq!(iso("Work resumes in spring 2026.", "spring 2026"), "2026-SP");
    // A decade of someone's life is an age; a cricketer's century is a hundred runs; a year's
    // possessive is no decade.
    assert_eq!(one("She moved there in her sixties.", "sixties").kind, FigureKind::Age);
    assert!(figs("He reached his ninth century in Tests.").iter().all(|f| f.kind != FigureKind::Date));
    assert_ne!(one("Sales in 2020's final quarter fell.", "2020").iso.as_deref(), Some("202X"));
}

#[test]
fn wire_style_percentages_pence_codes_and_old_currencies() {
    let f = one("Exports rose 6.4 pct in May.", "6.4 pct");
    assert_eq!((f.kind, f.value), (FigureKind::Percent, Some(6.4)));
    let f = one("The shares closed at 212p, up 9p.", "212p");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Money, Some("pence"), Some(212.0)));
    let f = one("EXERCISE PRICE 31.50 DEM", "31.50 DEM");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("DEM")));
    let f = one("a budget gap of 4.1 trillion lei", "4.1 trillion lei");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("RON")));
    let f = one("valued at 18 million stg", "18 million stg");
    assert_eq!(f.unit.as_deref(), Some("GBP"));
    let f = one("a purse of 52,000 pounds sterling", "52,000 pounds sterling");
    assert_eq!(f.unit.as_deref(), Some("GBP"));
    // A letter glued to a number that another letter follows is no penny ("4pm" is a time).
    assert!(figs("The 3pm meeting ran late.").iter().all(|f| f.unit.as_deref() != Some("pence")));
}

#[test]
fn periods_before_or_after_the_reference_date_are_dates() {
    // The reference date is 2024-03-15.
    let f = one("Fares have doubled over the past three years.", "the past three years");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Date, Some(3.0), Some("year")));
    assert_eq!(f.iso.as_deref(), Some("2021-03-15/2024-03-15"));
    assert_eq!(one("Talks may resume in the next two weeks.", "the next two weeks").iso.as_deref(), Some("2024-03-15/2024-03-29"));
    assert_eq!(one("The clinic has been busy for the last few days.", "the last few days").kind, FigureKind::Date);
    assert_eq!(one("Bread prices climbed in the past decade.", "the past decade").iso.as_deref(), Some("2014-03-15/2024-03-15"));
    assert_eq!(one("Storms grew more frequent in recent years.", "recent years").kind, FigureKind::Date);
    assert_eq!(one("More rain is due in the coming days.", "the coming days").unit.as_deref(), Some("day"));
    assert_eq!(one("The mayor resigned earlier this month.", "earlier this month").iso.as_deref(), Some("2024-03"));
    assert_eq!(one("A vote is expected early next year.", "early next year").iso.as_deref(), Some("2025"));
    // The verb "last", and a period of something other than now, stay lengths of time.
    let f = one("The repairs will last three years.", "three years");
    assert_eq!(f.kind, FigureKind::Duration);
    assert_eq!(one("They scored twice in the last 10 minutes of the match.", "10 minutes").kind, FigureKind::Duration);
    // A year in brackets after a caption, or alone on a line, is a year.
    assert_eq!(one("A view of the harbour (2019).", "2019").kind, FigureKind::Date);
    assert_eq!(one("Photo by the author.\n2019.\nMore text.", "2019").kind, FigureKind::Date);
    assert_eq!(one("Room (2019) holds 40 chairs.", "2019").kind, FigureKind::Date);
}

#[test]
fn a_weekday_joins_its_date_and_days_with_slashes_are_not_fractions() {
    let f = one("Wednesday, October 9, 2013\nThe club met.", "Wednesday, October 9, 2013");
    assert_eq!(f.iso.as_deref(), Some("2013-10-09"));
    assert_eq!(one("Polls close on Friday 8 March.", "Friday 8 March").iso.as_deref(), Some("2024-03-08"));
    // A weekday before a count stays apart; a paper called the Sun is no weekday.
    let s = "On Monday, 40 people were evacuated.";
    assert_eq!(one(s, "Monday").kind, FigureKind::Date);
    assert_eq!(one(s, "40").kind, FigureKind::Count);
    assert!(figs("as the Halifax Sun, May 3, 2011 reported").iter().all(|f| !f.span.slice("as the Halifax Sun, May 3, 2011 reported").starts_with("Sun")));
    // "9/11" and "24/7" are no fractions; "3/4" and "5/16" are.
    assert!(figs("Security changed after 9/11 and the desk is open 24/7.").is_empty());
    assert_eq!(one("Stir in 3/4 cup of milk.", "3/4").value, Some(0.75));
}

#[test]
fn ages_said_with_be_or_the_age_of() {
    for (s, needle, v) in [
        ("She learned to sail at the age of 12 on the lake.", "12", 12.0),
        ("When I was nine we moved north.", "nine", 9.0),
        ("He is 71 now and still rows daily.", "71", 71.0),
        ("She turned 40 in June.", "40", 40.0),
    ] {
        let f = one(s, needle);
        assert_eq!((f.kind, f.value), (FigureKind::Age, Some(v)), "{s}");
    }
    // Not an age: a score, a count after "is".
    assert_eq!(one("He is 12 points clear.", "12").kind, FigureKind::Count);
}

#[test]
fn what_one_thing_counts_stops_at_pronouns_and_coordination() {
    let s = "Pick the one you like. He woke one morning and left.";
    for f in figs(s) {
        assert!(f.counted.as_deref().is_none_or(|c| !c.contains("you") && !c.contains(" and ")), "{:?}", f.counted);
    }
}

#[test]
fn numbers_glued_to_words_cents_captions_and_grouped_ordinals() {
    // A figure never ends inside a word.
    assert!(figs("Posts on 4chan and a 3D model.").is_empty());
    let f = one("The dividend rose 11c a share.", "11c");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(11.0), Some("cent/share")));
    assert_eq!(one("It was 38C in the shade.", "38C").unit.as_deref(), Some("°C"));
    assert_eq!(one("Image: the harbour; from file, 2011.\nText.", "2011").kind, FigureKind::Date);
    assert_eq!(one("The mill shut in June, 1995 for good.", "June, 1995").iso.as_deref(), Some("1995-06"));
    // A comma after a month before a count keeps them apart.
    let s = "In May, 2000 people marched.";
    assert_eq!(one(s, "2000").kind, FigureKind::Count);
    assert_eq!(one("The site posted its 10,000th story.", "10,000th").value, Some(10000.0));
}

#[test]
fn years_after_for_and_fiscal_and_counts_of_compound_plurals() {
    let f = one("The agency raised its forecast for 2025 again.", "2025");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2025")));
    assert_eq!(one("Losses for fiscal 2023 narrowed.", "fiscal 2023").kind, FigureKind::Date);
    // A plural after it is what the year's figures are, not what a number counts.
    let f = one("It expects fiscal 2025 earnings to beat forecasts.", "fiscal 2025");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2025")));
    // Money after "for" is money; a plural compound after a year-like number is counted.
    assert_eq!(one("a ticket for 2000 yen", "2000 yen").kind, FigureKind::Money);
    assert_eq!(one("A study of 1850 schoolchildren found gaps.", "1850").kind, FigureKind::Count);
    // A year-like number before "year old" is an age, not a year.
    assert_eq!(one("a 1500 year old bowl", "1500 year old").kind, FigureKind::Age);
}

#[test]
fn scores_written_with_spaced_dashes_and_spans_of_years() {
    for s in ["Group B — Chile 2 – 1 Peru", "The first half ended 0 – 0.", "Leeds lost 1 – 3 to Derby."] {
        assert!(figs(s).iter().all(|f| f.kind != FigureKind::Count), "{s}: {:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    }
    // A range is still a range without a score around it.
    assert_eq!(one("Each room holds 2 - 4 guests.", "2 - 4").qualifier, Qualifier::Range);
    assert_eq!(one("Yields over 2030 - 2060 will fall.", "2030 - 2060").iso.as_deref(), Some("2030/2060"));
    assert_eq!(one("The poet Ada Lind ( 1901 - 1977 ) wrote plays.", "1901 - 1977").kind, FigureKind::Date);
}

#[test]
fn changes_to_a_level_basis_points_and_age_ranges() {
    // After a verb of change, "to" gives the new level: two figures, no range.
    let s = "Copper rose $1.40 to $9.85 a pound.";
    assert_eq!(one(s, "$1.40").value, Some(1.4));
    assert_eq!(one(s, "$9.85").value, Some(9.85));
    assert_eq!(one("It costs $5 to $8.", "$5 to $8").qualifier, Qualifier::Range);
    let f = one("The bank cut rates by 50 basis points.", "50 basis points");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Percent, Some("bp"), Some(50.0)));
    let f = one("Three hikers, aged between 21 and 25, were found.", "between 21 and 25");
    assert_eq!((f.kind, f.low, f.high), (FigureKind::Age, Some(21.0), Some(25.0)));
}

#[test]
fn wire_service_clock_times() {
    let s = "Trading resumed at 0930 GMT and the blast came at 2215 local time.";
    let f = one(s, "0930");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Time, Some("T09:30")));
    assert_eq!(one(s, "2215 local time").iso.as_deref(), Some("T22:15"));
    // Without a zone four digits stay what they were; an impossible clock is no time.
    assert_eq!(one("Some 1600 workers struck.", "Some 1600").kind, FigureKind::Count);
    assert!(figs("Code 2975 GMT").iter().all(|f| f.kind != FigureKind::Time));
}

#[test]
fn a_clock_time_whose_full_stop_tokenized_text_wrote_apart_is_a_time() {
    // Counts of 6 and 8.3 before (checked when written).
    let f = one("Power returned by 6 p.m . Crews worked on .", "6 p.m");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Time, Some("T18:00")));
    assert_eq!(one("The train left just before 8.30 a.m ..", "8.30 a.m").iso.as_deref(), Some("T08:30"));
}

#[test]
fn verbs_that_say_more_than_bound_the_figure() {
    let f = one("The death toll topped 1,000 on Friday.", "1,000");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::Over, Some(1000.0), None));
    assert_eq!(one("Sales exceeded $3 billion.", "$3 billion").qualifier, Qualifier::Over);
    // Negated, the verb caps it.
    let f = one("Fees may not exceed $400 a year.", "$400");
    assert_eq!((f.qualifier, f.high, f.low), (Qualifier::AtMost, Some(400.0), None));
    assert_eq!(one("Winds reached 90 km/h.", "90 km/h").qualifier, Qualifier::Exact);
}

#[test]
fn over_a_length_of_time_after_an_amount_means_during() {
    let s = "The scheme will cost $2 billion over 10 years.";
    let f = one(s, "10 years");
    assert_eq!((f.kind, f.qualifier, f.value), (FigureKind::Duration, Qualifier::Exact, Some(10.0)));
    assert_eq!(one("Repayments are spread over four years.", "four years").qualifier, Qualifier::Exact);
    // Elsewhere "over" is "more than".
    assert_eq!(one("She has coached for over six years.", "over six years").qualifier, Qualifier::Over);
    assert_eq!(one("the worst floods in over a decade", "over a decade").qualifier, Qualifier::Over);
}

#[test]
fn a_number_compared_with_money_or_a_percentage_takes_its_unit() {
    let s = "Orders reached 7 billion kronor, up from 5.5 billion, and the share target rose to 310 kronor from 280.";
    let f = one(s, "5.5 billion");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Money, Some("SEK"), Some(5.5e9)));
    let f = one(s, "280");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Money, Some("SEK"), Some(280.0)));
    // The scale is written once too.
    let f = one("Losses shrank to 12 million pesos from 30 a year before.", "30");
    assert_eq!((f.kind, f.value), (FigureKind::Money, Some(30e6)));
    let f = one("Turnout fell to 48% from 61 in the last vote.", "61");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Percent, Some("%")));
    // Not what something counts, not an index's level after a change, not after "and".
    assert_eq!(one("It paid 3 million rand to 40 farmers.", "40").kind, FigureKind::Count);
    assert_eq!(one("The index rose 0.6 percent to 1,480.25 on Friday.", "1,480.25").kind, FigureKind::Count);
    assert_eq!(one("The bill was $4.10 and 12 people paid it.", "12").kind, FigureKind::Count);
}

#[test]
fn lives_saved_are_no_death_toll() {
    assert_eq!(one("The new dams could save thousands of lives.", "thousands").event, None);
    assert_eq!(one("The quake claimed 300 lives.", "300").event, Some("killed"));
}

#[test]
fn dates_counted_from_another_and_parts_of_a_period() {
    // Reference date 2024-03-15.
    let f = one("Exports fell from a year earlier.", "a year earlier");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, None));
    let f = one("The ferry sank and the captain was found two days later.", "two days later");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Date, Some(2.0), Some("day")));
    let f = one("Prices were higher a year ago.", "a year ago");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2023")));
    let f = one("The line opens by the end of 2027.", "the end of 2027");
    assert_eq!(f.iso.as_deref(), Some("2027"));
    let f = one("Talks resume at the start of the month.", "the start of the month");
    assert_eq!(f.iso.as_deref(), Some("2024-03"));
    // Not a comparison ("earlier than"), not "the end of the month-long strike".
    assert!(figs("He left two days earlier than planned.").iter().all(|f| f.kind == FigureKind::Duration));
    assert!(figs("It marked the end of the month-long strike.").is_empty());
}

#[test]
fn multiples_written_as_one_word_and_lives_that_are_a_verb() {
    let f = one("Imports have grown fivefold since 2010.", "fivefold");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(5.0)));
    assert_eq!(one("Demand rose twentyfold.", "twentyfold").value, Some(20.0));
    // A band's name is no multiple.
    assert!(figs("Fans of Avenged Sevenfold queued.").is_empty());
    // "lives" as a verb reports no death.
    assert_eq!(one("One in four pensioners lives alone.", "One in four").event, None);
    assert_eq!(one("The fire claimed 12 lives.", "12").event, Some("killed"));
}

#[test]
fn the_first_months_of_a_year_are_one_date_and_places_suffer_no_deaths() {
    // Reference date 2024-03-15.
    let f = one("Exports rose in the first nine months of 2022.", "the first nine months of 2022");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2022-01/2022-09")));
    let f = one("Sales slowed in the last two months of last year.", "the last two months of last year");
    assert_eq!(f.iso.as_deref(), Some("2023-11/2023-12"));
    // A part of something that is no year stays a length of time.
    assert_eq!(one("He scored in the last 10 minutes of the match.", "10 minutes").kind, FigureKind::Duration);
    let f = one("Floods caused 800 deaths in 11 countries.", "11");
    assert_eq!((f.counted.as_deref(), f.event), (Some("countries"), None));
    // Without a reference date the phrase is the same, only its year unknown.
    let s = "Sales slowed in the first five months of the year.";
    let f = find_figures(s, &tokenize(s), None).into_iter().find(|f| f.kind == FigureKind::Date).expect("a date");
    assert_eq!((f.span.slice(s), f.iso), ("the first five months of the year", None));
}

fn dateline(s: &str) -> Option<String> {
    dateline_date(s).map(|(d, span)| format!("{} {}", d.iso(), span.slice(s)))
}

#[test]
fn an_article_dates_itself_in_its_first_lines() {
    // A line that is a date, under the headline.
    let s = "Ferry service resumes after storm\nMonday, February 9, 2026\nBoats left the harbour on Sunday.";
    assert_eq!(dateline(s).as_deref(), Some("2026-02-09 Monday, February 9, 2026"));
    // A tokenized dateline: place, then the date.
    let s = "RUGBY - LEEDS SIGN PROP .\nHALIFAX , England 1997-03-14\nLeeds signed a prop on Thursday .";
    assert_eq!(dateline(s).as_deref(), Some("1997-03-14 1997-03-14"));
    // A byline with the date.
    let s = "Harbour fees rise\nBy Ines Kowal, 3 March 2025, 10:00 GMT\nFees rose on Friday.";
    assert_eq!(dateline(s).as_deref(), Some("2025-03-03 3 March 2025"));
    // A dateline opening the first paragraph.
    let s = "TALLINN, May 4, 2027 (Baltic Wire) — Ministers met on Tuesday to sign the accord.";
    assert_eq!(dateline(s).as_deref(), Some("2027-05-04 May 4, 2027"));
    let long = format!("Grain deal signed\n\nODESA, 14 July 2026 - {}", "Ships waited in port for a week while the talks went on. ".repeat(5));
    assert_eq!(dateline(&long).as_deref(), Some("2026-07-14 14 July 2026"));
    // Not: a sentence holding a date, a one-line text, a month without a day, a span of dates,
    // a date far below the top.
    assert_eq!(dateline("The bridge opened\nIt opened on 12 June 2024 after years of work.\nCars crossed it."), None);
    assert_eq!(dateline("Talks resume on 12 June 2024"), None);
    assert_eq!(dateline("Budget vote\nJune 2024\nThe council voted."), None);
    assert_eq!(dateline("Osei, 2 April 1950 - 9 May 2011, was a painter.\nHe lived in Accra."), None);
    let far = format!("Long read\n{}\n10 March 2020\nMore text.", "A line of text here.\n".repeat(40));
    assert_eq!(dateline(&far), None);
    assert_eq!(dateline(""), None);
}

#[test]
fn a_dateline_without_a_year_takes_the_readers_year() {
    // The year-less reading only (a whole date is dateline_date's).
    let day = |s: &str, today: Option<Date>| super::dateline(s, today).filter(|x| x.2).map(|(d, span, _)| format!("{} {}", d.iso(), span.slice(s)));
    let s = "TROMSO, Nov 30 (Nordwire) - Avalanche warnings closed two roads on Friday.";
    // The last 30 November on or before today: this year's in December, last year's in March.
    assert_eq!(day(s, Date::new(2031, 12, 2)).as_deref(), Some("2031-11-30 Nov 30"));
    assert_eq!(day(s, Date::new(2031, 3, 5)).as_deref(), Some("2030-11-30 Nov 30"));
    // A day's grace: a dateline written a time zone ahead of the reader is still this year's.
    assert_eq!(day(s, Date::new(2031, 11, 29)).as_deref(), Some("2031-11-30 Nov 30"));
    assert_eq!(day(s, Date::new(2031, 11, 28)).as_deref(), Some("2030-11-30 Nov 30"));
    // A line that is the date, under the headline; 29 February goes back to a leap year.
    let s = "Storm shuts the pass
Updated 29 February
Snow closed the pass overnight.";
    assert_eq!(day(s, Date::new(2031, 6, 1)).as_deref(), Some("2028-02-29 29 February"));
    // Not: a weekday alone, a day in a sentence, a whole date (dateline_date's), a month alone.
    assert_eq!(day("Pass closed\nMonday\nSnow closed the pass.", Date::new(2031, 6, 1)), None);
    assert_eq!(day("Pass closed\nSnow closed the pass on 3 May, officials said.\nIt reopened.", Date::new(2031, 6, 1)), None);
    assert_eq!(day("OSLO, May 3, 2029 (Nordwire) - Snow closed the pass.", Date::new(2031, 6, 1)), None);
    assert_eq!(day("Pass closed\nMay\nSnow closed the pass.", Date::new(2031, 6, 1)), None);
    // Without the reader's date the year-less dateline dates nothing.
    assert_eq!(dateline("TROMSO, Nov 30 (Nordwire) - Avalanche warnings closed two roads on Friday."), None);
}

#[test]
fn a_sign_after_a_qualifier_or_between() {
    let f = one("Overnight lows fell to <-25 in the valley.", "<-25");
    assert_eq!((f.qualifier, f.value, f.high), (Qualifier::Under, Some(-25.0), Some(-25.0)));
    let f = one("Readings swung between -8 and 3 degrees.", "between -8 and 3 degrees");
    assert_eq!((f.low, f.high), (Some(-8.0), Some(3.0)));
    let f = one("The balance ranged between minus four and six.", "between minus four and six");
    assert_eq!((f.low, f.high), (Some(-4.0), Some(6.0)));
}

#[test]
fn articles_before_day_ordinals_and_quarters_of_prices() {
    // Reference date 2024-03-15.
    assert!(figs("The fair opens on the 2nd of June.").iter().any(|f| f.span.slice("The fair opens on the 2nd of June.") == "the 2nd of June"));
    let s = "Crowds gathered this past weekend.";
    assert!(figs(s).iter().any(|f| f.span.slice(s) == "this past weekend" && f.kind == FigureKind::Date));
    let s = "Fuel prices eased in the third quarter.";
    let f = one(s, "the third quarter");
    assert_eq!(f.kind, FigureKind::Date);
    // A quarter of a game is no date.
    let s = "He scored twice in the third quarter of the game.";
    assert!(figs(s).iter().all(|f| f.kind != FigureKind::Date), "{:?}", figs(s));
}

#[test]
fn the_day_of_a_month_left_implied() {
    let s = "The vote is on the 15th.";
    assert_eq!(one(s, "the 15th").kind, FigureKind::Date);
    // A hole of a golf course, a floor: ordinals.
    let s = "He made a birdie on the 16th, then a par.";
    assert_eq!(one(s, "16th").kind, FigureKind::Ordinal);
    let s = "Their office is on the 15th floor.";
    assert_eq!(one(s, "15th").kind, FigureKind::Ordinal);
}

#[test]
fn a_month_joined_to_another_month() {
    // Reference date 2024-03-15.
    let s = "Strikes in January and February closed the port.";
    let f = one(s, "February");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024-02")));
    // A month's name alone after "and" is not enough: "Tom and May" is two people.
    assert!(figs("Tom and May went home.").is_empty());
}

#[test]
fn a_currency_several_countries_use_is_the_one_of_the_country_the_text_names() {
    let unit = |s: &str, needle: &str| one(s, needle).unit;
    let s = "Chile's copper agency said the mine in Antofagasta would cost 900 billion pesos, Chilean officials said.";
    assert_eq!(unit(s, "900 billion pesos").as_deref(), Some("CLP"));
    // Named with the adjective, or with no country in the text: as written, or the usual reading.
    let s = "Chile bought 40 million Argentine pesos of bonds.";
    assert_eq!(unit(s, "40 million Argentine pesos").as_deref(), Some("ARS"));
    assert_eq!(unit("The stall sold mangoes for 90 pesos.", "90 pesos").as_deref(), Some("MXN"));
    // The country named most wins.
    let s = "Traders in Kampala and across Uganda paid 5,000 shillings, more than in Kenya, Ugandan dealers said.";
    assert_eq!(unit(s, "5,000 shillings").as_deref(), Some("UGX"));
    let s = "The Danish retailer earned 2.1 billion kroner in Copenhagen.";
    assert_eq!(unit(s, "2.1 billion kroner").as_deref(), Some("DKK"));
    // Dollars are left alone.
    assert_eq!(unit("Canadian miners paid 30 dollars a tonne.", "30 dollars").as_deref(), Some("USD/tonne"));
}

#[test]
fn the_weekend_is_a_date_and_counted_phrases_stop_at_prepositions() {
    // Reference date 2024-03-15, a Friday: the last weekend ends ISO week 10, the next week 11.
    let f = one("Talks went on over the weekend.", "the weekend");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024-W10")));
    assert_eq!(one("The council will meet at the weekend.", "the weekend").iso.as_deref(), Some("2024-W11"));
    // Not a part of something else.
    assert!(figs("He spent the weekend of the wedding in Rome.").is_empty());
    // What is counted stops before a preposition.
    let f = one("Each child got at least one dose between spring and autumn.", "at least one");
    assert_eq!(f.counted.as_deref(), Some("dose"));
    // A counted noun that is itself an event gives the event.
    let f = one("The outbreak caused 900 hospitalisations and two deaths.", "900");
    assert_eq!(f.event, Some("hospitalized"));
    assert!(COUNTED_STOP.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn a_day_soon_after_the_reference_is_the_coming_one_unless_the_sentence_is_past() {
    // Reference date 2024-03-15.
    assert_eq!(one("The league season starts on March 30.", "March 30").iso.as_deref(), Some("2024-03-30"));
    assert_eq!(one("Kenya next play Ghana on April 2 in Accra.", "April 2").iso.as_deref(), Some("2024-04-02"));
    // Said in the past, or far off: last year's.
    assert_eq!(one("The final was held on March 30.", "March 30").iso.as_deref(), Some("2023-03-30"));
    assert_eq!(one("The fair opened on October 3.", "October 3").iso.as_deref(), Some("2023-10-03"));
    assert_eq!(one("Ferries run on October 3.", "October 3").iso.as_deref(), Some("2023-10-03"));
}

#[test]
fn a_count_compared_or_taken_of_another_counts_the_same_thing() {
    let s = "The Greens won 31 seats, up from 24, while the Farmers kept 12 of the 90 seats in the assembly.";
    assert_eq!(one(s, "24").counted.as_deref(), Some("seats"));
    assert_eq!(one(s, "12").counted.as_deref(), Some("seats"));
    assert_eq!(one("Rain flooded 9 of the region's 14 valleys.", "9").counted.as_deref(), Some("valleys"));
    // "and" joins two counts of different things.
    assert_eq!(one("They bought 12 goats and 30 hens.", "12").counted.as_deref(), Some("goats"));
    // Cents named with their country are money.
    let f = one("The krone was little changed at 9.4 U.S. cents.", "9.4 U.S. cents");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("cent")));
}

#[test]
fn a_bare_count_after_to_counts_what_the_first_did() {
    assert_eq!(one("The amendment fell by 212 votes to 198.", "198").counted.as_deref(), Some("votes"));
    assert_eq!(one("The council voted 31 to 9 for the plan.", "31").counted.as_deref(), Some("votes"));
    assert_eq!(one("The council voted 31 to 9 for the plan.", "9").counted.as_deref(), Some("votes"));
    // Not a part of another whole, nor a count with its own noun.
    assert_ne!(one("He threw three pitches to 11 of the 27 batters.", "11").counted.as_deref(), Some("pitches"));
    assert_eq!(one("They gave 40 books to 7 schools.", "7").counted.as_deref(), Some("schools"));
}

#[test]
fn over_a_length_of_time_is_a_period_unless_a_word_measures_it() {
    // The period something happens in: the length alone, exact.
    let f = one("The levy rises by 2 points over six years.", "six years");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::Exact, Some(6.0), Some(6.0)));
    assert_eq!(one("Snow is expected over 48 hours.", "48 hours").qualifier, Qualifier::Exact);
    // More than that length.
    assert_eq!(one("The strike lasted over 48 hours.", "over 48 hours").qualifier, Qualifier::Over);
    assert_eq!(one("She has coached for over a decade.", "over a decade").qualifier, Qualifier::Over);
    assert_eq!(one("We have over a month left.", "over a month").qualifier, Qualifier::Over);
}

#[test]
fn shelters_for_the_displaced_are_not_displaced() {
    assert_eq!(one("Aid trucks reached 140 evacuation centres by noon.", "140").event, None);
    assert_eq!(one("The army set up 35 evacuation shelters near the dam.", "35").event, None);
    // Those in them are.
    assert_eq!(one("Some 9,000 villagers slept in evacuation centres.", "Some 9,000").event, Some("displaced"));
}

#[test]
fn a_count_compared_across_a_date_counts_the_same_thing() {
    let s = "The quarry reported 31 injuries last year, down from 44 in 2021.";
    assert_eq!(one(s, "44").counted.as_deref(), Some("injuries"));
    let s = "Wardens rescued 18 hikers on Sunday, compared with 7 a week before.";
    assert_eq!(one(s, "7").counted.as_deref(), Some("hikers"));
    // Anything else between the date and the comparison: the count is left alone.
    let s = "Wardens rescued 18 hikers on Sunday and saw 7 deer.";
    assert_ne!(one(s, "7").counted.as_deref(), Some("hikers"));
    // A count that names its own thing keeps it.
    let s = "The depot sold 300 tickets on Friday, up from 250 passes.";
    assert_eq!(one(s, "250").counted.as_deref(), Some("passes"));
    // A few words between what is counted and the date (bare before: checked when written).
    let s = "Monitors logged 640 drownings along the coast so far this year, up from about 510 in 2023.";
    assert_eq!(one(s, "about 510").counted.as_deref(), Some("drownings"));
    // A month and its year.
    let s = "The clinic treated 95 patients in March 2024, compared with 60.";
    assert_eq!(one(s, "60").counted.as_deref(), Some("patients"));
    // Not across a clause's end, nor past more than a few words.
    let s = "The clinic treated 95 patients. In March 2024, up from 60 beds were open.";
    assert_ne!(one(s, "60").counted.as_deref(), Some("patients"));
    let s = "Police held 14 men after the match at the stadium near the river bank on Saturday, up from 9.";
    assert_ne!(one(s, "9").counted.as_deref(), Some("men"));
}

#[test]
fn lengths_of_time_share_their_unit_and_money_is_never_killed() {
    let f = one("Talks could take two or three weeks.", "two or three weeks");
    assert_eq!((f.kind, f.qualifier, f.low, f.high, f.unit.as_deref()), (FigureKind::Duration, Qualifier::Range, Some(2.0), Some(3.0), Some("week")));
    assert_eq!(one("He served two or three decades.", "two or three decades").low, Some(20.0));
    let f = one("The pair got sentences of seven and nine years.", "seven");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(7.0), Some("year")));
    // Counts of something stay counts.
    assert_eq!(one("We saw two boats and three days of rain.", "two").kind, FigureKind::Count);
    // "over" money after a word of the courts is what the case is about.
    let s = "A banker was jailed for 12 years over $1.2bn fraud, and the bank was fined over $5 million.";
    assert_eq!(one(s, "$1.2bn").qualifier, Qualifier::Exact);
    assert_eq!(one(s, "over $5 million").qualifier, Qualifier::Over);
    // Money is not killed or detained; a share of "missing funds" reports nobody missing.
    assert_eq!(one("Two men were arrested for stealing $9,000 from a shop.", "$9,000").event, None);
    assert_eq!(one("Police recovered about 40% of the missing funds.", "about 40%").event, None);
    assert_eq!(one("Police said 40 people were missing.", "40").event, Some("missing"));
}

#[test]
fn a_measure_reports_no_deaths() {
    let s = "A magnitude 6.8 earthquake struck, killing at least 2,012 people.";
    assert_eq!(one(s, "6.8").event, None);
    assert_eq!(one(s, "at least 2,012").event, Some("killed"));
}

#[test]
fn wire_clock_times_and_oil_flows() {
    let f = one("Brent stood at $92.42 by 1130 GMT.", "1130");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Time, Some("T11:30")));
    assert_eq!(one("The abbey was founded in 1130 by monks.", "1130").kind, FigureKind::Date);
    let f = one("Output rose 300,000 bpd in May.", "300,000 bpd");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("bbl/d")));
}

#[test]
fn an_event_verb_before_another_count_belongs_to_that_count() {
    let s = "A ferry carrying more than 200 passengers capsized on Saturday, killing at least 34 people.";
    assert_eq!(one(s, "more than 200").event, None);
    assert_eq!(one(s, "at least 34").event, Some("killed"));
    // Survivors are rescued.
    assert_eq!(one("About 150 people survived the sinking.", "About 150").event, Some("rescued"));
}

#[test]
fn the_number_of_something_reached_is_what_a_count_counts() {
    let f = one("The number of people killed in the landslide has risen to 41, officials said.", "41");
    assert_eq!((f.counted.as_deref(), f.event), (Some("people"), Some("killed")));
    // Not a count that is no level of that number.
    assert_eq!(one("The number of visitors fell, and 12 guides quit.", "12").counted.as_deref(), Some("guides"));
}

#[test]
fn seasons_across_two_years_and_to_top_a_figure() {
    let f = one("Exports fell in the 2024/25 season.", "2024/25");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024/2025")));
    assert_eq!(one("The budget for 2023/2024 was cut.", "2023/2024").iso.as_deref(), Some("2023/2024"));
    // Not two years in a row: no season.
    assert!(figs("Code 1996/45 was filed.").iter().all(|f| f.kind != FigureKind::Date));
    let f = one("Sales are expected to top 40,000 units.", "40,000");
    assert_eq!(f.qualifier, Qualifier::Over);
    assert_eq!(one("The top 10 firms grew.", "10").qualifier, Qualifier::Exact);
}

#[test]
fn ranges_after_between_phrasal_verbs_and_deadlines() {
    let f = one("Growth should reach between 1.2% and 1.5% next year.", "between 1.2% and 1.5%");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Percent, Qualifier::Range, Some(1.2), Some(1.5)));
    // "ticked up to" gives the new level, not an upper bound; "up to 40%" still is one.
    let s = "Inflation ticked up to 2.6% in May, and fees may reach up to 40%.";
    assert_eq!(one(s, "2.6%").qualifier, Qualifier::Exact);
    assert_eq!(one(s, "up to 40%").qualifier, Qualifier::AtMost);
    // Reference date 2024-03-15: "by June" ahead, "was signed by June" past.
    assert_eq!(one("A second cut by June is seen as unlikely.", "June").iso.as_deref(), Some("2024-06"));
    assert_eq!(one("The deal was signed by June.", "June").iso.as_deref(), Some("2023-06"));
}

#[test]
fn a_change_from_one_level_to_another_is_two_figures() {
    let s = "Unemployment rose from 2% to 3% while output fell from 40 to 35 tonnes.";
    assert_eq!(one(s, "2%").qualifier, Qualifier::Exact);
    assert_eq!(one(s, "3%").value, Some(3.0));
    let f = one(s, "40");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("t")));
    let f = one("Seats increased from 9 to 10 percent.", "9");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Percent, Some("%")));
    // Without a verb of change these are ranges.
    assert_eq!(one("Rates were 2% to 3% last year.", "2% to 3%").qualifier, Qualifier::Range);
    assert_eq!(one("Talks ran from 2 to 5 days.", "from 2 to 5 days").qualifier, Qualifier::Range);
    assert_eq!(one("They cut 1,500 to 2,000 jobs.", "1,500 to 2,000").qualifier, Qualifier::Range);
}

#[test]
fn parts_of_a_whole_count_the_whole() {
    // A part named before its whole counts what the whole is made of.
    let f = one("Only three of the ferries were repaired in time.", "three");
    assert_eq!(f.counted.as_deref(), Some("ferries"));
    let f = one("The club has lost 9 of its last 11 fixtures.", "9");
    assert_eq!(f.counted.as_deref(), Some("fixtures"));
    let f = one("She rejected four of her previous offers outright.", "four");
    assert_eq!(f.counted.as_deref(), Some("offers"));
    // A numbered part is no share of anything.
    let f = one("Chapter one closed; in Part three of the memoirs he returns.", "three");
    assert_eq!(f.counted, None);
    // A count right before another figure counts nothing of its own, and then takes the
    // earlier count's noun ("down from 52 five years ago").
    let s = "The party holds 31 seats, down from 44 six years ago.";
    assert_eq!(one(s, "44").counted.as_deref(), Some("seats"));
    // The people of a place: "a city of", "a population of", "home to".
    let s = "Floods hit Varnholt, a town of 28,000, and the region is home to about 2 million; Ostrava has a population of 1.3 million.";
    for n in ["28,000", "about 2 million", "1.3 million"] {
        assert_eq!(one(s, n).counted.as_deref(), Some("people"), "{n}");
    }
    assert_eq!(one("The fund of 40 million was spent.", "40 million").counted, None);
    // "from" alone sets it against the earlier count too; a count of its own keeps its noun.
    let s = "The party rose to 57 seats from 39, drawing 900 delegates from 40 districts.";
    assert_eq!(one(s, "39").counted.as_deref(), Some("seats"));
    assert_eq!(one(s, "40").counted.as_deref(), Some("districts"));
    // A compound with a number word is still what is counted.
    assert_eq!(one("They ordered five two-seat trainers.", "five").counted.as_deref(), Some("two-seat trainers"));
}

#[test]
fn a_second_reported_clause_has_its_own_event() {
    let s = "The mayor said 40 bridges had been closed and that the death toll would rise.";
    assert_eq!(one(s, "40").event, None);
    assert_eq!(one("Officials said 40 people had been killed.", "40").event, Some("killed"));
}

#[test]
fn a_length_in_two_units_is_one_duration() {
    let f = one("The final lasted 2 hours 41 minutes under the roof.", "2 hours 41 minutes");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(161.0), Some("minute")));
    let f = one("He was jailed for three years and four months.", "three years and four months");
    assert_eq!((f.value, f.unit.as_deref()), (Some(40.0), Some("month")));
    let f = one("She ran the last lap in 1 min, 5 sec.", "1 min, 5 sec");
    assert_eq!((f.value, f.unit.as_deref()), (Some(65.0), Some("second")));
    // Two lengths of their own stay apart: the second is no smaller part of the first.
    let fs = figs("Talks took two days and 30 hours of drafting followed.");
    assert!(fs.iter().any(|f| f.span.slice("Talks took two days and 30 hours of drafting followed.") == "30 hours"), "{fs:?}");
}

#[test]
fn drownings_and_headline_injuries_are_events() {
    assert_eq!(one("At least 30 passengers drowned when the ferry sank.", "At least 30").event, Some("killed"));
    assert_eq!(one("Storm injures over 40 in coastal towns", "over 40").event, Some("injured"));
}

#[test]
fn a_count_of_whom_counts_the_people_before_it() {
    let s = "The bill split the hardliners, 112 of whom voted against it.";
    assert_eq!(one(s, "112").counted.as_deref(), Some("hardliners"));
    let s = "It sold 3 million new shares, 2 million of which went to funds.";
    assert_eq!(one(s, "2 million").counted.as_deref(), Some("shares"));
    // A name before the comma is no noun counted.
    assert_eq!(one("He thanked the Rangers, 12 of whom came.", "12").counted, None);
}

#[test]
fn a_glued_celsius_ends_a_headline_or_makes_a_comparison() {
    let s = "Heatwave tightens grip as temperatures top 43C\n\nOfficials urged calm.";
    assert_eq!(one(s, "43C").unit.as_deref(), Some("°C"));
    assert_eq!(one("Nights were about 3C warmer than usual.", "about 3C").unit.as_deref(), Some("°C"));
    // A code stays a code: the word before the number is capitalized.
    assert!(figs("Take Form 3C to the office.").iter().all(|f| f.unit.as_deref() != Some("°C")));
}

#[test]
fn a_comparison_before_a_relative_date_belongs_to_the_figure_before() {
    let s = "Exports were 4% lower than a month earlier.";
    let f = one(s, "a month earlier");
    assert_eq!((f.kind, f.qualifier), (FigureKind::Date, Qualifier::Exact));
    // A bound on the date itself stays.
    assert_eq!(one("The deal closed more than a year earlier.", "more than a year earlier").qualifier, Qualifier::Over);
}

#[test]
fn crowns_are_money_only_where_a_country_of_crowns_is_named() {
    let s = "The Bergen club expects revenue of 95 million crowns, a Norwegian record.";
    let f = one(s, "95 million crowns");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("NOK")));
    let s = "The Danish brewer booked a 2 billion crown charge.";
    assert_eq!(one(s, "2 billion crown").unit.as_deref(), Some("DKK"));
    let s = "The museum keeps four crowns and a sceptre.";
    let f = one(s, "four");
    assert_eq!((f.kind, f.counted.as_deref()), (FigureKind::Count, Some("crowns")));
}

#[test]
fn noon_and_midnight_are_times_after_a_preposition() {
    let f = one("Funding lapsed at midnight on Friday.", "midnight");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Time, Some("T00:00")));
    assert_eq!(one("The site shut between noon and 5 p.m.", "noon").iso.as_deref(), Some("T12:00"));
    assert_eq!(one("Doors open at 12 noon.", "12 noon").iso.as_deref(), Some("T12:00"));
    assert_eq!(one("Talks went on until around midnight.", "around midnight").qualifier, Qualifier::Approx);
    // Not a name or a noun's modifier.
    assert!(figs("Midnight Oil played; we went to midnight mass.").is_empty());
}

#[test]
fn an_exchange_rate_is_money_in_a_pair_of_currencies() {
    let s = "The rupee weakened to 84.10 per dollar on Monday.";
    let f = one(s, "84.10 per dollar");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Money, Some("INR/USD"), Some(84.1)));
    let s = "The zloty was quoted at 4.31 against the euro.";
    assert_eq!(one(s, "4.31 against the euro").unit.as_deref(), Some("PLN/EUR"));
    // A name several countries use, by the country the text names.
    let s = "In Santiago, Chile's central bank held rates; the peso slipped to 943.50 per dollar.";
    assert_eq!(one(s, "943.50 per dollar").unit.as_deref(), Some("CLP/USD"));
    // The quoted currency by its ISO code.
    assert_eq!(one("The peso ended at 18.95 per USD.", "18.95 per USD").unit.as_deref(), Some("MXN/USD"));
    // No currency named before it: a count, as before.
    let f = one("The index stood at 152.30 per share.", "152.30");
    assert_eq!(f.kind, FigureKind::Count);
}

#[test]
fn held_is_detention_only_for_people() {
    // Before, every one of these was "detained" (checked when written).
    assert_eq!(one("The alliance held 212 seats in the outgoing chamber.", "212").event, None);
    assert_eq!(one("The party won 38 seats, down from 45 it held before.", "45").event, None);
    assert_eq!(one("Each spring some 30 workshops are held for new staff.", "some 30").event, None);
    // People held are detained, as before.
    assert_eq!(one("Gunmen held 14 fishermen for a week.", "14").event, Some("detained"));
    assert_eq!(one("The 25 migrants held at the port were freed.", "25").event, Some("detained"));
    assert_eq!(one("Police held nine overnight.", "nine").event, Some("detained"));
    // An event held later in the sentence holds no one (had been "detained").
    let s = "Some 64 million people voted in the six-week election, held in seven phases.";
    assert_eq!(one(s, "Some 64 million").event, None);
    let s = "About 2,000 fans attended the final, held in Lorvane.";
    assert_eq!(one(s, "About 2,000").event, None);
    // People held between commas still are.
    let s = "Some 30 villagers, held in a camp, were later freed.";
    assert_eq!(one(s, "Some 30").event, Some("detained"));
}

#[test]
fn a_rate_of_exchange_is_held_by_no_one() {
    // Found a count first, made a rate of exchange later: it was "detained".
    let f = one("The lira has held firm at around 34 to the dollar since June.", "around 34 to the dollar");
    assert_eq!(f.kind, FigureKind::Money);
    assert_eq!(f.event, None);
    // Still detained: people held.
    assert_eq!(one("Rebels have held around 40 aid workers since June.", "around 40").event, Some("detained"));
}

#[test]
fn the_event_before_a_figure_stops_at_a_new_clause() {
    // Those on board are not the dead: the clause after "after" has its own verb.
    let s = "Twelve fishermen drowned after a trawler carrying 31 crew sank in a storm.";
    assert_eq!(one(s, "31").event, None);
    assert_eq!(one(s, "Twelve").event, Some("killed"));
    let s = "Nobody was hurt when a bus with 40 pupils on board slid off the road.";
    assert_eq!(one(s, "40").event, None);
    // Within one clause the verb before still counts.
    assert_eq!(one("Soldiers killed at least 17 rebels near the border.", "at least 17").event, Some("killed"));
}

#[test]
fn counts_joined_by_and_share_the_verb_after_them() {
    let s = "At least 31 houses and 12 barns were destroyed by the blaze.";
    assert_eq!(one(s, "At least 31").event, Some("damaged"));
    assert_eq!(one(s, "12").event, Some("damaged"));
    // A number that is itself the subject keeps the verb to itself.
    let s = "The bus carried 48 passengers and 9 were hurt.";
    assert_eq!(one(s, "48").event, None);
    assert_eq!(one(s, "9").event, Some("injured"));
}

#[test]
fn a_year_after_a_possessive_names_an_edition() {
    let s = "The watchdog's 2022 survey ranked the port 40th.";
    let f = one(s, "2022");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2022")));
    // A count with its thousands separator is still a count.
    assert_eq!(one("The firm's 2,400 drivers walked out.", "2,400").kind, FigureKind::Count);
}

#[test]
fn two_months_joined_by_a_dash_are_a_period() {
    // In the past, as a month alone is, by the reference date (March 15, 2024).
    let f = one("Exports grew in the April-June quarter.", "April-June");
    assert_eq!(f.iso.as_deref(), Some("2023-04/2023-06"));
    let f = one("Sales in the November-January season fell.", "November-January");
    assert_eq!(f.iso.as_deref(), Some("2023-11/2024-01"));
}

#[test]
fn a_loss_of_a_sum_with_its_scale_is_money_of_the_sentence() {
    let s = "It earned 640 million pounds, after a loss of 1.3 billion the year before.";
    let f = one(s, "1.3 billion");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("GBP")));
    // Without a money word before it, a count.
    let s = "It earned 640 million pounds and served 1.3 billion passengers.";
    assert_eq!(one(s, "1.3 billion").kind, FigureKind::Count);
}

#[test]
fn digit_groups_after_an_international_prefix_are_a_phone_number() {
    // Each group was a count before (checked when written).
    assert!(figs("Call the desk on +44 20 7946 0321 for details.").is_empty());
    assert!(figs("-- Warsaw Newsroom +4822 653 9700").is_empty());
    // Digit groups with no prefix or leading zero stay numbers.
    assert_eq!(figs("Scores: 20 7946 for the season.").len(), 2);
}

#[test]
fn a_year_after_a_determiner_and_an_adjective_names_an_edition() {
    let f = one("A separate 2021 survey found the same.", "2021");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2021")));
    // A count of people or years stays a count.
    assert_eq!(one("The first 2000 people got in free.", "2000").kind, FigureKind::Count);
    assert_eq!(one("The remaining 2000 tickets sold out.", "2000").kind, FigureKind::Count);
}

#[test]
fn less_common_currencies_by_name() {
    // Each was a bare count before (checked when written).
    assert_eq!(one("The wage rises to 4,000 pula a month.", "4,000 pula").unit.as_deref(), Some("BWP/month"));
    assert_eq!(one("Fines reached 90 million riels.", "90 million riels").unit.as_deref(), Some("KHR"));
    assert_eq!(one("A loaf costs 12,000 kyats now.", "12,000 kyats").unit.as_deref(), Some("MMK"));
    // A club after a score is no currency.
    assert!(figs("Results: Bahia 2 Guarani 0.").iter().all(|f| f.kind != FigureKind::Money));
}

#[test]
fn a_sum_that_could_rise_to_another_keeps_its_currency() {
    let s = "They paid 34 million euros, which could rise to 60 million with bonuses.";
    let f = one(s, "60 million");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("EUR")));
    // No verb of change: a count, as before.
    let s = "They paid 34 million euros, a record, to 60 million fans' delight.";
    assert_eq!(one(s, "60 million").kind, FigureKind::Count);
}

#[test]
fn a_basis_point_written_as_an_adjective() {
    // A bare count before (checked when written).
    let f = one("Four members wanted a 25 basis-point rise.", "25 basis-point");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Percent, Some("bp"), Some(25.0)));
}

#[test]
fn a_price_per_thing_is_money_per_unit() {
    // Plain dollars before (checked when written).
    let f = one("Copper closed at $9,320 a tonne on Friday.", "$9,320");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Money, Some("USD/tonne"), Some(9320.0)));
    assert_eq!(one("The offer is $41.25 per share in cash.", "$41.25").unit.as_deref(), Some("USD/share"));
    assert_eq!(one("Rent rose to 900 euros a month.", "900 euros").unit.as_deref(), Some("EUR/month"));
    assert_eq!(one("It will save about $120 million annually.", "about $120 million").unit.as_deref(), Some("USD/year"));
    // A sum followed by another figure is left alone.
    assert_eq!(one("It paid $5 million a year ago.", "$5 million").unit.as_deref(), Some("USD"));
    // A currency's hundredth keeps its number, per thing too (plain "cent" before).
    let f = one("Profit came to 87 cents a share, up from 61 cents.", "87 cents");
    assert_eq!((f.value, f.unit.as_deref()), (Some(87.0), Some("cent/share")));
    // The old level compared with it is per share too (plain "cent" until the thirty-eighth session).
    assert_eq!(one("Profit came to 87 cents a share, up from 61 cents.", "61 cents").unit.as_deref(), Some("cent/share"));
}

#[test]
fn quarters_of_a_business_year_are_time() {
    // Both were shares before (checked when written): 0.75 and 0.5.
    let f = one("It was the bank's first loss in three quarters, the filing showed.", "three quarters");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(3.0), Some("quarter")));
    let f = one("Margins shrank over the past two quarters.", "the past two quarters");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Date, Some(2.0), Some("quarter")));
    // A share stays a share.
    let f = one("Three quarters of the members voted for it.", "Three quarters");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.75)));
    // "straight" and "consecutive" between a count and its unit ("three" counted "straight days").
    let f = one("The strike went on for six straight days.", "six straight days");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(6.0), Some("day")));
    let f = one("Exports fell for two consecutive quarters.", "two consecutive quarters");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(2.0), Some("quarter")));
}

#[test]
fn plus_or_minus_is_a_margin_either_way() {
    // "minus 3" was −3 before (checked when written).
    let f = one("The survey's margin of error is plus or minus 3 percentage points.", "plus or minus 3 percentage points");
    assert_eq!((f.kind, f.value, f.low, f.high, f.qualifier), (FigureKind::Percent, Some(3.0), Some(-3.0), Some(3.0), Qualifier::Range));
    let f = one("Overnight the temperature fell to minus 12 degrees.", "minus 12 degrees");
    assert_eq!(f.value, Some(-12.0));
}

#[test]
fn ages_listed_after_an_age_and_murder_as_an_event() {
    // "71" and "84" were counts before (checked when written).
    let s = "The three victims, aged 58, 71 and 84, lived on the same street.";
    for n in ["58", "71", "84"] {
        assert_eq!(one(s, n).kind, FigureKind::Age, "{n}");
    }
    // Not an age: the compound after it counts its own noun ("six-party" is a count since fcfc556).
    assert_eq!(one("a 13-month-old, six-party coalition", "six-party").kind, FigureKind::Count);
    // "the murder of three patients at a hospital": killed, not hospitalized (before: hospitalized).
    let f = one("She was convicted of the murder of three patients at a hospital in Leeds.", "three");
    assert_eq!(f.event, Some("killed"));
    // A charge names the accused, not the dead.
    let f = one("Two men will be charged with murder, police said.", "Two");
    assert_eq!(f.event, None);
    // Still hospitalized when taken there.
    let f = one("Four workers were taken to hospital.", "Four");
    assert_eq!(f.event, Some("hospitalized"));
}

#[test]
fn dying_at_a_number_is_an_age() {
    // Counts before (checked when written).
    let f = one("Veteran singer Ada Moss dies at 91\nShe sang for 60 years.", "91");
    assert_eq!((f.kind, f.value), (FigureKind::Age, Some(91.0)));
    assert_eq!(one("Moss died at 91 on Sunday, her son said.", "91").kind, FigureKind::Age);
    assert_eq!(one("He was found dead at 57 after a fall.", "57").kind, FigureKind::Age);
    // A time is no age.
    assert_ne!(one("She died at 3 p.m. in hospital.", "3 p.m.").kind, FigureKind::Age);
}

#[test]
fn a_chance_of_an_event_is_no_event() {
    // "killed" before (checked when written).
    let f = one("Heavy drinkers had a roughly 30% higher risk of death from liver disease.", "roughly 30%");
    assert_eq!(f.event, None);
    // The event itself stays.
    assert_eq!(one("The fire caused 12 deaths.", "12").event.as_deref(), Some("killed"));
}

#[test]
fn a_month_before_another_and_fleeing_homes() {
    // "June" was no date before (checked when written): no preposition, but a month after it.
    let f = one("It was the region's driest June and July in 50 years.", "June");
    assert_eq!(f.kind, FigureKind::Date);
    // A name stays a name.
    assert!(figs("June and her sister left.").iter().all(|f| f.kind != FigureKind::Date));
    // Fleeing and leaving one's home are displacement (no event before).
    assert_eq!(one("The fire forced 4,000 to flee.", "4,000").event.as_deref(), Some("displaced"));
    assert_eq!(one("Floods forced some 900 people to leave their homes.", "some 900").event.as_deref(), Some("displaced"));
}

#[test]
fn dollar_prefixes_and_scaled_currency_codes() {
    // Before (checked when written): "$10 million" in US dollars, "90" and "2.5" plain counts.
    let f = one("The ranch sold for Mex$40 million last spring.", "Mex$40 million");
    assert_eq!((f.value, f.unit.as_deref()), (Some(40e6), Some("MXN")));
    assert_eq!(one("A lunch costs CAD$ 18 downtown.", "CAD$ 18").unit.as_deref(), Some("CAD"));
    let f = one("the mill posted a c $ 12 million loss .", "c $ 12 million");
    assert_eq!(f.unit.as_deref(), Some("CAD"));
    let f = one("Order intake reached 90 MSEK in the quarter.", "90 MSEK");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(90e6), Some("SEK")));
    let f = one("The loan of 2.5 USD million was repaid.", "2.5 USD million");
    assert_eq!((f.value, f.unit.as_deref()), (Some(2.5e6), Some("USD")));
    // A split possessive is no prefix, and an article neither.
    assert_eq!(one("Here ' s $ 40 for you .", "$ 40").unit.as_deref(), Some("USD"));
    assert_eq!(one("They won a $ 300 prize .", "$ 300").unit.as_deref(), Some("USD"));
}

#[test]
fn a_shared_currency_name_follows_the_dateline_place() {
    // Danish crowns before (checked when written): Danes are named as often as Czechs.
    let s = "TENNIS - DANISH PLAYER WINS\nPRAGUE 1996-08-14\nDanish player Ole Berg beat a Czech rival and won 2 million crowns , the Danish federation said .";
    assert_eq!(one(s, "2 million crowns").unit.as_deref(), Some("CZK"));
    // An adjective still decides.
    let s = "PRAGUE 1996-08-14\nThe club owes 5 million Danish crowns .";
    assert_eq!(one(s, "5 million Danish crowns").unit.as_deref(), Some("DKK"));
}

#[test]
fn a_quake_reading_after_measuring_or_before_magnitude() {
    // Counts before (checked when written).
    let f = one("A 6.2-magnitude quake shook the island.", "6.2-magnitude");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(6.2), Some("magnitude")));
    assert_eq!(one("An aftershock measuring 4.7 rattled the town.", "4.7").unit.as_deref(), Some("magnitude"));
    assert_eq!(one("The tremor registered 5.5 on the Richter scale.", "5.5").unit.as_deref(), Some("magnitude"));
    assert_eq!(one("A 7.1 magnitude earthquake hit.", "7.1 magnitude").kind, FigureKind::Quantity);
    // Not a reading when nothing shook.
    assert_eq!(one("The pool measured 8.5 by night.", "8.5").unit, None);
}

#[test]
fn the_first_of_two_times_takes_the_second_half_of_the_day() {
    // 02:15, a range of counts "between 10 and 11" and "from 12" before (checked when written).
    assert_eq!(one("Trading stopped between 1:15 and 1:50 p.m. on Friday.", "1:15").iso.as_deref(), Some("T13:15"));
    assert_eq!(one("Bars must close between 10 and 11 pm.", "10").iso.as_deref(), Some("T22:00"));
    assert_eq!(one("The station shuts from 12 to 3 a.m.", "12").iso.as_deref(), Some("T00:00"));
    assert_eq!(one("Voting ran 8-10am in the villages.", "8").iso.as_deref(), Some("T08:00"));
    // A morning time before an afternoon one keeps its morning.
    assert_eq!(one("The hearing ran from 10:30 to 1 p.m.", "10:30").iso.as_deref(), Some("T10:30"));
    // Counts stay counts.
    assert_eq!(one("He scored between 2 and 4 goals.", "between 2 and 4").kind, FigureKind::Count);
}

#[test]
fn nanometres_hertz_and_watt_hours_are_units() {
    // Counts before (checked when written).
    let f = one("The firm unveiled a 2-nanometre processor.", "2-nanometre");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("nm")));
    assert_eq!(one("It is built on a 7nm node.", "7nm").unit.as_deref(), Some("nm"));
    assert_eq!(one("The cores run at 3.2 GHz.", "3.2 GHz").unit.as_deref(), Some("GHz"));
    assert_eq!(one("Output reached 41 TWh last year.", "41 TWh").unit.as_deref(), Some("TWh"));
    assert_eq!(one("They will build a 500-megawatt plant.", "500-megawatt").unit.as_deref(), Some("MW"));
    // Volts (counts of "volts" and of "KV lines" before).
    assert_eq!(one("Each nodule carries up to 0.95 volts.", "up to 0.95 volts").unit.as_deref(), Some("V"));
    assert_eq!(one("The two 500 KV lines failed .", "500 KV").unit.as_deref(), Some("kV"));
}

#[test]
fn a_share_counts_what_it_is_a_share_of() {
    // Nothing counted before (checked when written).
    assert_eq!(one("Two-thirds of voters backed the plan.", "Two-thirds").counted.as_deref(), Some("voters"));
    assert_eq!(one("Nearly half of all homes lack heating.", "Nearly half").counted.as_deref(), Some("homes"));
    assert_eq!(one("A quarter of its workers are temporary.", "A quarter").counted.as_deref(), Some("workers"));
    // A share of a share counts nothing.
    assert_eq!(one("It met one-third of two-fifths of its plan.", "one-third").counted, None);
}

#[test]
fn a_currency_name_opening_a_persons_name_and_set_scores_are_no_money_or_range() {
    // Money in marks and a range before (checked when written).
    let s = "134 Mark Roe 66 68 , Sven Struver ( Germany ) 68 66";
    assert!(figs(s).iter().all(|f| f.kind != FigureKind::Money), "{:?}", figs(s));
    assert_eq!(one("Deportivo Coruna 1 Real Madrid 1", "1").kind, FigureKind::Count);
    let s = "Mark Philippoussis ( Australia ) beat Wayne Ferreira ( South Africa ) 3-6 6-3 6-2";
    assert!(figs(s).is_empty(), "{:?}", figs(s));
    // Marks in lower case are money still.
    assert_eq!(one("The club paid 3 million marks for him.", "3 million marks").unit.as_deref(), Some("DEM"));
    assert_eq!(one("It fell to 1.52 Marks .", "1.52 Marks").kind, FigureKind::Money);
}

#[test]
fn a_count_per_a_population_is_a_rate() {
    // "100,000" was a count of people infected before (checked when written).
    let s = "Measles reached 45 cases per 100,000 people last year.";
    let f = one(s, "45");
    assert_eq!((f.value, f.unit.as_deref()), (Some(45.0), Some("per 100,000 people")));
    assert!(figs(s).iter().all(|f| f.value != Some(100000.0)), "{:?}", figs(s));
    assert_eq!(one("Infant deaths fell to 2.1 per 1,000 births.", "2.1").unit.as_deref(), Some("per 1,000 births"));
    // A count after "per" that is no round population stays.
    assert!(figs("Fares rose 3 per cent, with 25 per 32 seats sold.").iter().any(|f| f.value == Some(32.0)));
}

#[test]
fn shares_of_a_percentage_point_are_rate_moves() {
    // Nothing, or a share of 0.75, before (checked when written).
    let f = one("The Fed cut rates by half a percentage point.", "half a percentage point");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Percent, Some(0.5), Some("pp")));
    assert_eq!(one("It may move by a quarter point in June.", "a quarter point").unit.as_deref(), Some("pp"));
    let f = one("Traders priced in three-quarters of a percentage point of easing.", "three-quarters of a percentage point");
    assert_eq!((f.value, f.unit.as_deref()), (Some(0.75), Some("pp")));
    assert_eq!(one("The bank delivered a quarter-point cut.", "a quarter-point").unit.as_deref(), Some("pp"));
    // A share of something else stays a share, a compound modifier no share.
    assert_eq!(one("A quarter of the members voted.", "A quarter").kind, FigureKind::Ratio);
    assert!(figs("They won a third-place playoff.").iter().all(|f| f.kind != FigureKind::Ratio && f.kind != FigureKind::Percent));
}

#[test]
fn headline_verbs_in_the_present_give_the_event() {
    // No event before (checked when written): headlines write the present tense.
    assert_eq!(one("Storms displace 12,000 in coastal towns", "12,000").event, Some("displaced"));
    assert_eq!(one("Officials evacuate 300 from flooded valley", "300").event, Some("displaced"));
    assert_eq!(one("Police detain 45 after stadium clash", "45").event, Some("detained"));
    // "rescue" is a noun as often: the count after it is not the rescued.
    assert_eq!(one("The manifest listed 85, said the head of the search and rescue office.", "85").event, None);
}

#[test]
fn verbs_of_doubling_and_halving_are_ratios_with_their_qualifier() {
    // No figure, or the ratio without its qualifier, before (checked when written).
    let s = "Rents have more than doubled since 2019, while the number of tenants halved. Fees nearly tripled. The city expects costs to double again.";
    let f = one(s, "more than doubled");
    assert_eq!((f.kind, f.value, f.low, f.high, f.qualifier), (FigureKind::Ratio, Some(2.0), Some(2.0), None, Qualifier::Over));
    assert_eq!(one(s, "halved").value, Some(0.5));
    let f = one(s, "nearly tripled");
    assert_eq!((f.value, f.high, f.qualifier), (Some(3.0), Some(3.0), Qualifier::Under));
    assert_eq!(one(s, "double").value, Some(2.0));
    assert_eq!(one("Exports were more than twice as high.", "more than twice").qualifier, Qualifier::Over);
    // A phrasal verb, a batter's hit, a noun: no ratio.
    for t in ["The party doubled down on its pledge.", "Ortega singled, doubled and homered in the win.", "She won the mixed double title."] {
        assert!(figs(t).iter().all(|f| f.kind != FigureKind::Ratio), "{t}");
    }
    assert_eq!(one("The boat was turned around twice by the navy.", "twice").qualifier, Qualifier::Exact);
}

#[test]
fn a_bound_right_after_people_is_their_age() {
    // Counts before (checked when written).
    let s = "Deaths among children under 5 fell. Voters under 30 backed him, and residents over 65 will be seen first. Those aged over 80 stay home. Adults between 18 and 24 were surveyed.";
    for (needle, low, high) in [("under 5", None, Some(5.0)), ("under 30", None, Some(30.0)), ("over 65", Some(65.0), None), ("over 80", Some(80.0), None), ("between 18 and 24", Some(18.0), Some(24.0))] {
        let f = one(s, needle);
        assert_eq!((f.kind, f.low, f.high), (FigureKind::Age, low, high), "{needle}");
    }
    // A count before its noun, a name in a score table, a big number: no age.
    assert_eq!(one("Police held over 40 protesters.", "over 40").kind, FigureKind::Count);
    assert!(figs("Glamorgan 259 (M. Saggers 6-65)").iter().all(|f| f.kind != FigureKind::Age));
    assert_eq!(one("It asked lenders over 500 questions.", "over 500").kind, FigureKind::Count);
}

#[test]
fn a_bowlers_figures_are_no_range() {
    // Ranges of counts before (checked when written).
    for (s, fig) in [("Okafor took 5-42 as the hosts were bowled out for 187.", "5-42"), ("Yorkshire 214 (B. Lund 4-31, T. Hale 3-60).", "4-31")] {
        assert!(figs(s).iter().all(|f| f.span.slice(s) != fig), "{s}");
    }
    // A range after a name with a noun of its own, and after a common word, stays.
    assert_eq!(one("Route 9 closed for 5-10 days.", "5-10 days").low, Some(5.0));
    assert_eq!(one("Prices rose 4-6 percent in May.", "4-6 percent").high, Some(6.0));
}

#[test]
fn currency_letters_glued_to_an_amount_are_its_currency() {
    // A count "1 million" after a sentence cut at "R1.", and no currency, before (checked when written).
    let s = "She must repay R1.1 million within 90 days and a further R250,000 later. KSh2.7bn was raised, and Rp5,000 paid.";
    let f = one(s, "R1.1 million");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(1_100_000.0), Some("ZAR")));
    assert_eq!(one(s, "R250,000").unit.as_deref(), Some("ZAR"));
    assert_eq!(one(s, "KSh2.7bn").unit.as_deref(), Some("KES"));
    assert_eq!(one(s, "Rp5,000").unit.as_deref(), Some("IDR"));
    let toks = tokenize(s);
    assert!(toks.iter().filter(|t| t.sent_start).count() == 2, "the period of 1.1 ends no sentence");
    // A road, a model: no money.
    for t in ["Take the R2 north of the town.", "The RM5 engine has 300 hp."] {
        assert!(figs(t).iter().all(|f| f.kind != FigureKind::Money), "{t}");
    }
}

#[test]
fn an_ordinal_word_opening_a_name_is_no_rank() {
    // Ordinals 3 and 2 before (checked when written).
    for s in ["The Third Way alliance won 13% of the vote.", "He fought in the Second World War as a pilot."] {
        assert!(figs(s).iter().all(|f| f.kind != FigureKind::Ordinal), "{s}");
    }
    // Ranks stay: lower case, a sentence's first word, a title-case headline.
    assert_eq!(one("It was the third time.", "third").value, Some(3.0));
    assert_eq!(one("Third Way won 13%.", "Third").value, Some(3.0));
    assert!(figs("Acme Posts Third Quarter Loss").iter().any(|f| f.span.slice("Acme Posts Third Quarter Loss").starts_with("Third")));
}

#[test]
fn a_reading_in_tenths_before_a_quake_is_its_magnitude() {
    // A count before (checked when written).
    let f = one("The coast was wrecked by a 9.0 quake in 2011.", "9.0");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("magnitude")));
    // Whole numbers before the noun count quakes.
    assert_eq!(one("There were 2 quakes that night.", "2").kind, FigureKind::Count);
}

#[test]
fn a_participle_after_the_number_before_a_preposition_is_not_counted() {
    // "brokered" and "wounded" counted before (checked when written).
    // "one" counting nothing is the pronoun: no figure.
    let s = "Earlier truces, including one brokered on April 24, failed.";
    assert!(figs(s).iter().all(|f| f.span.slice(s) != "one"), "{:?}", figs(s));
    assert_eq!(one("Police said five wounded in the attack were in hospital.", "five").counted, None);
    // A participle before its noun stays in the phrase.
    assert_eq!(one("They found 3 injured people.", "3").counted.as_deref(), Some("injured people"));
}

#[test]
fn shares_of_a_degree_are_temperatures_moves() {
    // A count and nothing before (checked when written).
    let f = one("June was 0.6 of a degree above the average.", "0.6 of a degree");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(0.6), Some("°")));
    assert_eq!(one("The sea was half a degree warmer.", "half a degree").value, Some(0.5));
    // "one of a degree's students" is no temperature.
    assert!(figs("He was 1 of a degree class of 40.").iter().all(|f| f.kind != FigureKind::Quantity));
}

#[test]
fn over_after_a_verb_of_spreading_is_the_preposition() {
    // "more than 7,000 hectares" before (checked when written).
    let f = one("The fire spread over 7,000 hectares of forest.", "7,000 hectares");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::Exact, Some(7000.0), Some(7000.0)));
    // Elsewhere "over" is "more than".
    assert_eq!(one("It burned over 7,000 hectares.", "over 7,000 hectares").qualifier, Qualifier::Over);
}

#[test]
fn parts_after_and_compound_parts_cents_without_a_word() {
    // A part after "and" joins the whole number, unless it is the ordinal of a noun.
    let f = one("The river rose three and a fifth metres overnight, officials said.", "three and a fifth metres");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("m")));
    assert!((f.value.unwrap() - 3.2).abs() < 1e-9);
    let f = one("a cable of twelve and a tenth.", "twelve and a tenth");
    assert!((f.value.unwrap() - 12.1).abs() < 1e-9);
    let fs = figs("Lyon had won four titles and a fifth straight one looked likely.");
    assert!(fs.iter().all(|f| f.value != Some(4.2)), "{fs:?}");
    // Parts with a compound denominator.
    let f = one("Farmers lost three twenty-fifths of the harvest.", "three twenty-fifths");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.12)));
    let f = one("one twenty-fifth of the budget", "one twenty-fifth");
    assert_eq!(f.value, Some(0.04));
    let f = one("a seventy-first birthday party", "seventy-first");
    assert_eq!(f.kind, FigureKind::Ordinal);
    // A fraction before a large scale multiplies it; an informal glued "mil" is a million.
    let f = one("The plan costs two-thirds billion euros.", "two-thirds billion euros");
    assert!((f.value.unwrap() - 2e9 / 3.0).abs() < 1.0);
    let f = one("The striker signed for $4mil a year.", "$4mil");
    assert_eq!(f.value, Some(4e6));
    // Cents with no word where the sentence ends; not a list number on the next line, not a range.
    let f = one("A ticket now costs 12 dollars 40.", "12 dollars 40");
    assert_eq!(f.value, Some(12.4));
    let f = one("Lunch was eight dollars and twenty-five.", "eight dollars and twenty-five");
    assert_eq!(f.value, Some(8.25));
    let f = one("1. Alvarez 48,000 dollars\n2. Okafor 41,000 dollars", "48,000 dollars");
    assert_eq!(f.value, Some(48_000.0));
    let fs = figs("He paid 15 dollars and 50 people watched.");
    assert!(fs.iter().any(|f| f.span.slice("He paid 15 dollars and 50 people watched.") == "15 dollars" && f.value == Some(15.0)), "{fs:?}");
    // A misspelled ordinal people write.
    let f = one("the nineth round of talks", "nineth");
    assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(9.0)));
}

#[test]
fn hours_minutes_and_seconds_are_a_length_unless_a_clock() {
    let f = one("Okoro won the marathon in 2:04:51, a course record.", "2:04:51");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(7491.0), Some("second")));
    let f = one("Standings: 1. Lindqvist 14:02:33.5 2. Mora", "14:02:33.5");
    assert_eq!((f.kind, f.value), (FigureKind::Duration, Some(50553.5)));
    // A time of day: after "at", with am/pm or a zone, after a date.
    let f = one("The first tremor came at 03:14:07 local time.", "03:14:07");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Time, Some("T03:14:07")));
    let f = one("The alarm sounded 9:41:30 pm, residents said.", "9:41:30 pm");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Time, Some("T21:41:30")));
    let f = one("Logged Mar 3 22:15:09 2021 by the server.", "22:15:09");
    assert_eq!(f.kind, FigureKind::Time);
    let f = one("The launch slipped to 11:05:00 GMT.", "11:05:00");
    assert_eq!(f.kind, FigureKind::Time);
}

#[test]
fn nautical_miles_are_their_own_unit() {
    let f = one("The drone hit the freighter some 60 nautical miles off Aden.", "some 60 nautical miles");
    assert_eq!((f.kind, f.unit.as_deref(), f.qualifier), (FigureKind::Quantity, Some("nmi"), Qualifier::Approx));
}

#[test]
fn over_seasons_after_another_figure_is_during() {
    let f = one("Ruiz scored 31 goals over two seasons at the club.", "two");
    assert_eq!((f.qualifier, f.low, f.high, f.counted.as_deref()), (Qualifier::Exact, Some(2.0), Some(2.0), Some("seasons")));
    let f = one("Grant played over ten seasons for the club.", "over ten");
    assert_eq!((f.qualifier, f.high), (Qualifier::Over, None));
}

#[test]
fn a_year_compared_with_and_a_quarter_of_a_fiscal_year() {
    let f = one("Its share was 41%, up 2.5 points on 2019, the count showed.", "2019");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2019")));
    let f = one("Output fell sharply compared with 2021, the ministry said.", "2021");
    assert_eq!(f.kind, FigureKind::Date);
    let f = one("They won on 2000 votes.", "2000");
    assert_eq!(f.kind, FigureKind::Count);
    // A company's fiscal year: the quarter is a date with no calendar value.
    let f = one("Deliveries start in the second quarter of fiscal 2026, the firm said.", "the second quarter of fiscal 2026");
    assert_eq!((f.kind, f.iso), (FigureKind::Date, None));
}

#[test]
fn a_winter_across_two_years_is_one_date() {
    let f = one("The last long strike, in the winter of 2019-20, lasted 47 days.", "winter of 2019-20");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2019-WI")));
    let f = one("Gas use fell in winter 2023/24.", "winter 2023/24");
    assert_eq!(f.iso.as_deref(), Some("2023-WI"));
    // Not a year that does not follow.
    let f = one("It snowed in the winter of 2019-31 estimates.", "winter of 2019");
    assert_eq!(f.iso.as_deref(), Some("2019-WI"));
}

#[test]
fn at_a_number_is_an_age_in_a_life_story() {
    let age = |s: &str, n: &str| one(s, n).kind == FigureKind::Age;
    assert!(age("She became at 19 the youngest mayor the town has had.", "19"));
    assert!(age("He was the oldest debutant at 41.", "41"));
    assert!(age("Okafor retired at 33 after two knee operations.", "33"));
    assert!(age("At 36, she is still the fastest in the squad.", "36"));
    assert!(age("At 16 he left the farm for the capital.", "16"));
    assert!(age("He succeeds Ana Morel, who at 34 was the youngest.", "34"));
    // Not ages: prices, ranks, clock times, a superlative in another clause.
    assert!(!age("The shares closed at 44 after a rally.", "44"));
    assert!(!age("The oldest lender was ranked at 12 in the survey.", "12"));
    assert!(!age("Voting began at 7 and the oldest voter was first in line.", "7"));
    assert!(!age("At 9, the market opened lower.", "9"));
    assert!(!age("The index closed at 34 was the highest in years.", "34"));
}

#[test]
fn a_count_in_a_span_of_time_is_a_rate() {
    let f = one("The border post now sees about 90 crossings a day, up from 20.", "about 90");
    assert_eq!(f.unit.as_deref(), Some("per day"));
    assert_eq!(f.counted.as_deref(), Some("crossings"));
    assert_eq!(one("Deaths ran at almost 12 a week in March.", "almost 12").unit.as_deref(), Some("per week"));
    assert_eq!(one("The mill turns out 3,000 tyres per month.", "3,000").unit.as_deref(), Some("per month"));
    // Not a rate: a date after it, or no time at all.
    assert_eq!(one("Six people were arrested a day after the march.", "Six").unit, None);
    assert_eq!(one("Six guards a shift watch the gate.", "Six").unit, None);
}

#[test]
fn half_a_unit_and_one_thing_in_so_many() {
    let f = one("The lira lost half a cent against the euro.", "half a cent");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(0.5), Some("cent")));
    let f = one("Floodwater rose half a metre overnight.", "half a metre");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(0.5), Some("m")));
    let f = one("Only one bus in four ran during the strike.", "one bus in four");
    assert_eq!((f.kind, f.value, f.counted.as_deref()), (FigureKind::Ratio, Some(0.25), Some("bus")));
    let f = one("Nine patients in 10 recovered.", "Nine patients in 10");
    assert_eq!(f.value, Some(0.9));
    // Not shares: a time, a year, a tally.
    assert_eq!(one("She scored one goal in 12 minutes.", "one").kind, FigureKind::Count);
    assert_eq!(one("He took 61 wickets in 75 Tests.", "61").kind, FigureKind::Count);
}

#[test]
fn a_models_variant_after_its_maker_is_no_count() {
    let t = "Regulators grounded 40 Boeing 737 MAX 8 planes on Friday.";
    let found: Vec<&str> = figs(t).iter().map(|f| f.span.slice(t)).collect();
    assert!(!found.contains(&"8") && found.contains(&"40"), "{found:?}");
    // Without the maker: a Boeing series after its number (the count before stays).
    for t in ["Boeing delivered 40 737 MAX jets in October.", "An Alaska Airlines 737 MAX 9 lost a door plug.", "The airline flies 12 787 Dreamliners."] {
        let found: Vec<&str> = figs(t).iter().map(|f| f.span.slice(t)).collect();
        assert!(!found.iter().any(|f| f.contains("737") || f.contains("787") || *f == "9"), "{t}: {found:?}");
    }
    assert_eq!(one("The airline flies 12 787 Dreamliners.", "12").value, Some(12.0));
    // A table's row of team and numbers keeps its numbers.
    let t = "Lotte 44 6 52 LG 44 5 56";
    assert_eq!(figs(t).iter().filter(|f| f.span.slice(t) == "44").count(), 2);
}

#[test]
fn those_who_forecast_a_figure_are_not_what_it_counts() {
    assert_eq!(one("Exports rose 9,000 tonnes, short of the 12,000 analysts had expected.", "12,000").counted, None);
    assert_eq!(one("Payrolls beat the 180,000 economists forecast.", "180,000").counted, None);
    // Economists counted, forecasting something named.
    assert_eq!(one("Some 40 economists forecast a cut.", "Some 40").counted.as_deref(), Some("economists"));
}

#[test]
fn a_year_a_comparison_sets_against_is_a_date() {
    for (s, y) in [("Rents were higher than 2019 levels.", "2019"), ("Output stayed below 2008, the agency said.", "2008"), ("Exports were lower than 2021.", "2021")] {
        let f = one(s, y);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(y)), "{s}");
    }
    // Counts stay counts.
    assert_eq!(one("Crowds of more than 2000 people gathered.", "more than 2000").kind, FigureKind::Count);
    assert_eq!(one("The index stayed above 2050 points.", "above 2050").kind, FigureKind::Count);
}

#[test]
fn a_tolls_number_a_station_masters_age_and_a_verb_after_one() {
    let s = "The death toll from the region's worst mining accident in decades rose to 61 on Friday.";
    assert_eq!(one(s, "61").event, Some("killed"));
    assert_eq!(one("Rail workers struck; the toll rose to 12 trains cancelled.", "12").event, None);
    assert_eq!(one("The harbour master, 62, was questioned.", "62").kind, FigureKind::Age);
    assert_eq!(one("Two buses collided and at least one caught fire.", "at least one").counted, None);
    assert_eq!(one("Three sources told reporters the deal was off.", "Three").counted.as_deref(), Some("sources"));
}

#[test]
fn light_years_and_more_people_by_their_calling() {
    let f = one("The comet came from a star 310 light years away.", "310 light years");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("ly")));
    assert_eq!(one("It is 4.2 light-years from here.", "4.2 light-years").unit.as_deref(), Some("ly"));
    assert_eq!(one("The veteran, 38, signed a new deal.", "38").kind, FigureKind::Age);
}

#[test]
fn a_verb_after_an_irregular_plural_is_not_what_is_counted() {
    assert_eq!(one("One in four children lives below the poverty line.", "One in four").counted.as_deref(), Some("children"));
    // A compound of an irregular plural keeps its noun.
    assert_eq!(one("Nine police officers were hurt.", "Nine").counted.as_deref(), Some("police officers"));
}

#[test]
fn measures_of_one_unit_joined_by_to_are_a_range_and_glued_degrees_before_a_verb() {
    let f = one("Models project warming of 2.4C to 2.8C this century.", "2.4C to 2.8C");
    assert_eq!((f.kind, f.qualifier, f.low, f.high, f.unit.as_deref()), (FigureKind::Quantity, Qualifier::Range, Some(2.4), Some(2.8), Some("°C")));
    let f = one("Growth of between 3% and 4% is forecast.", "between 3% and 4%");
    assert_eq!((f.low, f.high), (Some(3.0), Some(4.0)));
    // A change from one level to another stays two figures.
    assert_eq!(one("Unemployment rose from 4% to 6%.", "6%").qualifier, Qualifier::Exact);
    // Glued degrees before a verb or a noun of warming; gigatonnes.
    assert_eq!(one("The 1.5C limit is slipping away.", "1.5C").unit.as_deref(), Some("°C"));
    assert_eq!(one("Emissions hit 53.2 gigatonnes.", "53.2 gigatonnes").unit.as_deref(), Some("Gt"));
}

#[test]
fn an_obituarys_family_survived_by_is_no_rescue() {
    assert_eq!(one("She is survived by two sons and a sister.", "two").event, None);
    assert_eq!(one("Only three crew survived the sinking.", "three").event, Some("rescued"));
}

#[test]
fn a_gap_in_a_race_is_minutes_and_seconds_not_a_clock_time() {
    let f = one("The Dane was fourth overall, 7:42 behind the leader.", "7:42");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(462.0), Some("second")));
    assert_eq!(one("She leads the standings by 2:05 ahead of the final stage.", "2:05").kind, FigureKind::Duration);
    let f = one("Kovac beat his teammate by 0:48 in the time trial.", "0:48");
    assert_eq!((f.kind, f.value), (FigureKind::Duration, Some(48.0)));
    // A deadline or a clock stays a time of day.
    assert_eq!(one("The polls close by 8:30 tonight.", "8:30").kind, FigureKind::Time);
    assert_eq!(one("The train left at 9:15 behind schedule.", "9:15").kind, FigureKind::Time);
}

#[test]
fn a_basketball_score_is_no_range_of_a_short_second_number() {
    let s = "Boston beat the Dallas Mavericks 106-88 on Monday.";
    assert!(figs(s).iter().all(|f| f.high != Some(188.0)), "{:?}", figs(s));
    // A season still takes its century.
    assert_eq!(one("the 2023-24 season", "2023-24").iso.as_deref(), Some("2023/2024"));
}

#[test]
fn as_young_as_or_as_old_as_a_number_is_an_age() {
    let f = one("Gangs recruit dock workers, some as young as 16, to move the drugs.", "as young as 16");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Age, Qualifier::AtLeast, Some(16.0), None));
    let f = one("Volunteers as old as 82 joined the search.", "as old as 82");
    assert_eq!((f.kind, f.qualifier, f.high), (FigureKind::Age, Qualifier::AtMost, Some(82.0)));
}

#[test]
fn a_disease_in_s_before_its_noun_is_not_what_is_counted() {
    assert_eq!(one("More than 3,100 measles cases were reported.", "More than 3,100").counted.as_deref(), Some("measles cases"));
    assert_eq!(one("Some 25 news outlets ran the story.", "Some 25").counted.as_deref(), Some("news outlets"));
    assert_eq!(one("Officials confirmed 7 cases of mumps.", "7").counted.as_deref(), Some("cases"));
}

#[test]
fn a_fiscal_year_by_its_abbreviation_is_a_date() {
    let f = one("Revenue for FY2024 rose 8%.", "FY2024");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024")));
    assert_eq!(one("Its FY24 guidance held.", "FY24").iso.as_deref(), Some("2024"));
    assert_eq!(one("Sales in FY99 were flat.", "FY99").iso.as_deref(), Some("1999"));
    assert_eq!(one("The target for FY 2026 is unchanged.", "FY 2026").iso.as_deref(), Some("2026"));
    assert_eq!(one("Budget estimates for FY2024-25 were cut.", "FY2024-25").iso.as_deref(), Some("2024/2025"));
    // No count of 24 inside it.
    assert!(figs("Its FY24 guidance held.").iter().all(|f| f.kind == FigureKind::Date));
}

#[test]
fn an_event_after_a_clause_of_time_or_an_including_apposition() {
    // The toll's number does not take the injured's event after "after".
    assert_eq!(one("The death toll rose to 31 after three injured miners died in hospital.", "31").event, Some("killed"));
    // A count in an apposition with "including" leaves the verb to the first count too.
    assert_eq!(one("At least 14 people, including 4 children, were killed.", "At least 14").event, Some("killed"));
    assert_eq!(one("At least 14 people, including 4 children, were killed.", "4").event, Some("killed"));
}

#[test]
fn hurt_people_who_died_are_dead() {
    assert_eq!(one("Later three injured climbers died in hospital.", "three").event, Some("killed"));
    assert_eq!(one("Four wounded soldiers succumbed overnight.", "Four").event, Some("killed"));
    // Still hurt when no death follows.
    assert_eq!(one("Police said 12 injured fans were treated.", "12").event, Some("injured"));
    // The state a partitive names gives way to what then happened to them.
    assert_eq!(one("Six of the survivors were flown to hospital.", "Six").event, Some("hospitalized"));
    assert_eq!(one("Two of the wounded later died.", "Two").event, Some("killed"));
    // Not where they were.
    assert_eq!(one("Nine survivors were resting at a hospital.", "Nine").event, Some("rescued"));
}

#[test]
fn whoever_turns_a_number_is_that_age() {
    let f = one("The striker, who turns 20 on June 29, signed on Friday.", "20");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Age, Some("year")));
    assert_eq!(one("The festival turns 50 next year.", "50").kind, FigureKind::Age);
    // Not a score or a share that turned.
    assert_ne!(one("Sentiment turned 5% weaker in May.", "5%").kind, FigureKind::Age);
}

#[test]
fn bodies_are_dead() {
    // "missing" later in the sentence had been their event.
    let f = one("Divers said 13 bodies had been recovered and four people were still missing.", "13");
    assert_eq!(f.event, Some("killed"));
    assert_eq!(one("Divers said 13 bodies had been recovered and four people were still missing.", "four").event, Some("missing"));
}

#[test]
fn a_third_before_a_new_clause_is_a_share() {
    let f = one("Canberra cut its crop forecast by nearly a third because of drought.", "nearly a third");
    assert_eq!((f.kind, f.qualifier, f.high), (FigureKind::Ratio, Qualifier::Under, Some(1.0 / 3.0)));
    assert_eq!(one("Fares rose by a fifth last year.", "a fifth").kind, FigureKind::Ratio);
    // Still an ordinal before its noun.
    assert_eq!(one("She won a third term in May.", "third").kind, FigureKind::Ordinal);
}

#[test]
fn a_month_by_its_full_name_stands_alone() {
    let f = one("Rain fell every day. October was the wettest month on record.", "October");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2023-10")));
    assert_eq!(one("Officials said December would be harder.", "December").kind, FigureKind::Date);
    // A name on either side keeps it a name; "May" and "March" still need their preposition.
    for s in ["The film Red October opened.", "They marked the October Revolution.", "May was cold.", "March saw protests."] {
        assert!(figs(s).iter().all(|f| f.kind != FigureKind::Date), "{s}");
    }
}

#[test]
fn a_year_after_an_article_names_what_happened_that_year() {
    let f = one("Leaders of the 2014 protests were jailed.", "2014");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2014")));
    assert_eq!(one("Kenya's 2017 elections were annulled.", "2017").kind, FigureKind::Date);
    // A count with its comma, or a count after a qualifier, stays a count.
    assert_eq!(one("The 2,014 protesters dispersed.", "2,014").kind, FigureKind::Count);
    assert_eq!(one("About 2000 protesters gathered.", "About 2000").kind, FigureKind::Count);
}

#[test]
fn a_year_before_what_counts_nothing_names_an_edition() {
    for (s, y) in [
        ("Stocks fell after the ill-fated 1998 final in Paris.", "1998"),
        ("The firm could hold 2024 full-year profit steady.", "2024"),
        ("She met fellow 2016 presidential candidate Ann Lee.", "2016"),
        ("The 7% bond due 2031 rose.", "2031"),
        ("The ferry (built 1974) was sold.", "1974"),
    ] {
        let f = one(s, y);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(y)), "{s}");
    }
    let f = one("Delivery slipped to the year 2030 at the earliest.", "the year 2030");
    assert_eq!(f.iso.as_deref(), Some("2030"));
    assert_eq!(one("Exports in the fiscal year 2027 will fall.", "the fiscal year 2027").iso.as_deref(), Some("2027"));
    // Counts of things, people or units stay counts.
    for (s, n) in [("The plant added 2000 new jobs.", "2000"), ("Some 1900 police were deployed.", "Some 1900"), ("They walked 2000 km north.", "2000 km")] {
        assert_ne!(one(s, n).kind, FigureKind::Date, "{s}");
    }
}

#[test]
fn a_clause_opened_by_as_has_its_own_event() {
    // The cases' own event, not the deaths'.
    let s = "Flu cases pass 80,000 as deaths hit a record";
    assert_eq!(one(s, "80,000").event, Some("infected"));
    assert_eq!(one("Admissions rose to 900 as the hospitals said 12 patients died.", "900").event, None);
    // "as" before the event word itself still gives it.
    assert_eq!(one("Police listed 14 people as missing.", "14").event, Some("missing"));
}

#[test]
fn a_currency_priced_far_back_or_with_its_country() {
    let f = one("The Ugandan shilling traded at 3,790 per dollar.", "3,790 per dollar");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("UGX/USD")));
    let s = "The rand has lost about 9 percent against the dollar since March, trading at 18.95 per dollar on Friday.";
    assert_eq!(one(s, "18.95 per dollar").unit.as_deref(), Some("ZAR/USD"));
    // No currency named before it: a count.
    assert_eq!(one("Tickets sold at 40 per dollar of credit.", "40").kind, FigureKind::Count);
}

#[test]
fn over_after_hand_or_turn_belongs_to_the_verb() {
    let f = one("The carmaker handed over 412,300 vehicles in the quarter.", "412,300");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::Exact, Some(412300.0), Some(412300.0)));
    assert_eq!(one("The bank turned over 1,200 files to regulators.", "1,200").qualifier, Qualifier::Exact);
    // Still "more than" after other verbs.
    assert_eq!(one("The ferry carried over 300 passengers.", "over 300").qualifier, Qualifier::Over);
}

#[test]
fn a_part_in_words_after_a_comma_keeps_its_own_event() {
    let s = "Nineteen workers were in the shaft; 12 were lifted out, three of them with serious injuries.";
    assert_eq!(one(s, "12").event, None);
    assert_eq!(one(s, "three").event, Some("injured"));
}

#[test]
fn what_became_of_the_counted_is_no_part_of_it() {
    let f = one("Blaze near Izmir leaves one pilot dead", "one");
    assert_eq!((f.counted.as_deref(), f.event), (Some("pilot"), Some("killed")));
    assert_eq!(one("Floods leave 200 families homeless", "200").counted.as_deref(), Some("families"));
}

#[test]
fn years_and_centuries_of_the_era() {
    let f = one("A warship sunk in 241 BC lies off the coast.", "241 BC");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("-0240")));
    assert_eq!(one("Caesar was killed in 44 B.C. in Rome.", "44 B.C.").iso.as_deref(), Some("-0043"));
    assert_eq!(one("Vesuvius buried Pompeii in AD 79.", "AD 79").iso.as_deref(), Some("0079"));
    let f = one("A ship of the 1st century BC was found.", "1st century BC");
    assert_eq!((f.kind, f.iso), (FigureKind::Date, None));
    assert_eq!(one("A coin of the 2nd century AD was found.", "2nd century AD").iso.as_deref(), Some("01XX"));
    // No count of 241 left inside.
    assert!(figs("A warship sunk in 241 BC lies off the coast.").iter().all(|f| f.kind == FigureKind::Date));
}

#[test]
fn a_clause_of_whose_has_its_own_event() {
    let f = one("The state will pay 4,000 euros to each family whose home was destroyed.", "4,000 euros");
    assert_eq!(f.event, None);
    // Damage itself still is.
    assert_eq!(one("The storm destroyed 40 homes.", "40").event, Some("damaged"));
}

#[test]
fn less_than_a_year_earlier_after_a_figure_is_its_comparison() {
    let s = "The mine produced 1.2 million tonnes, about 8% less than a year earlier.";
    let f = one(s, "a year earlier");
    assert_eq!((f.kind, f.qualifier), (FigureKind::Date, Qualifier::Exact));
    // Alone it still qualifies a length of time.
    assert_eq!(one("He left less than a year earlier.", "less than a year earlier").qualifier, Qualifier::Under);
    // The same before "ago" ("higher than a year ago" and "more than a year ago" were dates
    // qualified "over" before: checked when written).
    let f = one("Sales were 5% higher than a year ago.", "a year ago");
    assert_eq!((f.kind, f.qualifier), (FigureKind::Date, Qualifier::Exact));
    let f = one("The firm employs 48,000 people, 6,000 more than a year ago.", "a year ago");
    assert_eq!((f.kind, f.qualifier), (FigureKind::Date, Qualifier::Exact));
    assert_eq!(one("He left more than a year ago.", "more than a year ago").qualifier, Qualifier::Over);
}

#[test]
fn a_sum_written_without_its_currency_takes_the_one_the_sentence_just_named() {
    // Each had been a count of nothing.
    let s = "The club paid 38 million and 52 million pounds for the two strikers.";
    let f = one(s, "38 million");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Money, Some("GBP"), Some(38e6)));
    let s = "The bank earned 2.1 billion francs in the first half, nearly twice the 1.2 billion it made a year before.";
    let f = one(s, "1.2 billion");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("CHF")));
    // A conversion in parentheses is passed over for the currency the sentence is in.
    let s = "He joins for 30 million euros ($32.4 million) plus up to 8 million in bonuses.";
    assert_eq!(one(s, "up to 8 million").unit.as_deref(), Some("EUR"));
    // Not across a percentage, nor a count of something, nor into the next sentence.
    let s = "Revenue was 900 million euros as visitor numbers rose 4% to 12.5 million.";
    assert_eq!(one(s, "12.5 million").kind, FigureKind::Count);
    let s = "Sales reached 3 billion euros. The city has 2.4 million.";
    assert_eq!(one(s, "2.4 million").kind, FigureKind::Count);
    let s = "It spent 5 billion euros to reach 40 million households.";
    assert_eq!(one(s, "40 million").kind, FigureKind::Count);
}

#[test]
fn a_second_count_standing_alone_counts_what_the_first_did() {
    // Each second count had counted nothing.
    let s = "The floods killed 210 people in Peru and about 90 in Ecuador, officials said.";
    let f = one(s, "about 90");
    assert_eq!((f.counted.as_deref(), f.event), (Some("people"), Some("killed")));
    let s = "A bus overturned on Sunday, killing one passenger and injuring 23, police said.";
    let f = one(s, "23");
    assert_eq!((f.counted.as_deref(), f.event), (Some("passengers"), Some("injured")));
    // A verb of its own between keeps its own event, if any ("poisoned" names none).
    let s = "The tainted gin killed 12 villagers and sickened 80.";
    let f = one(s, "80");
    assert_eq!((f.counted.as_deref(), f.event), (Some("villagers"), None));
    // Not a count of something else, nor one before a noun.
    let s = "Rebels seized 14 trucks in Goma and 3 tanks in Bunia.";
    assert_eq!(one(s, "3").counted.as_deref(), Some("tanks"));
    let s = "Police arrested 40 men in May and 12 more women later.";
    assert_ne!(one(s, "12").counted.as_deref(), Some("men"));
}

#[test]
fn a_number_hanging_on_its_hyphen_shares_the_unit_after_the_next() {
    // "25-" had been a count of nothing and "30-metre" a length alone.
    let f = one("The 25- to 30-metre trawler sank off the cape.", "25- to 30-metre");
    assert_eq!((f.kind, f.low, f.high, f.unit.as_deref()), (FigureKind::Quantity, Some(25.0), Some(30.0), Some("m")));
    let f = one("They face a 10- to 15-year sentence.", "10- to 15-year");
    assert_eq!((f.kind, f.low, f.high, f.unit.as_deref()), (FigureKind::Duration, Some(10.0), Some(15.0), Some("year")));
}

#[test]
fn a_clause_of_that_keeps_the_event_before_it_from_the_count_after() {
    // "Survivors" had made the 600 on board rescued.
    let f = one("Survivors told police that up to 600 people had been on board.", "up to 600");
    assert_eq!(f.event, None);
    // The verb inside the clause still counts.
    let f = one("Officials said that 12 people were killed.", "12");
    assert_eq!(f.event, Some("killed"));
}

#[test]
fn a_quoted_vague_amount_counts_what_follows_in_tokenized_text_too() {
    for s in ["It would create \"tens of thousands\" of jobs.", "It would create \" tens of thousands \" of jobs ."] {
        let f = figs(s).into_iter().find(|f| f.qualifier == Qualifier::Vague).expect("a vague amount");
        assert_eq!(f.counted.as_deref(), Some("jobs"), "{s:?}");
    }
}

#[test]
fn a_small_word_inside_a_hyphenated_compound_keeps_the_counted_phrase_going() {
    // Both had counted nothing: "and" ended the phrase.
    assert_eq!(one("About 900 search-and-rescue personnel were deployed.", "About 900").counted.as_deref(), Some("search-and-rescue personnel"));
    assert_eq!(one("Some 60 rank-and-file members quit the union.", "Some 60").counted.as_deref(), Some("rank-and-file members"));
    // Coordination outside a compound is unchanged.
    assert_eq!(one("Rebels freed 12 soldiers and police.", "12").counted.as_deref(), Some("soldiers and police"));
}

#[test]
fn a_weekday_after_said_is_the_saying_in_the_past_whatever_the_clause_before_promised() {
    // Reference Friday 2024-03-15. "will" before the comma had sent the saying a week ahead.
    let f = one("The ministers will meet in Oslo next month, a spokesman said on Tuesday.", "Tuesday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-12"));
    let f = one("He is likely to be replaced, the newspaper reported on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-11"));
    // "likely to" before the date, with no saying between, looks ahead; so does "expect".
    let f = one("The minister is likely to resign on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-18"));
    let f = one("Analysts expect the first rate cut in June.", "June");
    assert_eq!(f.iso.as_deref(), Some("2024-06"));
    // The saying's own clause can still look ahead.
    let f = one("Officials said the talks will resume on Tuesday.", "Tuesday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-19"));
}

#[test]
fn a_schedule_in_the_present_and_ahead_of_look_ahead_near_their_date() {
    // Reference Friday 2024-03-15. These had all been read in the past.
    let f = one("The final round starts in Perth on Sunday.", "Sunday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-17"));
    let f = one("Her suspension ends on April 2, the club said.", "April 2");
    assert_eq!(f.iso.as_deref(), Some("2024-04-02"));
    let f = one("Shares rose ahead of results on Tuesday.", "Tuesday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-19"));
    // Not a clause further on, nor the noun ("loose ends").
    let f = one("Ahead of a vote on April 2, the council on Monday closed two roads.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-11"));
    let f = one("He tied up loose ends at the office and flew home to Lagos on Sunday.", "Sunday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-10"));
}

#[test]
fn a_bound_after_of_them_is_an_age() {
    // "over 75" had been a count of nothing.
    let f = one("Twenty people died in the heat, most of them over 75.", "over 75");
    assert_eq!((f.kind, f.low), (FigureKind::Age, Some(75.0)));
    // Not a count with its noun ("gave them over 50 blankets").
    assert_eq!(one("Volunteers gave them over 50 blankets.", "over 50").kind, FigureKind::Count);
}

#[test]
fn plurals_kept_from_latin_and_old_english_are_counted() {
    // Each had counted nothing.
    assert_eq!(one("Divers found hundreds of amphorae on the seabed.", "hundreds").counted.as_deref(), Some("amphorae"));
    assert_eq!(one("The lab bred 40 mice for the trial.", "40").counted.as_deref(), Some("mice"));
}

#[test]
fn a_part_of_a_named_whole_counts_what_the_whole_counts() {
    // "29" had counted nothing (only "of the state's" was read so).
    for s in ["Floods hit 29 of Nigeria's 36 states.", "Floods hit 29 of Nigeria 's 36 states .", "Floods hit 29 of the country 's 36 states ."] {
        assert_eq!(one(s, "29").counted.as_deref(), Some("states"), "{s:?}");
    }
    // With nothing between the two numbers but "of".
    assert_eq!(one("The cut was backed by 17 of 23 analysts.", "17").counted.as_deref(), Some("analysts"));
    assert_eq!(one("Our club won four of six finals .", "four").counted.as_deref(), Some("finals"));
}

#[test]
fn a_past_verb_right_before_a_date_outweighs_a_modal_before_it() {
    // Reference Friday 2024-03-15. "may" had sent this Monday ahead (2024-03-18).
    let f = one("A new pill may cut the risk of stroke, according to a trial published on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-11"));
    let f = one("Profit could rise in the year that ended Jan. 31, the company said.", "Jan. 31");
    assert_eq!(f.iso.as_deref(), Some("2024-01-31"));
    // With a particle between the verb and its day ("could" had sent it a week ahead).
    let f = one("A probe built to learn whether the moon could hold life blasted off on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-11"));
    let f = one("A lander that could dig for ice will take off on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-18"));
    // A passive after "be" looks ahead still, and so does a clause of time.
    let f = one("The results will be published on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-18"));
    let f = one("A vote is due to be held when the council reconvened on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-18"));
}

#[test]
fn set_for_and_slated_for_look_ahead() {
    // Reference Friday 2024-03-15. Both had been read in the past (2023-09-12, 2023-11).
    let f = one("Sentencing is set for Sept. 12.", "Sept. 12");
    assert_eq!(f.iso.as_deref(), Some("2024-09-12"));
    let f = one("The plant is slated for a November sale.", "November");
    assert_eq!(f.iso.as_deref(), Some("2024-11"));
}

#[test]
fn a_second_count_before_its_own_verb_counts_what_the_first_did() {
    // "more than 300" and "another 9,000" had counted nothing.
    let s = "At least 43 people were killed and more than 300 injured in the quake.";
    assert_eq!(one(s, "more than 300").counted.as_deref(), Some("people"));
    assert_eq!(one(s, "more than 300").event, Some("injured"));
    let s = "Some 2,400 homes had been destroyed and another 9,000 damaged , officials said .";
    assert_eq!(one(s, "9,000").counted.as_deref(), Some("homes"));
    // Not across a sentence; a count with its own noun keeps it.
    assert_eq!(one("Nine people were killed. And 300 injured in the blast were treated.", "300").counted, None);
    assert_eq!(one("Two soldiers were killed and 15 civilians wounded.", "15").counted.as_deref(), Some("civilians"));
}

#[test]
fn a_second_count_before_its_own_passive_counts_what_the_first_did() {
    // "nearly 400" had counted nothing.
    let s = "More than 1,900 homes were damaged and nearly 400 were destroyed, officials said.";
    assert_eq!(one(s, "nearly 400").counted.as_deref(), Some("homes"));
    let s = "Some 60 people have been detained and 12 have been hospitalized .";
    assert_eq!(one(s, "12").counted.as_deref(), Some("people"));
    // Not a verb that is no event's, nor across a sentence.
    assert_eq!(one("More than 1,900 homes were damaged and nearly 400 were empty.", "nearly 400").counted, None);
    assert_eq!(one("Nine people were killed. And 30 were injured in the blast.", "30").counted, None);
}

#[test]
fn a_count_stops_at_an_irregular_past_verb_and_reads_through_a_gerund_modifier() {
    // "people cast ballots" and "advanced graphics" had been what was counted.
    assert_eq!(one("About 1.5 million people cast ballots on Sunday.", "About 1.5 million").counted.as_deref(), Some("people"));
    assert_eq!(one("It will install 20,000 advanced graphics processing units.", "20,000").counted.as_deref(), Some("advanced graphics processing units"));
    assert_eq!(one("The town opened 40 mobile polling stations .", "40").counted.as_deref(), Some("mobile polling stations"));
    // Not a verb glued into a modifier, nor one after a plural noun in "-ing".
    assert_eq!(one("The navy bought two Korean-built frigates.", "two").counted.as_deref(), Some("Korean-built frigates"));
    assert_eq!(one("Some 300 people carrying flags marched.", "Some 300").counted.as_deref(), Some("people"));
    // "hit" is a noun unless what it hit follows.
    assert_eq!(one("The pitcher allowed one Boston hit in the ninth.", "one").counted.as_deref(), Some("Boston hit"));
}

#[test]
fn a_quantity_in_a_span_of_time_is_a_rate() {
    // Each had kept the bare unit ("t", "bbl", "m³"), and "per second" had been a rank.
    let f = one("The smelter can process 2 million tonnes a year.", "2 million tonnes");
    assert_eq!(f.unit.as_deref(), Some("t/year"));
    let f = one("The dam released 3,000 cubic metres per second.", "3,000 cubic metres");
    assert_eq!(f.unit.as_deref(), Some("m³/s"));
    assert!(figs("The dam released 3,000 cubic metres per second.").iter().all(|f| f.kind != FigureKind::Ordinal));
    // Hyphens glue the words of time into the span.
    let f = one("Its 90,000 barrel-per-day plant shut.", "90,000 barrel-per-day");
    assert_eq!(f.unit.as_deref(), Some("bbl/d"));
    // Not a date after it, nor a rank ("a second well").
    assert_eq!(one("The level fell 5 metres a day after the storm.", "5 metres").unit.as_deref(), Some("m"));
    assert_eq!(one("Crews drilled a second well.", "second").kind, FigureKind::Ordinal);
}

#[test]
fn in_and_a_length_of_time_ahead_of_a_future_verb_is_a_date() {
    // Reference Friday 2024-03-15. "two weeks" had been a length of time only.
    let f = one("The runoff will be held in two weeks.", "in two weeks");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024-W13")));
    let f = one("The mine is expected to reopen in three years.", "in three years");
    assert_eq!(f.iso.as_deref(), Some("2027"));
    assert_eq!(one("The loan will be repaid in 10 days.", "in 10 days").iso.as_deref(), Some("2024-03-25"));
    // Not without a future, nor hours, nor a length of something.
    assert_eq!(one("Prices rose 5% in two weeks.", "two weeks").kind, FigureKind::Duration);
    assert_eq!(one("The talks will resume in two hours.", "two hours").kind, FigureKind::Duration);
    assert_eq!(one("He will return in two weeks of talks.", "two weeks").kind, FigureKind::Duration);
    // Nor a record's span, though a verb of the future comes before it.
    assert_eq!(one("Analysts expect the slowest growth in six years.", "six years").kind, FigureKind::Duration);
}

#[test]
fn a_clause_in_the_past_after_a_comma_and_while_holds_its_month() {
    // Reference Friday 2024-03-15; "November" had gone ahead on "would".
    let f = one("Acme said it would cut 800 roles, while Borin fired 1,100 staff in November.", "November");
    assert_eq!(f.iso.as_deref(), Some("2023-11"));
    // Without the past, the plan still looks ahead.
    assert_eq!(one("Acme said it would cut 800 roles in November.", "November").iso.as_deref(), Some("2024-11"));
}

#[test]
fn a_scale_glued_by_a_hyphen_multiplies() {
    // "$1.5" and "10" had been read without their scale (a billion times too small).
    let f = one("It won a $1.5-billion contract.", "$1.5-billion");
    assert_eq!((f.kind, f.value), (FigureKind::Money, Some(1.5e9)));
    let f = one("The court imposed a 10-million-euro fine.", "10-million-euro");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(1e7), Some("EUR")));
    let f = one("a 2.9-billion-km trip", "2.9-billion-km");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Quantity, Some(2.9e9), Some("km")));
    assert_eq!(one("a two-billion-dollar deal", "two-billion-dollar").value, Some(2e9));
    // Not a range of years, nor a fraction.
    assert_eq!(one("the 1990-2000 period", "1990-2000").kind, FigureKind::Date);
    assert_eq!(one("a two-thirds majority", "two-thirds").kind, FigureKind::Ratio);
}

#[test]
fn a_preposition_after_a_single_thing_ends_what_is_counted() {
    // "above" and "ahead" had joined the thing counted ("point above", "step ahead").
    let f = one("The club stayed one point above the drop zone after the draw.", "one");
    assert_eq!(f.counted.as_deref(), Some("point"));
    let f = one("Regulators remain one step ahead of the banks, she said.", "one");
    assert_eq!(f.counted.as_deref(), Some("step"));
}

#[test]
fn a_speed_or_a_distance_is_not_damaged_land_is() {
    let s = "Gusts of up to 140 kph destroyed barns 20 km south of the town, and crops on 2,000 hectares were destroyed.";
    assert_eq!(one(s, "up to 140 kph").event, None);
    assert_eq!(one(s, "20 km").event, None);
    assert_eq!(one(s, "2,000 hectares").event.as_deref(), Some("damaged"));
}

#[test]
fn a_span_of_days_in_words_is_one_date() {
    // Each had been a date and a count of the last day.
    for (s, text, iso) in [
        ("Inspectors visited the plant between March 3 and 7, officials said.", "March 3 and 7", "2024-03-03/2024-03-07"),
        ("The fair will run from June 12 to 16 in Leipzig.", "June 12 to 16", "2024-06-12/2024-06-16"),
        ("Schools will close from 22 to 26 April.", "22 to 26 April", "2024-04-22/2024-04-26"),
        ("She was born on 4 May, 1961 in Turku.", "4 May, 1961", "1961-05-04"),
    ] {
        let f = one(s, text);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(iso)), "{s}");
    }
    // Not when the last number counts something ("between March 3 and 7 ships docked").
    let fs = figs("Between March 3 and 7 ships docked each day.");
    assert!(fs.iter().any(|f| f.span.slice("Between March 3 and 7 ships docked each day.") == "7" && f.kind == FigureKind::Count), "{fs:?}");
    // Nor amounts after "from" ("from 10 to 14 people").
    let fs = figs("Groups grew from 10 to 14 people.");
    assert!(!fs.is_empty() && fs.iter().all(|f| f.kind == FigureKind::Count), "{fs:?}");
}

#[test]
fn a_change_named_before_from_gives_two_levels() {
    // The verb of change a few words before "from": the old level and the new, not a range.
    let s = "The lender raised its benchmark rate from 3.75% to 4% on Tuesday.";
    assert_eq!(one(s, "3.75%").qualifier, Qualifier::Exact);
    assert_eq!(one(s, "4%").value, Some(4.0));
    let s = "The reform increased the number of council seats from 90 to 110.";
    assert_eq!(one(s, "90").value, Some(90.0));
    assert_eq!(one(s, "110").value, Some(110.0));
    // A span after "from" with no change before it stays a range.
    let f = one("Highs will range from 12 to 17C.", "from 12 to 17C");
    assert_eq!((f.qualifier, f.low, f.high), (Qualifier::Range, Some(12.0), Some(17.0)));
    // "set up" is no change: a meeting from two to five is a span.
    assert_eq!(one("They set up a panel from 4 to 6 members.", "from 4 to 6").qualifier, Qualifier::Range);
}

#[test]
fn close_numbers_after_a_verb_with_one_unit_are_a_range() {
    let f = one("Exports grew 6 to 8 percent in the quarter.", "6 to 8 percent");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Percent, Qualifier::Range, Some(6.0), Some(8.0)));
    let f = one("Fares fell 10 to 12 per cent.", "10 to 12 per cent");
    assert_eq!((f.low, f.high), (Some(10.0), Some(12.0)));
    // Far apart, the second is the new level ("rose 15 to 1,200").
    let s = "The gauge rose 15 to 1,210 percent of its base.";
    assert_eq!(one(s, "15").value, Some(15.0));
}

#[test]
fn the_old_level_takes_the_new_ones_scale_and_measure() {
    let s = "Its debt swelled from $6 to $7.5 billion over the year.";
    assert_eq!(one(s, "$6").value, Some(6e9));
    let s = "Viewers rose from 2 to 3 million.";
    assert_eq!(one(s, "2").value, Some(2e6));
    // Not where the scale would make the old level far from the new.
    assert_eq!(one("Members grew from 900 to 1.1 million.", "900").value, Some(900.0));
    let f = one("Shifts were cut to 9 hours from 12 last spring.", "12");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Duration, Some("hour")));
    let f = one("The lake sank to 41 metres from 44.", "44");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("m")));
    // A clock after "from" is no old level.
    assert_eq!(one("Talks will last for 3 hours from 10 tomorrow.", "10").kind, FigureKind::Count);
}

#[test]
fn a_quarter_ahead_that_is_under_way_is_this_one() {
    let r = Date::new(2026, 2, 9);
    let s = "The charges will be booked mostly in the first quarter.";
    let f = find_figures(s, &tokenize(s), r).into_iter().find(|f| f.span.slice(s) == "the first quarter").expect("a quarter");
    assert_eq!(f.iso.as_deref(), Some("2026-Q1"));
    let s = "Revenue rose in the fourth quarter.";
    let f = find_figures(s, &tokenize(s), r).into_iter().find(|f| f.span.slice(s) == "the fourth quarter").expect("a quarter");
    assert_eq!(f.iso.as_deref(), Some("2025-Q4"));
    // A result compared with a forecast is no look ahead.
    let s = "Exports posted a better-than-expected surplus in the second quarter.";
    let f = find_figures(s, &tokenize(s), Date::new(2026, 8, 20)).into_iter().find(|f| f.span.slice(s) == "the second quarter").expect("a quarter");
    assert_eq!(f.iso.as_deref(), Some("2026-Q2"));
}

#[test]
fn an_adjective_made_with_an_ordinal_is_no_rank() {
    let s = "First-time buyers and second-hand dealers face a third-party levy, the first in years.";
    let got: Vec<&str> = figs(s).iter().map(|f| f.span.slice(s)).collect();
    assert_eq!(got, vec!["first"]);
}

#[test]
fn holding_later_in_the_clause_is_no_detention() {
    let s = "The bloc won 54 seats, short of the 70 it held before the vote.";
    assert_eq!(one(s, "70").event, None);
    let s = "A nation of 2.1 million people that has held free elections since 1994.";
    assert_eq!(one(s, "2.1 million").event, None);
    // Captives are still held.
    assert_eq!(one("Gunmen freed 9 workers held hostage for a month.", "9").event, Some("detained"));
    assert_eq!(one("At least 15 reporters were held without charge.", "At least 15").event, Some("detained"));
}

#[test]
fn a_noun_glued_on_by_a_hyphen_is_what_is_counted() {
    let s = "Lawyers got two days to read a 250-page file before a 9-member panel ruled.";
    let f = one(s, "250-page");
    assert_eq!((f.value, f.counted.as_deref()), (Some(250.0), Some("pages")));
    assert_eq!(one(s, "9-member").counted.as_deref(), Some("members"));
    // Units, months, a golfer's score and lengths of time keep their own readings.
    let s = "She moved to 12-under 201 for the event.";
    assert!(!figs(s).iter().any(|f| f.span.slice(s) == "12-under"), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    assert_eq!(one("A 40-day ban followed.", "40-day").kind, FigureKind::Duration);
    // A number word too, but for the idioms of "one-" and of a thing named by its count.
    let s = "A five-judge bench and a twenty-two-member jury heard the case.";
    let f = one(s, "five-judge");
    assert_eq!((f.value, f.counted.as_deref()), (Some(5.0), Some("judges")));
    assert_eq!(one(s, "twenty-two-member").counted.as_deref(), Some("members"));
    let s = "He threw a four-hitter in a one-sided game before a three-way vote.";
    let spans: Vec<&str> = figs(s).iter().map(|f| f.span.slice(s)).collect();
    assert!(!spans.iter().any(|t| t.contains('-')), "{spans:?}");
    // A headline's "- source" after the count is no compound.
    let s = "Flood toll put at nine-agency .\nThe agency said nine people died.";
    assert!(!figs(s).iter().any(|f| f.span.slice(s).contains('-')));
    assert_eq!(one("It was a 30-page, densely argued brief.", "30-page").counted.as_deref(), Some("pages"));
}

#[test]
fn a_pair_of_verbs_before_another_count_is_that_counts_event() {
    let s = "The blaze spread to over 900 hectares overnight and destroyed or damaged at least 25 homes.";
    assert_eq!(one(s, "over 900 hectares").event, None);
    assert_eq!(one(s, "at least 25").event, Some("damaged"));
}

#[test]
fn bitcoin_sign_and_satoshis_are_money() {
    // A bare count and no figure before (checked when written).
    let f = one("The supply is capped at ₿21,000,000.", "₿21,000,000");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(21e6), Some("BTC")));
    // A sub-unit keeps its stated number, as cents do.
    let f = one("Fees fell to 12 satoshis per byte.", "12 satoshis");
    assert_eq!((f.kind, f.value), (FigureKind::Money, Some(12.0)));
    assert_eq!(f.unit.as_deref().map(|u| u.starts_with("satoshi")), Some(true));
}

#[test]
fn letters_glued_to_a_decimal_amount_keep_its_whole_value() {
    // Before, each was read "5 crore" or "5 billion": the letters took the "2" and the point
    // split off (checked when written).
    let f = one("The bridge cost Rs2.5 crore.", "Rs2.5 crore");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(2.5e7), Some("INR")));
    let f = one("The county lost Sh2.5 billion.", "Sh2.5 billion");
    assert_eq!((f.value, f.unit.as_deref()), (Some(2.5e9), Some("KES")));
    assert_eq!(one("A Dh1.2 billion tower.", "Dh1.2 billion").unit.as_deref(), Some("AED"));
    // A whole amount before an Indian scale too (no figure before: checked when written).
    assert_eq!(one("A Rs25 crore plan.", "Rs25 crore").value, Some(2.5e8));
    // Letters no list knows: the amount whole, no currency guessed.
    let f = one("The mine cost K2.5 billion.", "2.5 billion");
    assert_eq!((f.kind, f.value), (FigureKind::Count, Some(2.5e9)));
    // A version's digits after its point are no figure; models and roads stay words.
    assert!(figs("Install v2.5 now.").is_empty());
    assert!(figs("F16 jets, N95 masks and the G7 met on the M25.").iter().all(|f| f.kind != FigureKind::Money));
    // Spaced, only the unambiguous letters: "SR 520" is a road.
    assert!(figs("Take the SR 520 bridge.").iter().all(|f| f.kind != FigureKind::Money));
}

#[test]
fn the_egyptian_pound_sign_is_no_sterling() {
    // Pounds sterling before (checked when written).
    let f = one("The canal earned E£2.5 billion in May.", "E£2.5 billion");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Money, Some(2.5e9), Some("EGP")));
    // A spaced "E" is no part of it.
    assert_eq!(one("Plan E £5 fee.", "£5").unit.as_deref(), Some("GBP"));
}

#[test]
fn a_bound_on_the_age_of_is_an_age_with_its_bound() {
    // Before: an exact age of five, the bound left out of the span (checked when written).
    let f = one("Children under the age of five were vaccinated first.", "under the age of five");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Age, Qualifier::Under, None, Some(5.0)));
    let f = one("Anyone above the age of 70 may vote by post.", "above the age of 70");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Age, Qualifier::Over, Some(70.0), None));
    // The plain phrase stays an exact age.
    assert_eq!(one("She left school at the age of 16.", "16").qualifier, Qualifier::Exact);
}

#[test]
fn a_rate_per_a_scale_word_is_the_figures_unit() {
    // Before: plain counts with no unit (checked when written).
    let s = "The region logged 1,608 cases per million people and 3 deaths per thousand births.";
    assert_eq!(one(s, "1,608").unit.as_deref(), Some("per million people"));
    assert_eq!(one(s, "3").unit.as_deref(), Some("per thousand births"));
    // A number after the scale word is the base itself, read by the older rule.
    assert_eq!(one("It had 12 deaths per 100,000 residents.", "12").unit.as_deref(), Some("per 100,000 residents"));
    // A rate in another sentence is not this figure's.
    assert_eq!(one("Police held 40 men. Per million, that is few.", "40").unit, None);
}

#[test]
fn a_decade_of_life_listed_after_another_is_an_age_too() {
    // Before: "early 20s" no figure, "late teens" 13 to 19 (checked when written).
    let s = "Most were in their late teens or early 20s.";
    let f = one(s, "late teens");
    assert_eq!((f.low, f.high), (Some(17.0), Some(19.0)));
    let f = one(s, "early 20s");
    assert_eq!((f.kind, f.low, f.high), (FigureKind::Age, Some(20.0), Some(23.0)));
    assert_eq!(one("Two men in their 50s and 60s.", "60s").kind, FigureKind::Age);
    // Without a possessive before the first, neither is a person's age.
    assert!(figs("Music of the 50s and 60s.").iter().all(|f| f.kind != FigureKind::Age));
}

#[test]
fn by_a_figure_to_another_is_a_change_and_a_level() {
    // Before: one range from a third to 4.2 billion, and "half to $3 million" a range too
    // (checked when written).
    let s = "Net debt fell by a third to 4.2 billion euros.";
    assert!(one(s, "a third").value.is_some_and(|v| (v - 1.0 / 3.0).abs() < 1e-9));
    assert_eq!(one(s, "4.2 billion euros").value, Some(4.2e9));
    let s = "Sales were cut by half to $3 million.";
    assert_eq!(one(s, "$3 million").qualifier, Qualifier::Exact);
    // Two close numbers with one unit after both stay the range of the change.
    assert_eq!(one("Prices rose by 3 to 4 percent.", "3 to 4 percent").qualifier, Qualifier::Range);
}

#[test]
fn pacific_currencies_by_name() {
    // A plain count before (checked when written).
    let f = one("The government released 1.5 million kina in aid.", "1.5 million kina");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Money, Some("PGK")));
    assert_eq!(one("It cost 900 vatu.", "900 vatu").unit.as_deref(), Some("VUV"));
}

#[test]
fn short_of_after_a_number_is_nothing_counted() {
    // Before: "one" counted "short", and "shy" (checked when written). A lone "one" with
    // nothing counted is no figure, as elsewhere; "two" stays a bare count.
    for s in ["It was one short of his best tally.", "He is one shy of the record."] {
        assert!(figs(s).iter().all(|f| f.counted.is_none()), "{s}");
    }
    assert_eq!(one("She finished two shy of the record.", "two").counted, None);
    // An adjective before a noun stays part of what is counted.
    assert_eq!(one("He played three short matches.", "three").counted.as_deref(), Some("short matches"));
}

#[test]
fn a_chance_of_something_in_a_month_looks_ahead() {
    // The reference is 2024-03-15. Before, each was last year's (checked when written).
    let f = one("Traders now see a 60% chance of a first cut in September.", "September");
    assert_eq!(f.iso.as_deref(), Some("2024-09"));
    let f = one("Markets price the odds of a hike in July at one in three.", "July");
    assert_eq!(f.iso.as_deref(), Some("2024-07"));
    // A chance taken in the past stays there.
    let f = one("She had no chance to rest, and the strike began in September.", "September");
    assert_eq!(f.iso.as_deref(), Some("2023-09"));
}

#[test]
fn a_band_of_a_decade_is_a_range() {
    // Before, none of these was a figure (checked when written).
    let s = "Night-time temperatures stayed in the high 20s, and sales grew in the low single digits.";
    let f = one(s, "high 20s");
    assert_eq!((f.kind, f.qualifier, f.low, f.high), (FigureKind::Count, Qualifier::Range, Some(27.0), Some(29.0)));
    let f = one(s, "low single digits");
    assert_eq!((f.low, f.high), (Some(1.0), Some(3.0)));
    let f = one("Support sits in the low teens and turnout in the upper forties.", "upper forties");
    assert_eq!((f.low, f.high), (Some(47.0), Some(49.0)));
    // "the mid-90s" is as often a decade of years: left alone here; "a low 5" is no band.
    assert!(figs("It was popular in the mid 90s.").iter().all(|f| f.qualifier != Qualifier::Range || f.low != Some(93.0)));
    assert!(figs("The lower deck and the high road.").is_empty());
}

#[test]
fn people_buried_are_dead_and_buried_houses_damaged() {
    // Before: no event for either (checked when written).
    let s = "Aid agencies said over 300 people and 1,182 houses were buried.";
    assert_eq!(one(s, "over 300").event, Some("killed"));
    assert_eq!(one(s, "1,182").event, Some("damaged"));
    // A headline's count before "feared buried" too.
    assert_eq!(one("More than 300 feared buried in landslide", "More than 300").event, Some("killed"));
}

#[test]
fn double_or_triple_before_a_possessive_or_after_a_qualifier_is_a_ratio() {
    // Before, none was a figure (checked when written).
    let f = one("It aims to sell 42,000 cars, more than double its 2021 sales.", "more than double");
    assert_eq!((f.kind, f.qualifier, f.low), (FigureKind::Ratio, Qualifier::Over, Some(2.0)));
    assert_eq!(one("Profit was nearly triple last year's.", "nearly triple").high, Some(3.0));
    assert_eq!(one("The fine is double what it was.", "double").kind, FigureKind::Ratio);
    // An adjective, digits and a preposition stay no ratio.
    for s in ["Inflation hit nearly double digits.", "It was a double murder.", "Police held five over double killing."] {
        assert!(figs(s).iter().all(|f| f.kind != FigureKind::Ratio), "{s}");
    }
}

#[test]
fn one_person_named_by_a_noun_who_is_a_number_is_that_age() {
    // Before, bare counts (checked when written).
    let s = "Two were in critical condition; the youngest victim was 14.";
    assert_eq!(one(s, "14").kind, FigureKind::Age);
    assert_eq!(one("The driver is 82 and the boy was 9, police said.", "9").kind, FigureKind::Age);
    // Not a measure or a score after the same words.
    assert_eq!(one("The man was 40 minutes late.", "40 minutes").kind, FigureKind::Duration);
    assert_eq!(one("The score was 14 at half-time.", "14").kind, FigureKind::Count);
}

#[test]
fn a_chance_of_the_event_before_a_percent_and_places_taking_a_part_suffer_none() {
    // Before, both "killed" (checked when written).
    assert_eq!(one("The pill reduced the risk of death by 20% in older adults.", "20%").event, None);
    assert_eq!(one("It cut the risk of heart attacks, strokes and deaths by a fifth.", "a fifth").event, None);
    let s = "Floods have killed 1,200 people in 31 of the 36 states.";
    assert_eq!(one(s, "31").counted.as_deref(), Some("states"));
    assert_eq!(one(s, "31").event, None);
    // A change in the deaths themselves keeps the event; so do the people.
    assert_eq!(one("Road deaths fell by 20% last year.", "20%").event, Some("killed"));
    assert_eq!(one(s, "1,200").event, Some("killed"));
}

#[test]
fn a_part_after_a_verb_of_scoring_is_the_goals_rank() {
    // Both had been shares (a third, a quarter).
    for (s, n, v) in [("Pavlidis added a third in stoppage time.", "third", 3.0), ("Silva added a fourth after the break.", "fourth", 4.0)] {
        let f = one(s, n);
        assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(v)), "{s}");
    }
    // A share stays one, after such a verb too when "of" follows.
    let f = one("Exports added a third of the growth.", "a third");
    assert_eq!((f.kind, f.value.map(|v| (v * 1000.0).round())), (FigureKind::Ratio, Some(333.0)));
    assert_eq!(one("Prices rose by a third.", "a third").kind, FigureKind::Ratio);
}

#[test]
fn a_year_before_its_games_or_its_levels_is_a_date() {
    // Each had been a count of 2028 "Olympics", of 1990 "levels".
    for (s, y) in [
        ("Organisers said the 2028 Olympics would cost more than planned.", "2028"),
        ("Kenya's 2030 Games bid was dropped.", "2030"),
        ("Output must fall 45% below 1990 levels by the end of the plan.", "1990"),
        ("Traffic is back to 2019 levels at most ports.", "2019"),
    ] {
        let f = one(s, y);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(y)), "{s}");
    }
    // A people's name in the plural stays counted; so does a plain count before "levels".
    assert_eq!(one("The 2000 Canadians on board were safe.", "2000").kind, FigureKind::Count);
    assert_eq!(one("The tower has 120 levels.", "120").kind, FigureKind::Count);
}

#[test]
fn days_of_work_or_trade_are_a_length_of_time() {
    // Each had been a count of "working days", "business days", "full days".
    for (s, n, v) in [
        ("Forms must come back within twenty working days.", "twenty working days", 20.0),
        ("Refunds take 10 business days.", "10 business days", 10.0),
        ("The talks ran for three full days.", "three full days", 3.0),
    ] {
        let f = one(s, n);
        assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(v), Some("day")), "{s}");
    }
}

#[test]
fn one_morning_is_a_time_not_a_count() {
    // Each had been a count of one "morning", "evening", "night".
    for s in ["If he wakes up one morning and quits, so be it.", "One evening the lights went out.", "One night, the river rose."] {
        assert!(figs(s).is_empty(), "{s}: {:?}", figs(s));
    }
    // A length of one day stays, and so does one of something else.
    assert_eq!(one("Rivals had only one day to test the robot.", "one day").kind, FigureKind::Duration);
    assert_eq!(one("The side won one match in May.", "one").counted.as_deref(), Some("match"));
}

#[test]
fn this_decade_and_the_end_of_the_century_are_dates() {
    // None of these had been found (and "Last century" had been the hundred years up to now).
    for (s, n, iso) in [
        ("Demand will double by the end of the decade, the agency said.", "the end of the decade", "202X"),
        ("Rates should stay low for the rest of the decade.", "the rest of the decade", "202X"),
        ("Wages have barely moved this decade.", "this decade", "202X"),
        ("Seas could rise a metre by the end of the century.", "the end of the century", "20XX"),
        ("Last century the town had two mills.", "Last century", "19XX"),
    ] {
        let f = one(s, n);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(iso)), "{s}");
    }
    // "the last century" is still the hundred years up to the reference date.
    assert_eq!(one("The lake shrank over the last century.", "the last century").iso.as_deref(), Some("1924-03-15/2024-03-15"));
}

#[test]
fn a_date_a_change_takes_effect_is_ahead_and_a_split_is_a_ratio() {
    // Reference 2024-03-15. "announced" put both dates a year back; the split was a count of 10.
    let s = "The firm announced a 10-for-1 stock split, effective April 2.";
    assert_eq!(one(s, "April 2").iso.as_deref(), Some("2024-04-02"));
    let f = one(s, "10-for-1");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(10.0)));
    assert_eq!(one("The rule, which was approved, takes effect on April 1.", "April 1").iso.as_deref(), Some("2024-04-01"));
    // And the day a dividend is paid (had been last year's).
    assert_eq!(one("The board declared a dividend of 24 cents, payable on April 4.", "April 4").iso.as_deref(), Some("2024-04-04"));
    // Without it, a past sentence keeps last year's date.
    assert_eq!(one("The firm announced a split on April 2.", "April 2").iso.as_deref(), Some("2023-04-02"));
}

#[test]
fn a_month_before_last_or_next_year_is_dated_by_it() {
    // Reference 2024-03-15. Each had been a month of 2024 (or 2023) and a year apart.
    for (s, n, iso) in [
        ("The outbreak began in August last year.", "August last year", "2023-08"),
        ("Talks resume in May next year.", "May next year", "2025-05"),
        ("He was arrested on Jan. 5 this year.", "Jan. 5 this year", "2024-01-05"),
        ("The deal lapsed in June of last year.", "June of last year", "2023-06"),
    ] {
        let f = one(s, n);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(iso)), "{s}");
    }
    // The year a possessive makes another noun's stays apart.
    let s = "In June last year's rules lapsed.";
    assert_eq!(one(s, "June").iso.as_deref(), Some("2023-06"));
    assert_eq!(one(s, "last year").iso.as_deref(), Some("2023"));
}

#[test]
fn a_reading_after_magnitude_at_or_of_is_a_magnitude() {
    // Both had been bare counts.
    for (s, n, v) in [("The agency put its magnitude at 6.8 after a review.", "6.8", 6.8), ("The tremor had a magnitude of 5.2, officials said.", "5.2", 5.2)] {
        let f = one(s, n);
        assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Quantity, Some("magnitude"), Some(v)), "{s}");
    }
    // Not a count after another noun and "of".
    assert_eq!(one("It had a population of 5,200 people.", "5,200").kind, FigureKind::Count);
}

#[test]
fn plural_year_olds_are_ages() {
    // "eight-year-olds" had been a length of eight years.
    for (t, span, v) in [("The clinic vaccinated 400 five-year-olds in May.", "five-year-olds", 5.0), ("a league for 12-year-olds", "12-year-olds", 12.0)] {
        let f = one(t, span);
        assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Age, Some(v), Some("year")), "{t}");
    }
}

#[test]
fn a_share_before_a_verb_is_a_share() {
    // "a third were …" had been the ordinal third; "a quarter voted" no figure at all.
    for (t, span, v) in [("Of the 900 pupils, a third were absent.", "a third", 1.0 / 3.0), ("Only a quarter voted.", "a quarter", 0.25), ("Roughly a fifth said they would move.", "Roughly a fifth", 0.2)] {
        let f = one(t, span);
        assert_eq!(f.kind, FigureKind::Ratio, "{t}");
        assert!((f.value.unwrap() - v).abs() < 1e-9, "{t}: {:?}", f.value);
    }
    // Before a noun it is still a rank.
    let f = one("She won a third term.", "third");
    assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(3.0)));
}

#[test]
fn over_a_length_of_something_recorded_is_more_than_it() {
    // "over" had been read as "during" here, as it is in "agreed over two days of talks".
    let f = one("Detectives reviewed over 300 hours of video from the station.", "over 300 hours");
    assert_eq!((f.kind, f.low, f.high, f.qualifier), (FigureKind::Duration, Some(300.0), None, Qualifier::Over));
    let f = one("The deal was agreed over two days of talks.", "two days");
    assert_eq!((f.kind, f.qualifier), (FigureKind::Duration, Qualifier::Exact));
}

#[test]
fn an_age_after_a_name_ending_in_a_hyphenated_part() {
    // "Han Duck-soo, 75," had been a count: the word before the comma is in lower case.
    for (t, span) in [("Prime Minister Kim Min-jae, 75, became acting president.", "75"), ("Its leader, Park Soo-yeon, 61, resigned.", "61")] {
        let f = one(t, span);
        assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Age, Some("year")), "{t}");
    }
    // Not after a compound in lower case alone.
    let f = one("They bought a well-known, 75, …", "75");
    assert_ne!(f.kind, FigureKind::Age);
}

#[test]
fn a_stop_word_glued_after_a_hyphen_is_part_of_what_is_counted() {
    // "battery-only", "warm-up", "knock-out" had ended the phrase at their small word.
    assert_eq!(one("The carmaker sold 1.76 million battery-only vehicles last year.", "1.76 million").counted.as_deref(), Some("battery-only vehicles"));
    assert_eq!(one("The side will play four warm-up matches in May.", "four").counted.as_deref(), Some("warm-up matches"));
    // A stop word standing apart still ends it.
    assert_eq!(one("The carmaker sold 300 only to dealers.", "300").counted, None);
}

#[test]
fn a_stop_told_in_the_past_lasts_until_a_day_ahead() {
    // The reference, 2024-03-15, is a Friday. Before, the past verb made each the past week's.
    assert_eq!(one("The airport cancelled all flights until Monday.", "Monday").iso.as_deref(), Some("2024-03-18"));
    assert_eq!(one("The hearing was adjourned until Wednesday.", "Wednesday").iso.as_deref(), Some("2024-03-20"));
    // A story of the past that goes on after the date, or no stop: the past week's.
    assert_eq!(one("The road was closed until Monday, when crews reopened it.", "Monday").iso.as_deref(), Some("2024-03-11"));
    assert_eq!(one("He stayed in Oslo until Monday.", "Monday").iso.as_deref(), Some("2024-03-11"));
    // A month before the reference's is next year's (it had been this year's, already past).
    assert_eq!(one("She has been released on bail until February 2.", "February 2").iso.as_deref(), Some("2025-02-02"));
    assert_eq!(one("The road was closed until February 2, when crews reopened it.", "February 2").iso.as_deref(), Some("2024-02-02"));
}

#[test]
fn over_places_after_another_figure_is_above_them() {
    // "over 13" had read "more than 13".
    let f = one("Air defences shot down 138 drones over 13 regions overnight.", "13");
    assert_eq!((f.qualifier, f.value, f.counted.as_deref()), (Qualifier::Exact, Some(13.0), Some("regions")));
    // After a preposition, or with no figure before, "over" is "more than".
    assert_eq!(one("The band sold 2 million copies in over 30 countries.", "over 30").qualifier, Qualifier::Over);
    assert_eq!(one("Fans came from over 30 countries.", "over 30").qualifier, Qualifier::Over);
}

#[test]
fn a_count_at_a_lines_end_counts_nothing_on_the_next_line() {
    // "Standings" and "Men" had been what the last score of a row counted.
    let s = "Halden Rovers 3 Oslo United 2\nStandings ( played , points ) :";
    assert_eq!(one(s, "2").counted, None);
    let s = "8. Kari Holm ( Norway ) 53.55\nMen 's 3,000 metres";
    assert_eq!(one(s, "53.55").counted, None);
    // A noun in lower case on the next line still goes on (hard-wrapped prose).
    assert_eq!(one("Officials said 12\npeople were hurt.", "12").counted.as_deref(), Some("people"));
}

#[test]
fn a_part_of_the_top_few_counts_what_they_count() {
    // "two" had counted nothing.
    assert_eq!(one("Norway now has two of the top four players in the rankings.", "two").counted.as_deref(), Some("players"));
    assert_eq!(one("Only three of the bottom five teams won.", "three").counted.as_deref(), Some("teams"));
}

#[test]
fn the_away_side_of_a_fixture_is_part_of_what_is_counted() {
    // "four away games" had counted nothing, and so the "three" before it.
    let s = "Bergen had lost three of their last four away games before the derby.";
    assert_eq!(one(s, "four").counted.as_deref(), Some("away games"));
    assert_eq!(one(s, "three").counted.as_deref(), Some("away games"));
    assert_eq!(one("Tromso scored two away goals in the first leg.", "two").counted.as_deref(), Some("away goals"));
    // Not where "away" says how far: it ends the phrase.
    assert_eq!(one("The ferry sank 12 miles away from the port.", "12 miles").counted, None);
    assert_eq!(one("The rebels were two days away when the talks began.", "two days").counted, None);
}

#[test]
fn a_count_of_more_years_is_a_length_of_time() {
    // "three" had been a bare count, "more years" out of its span.
    for (s, span, value, unit) in [
        ("The levy was frozen for three more years.", "three more years", 3.0, "year"),
        ("Talks could run two additional weeks.", "two additional weeks", 2.0, "week"),
        ("After 10 long years the bridge opened.", "10 long years", 10.0, "year"),
    ] {
        let f = one(s, span);
        assert_eq!((f.kind, f.value, f.unit.as_deref()), (FigureKind::Duration, Some(value), Some(unit)), "{s}");
    }
    // Not more of something else.
    assert_eq!(one("They hired three more nurses.", "three").kind, FigureKind::Count);
}

#[test]
fn infections_are_their_own_event() {
    // "infections" had taken the deaths after them for their event.
    let s = "The outbreak caused more than 9,000 infections and 310 deaths in Halden.";
    assert_eq!(one(s, "more than 9,000").event, Some("infected"));
    assert_eq!(one(s, "310").event, Some("killed"));
}

#[test]
fn a_margin_after_a_count_counts_the_same() {
    // "about 165,000" had counted nothing.
    let s = "Lind won 1,209,355 votes, about 145,000 more than her rival.";
    assert_eq!(one(s, "about 145,000").counted.as_deref(), Some("votes"));
    let s = "The plant built 40 trucks, 12 fewer than in June.";
    assert_eq!(one(s, "12").counted.as_deref(), Some("trucks"));
    // Not a comparison with something else ("more people than ever" counts people).
    let s = "The plant built 40 trucks, 12 more buses than in June.";
    assert_eq!(one(s, "12").counted.as_deref(), Some("buses"));
}

#[test]
fn days_joined_as_a_span_run_forward() {
    let iso = |s: &str, needle: &str, on: Option<Date>| {
        let f = find_figures(s, &tokenize(s), on);
        f.into_iter().find(|f| f.span.slice(s) == needle).and_then(|f| f.iso)
    };
    // In September the last "Nov. 30" was a year ago; as the end of a span from June it is this
    // year's (it had been 2029-11-30).
    let sep = Date::new(2030, 9, 19);
    let s = "The monsoon season runs from June 1 to Nov. 30 in Lorvale.";
    assert_eq!(iso(s, "June 1", sep).as_deref(), Some("2030-06-01"));
    assert_eq!(iso(s, "Nov. 30", sep).as_deref(), Some("2030-11-30"));
    let s = "The fair is open between Aug. 28 and Oct. 3 each year.";
    assert_eq!(iso(s, "Oct. 3", sep).as_deref(), Some("2030-10-03"));
    // A first day without its year takes the year of the last day that has one.
    let s = "The exhibition ran from Dec. 1 to Jan. 31, 2027 at the Kolm gallery.";
    assert_eq!(iso(s, "Dec. 1", sep).as_deref(), Some("2026-12-01"));
    let s = "The exhibition ran from March 3 to Nov. 30, 2027 at the Kolm gallery.";
    assert_eq!(iso(s, "March 3", sep).as_deref(), Some("2027-03-03"));
    // Days not joined keep their own years.
    let s = "Polls closed on June 1. Results are due by Nov. 30.";
    assert_eq!(iso("Polls closed on June 1, and on Nov. 30 the count ended.", "Nov. 30", sep).as_deref(), Some("2029-11-30"));
    assert_eq!(iso(s, "June 1", sep).as_deref(), Some("2030-06-01"));
}

#[test]
fn a_month_of_that_year_takes_the_year_written_before_it() {
    // "October" had taken the reference's year (2024).
    let s = "Output fell to 36 million doses in 2022, and in October of that year the plan changed.";
    let f = one(s, "October of that year");
    assert_eq!(f.iso.as_deref(), Some("2022-10"));
    let s = "The dam was finished in 2019. On May 4 the same year it flooded the valley.";
    assert_eq!(one(s, "May 4 the same year").iso.as_deref(), Some("2019-05-04"));
    // With no year written before it, the month keeps its usual reading and its span.
    let s = "In October of that year the plan changed.";
    assert_eq!(one(s, "October").iso.as_deref(), Some("2023-10"));
}

#[test]
fn a_day_a_sentence_or_hearing_is_set_for_lies_ahead() {
    // Said in March 2024: the judge's "Jan. 9" had been the one just past.
    let s = "Judge Ona Petrak set sentencing for Jan. 9.";
    assert_eq!(one(s, "Jan. 9").iso.as_deref(), Some("2025-01-09"));
    let s = "The court set a hearing for Friday.";
    assert_eq!(one(s, "Friday").iso.as_deref(), Some("2024-03-22"));
    // Not a day in a sentence of the past without "set".
    let s = "Judge Ona Petrak ruled on Jan. 9.";
    assert_eq!(one(s, "Jan. 9").iso.as_deref(), Some("2024-01-09"));
}

#[test]
fn a_part_before_a_comparative_is_a_share() {
    // "a fifth" had been an ordinal.
    let f = one("Spending will rise to $2 billion, roughly a fifth more than last year.", "roughly a fifth");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(0.2)));
    assert_eq!(one("A sixth less rain fell in May.", "A sixth").kind, FigureKind::Ratio);
    // Still a rank before a noun.
    assert_eq!(one("It was a fifth straight loss.", "fifth").kind, FigureKind::Ordinal);
}

#[test]
fn what_struck_is_not_what_suffered() {
    // The quakes had been "killed".
    let s = "The death toll from two powerful earthquakes rose to 900, officials said.";
    assert_eq!(one(s, "two").event, None);
    assert_eq!(one(s, "two").counted.as_deref(), Some("powerful earthquakes"));
    // The dead themselves keep their event.
    let s = "Two powerful earthquakes killed 900 people.";
    assert_eq!(one(s, "900").event, Some("killed"));
}

#[test]
fn a_bare_count_after_with_counts_what_the_count_before_it_did() {
    // "1.05 million" and "970,000" had counted nothing.
    let s = "Osei won 1.52 million votes, ahead of Dana Kwarteng of the Unity Party with 1.05 million and Ama Boateng with 970,000.";
    assert_eq!(one(s, "1.05 million").counted.as_deref(), Some("votes"));
    assert_eq!(one(s, "970,000").counted.as_deref(), Some("votes"));
    // Not a count that goes on with its own noun, nor one in the next sentence.
    let s = "Osei won 1.52 million votes, along with 12 seats.";
    assert_eq!(one(s, "12").counted.as_deref(), Some("seats"));
    let s = "Osei won 1.52 million votes. She came in with 40.";
    assert_eq!(one(s, "40").counted, None);
}

#[test]
fn a_deadlines_day_is_the_nearest_and_an_intent_looks_ahead() {
    // Said on 15 March 2024 of a vote the day before: "March 20" had been last year's (the
    // sentence's "voted" is in the past).
    let s = "The House voted on Thursday, days before a March 20 default deadline.";
    assert_eq!(one(s, "March 20").iso.as_deref(), Some("2024-03-20"));
    let s = "Negotiators missed the Feb. 2 deadline.";
    assert_eq!(one(s, "Feb. 2").iso.as_deref(), Some("2024-02-02"));
    // "hoped to pass" looks ahead to Friday (it had been the Friday before).
    let s = "Sen. Ada Ruiz said she hoped to pass the bill by Friday.";
    assert_eq!(one(s, "Friday").iso.as_deref(), Some("2024-03-22"));
    // Not an agreement to a thing, dated in the past.
    let s = "The unions agreed to a deal on Monday.";
    assert_eq!(one(s, "Monday").iso.as_deref(), Some("2024-03-11"));
}

#[test]
fn a_fixture_told_in_the_present_is_ahead() {
    // Said on Friday 15 March 2024: these had been the days before.
    let s = "Lorvik, who have won nine matches in a row, host Tamsfield on Sunday.";
    assert_eq!(one(s, "Sunday").iso.as_deref(), Some("2024-03-17"));
    let s = "Lorvik face Tamsfield Rovers at home on Tuesday.";
    assert_eq!(one(s, "Tuesday").iso.as_deref(), Some("2024-03-19"));
    // Not a result, nor "hosts" as a noun before the team and its verb.
    let s = "Cup hosts Lorvik beat Tamsfield 2-0 on Tuesday.";
    assert_eq!(one(s, "Tuesday").iso.as_deref(), Some("2024-03-12"));
}

#[test]
fn a_year_given_roughly_or_as_a_late_bound_is_a_year() {
    // Both had been counts of 2030 and 2033.
    let s = "Lorvane plans its own mission around 2030.";
    let f = one(s, "around 2030");
    assert_eq!((f.kind, f.iso.as_deref(), f.qualifier), (FigureKind::Date, Some("2030"), Qualifier::Approx));
    let s = "Launch has slipped from 2028 to as late as 2033.";
    assert_eq!(one(s, "2033").kind, FigureKind::Date);
    // A level or a count stays a number.
    assert_eq!(one("The index rose to around 2030.", "around 2030").kind, FigureKind::Count);
    assert_eq!(one("About 2000 people came.", "About 2000").counted.as_deref(), Some("people"));
}

#[test]
fn what_someone_won_or_wrote_suffers_no_event() {
    // The awards had been "killed" by the death in the same sentence.
    let s = "Ona Vell, the singer who won 12 Grammy awards, died on Friday.";
    assert_eq!(one(s, "12").event, None);
    let s = "Rui Sola, writer of 84 books, died in Lisbon.";
    assert_eq!(one(s, "84").event, None);
    // People still die.
    let s = "Rui Sola and 84 passengers died in the crash.";
    assert_eq!(one(s, "84").event, Some("killed"));
}

#[test]
fn an_obligation_looks_ahead() {
    // Said in March 2024: "January" had been the one just past.
    let s = "A new vote must be held, likely in January.";
    assert_eq!(one(s, "January").iso.as_deref(), Some("2025-01"));
    // Not a guess about the past, nor a day in a clause of the past after it.
    let s = "The ship must have sunk in January.";
    assert_eq!(one(s, "January").iso.as_deref(), Some("2024-01"));
    let s = "Lorvik must play behind closed doors after fans threw bottles on Saturday.";
    assert_eq!(one(s, "Saturday").iso.as_deref(), Some("2024-03-09"));
}

#[test]
fn a_past_in_a_clause_between_commas_or_a_name_in_ed_is_not_the_dates() {
    // Said on Friday 15 March 2024: both had been the March of 2023 ("finished" in the clause,
    // "United" read as a verb in -ed).
    let s = "Lorvik, who finished third last season, open their campaign on March 23.";
    assert_eq!(one(s, "March 23").iso.as_deref(), Some("2024-03-23"));
    let s = "Eastfield United open their campaign against Lorvik on March 23.";
    assert_eq!(one(s, "March 23").iso.as_deref(), Some("2024-03-23"));
    // The main clause's past still counts, after the clause as before it.
    let s = "The club, which plays at home, signed a striker on March 20.";
    assert_eq!(one(s, "March 20").iso.as_deref(), Some("2023-03-20"));
    let s = "Last season Lorvik, who play at home, lost on March 20.";
    assert_eq!(one(s, "March 20").iso.as_deref(), Some("2023-03-20"));
    // A participle opening a sentence is still a verb of the past.
    let s = "Founded in 1878, the club played its first match on March 20.";
    assert_eq!(one(s, "March 20").iso.as_deref(), Some("2023-03-20"));
}

#[test]
fn a_quarter_in_a_sentence_about_sales_is_a_business_quarter() {
    // Had been the ordinal "fourth": "sales" stood more than eight words before it.
    let s = "The chipmaker said it expected sales to Lorvane and other affected regions to decline sharply in the fourth quarter.";
    let f = one(s, "the fourth quarter");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024-Q4")));
    // In sport, a quarter is part of a match; sales in the sentence before do not count.
    let s = "Sales of tickets rose. The Hawks led by 10 points in the fourth quarter.";
    assert!(figs(s).iter().all(|f| f.kind != FigureKind::Date), "{:?}", figs(s));
}

#[test]
fn a_quarter_just_ended_is_the_one_whose_results_are_to_come() {
    let at = |s: &str, r: Option<Date>, needle: &str| find_figures(s, &tokenize(s), r).into_iter().find(|f| f.span.slice(s) == needle).and_then(|f| f.iso);
    // Had been the next year's quarters.
    let s = "The planemaker expects to report a loss of $5 billion for the third quarter.";
    assert_eq!(at(s, Date::new(2024, 10, 11), "the third quarter").as_deref(), Some("2024-Q3"));
    let s = "The bank will report fourth-quarter results on Jan. 20.";
    assert_eq!(at(s, Date::new(2025, 1, 10), "fourth-quarter").as_deref(), Some("2024-Q4"));
    // A quarter that ended longer ago, or is under way, is still the coming one.
    let s = "Sales will rise in the first quarter.";
    assert_eq!(at(s, Date::new(2024, 10, 11), "the first quarter").as_deref(), Some("2025-Q1"));
    assert_eq!(at(s, Date::new(2024, 2, 11), "the first quarter").as_deref(), Some("2024-Q1"));
    // Three months on, the results are out: a look ahead is to the next one.
    let s = "The firm expects sales to fall in the fourth quarter.";
    assert_eq!(at(s, Date::new(2024, 3, 15), "the fourth quarter").as_deref(), Some("2024-Q4"));
}

#[test]
fn a_plan_named_as_an_adjective_takes_the_sentences_tense() {
    // Said on Friday 15 March 2024. Had been the Tuesday ahead.
    let s = "The summit ran a day past its scheduled end on Tuesday.";
    assert_eq!(one(s, "Tuesday").iso.as_deref(), Some("2024-03-12"));
    let s = "Protesters gathered outside before the planned vote on Tuesday.";
    assert_eq!(one(s, "Tuesday").iso.as_deref(), Some("2024-03-12"));
    // Without a verb of the past, the plan is ahead, as before.
    let s = "Talks resume before the planned vote on Tuesday.";
    assert_eq!(one(s, "Tuesday").iso.as_deref(), Some("2024-03-19"));
    let s = "The summit is scheduled to end on Tuesday.";
    assert_eq!(one(s, "Tuesday").iso.as_deref(), Some("2024-03-19"));
}

#[test]
fn net_zero_and_zero_tolerance_are_no_counts() {
    // Each had been a count of zero.
    for s in ["The bloc pledged to reach net zero by 2050.", "It set net-zero targets.", "Trade is not a zero-sum game.", "The police promised zero tolerance.", "Rescuers at ground zero worked on."] {
        assert!(figs(s).iter().all(|f| f.value != Some(0.0)), "{s}: {:?}", figs(s));
    }
    // A zero that counts or measures still does.
    assert_eq!(one("Inflation fell to zero in May.", "zero").value, Some(0.0));
    assert_eq!(one("Zero deaths were reported.", "Zero").value, Some(0.0));
}

#[test]
fn a_change_that_takes_effect_is_ahead() {
    // Said on Friday 15 March 2024. Both had been the months of 2024 already past.
    let s = "The cap, which takes effect on Feb. 1, will be triggered if prices rise.";
    assert_eq!(one(s, "Feb. 1").iso.as_deref(), Some("2025-02-01"));
    let s = "The new law comes into force in January.";
    assert_eq!(one(s, "January").iso.as_deref(), Some("2025-01"));
    // Told in the past, it is behind.
    let s = "The ban took effect on Feb. 1.";
    assert_eq!(one(s, "Feb. 1").iso.as_deref(), Some("2024-02-01"));
    let s = "The law came into force in January.";
    assert_eq!(one(s, "January").iso.as_deref(), Some("2024-01"));
}

#[test]
fn energy_is_priced_per_unit_of_energy() {
    // Each had been money with no unit of what is bought.
    assert_eq!(one("The cap is 180 euros per megawatt hour.", "180 euros").unit.as_deref(), Some("EUR/MWh"));
    assert_eq!(one("Power sold at $45 per megawatt-hour.", "$45").unit.as_deref(), Some("USD/MWh"));
    assert_eq!(one("Gas cost 108 euros per MWh.", "108 euros").unit.as_deref(), Some("EUR/MWh"));
    assert_eq!(one("Homes pay 30 cents a kilowatt hour.", "30 cents").unit.as_deref(), Some("cent/kWh"));
    assert_eq!(one("Gas traded at $2.50 per mmBtu.", "$2.50").unit.as_deref(), Some("USD/MMBtu"));
    // "a megawatt" alone is no price of energy.
    assert_eq!(one("Each turbine costs $1 million a megawatt of capacity.", "$1 million").unit.as_deref(), Some("USD"));
}

#[test]
fn a_capital_letter_inside_a_name_is_part_of_what_is_counted() {
    // Both had counted nothing ("A" and "B" read as the article and a stop).
    assert_eq!(one("He scored in 32 Serie A appearances.", "32").counted.as_deref(), Some("Serie A appearances"));
    assert_eq!(one("They won three Group B matches.", "three").counted.as_deref(), Some("Group B matches"));
    // A heading in capitals keeps its stops.
    assert_eq!(one("1 EXHIBIT A The Collateral", "1").counted.as_deref(), Some("EXHIBIT"));
}

#[test]
fn a_range_written_with_to_and_hyphens_before_a_measure_is_a_range() {
    // Had been a ratio of 25 to 30 (0.83).
    let f = one("The 25-to-30-meter vessel sank off Pylos.", "25-to-30-meter");
    assert_eq!((f.kind, f.qualifier, f.low, f.high, f.unit.as_deref()), (FigureKind::Quantity, Qualifier::Range, Some(25.0), Some(30.0), Some("m")));
    let f = one("She took a 10-to-12-week course.", "10-to-12-week");
    assert_eq!((f.kind, f.low, f.high, f.unit.as_deref()), (FigureKind::Duration, Some(10.0), Some(12.0), Some("week")));
    // A ratio stays one.
    let f = one("The bill passed by a 2-to-1 margin.", "2-to-1");
    assert_eq!((f.kind, f.value), (FigureKind::Ratio, Some(2.0)));
}

#[test]
fn at_one_point_is_a_while_not_a_count() {
    // Had been a count of one point.
    let s = "The won traded at 1,444 per dollar at one point before recovering.";
    assert!(!figs(s).iter().any(|f| f.span.slice(s) == "one"), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    let s = "Neither side gave ground at one stage of the talks.";
    assert!(figs(s).is_empty());
    // A point lost is a count.
    assert_eq!(one("They lost by one point.", "one").value, Some(1.0));
}

#[test]
fn a_votes_tally_is_two_counts_of_votes() {
    // Each had been no figure at all (left alone as a score).
    let s = "The House voted 314-117 late Wednesday. The rules were approved in a 4-0 vote.";
    let votes: Vec<(&str, Option<f64>)> = figs(s).iter().filter(|f| f.counted.as_deref() == Some("votes")).map(|f| (f.span.slice(s), f.value)).collect();
    assert_eq!(votes, vec![("314", Some(314.0)), ("117", Some(117.0)), ("4", Some(4.0)), ("0", Some(0.0))]);
    // A game's score stays none.
    let s = "Arsenal won 6-4 on Sunday.";
    assert!(!figs(s).iter().any(|f| f.kind == FigureKind::Count), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
}

#[test]
fn what_a_forecast_is_of_lies_ahead() {
    // Both had been the past week's Sunday and last year's December.
    let at = |s: &str, needle: &str| find_figures(s, &tokenize(s), Date::new(2024, 5, 30)).into_iter().find(|f| f.span.slice(s) == needle).and_then(|f| f.iso);
    assert_eq!(at("Temperatures were forecast to fall by 2 to 3 degrees from Sunday.", "Sunday").as_deref(), Some("2024-06-02"));
    assert_eq!(at("The company forecast revenue growth for the December quarter.", "December").as_deref(), Some("2024-12"));
    // The day a forecast was made stays behind.
    assert_eq!(at("The agency said in a forecast on Monday that rain would come.", "Monday").as_deref(), Some("2024-05-27"));
}

#[test]
fn cases_at_law_and_events_held_are_no_one_infected_or_detained() {
    // Had been "infected" and "detained".
    assert_eq!(one("Trump faces three other criminal cases.", "three").event, None);
    assert_eq!(one("The region reported 40 new cases of cholera.", "40").event, Some("infected"));
    let s = "About 19.5 million people were eligible to vote in the election, which was held alongside polls for the legislature.";
    assert_eq!(one(s, "About 19.5 million").event, None);
    assert_eq!(one("Police said 30 people were held at the station.", "30").event, Some("detained"));
    // A difference from another figure counts nothing.
    let s = "The party won 51 seats, one fewer than its rival.";
    assert!(figs(s).iter().all(|f| f.counted.as_deref() != Some("fewer")), "{:?}", figs(s).iter().map(|f| (f.span.slice(s), f.counted.clone())).collect::<Vec<_>>());
}

#[test]
fn an_amount_compared_with_a_price_per_share_is_per_share() {
    // Had been dollars alone.
    let s = "The company earned $1.64 per share, above estimates of $1.60. Revenue was $94.9 billion.";
    assert_eq!(one(s, "$1.60").unit.as_deref(), Some("USD/share"));
    // An amount of another size is not.
    assert_eq!(one(s, "$94.9 billion").unit.as_deref(), Some("USD"));
    assert_eq!(one("It paid $2 a share for a stake worth $900 million.", "$900 million").unit.as_deref(), Some("USD"));
}

#[test]
fn many_scores_and_tallies_stay_in_order() {
    // Tallies merged into the figures keep them sorted and apart, among scores left alone.
    let s = "Ghana beat Mali 3-1 and the vote went 61-39. The House voted 314-117 on Friday. Arsenal won 6-4 after 2 hours. The court ruled in a 5-4 decision with 3 dissents.".repeat(3);
    let fs = figs(&s);
    assert!(fs.windows(2).all(|w| w[0].span.end <= w[1].span.start), "{:?}", fs.iter().map(|f| f.span.slice(&s)).collect::<Vec<_>>());
    assert_eq!(fs.iter().filter(|f| f.counted.as_deref() == Some("votes")).count(), 12);
}

#[test]
fn a_year_said_to_be_or_not_be_is_a_year() {
    // Both had been counts of 2016 and 1989.
    for (s, y) in [("\"This is not 2016,\" she told reporters.", "2016"), ("It was 1989 . The wall fell .", "1989")] {
        let f = one(s, y);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(y)), "{s:?}");
    }
    // A count there keeps its thing counted.
    let f = one("The total was 2016 votes.", "2016");
    assert_eq!((f.kind, f.counted.as_deref()), (FigureKind::Count, Some("votes")));
}

#[test]
fn a_weekday_ahead_on_its_own_day_is_that_day() {
    // Reference Friday 2024-03-15. Both had been the Friday a week on (2024-03-22).
    let f = one("The storm is expected to make landfall late on Friday.", "Friday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-15"));
    let s = "Markets will be closed on Friday and Monday.";
    assert_eq!(one(s, "Friday").iso.as_deref(), Some("2024-03-15"));
    assert_eq!(one(s, "Monday").iso.as_deref(), Some("2024-03-18"));
    // A day a thing is put off to, and "next", lie a week on.
    let f = one("The judge adjourned the trial until Friday.", "Friday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-22"));
    let f = one("The talks resume next Friday.", "next Friday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-22"));
}

#[test]
fn a_release_told_in_the_present_lies_ahead() {
    // Reference Friday 2024-03-15. Both had been behind it (2023-04-24, 2024-03-12).
    let f = one("Vantoria reports its first-quarter results on April 24.", "April 24");
    assert_eq!(f.iso.as_deref(), Some("2024-04-24"));
    let f = one("The statistics office publishes the data on Tuesday.", "Tuesday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-19"));
    // In the past it stays behind.
    let f = one("The statistics office published the data on Tuesday.", "Tuesday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-12"));
}

#[test]
fn a_clause_of_cause_or_time_told_in_the_past_holds_its_date() {
    // Reference Friday 2024-03-15. "will rise" had sent this December ahead (2024-12).
    let f = one("Bills will rise by 35 per cent after the regulator approved the increase in December.", "December");
    assert_eq!(f.iso.as_deref(), Some("2023-12"));
    let f = one("The plant will reopen, since the strike was settled on Monday.", "Monday");
    assert_eq!(f.iso.as_deref(), Some("2024-03-11"));
    // Told in the present or ahead, the clause looks ahead with the sentence.
    let f = one("Bills will rise after the regulator approves the increase in December.", "December");
    assert_eq!(f.iso.as_deref(), Some("2024-12"));
}

#[test]
fn the_part_not_the_whole_suffers_the_event() {
    // The whole had taken the event ("12" killed, "Five" none), checked when written.
    let s = "Five of the 12 miners were killed.";
    assert_eq!((one(s, "Five").event, one(s, "12").event), (Some("killed"), None));
    let s = "The crash killed five of the six crew on the smaller aircraft.";
    assert_eq!((one(s, "five").event, one(s, "six").event), (Some("killed"), None));
    assert_eq!(one(s, "six").counted.as_deref(), Some("crew"));
}

#[test]
fn basis_points_in_one_hyphenated_word_two_days_in_a_row_and_a_day_told_as_scheduled() {
    // Each had been read otherwise (checked when written): a count of 25, a count of 19, last
    // year's June. The reference is Friday 2024-03-15.
    let f = one("The board discussed a 25-basis-point increase.", "25-basis-point");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Percent, Some("bp"), Some(25.0)));
    let f = one("Its next meeting is on April 18 and 19.", "April 18 and 19");
    assert_eq!(f.iso.as_deref(), Some("2024-04-18/2024-04-19"));
    assert_eq!(one("The summit is on June 5 in Rome.", "June 5").iso.as_deref(), Some("2024-06-05"));
    // Told in the past, the day is last year's; days apart, or a count after, stay apart.
    assert_eq!(one("The summit was on June 5 in Rome.", "June 5").iso.as_deref(), Some("2023-06-05"));
    assert_eq!(one("On April 18 and 19 people were hurt.", "19").kind, FigureKind::Count);
}

#[test]
fn vague_amounts_of_a_unit_a_plan_ahead_and_titles_with_first() {
    // Each had been read otherwise (checked when written): a count of miles, last Monday, a rank.
    let f = one("Winds driven by a storm hundreds of miles to the south fanned the flames.", "hundreds of miles");
    assert_eq!((f.kind, f.unit.as_deref(), f.low, f.high), (FigureKind::Quantity, Some("mi"), Some(200.0), Some(999.0)));
    // The reference is Friday 2024-03-15.
    assert_eq!(one("The president and his wife plan to visit the island on Monday.", "Monday").iso.as_deref(), Some("2024-03-18"));
    for s in ["The first lady spoke.", "Scotland's First Minister spoke.", "Under the first-past-the-post system, it won."] {
        assert!(figs(s).iter().all(|f| f.kind != FigureKind::Ordinal), "{s}");
    }
    // A rank still, in lower case.
    assert_eq!(one("She was the first minister to resign.", "first").kind, FigureKind::Ordinal);
}

#[test]
fn points_before_a_new_level_in_percent() {
    // Both had been counts of points (checked when written).
    let f = one("Labour's share rose only 1.6 points to 33.7%.", "1.6 points");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Percent, Some("pp")));
    let f = one("Bank bill rates shed five points to 9.93 percent.", "five points");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Percent, Some("bp")));
    // An index's points stay points.
    assert_eq!(one("The index rose 50 points to 3,000.", "50").kind, FigureKind::Count);
}

#[test]
fn abductions_are_an_event() {
    // Both had no event (checked when written).
    assert_eq!(one("Gunmen abducted at least 287 pupils and teachers on Thursday.", "at least 287").event, Some("abducted"));
    assert_eq!(one("It came ten years after the abduction of 276 schoolgirls.", "276").event, Some("abducted"));
    // Not a charge.
    assert_eq!(one("Two men were charged with abduction and 14 with theft.", "14").event, None);
}

#[test]
fn set_to_and_a_verb_looks_ahead_at_any_distance() {
    // Both had gone a year back on "paused" (checked when written). Reference 2024-03-15.
    let s = "Payments, paused since 2020, are set to resume in October, with interest accruing from Sept. 1.";
    assert_eq!(one(s, "October").iso.as_deref(), Some("2024-10"));
    assert_eq!(one(s, "Sept. 1").iso.as_deref(), Some("2024-09-01"));
    // Not a past that was set.
    assert_eq!(one("The jury was set apart in October.", "October").iso.as_deref(), Some("2023-10"));
}

#[test]
fn air_pressure_and_the_second_of_two_categories() {
    // Counts of millibars and a count of 4 before (checked when written).
    let f = one("Its central pressure fell to 897 millibars.", "897 millibars");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("hPa")));
    assert!(figs("It may land as a Category 3 or 4 hurricane.").is_empty());
    // A count after "or" elsewhere stays.
    assert_eq!(one("They found 3 or 4 bodies.", "3 or 4").qualifier, Qualifier::Range);
}

#[test]
fn a_stop_until_at_least_a_day_lasts_until_that_day_ahead() {
    // Reference 2024-03-15; "March 29" had gone a year back on "has ordered" (checked when written).
    let s = "The president has ordered schools to stay closed until at least March 29.";
    assert_eq!(one(s, "March 29").iso.as_deref(), Some("2024-03-29"));
}

#[test]
fn a_share_cut_off_at_the_texts_end_is_no_panic() {
    // "N noun in" with nothing after it read past the tokens (found by the fuzzer).
    for s in ["Police counted 1 car in", "Police counted 1 car in every", "Police counted 1 car out of"] {
        let _ = figs(s);
    }
    assert_eq!(one("Police counted 1 car in", "1").value, Some(1.0));
}

#[test]
fn a_hospital_listed_with_houses_and_a_towns_people_suffer_nothing() {
    // "hospitalized" and "damaged" had been read here (checked when written).
    let s = "Dozens of homes and a hospital in Varnel, a port town of about 40,000 people, were flattened, officials said.";
    assert_eq!(one(s, "Dozens").event, Some("damaged"));
    let f = one(s, "about 40,000");
    assert_eq!((f.counted.as_deref(), f.event), (Some("people"), None));
    // A hospital that takes people in stays an event.
    assert_eq!(one("Twelve people were taken to a hospital.", "Twelve").event, Some("hospitalized"));
}

#[test]
fn since_a_month_looks_back_and_an_age_raised_from_one_to_another() {
    // Reference 2024-03-15: "January" had gone to 2025 after "plan to"; the ages had been counts
    // (checked when written).
    let s = "Thousands marched against the plan to raise the retirement age from 62 to 64, the sixth day of protests since January.";
    assert_eq!(one(s, "January").iso.as_deref(), Some("2024-01"));
    assert_eq!((one(s, "62").kind, one(s, "64").kind), (FigureKind::Age, FigureKind::Age));
    assert_eq!(one("Austria lowered the voting age to 16 in 2007.", "16").kind, FigureKind::Age);
    // Not a count raised to another.
    assert_eq!(one("It raised the number of seats from 62 to 64.", "64").kind, FigureKind::Count);
}

#[test]
fn a_fires_containment_is_no_event() {
    // The 5% had been "displaced" (checked when written).
    let s = "The blaze was 5% contained, forcing the evacuation of 31,000 residents.";
    assert_eq!(one(s, "5%").event, None);
    assert_eq!(one(s, "31,000").event, Some("displaced"));
}

#[test]
fn a_race_time_to_the_hundredth_and_a_sprint_in_metres() {
    // "3" and "27.65" had been two counts, the women's 100m 100 million (checked when written).
    let f = one("Hocker won in 3:27.65, an Olympic record.", "3:27.65");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Duration, Some("second"), Some(207.65)));
    let f = one("She won the women's 100m on Saturday.", "100m");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Quantity, Some("m"), Some(100.0)));
    // A clock time stays one; money in millions stays money.
    assert_eq!(one("The train left at 10:30 on Friday.", "10:30").kind, FigureKind::Time);
    assert_eq!(one("The club raised £100m in the summer.", "£100m").value, Some(1e8));
}

#[test]
fn a_clause_after_after_told_in_the_past_holds_its_months_and_one_of_every_three() {
    // Reference 2024-03-15: the half had gone to the coming one on "would" (checked when
    // written); "1 of every 3" had been two counts.
    let s = "The maker said it would buy back shares after its profit for the October-December quarter more than doubled.";
    assert_eq!(one(s, "October-December").iso.as_deref(), Some("2023-10/2023-12"));
    let f = one("It said 1 of every 3 cars it sells is a hybrid.", "1 of every 3");
    assert_eq!((f.kind, f.counted.as_deref()), (FigureKind::Ratio, Some("cars")));
    // A clause ahead stays ahead.
    assert_eq!(one("It will buy back shares after its results in October.", "October").iso.as_deref(), Some("2024-10"));
}

#[test]
fn a_courts_ruling_counts_its_judges_votes() {
    // Nothing had been read in "ruling 6-3" (checked when written).
    let s = "The court struck down the plan on Friday, ruling 6-3 that it went too far.";
    let f = figs(s);
    let votes: Vec<f64> = f.iter().filter(|x| x.counted.as_deref() == Some("votes")).filter_map(|x| x.value).collect();
    assert_eq!(votes, vec![6.0, 3.0]);
}

#[test]
fn a_products_model_number_is_no_count() {
    // "15" and each "5" had been counts (checked when written).
    let s = "Apple launched the iPhone 15 as Sony cut the price of the PlayStation 5 and sales of the Galaxy Z Fold 5 rose.";
    assert!(figs(s).is_empty(), "{:?}", figs(s));
    assert_eq!(one("It sold 5 phones.", "5").counted.as_deref(), Some("phones"));
}

#[test]
fn tennis_sets_apart_by_commas_are_scores() {
    // "2-6" and "5-7" had been ranges, and the tie-break's "5-7" too (checked when written).
    let s = "Ines Varga came back to beat Lotte Brandt 6-3, 2-6, 5-7, 6-1, 6-2 in the final.";
    assert!(figs(s).is_empty(), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    let s = "She won 7-6 (7-4), 3-6, 6-4 on Sunday.";
    assert!(figs(s).iter().all(|f| f.kind == FigureKind::Date), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    // Age groups and snow depths are no sets: ranges still.
    let s = "Classes for children aged 3-5, 6-8 and 9-12 open today.";
    assert_eq!(one(s, "6-8").qualifier, Qualifier::Range);
    assert_eq!(one("Expect 2-4, 3-6 inches in the hills.", "3-6 inches").qualifier, Qualifier::Range);
}

#[test]
fn a_need_or_a_hope_in_the_present_looks_ahead_and_jets_listed_with_a_model_are_models() {
    // Reference 2024-03-15. "January" had gone back a year; "767" and "777" had been counts
    // (checked when written).
    let s = "The hosts need to win both remaining games to keep alive their hopes of reaching the final in January.";
    assert_eq!(one(s, "January").iso.as_deref(), Some("2025-01"));
    assert_eq!(one("They needed to win the final in January.", "January").iso.as_deref(), Some("2024-01"));
    let s = "The strike halted output of the 737 MAX, 767 and 777 jets near Seattle.";
    assert!(figs(s).is_empty(), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    assert_eq!(one("He sold 767 and 777 shares.", "777").counted.as_deref(), Some("shares"));
    // A bare count set against a counted one counts the same ("88" had counted nothing).
    assert_eq!(one("The party won 183 seats against 88 for its rival.", "88").counted.as_deref(), Some("seats"));
}

#[test]
fn a_bare_number_won_or_needed_in_a_tally_of_seats_counts_seats() {
    // Each had counted nothing (checked when written).
    let s = "The ruling party won 191 seats, down from 247, while its partner took 24, for a combined 215, short of the 233 needed for a majority.";
    for n in ["24", "215", "233"] {
        assert_eq!(one(s, n).counted.as_deref(), Some("seats"), "{n}");
    }
    // A bowler's wickets for runs are no such tally.
    let s = "Such scored 40 runs and then bowled, taking four for 24 in 48 balls.";
    assert_eq!(one(s, "four").counted, None);
}

#[test]
fn runs_after_a_count_of_overs_are_not_overs() {
    // "59" had counted overs by the "with" rule (checked when written).
    let s = "Zimbabwe were dismissed for 197 in 49.2 overs, with Andy Flower top-scoring with 59.";
    assert_eq!(one(s, "59").counted, None);
    // The rule still reads a tally: "with 1.05 million" after votes.
    let s = "He won 1.52 million votes, ahead of Abubakar with 1.05 million.";
    assert_eq!(one(s, "1.05 million").counted.as_deref(), Some("votes"));
}

#[test]
fn from_pairs_with_to_not_and_and_fires_suffer_no_evacuation() {
    // "from 2017" had been a count of 2017 and "from $ 2.58" had taken "from" in; "three large
    // wildfires" had been displaced (checked when written).
    let s = "The recall covers vans from 2017 and cars since 2020.";
    assert_eq!(one(s, "2017").kind, FigureKind::Date);
    let s = "Rostelekom fell to $ 2.56 from $ 2.58 and LUKoil was $ 9.82 .";
    assert_eq!(one(s, "$ 2.58").value, Some(2.58));
    let s = "Firefighters battled three large wildfires near the capital, forcing the evacuation of about 1,200 children.";
    assert_eq!(one(s, "three").event, None);
    assert_eq!(one(s, "about 1,200").event, Some("displaced"));
}

#[test]
fn retiring_at_a_number_is_an_age_whatever_condition_follows() {
    // "63" had been a count (checked when written).
    let age = |s: &str, n: &str| one(s, n).kind == FigureKind::Age;
    assert!(age("Dockers want the right to retire at 63 without losing part of their pension.", "63"));
    assert!(age("Early retirement at 60, as the union asks, would cost millions.", "60"));
    // Not a price: "closed at 63 without" stays a count.
    assert!(!age("The stock closed at 63 without a single trade after noon.", "63"));
}

#[test]
fn a_need_with_what_is_needed_between_looks_ahead() {
    // Reference 2024-03-15. "June" had gone back a year (checked when written).
    let s = "The visitors need a draw to clinch the series and a place in the final in June.";
    assert_eq!(one(s, "June").iso.as_deref(), Some("2024-06"));
    assert_eq!(one("They needed a draw to clinch the series in June.", "June").iso.as_deref(), Some("2023-06"));
}

#[test]
fn a_number_between_a_name_and_a_machine_is_a_model() {
    // "9" and "136" had been counts (checked when written).
    let s = "A Falcon 9 rocket lifted off on Saturday, and Russia launched 40 Shahed 136 drones overnight.";
    let found: Vec<&str> = figs(s).iter().map(|f| f.span.slice(s)).collect();
    assert!(!found.contains(&"9") && !found.contains(&"136"), "{found:?}");
    assert!(found.contains(&"40"), "{found:?}");
    // Not after a preposition, where the number counts the machines.
    assert_eq!(one("Overnight in Kharkiv 3 drones were shot down.", "3").counted.as_deref(), Some("drones"));
}

#[test]
fn a_year_after_any_comparative_is_a_year_and_a_chance_looks_further_ahead() {
    // "2024" had been a count and "September" a month gone by (checked when written).
    let f = one("The agency said at least one year would be warmer than 2024.", "2024");
    assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some("2024")));
    // "more than" a number stays a count; so does "fewer than".
    assert_eq!(one("There were more than 2024 people.", "more than 2024").kind, FigureKind::Count);
    // Reference 2024-03-15.
    let s = "Traders now see a roughly 70% chance of a quarter-point rate cut by the Fed in September.";
    assert_eq!(one(s, "September").iso.as_deref(), Some("2024-09"));
    let s = "Chances of a deal on wages collapsed when the union walked out in September.";
    assert_eq!(one(s, "September").iso.as_deref(), Some("2023-09"));
}

#[test]
fn a_places_cents_are_money_and_flights_date_a_quarter() {
    // "20" had been a count of "Hong Kong cents", "first" an ordinal (checked when written).
    let f = one("The airline will pay a dividend of 20 Hong Kong cents a share.", "20 Hong Kong cents");
    assert_eq!((f.kind, f.value), (FigureKind::Money, Some(20.0)));
    let s = "It expected to restore 80% of its flights by the end of the first quarter.";
    assert_eq!(one(s, "the end of the first quarter").kind, FigureKind::Date);
    // In sport a quarter is the match's.
    let s = "The Lakers led 30-25 at the end of the first quarter.";
    assert!(figs(s).iter().all(|f| f.kind != FigureKind::Date), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
}

#[test]
fn a_unit_of_two_words_glued_by_hyphens_measures() {
    // Each had been a bare count (checked when written).
    let f = one("The plan includes a new 250,000-square-foot factory in Houston.", "250,000-square-foot");
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Quantity, Some("ft²")));
    let f = one("Manila claims a 200-nautical-mile zone.", "200-nautical-mile");
    assert_eq!(f.unit.as_deref(), Some("nmi"));
    assert_eq!(one("It fills a 5-cubic-metre tank.", "5-cubic-metre").unit.as_deref(), Some("m³"));
}

#[test]
fn one_or_two_is_a_range() {
    // "one" had been dropped and "two" counted alone (checked when written).
    let f = one("Economists expect one or two more cuts by September.", "one or two");
    assert_eq!((f.low, f.high, f.qualifier), (Some(1.0), Some(2.0), Qualifier::Range));
    // "one" alone with nothing counted is still no figure.
    assert!(figs("It is one or the other.").is_empty());
}

#[test]
fn a_bare_count_set_against_a_length_of_time_is_one() {
    // "five" and "eight" had been counts (checked when written).
    let f = one("Migrants will wait 10 years, instead of five, before applying.", "five");
    assert_eq!((f.kind, f.unit.as_deref(), f.value), (FigureKind::Duration, Some("year"), Some(5.0)));
    assert_eq!(one("The average wait is now 12 years, up from eight.", "eight").kind, FigureKind::Duration);
    // A clock after a plain "from" stays a count.
    assert_eq!(one("Talks will last for 3 hours from 10 tomorrow.", "10").kind, FigureKind::Count);
}

#[test]
fn a_capitalized_today_inside_a_sentence_names_a_paper_or_a_programme() {
    // Each had been a date (checked when written).
    let s = "The minister told the station's Today show that talks were over, and she wrote in USA Today that the strike would go on.";
    assert!(figs(s).iter().all(|f| f.kind != FigureKind::Date), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
    // A day it stays at a sentence's start, in lower case and in a heading in capitals.
    assert_eq!(one("Today the board meets.", "Today").kind, FigureKind::Date);
    assert_eq!(one("The board meets today, a spokesman said.", "today").kind, FigureKind::Date);
    assert_eq!(one("Union Leaders To Meet Today On Pay", "Today").kind, FigureKind::Date);
}

#[test]
fn what_was_agreed_from_or_until_a_month_lies_ahead() {
    // Both had been the past January and March (checked when written).
    let s = "Producers agreed at the weekend to trim output further from January.";
    let f = find_figures(s, &tokenize(s), Date::new(2024, 12, 1)).into_iter().find(|f| f.span.slice(s) == "January").unwrap();
    assert_eq!(f.iso.as_deref(), Some("2025-01"));
    let s = "The council voted to extend the parking ban until March.";
    let f = find_figures(s, &tokenize(s), Date::new(2024, 12, 1)).into_iter().find(|f| f.span.slice(s) == "March").unwrap();
    assert_eq!(f.iso.as_deref(), Some("2025-03"));
    // The agreeing's own day stays behind.
    let s = "The insurer agreed to buy the broker on Monday.";
    let f = find_figures(s, &tokenize(s), Date::new(2024, 12, 4)).into_iter().find(|f| f.span.slice(s) == "Monday").unwrap();
    assert_eq!(f.iso.as_deref(), Some("2024-12-02"));
}

#[test]
fn sub_zero_is_no_count() {
    // "zero" had been a count of temperatures (checked when written).
    let s = "Thousands of homes had no heating in sub-zero temperatures overnight.";
    assert!(figs(s).iter().all(|f| f.span.slice(s) != "zero"), "{:?}", figs(s).iter().map(|f| f.span.slice(s)).collect::<Vec<_>>());
}

#[test]
fn a_year_after_a_capitalized_name_is_the_events_year() {
    // Each had been a count (checked when written).
    for (s, year) in [("The Milan 2026 Winter Olympics drew record crowds.", "2026"), ("Tickets for the Euro 2028 final sold out.", "2028")] {
        let f = one(s, year);
        assert_eq!((f.kind, f.iso.as_deref()), (FigureKind::Date, Some(year)), "{s:?}");
    }
    // A year after a preposition, a people's word or a heading in capitals stays the grammar's.
    for (s, year) in [("Sales rose In 2023 and fell after.", "2023"), ("The French 2025 budget was cut.", "2025"), ("KLINSMANN TO RETIRE AFTER 1998 WORLD CUP", "1998")] {
        assert_eq!(one(s, year).kind, FigureKind::Date, "{s:?}");
    }
    assert!(!super::year_in_name("The French 2025 budget was cut.", &tokenize("The French 2025 budget was cut."), 2));
}
