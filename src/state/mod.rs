//! The page's whole state as a query string: the scenario, a pinned comparison,
//! language, theme, mode, embedded figure and slide. Pure Rust, so the decoder is
//! tested natively against arbitrary input.
//!
//! Decoding never fails: unknown names are ignored, values out of range are
//! clamped, values that do not parse fall back to the default, and each of these
//! is reported as a [`Notice`]. Encoding leaves out every value equal to its default.

mod figure;

pub use figure::FigureId;

use crate::content::Locale;
use crate::model::{Lever, LeverKind, Scenario, View};
use crate::parse_number;

/// Colour theme; `None` in [`AppState::theme`] follows the system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
    /// High contrast, thick lines and large labels for washed-out projectors.
    Projector,
}

impl Theme {
    /// Every theme, in the order the switch shows them.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Projector];

    /// Name in the URL, in storage and in the `data-theme` attribute.
    pub const fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Projector => "projector",
        }
    }

    /// The theme named `code`, if any.
    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// How the page is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// The scrolling article.
    #[default]
    Article,
    /// Full-screen slides for a classroom.
    Present,
}

/// Everything the URL holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AppState {
    /// The scenario the reader steers.
    pub scenario: Scenario,
    /// A pinned scenario to compare against (`pin=1` and `a.NAME=…`).
    pub pinned: Option<Scenario>,
    /// Interface language; `None` follows the browser.
    pub lang: Option<Locale>,
    /// Colour theme; `None` follows the system.
    pub theme: Option<Theme>,
    /// Article or presentation.
    pub mode: Mode,
    /// One figure alone, for an iframe.
    pub embed: Option<FigureId>,
    /// Slide number in presentation mode, from 1; 0 means the first.
    pub step: u16,
    /// Show the uncertainty bands (`bands=0` hides them).
    pub bands: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            scenario: Scenario::default(),
            pinned: None,
            lang: None,
            theme: None,
            mode: Mode::Article,
            embed: None,
            step: 0,
            bands: true,
        }
    }
}

/// Why a query parameter was not taken as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The name means nothing here; ignored.
    Unknown(String),
    /// The value did not parse; the default was used.
    Invalid(String),
    /// The value was outside its range; it was clamped.
    Clamped(String),
    /// The name appeared more than once; the last value was used.
    Repeated(String),
    /// The link sets levers and carries no model version (`v`, Model 1's links) or an
    /// earlier one (`v=2`): its levers are kept as set, and the figures they give may differ.
    EarlierModel(String),
}

impl Notice {
    /// The parameter the notice is about.
    pub fn name(&self) -> &str {
        match self {
            Notice::Unknown(n)
            | Notice::Invalid(n)
            | Notice::Clamped(n)
            | Notice::Repeated(n)
            | Notice::EarlierModel(n) => n,
        }
    }
}

/// Longest parameter name a notice repeats back; longer ones are cut.
const MAX_NAME_IN_NOTICE: usize = 32;
/// Most notices reported for one URL; a hostile query cannot flood the page.
const MAX_NOTICES: usize = 8;
/// Prefix of the pinned scenario's lever names.
const PINNED_PREFIX: &str = "a.";
/// The model a link's levers were set against (`v=…`). Written into every link that
/// sets a lever, so a later model that changes its defaults or its meaning can tell
/// which links were made before it; a link with levers and no version is Model 1's.
pub const MODEL_VERSION: u8 = 3;
/// The version parameter's name.
const VERSION: &str = "v";
/// The name of the view of history the model is fitted to (`view=2020`; a scenario's setting, like a
/// lever).
const VIEW: &str = "view";
/// Model 2's name for it (`fit=article`, `fit=reported`), read from older links: the article's 2020
/// figures are nearest to the view as seen in 2020.
const FIT: &str = "fit";

/// The view a Model 2 link's `fit` value names.
fn view_of_fit(value: &str) -> Option<View> {
    match value {
        "article" => Some(View::Seen2020),
        "reported" => Some(View::Reported),
        _ => None,
    }
}

