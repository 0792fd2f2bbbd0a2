//! The calendar of the story: when the projection starts and when each move in the article took effect,
//! and how much of a year's sales fall after a date.

/// First projected year: the year of the article's first figure (Taobao Live 250 bn in 2019).
pub const FIRST_YEAR: u16 = 2019;

/// First year the reader's levers act in. Every earlier year (2019–2020, the years of the calibration
/// figures) is history: the model computes it with [`crate::model::Scenario::DEFAULT`]'s levers whatever the
/// reader chose, so the past is the same in every scenario. A switch turned off (no link ban, no Kuaishou–JD,
/// a partner out) is a counterfactual from this year on, not a rewrite of 2020.
pub const PROJECTION_START: u16 = 2021;

/// A calendar date, for the moves the article describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    /// Calendar year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

/// Douyin bars third-party links from livestream carts (PingWest, 28 Aug 2020; facts.md, flag R).
pub const LINK_BAN_START: Date = Date {
    year: 2020,
    month: 10,
    day: 9,
};

/// Users can buy JD's self-run goods inside Kuaishou (TechNode, 27 May 2020; facts.md, flag R).
pub const KUAISHOU_JD_START: Date = Date {
    year: 2020,
    month: 6,
    day: 16,
};

/// Alibaba's content-partner network runs from this year on: the article says it launched "earlier this
/// year" (2020) without a date, so the model counts it for the whole of 2020.
pub const PARTNER_NETWORK_START_YEAR: u16 = 2020;

/// Start of the fourth quarter, whose sales weigh more (Singles' Day on 11 Nov, 12.12).
const Q4_START_MONTH: u8 = 10;

/// Days before the first of each month in a common year.
const DAYS_BEFORE_MONTH: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_year(year: u16) -> u16 {
    if is_leap(year) {
        366
    } else {
        365
    }
}

/// Days of `year` before the given month and day (so 1 Jan is 0).
fn days_before(year: u16, month: u8, day: u8) -> u16 {
    let month = month.clamp(1, 12);
    let leap_day = u16::from(is_leap(year) && month > 2);
    DAYS_BEFORE_MONTH[usize::from(month - 1)] + leap_day + u16::from(day.max(1)) - 1
}

/// Share of `year`'s sales made on or after `start`: 0 before the start year, 1 after it, and in the start
/// year the share of the remaining days, with each fourth-quarter day weighing `q4_weight` ordinary days.
pub fn share_of_sales_from(start: Date, year: u16, q4_weight: f64) -> f64 {
    if year < start.year {
        return 0.0;
    }
    if year > start.year {
        return 1.0;
    }
    let q4 = days_before(year, Q4_START_MONTH, 1);
    let len = days_in_year(year);
    let from = days_before(year, start.month, start.day);
    let weighted = |lo: u16, hi: u16| {
        // Weighted day count of the half-open interval [lo, hi).
        let before_q4 = f64::from(hi.min(q4).saturating_sub(lo));
        let in_q4 = f64::from(hi.saturating_sub(lo.max(q4)));
        before_q4 + q4_weight * in_q4
    };
    let total = weighted(0, len);
    if total > 0.0 {
        (weighted(from, len) / total).clamp(0.0, 1.0)
    } else {
        0.0
    }
}
