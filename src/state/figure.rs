//! The registry of figures a reader can embed alone (`embed=ID`): each one's code in the URL
//! and in file names, its chapter, title and caption, and the codes it had before.

use crate::content::{texts, Chapter, Locale};

/// A figure that can be embedded alone (`embed=ID`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureId {
    /// Projected GMV shares with every lever.
    Shares,
    /// The article's 2019–2020 scoreboard.
    Scoreboard,
    /// The link-ban figure.
    Ban,
    /// Bloc shares with the alliance switches.
    Alliances,
    /// The 2×2 map of the battlefield.
    Map,
    /// Xiaohongshu's revenue against selling intensity (`embed=curve`; `trust`, its first
    /// name, still loads it).
    SellingCurve,
    /// The trust chapter's figure: each platform's share in the last year against the baseline.
    TrustShares,
    /// The tornado chart: which assumption moves a platform's share most.
    Sensitivity,
    /// Chapter 9's hindsight fit: what one would have had to believe in 2020.
    Hindsight,
}

impl FigureId {
    /// Whether the figure draws what the model projects (its page then says so, and links to the
    /// chapter that sets the model against later reports); the scoreboard shows reported figures, and
    /// the map places the platforms by their 2020, which the model is fitted to, and the hindsight fit
    /// is fitted to the later reports and says so above its chart.
    pub fn projects(self) -> bool {
        !matches!(
            self,
            FigureId::Scoreboard | FigureId::Map | FigureId::Hindsight
        )
    }

    /// Whether the embed pages' own, smaller wasm (`src/bin/figure.rs`) draws the figure. The
    /// hindsight figure's fit and texts would weigh on every embed page, so its page loads the
    /// article's wasm, which has them for chapter 9.
    pub fn own_wasm(self) -> bool {
        self != FigureId::Hindsight
    }

    /// Every embeddable figure.
    pub const ALL: [FigureId; 9] = [
        FigureId::Shares,
        FigureId::Scoreboard,
        FigureId::Ban,
        FigureId::Alliances,
        FigureId::Map,
        FigureId::SellingCurve,
        FigureId::TrustShares,
        FigureId::Sensitivity,
        FigureId::Hindsight,
    ];

    /// Codes that figures had before, and still load: `trust` was the selling curve's, so
    /// links and iframes made with it keep showing the curve (the build writes its page
    /// under the old name too).
    pub const OLD_CODES: [(&'static str, FigureId); 1] = [("trust", FigureId::SellingCurve)];

    /// The id in `embed=ID`, in file names and oEmbed files.
    pub const fn code(self) -> &'static str {
        match self {
            FigureId::Shares => "shares",
            FigureId::Scoreboard => "scoreboard",
            FigureId::Ban => "ban",
            FigureId::Alliances => "alliances",
            FigureId::Map => "map",
            FigureId::SellingCurve => "curve",
            FigureId::TrustShares => "trust-shares",
            FigureId::Sensitivity => "sensitivity",
            FigureId::Hindsight => "hindsight",
        }
    }

    /// The built page that shows this figure alone in `locale`, drawn before the wasm
    /// runs (`embed-ID.html`, `embed-ID-zh.html`), beside the article's pages.
    pub fn page(self, locale: Locale) -> String {
        let suffix = match locale {
            Locale::En => "",
            Locale::Zh => "-zh",
        };
        format!("embed-{}{suffix}.html", self.code())
    }

    /// The figure whose code (or old code) is `code`, if any.
    pub fn from_code(code: &str) -> Option<FigureId> {
        FigureId::ALL
            .into_iter()
            .find(|f| f.code() == code)
            .or_else(|| {
                Self::OLD_CODES
                    .iter()
                    .find(|(old, _)| *old == code)
                    .map(|(_, f)| *f)
            })
    }

    /// The chapter whose interactive part the embedded figure shows.
    pub fn chapter(self) -> Chapter {
        match self {
            FigureId::Scoreboard => Chapter::Scoreboard,
            FigureId::Ban => Chapter::Ban,
            FigureId::Alliances => Chapter::Alliances,
            FigureId::Map => Chapter::Map,
            FigureId::SellingCurve => Chapter::Niche,
            FigureId::TrustShares => Chapter::Trust,
            FigureId::Shares | FigureId::Sensitivity => Chapter::Sandbox,
            FigureId::Hindsight => Chapter::Next,
        }
    }

    /// The figure's title in `locale`.
    pub fn title(self, locale: Locale) -> &'static str {
        self.title_and_caption(locale).0
    }

    /// The figure's caption in `locale`: one line on what it shows (the script
    /// embed's fallback describes the figure with it).
    pub fn caption(self, locale: Locale) -> &'static str {
        self.title_and_caption(locale).1
    }

    fn title_and_caption(self, locale: Locale) -> (&'static str, &'static str) {
        let figures = &texts(locale).figures;
        let text = match self {
            FigureId::Shares => figures.shares,
            FigureId::Scoreboard => figures.scoreboard,
            FigureId::Ban => figures.ban,
            FigureId::Alliances => figures.alliances,
            FigureId::Map => figures.map,
            FigureId::SellingCurve => figures.curve,
            FigureId::TrustShares => figures.trust,
            FigureId::Sensitivity => figures.sensitivity,
            FigureId::Hindsight => return crate::content::hindsight_title_and_caption(locale),
        };
        (text.title, text.caption)
    }
}
