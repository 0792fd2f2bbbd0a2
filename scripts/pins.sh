# Sourced from the project root by setup.sh and bench.sh: the build's tool versions,
# pinned in Trunk.toml (its header says they live there and nowhere else), and the one
# check-only tool's, pinned here.
toml_value() { # toml_value KEY FILE -> the first quoted value of KEY
  sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" "$2" | head -n 1
}
trunk_version=$(toml_value trunk-version Trunk.toml)
binaryen_version=$(toml_value wasm_opt Trunk.toml | sed 's/^version_//')
if [ -z "$trunk_version" ] || [ -z "$binaryen_version" ]; then
  echo "scripts/pins.sh: trunk-version or [tools] wasm_opt missing from Trunk.toml" >&2
  exit 1
fi
# The formatter of the view! macros, run by make test beside cargo fmt (leptosfmt.toml).
leptosfmt_version=0.1.33