/// Reads a query string (with or without the leading `?`) into a state, never failing.
pub fn decode(query: &str) -> (AppState, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    // serde_urlencoded does the percent- and plus-decoding; malformed escapes come through as text.
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let mut state = AppState::default();
    let mut notices = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut pinned = Scenario::default();
    let mut has_pin = false;
    let (mut versioned, mut earlier) = (false, false);
    let mut sets_levers = false;
    for (name, value) in &pairs {
        if seen.contains(&name.as_str()) {
            notices.push(Notice::Repeated(short(name)));
        } else {
            seen.push(name);
        }
        let value = value.trim();
        let mut notice = None;
        match name.as_str() {
            "lang" => match Locale::from_tag(value) {
                Some(l) => state.lang = Some(l),
                None => notice = Some(Notice::Invalid(short(name))),
            },
            "theme" => match Theme::from_code(value) {
                Some(t) => state.theme = Some(t),
                None => notice = Some(Notice::Invalid(short(name))),
            },
            "mode" => match value {
                "article" => state.mode = Mode::Article,
                "present" => state.mode = Mode::Present,
                _ => notice = Some(Notice::Invalid(short(name))),
            },
            "embed" => match FigureId::from_code(value) {
                Some(f) => state.embed = Some(f),
                None => notice = Some(Notice::Invalid(short(name))),
            },
            "step" => match parse_number::parse(value) {
                Some(v) if v.is_finite() => {
                    let clamped = v.round().clamp(0.0, f64::from(u16::MAX));
                    if clamped != v {
                        notice = Some(Notice::Clamped(short(name)));
                    }
                    state.step = clamped as u16;
                }
                _ => notice = Some(Notice::Invalid(short(name))),
            },
            "bands" => match parse_switch(value) {
                Some(on) => state.bands = on,
                None => notice = Some(Notice::Invalid(short(name))),
            },
            "pin" => match parse_switch(value) {
                Some(on) => has_pin = on,
                None => notice = Some(Notice::Invalid(short(name))),
            },
            // A pym.js parent's own parameters (see `pym`): the host's, not the reader's.
            host if crate::pym::PARAMS.contains(&host) => {}
            VERSION => {
                versioned = true;
                match value.parse::<u8>() {
                    Ok(MODEL_VERSION) => {}
                    Ok(1..MODEL_VERSION) => earlier = true,
                    _ => notice = Some(Notice::Invalid(short(name))),
                }
            }
            _ => {
                let (target, key) = match name.strip_prefix(PINNED_PREFIX) {
                    Some(key) => {
                        has_pin = true;
                        (&mut pinned, key)
                    }
                    None => (&mut state.scenario, name.as_str()),
                };
                notice = match (key, Lever::from_key(key)) {
                    (VIEW | FIT, _) => {
                        sets_levers = true;
                        let view = if key == VIEW {
                            View::from_key(value)
                        } else {
                            view_of_fit(value)
                        };
                        match view {
                            Some(view) => {
                                target.view = view;
                                None
                            }
                            None => Some(Notice::Invalid(short(name))),
                        }
                    }
                    (_, Some(lever)) => {
                        sets_levers = true;
                        set_lever(target, lever, value).map(|n| n(short(name)))
                    }
                    (_, None) => Some(Notice::Unknown(short(name))),
                };
            }
        }
        notices.extend(notice);
    }
    state.pinned = has_pin.then_some(pinned);
    if earlier || sets_levers && !versioned {
        notices.insert(0, Notice::EarlierModel(VERSION.into()));
    }
    notices.truncate(MAX_NOTICES);
    (state, notices)
}

