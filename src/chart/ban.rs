//! The link-ban figure (the ban chapter), as arithmetic: Douyin's projected GMV under the current
//! ban setting (solid) and the other one (dashed), Taobao Live's own streams, and where the sales
//! that Douyin's streams sent out through links go: to Alibaba's marketplace while links are
//! allowed; once they are banned, back to marketplaces through search, or nowhere. With its summary
//! sentence and table.

use crate::content::format::{aside, rmb};
use crate::content::sentences::BanSentence;
use crate::content::{Locale, Texts};
use crate::model::{Player, Projection, YearResult};

use super::colour::player_class;
use super::lines::{table_data, LineData, Series};
use super::TableData;

const DOUYIN: usize = Player::Douyin.index();
const TAOBAO: usize = Player::TaobaoLive.index();
/// How many lines the figure draws (see [`line_data`]).
pub const LINES: usize = 6;
/// The year the sentence speaks of: the first whole year of the ban (in force from 9 October 2020).
const SUMMARY_YEAR: u16 = 2021;

/// The figure's six lines: Douyin's GMV in `current` (the reader's scenario, whose ban setting is
/// `ban_on`) and in `flipped` (the same with the other setting, dashed), Taobao Live's, and the three
/// fates of the sales Douyin's streams sent out through links.
pub fn line_data(
    texts: &Texts,
    locale: Locale,
    current: &Projection,
    flipped: &Projection,
    ban_on: bool,
) -> LineData {
    let lines = texts.figures.ban_lines;
    let (now, other) = if ban_on {
        (lines.on, lines.off)
    } else {
        (lines.off, lines.on)
    };
    let series = |class, label: String, values: Vec<f64>, dashed| Series {
        class,
        label,
        values,
        dashed,
        direct_label: true,
        band: None,
    };
    let of = |f: fn(&YearResult) -> f64| current.years.iter().map(f).collect::<Vec<_>>();
    // What Douyin's own store books: its streams' sales less those paid for on Taobao through links.
    let douyin = |p: &Projection, when: &str, dashed| {
        let values = p.years.iter().map(own_store).collect();
        series(
            player_class(Player::Douyin),
            aside(locale, lines.own_store, when),
            values,
            dashed,
        )
    };
    LineData {
        years: current.years.iter().map(|y| y.year).collect(),
        series: vec![
            douyin(current, now, false),
            douyin(flipped, other, true),
            series(
                player_class(Player::TaobaoLive),
                texts.players[TAOBAO].to_string(),
                of(|y| y.gmv[TAOBAO]),
                false,
            ),
            series(
                "c-links",
                lines.links.to_string(),
                of(|y| y.douyin_links_to_taobao),
                false,
            ),
            series(
                "c-search",
                lines.search.to_string(),
                of(|y| y.leak_via_search),
                false,
            ),
            series(
                "c-lost",
                lines.lost.to_string(),
                of(|y| y.leak_not_made),
                false,
            ),
        ],
        marks: Vec::new(),
    }
}

/// The sales Douyin's own store books in `y`: those its streams make, less those paid for on
/// Alibaba's marketplace through links.
fn own_store(y: &YearResult) -> f64 {
    y.gmv[DOUYIN] - y.douyin_links_to_taobao
}

/// The figure's summary for [`SUMMARY_YEAR`] (or `p`'s last year): Douyin's GMV, the sales its links
/// send to Alibaba, and of those the ban cuts off, how much comes back through search and how much is
/// not made. An amount that reads as zero ("RMB 0 bn") is not named.
pub fn summary(texts: &Texts, locale: Locale, p: &Projection) -> String {
    let y = p.year(SUMMARY_YEAR).unwrap_or_else(|| p.last());
    let zero = rmb(locale, 0.0);
    let amount = |yuan| Some(rmb(locale, yuan)).filter(|text| *text != zero);
    let links = amount(y.douyin_links_to_taobao);
    let (search, lost) = (amount(y.leak_via_search), amount(y.leak_not_made));
    let cut_off = (search.is_some() || lost.is_some()).then(|| {
        (
            search.as_deref().unwrap_or(&zero),
            lost.as_deref().unwrap_or(&zero),
        )
    });
    (texts.sentences.ban_summary)(&BanSentence {
        douyin: &rmb(locale, own_store(y)),
        links: links.as_deref(),
        cut_off,
        year: &y.year.to_string(),
    })
}

