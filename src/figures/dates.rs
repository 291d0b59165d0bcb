//! Calendar arithmetic and date phrases ("Thursday", "Jan. 5, 2022", "1996-12-06", "last week").

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1..=12.
    pub month: u32,
    /// Day 1..=31.
    pub day: u32,
}

impl Date {
    /// A valid date or None.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses "YYYY-MM-DD".
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        if it.next().is_some() {
            return None;
        }
        Date::new(y, m, d)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + (month <= 2) as i64) as i32;
        Date { year, month, day }
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// This date moved by `n` months, the day clamped to the month's length (Mar 31 − 1 month =
    /// Feb 28).
    pub fn add_months(self, n: i64) -> Date {
        let m0 = self.year as i64 * 12 + self.month as i64 - 1 + n;
        let (year, month) = (m0.div_euclid(12) as i32, m0.rem_euclid(12) as u32 + 1);
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// "YYYY-MM-DD".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Days in a month.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Month number of a month name or abbreviation ("Jan", "jan.", "September", "Sept.").
pub fn month_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Weekday number (0 = Monday) of a weekday name.
pub fn weekday_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thur" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    })
}

/// The date of a weekday relative to `reference`: the most recent one on or before it (news
/// report the past), the first one on or after it when `future` ("will vote on Wednesday" in a
/// Wednesday's paper is that day), and strictly before or after it when `strict` ("last
/// Wednesday", "next Wednesday").
pub fn resolve_weekday(reference: Date, weekday: u32, future: bool, strict: bool) -> Date {
    let today = reference.weekday() as i64;
    let wd = weekday as i64;
    if future {
        let mut d = (wd - today).rem_euclid(7);
        if strict && d == 0 {
            d = 7;
        }
        reference.add_days(d)
    } else {
        let mut d = (today - wd).rem_euclid(7);
        if strict && d == 0 {
            d = 7;
        }
        reference.add_days(-d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trip_and_weekdays() {
        let d = Date::new(2022, 1, 6).unwrap();
        assert_eq!(d.weekday(), 3); // a Thursday
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(Date::new(2024, 2, 29).unwrap().add_days(1).iso(), "2024-03-01");
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(Date::parse_iso("1996-12-06").unwrap().iso(), "1996-12-06");
        for z in [-800_000i64, -1, 0, 59, 10_000, 2_000_000] {
            assert_eq!(Date::from_days(z).days(), z);
        }
    }

    #[test]
    fn weekdays_resolve_to_the_past_by_default() {
        let fri = Date::new(2022, 1, 7).unwrap();
        assert_eq!(resolve_weekday(fri, 3, false, false).iso(), "2022-01-06");
        assert_eq!(resolve_weekday(fri, 4, false, false).iso(), "2022-01-07");
        assert_eq!(resolve_weekday(fri, 4, false, true).iso(), "2021-12-31");
        assert_eq!(resolve_weekday(fri, 0, true, false).iso(), "2022-01-10");
        assert_eq!(resolve_weekday(fri, 4, true, false).iso(), "2022-01-07");
        assert_eq!(resolve_weekday(fri, 4, true, true).iso(), "2022-01-14");
    }
}
