"""Requests and prompt tokens the openai engine spends per theme, against the test server.

Runs tests/llm_server.py on 127.0.0.1 in-process (no real model, no network), with a fresh
cache, then again warm. Prints a markdown table; figures go in BENCHMARKS.md.
    .venv/bin/python bench/llm_tokens.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from llm_server import serve  # noqa: E402

from briefing import chunks, themes  # noqa: E402
from briefing.engines.extractive import Extractive  # noqa: E402
from briefing.engines.openai_engine import CHUNK_TOKENS, OpenAIEngine  # noqa: E402
from briefing.pipeline import Settings, prepare  # noqa: E402

PORT = 8799


def main() -> None:
    server = serve(PORT)
    os.environ["OPENAI_BASE_URL"] = f"http://127.0.0.1:{PORT}/v1"
    os.environ["OPENAI_API_KEY"] = "dummy"
    book = themes.load()
    ctx = prepare(Settings(sources=ROOT / "seeds"), book)
    corpus_tokens = sum(chunks.count(["\n".join(s.lines) for s in ctx.corpus.sources]))
    whole = [s for s in ctx.sentences if s.whole]
    all_chunks = chunks.chunk(whole, CHUNK_TOKENS)
    print(f"corpus: {corpus_tokens} tokens in the files; {sum(c.tokens for c in all_chunks)} in "
          f"{len(all_chunks)} chunks of whole sentences\n")
    print("| theme | requests | prompt tokens (tiktoken) | theme-relevant tokens | ratio to relevant | "
          "ratio to corpus | warm rerun requests | warm s | extractive s |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as cache:
        for theme in book.theme:
            engine = OpenAIEngine(model="test-good", cache_dir=Path(cache))
            relevant = engine._relevant(theme, ctx)
            rel_tokens = sum(chunks.count([s.text for s in engine.context_for(relevant, ctx)]))
            cold = engine.draft(theme, ctx).usage
            t = time.perf_counter()
            warm = OpenAIEngine(model="test-good", cache_dir=Path(cache)).draft(theme, ctx).usage
            warm_s = time.perf_counter() - t
            t = time.perf_counter()
            Extractive().draft(theme, ctx)
            ext_s = time.perf_counter() - t
            p = cold["estimated_prompt_tokens"]
            print(f"| {theme.id} | {cold['requests']} | {p} | {rel_tokens} | {p / rel_tokens:.2f} | "
                  f"{p / corpus_tokens:.2f} | {warm['requests']} | {warm_s:.3f} | {ext_s:.3f} |")
    server.shutdown()


if __name__ == "__main__":
    main()
