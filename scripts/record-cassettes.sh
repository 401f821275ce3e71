#!/usr/bin/env bash
# Re-record every cassette played by tests/test_openai_engine.py against tests/llm_server.py,
# which the tests start on 127.0.0.1:8787 while recording. Run it after changing a prompt,
# the schema or anything else the openai engine sends: replay matches requests by body, so a
# stale cassette fails loudly instead of answering a request it never saw.
#   scripts/record-cassettes.sh            # then commit tests/cassettes/test_openai_engine/
# (The llama.cpp cassettes are scripts/record-llama.sh's.)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf tests/cassettes/test_openai_engine  # cassettes of tests since renamed or removed go too
.venv/bin/python -m pytest tests/test_openai_engine.py --record-mode=rewrite -q "$@"
ls tests/cassettes/test_openai_engine
