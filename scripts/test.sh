#!/usr/bin/env bash
# The project's test command (`make test`): every check and every test layer.
# Ends non-zero on any failure, and on any layer that ran no test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Sums cargo's "test result: ok. N passed" lines (one per test binary).
cargo_passed() { grep -o 'test result: ok\. [0-9]* passed' "$1" | awk '{s += $4} END {print s + 0}'; }
require_tests() { # require_tests LAYER COUNT
  if [ "$2" -eq 0 ]; then echo "the $1 layer ran no test" >&2; exit 1; fi
  summary+=("$1: $2 passed, 0 failed")
}
summary=()

step "format and lints (native and wasm32)"
cargo fmt --all --check
leptosfmt --quiet --check src
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

step "layer 1: native cargo test"
cargo test --quiet 2>&1 | tee "$log/native"
require_tests native "$(cargo_passed "$log/native")"

step "layer 2: wasm-bindgen-test in headless Chromium"
# The runner gives the whole browser run 20 s by default, and these six tests take about
# 18 s in a debug build: a busy machine ran out of it once (2026-11-28).
WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --target wasm32-unknown-unknown 2>&1 | tee "$log/wasm"
require_tests browser "$(cargo_passed "$log/wasm")"

step "release build"
trunk build --release --offline

step "layer 3: end-to-end (Playwright against dist/)"
(cd tests/e2e && npx playwright test) 2>&1 | tee "$log/e2e"
e2e=$(sed -n 's/^ *\([0-9]*\) passed.*/\1/p' "$log/e2e" | tail -n 1)
require_tests e2e "${e2e:-0}"

step "summary"
printf '%s\n' "${summary[@]}"
