from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing import sources, themes
from briefing.draft import Citation, Claim
from briefing.engines import Context
from briefing.pipeline import Settings, prepare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"



def resolved(ctx: Context, start: str) -> str | None:
    """What the referents make of the first sentence opening with `start`, or None if it is not settled."""
    s = next(x for x in ctx.sentences if x.text.startswith(start))
    done = ctx.referents.resolve(s)
    return done.text if done else None

@pytest.fixture(scope="session")
def book() -> themes.ThemeBook:
    return themes.load()


@pytest.fixture(scope="session")
def ctx(book) -> Context:
    return prepare(Settings(sources=SEEDS), book)


@pytest.fixture(scope="session")
def corpus(ctx) -> sources.Corpus:
    return ctx.corpus


def source_named(corpus: sources.Corpus, prefix: str) -> sources.Source:
    return next(s for s in corpus.sources if Path(s.path).name.startswith(prefix))


def line_of(corpus: sources.Corpus, prefix: str, words: str) -> tuple[str, int]:
    """(path, line) of the first line holding `words` in the source whose file name starts with `prefix`."""
    src = source_named(corpus, prefix)
    return src.path, next(n for n, line in enumerate(src.lines, 1) if words in line)


def claim(corpus: sources.Corpus, text: str, *cited: tuple[str, str]) -> Claim:
    """A claim citing one line per (prefix, words), each found by `line_of`."""
    spans = [line_of(corpus, prefix, words) for prefix, words in cited]
    return Claim(text, tuple(Citation(path, n, n) for path, n in spans))


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def printed(tmp_path: Path, articles: dict[str, str], themes_toml: str, theme_id: str) -> list[str]:
    """The sentences the extractive engine prints for `theme_id` from these articles (name -> text)
    with this themes file, run through the CLI as a user would."""
    from click.testing import CliRunner

    from briefing.cli import cli

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        write(folder, name, text)
    write(tmp_path, "themes.toml", themes_toml)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["make", "--engine", "extractive", "--sources", str(folder), "--themes",
                                      str(tmp_path / "themes.toml"), "--theme", "all", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return [s["text"] for s in json.loads((out / f"{theme_id}.json").read_text())["sentences"]]


# --- LLM engine: cassettes recorded against tests/llm_server.py -------------------------------

LLM_PORT = 8787
DUMMY_KEY = "dummy-key-for-tests"
SCRUBBED_RESPONSE_HEADERS = ("openai-organization", "openai-project", "set-cookie", "x-request-id",
                             "cf-ray", "openai-processing-ms")


def _scrub_response(response: dict) -> dict:
    response["headers"] = {k: v for k, v in response["headers"].items()
                           if k.lower() not in SCRUBBED_RESPONSE_HEADERS}
    return response


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": ["authorization", "api-key", "openai-organization", "openai-project", "cookie"],
        # The body too: an edited prompt must not silently replay the old answer.
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
        "before_record_response": _scrub_response,
    }


REAL_API = bool(os.environ.get("BRIEFING_TEST_REAL_API"))  # record against your own endpoint


@pytest.fixture()
def good_model() -> str:
    return os.environ.get("BRIEFING_MODEL", "gpt-4.1-mini") if REAL_API else "test-good"


@pytest.fixture()
def llm(request, monkeypatch, tmp_path):
    """Points the openai engine at the test server (started only when recording) with a dummy
    key and a private cache; returns the cache folder. With BRIEFING_TEST_REAL_API=1 the
    user's OPENAI_API_KEY / OPENAI_BASE_URL are used instead, to record real answers."""
    from llm_server import serve

    recording = request.config.getoption("--record-mode") not in (None, "none")
    server = serve(LLM_PORT) if recording and not REAL_API else None
    if not REAL_API:
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{LLM_PORT}/v1")
        monkeypatch.setenv("OPENAI_API_KEY", DUMMY_KEY)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    yield tmp_path / "xdg" / "briefing" / "llm"
    if server is not None:
        server.shutdown()
        server.server_close()


@pytest.fixture()
def live_llm(monkeypatch, tmp_path):
    """A live tests/llm_server.py on a free port of 127.0.0.1 (no cassette), for faults that
    a cassette cannot replay: sizes, silences, concurrency. Returns the server."""
    from llm_server import serve

    server = serve(0)
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_port}/v1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    yield server
    server.shutdown()
    server.server_close()


# --- cassettes recorded from a real llama.cpp server (scripts/record-llama.sh) ---------------

LLAMA_PORT = 8089  # scripts/record-llama.sh serves the model here; replay matches this address


@pytest.fixture()
def llama(request, monkeypatch, tmp_path):
    """Points the openai engine at llama.cpp on 127.0.0.1:LLAMA_PORT: the cassette when
    replaying, the real server when recording (scripts/record-llama.sh starts it)."""
    recording = request.config.getoption("--record-mode") not in (None, "none")
    if recording and not os.environ.get("BRIEFING_RECORD_LLAMA"):
        pytest.skip("records only from scripts/record-llama.sh, which starts the llama.cpp server")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{LLAMA_PORT}/v1")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "briefing" / "llm"
