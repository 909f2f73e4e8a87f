# Shared by the bench scripts (sourced, not run): the corpora and the median.

# bench_setup NAME [runs] [sizes]: the scripts' common start. Sets runs (default 5), sizes (default
# "3 1000 10000"), corpora (where make_corpora writes) and scratch (a new temporary folder, removed on
# exit unless KEEP=1, which prints its path instead).
bench_setup() {
  local name="$1"
  shift
  runs="${1:-5}"
  sizes="${2:-3 1000 10000}"
  corpora="${TMPDIR:-/tmp}/alliances-bench-corpora-v2"
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/alliances-$name.XXXXXX")"
  if [ "${KEEP:-}" = "1" ]; then trap 'echo "kept: $scratch"' EXIT; else trap 'rm -rf "$scratch"' EXIT; fi
}

# make_corpus N DIR: writes a synthetic content folder of N essays (bench/Alliances.Corpus, seed 1).
make_corpus() {
  dotnet run -c Release --project bench/Alliances.Corpus -- "$1" "$2" >/dev/null
}

# make_corpora DIR SIZES...: writes a corpus of N essays into DIR/N once per size. The folder's
# name carries the generator's version, so corpora from an older generator are not reused.
make_corpora() {
  local corpora="$1" n
  shift
  mkdir -p "$corpora"
  for n in "$@"; do
    if [ ! -f "$corpora/$n/site.yml" ]; then
      rm -rf "${corpora:?}/$n"
      make_corpus "$n" "$corpora/$n"
    fi
  done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# prepare_hugo_site CORPUS SITE: lays out a corpus folder as a Hugo site using bench/hugo/.
prepare_hugo_site() {
  local corpus="$1" site="$2" t
  mkdir -p "$site/content/essays" "$site/content/topics" "$site/static"
  ln -s "$(pwd)/bench/hugo/hugo.toml" "$site/hugo.toml"
  ln -s "$(pwd)/bench/hugo/layouts" "$site/layouts"
  cp -r templates/assets "$site/static/assets"
  cp -l "$corpus"/essays/*.md "$site/content/essays/" 2>/dev/null || cp "$corpus"/essays/*.md "$site/content/essays/"
  for t in "$corpus"/topics/*.md; do
    mkdir -p "$site/content/topics/$(basename "$t" .md)"
    cp "$t" "$site/content/topics/$(basename "$t" .md)/_index.md"
  done
}

# alliances_binary: $ALLIANCES_BIN, or a fresh Native AOT publish into out/ (prints the path).
alliances_binary() {
  if [ -n "${ALLIANCES_BIN:-}" ]; then
    echo "$ALLIANCES_BIN"
  else
    dotnet publish src/Alliances.Cli -c Release -o out >/dev/null
    echo out/alliances
  fi
}

# build_binary REV DIR: the CLI of a git revision (or the working tree for "."), built into DIR.
build_binary() {
  local rev="$1" dir="$2" src
  if [ "$rev" = "." ]; then
    src="$(pwd)"
  else
    src="$scratch/src-$rev"
    mkdir -p "$src"
    git archive "$rev" | tar -x -C "$src"
  fi
  dotnet build "$src/src/Alliances.Cli" -c Release -o "$dir" -v quiet -nologo >/dev/null
  echo "$dir/alliances.dll"
}

# templates_of REV: the templates folder of a revision build_binary has built (the working tree's for ".").
templates_of() {
  if [ "$1" = "." ]; then echo templates; else echo "$scratch/src-$1/templates"; fi
}

# run BINARY ARGS...: an executable directly, a .dll through dotnet.
run() {
  local bin="$1"
  shift
  case "$bin" in
    *.dll) dotnet "$bin" "$@" ;;
    *) "$bin" "$@" ;;
  esac
}
