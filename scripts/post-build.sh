#!/usr/bin/env bash
# Trunk post-build hook: writes start.js and the oEmbed files into the build.
#
# Trunk's inline start-up script is turned off (inject_scripts = false) so the page
# runs under a strict CSP without 'unsafe-inline'. With hashed file names the start
# module cannot guess the names, so this hook writes them in after each build.
#
# oEmbed needs absolute URLs, which only the deployer knows: set LIVESTREAM_ARENA_URL
# (e.g. https://example.org/livestream-arena/) when building for a host; without it
# the files hold relative URLs, which oEmbed consumers cannot resolve.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
js=$(cd "$dir" && ls livestream-arena*.js | head -n 1)
wasm=$(cd "$dir" && ls livestream-arena*_bg.wasm | head -n 1)
cat > "$dir/start.js" <<JS
// Starts Livestream Arena. Written by scripts/post-build.sh at build time.
import init from './${js}';
await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
JS

# With injection off Trunk leaves its own <link data-trunk rel=rust> marker in the page: drop it.
sed -i 's|<link[^>]*data-trunk[^>]*>||g' "$dir/index.html"

base="${LIVESTREAM_ARENA_URL:-./}"
mkdir -p "$dir/oembed"
while read -r id title; do
  cat > "$dir/oembed/$id.json" <<JSON
{
  "version": "1.0",
  "type": "rich",
  "provider_name": "Livestream Arena",
  "provider_url": "$base",
  "title": "Livestream Arena: $title",
  "width": 640,
  "height": 640,
  "html": "<iframe src=\"${base}?embed=$id\" title=\"Livestream Arena: $title\" loading=\"lazy\" width=\"100%\" height=\"640\" style=\"border:0\" data-livestream-arena></iframe><script src=\"${base}embed.js\" async></script>"
}
JSON
done <<'FIGURES'
shares Projected shares of livestream GMV
scoreboard The scoreboard, 2019–2020
ban Douyin's link ban
alliances Projected GMV shares of the blocs
map The map of the battlefield
trust Xiaohongshu's revenue against selling intensity
sensitivity Which assumption moves the answer most
FIGURES
