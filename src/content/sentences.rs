//! Sentences that carry numbers, as functions so each language orders them its own
//! way. Each takes one small struct of named, already formatted values.

/// Every sentence with numbers in it, in one language.
#[derive(Clone, Copy, Debug)]
pub struct Sentences {
    /// The shares chart's summary: who leads livestream GMV.
    pub shares_summary: fn(&LeadSentence) -> String,
    /// The bloc chart's summary: which bloc leads the sales the blocs book.
    pub bloc_summary: fn(&LeadSentence) -> String,
    /// The attention chart's summary: who leads attention.
    pub attention_summary: fn(&LeadSentence) -> String,
    /// One reported count of people, beside the model's attention: who, how many, what, when.
    /// (Natively only: the browser copies the lists it writes from the page.)
    #[cfg(not(target_arch = "wasm32"))]
    pub audience_count: fn(&CountSentence) -> String,
    /// The leader's likely range, after the shares summary when bands are on.
    pub band_summary: fn(&BandSentence) -> String,
    /// The likely range of a difference between scenarios B and A (10th to 90th
    /// percentile of the same model runs), after the difference itself.
    pub likely_range: fn(&LikelyRange) -> String,
    /// The ban chart's summary under the current ban setting.
    pub ban_summary: fn(&BanSentence) -> String,
    /// The revenue curve's summary.
    pub curve_summary: fn(&CurveSentence) -> String,
    /// The trust chart's summary: the platform that moves most from the baseline.
    pub trust_summary: fn(&TrustSentence) -> String,
    /// The scoreboard's summary: its largest bar, `value` being its GMV.
    pub scoreboard_summary: fn(&PlatformYear) -> String,
    /// The sensitivity chart's summary: the input that moves the share most.
    pub sensitivity_summary: fn(&SensitivitySentence) -> String,
    /// The second part's summary: the constant that explains most of the spread,
    /// `swing` being its share of the variance.
    pub variance_summary: fn(&SensitivitySentence) -> String,
    /// The backtest's summary: the model's misses in the last year checked, in numbers.
    pub backtest_summary: fn(&BacktestSentence) -> String,
    /// (the reader's guess) shown after the reveal.
    pub your_guess: fn(&str) -> String,
    /// A value with a 0–1 range in words, e.g. "0.35 of 1".
    pub lever_value: fn(&str) -> String,
}

/// A reported count of people, each part formatted.
#[derive(Clone, Copy, Debug)]
pub struct CountSentence<'a> {
    pub who: &'a str,
    pub people: &'a str,
    pub audience: &'a str,
    pub when: &'a str,
    pub source: &'a str,
}

/// The two front-runners of a year (platforms or blocs) and their shares.
#[derive(Clone, Copy, Debug)]
pub struct LeadSentence<'a> {
    pub leader: &'a str,
    pub leader_share: &'a str,
    pub runner_up: &'a str,
    pub runner_up_share: &'a str,
    pub year: &'a str,
}

/// A projected share and its likely range (10–90% of the model runs).
#[derive(Clone, Copy, Debug)]
pub struct BandSentence<'a> {
    pub platform: &'a str,
    pub year: &'a str,
    pub low: &'a str,
    pub high: &'a str,
}

/// Douyin's GMV in a year, what still reaches Alibaba through links, and where the sales
/// the ban cut off went. An amount that reads as zero is `None`, and its sentence says so
/// or is left out, rather than naming "RMB 0 bn".
#[derive(Clone, Copy, Debug)]
pub struct BanSentence<'a> {
    /// Douyin's own GMV.
    pub douyin: &'a str,
    /// Douyin-made sales that still reach Alibaba's marketplace through links; `None`
    /// when the ban lets none through.
    pub links: Option<&'a str>,
    /// The sales the ban cut off: those that come back to marketplaces through search,
    /// and those not made at all; `None` when there is no ban.
    pub cut_off: Option<(&'a str, &'a str)>,
    pub year: &'a str,
}

