#!/usr/bin/env bash
# Body F1 of 'briefings import --dry-run --format json' on the article-extraction benchmark
# (121 real news pages with hand-checked bodies, and the benchmark's own scorer, evaluate.py).
#
#   tests/bench/import-f1.sh [DATA_DIR]     DATA_DIR defaults to ../shared/data/article-extraction (beside the repo)
#
# DATA_DIR is only read: the pages, the ground truth and the scorer are copied to a temporary folder, the pages are
# imported there in one run (nothing is written: --dry-run), output/briefings.json is made from the JSON lines, and
# evaluate.py prints every extractor's precision, recall and F1 (ours as "briefings").
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(cd "${1:-$repo/../shared/data/article-extraction}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$data/." "$work/"
chmod -R u+w "$work"
mkdir -p "$work/pages" "$work/output"
for gz in "$work"/html/*.html.gz; do
  id="$(basename "$gz" .html.gz)"
  gunzip -c "$gz" > "$work/pages/$id.html"
done

dotnet build "$repo/src/Briefings.Cli" -c Release -v quiet -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
cli="$repo/src/Briefings.Cli/bin/Release/net10.0/Briefings.Cli.dll"
site="$work/site/input"
mkdir -p "$site"
printf 'title: Benchmark\nbase_url: https://example.org/\n' > "$site/site.yml"

# Pages without an article are reported on stderr (exit 1) and as {"input", "error"}; their body counts as empty.
dotnet "$cli" import "$work"/pages/*.html --input "$site" --dry-run --format json > "$work/lines.jsonl" 2> "$work/stderr.txt" || true
if [ -s "$work/stderr.txt" ]; then
  echo "pages refused:" >&2
  cat "$work/stderr.txt" >&2
fi
[ -n "${KEEP:-}" ] && cp "$work/lines.jsonl" "$KEEP"

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
truth = json.load(open(os.path.join(work, "ground-truth.json")))
bodies = {}
for line in open(os.path.join(work, "lines.jsonl"), encoding="utf-8"):
    item = json.loads(line)
    if "body" in item:
        bodies[os.path.basename(item["input"])[:-len(".html")]] = item["body"]
output = {key: {"articleBody": bodies.get(key, "")} for key in truth}
json.dump({"version": os.environ.get("BRIEFINGS_VERSION", "import"), "output": output},
          open(os.path.join(work, "output", "briefings.json"), "w", encoding="utf-8"), ensure_ascii=False)
print(f"{len(bodies)} of {len(truth)} pages imported", file=sys.stderr)
PY

cd "$work" && python3 evaluate.py "${@:2}"
