#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the home page, a topic page
# and an essay, as a phone sees them (Lighthouse's default mobile form factor: a 412×823 screen,
# simulated slow 4G and a 4× slower CPU), for the real content and for generated corpora.
#
# usage: bench/lighthouse.sh [sizes="real 1000 10000"]
#   ALLIANCES_BIN=path   build with this binary (a .dll runs through dotnet) instead of a Release build
#   CARDS=1              draw the corpora's social cards (by default their site.yml gets
#                        `social_cards: false`: 10,000 cards add minutes to the build and nothing to
#                        these scores; the real content always draws its cards)
#   KEEP=1               keep the sites and Lighthouse's JSON reports (the path is printed)
#
# Each site is built with --base-url pointing at the local server (so canonical links and feeds are
# those of the site being measured), served from 127.0.0.1 on a free port by bench/pages-server.py
# the way GitHub Pages serves it (folder index.html, 404.html, gzip), and every page is audited by a
# fresh headless Chromium (/usr/bin/chromium, or ALLIANCES_CHROMIUM). Lighthouse and the Node.js it
# needs (22 or later) are installed once, pinned, from npm into $TMPDIR/alliances-lighthouse.
# Performance scores depend on the machine's load: the script prints the load average before and
# after; quote it with the scores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_setup lighthouse 1 "${1:-real 1000 10000}"

LIGHTHOUSE_VERSION=13.5.0
NODE_VERSION=22.23.3
LH_DIR="${TMPDIR:-/tmp}/alliances-lighthouse"
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ] || ! grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$LH_DIR/node_modules/lighthouse/package.json"; then
  mkdir -p "$LH_DIR"
  npm install --prefix "$LH_DIR" --no-audit --no-fund --loglevel=error \
    "node@$NODE_VERSION" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
node="$LH_DIR/node_modules/.bin/node"
export CHROME_PATH="${ALLIANCES_CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROME_PATH" ] || { echo "no browser at $CHROME_PATH (apt-get install chromium)" >&2; exit 2; }

if [ -n "${ALLIANCES_BIN:-}" ]; then bin="$ALLIANCES_BIN"; else bin="$(build_binary . "$scratch/bin")"; fi
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; if [ "${KEEP:-}" = "1" ]; then echo "kept: $scratch"; else rm -rf "$scratch"; fi' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results="$scratch/results.tsv"
: >"$results"
for size in $sizes; do
  if [ "$size" = "real" ]; then
    content="content"
    essays=(content/essays/*.md)
  else
    make_corpora "$corpora" "$size"
    content="$scratch/content-$size"
    cp -r "$corpora/$size" "$content"
    [ "${CARDS:-}" = "1" ] || printf '\nsocial_cards: false\n' >>"$content/site.yml"
    essays=("$content"/essays/*.md)
  fi
  essay="${essays[0]}" # the first by file name
  port="$(free_port)"
  site="$scratch/site-$size"
  run "$bin" build --content "$content" --output "$site" --base-url "http://127.0.0.1:$port/" >/dev/null
  python3 bench/pages-server.py "$site" "$port" &
  server=$!
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
  for page in "" "topics/intelligence/" "essays/$(basename "$essay" .md)/"; do
    report="$scratch/lighthouse-$size-$(echo "${page:-home}" | tr / _).json"
    "$node" "$LH_DIR/node_modules/lighthouse/cli/index.js" "http://127.0.0.1:$port/$page" \
      --chrome-flags="--headless --no-sandbox --disable-gpu" --quiet \
      --output=json --output-path="$report" >/dev/null 2>"$report.log" \
      || { echo "lighthouse failed on $size /$page:" >&2; tail -5 "$report.log" >&2; continue; }
    "$node" -e '
      const r = require(process.argv[1]), c = r.categories, s = (k) => Math.round(c[k].score * 100);
      // What cost a category its points: each failing audit that carries weight in it.
      const lost = ["accessibility", "best-practices", "seo"].flatMap((k) => c[k].auditRefs
        .filter((a) => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1).map((a) => a.id));
      const m = (id) => r.audits[id].displayValue || "";
      console.log([process.argv[2], process.argv[3], s("performance"), s("accessibility"), s("best-practices"), s("seo"),
        m("first-contentful-paint"), m("largest-contentful-paint"), m("total-blocking-time"), m("cumulative-layout-shift"),
        lost.join(" ") || "-"].join("\t"));
    ' "$report" "$size" "/$page" >>"$results"
  done
  kill "$server" && wait "$server" 2>/dev/null || true
  server=""
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
{
  printf 'site\tpage\tperformance\taccessibility\tbest practices\tSEO\tFCP\tLCP\tTBT\tCLS\tfailing audits (a11y, bp, SEO)\n'
  cat "$results"
} | column -t -s $'\t'
