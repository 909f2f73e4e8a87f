#!/usr/bin/env bash
# Whole builds with a base revision's binary and the working tree's, alternating (old, new, old, new…)
# so that the drift of this machine's file system over minutes falls on both alike; prints each run
# and the medians of wall time, peak memory and CPU time. The issue's rule: a change may not make the
# full build slower or larger, and only an alternating comparison can show that here.
#
# usage: bench/alternate.sh [BASE=main] [ESSAYS=10000] [PAIRS=5]
#   NEW_SITE="social_cards: false"   lines added to the site.yml of the new binary's copy of the corpus,
#                                    for a setting the base binary does not know (it would refuse the key);
#                                    here: leave out the social cards a base from before them never draws
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
base="${1:-main}"
essays="${2:-10000}"
pairs="${3:-5}"
bench_setup alternate 1 "$essays"
if [ ! -x /usr/bin/time ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

old="$(build_binary "$base" "$scratch/old")"
new="$(build_binary . "$scratch/new")"
make_corpora "$corpora" "$essays"
# Each binary renders with its own revision's templates (a template may read what only its code provides).
old_templates="$(templates_of "$base")"
new_templates="$(templates_of .)"
old_content="$corpora/$essays"
new_content="$old_content"
if [ -n "${NEW_SITE:-}" ]; then
  new_content="$scratch/new-content"
  cp -r "$old_content" "$new_content"
  printf '%s\n' "$NEW_SITE" >>"$new_content/site.yml"
fi
echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $essays essays, $pairs pairs, base $base${NEW_SITE:+; added to the new side site.yml: $NEW_SITE}"
: >"$scratch/old.times"
: >"$scratch/new.times"
for pair in $(seq "$pairs"); do
  for side in old new; do
    sync # the last run's pages are written back now, not during this one (docs/benchmarks.md)
    content_var="${side}_content" templates_var="${side}_templates"
    /usr/bin/time -f "%e %M %U %S" -o "$scratch/one" dotnet "${!side}" build --content "${!content_var}" --templates "${!templates_var}" --output "$scratch/out-$side-$pair" >/dev/null
    read -r wall rss user sys <"$scratch/one"
    printf 'pair %s %-3s %6.2f s wall, %5.0f MiB peak, %6.2f s cpu\n' "$pair" "$side" "$wall" "$((rss / 1024))" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
    cat "$scratch/one" >>"$scratch/$side.times"
  done
done
for side in old new; do
  printf 'median %-3s %6.2f s wall, %5s MiB peak, %6.2f s cpu\n' "$side" \
    "$(awk '{ print $1 }' "$scratch/$side.times" | median)" \
    "$(awk '{ printf "%.0f\n", $2 / 1024 }' "$scratch/$side.times" | median)" \
    "$(awk '{ printf "%.2f\n", $3 + $4 }' "$scratch/$side.times" | median)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