/// Writes a state as a query string without the `?`; defaults are left out, so the
/// default state is the empty string.
pub fn encode(state: &AppState) -> String {
    let mut pairs: Vec<(String, String)> = Vec::new();
    if let Some(lang) = state.lang {
        pairs.push(("lang".into(), lang.code().into()));
    }
    if let Some(theme) = state.theme {
        pairs.push(("theme".into(), theme.code().into()));
    }
    if state.mode == Mode::Present {
        pairs.push(("mode".into(), "present".into()));
    }
    if let Some(figure) = state.embed {
        pairs.push(("embed".into(), figure.code().into()));
    }
    if state.step > 0 {
        pairs.push(("step".into(), state.step.to_string()));
    }
    let before_levers = pairs.len();
    push_levers(&mut pairs, &state.scenario, "");
    if !state.bands {
        pairs.push(("bands".into(), "0".into()));
    }
    if let Some(pinned) = &state.pinned {
        pairs.push(("pin".into(), "1".into()));
        push_levers(&mut pairs, pinned, PINNED_PREFIX);
    }
    if pairs[before_levers..]
        .iter()
        .any(|(name, _)| name != "bands")
    {
        pairs.insert(before_levers, (VERSION.into(), MODEL_VERSION.to_string()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// A link to `state` from `base` (a page address or path): `base?query`, or `base`
/// alone for the default state.
pub fn link(base: &str, state: &AppState) -> String {
    match encode(state) {
        query if query.is_empty() => base.to_string(),
        query => format!("{base}?{query}"),
    }
}

/// Appends the view and every lever of `s` that differ from the default, names prefixed with `prefix`.
fn push_levers(pairs: &mut Vec<(String, String)>, s: &Scenario, prefix: &str) {
    if s.view != View::default() {
        pairs.push((format!("{prefix}{VIEW}"), s.view.key().into()));
    }
    for lever in Lever::ALL {
        let value = lever.get(s);
        if value != lever.default_value() {
            pairs.push((format!("{prefix}{}", lever.key()), number(value)));
        }
    }
}

/// Decimals a lever keeps in the URL.
const URL_DECIMALS: i32 = 3;

/// Rounds to the URL's precision, so a loaded URL is exactly the state it encodes.
fn quantize(v: f64) -> f64 {
    let scale = 10f64.powi(URL_DECIMALS);
    (v * scale).round() / scale
}

/// A lever value as short text: at most [`URL_DECIMALS`] decimals, no trailing zeros.
fn number(v: f64) -> String {
    let text = format!("{v:.*}", URL_DECIMALS as usize);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

type NoticeFor = fn(String) -> Notice;

/// Sets `lever` from URL text; says which notice applies, if any.
fn set_lever(s: &mut Scenario, lever: Lever, value: &str) -> Option<NoticeFor> {
    match lever.kind() {
        LeverKind::Switch => match parse_switch(value) {
            Some(on) => {
                lever.set(s, if on { 1.0 } else { 0.0 });
                None
            }
            None => Some(Notice::Invalid),
        },
        LeverKind::Range { min, max, .. } => match parse_number::parse(value) {
            Some(v) if v.is_finite() => {
                lever.set(s, quantize(v));
                (v < min || v > max).then_some(Notice::Clamped as NoticeFor)
            }
            _ => Some(Notice::Invalid),
        },
    }
}

fn parse_switch(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "on" | "yes" => Some(true),
        "0" | "false" | "off" | "no" => Some(false),
        _ => None,
    }
}

/// A parameter name safe to repeat back: cut to a few dozen characters.
fn short(name: &str) -> String {
    let mut cut: String = name.chars().take(MAX_NAME_IN_NOTICE).collect();
    if name.chars().count() > MAX_NAME_IN_NOTICE {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_figure_code_still_loads_its_figure_and_names_no_current_one() {
        assert_eq!(FigureId::from_code("trust"), Some(FigureId::SellingCurve));
        assert_eq!(FigureId::SellingCurve.code(), "curve");
        assert_eq!(
            FigureId::from_code("trust-shares"),
            Some(FigureId::TrustShares)
        );
        for (old, figure) in FigureId::OLD_CODES {
            assert!(FigureId::ALL.iter().all(|f| f.code() != old), "{old}");
            assert_eq!(FigureId::from_code(old), Some(figure));
        }
        assert_eq!(decode("embed=trust").0.embed, Some(FigureId::SellingCurve));
    }

    #[test]
    fn the_default_state_is_the_empty_query() {
        assert_eq!(encode(&AppState::default()), "");
        assert_eq!(decode(""), (AppState::default(), vec![]));
        assert_eq!(decode("?"), (AppState::default(), vec![]));
    }

    #[test]
    fn a_link_to_the_default_state_has_no_query() {
        assert_eq!(link("./", &AppState::default()), "./");
        let state = AppState {
            step: 2,
            ..AppState::default()
        };
        assert_eq!(link("/arena/", &state), "/arena/?step=2");
    }

    #[test]
    fn a_full_state_round_trips() {
        let mut state = AppState {
            lang: Some(Locale::Zh),
            theme: Some(Theme::Projector),
            mode: Mode::Present,
            embed: Some(FigureId::Ban),
            step: 4,
            bands: false,
            ..AppState::default()
        };
        state.scenario.link_ban = false;
        state.scenario.trust = 0.85;
        state.scenario.end_year = 2030;
        state.pinned = Some(Scenario {
            store_maturity: 0.9,
            view: View::Seen2020,
            ..Scenario::default()
        });
        let query = encode(&state);
        assert_eq!(
            query,
            "lang=zh&theme=projector&mode=present&embed=ban&step=4&v=3&ban=0&trust=0.85&end=2030&bands=0&pin=1&a.view=2020&a.store=0.9"
        );
        assert_eq!(decode(&query), (state, vec![]));
    }

    #[test]
    fn bad_values_fall_back_or_clamp_and_are_reported() {
        let (state, notices) = decode("v=3&trust=NaN&store=-1e309&sell=7&ban=maybe&zzz=1&end=1999");
        assert_eq!(state.scenario.trust, Scenario::default().trust);
        assert_eq!(
            state.scenario.store_maturity,
            Scenario::default().store_maturity
        );
        assert_eq!(state.scenario.selling_intensity, 1.0);
        assert_eq!(state.scenario.link_ban, Scenario::default().link_ban);
        assert_eq!(state.scenario.end_year, Scenario::MIN_END_YEAR);
        assert_eq!(
            notices,
            vec![
                Notice::Invalid("trust".into()),
                Notice::Invalid("store".into()),
                Notice::Clamped("sell".into()),
                Notice::Invalid("ban".into()),
                Notice::Unknown("zzz".into()),
                Notice::Clamped("end".into()),
            ]
        );
    }

    #[test]
    fn links_that_set_levers_carry_the_model_version() {
        let mut state = AppState::default();
        state.scenario.trust = 0.3;
        assert_eq!(encode(&state), "v=3&trust=0.3");
        // Settings that do not touch the model need no version.
        let view_only = AppState {
            lang: Some(Locale::En),
            bands: false,
            ..AppState::default()
        };
        assert_eq!(encode(&view_only), "lang=en&bands=0");
        assert_eq!(decode("lang=en&bands=0").1, vec![]);
    }

    #[test]
    fn a_model_1_link_keeps_its_levers_and_says_the_model_changed() {
        let (state, notices) = decode("trust=0.3&a.sell=0.9");
        assert_eq!(state.scenario.trust, 0.3);
        assert_eq!(state.pinned.map(|p| p.selling_intensity), Some(0.9));
        assert_eq!(notices, vec![Notice::EarlierModel("v".into())]);
        // A version this page does not know is reported, and the levers still load.
        let (state, notices) = decode("v=9&trust=0.3");
        assert_eq!(state.scenario.trust, 0.3);
        assert_eq!(notices, vec![Notice::Invalid("v".into())]);
        // The view is a model setting: chosen by name, reported when unknown.
        assert_eq!(decode("v=3&view=2020").0.scenario.view, View::Seen2020);
        let (state, notices) = decode("v=3&view=tomorrow");
        assert_eq!(state.scenario.view, View::default());
        assert_eq!(notices, vec![Notice::Invalid("view".into())]);
    }

    #[test]
    fn a_model_2_link_keeps_its_levers_and_its_fit_and_says_the_model_changed() {
        let (state, notices) = decode("v=2&trust=0.3&fit=article");
        assert_eq!(state.scenario.trust, 0.3);
        // The article's 2020 figures are nearest to the view as seen in 2020.
        assert_eq!(state.scenario.view, View::Seen2020);
        assert_eq!(notices, vec![Notice::EarlierModel("v".into())]);
        assert_eq!(decode("v=2&fit=reported").0.scenario.view, View::Reported);
        // Its own link is Model 3's.
        assert_eq!(encode(&state), "v=3&view=2020&trust=0.3");
    }

    #[test]
    fn a_pym_parent_s_parameters_are_accepted_silently() {
        let (state, notices) = decode(
            "embed=ban&initialWidth=640&childId=pym-0-k3j9a&parentTitle=A%20blog&parentUrl=https%3A%2F%2Fexample.org%2F",
        );
        assert_eq!(state.embed, Some(FigureId::Ban));
        assert_eq!(notices, vec![]);
        // They are the host's: the page's own links do not repeat them.
        assert_eq!(encode(&state), "embed=ban");
    }

    #[test]
    fn repeated_names_keep_the_last_value() {
        let (state, notices) = decode("v=3&trust=0.2&trust=0.4");
        assert_eq!(state.scenario.trust, 0.4);
        assert_eq!(notices, vec![Notice::Repeated("trust".into())]);
    }

    #[test]
    fn percent_encoding_and_markup_are_only_text() {
        let (state, notices) = decode("%3Cscript%3E=1&lang=%E4%B8%AD&v=3&trust=%ZZ");
        assert_eq!(state, AppState::default());
        assert_eq!(notices.len(), 3);
        assert_eq!(notices[0], Notice::Unknown("<script>".into()));
    }

    #[test]
    fn notices_are_bounded() {
        let query: String = (0..100).map(|i| format!("x{i}=1&")).collect();
        assert_eq!(decode(&query).1.len(), MAX_NOTICES);
        let (_, notices) = decode(&format!("{}=1", "n".repeat(10_000)));
        assert_eq!(notices[0].name().chars().count(), MAX_NAME_IN_NOTICE + 1);
    }
}
