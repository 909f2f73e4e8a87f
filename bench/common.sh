# Shared by the bench scripts (sourced, not run): the corpora and the median.

# make_corpora DIR SIZES...: writes ../shared/bench/make-corpus N into DIR/N once per size.
make_corpora() {
  local corpora="$1" make_corpus n
  shift
  make_corpus="$(pwd)/../shared/bench/make-corpus"
  [ -x "$make_corpus" ] || make_corpus=/work/shared/bench/make-corpus
  mkdir -p "$corpora"
  for n in "$@"; do
    if [ ! -f "$corpora/$n/site.yml" ]; then
      rm -rf "${corpora:?}/$n"
      "$make_corpus" "$n" "$corpora/$n"
    fi
  done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
