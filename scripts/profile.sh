#!/usr/bin/env bash
# Where a slider tick's time goes (`make profile`): builds the release dist/, rebuilds
# its wasm with function names kept, serves that copy on loopback and prints a CPU
# profile of 1,000 sandbox slider inputs (SLIDER=trust: the trust chapter's) in
# headless Chromium, from each input to its settling (self time, and the app's own
# functions with what they call). A tool for finding work to cut; the
# budgets themselves are checked by `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh

trunk build --release --offline
out=target/profile
rm -rf "$out" && mkdir -p "$out/bindgen" && cp -r dist "$out/dist"
wasm-bindgen --target web --keep-debug --out-dir "$out/bindgen" \
  target/wasm32-unknown-unknown/release/livestream-arena.wasm
# The same wasm-opt run as the release build (flags from index.html), keeping names.
flags=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html | sed 's/--strip-debug//; s/--strip-producers//')
# shellcheck disable=SC2086
wasm-opt -Oz $flags --debuginfo "$out/bindgen/livestream-arena_bg.wasm" -o "$out/named.wasm"
glue=$(basename dist/livestream-arena-*.js)
cp "$out/bindgen/livestream-arena.js" "$out/dist/$glue"
cp "$out/named.wasm" "$out/dist/${glue%.js}_bg.wasm"
cd tests/e2e && node bench/profile.mjs "../../$out/dist" "${1:-30}"
