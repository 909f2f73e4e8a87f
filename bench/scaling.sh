#!/usr/bin/env bash
# Times each pathological input family at n and 2n and prints the ratio (linear: about 2; quadratic:
# about 4). Usage: bash bench/scaling.sh [families...]   (default: all). ALLIANCES_BIN picks the
# binary (default: a Native AOT publish into out/). Each run is `alliances check` on a small site whose
# one essay (or topic) is the pathological input; the time is the median of 3 runs, wall clock.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_setup scaling "${RUNS:-3}"
bin="$(alliances_binary)"

# write_site DIR FAMILY N: a valid small site plus the family's input at size N.
write_site() {
  local dir="$1" family="$2" n="$3"
  mkdir -p "$dir/essays" "$dir/topics"
  printf 'title: Scaling\ndescription: Scaling.\nbase_url: https://example.org/\nlanguage: en\nrepository: https://github.com/example/x\n' >"$dir/site.yml"
  printf -- '---\ntitle: Topic\nsummary: A topic.\n---\n\nText.\n' >"$dir/topics/topic.md"
  local front='---\ntitle: Essay\ndate: 2024-01-01\nsummary: An essay.\ntopics: [topic]\n---\n\n'
  python3 - "$dir" "$family" "$n" "$front" <<'PY'
import sys
dir, family, n, front = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].encode().decode('unicode_escape')
essay = dir + "/essays/essay.md"
if family == "duplicate-headings":
    open(essay, "w").write(front + "## a\n\n" * n)
elif family == "bare-autolinks":
    open(essay, "w").write(front + "www.a.b " * n + "\n")
elif family == "keywords-x-headings":
    # n keywords against n/9 headings of about 900 characters, none of which matches.
    keywords = ",".join("k%04x" % i for i in range(n))
    open(dir + "/topics/topic.md", "w").write("---\ntitle: Topic\nsummary: A topic.\nkeywords: [" + keywords + "]\n---\n\nText.\n")
    heading = "## " + " ".join("word%03d" % i for i in range(110)) + "\n\n"
    open(essay, "w").write(front + "".join(heading.replace("## ", "## %d " % h, 1) for h in range(n // 9)))
PY
}

# family n: the n the issue measured (2n is timed too).
families="${*:-duplicate-headings:40000 bare-autolinks:80000 keywords-x-headings:5250}"
printf '%-22s %8s %10s %8s %10s %6s\n' family n "time(s)" 2n "time(s)" ratio
for entry in $families; do
  family="${entry%%:*}"
  n="${entry##*:}"
  times=()
  for size in "$n" $((2 * n)); do
    site="$scratch/$family-$size"
    write_site "$site" "$family" "$size"
    mkdir -p "$scratch/templates"
    t=$(for _ in $(seq "$runs"); do
      start=$(date +%s.%N)
      "$bin" check --content "$site" --templates templates >/dev/null 2>&1 || true
      echo "$(date +%s.%N) - $start" | bc
    done | median)
    times+=("$t")
  done
  ratio=$(echo "scale=2; ${times[1]} / ${times[0]}" | bc)
  printf '%-22s %8s %10.3f %8s %10.3f %6s\n' "$family" "$n" "${times[0]}" $((2 * n)) "${times[1]}" "$ratio"
done
