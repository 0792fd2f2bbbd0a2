#!/usr/bin/env bash
# Trunk post-build hook: writes start.js, the article's HTML, the oEmbed files and, for a
# release build, the offline classroom (the service worker sw.js and the zip of the whole
# build), then the precompressed copies of every file.
#
# Trunk's inline start-up script is turned off (inject_scripts = false) so the page
# runs under a strict CSP without 'unsafe-inline'. With hashed file names the start
# module cannot guess the names, so this hook writes them in after each build.
#
# oEmbed and link previews need absolute URLs, which only the deployer knows: set
# LIVESTREAM_ARENA_URL (e.g. https://example.org/livestream-arena/) when building for a
# host; without it the files and the pages' og:image hold relative URLs, which oEmbed
# consumers and link previews cannot resolve.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
js=$(cd "$dir" && ls livestream-arena*.js | head -n 1)
wasm=$(cd "$dir" && ls livestream-arena*_bg.wasm | head -n 1)
# The embed pages' smaller wasm (src/bin/figure.rs), which Trunk builds as a "worker" and
# so leaves unhashed: named here by its content, as Trunk names its own, so that no cache
# holds on to an old copy.
hash=$(cat "$dir/figure.js" "$dir/figure_bg.wasm" | sha256sum | cut -c1-16)
figure_js="figure-$hash.js"
figure_wasm="figure-${hash}_bg.wasm"
mv "$dir/figure.js" "$dir/$figure_js"
mv "$dir/figure_bg.wasm" "$dir/$figure_wasm"
# start_script GLUE WASM: a module that starts the app of GLUE (wasm-bindgen's module) and WASM.
start_script() {
  echo "// Starts Livestream Arena. Written by scripts/post-build.sh at build time."
  if [ "${TRUNK_PROFILE:-}" != release ]; then
    # A debug build (trunk serve) has no worker, and first removes one that a release
    # build left on this origin, so a cached copy never stands in for the code being edited.
    cat <<'JS'
try {
  navigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => r.unregister()), () => {});
} catch {}
JS
  fi
  cat <<JS
import init from './$1';
await init({ module_or_path: new URL('./$2', import.meta.url) });
JS
}
{
  start_script "$js" "$wasm"
  if [ "${TRUNK_PROFILE:-}" = release ]; then
    # The offline classroom: a release build keeps a copy of itself (sw.js, written
    # below). Not from an embed: a blog's reader needs no copy of the whole explainer.
    cat <<'JS'
if ('serviceWorker' in navigator && !new URLSearchParams(location.search).has('embed')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
JS
  fi
} > "$dir/start.js"
# The embed pages' (examples/prerender.rs puts it in their <head> instead of start.js).
start_script "$figure_js" "$figure_wasm" > "$dir/start-figure.js"

# With injection off Trunk leaves the <link data-trunk rel="rust" ...> element in the page
# (it only adds data-trunk-id): drop every <link> with a data-trunk* attribute, across line
# breaks, in any attribute order or quoting; an element alone on its line takes the line.
perl -0777 -pi -e '
  my $attrs = qr{(?:[^>"\x27]|"[^"]*"|\x27[^\x27]*\x27)*?};
  my $link = qr{<link(?=[\s/>])$attrs(?<=[\s"\x27])data-trunk(?=[\s=/>-])$attrs>}i;
  s{^[ \t]*$link[ \t]*\n}{}gm;
  s{$link}{}g;
' "$dir/index.html"

# A PNG of each embeddable figure's chart (preview/ID.png, and preview/article.png), drawn
# natively from the English article with the stylesheet's light theme: first, because the
# pages and the oEmbed files below state the images' sizes, and the zip must hold them.
cargo run --quiet --example previews -- "$dir" public/style.css

# The article itself, rendered by the app's own components: index.html in English, zh.html
# in Chinese, with link-preview tags naming preview/article.png; and each embeddable figure
# alone, embed-ID.html and embed-ID-zh.html.
cargo run --quiet --example prerender -- "$dir" "${LIVESTREAM_ARENA_URL:-}"

# One oEmbed file per embeddable figure, from the figure list and snippet the page uses.
cargo run --quiet --example oembed -- "$dir" "${LIVESTREAM_ARENA_URL:-./}"

# Then, so the worker lists and the zip holds every other file of the build.
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node scripts/offline.mjs "$dir"
fi

# Last, once every file is written: FILE.gz and FILE.br beside each, for servers that send
# them (the zip and the worker's list leave these copies out: they are written after).
node scripts/precompress.mjs "$dir"
