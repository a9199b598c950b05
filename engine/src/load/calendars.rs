//! Reads `definitions/calendars/*.yaml`: working days per country.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{read_yaml, yaml_files, Reporter};
use crate::calendar::Calendar;
use crate::diagnostic::Diagnostics;
use crate::raw;
use crate::source::{path, Seg};

/// Every calendar in `dir`, by country code; problems go to `diags`.
pub(super) fn read(dir: &Path, diags: &mut Diagnostics) -> BTreeMap<String, Calendar> {
    let mut calendars = BTreeMap::new();
    for file in yaml_files(dir) {
        let Some(l) = read_yaml::<raw::CalendarFile>(&file, diags) else {
            continue;
        };
        let mut rep = Reporter::new(l.source);
        let c = l.value;
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != c.id {
            rep.error(
                &path(["id"]),
                format!(
                    "calendar `{}` must be in a file named `{}.yaml`",
                    c.id, c.id
                ),
            );
        }
        let tz = match c.timezone.parse::<chrono_tz::Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                rep.error(
                    &path(["timezone"]),
                    format!(
                        "unknown time zone `{}` (write an IANA name such as `Europe/Tallinn`)",
                        c.timezone
                    ),
                );
                None
            }
        };
        let mut holidays = BTreeSet::new();
        for (i, h) in c.holidays.iter().enumerate() {
            if !holidays.insert(h.date) {
                rep.error(
                    &[Seg::Key("holidays".into()), Seg::Index(i)],
                    format!("holiday {} is listed twice", h.date),
                );
            }
        }
        if c.weekend.len() >= 7 {
            rep.error(
                &path(["weekend"]),
                "a calendar needs at least one working day in the week",
            );
        }
        diags.0.extend(rep.diags);
        if let Some(timezone) = tz {
            calendars.insert(
                c.id.clone(),
                Calendar {
                    id: c.id.clone(),
                    timezone,
                    weekend: c.weekend.iter().map(|w| *w as u32 + 1).collect(),
                    holidays,
                },
            );
        }
    }

    calendars
}
