//! The shape of every interface string in one language, grouped by the part of
//! the page it serves. Each language fills one [`Texts`] value (`texts_en.rs`,
//! `texts_zh.rs`); the sentences that carry numbers are in [`super::sentences`].

use super::format::Locale;
use super::sentences::{DirectionPhrase, HindsightSentence, Sentences};
use super::{Chapter, ChapterText};
use crate::model::hindsight::{Anchor, Freedom};
#[cfg(not(target_arch = "wasm32"))]
use crate::model::ledger::Audience;
use crate::model::ledger::{Flag, Measure};
use crate::model::{Bloc, Lever, Partner, Player, View, PRESETS};

/// How many colour themes the page offers (`state::Theme::ALL`, which this floor cannot name).
pub const THEME_NAMES: usize = 3;

/// Every string of the interface in one language.
#[derive(Clone, Copy, Debug)]
pub struct Texts {
    /// The product's name.
    pub title: &'static str,
    /// The line under the title.
    pub subtitle: &'static str,
    /// "Chapter 3" for the 1-based chapter number.
    pub chapter: fn(usize) -> String,
    /// The prose of each chapter.
    pub chapters: fn(Chapter) -> &'static ChapterText,
    /// Said to a reader without JavaScript, under the title: what works without it.
    pub noscript: &'static str,
    /// The page in the other language, for a reader without JavaScript: its file, its
    /// language tag and the link's words.
    pub other_page: (&'static str, &'static str, &'static str),
    /// The page's last line: what the page does with the reader's data.
    pub footer: &'static str,
    /// Display names of the players, in `Player` order.
    pub players: [&'static str; Player::ALL.len()],
    /// Display names of the blocs, in `Bloc` order.
    pub blocs: [&'static str; Bloc::ALL.len()],
    /// Display names of Alibaba's content partners, in `Partner` order.
    pub partners: [&'static str; Partner::ALL.len()],
    /// Labels and help of the levers, in `Lever` order.
    pub levers: [LeverText; Lever::ALL.len()],
    /// Presets, in `PRESETS` order.
    pub presets: [PresetText; PRESETS.len()],
    /// Why each player sits where it does on the map, in `Player` order.
    pub map_notes: &'static [&'static str; Player::ALL.len()],
    /// The page's toolbar and what surrounds the article.
    pub toolbar: ToolbarText,
    /// The notice listing the link's settings that could not be used.
    pub notices: NoticeText,
    /// What every figure's frame shows around its chart.
    pub frame: FrameText,
    /// Column headings shared by the figures' data tables.
    pub columns: ColumnText,
    /// Titles, captions and labels of each figure.
    pub figures: FigureTexts,
    /// The scenario controls: presets and the A/B comparison.
    pub controls: ControlText,
    /// The reader's guess in the "what happened next" chapter.
    pub guess: GuessText,
    /// The presentation mode.
    pub slides: SlideText,
    /// The methods chapter's table of the model's uncertain constants.
    pub methods: MethodsText,
    /// The sources panel.
    pub sources: SourcesText,
    /// The dated moves of 2018–2020.
    pub timeline: TimelineText,
    /// Sentences with numbers in them.
    pub sentences: Sentences,
}

/// How one lever is named and explained, indexed like `model::Lever::ALL`.
#[derive(Clone, Copy, Debug)]
pub struct LeverText {
    /// Visible label of the control.
    pub label: &'static str,
    /// One sentence under the control: what moving it means.
    pub help: &'static str,
    /// Words for the low and high ends of the range (or off / on for switches).
    pub ends: [&'static str; 2],
}

/// Name and one-sentence description of a preset, indexed like `model::PRESETS`.
#[derive(Clone, Copy, Debug)]
pub struct PresetText {
    /// Button label.
    pub name: &'static str,
    /// What the preset assumes.
    pub description: &'static str,
}

/// The page's toolbar, the skip link, the table of contents and the teacher link.
#[derive(Clone, Copy, Debug)]
pub struct ToolbarText {
    /// The skip link to the first chapter.
    pub skip: &'static str,
    /// Heading and label of the table of contents.
    pub contents: &'static str,
    /// Accessible name of the toolbar (and of the slides' control bar).
    pub label: &'static str,
    /// Label of the language switch.
    pub language: &'static str,
    /// Each locale's name in its own language, in `Locale::ALL` order.
    pub language_names: [&'static str; Locale::ALL.len()],
    /// Label of the theme menu.
    pub theme: &'static str,
    /// The theme option that follows the system's setting.
    pub theme_auto: &'static str,
    /// In `Theme::ALL` order (the toolbar holds the count to the type).
    pub theme_names: [&'static str; THEME_NAMES],
    /// Button, and label of the fallback field holding the link.
    pub copy_link: &'static str,
    /// Shown once the link is on the clipboard.
    pub link_copied: &'static str,
    /// Shown when the clipboard refused, above the field to copy by hand.
    pub copy_fallback: &'static str,
    /// Resets every lever (toolbar and slides).
    pub reset_all: &'static str,
    /// Opens the presentation mode.
    pub present: &'static str,
    /// Link to the lesson plan (page footer and speaker notes).
    pub teacher_link: &'static str,
}

/// The notice about a link's settings that could not be used as written.
#[derive(Clone, Copy, Debug)]
pub struct NoticeText {
    /// The line above the list of settings.
    pub intro: &'static str,
    /// After a key the page does not know.
    pub unknown: &'static str,
    /// After a value that does not parse.
    pub invalid: &'static str,
    /// After a value moved into its range.
    pub clamped: &'static str,
    /// After a key given more than once.
    pub repeated: &'static str,
    /// A link with levers and no model version: made with Model 1.
    pub earlier_model: &'static str,
    /// Button that closes the notice.
    pub dismiss: &'static str,
}

/// What every figure frame shows around its chart: the table, the source, the
/// downloads and the embed panel.
#[derive(Clone, Copy, Debug)]
pub struct FrameText {
    /// Opens the figure's data table.
    pub show_table: &'static str,
    /// "Source" before a figure's source line; also a table column.
    pub source: &'static str,
    /// The source line of every figure drawn from the model.
    pub model_source: &'static str,
    /// Source line of a figure that sets reported figures beside the model's.
    pub reported_and_model_source: &'static str,
    /// Label of the download buttons.
    pub download: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub download_csv: &'static str,
    /// Label of the line in a downloaded CSV that holds the scenario's link.
    pub csv_scenario: &'static str,
    /// Opens the embed panel.
    pub embed: &'static str,
    /// What to do with the embed code.
    pub embed_help: &'static str,
    /// Label of the field holding the embed code (the iframe).
    pub embed_code_label: &'static str,
    /// Label of the field holding the script embed.
    pub embed_script_label: &'static str,
    /// Button that copies the embed code.
    pub copy: &'static str,
    /// The same button once the code is copied.
    pub copied: &'static str,
    /// Link from an embedded figure to the whole explainer.
    pub open_full: &'static str,
    /// Under an embedded figure the model draws: what its numbers are.
    pub model_note: &'static str,
    /// The link after it, to the chapter that sets the model against what was reported later.
    pub model_note_link: &'static str,
}

/// Column headings shared by the figures' data tables.
#[derive(Clone, Copy, Debug)]
pub struct ColumnText {
    pub year: &'static str,
    pub player: &'static str,
    pub bloc: &'static str,
    pub gmv: &'static str,
    pub share: &'static str,
    /// The sensitivity table's swing between the low and high ends.
    pub range: &'static str,
    /// Which measure a figure is (see `SourcesText::measures`).
    pub measure: &'static str,
    /// A figure's provenance flag (see `SourcesText::flags`).
    pub flag: &'static str,
    /// A figure the company or the press reported.
    pub reported: &'static str,
}

/// A figure's title and the caption of its data table (also its summary where it
/// has no sentence).
#[derive(Clone, Copy, Debug)]
pub struct FigureText {
    pub title: &'static str,
    pub caption: &'static str,
}

/// Titles, captions and labels of each figure.
#[derive(Clone, Copy, Debug)]
pub struct FigureTexts {
    /// The sandbox's line chart of each platform's share.
    pub shares: FigureText,
    /// The same chart showing attention (the first chapter).
    pub attention: FigureText,
    /// Above the audiences reported for 2020, set beside the model's split of attention.
    /// (Natively only: the browser copies the list from the page.)
    #[cfg(not(target_arch = "wasm32"))]
    pub reported_audiences: &'static str,
    /// The same chart per bloc (the alliances chapter).
    pub alliances: FigureText,
    /// The shares chart's switch between shares, blocs and GMV.
    pub metric: MetricText,
    /// The shares chart's switch for the uncertainty bands.
    pub show_bands: &'static str,
    /// The choice of the history the model is fitted to: its label, then each view's
    /// name in the order of `View::ALL` (as seen in 2020, everything reported).
    pub view_label: &'static str,
    pub view_names: [&'static str; View::ALL.len()],
    pub scoreboard: FigureText,
    pub ban: FigureText,
    /// The ban chart's line names.
    pub ban_lines: BanText,
    pub map: FigureText,
    /// The map's axis names.
    pub map_axes: MapText,
    /// Xiaohongshu's revenue against selling intensity.
    pub curve: FigureText,
    /// The curve's axis and line names.
    pub curve_lines: CurveText,
    pub trust: FigureText,
    /// The trust bars' tick for the baseline, and its table column.
    pub trust_baseline: &'static str,
    /// Title of the reported figures against the model (the backtest).
    pub next: &'static str,
    /// The backtest's labels, key, note and table.
    pub next_labels: NextText,
    /// The tornado chart of which input moves a share most.
    pub sensitivity: FigureText,
    /// The tornado chart's controls and legend.
    pub sensitivity_labels: SensitivityText,
}

/// The backtest figure's labels, its key, its note and its table of errors.
#[derive(Clone, Copy, Debug)]
pub struct NextText {
    /// After a platform's name: its model line ("Douyin, model").
    pub model: &'static str,
    /// Between a platform's name and its reported value, in the tooltip ("Douyin, reported: ").
    pub reported: &'static str,
    /// The key: the model's line and its shaded band.
    pub key_model: &'static str,
    /// The key: a dot is one reported figure.
    pub key_point: &'static str,
    /// The key: a bar is a reported range.
    pub key_range: &'static str,
    /// The key: an arrow up is a floor ("more than").
    pub key_floor: &'static str,
    /// The key's entry for the numbers the article quoted for 2020, and their label
    /// (after the platform's name) in the chart's readout.
    pub key_quoted: &'static str,
    pub quoted: &'static str,
    /// Under the chart: which figures the model was fitted to, so which errors are out of sample.
    pub note: &'static str,
    /// Caption of the table of errors.
    pub caption: &'static str,
    /// Column: the model's value and its 10–90% band.
    pub model_band: &'static str,
    /// Column: the signed error.
    pub error: &'static str,
    /// Column: whether the reported value lies within the band.
    pub within: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// After the error of a figure the model was fitted to (2020).
    pub fitted: &'static str,
}

/// The hindsight figure: its label, controls, charts, key, note, table and sentences, and its slide's
/// prompt. Apart from [`Texts`] and read through `content::hindsight_texts`, so that only the code
/// that draws the figure (the article's wasm, not the embed pages') carries them.
#[derive(Clone, Copy, Debug)]
pub struct HindsightText {
    pub title: &'static str,
    /// Caption of the table of beliefs.
    pub caption: &'static str,
    /// What the fit is, shown above it: fitted to what happened, not a forecast.
    pub label: &'static str,
    /// The question the figure answers.
    pub lead: &'static str,
    /// How to use the figure; hidden from readers without JavaScript, who cannot.
    pub try_it: &'static str,
    /// The choice of Douyin's 2020 anchor: its legend, then each anchor in `Anchor::ALL` order.
    pub anchor_legend: &'static str,
    pub anchors: [&'static str; Anchor::ALL.len()],
    /// The choice of what may change: its legend, then each choice in `Freedom::ALL` order.
    pub freedom_legend: &'static str,
    pub freedoms: [&'static str; Freedom::ALL.len()],
    /// The Douyin step's name as a belief.
    pub step: &'static str,
    /// The verdicts, in `Verdict` order (within one standard deviation of the 2020 default, one to two,
    /// beyond).
    pub verdicts: [&'static str; 3],
    /// After a platform's name: its hindsight path, and the 2020 view's path ("Douyin, hindsight").
    pub fitted_line: &'static str,
    pub view_line: &'static str,
    /// Title of the beliefs chart, above it.
    pub beliefs_title: &'static str,
    /// The beliefs chart's axis: the 2020 default's tick, and the unit of distance.
    pub default_tick: &'static str,
    pub sd_unit: &'static str,
    /// The beliefs chart's key.
    pub key: &'static str,
    /// The table's columns: belief, 2020 default, needed, distance, verdict.
    pub columns: [&'static str; 5],
    /// Under the charts: what the fit reads and moves, and what it leaves alone.
    pub note: &'static str,
    /// On the hindsight slide: what to ask the room before changing the fit's choices.
    pub prompt: &'static str,
    /// The summary: what the fit leaves of the misses, and the beliefs it needs.
    pub summary: fn(&HindsightSentence) -> String,
    /// The directions of beliefs the later figures pin down, strongest first.
    pub directions: fn(&[DirectionPhrase]) -> String,
}

/// The shares chart's metric switch.
#[derive(Clone, Copy, Debug)]
pub struct MetricText {
    /// Label of the switch.
    pub view: &'static str,
    pub per_player: &'static str,
    pub per_bloc: &'static str,
    /// The GMV option, also the chart's caption when it shows GMV.
    pub gmv: &'static str,
}

/// Line names of the ban chart.
#[derive(Clone, Copy, Debug)]
pub struct BanText {
    /// The name of Douyin's two lines, which count the sales its own store books (the caption says so).
    pub own_store: &'static str,
    /// The line with the ban on.
    pub on: &'static str,
    /// The line with the ban off.
    pub off: &'static str,
    /// The part of Douyin's sales that reaches Alibaba's marketplace through links.
    pub links: &'static str,
    /// Sales the ban cut off that come back to marketplaces through search.
    pub search: &'static str,
    /// Sales the ban cut off that are not made.
    pub lost: &'static str,
}

/// Axis names of the map.
#[derive(Clone, Copy, Debug)]
pub struct MapText {
    /// Top of the map; also the table column of purchase intent.
    pub intent_high: &'static str,
    /// Bottom of the map.
    pub intent_low: &'static str,
    /// Left of the map; also the table column of how KOL-driven a stream is.
    pub kol: &'static str,
    /// Right of the map.
    pub brand: &'static str,
    /// The table's column of purchase intent, with its scale.
    pub intent_column: &'static str,
    /// The table's column of how KOL-driven a stream is, with its scale.
    pub kol_column: &'static str,
    /// The table's column of why each platform sits where it does (the map's notes).
    pub why_column: &'static str,
}

/// Axis and line names of Xiaohongshu's revenue curve.
#[derive(Clone, Copy, Debug)]
pub struct CurveText {
    /// The horizontal axis, and the table's first column.
    pub x: &'static str,
    /// Revenue from selling.
    pub commerce: &'static str,
    /// Revenue from ads.
    pub ads: &'static str,
    /// The sum of both.
    pub total: &'static str,
}

/// The sensitivity chart's controls and legend.
#[derive(Clone, Copy, Debug)]
pub struct SensitivityText {
    /// Label of the platform menu.
    pub platform: &'static str,
    /// Label of the year menu.
    pub year: &'static str,
    /// Legend and column: the input at the low end of its range.
    pub low: &'static str,
    /// Legend and column: the input at the high end of its range.
    pub high: &'static str,
    /// Table column naming the lever or constant swung.
    pub input: &'static str,
    /// The two parts: the reader's levers swung across their ranges, and the
    /// uncertain constants' shares of the spread across model runs.
    pub parts: [&'static str; 2],
    /// Legend and column of the second part: a constant's share of the spread.
    pub variance_share: &'static str,
    /// Caption of the second part's table.
    pub variance_caption: &'static str,
}

/// The scenario controls: the presets and the A/B comparison.
#[derive(Clone, Copy, Debug)]
pub struct ControlText {
    /// Label of the presets group.
    pub presets: &'static str,
    /// The presets group's button back to the baseline.
    pub reset: &'static str,
    /// Pins the current scenario as A.
    pub pin: &'static str,
    pub unpin: &'static str,
    /// The pinned scenario's name in the comparison and the chart legend.
    pub pinned_name: &'static str,
    /// The current scenario's name in the comparison.
    pub current_name: &'static str,
    /// Caption of the comparison table (the year follows).
    pub compare_caption: &'static str,
    /// The comparison's column of differences.
    pub difference: &'static str,
    /// Names the group of Alibaba's partner switches (each switch is named by its partner).
    pub partner_group: &'static str,
}

/// The reader's guess of who sold most by 2023.
#[derive(Clone, Copy, Debug)]
pub struct GuessText {
    pub question: &'static str,
    /// The choice for a platform not listed.
    pub other: &'static str,
    /// The article's button that shows the answer.
    pub reveal: &'static str,
    /// The answer, in the article and on the prediction slide.
    pub answer: &'static str,
}

/// The presentation mode: its control bar, shortcuts, notes and prediction slide.
#[derive(Clone, Copy, Debug)]
pub struct SlideText {
    /// "Slide" in the counter and the progress bar's label.
    pub slide: &'static str,
    pub next_slide: &'static str,
    pub previous_slide: &'static str,
    pub first_slide: &'static str,
    pub last_slide: &'static str,
    pub fullscreen: &'static str,
    /// Button that shows or hides the speaker notes.
    pub notes: &'static str,
    /// Button and heading of the shortcut list.
    pub shortcuts: &'static str,
    /// Closes the shortcut list.
    pub close: &'static str,
    /// Leaves the presentation.
    pub exit_present: &'static str,
    /// Accessible name of the speaker notes.
    pub speaker_notes: &'static str,
    /// (keys, what they do) for the shortcut list.
    pub shortcut_list: [(&'static str, &'static str); 8],
    /// Under the title slide's heading.
    pub title_hint: &'static str,
    /// Kicker of the prediction slide.
    pub predict_title: &'static str,
    /// Shown while the answer is hidden.
    pub predict_locked: &'static str,
    /// Button that shows the answer.
    pub predict_unlock: &'static str,
    /// Heading of the room's votes.
    pub predict_tally: &'static str,
    /// Before a platform's name, on its + button.
    pub add_vote: &'static str,
    /// Before a platform's name, on its − button.
    pub remove_vote: &'static str,
}

/// The methods chapter's table of the model's uncertain constants.
#[derive(Clone, Copy, Debug)]
pub struct MethodsText {
    /// Names of the model's uncertain constants, by their key's first part.
    pub param_names: [(&'static str, &'static str); 27],
    /// Whose audience Taobao Live's is in the table of constants: Alibaba's retail apps.
    pub alibaba_apps: &'static str,
    /// The fold's label over the table of constants (the table's caption says what it holds).
    pub show_table: &'static str,
    /// The methods table's unit column: what each kind of constant counts, by [`crate::content::Unit`].
    pub units: [&'static str; crate::content::Unit::ALL.len()],
    /// The unit column's heading.
    pub unit: &'static str,
    /// The table's caption and the summary that opens it.
    pub caption: &'static str,
    /// Column of the constants' names.
    pub name: &'static str,
    /// Column of the calibrated values.
    pub default: &'static str,
    /// Column of the plausible ranges.
    pub range: &'static str,
    /// Column of the distributions drawn from.
    pub distribution: &'static str,
    /// `Distribution::Uniform`.
    pub uniform: &'static str,
    /// `Distribution::Triangular`.
    pub triangular: &'static str,
    /// The range of a fitted constant: the 10–90% of the uncertainty the fit leaves it.
    pub fit_spread: &'static str,
    /// Name of the fitted 2020 audiences (the player follows).
    pub audience_2020: &'static str,
    /// Column saying how each value was set, and its answers: fitted to the chosen view's
    /// figures, an assumption, or a range chosen after later years were seen.
    pub set_by: &'static str,
    /// Title of the glossary, after the methods table.
    pub glossary: &'static str,
    pub fitted: &'static str,
    /// How a constant chosen after later years were seen was set.
    pub hindsight: &'static str,
    pub assumed: &'static str,
    /// The tables of each view's residuals (natively only: the browser copies them from the page).
    #[cfg(not(target_arch = "wasm32"))]
    pub residuals: ResidualText,
}

/// The methods chapter's tables of residuals.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug)]
pub struct ResidualText {
    /// What the tables show, above them.
    pub note: &'static str,
    /// Each view's caption, in `View::ALL` order.
    pub captions: [&'static str; View::ALL.len()],
    /// Columns: the figure, its flag, what was reported, the model's value, the miss, the miss in the
    /// figure's own errors.
    pub head: [&'static str; 6],
    /// The potential market's growth from 2019 to 2020.
    pub market_growth: &'static str,
    /// Each amount the model assumes, in `Assumed` order.
    pub assumed: [&'static str; 4],
}

/// The sources panel, and the names of flags and measures used wherever figures
/// are cited.
#[derive(Clone, Copy, Debug)]
pub struct SourcesText {
    pub title: &'static str,
    pub intro: &'static str,
    /// Names of the provenance flags, in `Flag::ALL` order.
    pub flags: [&'static str; Flag::ALL.len()],
    /// Names of the measures, in `Measure::ALL` order.
    pub measures: [&'static str; Measure::ALL.len()],
    /// What a target or a pace is called beside its value: not a result.
    pub target: &'static str,
    /// A fiscal year to March, with `{}` where the calendar year it ends in goes.
    /// (This and the three below natively only: the browser copies the lists they write.)
    #[cfg(not(target_arch = "wasm32"))]
    pub fiscal_to_march: &'static str,
    /// What each kind of count of people counts, in `Audience::ALL` order.
    #[cfg(not(target_arch = "wasm32"))]
    pub audiences: [&'static str; Audience::ALL.len()],
    /// Who a count of all of China's people is about.
    #[cfg(not(target_arch = "wasm32"))]
    pub china: &'static str,
    /// Whose are the users of Alibaba's retail apps.
    #[cfg(not(target_arch = "wasm32"))]
    pub alibaba: &'static str,
    /// Before a count that is only a floor.
    #[cfg(not(target_arch = "wasm32"))]
    pub more_than: &'static str,
    /// What each of `facts::CITED` says, in the same order.
    /// (Natively only: the browser takes the list of sources from the page.)
    #[cfg(not(target_arch = "wasm32"))]
    pub source_items: [&'static str; super::facts::CITED.len()],
}

/// The timeline figure: its title, and for each of `facts::TIMELINE` its date in words
/// and what happened.
#[derive(Clone, Copy, Debug)]
pub struct TimelineText {
    pub title: &'static str,
    pub events: [(&'static str, &'static str); super::facts::TIMELINE.len()],
}
