//! Calendar dates and months, with only the arithmetic the rules need.
//!
//! Answers about *when* something happened are asked to the month: an applicant is rarely sure of a
//! day, and no rule in a posting needs one. Today's date, by contrast, is known to the day and is
//! always passed in by the caller; nothing in the core reads a clock.

use std::fmt;

/// A month of a year, such as November 2025.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u8,
}

impl YearMonth {
    /// The month `month` (1 to 12) of `year`, or `None` when `month` is out of range.
    pub fn new(year: i32, month: u8) -> Option<YearMonth> {
        (1..=12)
            .contains(&month)
            .then_some(YearMonth { year, month })
    }

    /// The year, such as 2025.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month of the year, 1 for January to 12 for December.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The month `months` months after this one.
    pub fn plus_months(self, months: u32) -> YearMonth {
        self.shifted(i64::from(months))
    }

    /// The month `months` months before this one.
    pub fn minus_months(self, months: u32) -> YearMonth {
        self.shifted(-i64::from(months))
    }

    fn shifted(self, months: i64) -> YearMonth {
        let index = self.index() + months;
        YearMonth {
            year: index.div_euclid(12) as i32,
            month: (index.rem_euclid(12) + 1) as u8,
        }
    }

    /// How many months `later` is after `self`: 0 for the same month, negative when `later` is
    /// earlier.
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.index() - self.index()
    }

    /// How many days this month has (leap years included).
    pub fn days(self) -> u8 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if is_leap_year(self.year) => 29,
            2 => 28,
            _ => 31,
        }
    }

    /// Its first day.
    pub fn first_day(self) -> Date {
        Date {
            year_month: self,
            day: 1,
        }
    }

    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

impl fmt::Display for YearMonth {
    /// `2025-11`: for messages to employers and for tests, never for applicants (the words module
    /// names months in the applicant's language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A day of the calendar, such as 16 September 2025.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year_month: YearMonth,
    day: u8,
}

impl Date {
    /// The given day, or `None` when there is no such day (30 February, month 13).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let year_month = YearMonth::new(year, month)?;
        (1..=year_month.days())
            .contains(&day)
            .then_some(Date { year_month, day })
    }

    /// Reads an ISO 8601 calendar date, `YYYY-MM-DD`, the form posting files use.
    ///
    /// ```
    /// use eligibility_core::rules::Date;
    /// assert_eq!(Date::parse_iso("2025-09-16"), Date::new(2025, 9, 16));
    /// assert_eq!(Date::parse_iso("16/09/2025"), None);
    /// assert_eq!(Date::parse_iso("2025-02-30"), None);
    /// ```
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        // Digits read from the bytes, not by slicing the text: no panic path for a slice that is
        // not on a character boundary, and no general integer parser.
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            bytes[range].iter().try_fold(0u32, |n, &b| {
                b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
            })
        };
        Date::new(
            number(0..4)? as i32,
            number(5..7)? as u8,
            number(8..10)? as u8,
        )
    }

    /// The day before.
    ///
    /// ```
    /// use eligibility_core::rules::Date;
    /// assert_eq!(Date::new(2026, 3, 1).unwrap().day_before(), Date::new(2026, 2, 28).unwrap());
    /// assert_eq!(Date::new(2027, 1, 1).unwrap().day_before(), Date::new(2026, 12, 31).unwrap());
    /// ```
    pub fn day_before(self) -> Date {
        match self.day {
            1 => {
                let index = self.year_month.index() - 1;
                let previous = YearMonth {
                    year: index.div_euclid(12) as i32,
                    month: (index.rem_euclid(12) + 1) as u8,
                };
                Date {
                    year_month: previous,
                    day: previous.days(),
                }
            }
            day => Date {
                day: day - 1,
                ..self
            },
        }
    }

    /// The year, such as 2025.
    pub fn year(self) -> i32 {
        self.year_month.year
    }

    /// The month of the year, 1 to 12.
    pub fn month(self) -> u8 {
        self.year_month.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The month this day falls in.
    pub fn year_month(self) -> YearMonth {
        self.year_month
    }

    /// How many days `later` is after `self`: 0 for the same day, negative when `later` is
    /// earlier.
    ///
    /// ```
    /// use eligibility_core::rules::Date;
    /// let day = |y, m, d| Date::new(y, m, d).unwrap();
    /// assert_eq!(day(2025, 11, 10).days_until(day(2026, 1, 5)), 56);
    /// assert_eq!(day(2024, 2, 28).days_until(day(2024, 3, 1)), 2);
    /// ```
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Days since 1 March of year 0 of the proleptic Gregorian calendar (the civil-from-days
    /// algorithm's own count): only differences between two are meaningful.
    fn day_number(self) -> i64 {
        let month = i64::from(self.month());
        let year = i64::from(self.year()) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era
    }
}

impl fmt::Display for Date {
    /// `2025-09-16`, as posting files write dates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.year_month, self.day)
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}