/// What moves against the baseline in the trust chart. When no share moves (the
/// largest change reads as zero), the sentence says so and who leads, rather than
/// naming a platform that "moves most" by 0.0 points.
#[derive(Clone, Copy, Debug)]
pub struct TrustSentence<'a> {
    /// The platform that moves most, and its change in points; `None` when none moves.
    pub moved: Option<(&'a str, &'a str)>,
    /// The leader and its share, said when nothing moves.
    pub leader: &'a str,
    pub leader_share: &'a str,
    pub year: &'a str,
}

/// Xiaohongshu's revenue at the current selling intensity and at the best one.
#[derive(Clone, Copy, Debug)]
pub struct CurveSentence<'a> {
    /// The current selling intensity.
    pub current: &'a str,
    /// Yearly revenue at the current intensity.
    pub revenue: &'a str,
    /// The intensity where revenue peaks.
    pub best: &'a str,
    /// Yearly revenue at the peak.
    pub best_revenue: &'a str,
    /// The year the revenues are for.
    pub year: u16,
}

/// One platform's value in one year.
#[derive(Clone, Copy, Debug)]
pub struct PlatformYear<'a> {
    pub platform: &'a str,
    pub value: &'a str,
    pub year: &'a str,
}

/// The input that swings a platform's share most, and by how much.
#[derive(Clone, Copy, Debug)]
pub struct SensitivitySentence<'a> {
    pub platform: &'a str,
    pub year: &'a str,
    /// The lever's or constant's name.
    pub input: &'a str,
    /// The swing between its low and high ends, in points.
    pub swing: &'a str,
}

/// A likely range: its low and high ends, already formatted.
pub struct LikelyRange<'a> {
    pub low: &'a str,
    pub high: &'a str,
}

/// The model against one reported figure: its value, how far off it is and in which direction.
#[derive(Clone, Copy, Debug)]
pub struct Miss<'a> {
    /// The model's value.
    pub model: &'a str,
    /// The size of the error, unsigned: "40%" (from the nearer end of a range).
    pub gap: &'a str,
    /// Whether the model is above the report (otherwise below or level).
    pub above: bool,
    /// Whether the report allows the model's value (inside its range, above its floor): no error.
    pub inside: bool,
    /// The reported value (a range as "low–high").
    pub reported: &'a str,
}

/// A belief the hindsight fit moved: its name, its 2020 default and the value needed (formatted), how
/// far that is in standard deviations of its range (formatted, signed), and the verdict's words.
#[derive(Clone, Copy, Debug)]
pub struct BeliefPhrase<'a> {
    pub name: &'a str,
    pub default: &'a str,
    pub value: &'a str,
    pub z: &'a str,
    pub verdict: &'a str,
}

/// The hindsight fit in one year: Douyin's and Kuaishou's misses after it, the freedom chosen (its
/// index in `Freedom::ALL`), and the beliefs it moved by half a standard deviation or more, furthest
/// first.
#[derive(Clone, Copy, Debug)]
pub struct HindsightSentence<'a> {
    pub year: &'a str,
    pub douyin: Miss<'a>,
    pub kuaishou: Miss<'a>,
    pub freedom: usize,
    pub beliefs: &'a [BeliefPhrase<'a>],
}

/// A direction of beliefs the later figures pin down: its leading beliefs, already joined, and its
/// strength (formatted).
#[derive(Clone, Debug)]
pub struct DirectionPhrase {
    pub beliefs: String,
    pub strength: String,
}

/// The backtest in one year: Douyin's and Kuaishou's misses, how many reports of the backtest
/// years the band holds, and the model's market against the reported one.
#[derive(Clone, Copy, Debug)]
pub struct BacktestSentence<'a> {
    pub year: &'a str,
    pub douyin: Miss<'a>,
    pub kuaishou: Miss<'a>,
    /// Of the `checked` reported figures of the backtest years, how many lie within the 10–90% band.
    pub within: usize,
    pub checked: usize,
    /// The backtest years, e.g. "2021–2023".
    pub years: &'a str,
    /// The model's livestream GMV of the six platforms in `year`.
    pub total: &'a str,
    /// The reported livestream sales of monitored platforms, January to September of `year`.
    pub market: &'a str,
}
