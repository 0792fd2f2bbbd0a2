#!/usr/bin/env bash
# Trunk post-build hook: writes start.js, the external module that starts the app.
#
# Trunk's inline start-up script is turned off (inject_scripts = false) so the page
# runs under a strict CSP without 'unsafe-inline'. With hashed file names the start
# module cannot guess the names, so this hook writes them in after each build.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
js=$(cd "$dir" && ls livestream-arena*.js | grep -v '^start' | head -n 1)
wasm=$(cd "$dir" && ls livestream-arena*_bg.wasm | head -n 1)
cat > "$dir/start.js" <<JS
// Starts Livestream Arena. Written by scripts/start-module.sh at build time.
import init from './${js}';
await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
JS

# With injection off Trunk leaves its own <link data-trunk rel=rust> marker in the page: drop it.
sed -i 's|<link[^>]*data-trunk[^>]*>||g' "$dir/index.html"
