//! Like for like: which of the model's quantities each piece of evidence is compared with, in one place.
//! The weighted fit ([`crate::model::estimate`]), its bands and its tables all read this map; a figure with
//! no matching quantity comes back as [`Unmatched`], with the reason the page gives for showing it
//! unfitted.
//!
//! Evidence is a reported GMV figure or count of people from the [`ledger`], the one market-growth
//! estimate, or one of the four amounts the model assumes for lack of any figure ([`Assumed`]).

use super::assumed::{
    JD_2020, MARKET_GROWTH_2020, MOGUJIE_2019, PARTNER_LINKS_SHARE_2020, XIAOHONGSHU_2020,
};
use super::ledger::{self, Audience, Flag, GmvFigure, Kind, Measure, Period, UserCount, Who};
use super::params::{Params, POPULATION};
use super::player::Player;
use super::projection::YearResult;
use super::timeline::FIRST_YEAR;

/// An amount the model assumes because no figure exists: an order of magnitude, held loosely
/// ([`ASSUMED_SIGMA`]) so that the reported figures decide wherever they speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assumed {
    /// JD's own livestream GMV in 2020, RMB 40 bn.
    Jd2020,
    /// Mogujie's livestream GMV in 2019, RMB 8 bn.
    Mogujie2019,
    /// Xiaohongshu's livestream GMV in 2020, RMB 10 bn.
    Xiaohongshu2020,
    /// The partners' links as a share of Taobao Live's 2020 GMV, 5%.
    PartnerLinks2020,
}

impl Assumed {
    /// All four, in the order of the fit's report.
    pub const ALL: [Assumed; 4] = [
        Assumed::Jd2020,
        Assumed::Mogujie2019,
        Assumed::Xiaohongshu2020,
        Assumed::PartnerLinks2020,
    ];

    /// The assumed amount (RMB, or a fraction for the links' share).
    pub const fn value(self) -> f64 {
        match self {
            Assumed::Jd2020 => JD_2020,
            Assumed::Mogujie2019 => MOGUJIE_2019,
            Assumed::Xiaohongshu2020 => XIAOHONGSHU_2020,
            Assumed::PartnerLinks2020 => PARTNER_LINKS_SHARE_2020,
        }
    }
}

/// The log-scale error an assumed amount is held to: 50%, an order of magnitude read loosely.
pub const ASSUMED_SIGMA: f64 = 0.5;

/// One piece of evidence the model can be held to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Evidence {
    /// A reported GMV figure.
    Gmv(GmvFigure),
    /// A reported count of people.
    Count(UserCount),
    /// The potential livestream market's growth from 2019 to 2020 (KPMG and AliResearch, R).
    MarketGrowth2020,
    /// An amount the model assumes.
    Assumed(Assumed),
}

impl Evidence {
    /// When its source was published, if it has one (an assumption has none).
    pub const fn published(&self) -> Option<(u16, u8)> {
        match self {
            Evidence::Gmv(f) => Some(f.published),
            Evidence::Count(c) => Some(c.published),
            // China Daily, October 2020.
            Evidence::MarketGrowth2020 => Some((2020, 10)),
            Evidence::Assumed(_) => None,
        }
    }

    /// Its provenance flag, if it is reported.
    pub const fn flag(&self) -> Option<Flag> {
        match self {
            Evidence::Gmv(f) => Some(f.flag),
            Evidence::Count(c) => Some(c.flag),
            Evidence::MarketGrowth2020 => Some(Flag::Reputable),
            Evidence::Assumed(_) => None,
        }
    }
}

/// Every piece of evidence, in a fixed order: the article's figures, what was reported after, the counts
/// of people, the market's growth, the assumed amounts.
pub fn all_evidence() -> Vec<Evidence> {
    ledger::SCOREBOARD
        .iter()
        .chain(&ledger::REPORTED)
        .map(|f| Evidence::Gmv(*f))
        .chain(ledger::USER_COUNTS.iter().map(|c| Evidence::Count(*c)))
        .chain([Evidence::MarketGrowth2020])
        .chain(Assumed::ALL.map(Evidence::Assumed))
        .collect()
}

/// A quantity the model computes, that a piece of evidence is compared with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    /// The sales a player's streams create in a year, wherever they are checked out (`gmv`).
    Gmv(Player, u16),
    /// Anything from what a player's own checkout books to all the sales its streams create
    /// (`own_checkout` to `gmv`): what a figure that does not say what it counts can be.
    CheckoutToGmv(Player, u16),
    /// A player's `gmv` over Alibaba's fiscal year from April of the year: ¾ of it, and ¼ of the next.
    GmvFiscalYear(Player, u16),
    /// A player's audience at model time `t` (see [`model_time`]); Taobao Live's is Alibaba's retail
    /// apps' monthly users.
    Audience(Player, f64),
    /// Livestream shoppers (the adoption curve) at model time `t`.
    Shoppers(f64),
    /// Shoppers × spend in a year over the year before.
    MarketGrowth(u16),
    /// The partners' links into Taobao over Taobao Live's `gmv`, in a year.
    PartnerLinkShare(u16),
}

