//! Working-day calendars (weekends and public holidays of a country, in its
//! time zone) and the date functions that definitions use through them.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone)]
pub struct Calendar {
    pub id: String,
    pub timezone: Tz,
    /// Weekend days, Monday = 1 … Sunday = 7.
    pub weekend: BTreeSet<u32>,
    pub holidays: BTreeSet<NaiveDate>,
}

impl Calendar {
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !self.weekend.contains(&d.weekday().number_from_monday()) && !self.holidays.contains(&d)
    }

    /// The `n`-th working day after `d` (before it when `n` is negative);
    /// `n = 0` gives `d` itself.
    pub fn add_working_days(&self, d: NaiveDate, n: i64) -> Option<NaiveDate> {
        let step = if n >= 0 { 1 } else { -1 };
        let mut left = n.abs();
        let mut day = d;
        // A calendar with no working day at all would loop: bound the walk.
        let mut guard = 0;
        while left > 0 {
            day = day.checked_add_signed(chrono::Duration::days(step))?;
            if self.is_working_day(day) {
                left -= 1;
            }
            guard += 1;
            if guard > 100_000 {
                return None;
            }
        }
        Some(day)
    }

    pub fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.timezone).date_naive()
    }

    pub fn local_time(&self, t: DateTime<Utc>) -> NaiveTime {
        t.with_timezone(&self.timezone).time()
    }

    /// The instant of local date and time `d t`; in a spring-forward gap the
    /// first valid instant after it, in a fall-back overlap the earlier one.
    pub fn at(&self, d: NaiveDate, t: NaiveTime) -> Option<DateTime<Utc>> {
        let naive = d.and_time(t);
        match self.timezone.from_local_datetime(&naive) {
            chrono::LocalResult::Single(x) => Some(x.with_timezone(&Utc)),
            chrono::LocalResult::Ambiguous(a, _) => Some(a.with_timezone(&Utc)),
            chrono::LocalResult::None => self
                .timezone
                .from_local_datetime(&(naive + chrono::Duration::hours(1)))
                .earliest()
                .map(|x| x.with_timezone(&Utc)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ee() -> Calendar {
        Calendar {
            id: "EE".into(),
            timezone: "Europe/Tallinn".parse().unwrap(),
            weekend: [6, 7].into(),
            holidays: [NaiveDate::from_ymd_opt(2026, 2, 24).unwrap()].into(),
        }
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        let c = ee();
        assert_eq!(
            c.add_working_days(d("2026-03-06"), 1),
            Some(d("2026-03-09"))
        ); // Fri → Mon
        assert_eq!(
            c.add_working_days(d("2026-02-23"), 1),
            Some(d("2026-02-25"))
        ); // holiday Tue
        assert_eq!(
            c.add_working_days(d("2026-03-09"), -1),
            Some(d("2026-03-06"))
        );
        assert_eq!(
            c.add_working_days(d("2026-03-07"), 0),
            Some(d("2026-03-07"))
        );
        assert!(!c.is_working_day(d("2026-02-24")));
    }

    #[test]
    fn local_times_follow_the_zone_and_summer_time() {
        let c = ee();
        let t = c
            .at(d("2026-03-03"), NaiveTime::from_hms_opt(1, 0, 0).unwrap())
            .unwrap();
        assert_eq!(t.to_rfc3339(), "2026-03-02T23:00:00+00:00");
        let t = c
            .at(d("2026-07-01"), NaiveTime::from_hms_opt(1, 0, 0).unwrap())
            .unwrap();
        assert_eq!(t.to_rfc3339(), "2026-06-30T22:00:00+00:00");
        // 2026-03-29 03:00 does not exist in Tallinn (clocks jump to 04:00).
        let t = c
            .at(d("2026-03-29"), NaiveTime::from_hms_opt(3, 30, 0).unwrap())
            .unwrap();
        assert_eq!(t.to_rfc3339(), "2026-03-29T01:30:00+00:00");
    }
}
