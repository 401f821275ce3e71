#!/usr/bin/env bash
# Every benchmark in one go; prints the tables recorded in BENCHMARKS.md.
#   1. whole process (hyperfine): `make --theme vetting` against a bare WeasyPrint process
#      rendering a one-page PDF, and `--theme all` against one theme;
#   2. scale (/usr/bin/time): `make --theme risks` over generated corpora of 10, 100 and
#      1,000 articles: median wall time and peak memory of 3 runs;
#   3. the openai engine against the test server: requests and prompt tokens per theme;
#   4. saved web pages: trafilatura extraction per page, 1,000 pages cold and warm (bench/pages.py);
#   5. the comparison table: share of cells that state their aspect, against hand labels;
#   6. hostile articles against normal ones of the same size (bench/pathological.py), every
#      regex on hostile runs at two sizes (bench/regex_scaling.py), and which rows of the
#      verifier's attack table get past it (bench/attacks.py);
#   7. the openai engine's --theme all against each theme alone, on a server that takes 3 s
#      per answer (bench/llm_concurrency.py).
# The real-model run (gemma-3-270m on llama.cpp, which needs a build) is bench/llama.sh.
# Needs hyperfine and GNU time (apt-get install hyperfine time). RUNS=N sets hyperfine's runs.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install hyperfine time)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PY=.venv/bin/python

echo "## Whole process (median of ${RUNS:-10} runs)"
hyperfine --warmup 2 --runs "${RUNS:-10}" -N --export-json "$work/h.json" \
  -n bare-weasyprint "$PY bench/bare_weasyprint.py $work/bare.pdf" \
  -n vetting ".venv/bin/briefing make --theme vetting --engine extractive --out $work/o" \
  -n all ".venv/bin/briefing make --theme all --engine extractive --out $work/o" >&2
$PY - "$work/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print("| command | median s | min s | max s |\n|---|---|---|---|")
for k, v in r.items():
    print(f"| {k} | {v['median']:.3f} | {v['min']:.3f} | {v['max']:.3f} |")
m = {k: v["median"] for k, v in r.items()}
print(f"\nvetting / bare-weasyprint = {m['vetting'] / m['bare-weasyprint']:.2f} (goal <= 1.2); "
      f"all / vetting = {m['all'] / m['vetting']:.2f} (goal <= 2.0)\n")
PY

echo "## Scale: make --theme risks (median of 3 runs)"
echo "| articles | KB of text | wall s | peak RSS MB |"
echo "|---|---|---|---|"
for n in 10 100 1000; do
  $PY bench/make_corpus.py "$n" "$work/c$n"
  mb=$(cat "$work/c$n"/*.txt | wc -c | awk '{printf "%d", $1/1024}')
  for r in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/t$n.$r" .venv/bin/briefing make --theme risks --engine extractive \
      --sources "$work/c$n" --out "$work/o$n" 2>/dev/null
  done
  cat "$work"/t$n.* | sort -n | sed -n 2p | awk -v n="$n" -v mb="$mb" '{printf "| %d | %s | %.2f | %.0f |\n", n, mb, $1, $2/1024}'
done
echo

echo "## openai engine against tests/llm_server.py"
$PY bench/llm_tokens.py
echo

echo "## openai engine: --theme all against one theme, 3 s per answer"
$PY bench/llm_concurrency.py --delay 3 --runs 3
echo

echo "## Warm-cache rerun of the openai engine against the embedded engine (whole process)"
$PY tests/llm_server.py --port 8798 >/dev/null 2>&1 &
server=$!
sleep 1
export XDG_CACHE_HOME="$work/xdg"
OPENAI_BASE_URL=http://127.0.0.1:8798/v1 BRIEFING_MODEL=test-good .venv/bin/briefing make --theme vetting \
  --engine openai --out "$work/w" 2>/dev/null  # cold: fills the cache
kill "$server"
hyperfine --warmup 1 --runs "${RUNS:-10}" -N --export-json "$work/w.json" \
  -n extractive ".venv/bin/briefing make --theme vetting --engine extractive --out $work/w" \
  -n openai-warm "env OPENAI_BASE_URL=http://127.0.0.1:8798/v1 BRIEFING_MODEL=test-good .venv/bin/briefing make --theme vetting --engine openai --out $work/w" >&2
$PY - "$work/w.json" "$work/w/vetting.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
usage = json.load(open(sys.argv[2]))["usage"]
print(f"| embedded s | openai warm s | ratio | requests on the warm run |\n|---|---|---|---|\n"
      f"| {r['extractive']:.3f} | {r['openai-warm']:.3f} | {r['openai-warm'] / r['extractive']:.2f} (goal <= 1.1) | "
      f"{usage['requests']} (goal 0) |")
PY
echo

echo "## Saved web pages: extraction per page and 1,000 pages (bench/pages.py)"
$PY bench/pages.py
echo "## Comparison table: does each cell state its column's aspect? (units theme over the seeds)"
$PY bench/aspects.py 2>/dev/null

echo
echo "## Hostile articles against normal ones of the same size (median of ${RUNS_HOSTILE:-3} runs)"
$PY bench/pathological.py --runs "${RUNS_HOSTILE:-3}"
echo
echo "## Every regex on hostile runs"
$PY bench/regex_scaling.py
echo
echo "## The verifier's attack table"
$PY bench/attacks.py
