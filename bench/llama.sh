#!/usr/bin/env bash
# The openai engine against gemma-3-270m on llama.cpp (scripts/llama-server.sh builds it on the
# first run, ~11 min), served on 127.0.0.1:8090 for the length of the benchmark.
#   bench/llama.sh [TIMEOUT]     # --timeout for briefing, default 30
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8090
log=$(mktemp)
scripts/llama-server.sh "$PORT" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
.venv/bin/python scripts/wait-for-server.py "$PORT" "$server" || { tail -20 "$log" >&2; exit 1; }
OPENAI_BASE_URL="http://127.0.0.1:$PORT/v1" .venv/bin/python bench/llm_real.py gemma-3-270m --timeout "${1:-30}"
