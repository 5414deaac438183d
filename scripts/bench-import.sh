#!/usr/bin/env bash
# Time and peak memory of reading exports with `mediakit import`: a YouTube
# Studio table of ROWS videos, a zip bomb (a small archive unpacking to
# 200 MB) and a sparse file of 400 MB. Prints seconds and peak resident
# memory for each; the last two must end with an error, quickly and small.
#
#   scripts/bench-import.sh            # 150,000 rows
#   ROWS=50000 scripts/bench-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS="${ROWS:-150000}"
cargo build --release --quiet --bin mediakit
BIN="$PWD/target/release/mediakit"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" "$ROWS" <<'PY'
import random, sys, zipfile
work, rows = sys.argv[1], int(sys.argv[2])
random.seed(1)
lines = ["Content,Video title,Video publish time,Duration,Views,Likes,Comments added,Shares,Impressions",
         'Total,,,,"1",1,1,1,"1"']
for i in range(rows):
    lines.append(f'vid{i:07d},"Video {i}, a title","Oct {1 + i % 28}, 2026",{60 + i % 600},'
                 f'"{random.randint(1000, 999999):,}",{random.randint(10, 9999)},{random.randint(0, 999)},'
                 f'{random.randint(0, 999)},"{random.randint(1000, 9999999):,}"')
open(f"{work}/Table data.csv", "w").write("\n".join(lines) + "\n")
with zipfile.ZipFile(f"{work}/bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("Table data.csv", b"0" * (200 * 1024 * 1024))
PY
truncate -s 400M "$WORK/huge.csv"

measure() {
  local label="$1" file="$2"
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" import "$file" >"$WORK/out" 2>&1 || true
  read -r secs kb < <(tail -1 "$WORK/time")
  printf '%-40s %6.2f s  %7.1f MB peak   %s\n' "$label" "$secs" "$(awk "BEGIN { print $kb / 1024 }")" \
    "$(grep -E 'posts:|error:' "$WORK/out" | head -1 | sed 's/^ *//')"
}

measure "YouTube table, $ROWS rows ($(du -h "$WORK/Table data.csv" | cut -f1))" "$WORK/Table data.csv"
measure "zip bomb ($(du -h "$WORK/bomb.zip" | cut -f1) → 200 MB)" "$WORK/bomb.zip"
measure "sparse file of 400 MB" "$WORK/huge.csv"
