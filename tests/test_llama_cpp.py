"""The openai engine against a real llama.cpp server running gemma-3-270m (Q4_K_M), replayed
from cassettes that scripts/record-llama.sh records (CI replays them; it needs no build).

A 270M-parameter model writes poor sentences: most fail the verifier and are repaired,
replaced by the closest verified source sentence or dropped. What these tests hold is the
behaviour, not the model's words, so they stay true when the cassettes are re-recorded
after a prompt or verifier change.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SEEDS
from test_openai_engine import repairs_add_up, sentences_pass

from briefing.cli import cli
from briefing.engines.openai_engine import OpenAIEngine
from briefing.verify import verify

MODEL = "gemma-3-270m"  # llama-server answers with the model it loaded, whatever the name
# While recording, vcrpy reads a whole streamed answer before the client sees its first byte,
# so the first-byte timeout must cover the whole answer of a CPU-bound model.
RECORDING_TIMEOUT = 900
SLOW = ["--timeout", str(RECORDING_TIMEOUT)]


@pytest.mark.vcr
def test_vetting_briefing_from_a_small_local_model_is_verified(llama, tmp_path):
    result = CliRunner().invoke(cli, ["make", "--engine", "openai", "--model", MODEL, "--theme", "vetting",
                                      "--sources", str(SEEDS), "--out", str(tmp_path), *SLOW])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "vetting.json").read_text())
    assert data["sentences"], "a briefing, not an empty page"
    sentences_pass(data)
    repairs_add_up(data)
    assert data["usage"]["requests"] >= 1 and data["usage"]["completion_tokens"] > 0


@pytest.mark.vcr
def test_llama_cpp_is_recognized_and_its_context_respected(llama, ctx, book, tmp_path):
    engine = OpenAIEngine(model=MODEL, cache_dir=tmp_path / "cache", timeout=RECORDING_TIMEOUT)
    draft = engine.draft(book.get("risks"), ctx)
    assert engine.client.server.kind == "llama.cpp"
    assert engine.client.server.context and engine.client.server.extras  # n_ctx per slot; DRY sampling
    assert verify(draft, ctx.corpus).dropped == []  # the engine handed on only verified sentences
