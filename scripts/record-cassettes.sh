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
# A cassette whose only changes are the server's clock (Date headers, "created") is put back:
# the requests are the same, and a diff of timestamps hides the cassettes that did change.
for f in $(git diff --name-only -- tests/cassettes/test_openai_engine); do
  if ! git diff -U0 -- "$f" | grep -E '^[-+] ' | grep -vqE 'GMT$|^[-+] +[0-9]{10}, |"created": [0-9]+|\\"created\\": [0-9]+'; then
    git checkout -q -- "$f"
  fi
done
ls tests/cassettes/test_openai_engine
