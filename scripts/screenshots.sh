#!/usr/bin/env bash
# Screenshots of the release build (`make screenshots`, after `make dist`): serves dist/
# on a free loopback port, runs tests/e2e/screenshots.mjs against it, stops the server.
# The PNGs land in tests/e2e/screenshots/ (not committed); nothing compares them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh
[ -f dist/index.html ] || { echo "no dist/index.html: run make dist first" >&2; exit 1; }

cd tests/e2e
port=$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
node serve.mjs ../../dist "$port" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
node screenshots.mjs "http://127.0.0.1:$port/"
