#!/usr/bin/env bash
# What the social cards cost: whole builds of a corpus with `social_cards: false`, with cards drawn
# from an empty cache (removed before each run) and with every card in the cache, as whole processes;
# prints the median wall time, CPU time (user + sys) and peak RSS of each, and the cards' size on disk.
#
# usage: bench/card-times.sh [runs=3] [sizes="1000"]
#   ALLIANCES_BIN=path   time this binary instead of publishing out/alliances (Native AOT)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_setup cards "${1:-3}" "${2:-1000}"

if [ ! -x /usr/bin/time ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

bin="$(alliances_binary)"
make_corpora "$corpora" $sizes

echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $sizes; do
  # Copies of the corpus in the scratch folder, so the image cache beside each is this script's own.
  for mode in off cold warm; do
    mkdir -p "$scratch/$mode"
    cp -r "$corpora/$n" "$scratch/$mode/content"
  done
  echo "social_cards: false" >>"$scratch/off/content/site.yml"
  "$bin" build --content "$scratch/warm/content" --templates templates --output "$scratch/warm/first" >/dev/null

  for mode in off cold warm; do
    : >"$scratch/times"
    for run in $(seq "$runs"); do
      [ "$mode" = cold ] && rm -rf "$scratch/cold/.alliances-cache"
      sync
      /usr/bin/time -f "%e %M %U %S" -o "$scratch/one" "$bin" build --content "$scratch/$mode/content" --templates templates --output "$scratch/$mode/site-$run" >/dev/null
      cat "$scratch/one" >>"$scratch/times"
    done
    wall=$(awk '{ print $1 }' "$scratch/times" | median)
    rss=$(awk '{ printf "%.0f\n", $2 / 1024 }' "$scratch/times" | median)
    cpu=$(awk '{ printf "%.2f\n", $3 + $4 }' "$scratch/times" | median)
    printf 'cards %-4s %6s essays: %6.2f s wall, %6.2f s cpu, %5s MiB peak (median of %s)\n' "$mode" "$n" "$wall" "$cpu" "$rss" "$runs"
  done
  printf 'cards: %s files, %s KiB in all\n' "$(ls "$scratch/warm/site-1/cards" | wc -l)" "$(du -sk "$scratch/warm/site-1/cards" | cut -f1)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
