#!/usr/bin/env bash
# Build-speed benchmark: generates synthetic sites of 1,000 and 10,000
# creators (10 % as many campaigns, fixed seed), builds them with mediakit
# and, where Hugo or Zola is installed, builds the same creators as a plain
# site with them in the same run, then prints figures and ratios.
#
#   scripts/bench.sh                     # 1,000 and 10,000 creators, 3 runs each
#   SIZES="1000" RUNS=5 scripts/bench.sh
#   QUICK=1 scripts/bench.sh             # smoke run: 100 creators, 1 run, 3 serve edits
#
# Options (environment): SIZES, RUNS (full builds per size, median reported),
# SERVE_RUNS (edits timed in serve), SEED, QUICK, MEMORY (gnu-time, python3
# or proc: how peak memory is read; the best available by default), MEDIAKIT
# (a mediakit binary to measure instead of this checkout's). Needs
# cargo and bash; Hugo, Zola, GNU time and python3 are used when present.
# See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh

if [ "${QUICK:-0}" = 1 ]; then
  SIZES="${SIZES:-100}" RUNS="${RUNS:-1}" SERVE_RUNS="${SERVE_RUNS:-3}"
fi
SIZES="${SIZES:-1000 10000}"
RUNS="${RUNS:-3}"
SERVE_RUNS="${SERVE_RUNS:-10}"
SEED="${SEED:-1}"
for n in $SIZES $RUNS $SERVE_RUNS $SEED; do
  case "$n" in '' | *[!0-9]*) echo "error: SIZES, RUNS, SERVE_RUNS and SEED take whole numbers, found '$n'" >&2; exit 2 ;; esac
done
if [ "$RUNS" -lt 1 ]; then echo "error: RUNS must be at least 1" >&2; exit 2; fi

# Reference figures of issue #7, measured on another machine, one core.
zola_ref_secs() { case "$1" in 1000) echo 0.49 ;; 10000) echo 4.9 ;; esac; }
ZOLA_REF_MB=746
# Zola's fast-mode edit-to-page latency, as noted in scripts/bench-serve.sh.
zola_ref_serve_ms() { case "$1" in 1000) echo 16 ;; 10000) echo 54 ;; esac; }

echo "== building mediakit (release)"
t0=$(now)
cargo build --release --quiet --bin mediakit --example gen_site --example plain_site --example bench_serve
echo "compiled in $(secs "$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')")"
# Where cargo put them: CARGO_TARGET_DIR or a config may move target/.
TARGET="$(cargo metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
TARGET="${TARGET:-$PWD/target}"
BIN="${MEDIAKIT:-$TARGET/release/mediakit}"
EXAMPLES="$TARGET/release/examples"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/mediakit-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
pick_memory_tool

count_files() { find "$1" -type f -name "$2" 2>/dev/null | wc -l | tr -d ' '; }

# Switches this build of mediakit may offer for measuring: per-stage
# timings, and a build without PDFs (for the HTML-only rate).
detect_switches() {
  TIMINGS_FLAG="" TIMINGS_ENV="" INCREMENTAL_FLAG="" NO_PDF=""
  local help probe="$WORK/probe"
  help="$("$BIN" build --help 2>&1 || true) $("$BIN" --help 2>&1 || true)"
  case "$help" in *--incremental*) INCREMENTAL_FLAG="--incremental" ;; esac
  case "$help" in
    *--timings*) TIMINGS_FLAG="--timings" ;;
    *MEDIAKIT_TIMINGS*) TIMINGS_ENV="MEDIAKIT_TIMINGS=1" ;;
  esac
  "$BIN" init "$probe" >/dev/null 2>&1 || return 0
  if [ -z "$TIMINGS_FLAG$TIMINGS_ENV" ]; then
    if "$BIN" build --root "$probe" --timings >/dev/null 2>&1; then
      TIMINGS_FLAG="--timings"
    else
      local plain with
      plain=$("$BIN" build --root "$probe" 2>&1 | wc -l)
      with=$(MEDIAKIT_TIMINGS=1 "$BIN" build --root "$probe" 2>&1 | wc -l)
      if [ "$with" -gt "$plain" ]; then TIMINGS_ENV="MEDIAKIT_TIMINGS=1"; fi
    fi
  fi
  rm -rf "$probe/public"
  if MEDIAKIT_NO_PDF=1 "$BIN" build --root "$probe" >/dev/null 2>&1 &&
    [ "$(count_files "$probe/public" '*.html')" != 0 ] && [ "$(count_files "$probe/public" '*.pdf')" = 0 ]; then
    NO_PDF="MEDIAKIT_NO_PDF=1"
  fi
  rm -rf "$probe"
}
detect_switches