/// Why a piece of evidence is shown and not compared with anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unmatched {
    /// A goal or a pace, not a result.
    Target,
    /// Part of a year: the model has whole years only.
    PartYear,
    /// A count the model takes as a bound (online shoppers, internet users), not one it computes.
    Bound,
}

/// A piece of evidence with its model quantity and how far from it the model may be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observation {
    /// What is compared.
    pub evidence: Evidence,
    /// What the model is compared with it.
    pub quantity: Quantity,
    /// The least value the evidence allows.
    pub low: f64,
    /// The most it allows (infinite for a floor).
    pub high: f64,
    /// The error a log miss is measured in: by provenance flag ([`Flag::sigma`]), or [`ASSUMED_SIGMA`].
    pub sigma: f64,
    /// The last calendar year the evidence describes.
    pub last_year: u16,
}

/// A calendar date (year plus the fraction elapsed) as model time: the model reads a year's value at the
/// year's middle, so the value of model time `y` is that of 1 July of year `y`.
pub fn model_time(calendar: f64) -> f64 {
    calendar - 0.5
}

/// The calendar date a count describes: the end of its month for a stock of users counted at a moment
/// (CNNIC's), the middle of the months it averages for daily or monthly users.
fn count_date(c: &UserCount) -> f64 {
    let year = f64::from(c.year);
    match c.audience {
        Audience::LivestreamShoppingUsers | Audience::OnlineShoppers | Audience::InternetUsers => {
            year + f64::from(c.month) / 12.0
        }
        Audience::DailyUsers | Audience::MonthlyRetailUsers => {
            year + f64::from(c.first_month - 1 + c.month) / 24.0
        }
    }
}

/// The interval a reported kind allows: one value, a floor (no top), or a range.
fn bounds(kind: Kind, low: f64, high: f64) -> Result<(f64, f64), Unmatched> {
    match kind {
        Kind::Exact | Kind::Range => Ok((low, high)),
        Kind::Floor => Ok((low, f64::INFINITY)),
        Kind::Target => Err(Unmatched::Target),
    }
}

/// The model quantity `e` is compared with, and the interval it allows, or why there is none.
///
/// - Taobao Live's livestream figures, and Kuaishou's and Douyin's e-commerce totals (links out included),
///   against `gmv`: everything the platform's streams create. The totals also count short video and, for
///   Douyin from 2023, the shelf, which the model has no line for; `gmv` is the nearest it has.
/// - A figure that does not say what it counts (Douyin's two 2020 reports) against anything from what
///   Douyin's own checkout books to everything its streams create: 170–180 bn and 500 bn can both be true.
/// - Alibaba's fiscal year against ¾ of the year it starts in and ¼ of the next.
/// - Daily users, and Alibaba's monthly retail users, against the player's audience at the date;
///   CNNIC's users of livestream e-commerce against the shoppers of the adoption curve.
pub fn compare(e: &Evidence) -> Result<Observation, Unmatched> {
    let observation = |quantity, (low, high), sigma, last_year| Observation {
        evidence: *e,
        quantity,
        low,
        high,
        sigma,
        last_year,
    };
    match e {
        Evidence::Gmv(f) => {
            let interval = bounds(f.kind, f.low, f.high)?;
            let (quantity, last_year) = match (f.period, f.measure) {
                (Period::Months { .. }, _) => return Err(Unmatched::PartYear),
                (Period::FiscalToMarch, _) => {
                    (Quantity::GmvFiscalYear(f.player, f.year), f.year + 1)
                }
                (Period::Calendar, Measure::Unstated) => {
                    (Quantity::CheckoutToGmv(f.player, f.year), f.year)
                }
                (Period::Calendar, Measure::Livestream | Measure::Ecommerce) => {
                    (Quantity::Gmv(f.player, f.year), f.year)
                }
            };
            Ok(observation(quantity, interval, f.flag.sigma(), last_year))
        }
        Evidence::Count(c) => {
            let t = model_time(count_date(c));
            let quantity = match (c.who, c.audience) {
                (Who::Player(player), Audience::DailyUsers) => Quantity::Audience(player, t),
                (Who::Alibaba, Audience::MonthlyRetailUsers) => {
                    Quantity::Audience(Player::TaobaoLive, t)
                }
                (Who::China, Audience::LivestreamShoppingUsers) => Quantity::Shoppers(t),
                _ => return Err(Unmatched::Bound),
            };
            // Audiences are held in millions of users.
            let unit = match quantity {
                Quantity::Audience(..) => 1e6,
                _ => 1.0,
            };
            let interval = bounds(c.kind, c.people / unit, c.people / unit)?;
            Ok(observation(quantity, interval, c.flag.sigma(), c.year))
        }
        Evidence::MarketGrowth2020 => Ok(observation(
            Quantity::MarketGrowth(2020),
            (MARKET_GROWTH_2020, MARKET_GROWTH_2020),
            Flag::Reputable.sigma(),
            2020,
        )),
        Evidence::Assumed(a) => {
            let (quantity, year) = match a {
                Assumed::Jd2020 => (Quantity::Gmv(Player::Jd, 2020), 2020),
                Assumed::Mogujie2019 => (Quantity::Gmv(Player::Mogujie, 2019), 2019),
                Assumed::Xiaohongshu2020 => (Quantity::Gmv(Player::Xiaohongshu, 2020), 2020),
                Assumed::PartnerLinks2020 => (Quantity::PartnerLinkShare(2020), 2020),
            };
            Ok(observation(
                quantity,
                (a.value(), a.value()),
                ASSUMED_SIGMA,
                year,
            ))
        }
    }
}

