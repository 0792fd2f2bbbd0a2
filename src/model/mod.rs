//! The market model: alliances and trust in, projected livestream GMV shares out.
//!
//! Pure Rust with no web dependency, so the same code is tested natively and runs in the browser. A
//! [`Scenario`] holds the reader's levers, [`Params`] the calibrated constants, and [`project`] turns them
//! into a [`Projection`]: GMV, shares and attention per player and year. docs/model.md states the equations,
//! the assumptions and where every default came from.
//!
//! ```
//! use livestream_arena::model::{project, Player, Scenario};
//!
//! let p = project(&Scenario::default());
//! let no_ban = project(&Scenario { link_ban: false, ..Scenario::default() });
//! // 2019 and 2020 are history: no lever moves them.
//! assert_eq!(p.year(2020), no_ban.year(2020));
//! // From 2021 the ban is the reader's to switch off: links to Taobao come back.
//! assert!(no_ban.year(2021).unwrap().douyin_links_to_taobao > 0.0);
//! let taobao_2021 = p.year(2021).unwrap().gmv[Player::TaobaoLive.index()];
//! assert!(taobao_2021 > 0.0);
//! ```

mod assumed;
mod backtest;
pub mod compare;
pub mod estimate;
mod estimated;
pub mod hindsight;
pub mod ledger;
mod lever;
mod linalg;
mod params;
mod player;
pub mod predict;
mod presets;
mod projection;
mod ranges;
mod revenue;
mod scenario;
mod sensitivity;
mod timeline;
mod uncertainty;
mod year;

pub use assumed::{
    JD_2020, LIVESTREAM_SHOPPERS_END_2020, MARKET_GROWTH_2020, MOGUJIE_2019,
    PARTNER_LINKS_SHARE_2020, XIAOHONGSHU_2020, XIAOHONGSHU_AD_SHARE_2020,
};
pub use backtest::{backtest, BacktestRow, BACKTEST_YEARS};
pub use estimate::{estimate, Estimate, View};
pub use lever::{Lever, LeverKind};
pub use params::{Params, INTERNET_USERS, POPULATION};
pub use player::{Bloc, Partner, Player};
pub use presets::{Preset, PRESETS};
pub use projection::{project, project_with, Projection, YearResult};
pub use ranges::{param_spec, Distribution, FitMove, ParamSpec, PARAM_SPECS};
pub use revenue::{xiaohongshu_revenue, Revenue};
pub use scenario::Scenario;
pub use sensitivity::{base_share, largest_first, lever_tornado, tornado, Swing, SwingInput};
pub use timeline::{
    share_of_sales_from, Date, FIRST_YEAR, KUAISHOU_JD_START, LINK_BAN_START,
    PARTNER_NETWORK_START_YEAR, PROJECTION_START,
};
pub use uncertainty::{
    bands, bands_with, scenario_seed, variance_shares, Bands, Ensemble, ParamKey, DRAG_DRAWS,
    ENSEMBLE_STEP, FULL_DRAWS,
};