# mk_build SITE LOG [ENV=VALUE] [FLAGS...]
mk_build() {
  local site=$1 log=$2
  shift 2
  local vars=()
  [ -z "$TIMINGS_ENV" ] || vars+=("$TIMINGS_ENV")
  while [ $# -gt 0 ] && [[ "$1" == *=* ]]; do vars+=("$1"); shift; done
  # shellcheck disable=SC2086 # the flag is empty or one word
  measure "$log" env "${vars[@]}" "$BIN" build --root "$site" $TIMINGS_FLAG "$@"
  require_ok "mediakit build of $site" "$log"
}

# Everything a build leaves in the site (output, staging, caches) goes, so
# the next build is a full one.
reset_site() {
  local site=$1 keep=$2 entry
  for entry in "$site"/* "$site"/.[!.]*; do
    [ -e "$entry" ] || continue
    grep -qxF "$(basename "$entry")" "$keep" || rm -rf "$entry"
  done
}

# The profile with its tagline replaced, as a user editing one creator.
edit_creator() {
  local file=$1 text=$2
  awk -v t="$text" '/^tagline:/ { print "tagline: \"" t "\""; next } { print }' "$file" >"$file.tmp"
  mv "$file.tmp" "$file"
}

HUGO="$(command -v hugo || true)"
ZOLA="$(command -v zola || true)"
HUGO_VERSION="not installed"
ZOLA_VERSION="not installed (reference figures from issue #7 shown instead)"
[ -n "$HUGO" ] && HUGO_VERSION="$("$HUGO" version 2>/dev/null | awk '{print $2}')"
[ -n "$ZOLA" ] && ZOLA_VERSION="$("$ZOLA" --version 2>/dev/null)"

engine_build() {
  local engine=$1 dir=$2 log=$3
  rm -rf "$dir/public" "$dir/resources" "$dir/.hugo_build.lock"
  if [ "$engine" = hugo ]; then
    measure "$log" "$HUGO" --quiet --source "$dir" --destination "$dir/public" --cacheDir "$WORK/hugo-cache"
  else
    measure "$log" "$ZOLA" --root "$dir" build --output-dir "$dir/public"
  fi
  if [ "$M_RC" != 0 ]; then
    echo "warning: the $engine build failed (exit $M_RC), $engine is left out of this run:" >&2
    sed 's/^/  | /' "$log" >&2
    return 1
  fi
}

# The engines still in the run, once one has failed.
drop_engine() {
  local gone=$1 e kept=()
  for e in "${engines[@]}"; do [ "$e" = "$gone" ] || kept+=("$e"); done
  engines=("${kept[@]}")
}

echo
echo "== machine"
line "date:" "$(date -u '+%Y-%m-%d %H:%M UTC')"
line "commit:" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
line "cores:" "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
line "load:" "$(uptime | sed 's/.*load average/load average/')"
line "mediakit:" "$("$BIN" --version 2>/dev/null || echo unknown), release build"
line "hugo:" "$HUGO_VERSION"
line "zola:" "$ZOLA_VERSION"
line "memory:" "peak resident set size via $MEM_TOOL"
if [ -n "$TIMINGS_FLAG$TIMINGS_ENV" ]; then
  line "timings:" "per-stage timings on (${TIMINGS_FLAG:-$TIMINGS_ENV})"
else
  line "timings:" "this build of mediakit reports no per-stage timings"
fi
if [ -n "$NO_PDF" ]; then
  line "html only:" "also timed without PDFs ($NO_PDF) for the HTML-only rate"
else
  line "html only:" "this build of mediakit always writes PDFs; HTML rates are over the whole build"
fi
line "runs:" "$RUNS full builds per size (median; the first run is reported apart), $SERVE_RUNS serve edits"
line "disk:" "$(df -h "$WORK" | awk 'NR == 2 { print $4 " free under " $6 }')"

declare -A R DROPPED=()
for n in $SIZES; do
  site="$WORK/site-$n"
  campaigns=$((n / 10 > 0 ? n / 10 : 1))
  echo
  echo "== $(grouped "$n") creators, $(grouped "$campaigns") campaigns (seed $SEED)"
  "$EXAMPLES/gen_site" --creators "$n" --out "$site" --seed "$SEED" 2>/dev/null
  (cd "$site" && ls -A) >"$WORK/keep-$n"
  line "content:" "$(du -sh "$site/content" | cut -f1)"
  engines=()
  for engine in ${HUGO:+hugo} ${ZOLA:+zola}; do
    [ -z "${DROPPED[$engine]:-}" ] || continue
    if "$EXAMPLES/plain_site" --site "$site" --out "$WORK/$engine-$n" --engine "$engine" 2>"$WORK/convert.log"; then
      engines+=("$engine")
    else
      echo "warning: cannot write the $engine site, $engine is left out of this run:" >&2
      sed 's/^/  | /' "$WORK/convert.log" >&2
      DROPPED[$engine]=1
    fi
  done

  # Full builds, interleaved with the other engines so a change in the
  # machine's load hits both sides of each ratio.
  walls="" rss="" first="" hwalls="" hpages=""
  declare -A ewalls=() erss=() efirst=()
  for run in $(seq 0 "$RUNS"); do
    if [ -n "$NO_PDF" ] && [ "$run" != 0 ]; then
      reset_site "$site" "$WORK/keep-$n"
      mk_build "$site" "$WORK/html.log" "$NO_PDF"
      hwalls+=" $M_WALL"
      hpages=$(count_files "$site/public" '*.html')
    fi
    reset_site "$site" "$WORK/keep-$n"
    mk_build "$site" "$WORK/build.log"
    if [ "$run" = 0 ]; then first=$M_WALL; else walls+=" $M_WALL"; fi
    rss+=" $M_RSS_KB"
    for engine in "${engines[@]}"; do
      if ! engine_build "$engine" "$WORK/$engine-$n" "$WORK/$engine.log"; then
        drop_engine "$engine"
        DROPPED[$engine]=1
        continue
      fi
      if [ "$run" = 0 ]; then efirst[$engine]=$M_WALL; else ewalls[$engine]+=" $M_WALL"; fi
      erss[$engine]+=" $M_RSS_KB"
    done
  done
  wall=$(echo "$walls" | median)
  peak=$(echo "$rss" | largest)
  pages=$(count_files "$site/public" '*.html')
  pdfs=$(count_files "$site/public" '*.pdf')
  hwall=$(echo "$hwalls" | median)
  R[$n,wall]=$wall R[$n,first]=$first R[$n,peak]=$peak R[$n,pages]=$pages R[$n,pdfs]=$pdfs
  # The HTML rate compared with other generators: from the build without
  # PDFs when there is one, else over the whole build.
  if [ -n "$hwall" ]; then R[$n,hrate]=$(rate "$hpages" "$hwall"); else R[$n,hrate]=$(rate "$pages" "$wall"); fi
  R[$n,hwall]=$hwall
  line "mediakit full build:" "median $(secs "$wall") of $RUNS (runs:$(for w in $walls; do printf ' %s' "$(secs "$w")"; done)); first run $(secs "$first") (file caches not dropped)"
  line "  written:" "$(grouped "$pages") HTML pages, $(grouped "$pdfs") PDFs, $(du -sh "$site/public" | cut -f1)"
  line "  rate:" "$(rate "$pages" "$wall") HTML pages/s, $(rate "$pdfs" "$wall") PDFs/s (both over the whole build)"
  line "  peak memory:" "$(mb "$peak") (highest of the runs)"
  # What a visitor of the roster downloads first: its HTML (and the search
  # index, fetched only when the search box is used).
  R[$n,roster]=$(wc -c <"$site/public/index.html" | tr -d ' ')
  R[$n,index]=$([ -f "$site/public/creators/index.json" ] && wc -c <"$site/public/creators/index.json" | tr -d ' ' || echo 0)
  line "  roster first page:" "$(grouped "${R[$n,roster]}") bytes of HTML ($(gzip -c "$site/public/index.html" | wc -c | tr -d ' ') gzipped); search index $(grouped "${R[$n,index]}") bytes, loaded on first use"
  echo "  mediakit reports:"
  sed 's/^/    | /' "$WORK/build.log"
  if [ -n "$hwall" ]; then
    line "mediakit without PDFs:" "median $(secs "$hwall") of $RUNS, $(grouped "$hpages") HTML pages, ${R[$n,hrate]} HTML pages/s"
    sed 's/^/    | /' "$WORK/html.log"
  fi

  noop=""
  for _ in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    mk_build "$site" "$WORK/noop.log" $INCREMENTAL_FLAG
    noop+=" $M_WALL"
  done
  R[$n,noop]=$(echo "$noop" | median)
  line "no-op rebuild:" "median $(secs "${R[$n,noop]}") of $RUNS"
  sed 's/^/    | /' "$WORK/noop.log"

  edited=""
  creator="$(find "$site/content/creators" -name '*.yaml' | sort | awk 'NR == 1')"
  for i in $(seq 1 "$RUNS"); do
    edit_creator "$creator" "Bench edit $i"
    # shellcheck disable=SC2086
    mk_build "$site" "$WORK/edit.log" $INCREMENTAL_FLAG
    grep -q "Bench edit $i" "$site/public/creators/$(basename "$creator" .yaml)/index.html" ||
      { echo "error: the edited tagline is not on the rebuilt kit" >&2; exit 1; }
    edited+=" $M_WALL"
  done
  R[$n,edit]=$(echo "$edited" | median)
  line "one-creator edit rebuild:" "median $(secs "${R[$n,edit]}") of $RUNS ($(basename "$creator"))"
  sed 's/^/    | /' "$WORK/edit.log"

  for engine in "${engines[@]}"; do
    ew=$(echo "${ewalls[$engine]}" | median)
    ep=$(echo "${erss[$engine]}" | largest)
    epages=$(count_files "$WORK/$engine-$n/public" '*.html')
    R[$n,$engine,wall]=$ew R[$n,$engine,peak]=$ep R[$n,$engine,pages]=$epages R[$n,$engine,first]=${efirst[$engine]}
    line "$engine full build:" "median $(secs "$ew") of $RUNS; first run $(secs "${efirst[$engine]}"); $(grouped "$epages") HTML pages, $(rate "$epages" "$ew") pages/s, peak $(mb "$ep")"
    line "  mediakit/$engine:" "HTML pages/s $(ratio "${R[$n,hrate]}" "$(rate "$epages" "$ew")"), full build time $(ratio "$wall" "$ew"), peak memory $(ratio "$peak" "$ep")"
  done
  zr=$(zola_ref_secs "$n" || true)
  if [ -n "$zr" ]; then
    line "zola, reference only:" "$(secs "$zr"), $(rate "$n" "$zr") pages/s, $ZOLA_REF_MB MB (issue #7, one core; not measured here)"
    line "  mediakit/zola ref:" "HTML pages/s $(ratio "${R[$n,hrate]}" "$(rate "$n" "$zr")") (target ≥ 2×), full build time $(ratio "$wall" "$zr"), peak memory $(ratio "$peak" "$((ZOLA_REF_MB * 1024))")"
  fi

  # Serve starts from its own copy of the content; this output is no longer needed.
  reset_site "$site" "$WORK/keep-$n"
  # Its copy of the site goes under $WORK too, so an interrupted run leaves nothing behind.
  if ! TMPDIR="$WORK" "$EXAMPLES/bench_serve" --bin "$BIN" --site "$site" --runs "$SERVE_RUNS" >"$WORK/serve.log" 2>&1; then
    echo "warning: the serve benchmark failed, its figures are left out:" >&2
    sed 's/^/  | /' "$WORK/serve.log" >&2
    : >"$WORK/serve.log"
  fi
  R[$n,serve]=$(sed -n 's/^edit-to-page.*: median \([0-9.]*\) ms.*/\1/p' "$WORK/serve.log")
  R[$n,serve90]=$(sed -n 's/^edit-to-page.*, p90 \([0-9.]*\) ms.*/\1/p' "$WORK/serve.log")
  line "serve edit-to-page:" "median ${R[$n,serve]:-n/a} ms, p90 ${R[$n,serve90]:-n/a} ms over $SERVE_RUNS edits"
  sed 's/^/    | /' "$WORK/serve.log"
  rm -rf "$site" "$WORK"/hugo-"$n" "$WORK"/zola-"$n"
done

echo
echo "== summary (markdown)"
header="| |" rule="|---|"
for n in $SIZES; do header+=" $(grouped "$n") creators |"; rule+="---|"; done
echo "$header"
echo "$rule"
row() {
  local n line="| $1 |"
  shift
  for n in $SIZES; do line+=" $("$@" "$n") |"; done
  echo "$line"
}
f_full() { echo "$(secs "${R[$1,wall]}") (first $(secs "${R[$1,first]}"))"; }
f_out() { echo "$(grouped "${R[$1,pages]}") / $(grouped "${R[$1,pdfs]}")"; }
f_rates() { echo "$(rate "${R[$1,pages]}" "${R[$1,wall]}") / $(rate "${R[$1,pdfs]}" "${R[$1,wall]}")"; }
f_peak() { mb "${R[$1,peak]}"; }
f_html() { echo "$(secs "${R[$1,hwall]}") · ${R[$1,hrate]}"; }
f_noop() { secs "${R[$1,noop]}"; }
f_edit() { secs "${R[$1,edit]}"; }
f_serve() { echo "${R[$1,serve]:-n/a} ms (p90 ${R[$1,serve90]:-n/a} ms)"; }
f_engine() { echo "$(secs "${R[$1,$E,wall]}") · $(rate "${R[$1,$E,pages]}" "${R[$1,$E,wall]}") pages/s · $(mb "${R[$1,$E,peak]}")"; }
f_eratio() {
  echo "$(ratio "${R[$1,hrate]}" "$(rate "${R[$1,$E,pages]}" "${R[$1,$E,wall]}")") · $(ratio "${R[$1,wall]}" "${R[$1,$E,wall]}") · $(ratio "${R[$1,peak]}" "${R[$1,$E,peak]}")"
}
f_zref() { local z; z=$(zola_ref_secs "$1" || true); if [ -n "$z" ]; then echo "$(secs "$z") · $(rate "$1" "$z") pages/s · $ZOLA_REF_MB MB"; else echo "—"; fi; }
f_zratio() {
  local z; z=$(zola_ref_secs "$1" || true)
  if [ -n "$z" ]; then echo "$(ratio "${R[$1,hrate]}" "$(rate "$1" "$z")") · $(ratio "${R[$1,wall]}" "$z") · $(ratio "${R[$1,peak]}" "$((ZOLA_REF_MB * 1024))")"; else echo "—"; fi
}
row "mediakit full build, median of $RUNS (first run)" f_full
row "HTML pages / PDFs written" f_out
row "HTML pages/s / PDFs/s" f_rates
row "peak memory" f_peak
f_roster() { echo "$(grouped "${R[$1,roster]}") B"; }
row "roster first page (HTML)" f_roster
[ -n "$NO_PDF" ] && row "mediakit without PDFs: time · HTML pages/s" f_html
row "no-op rebuild" f_noop
row "one-creator edit rebuild" f_edit
row "serve edit-to-page, median over $SERVE_RUNS edits" f_serve
for E in ${HUGO:+hugo} ${ZOLA:+zola}; do
  row "$E full build · pages/s · peak memory" f_engine
  row "mediakit ÷ $E: HTML pages/s · full build time · peak memory" f_eratio
done
row "zola reference (issue #7, not measured): time · pages/s · memory" f_zref
row "mediakit ÷ zola reference: HTML pages/s · full build time · peak memory" f_zratio

echo
echo "== targets (issue #7)"
for n in $SIZES; do
  zr=$(zola_ref_secs "$n" || true)
  zs=$(zola_ref_serve_ms "$n" || true)
  if [ -z "$ZOLA$zr$zs" ] && [ "$n" != 10000 ]; then
    echo "$(grouped "$n"): the targets are set for 1,000 and 10,000 creators"
    continue
  fi
  mk_rate=${R[$n,hrate]}
  if [ -n "$ZOLA" ]; then
    zola_rate=$(rate "${R[$n,zola,pages]}" "${R[$n,zola,wall]}") zola_src="measured"
  elif [ -n "$zr" ]; then
    zola_rate=$(rate "$n" "$zr") zola_src="reference"
  else
    zola_rate="" zola_src=""
  fi
  [ -n "$zola_rate" ] &&
    echo "$(grouped "$n"): HTML pages/s at least twice Zola's ($zola_src $zola_rate pages/s): $mk_rate pages/s, $(at_least "$mk_rate" "$((2 * zola_rate))")"
  [ -n "$zs" ] &&
    echo "$(grouped "$n"): serve edit-to-page median under Zola's fast mode (reference $zs ms): ${R[$n,serve]:-n/a} ms, $(below "${R[$n,serve]:-}" "$zs")"
  if [ "$n" = 10000 ]; then
    echo "10,000: full build under 15 s: $(secs "${R[$n,wall]}"), $(below "${R[$n,wall]}" 15)"
    echo "10,000: peak memory under 500 MB: $(mb "${R[$n,peak]}"), $(below "${R[$n,peak]}" $((500 * 1024)))"
  fi
done
echo
line "load at the end:" "$(uptime | sed 's/.*load average/load average/')"