impl Quantity {
    /// The last model year the quantity reads.
    pub fn last_year(self) -> u16 {
        match self {
            Quantity::Gmv(_, y)
            | Quantity::CheckoutToGmv(_, y)
            | Quantity::MarketGrowth(y)
            | Quantity::PartnerLinkShare(y) => y,
            Quantity::GmvFiscalYear(_, y) => y + 1,
            Quantity::Audience(_, t) | Quantity::Shoppers(t) => t.floor() as u16 + 1,
        }
    }

    /// The player whose sales the quantity is, if it is a player's sales.
    pub fn seller(self) -> Option<Player> {
        match self {
            Quantity::Gmv(p, _) | Quantity::CheckoutToGmv(p, _) | Quantity::GmvFiscalYear(p, _) => {
                Some(p)
            }
            _ => None,
        }
    }

    /// The model's value, as (least, most): the two are equal but for [`Quantity::CheckoutToGmv`].
    /// `years` is a projection from [`FIRST_YEAR`] made with `p`; `None` if it does not reach the years
    /// the quantity reads.
    pub fn model_value(self, p: &Params, years: &[YearResult]) -> Option<(f64, f64)> {
        let year = |y: u16| years.get(usize::from(y.checked_sub(FIRST_YEAR)?));
        let one = |v: f64| Some((v, v));
        match self {
            Quantity::Gmv(player, y) => one(year(y)?.gmv[player.index()]),
            Quantity::CheckoutToGmv(player, y) => {
                let r = year(y)?;
                Some((r.own_checkout[player.index()], r.gmv[player.index()]))
            }
            Quantity::GmvFiscalYear(player, y) => {
                let i = player.index();
                one(0.75 * year(y)?.gmv[i] + 0.25 * year(y + 1)?.gmv[i])
            }
            Quantity::Audience(player, t) => {
                let first = t.floor();
                let w = t - first;
                let first = first as u16;
                let i = player.index();
                let (a, b) = (year(first)?.audience[i], year(first + 1)?.audience[i]);
                one(((1.0 - w) * a.ln() + w * b.ln()).exp())
            }
            Quantity::Shoppers(t) => one(shoppers_at(p, t)),
            Quantity::MarketGrowth(y) => one(year(y)?.livestream_shoppers * (1.0 + p.spend_growth)
                / year(y - 1)?.livestream_shoppers),
            Quantity::PartnerLinkShare(y) => {
                let r = year(y)?;
                one(r.partner_links_to_taobao.iter().sum::<f64>()
                    / r.gmv[Player::TaobaoLive.index()])
            }
        }
    }
}

/// Livestream shoppers at model time `t`: the adoption curve of `super::year`, between whole years.
pub fn shoppers_at(p: &Params, t: f64) -> f64 {
    POPULATION * p.adoption_ceiling / (1.0 + (-p.adoption_rate * (t - p.adoption_midpoint)).exp())
}

/// How far the model's (least, most) lies outside the evidence's interval, in logs: 0 where the two
/// overlap (inside a range, above a floor, or a reported value the model's interval spans), else the
/// log distance to the nearer end, negative where the model is short. A model value that is not a positive
/// number misses by [`MISSING`].
pub fn log_miss(o: &Observation, (least, most): (f64, f64)) -> f64 {
    if !(least > 0.0 && most.is_finite() && least <= most) {
        return MISSING;
    }
    if most < o.low {
        (most / o.low).ln()
    } else if least > o.high {
        (least / o.high).ln()
    } else {
        0.0
    }
}

