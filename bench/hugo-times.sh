#!/usr/bin/env bash
# Times Hugo building the same site as ours (bench/hugo/: essay pages with TOC, topics, related essays
# and previous/next; a page per topic listing every essay; home listing every essay; Atom feeds;
# sitemap) from generated corpora of 3 / 1000 / 10000 essays, as whole processes, each run into a fresh folder, and
# prints the median wall time, peak RSS and CPU time per size, as bench/build-times.sh does.
#
# usage: bench/hugo-times.sh [runs=5] [sizes="3 1000 10000"]
#   HUGO_RELATED=page  use .Related per page, as most Hugo sites write it (quadratic: not at 10,000)
#                      instead of the default: related essays ranked once per topic set (partialCached)
#   HUGO=path          time this hugo binary (default: hugo on PATH; Debian's is 0.111.3)
#   KEEP=1             keep the scratch folder (content and outputs) and print its path
#   VERBOSE=1          also print every run's wall / RSS / CPU
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_setup hugo-bench "$@"

if [ ! -x /usr/bin/time ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
hugo="${HUGO:-$(command -v hugo || true)}"
if [ -z "$hugo" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
  hugo="$(command -v hugo)"
fi
related="${HUGO_RELATED:-set}"
case "$related" in set|page) ;; *) echo "HUGO_RELATED must be set or page" >&2; exit 2 ;; esac

make_corpora "$corpora" $sizes

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ { print $2 }') GiB; $("$hugo" version | cut -d' ' -f1-2); related: $related"
for n in $sizes; do
  prepare_hugo_site "$corpora/$n" "$scratch/site-$n"
done
label="hugo"
[ "$related" = "page" ] && label="hugo-rel"
for n in $sizes; do
  echo "load before $n: $(cut -d' ' -f1-3 /proc/loadavg)"
  : >"$scratch/times-$n"
  for i in $(seq "$runs"); do
    # A fresh destination every run; all are deleted only at the end (deleting thousands of files
    # right before a build slows ext4's inode allocation for that build; see docs/benchmarks.md).
    sync
    HUGO_PARAMS_RELATED="$related" /usr/bin/time -f "%e %M %U %S" -o "$scratch/one" \
      nice -n "${NICE:-0}" "$hugo" --quiet --source "$scratch/site-$n" --cacheDir "$scratch/cache" \
      --destination "$scratch/out-$n-$i" >"$scratch/log" 2>&1 || { cat "$scratch/log" >&2; exit 1; }
    cat "$scratch/one" >>"$scratch/times-$n"
  done
  times="$scratch/times-$n"
  wall=$(awk '{ print $1 }' "$times" | median)
  rss=$(awk '{ printf "%.0f\n", $2 / 1024 }' "$times" | median)
  cpu=$(awk '{ printf "%.2f\n", $3 + $4 }' "$times" | median)
  printf '%-8s %6s essays: %6.2f s wall, %5s MiB peak, %6.2f s cpu (median of %s)\n' "$label" "$n" "$wall" "$rss" "$cpu" "$runs"
  if [ "${VERBOSE:-}" = "1" ]; then
    awk '{ printf "           run: %5.2f s wall, %5.0f MiB, %5.2f s cpu\n", $1, $2 / 1024, $3 + $4 }' "$times"
  fi
  echo "         files: $(find "$scratch/out-$n-1" -type f | wc -l), essay pages: $(find "$scratch/out-$n-1/essays" -name index.html | wc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
