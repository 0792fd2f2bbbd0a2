#!/usr/bin/env bash
# The benchmark command (`make bench`): builds the release dist/, times the model
# natively (criterion) and the page in headless Chromium, prints the table and
# writes it into the README between the bench markers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh
source scripts/pins.sh # trunk_version, binaryen_version
# The wasm-opt level of the release build, from index.html's rust link (data-wasm-opt="z" -> -Oz).
opt_level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html | head -n 1)

cargo bench --bench projection -- --noplot 2>&1 | tee /tmp/livestream-arena-bench.log
# criterion prints "time:   [low median high]" after a bench's name; take the median.
median_of() {
  awk -v name="$1" 'index($0, name) == 1 {found = 1} found && /time:/ {print; exit}' /tmp/livestream-arena-bench.log \
    | sed -n 's/.*time: *\[[^ ]* [^ ]* \([^ ]* [^ ]*\) .*/\1/p'
}
native=$(median_of "project default 2019-2025")
native_draws=$(median_of "bands_1000 default 2019-2025")
native_fit3=$(median_of "Model 3 fit, everything-reported view")
native_band3=$(median_of "Model 3 predictive band, 1,000 draws, held-out figures")

trunk build --release --offline
# Each file of the first load, raw and as the precompressed copies the build writes beside it.
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
sizes="| file | raw | gzip -9 | brotli |
|---|---|---|---|"
first_load=(dist/index.html dist/start.js dist/livestream-arena-*.js dist/livestream-arena-*_bg.wasm dist/style-*.css)
# An embed loads its own page, the same style, and the embed pages' own script and wasm.
embed_load=(dist/embed-shares.html dist/start-figure.js dist/figure-*.js dist/figure-*_bg.wasm dist/style-*.css)
declare -A seen
for f in "${first_load[@]}" dist/zh.html "${embed_load[@]}"; do
  [ -n "${seen[$f]:-}" ] && continue
  seen[$f]=1
  sizes="$sizes
| ${f#dist/} | $(kb "$(stat -c%s "$f")") | $(kb "$(stat -c%s "$f.gz")") | $(kb "$(stat -c%s "$f.br")") |"
done
total() { # total FILE... -> the raw, gzip and brotli sums as a table row's cells
  local raw=0 gz=0 br=0
  for f in "$@"; do
    raw=$((raw + $(stat -c%s "$f"))) gz=$((gz + $(stat -c%s "$f.gz"))) br=$((br + $(stat -c%s "$f.br")))
  done
  echo "$(kb "$raw") | $(kb "$gz") | $(kb "$br")"
}
sizes="$sizes
| first load, article (index.html and the rest, not zh.html) | $(total "${first_load[@]}") |
| first load, the shares embed (embed-shares.html and the rest) | $(total "${embed_load[@]}") |"
table=$(cd tests/e2e && node bench/bench.mjs "$native")
table="$table
| native 1,000 Monte Carlo draws (cargo bench) | $native_draws | — | — |
| native Model 3 fit, everything-reported view (cargo bench; in the example and tests: the page reads the stored fit) | $native_fit3 | — | — |
| native Model 3 predictive band, 1,000 draws over the held-out figures (cargo bench) | $native_band3 | — | — |"
printf '%s\n' "$table"

when=$(date -u +%Y-%m-%d)
build="Trunk $trunk_version, wasm-opt $binaryen_version \`-O$opt_level\`"
python3 - "$table" "$when" "$sizes" "$build" <<'PY'
import re, sys
table, when, sizes, build = sys.argv[1:5]
readme = open("README.md").read()
block = (f"<!-- bench:start -->\nRelease build (`make dist`, {build}), {when}:\n\n{sizes}\n\n"
         f"Timings measured {when} on this project's 2-core machine with `make bench`:\n\n{table}\n<!-- bench:end -->")
readme = re.sub(r"<!-- bench:start -->.*<!-- bench:end -->", lambda _: block, readme, flags=re.S)
open("README.md", "w").write(readme)
PY
