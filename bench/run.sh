#!/usr/bin/env bash
# Whole-process timings with hyperfine (apt-get install hyperfine): the embedded engine
# against a bare WeasyPrint process rendering a one-page PDF, and --theme all against one theme.
# Prints hyperfine's table and the two ratios; figures go in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 2 --runs "${RUNS:-10}" -N --export-json "$out/h.json" \
  -n bare-weasyprint ".venv/bin/python bench/bare_weasyprint.py $out/bare.pdf" \
  -n vetting ".venv/bin/briefing make --theme vetting --engine extractive --out $out" \
  -n all ".venv/bin/briefing make --theme all --engine extractive --out $out" >&2
.venv/bin/python - "$out/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
med = {k: v["median"] for k, v in r.items()}
print("| command | median s | min s | max s |")
print("|---|---|---|---|")
for k, v in r.items():
    print(f"| {k} | {v['median']:.3f} | {v['min']:.3f} | {v['max']:.3f} |")
print(f"\nvetting / bare-weasyprint = {med['vetting'] / med['bare-weasyprint']:.2f} (goal <= 1.2)")
print(f"all / vetting = {med['all'] / med['vetting']:.2f} (goal <= 2.0)")
PY
