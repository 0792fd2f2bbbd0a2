//! Native form controls bound to one lever of the scenario each.

mod lever;
mod presets;

pub use lever::LeverControl;
pub use presets::Presets;
