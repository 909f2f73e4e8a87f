#!/usr/bin/env bash
# Times whole builds of generated corpora (bench/Alliances.Corpus) of 3 / 1000 / 10000 essays into a
# fresh folder, as whole processes, and prints the median wall time and median peak RSS per size
# (see docs/benchmarks.md).
#
# usage: bench/build-times.sh [runs=5] [sizes="3 1000 10000"]
#   ALLIANCES_BIN=path   time this binary instead of publishing out/alliances (Native AOT)
#   JIT=1                also time the JIT build (`dotnet build -c Release`, run as dotnet run does)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_setup bench "$@"

if [ ! -x /usr/bin/time ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

bin="$(alliances_binary)"
make_corpora "$corpora" $sizes

# One line per size: median wall seconds, median peak RSS in MiB, the median CPU seconds (user+sys).
measure() {
  local label="$1"; shift
  for n in $sizes; do
    : >"$scratch/times"
    # Each run builds into a folder of its own, and all of them are deleted only when the script
    # exits: deleting thousands of files just before a build makes ext4 slower at creating the next
    # ones (docs/benchmarks.md, "Measuring caveat"), which would be charged to the build.
    for run in $(seq "$runs"); do
      sync # the last run's pages are written back now, not during this one (docs/benchmarks.md)
      /usr/bin/time -f "%e %M %U %S" -o "$scratch/one" "$@" build --content "$corpora/$n" --templates templates --output "$scratch/$label-$n-$run" >/dev/null
      cat "$scratch/one" >>"$scratch/times"
    done
    wall=$(awk '{ print $1 }' "$scratch/times" | median)
    rss=$(awk '{ printf "%.0f\n", $2 / 1024 }' "$scratch/times" | median)
    cpu=$(awk '{ printf "%.2f\n", $3 + $4 }' "$scratch/times" | median)
    printf '%-8s %6s essays: %6.2f s wall, %5s MiB peak, %6.2f s cpu (median of %s)\n' "$label" "$n" "$wall" "$rss" "$cpu" "$runs"
  done
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ { print $2 }') GiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
measure aot ${ALLIANCES_ENV:+env $ALLIANCES_ENV} "$bin"
if [ "${JIT:-}" = "1" ]; then
  dotnet build src/Alliances.Cli -c Release >/dev/null
  measure jit src/Alliances.Cli/bin/Release/net10.0/alliances
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
