//! Native form controls bound to one lever of the scenario each.

mod compare;
mod explain;
mod lever;
mod presets;

pub use compare::Compare;
pub use explain::explain_until_moved;
pub use lever::{LeverPanel, Levers};
pub use presets::Presets;