/// The log miss given to a model value that is no positive number: far worse than any real miss, finite
/// so that a fit can step away from it.
pub const MISSING: f64 = 50.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn gmv(f: GmvFigure) -> Observation {
        compare(&Evidence::Gmv(f)).expect("a matched figure")
    }

    #[test]
    fn a_floor_is_one_sided_and_a_range_is_flat_inside() {
        let floor = gmv(ledger::TAOBAO_2020);
        assert_eq!(log_miss(&floor, (900e9, 900e9)), 0.0);
        assert!((log_miss(&floor, (200e9, 200e9)) - 0.5f64.ln()).abs() < 1e-12);
        let range = gmv(ledger::DOUYIN_2020);
        assert_eq!(
            range.quantity,
            Quantity::CheckoutToGmv(Player::Douyin, 2020)
        );
        for inside in [170e9, 175e9, 180e9] {
            assert_eq!(log_miss(&range, (inside, inside)), 0.0);
        }
        assert!((log_miss(&range, (360e9, 360e9)) - 2f64.ln()).abs() < 1e-12);
        assert!((log_miss(&range, (85e9, 85e9)) - 0.5f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn a_figure_that_does_not_say_what_it_counts_is_met_anywhere_from_checkout_to_all_sales() {
        let both = [gmv(ledger::DOUYIN_2020), gmv(ledger::DOUYIN_2020_HIGH)];
        // Own checkout 175 bn of 500 bn made: both reports are met.
        for o in &both {
            assert_eq!(log_miss(o, (175e9, 500e9)), 0.0, "{o:?}");
        }
        // All sales 250 bn: the 500 bn report is missed by half.
        assert!((log_miss(&both[1], (100e9, 250e9)) - 0.5f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn targets_part_years_and_bounds_are_shown_not_compared() {
        assert_eq!(
            compare(&Evidence::Gmv(ledger::DOUYIN_2020_ARTICLE)),
            Err(Unmatched::Target)
        );
        assert_eq!(
            compare(&Evidence::Gmv(ledger::DOUYIN_2023_JAN_OCT)),
            Err(Unmatched::PartYear)
        );
        assert_eq!(
            compare(&Evidence::Count(ledger::ONLINE_SHOPPERS_DEC_2020)),
            Err(Unmatched::Bound)
        );
    }

    #[test]
    fn every_measure_meets_its_own_quantity() {
        for e in all_evidence() {
            let Ok(o) = compare(&e) else { continue };
            match (e, o.quantity) {
                (Evidence::Gmv(f), q) => {
                    assert_eq!(q.seller(), Some(f.player), "{f:?}");
                    let unstated = matches!(q, Quantity::CheckoutToGmv(..));
                    assert_eq!(unstated, f.measure == Measure::Unstated, "{f:?}");
                    let fiscal = matches!(q, Quantity::GmvFiscalYear(..));
                    assert_eq!(fiscal, f.period == Period::FiscalToMarch, "{f:?}");
                }
                (Evidence::Count(c), Quantity::Audience(player, t)) => {
                    assert!(matches!(
                        c.audience,
                        Audience::DailyUsers | Audience::MonthlyRetailUsers
                    ));
                    let who = match c.who {
                        Who::Player(p) => p,
                        _ => Player::TaobaoLive,
                    };
                    assert_eq!(player, who);
                    // A count describes a date in its own year.
                    assert!(t + 0.5 > f64::from(c.year) && t + 0.5 <= f64::from(c.year + 1));
                }
                (Evidence::Count(c), Quantity::Shoppers(_)) => {
                    assert_eq!(c.audience, Audience::LivestreamShoppingUsers);
                }
                (Evidence::Count(c), q) => panic!("{c:?} compared with {q:?}"),
                (_, q) => assert!(q.seller().is_none() || o.sigma == ASSUMED_SIGMA),
            }
            assert!(o.low > 0.0 && o.low <= o.high && o.sigma > 0.0, "{o:?}");
        }
    }

    #[test]
    fn daily_users_are_dated_at_the_middle_of_what_they_average() {
        // Kuaishou's January–June 2020 average is the level of 1 April 2020.
        let o = compare(&Evidence::Count(ledger::KUAISHOU_DAILY_USERS_H1_2020)).unwrap();
        assert_eq!(
            o.quantity,
            Quantity::Audience(Player::Kuaishou, 2020.25 - 0.5)
        );
        // CNNIC's December 2020 count is a stock at the end of the year.
        let o = compare(&Evidence::Count(ledger::LIVESTREAM_USERS_DEC_2020)).unwrap();
        assert_eq!(o.quantity, Quantity::Shoppers(2020.5));
    }
}
