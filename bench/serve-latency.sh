#!/usr/bin/env bash
# Time from saving one essay to the live-reload event, with `alliances serve` over a synthetic site.
#
# usage: [SITE="social_cards: false"] bench/serve-latency.sh [ESSAYS=10000] [EDITS=9] [KIND=body]
#
# KIND is what each edit changes: `body` appends a sentence to the essay's text; `title` rewrites its
# `title:` line (which also changes the home page, its topics' pages, its neighbours and the feeds).
#
# Generates a corpus of ESSAYS essays (bench/Alliances.Corpus) into a temp folder, copies templates/, starts
# `alliances serve` (Release build) on a free loopback port, opens the SSE stream like a browser
# would, then EDITS times: edits one essay (see KIND) and measures from the end of the write
# to the arrival of the `reload` event. Prints each edit, then min / median / max, plus the server's
# own rebuild times from its log. ALLIANCES=/path/to/alliances runs a prebuilt binary instead (for
# example the Native AOT one from `dotnet publish src/Alliances.Cli -c Release -r linux-x64 -p:PublishAot=true`).
set -euo pipefail
cd "$(dirname "$0")/.."
ESSAYS="${1:-10000}"
EDITS="${2:-9}"
KIND="${3:-body}"
case "$KIND" in body | title) ;; *) echo "KIND is body or title, not $KIND" >&2; exit 2 ;; esac
WORK="$(mktemp -d "${TMPDIR:-/tmp}/alliances-serve-bench.XXXXXX")"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

source bench/common.sh
make_corpus "$ESSAYS" "$WORK/content"
# SITE="social_cards: false": lines added to the corpus's site.yml (without it the first build draws
# a card per essay, minutes at 10,000 essays; the edits are timed the same either way for body edits).
[ -n "${SITE:-}" ] && printf '%s\n' "$SITE" >>"$WORK/content/site.yml"
cp -r templates "$WORK/templates"
if [ -n "${ALLIANCES:-}" ]; then
  RUN=("$ALLIANCES")
else
  dotnet build src/Alliances.Cli -c Release -o "$WORK/bin" -v quiet -nologo >/dev/null
  RUN=(dotnet "$WORK/bin/alliances.dll")
fi
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${RUN[@]}" serve --content "$WORK/content" --templates "$WORK/templates" --port "$PORT" >"$WORK/serve.log" 2>&1 &
PID=$!

python3 - "$WORK" "$PORT" "$EDITS" "$KIND" <<'PY'
import http.client, os, re, statistics, sys, time

work, port, edits, kind = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
log = os.path.join(work, "serve.log")
deadline = time.time() + 900
while "Serving the site at" not in open(log).read():
    if time.time() > deadline:
        sys.exit("serve did not start:\n" + open(log).read())
    time.sleep(0.2)
print(open(log).read().strip())
base = re.search(r"Serving the site at http://[^/]+(/\S*)", open(log).read()).group(1)

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
conn.request("GET", base + "__alliances/events")
events = conn.getresponse()

def next_event(name):
    current = None
    while True:
        line = events.readline().decode().rstrip("\n")
        if line.startswith("event: "):
            current = line[7:]
        elif line == "" and current is not None:
            if current == name:
                return
            current = None

next_event("hello")
essays = sorted(os.listdir(os.path.join(work, "content", "essays")))
target = os.path.join(work, "content", "essays", essays[len(essays) // 2])
times = []
for i in range(edits):
    with open(target, encoding="utf-8") as f:
        text = f.read()
    with open(target, "w", encoding="utf-8") as f:
        if kind == "title":
            f.write(re.sub(r"^title: .*$", f"title: Edited title number {i}", text, count=1, flags=re.M))
        else:
            f.write(text + f"\nEdit number {i} of the latency benchmark.\n")
    start = time.perf_counter()
    next_event("reload")
    times.append((time.perf_counter() - start) * 1000)
    print(f"edit {i + 1}: {times[-1]:.0f} ms from write to reload event")
    time.sleep(0.5)

server = [float(m) for m in re.findall(r"Rebuilt in (\d+) ms", open(log).read())]
print(f"{len(essays)} essays, {edits} {kind} edits of {os.path.basename(target)}")
print(f"write -> reload event: min {min(times):.0f} ms, median {statistics.median(times):.0f} ms, max {max(times):.0f} ms")
if server:
    print(f"server rebuild (from its log): min {min(server):.0f} ms, median {statistics.median(server):.0f} ms, max {max(server):.0f} ms")
print("last log lines:")
print("\n".join(open(log).read().strip().splitlines()[-3:]))
PY
