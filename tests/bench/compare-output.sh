#!/usr/bin/env bash
# Checks that an optimisation did not change the site: builds the same generated corpus with a baseline commit and
# with the working tree, hashes every output file (SHA-256) and compares the two lists.
#
#   tests/bench/compare-output.sh [BASE_REF] [N ...]     default: the fork point from main, N = 1000
#
# Env: SEED=1, WORK=${TMPDIR:-/tmp}/briefings-compare. Exit 0 when every file of every N is byte-identical.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BASE=${1:-$(git -C "$ROOT" merge-base HEAD main 2>/dev/null || echo HEAD)}
shift || true
[ $# -gt 0 ] || set -- 1000
SEED=${SEED:-1}
WORK=${WORK:-${TMPDIR:-/tmp}/briefings-compare}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$WORK/base-src" && mkdir -p "$WORK/base-src"
git -C "$ROOT" archive "$BASE" | tar -x -C "$WORK/base-src"
echo "baseline $(git -C "$ROOT" rev-parse --short "$BASE") vs working tree $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo '+changes')" >&2
dotnet publish "$WORK/base-src/src/Briefings.Cli" -c Release -o "$WORK/base" --nologo -v quiet >&2
dotnet publish "$ROOT/src/Briefings.Cli" -c Release -o "$WORK/new" --nologo -v quiet >&2
dotnet build "$ROOT/tests/Briefings.Bench" -c Release -o "$WORK/bench" --nologo -v quiet >&2
status=0
for N in "$@"; do
  dotnet "$WORK/bench/Briefings.Bench.dll" corpus --n "$N" --out "$WORK/corpus-$N" --seed "$SEED" >&2
  for side in base new; do
    "$WORK/$side/Briefings.Cli" build --input "$WORK/corpus-$N" --output "$WORK/out-$side-$N" --quiet
    dotnet "$WORK/bench/Briefings.Bench.dll" hash "$WORK/out-$side-$N" > "$WORK/$side-$N.sha256"
  done
  if diff -u "$WORK/base-$N.sha256" "$WORK/new-$N.sha256" > "$WORK/diff-$N.txt"; then
    echo "N=$N: identical, $(tail -n1 "$WORK/new-$N.sha256")"
  else
    echo "N=$N: DIFFERENT ($(grep -c '^[-+][0-9a-f]' "$WORK/diff-$N.txt") lines differ; see $WORK/diff-$N.txt)"
    status=1
  fi
done
exit $status
