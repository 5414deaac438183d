# shellcheck shell=bash disable=SC2034 # M_* are read by scripts/bench.sh
# Measuring and formatting helpers for scripts/bench.sh (sourced, not run).
#
# A measured command's wall time comes from the shell clock around it; its
# peak memory (maximum resident set size) from the best tool this machine has:
# GNU time, else python3's getrusage on its child, else polling /proc.

now() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    printf '%s\n' "${EPOCHREALTIME/,/.}"
  else
    date +%s.%N
  fi
}

pick_memory_tool() {
  if [ -n "${MEMORY:-}" ]; then
    MEM_TOOL=$MEMORY
  elif [ -x /usr/bin/time ] && /usr/bin/time --version 2>&1 | grep -q GNU; then
    MEM_TOOL=gnu-time
  elif command -v python3 >/dev/null 2>&1; then
    MEM_TOOL=python3
  elif [ -r /proc/self/status ]; then
    MEM_TOOL=proc
  else
    MEM_TOOL=none
  fi
}

# Highest VmHWM of a running process, read every 20 ms until it exits.
poll_peak() {
  local pid=$1 peak=0 kb
  while kill -0 "$pid" 2>/dev/null; do
    kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    if [ -n "$kb" ] && [ "$kb" -gt "$peak" ]; then peak=$kb; fi
    sleep 0.02
  done
  echo "$peak"
}

# measure LOG CMD... : runs CMD with its output in LOG and sets M_WALL
# (seconds), M_RSS_KB (empty when unknown) and M_RC (exit status).
measure() {
  local log=$1 t0 t1
  shift
  local rss_file="$WORK/.rss"
  : >"$rss_file"
  M_RC=0
  t0=$(now)
  case "$MEM_TOOL" in
    gnu-time)
      /usr/bin/time -f '%M' -o "$rss_file" "$@" >"$log" 2>&1 || M_RC=$?
      ;;
    python3)
      python3 -c '
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as f:
    f.write("%d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)' "$rss_file" "$@" >"$log" 2>&1 || M_RC=$?
      ;;
    proc)
      "$@" >"$log" 2>&1 &
      local pid=$!
      poll_peak "$pid" >"$rss_file"
      wait "$pid" || M_RC=$?
      ;;
    *)
      "$@" >"$log" 2>&1 || M_RC=$?
      ;;
  esac
  t1=$(now)
  M_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  # GNU time puts "Command exited with non-zero status" first; the figure is last.
  M_RSS_KB=$(tail -n 1 "$rss_file" 2>/dev/null | tr -dc '0-9')
}

# Fails the run with the command's output when it did not succeed.
require_ok() {
  local what=$1 log=$2
  if [ "$M_RC" != 0 ]; then
    echo "error: $what failed (exit $M_RC):" >&2
    sed 's/^/  | /' "$log" >&2
    exit 1
  fi
}

median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
largest() { tr ' ' '\n' | awk 'NF' | sort -g | tail -n 1; }

# Formatting: seconds, megabytes, rates and ratios; "n/a" for missing input.
secs() { awk -v s="$1" 'BEGIN { if (s == "") print "n/a"; else if (s < 10) printf "%.2f s\n", s; else printf "%.1f s\n", s }'; }
msecs() { awk -v s="$1" 'BEGIN { if (s == "") print "n/a"; else printf "%.0f ms\n", s * 1000 }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "") print "n/a"; else printf "%.0f MB\n", k / 1024 }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (n == "" || s == "" || s <= 0) print "n/a"; else printf "%.0f\n", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b <= 0) print "n/a"; else if (a / b < 10) printf "%.2f×\n", a / b; else printf "%.1f×\n", a / b }'; }
grouped() { printf '%s\n' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[^0-9]\)/\1,\2\3/' -e 'ta'; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "") print "unknown"; else if (a < b) print "yes"; else print "no" }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || a == "n/a") print "unknown"; else if (a >= b) print "yes"; else print "no" }'; }
line() { printf '%-26s%s\n' "$1" "$2"; }
