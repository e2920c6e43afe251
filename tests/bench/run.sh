#!/usr/bin/env bash
# Times `briefings build` (the published Release binary) on generated corpora, and Hugo on the same N/seed.
#
#   tests/bench/run.sh [N ...]          default: 1000 10000 (tests/bench/run.sh 10000 100000 for the 100,000 target)
#
# Env: RUNS=5 (timed runs per tool and N, after one warm-up), SEED=1, WORK=${TMPDIR:-/tmp}/briefings-bench,
#      HUGO=1 (0 skips Hugo; skipped anyway when `hugo` is not installed), PEERS=<repo>/../shared/bench
#      (gen_corpus.py + hugo_site.sh: the Hugo corpus has its own format, so each tool gets its own corpus
#      from the same N and seed), REAL=1 (also time the repository's input/ from a cold process),
#      STAGE_RUNS=3 (builds with --verbose per N, whose medians make the stage growth table),
#      SEARCH=0 (1 also times `build` with Pagefind's search index, as the row briefings+search; the targets are
#      for `build --no-search`, which is what the briefings row times).
#
# Runs of the two tools alternate, so a change in the machine's load hits both. Prints medians of wall
# seconds, CPU seconds (user+sys) and peak RSS (/usr/bin/time), the ratio to Hugo, and the load average.
# Then STAGE_RUNS `build --verbose` per N give each stage's wall and CPU time (medians), and the growth of every stage from each N
# to the next is printed: a stage that grows more than 1.3 times the corpus (13x from 10,000 to 100,000) is flagged,
# so a step whose cost grows with the square of the corpus shows up the day it is written.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${RUNS:-5}
SEED=${SEED:-1}
WORK=${WORK:-${TMPDIR:-/tmp}/briefings-bench}
PEERS=${PEERS:-$ROOT/../shared/bench}
HUGO=${HUGO:-1}
REAL=${REAL:-1}
SEARCH=${SEARCH:-0}
STAGE_RUNS=${STAGE_RUNS:-3}
[ $# -gt 0 ] || set -- 1000 10000
command -v hugo >/dev/null && [ -x "$PEERS/gen_corpus.py" ] || HUGO=0
mkdir -p "$WORK"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "publishing briefings (Release) and the corpus generator into $WORK ..." >&2
dotnet publish "$ROOT/src/Briefings.Cli" -c Release -o "$WORK/publish" --nologo -v quiet >&2
dotnet build "$ROOT/tests/Briefings.Bench" -c Release -o "$WORK/bench" --nologo -v quiet >&2
BRIEFINGS=$WORK/publish/Briefings.Cli

load() { cut -d' ' -f1-3 /proc/loadavg; }

# timed LABEL CMD...: appends "wall user sys maxrss_kb" to $WORK/times-LABEL
timed() {
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -a -o "$WORK/times-$label" "$@" >/dev/null 2>"$WORK/last.err" \
    || { echo "failed: $*" >&2; cat "$WORK/last.err" >&2; exit 1; }
}

median() { # LABEL -> "wall cpu rss_mib"
  python3 - "$WORK/times-$1" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and l.split()[0][0].isdigit()]
med = statistics.median
print("%.2f %.2f %.0f" % (med(float(r[0]) for r in rows), med(float(r[1]) + float(r[2]) for r in rows), med(int(r[3]) / 1024 for r in rows)))
PY
}

rows=()
declare -A WALL
for N in "$@"; do
  C=$WORK/corpus-$N
  dotnet "$WORK/bench/Briefings.Bench.dll" corpus --n "$N" --out "$C" --seed "$SEED" >&2
  "$BRIEFINGS" check --input "$C" >&2
  tools=(briefings)
  [ "$SEARCH" = 1 ] && tools+=(briefings+search)
  if [ "$HUGO" = 1 ]; then
    python3 "$PEERS/gen_corpus.py" --n "$N" --out "$WORK/hugo-corpus-$N" --seed "$SEED" >/dev/null
    "$PEERS/hugo_site.sh" "$WORK/hugo-corpus-$N" "$WORK/hugo-site-$N" >/dev/null
    tools+=(hugo)
  fi
  rm -f "$WORK"/times-*-"$N"
  load_before=$(load)
  for i in $(seq 0 "$RUNS"); do   # run 0 is the warm-up
    for T in "${tools[@]}"; do
      label=$T-$N; [ "$i" = 0 ] && label=warmup-$T-$N
      case $T in
        briefings) timed "$label" "$BRIEFINGS" build --input "$C" --output "$WORK/out-briefings-$N" --no-search --quiet ;;
        briefings+search) timed "$label" "$BRIEFINGS" build --input "$C" --output "$WORK/out-briefings+search-$N" --quiet ;;
        hugo) timed "$label" hugo --quiet -s "$WORK/hugo-site-$N" -d "$WORK/out-hugo-$N" ;;
      esac
    done
  done
  load_after=$(load)
  # STAGE_RUNS more builds with --verbose: each stage's wall and CPU milliseconds, whose medians make the growth table
  # (one build's stage of a few seconds can be a tenth off on a shared machine, enough to flag it or not).
  rm -f "$WORK"/stages-"$N".*
  for r in $(seq 1 "$STAGE_RUNS"); do
    "$BRIEFINGS" build --input "$C" --output "$WORK/out-briefings-$N" --no-search --verbose 2>/dev/null \
      | awk '$2 ~ /^[0-9.]+$/ && $3 == "ms" && $4 == "cpu" { print $1, $2, $5 }' >"$WORK/stages-$N.$r"
  done
  for T in "${tools[@]}"; do
    read -r wall cpu rss <<<"$(median "$T-$N")"
    WALL[$T-$N]=$wall
    pages=$(find "$WORK/out-$T-$N" -name '*.html' | wc -l)
    rows+=("$N $T $pages $wall $cpu $rss|$load_before → $load_after")
  done
