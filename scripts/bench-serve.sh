#!/usr/bin/env bash
# Edit-to-page latency of `mediakit serve`, on the demo site and on generated
# sites: writes a change to a creator file and, like an open page, waits for
# the reload event and fetches the page until it shows the change, RUNS times
# per site, and prints the median and p90.
#
#   scripts/bench-serve.sh                 # demo site and 1,000 creators
#   SIZES="1000 10000" RUNS=50 scripts/bench-serve.sh
#
# For reference, Zola's fast mode reaches 16 ms (1,000 pages) and 54 ms
# (10,000). Figures depend on the machine; run on an idle one.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-30}"
SIZES="${SIZES:-1000}"
SEED="${SEED:-1}"

cargo build --release --quiet --bin mediakit --example gen_site --example bench_serve
BIN=target/release/mediakit

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== demo site"
target/release/examples/bench_serve --bin "$BIN" --site . --runs "$RUNS"
for n in $SIZES; do
  echo "== generated site, $n creators (seed $SEED)"
  target/release/examples/gen_site --creators "$n" --out "$work/site-$n" --seed "$SEED" 2>/dev/null
  target/release/examples/bench_serve --bin "$BIN" --site "$work/site-$n" --runs "$RUNS"
done