/// The table of the figure's lines: one row per line, one column per year, in RMB.
pub fn table(texts: &Texts, locale: Locale, data: &LineData) -> TableData {
    table_data(
        data,
        texts.figures.ban.caption,
        texts.columns.player,
        locale,
        rmb,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::texts;
    use crate::model::{project, Scenario};

    fn projections(link_ban: bool) -> (Projection, Projection) {
        let s = Scenario {
            link_ban,
            ..Scenario::default()
        };
        let flipped = Scenario {
            link_ban: !link_ban,
            ..s
        };
        (project(&s), project(&flipped))
    }

    #[test]
    fn the_solid_douyin_line_is_the_reader_s_setting_and_the_dashed_one_the_other() {
        for ban_on in [true, false] {
            let (current, flipped) = projections(ban_on);
            for locale in Locale::ALL {
                let texts = texts(locale);
                let lines = texts.figures.ban_lines;
                let data = line_data(texts, locale, &current, &flipped, ban_on);
                assert_eq!(data.series.len(), LINES);
                let (solid, dashed) = (&data.series[0], &data.series[1]);
                assert!(!solid.dashed && dashed.dashed);
                let (now, other) = if ban_on {
                    (lines.on, lines.off)
                } else {
                    (lines.off, lines.on)
                };
                assert!(solid.label.contains(now) && dashed.label.contains(other));
                assert_eq!(solid.values[3], own_store(&current.years[3]));
                assert_eq!(dashed.values[3], own_store(&flipped.years[3]));
                assert_eq!(
                    data.series[3].values[3],
                    current.years[3].douyin_links_to_taobao
                );
                let table = table(texts, locale, &data);
                assert_eq!(table.rows.len(), LINES);
                assert_eq!(table.rows[0][0], solid.label);
            }
        }
    }

    #[test]
    fn douyin_s_lines_count_what_its_own_store_books_which_the_ban_never_lowers() {
        // Both of Douyin's lines count the same thing, its own store's sales, so the gap between
        // them is what the ban moves in-house: never negative. (Its streams' sales with the ban off
        // include those paid for on Taobao, which the ban removes: counting them would show the ban
        // costing Douyin sales its store never booked.)
        let (with_ban, without) = projections(true);
        let banned = |y: &&YearResult| y.year >= SUMMARY_YEAR;
        for (on, off) in with_ban
            .years
            .iter()
            .filter(banned)
            .zip(without.years.iter().filter(banned))
        {
            assert!(own_store(on) >= own_store(off) - 1.0, "{}", on.year);
            assert_eq!(on.douyin_links_to_taobao, 0.0);
        }
        let moved =
            |y: u16| own_store(with_ban.year(y).unwrap()) - own_store(without.year(y).unwrap());
        assert!(moved(2021) > 0.0, "the ban moves some sales in-house");
    }

    #[test]
    fn the_summary_gives_2021_s_amounts_and_names_none_that_reads_as_zero() {
        for ban_on in [true, false] {
            let (p, _) = projections(ban_on);
            let y = p.year(SUMMARY_YEAR).unwrap();
            // With the ban, no sales go out through links, and some of those cut off come back
            // through search; without it, links carry sales and nothing is cut off.
            assert_eq!(ban_on, rmb(Locale::En, y.douyin_links_to_taobao) == "0");
            assert_eq!(ban_on, y.leak_via_search > 0.0);
            for locale in Locale::ALL {
                let text = summary(texts(locale), locale, &p);
                // The store's own sales, not its streams' (which, with the ban off, hold the link
                // sales the sentence names beside them).
                assert!(text.contains(&rmb(locale, own_store(y))), "{text}");
                assert_eq!(ban_on, text.contains(&rmb(locale, y.gmv[DOUYIN])), "{text}");
                assert!(text.contains("2021"), "{text}");
                // An amount as written, not the end of a larger one ("1050亿元" ends in "0亿元").
                let names = |v: f64| {
                    let amount = rmb(locale, v);
                    text.match_indices(&amount).any(|(at, _)| {
                        !text[..at].ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
                    })
                };
                assert!(!names(0.0), "a zero named: {text}");
                let named =
                    [y.douyin_links_to_taobao, y.leak_via_search, y.leak_not_made].map(names);
                assert_eq!(named, [!ban_on, ban_on, ban_on], "{text}");
            }
        }
    }
}
