//! The methods chapter's tables of residuals: every figure each view of history is fitted to, against
//! the model with that view's stored constants, and how far it misses in the figure's own errors. Fixed
//! text: rendered at build time and copied from the page in the browser (`ui::prose`).

use leptos::html::Div;
use leptos::prelude::*;

use crate::ui::prose::{built, from_page};

/// Both views' tables, each folded.
#[component]
pub fn Residuals() -> impl IntoView {
    view! {
        <div
            class="residuals"
            data-prose="residuals"
            node_ref={from_page::<Div>("residuals".into())}
        >
            {built!(native::content())}
        </div>
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use leptos::prelude::*;

    use crate::chart::TableData;
    use crate::content::format::{
        aside, decimal, labelled, month, months, people, percent, reported_range, reported_rmb,
        rmb, rmb_range, signed_percent,
    };
    use crate::content::Locale;
    use crate::model::compare::{Evidence, Observation, Quantity};
    use crate::model::estimate::{residuals_at, Residual};
    use crate::model::ledger::Who;
    use crate::model::{Params, View};
    use crate::ui::figures::table::DataTable;
    use crate::ui::sources::period_text;
    use crate::ui::store::use_store;

    /// Whose and what an observation is: "Douyin 2022", "Kuaishou: daily users (Q1 2021)".
    fn what(locale: Locale, o: &Observation) -> String {
        let texts = use_store().texts();
        let (sources, labels) = (texts.sources, texts.methods.residuals);
        match o.evidence {
            Evidence::Gmv(f) => format!(
                "{}{}{}",
                texts.players[f.player.index()],
                locale.marks().gap,
                period_text(&sources, locale, &f)
            ),
            Evidence::Count(c) => {
                let who = match c.who {
                    Who::Player(p) => texts.players[p.index()],
                    Who::Alibaba => sources.alibaba,
                    Who::China => sources.china,
                };
                let when = if c.first_month == c.month {
                    month(locale, c.year, c.month)
                } else {
                    months(locale, c.year, c.first_month, c.month)
                };
                labelled(
                    locale,
                    who,
                    &aside(locale, sources.audiences[c.audience.index()], &when),
                )
            }
            Evidence::MarketGrowth2020 => labels.market_growth.to_string(),
            Evidence::Assumed(a) => labels.assumed[a as usize].to_string(),
        }
    }

    /// A value of the observation's kind: an amount, a number of people (whole millions; an audience is
    /// in millions already), a factor or a share.
    fn value(locale: Locale, o: &Observation, v: f64) -> String {
        match o.quantity {
            Quantity::Audience(..) => people(locale, v.round() * 1e6),
            Quantity::Shoppers(..) => people(locale, (v / 1e6).round() * 1e6),
            Quantity::MarketGrowth(..) => match locale {
                Locale::En => format!("{}\u{d7}", decimal(locale, v, 2)),
                Locale::Zh => format!("{}倍", decimal(locale, v, 2)),
            },
            Quantity::PartnerLinkShare(..) => percent(locale, v),
            _ => rmb(locale, v),
        }
    }

    /// Whether the observation is an amount of money.
    fn is_amount(o: &Observation) -> bool {
        matches!(
            o.quantity,
            Quantity::Gmv(..) | Quantity::CheckoutToGmv(..) | Quantity::GmvFiscalYear(..)
        )
    }

    /// What the evidence allows: a value, a range or a floor, an amount with the digits it was
    /// reported with.
    fn reported(locale: Locale, o: &Observation) -> String {
        let more_than = use_store().texts().sources.more_than;
        let amount = is_amount(o);
        let shown = |v: f64| {
            if amount {
                reported_rmb(locale, v)
            } else {
                value(locale, o, v)
            }
        };
        match o.evidence {
            // A floor allows anything above it.
            _ if o.high.is_infinite() => format!("{more_than}{}", shown(o.low)),
            _ if o.high > o.low && amount => reported_range(locale, o.low, o.high),
            _ if o.high > o.low => {
                format!("{}{}{}", shown(o.low), locale.marks().to, shown(o.high))
            }
            _ => shown(o.low),
        }
    }

    /// One view's table.
    fn table(locale: Locale, view: View, rows: &[Residual]) -> TableData {
        let labels = use_store().texts().methods.residuals;
        let caption = labels.captions[view.index()];
        TableData::new(caption, &labels.head).rows(rows.iter().map(|r| {
            let o = &r.observation;
            let (least, most) = r.model;
            // A span of amounts writes its unit once ("RMB 228–488 bn", "2280亿至4880亿元").
            let model = if least < most {
                if is_amount(o) {
                    rmb_range(locale, least, most)
                } else {
                    format!(
                        "{}{}{}",
                        value(locale, o, least),
                        locale.marks().to,
                        value(locale, o, most)
                    )
                }
            } else {
                value(locale, o, most)
            };
            let flag = match o.evidence {
                Evidence::Gmv(f) => f.flag.letter(),
                Evidence::Count(c) => c.flag.letter(),
                Evidence::MarketGrowth2020 => "R",
                Evidence::Assumed(_) => "\u{2014}",
            };
            vec![
                what(locale, o),
                flag.to_string(),
                reported(locale, o),
                model,
                signed_percent(locale, r.miss.exp_m1()),
                decimal(locale, r.z, 1),
            ]
        }))
    }

    /// Each view's table in a `details`, the default view first.
    pub fn content() -> impl IntoView {
        let store = use_store();
        let locale = store.locale_untracked();
        let labels = store.texts().methods.residuals;
        let tables = [View::Reported, View::Seen2020]
            .into_iter()
            .map(|view| {
                let rows = residuals_at(&Params::fitted(view), &view.observations());
                let data = table(locale, view, &rows);
                view! {
                    <details class="residual">
                        <summary>{labels.captions[view.index()]}</summary>
                        <DataTable data=Signal::stored(data) />
                    </details>
                }
            })
            .collect_view();
        view! {
            <p class="note">{labels.note}</p>
            {tables}
        }
    }
}
