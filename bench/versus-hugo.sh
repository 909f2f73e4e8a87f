#!/usr/bin/env bash
# Times Hugo and Alliances building the same corpora, run by run in turn (Hugo, Alliances, Hugo, …),
# so that both see the same machine: its speed drifts over minutes on a shared host, and files
# deleted by one series slow the next one's file creation (docs/benchmarks.md, "Measuring caveat").
# Prints per size each tool's median wall time, peak RSS and CPU, and the median of the per-pair
# time ratios (Alliances / Hugo), the figure the speed goals are stated in.
#
# usage: bench/versus-hugo.sh [runs=5] [sizes="3 1000 10000"]
#   ALLIANCES_BIN=path   time this binary instead of publishing out/alliances (Native AOT)
#   HUGO=path            this hugo (default: hugo on PATH; Debian's is 0.111.3)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_setup versus "$@"

for tool in time hugo; do
  command -v "/usr/bin/$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
done
hugo="${HUGO:-/usr/bin/hugo}"
bin="$(alliances_binary)"
make_corpora "$corpora" $sizes
for n in $sizes; do
  prepare_hugo_site "$corpora/$n" "$scratch/site-$n"
done

summary() {
  local file="$1"
  printf '%6.2f s wall, %5s MiB peak, %6.2f s cpu' \
    "$(awk '{ print $1 }' "$file" | median)" \
    "$(awk '{ printf "%.0f\n", $2 / 1024 }' "$file" | median)" \
    "$(awk '{ printf "%.2f\n", $3 + $4 }' "$file" | median)"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $("$hugo" version | cut -d' ' -f1-2); load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $sizes; do
  : >"$scratch/hugo-$n"
  : >"$scratch/ours-$n"
  for i in $(seq "$runs"); do
    # Every run builds into a folder of its own; all are deleted only when the script exits. Before
    # each, the last run's pages are written back (sync), so neither tool pays for the other's.
    sync
    HUGO_PARAMS_RELATED=set /usr/bin/time -f "%e %M %U %S" -a -o "$scratch/hugo-$n" \
      "$hugo" --quiet --source "$scratch/site-$n" --cacheDir "$scratch/cache" --destination "$scratch/hugo-out-$n-$i" >/dev/null
    sync
    /usr/bin/time -f "%e %M %U %S" -a -o "$scratch/ours-$n" \
      "$bin" build --content "$corpora/$n" --templates templates --output "$scratch/ours-out-$n-$i" >/dev/null
  done
  ratio=$(paste "$scratch/ours-$n" "$scratch/hugo-$n" | awk '{ printf "%.3f\n", $1 / $5 }' | median)
  memory=$(paste "$scratch/ours-$n" "$scratch/hugo-$n" | awk '{ printf "%.3f\n", $2 / $6 }' | median)
  printf '%6s essays: hugo %s | alliances %s | time %s× memory %s× (medians of %s pairs)\n' \
    "$n" "$(summary "$scratch/hugo-$n")" "$(summary "$scratch/ours-$n")" "$ratio" "$memory" "$runs"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
