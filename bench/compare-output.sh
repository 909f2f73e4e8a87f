#!/usr/bin/env bash
# Shows that a change leaves the output byte for byte as it was: builds the real content and
# generated corpora with the binary of a base revision and with the working tree's, and compares
# the two output folders with `diff -r`. Exits 0 only when every pair is identical.
#
# usage: bench/compare-output.sh [BASE=main] [sizes="1000 10000"]
#   OLD=path NEW=path   compare these two builds instead (alliances executables or alliances.dll)
#   OLD_TEMPLATES=dir   the templates the old binary renders with (default: the base revision's own,
#                       so a change to templates and code together is compared as a whole)
#
# The corpora come from bench/Alliances.Corpus (seed 1), kept between runs as the other scripts keep them.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
base="${1:-main}"
bench_setup compare 1 "${2:-1000 10000}"

old="${OLD:-$(build_binary "$base" "$scratch/old")}"
new="${NEW:-$(build_binary . "$scratch/new")}"
make_corpora "$corpora" $sizes
old_templates="${OLD_TEMPLATES:-templates}"
[ -z "${OLD:-}" ] && [ -z "${OLD_TEMPLATES:-}" ] && old_templates="$(templates_of "$base")"
new_templates="$(templates_of .)"

failed=0
# compare NAME CONTENT: builds CONTENT with both binaries and diffs the results.
compare() {
  local name="$1" content="$2" side
  for side in old new; do
    # The same output path for both, so nothing that depends on it can differ; moved aside after.
    local templates_var="${side}_templates"
    run "${!side}" build --content "$content" --templates "${!templates_var}" --output "$scratch/out" >"$scratch/$name-$side.log" 2>&1 ||
      { echo "$name: the $side binary failed:"; cat "$scratch/$name-$side.log"; failed=1; return; }
    mv "$scratch/out" "$scratch/$name-$side"
  done
  if diff -r "$scratch/$name-old" "$scratch/$name-new" >"$scratch/$name.diff"; then
    echo "$name: identical ($(find "$scratch/$name-new" -type f | wc -l) files)"
  else
    echo "$name: DIFFERENT ($(grep -c '' "$scratch/$name.diff") lines of diff; first lines below)"
    head -20 "$scratch/$name.diff"
    failed=1
  fi
  rm -rf "$scratch/$name-old" "$scratch/$name-new"
}

compare content content
for n in $sizes; do
  compare "corpus-$n" "$corpora/$n"
done
exit "$failed"