done

if [ "$REAL" = 1 ]; then
  rm -f "$WORK"/times-real
  load_before=$(load)
  for i in $(seq 0 "$RUNS"); do
    timed real "$BRIEFINGS" build --input "$ROOT/input" --output "$WORK/out-real" --no-search --quiet
  done
  sed -i 1d "$WORK/times-real"   # drop the warm-up
  read -r wall cpu rss <<<"$(median real)"
  rows+=("input/ briefings $(find "$WORK/out-real" -name '*.html' | wc -l) $wall $cpu $rss|$load_before → $(load)")
fi

echo
echo "runs=$RUNS (medians, after 1 warm-up) seed=$SEED $(nproc) cores; $(date -u '+%F %T UTC')"
printf '%-7s %-10s %6s %8s %8s %8s %11s %11s %11s  %s\n' N tool pages wall_s cpu_s rss_MiB wall/hugo cpu/hugo rss/hugo "load avg (before → after)"
for r in "${rows[@]}"; do
  read -r N T pages wall cpu rss <<<"${r%%|*}"
  ratios=$(python3 - "$N" "$WORK" "$wall" "$cpu" "$rss" "$T" <<'PY'
import os, statistics, sys
n, work, wall, cpu, rss, tool = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:6]), sys.argv[6]
p = os.path.join(work, "times-hugo-" + n)
if tool == "hugo" or not os.path.exists(p):
    print("- - -"); sys.exit()
rows = [l.split() for l in open(p) if l.strip() and l.split()[0][0].isdigit()]
med = statistics.median
hw, hc, hr = med(float(r[0]) for r in rows), med(float(r[1]) + float(r[2]) for r in rows), med(int(r[3]) / 1024 for r in rows)
print("%.2f %.2f %.2f" % (wall / hw, cpu / hc, rss / hr))
PY
)
  read -r rw rc rr <<<"$ratios"
  printf '%-7s %-10s %6s %8s %8s %8s %11s %11s %11s  %s\n' "$N" "$T" "$pages" "$wall" "$cpu" "$rss" "$rw" "$rc" "$rr" "${r#*|}"
done
# Stage growth between consecutive sizes (from the --verbose builds).
python3 - "$WORK" "$@" <<'PY'
import glob, statistics, sys
work, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]
def stages(n):
    runs = {}
    for path in sorted(glob.glob(f"{work}/stages-{n}.*")):
        for line in open(path):
            name, wall, cpu = line.split()
            runs.setdefault(name, []).append((float(wall), float(cpu)))
    return {name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for name, r in runs.items()}
for a, b in zip(sizes, sizes[1:]):
    sa, sb = stages(a), stages(b)
    limit = 1.3 * b / a
    print(f"\nstage growth {a} -> {b} articles ({b / a:g}x the corpus; flagged above {limit:g}x)")
    print("%-10s %10s %10s %10s %10s %8s %8s" % ("stage", f"wall@{a}", f"wall@{b}", f"cpu@{a}", f"cpu@{b}", "wall x", "cpu x"))
    flagged = []
    for name in sa:
        (wa, ca), (wb, cb) = sa[name], sb.get(name, (0.0, 0.0))
        small = wa < 20 and ca < 20   # a few milliseconds: its ratio is noise
        gw = "-" if small or wa == 0 else "%.1f" % (wb / wa)
        gc = "-" if small or ca == 0 else "%.1f" % (cb / ca)
        over = not small and ((wa > 0 and wb / wa > limit) or (ca > 0 and cb / ca > limit))
        if over:
            flagged.append(name)
        print("%-10s %8.0fms %8.0fms %8.0fms %8.0fms %8s %8s%s" % (name, wa, wb, ca, cb, gw, gc, "  <-- grows faster than the corpus" if over else ""))
    print("stages growing more than %gx: %s" % (limit, ", ".join(flagged) if flagged else "none"))
PY
if [ -n "${WALL[briefings-1000]:-}" ] && [ -n "${WALL[briefings-10000]:-}" ]; then
  python3 -c "import sys; print('growth 1k -> 10k (wall): %.1fx (target <= 11x)' % (float(sys.argv[2]) / float(sys.argv[1])))" \
    "${WALL[briefings-1000]}" "${WALL[briefings-10000]}"
fi
if [ -n "${WALL[briefings-10000]:-}" ] && [ -n "${WALL[briefings-100000]:-}" ]; then
  python3 -c "import sys; print('growth 10k -> 100k (wall): %.1fx (target <= 13x)' % (float(sys.argv[2]) / float(sys.argv[1])))" \
    "${WALL[briefings-10000]}" "${WALL[briefings-100000]}"
fi
