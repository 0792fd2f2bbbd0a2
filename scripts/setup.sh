#!/usr/bin/env bash
# Installs whatever the project needs and is missing, and says what it installs.
# Idempotent: a second run installs nothing.
#
#   scripts/setup.sh build   wasm target, trunk, wasm-bindgen-cli, wasm-opt (binaryen), and a
#                            font (fonts-liberation, apt) for the figures' build-time PNGs
#   scripts/setup.sh test    the above, plus leptosfmt (crates.io), Chromium, ChromeDriver,
#                            a Java runtime for the Nu HTML checker, poppler-utils and a
#                            Chinese font for the print test (apt) and the e2e npm packages
#
# Versions are read from the project's own files: trunk and wasm-opt from Trunk.toml,
# wasm-bindgen from Cargo.lock, leptosfmt from scripts/pins.sh. Nothing downloads a browser or a prebuilt binary:
# Chromium and Java come from Debian, the Rust tools are built from crates.io.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
what="${1:-build}"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

source scripts/pins.sh # trunk_version, binaryen_version, leptosfmt_version

# Builds a tool from crates.io. The tools are built on the machine that runs them, so their
# crates' release profiles are relaxed: trunk's asks for fat link-time optimisation in one
# codegen unit, most of its build time on two cores, for a program that spends its time
# waiting on cargo and wasm-opt. The tools do the same work either way.
cargo_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

# Installs Debian packages, without their recommends, as root or through sudo.
apt_install() {
  local sudo_=""
  [ "$(id -u)" = 0 ] || sudo_=sudo
  $sudo_ apt-get update -qq
  $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "installing the Rust component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "installing trunk $trunk_version from crates.io (takes about 5 minutes)"
  cargo_install trunk --version "$trunk_version" --locked
fi

[ -f Cargo.lock ] || cargo generate-lockfile --offline 2>/dev/null || cargo generate-lockfile
bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (must equal wasm-bindgen in Cargo.lock)"
  # Not --locked: the CLI's own lock file does not resolve against the registry here.
  cargo_install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$binaryen_version" ]; then
  say "installing wasm-opt (npm package binaryen@$binaryen_version) into .tools/"
  npm install --silent --no-save --no-audit --no-fund --prefix .tools "binaryen@$binaryen_version.0.0"
fi

# The build draws each figure's chart to a PNG (examples/previews.rs), whose labels need a
# font on the machine; without one that step fails. Debian's fonts-liberation or
# fonts-dejavu-core will do: a machine with either is left as it is.
if [ ! -d /usr/share/fonts/truetype/liberation ] && [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  say "installing Debian's fonts-liberation (the text of the figures' preview images)"
  apt_install fonts-liberation
fi

[ "$what" = test ] || exit 0

if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $leptosfmt_version" ]; then
  say "installing leptosfmt $leptosfmt_version from crates.io (checks the view! macros' format; about a minute)"
  cargo_install leptosfmt --version "$leptosfmt_version" --locked
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/truetype/liberation ]; then
  say "installing Debian's chromium, chromium-driver and fonts-liberation"
  # Without recommends (sandbox, GPU drivers, upower, printing: headless tests run with
  # --no-sandbox --disable-gpu); fonts-liberation is only a recommend, so it is named.
  apt_install chromium chromium-driver fonts-liberation
fi

# The Nu HTML checker (npm package vnu-jar, tests/e2e/specs/valid.spec.js) is a Java program.
if ! command -v java >/dev/null; then
  say "installing Debian's default-jre-headless (Java, for the Nu HTML checker)"
  apt_install default-jre-headless
fi

# The print test (tests/e2e/specs/print.spec.js) reads Chromium's PDF back with pdftotext,
# in both languages: the Chinese page needs a font with Chinese glyphs, as its readers have
# (without one, Chromium draws empty boxes and some characters are lost from the PDF's text).
if ! command -v pdftotext >/dev/null || [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  say "installing Debian's poppler-utils (pdftotext) and fonts-wqy-microhei (a Chinese font), for the print test"
  apt_install poppler-utils fonts-wqy-microhei
fi

if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  say "installing the end-to-end test packages (tests/e2e, from package-lock.json)"
  # No install scripts: the only one, vnu-jar's, downloads a Java runtime from GitHub
  # when it finds none, and Java comes from Debian (above).
  npm ci --silent --no-audit --no-fund --ignore-scripts --prefix tests/e2e
fi
