"""A model server cannot stall or swamp a run, and the answer cache cannot break one.

Each fault is played by a server started here on 127.0.0.1: one that never answers, one
that trickles, one that sends an answer far too big; the cache is corrupted on disk.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import threading
import time

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from briefing.cache import Cache
from briefing.cli import cli
from briefing.engines.openai_engine import MAX_POINTS, MapAnswer
from briefing.llm import Client, LLMError, Server

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def serve_raw(handler) -> tuple[int, threading.Event]:
    """A TCP server on 127.0.0.1 that hands each connection to `handler(conn, stop)`."""
    stop = threading.Event()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()

    def loop():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            threading.Thread(target=handler, args=(conn, stop), daemon=True).start()
    threading.Thread(target=loop, daemon=True).start()
    return sock.getsockname()[1], stop


def ask(port: int, timeout: float, **options):
    os.environ["OPENAI_BASE_URL"] = f"http://127.0.0.1:{port}/v1"
    client = Client(model="test-good", timeout=timeout, max_retries=0, **options)
    client.server = Server()  # skip GET /v1/models: these servers only play one fault
    return asyncio.run(client.ask("map", [{"role": "user", "content": "hi"}], MapAnswer))


def make(tmp_path, *args):
    return CliRunner().invoke(cli, ["make", "--engine", "openai", "--model", "test-good", "--sources", str(SEEDS),
                                    "--out", str(tmp_path / "out"), *args])


def test_a_server_that_never_answers_fails_within_the_timeout(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "")

    def silent(conn, stop):
        conn.recv(65536)
        stop.wait(30)
        conn.close()
    port, stop = serve_raw(silent)
    try:
        with pytest.raises(LLMError, match=rf"no answer from http://127.0.0.1:{port}/v1/ within 0.5 s \(--timeout"):
            ask(port, timeout=0.5)
    finally:
        stop.set()


def test_a_server_that_trickles_is_stopped_at_the_whole_answer_deadline(monkeypatch):
    """Headers at once, then a keep-alive byte every 0.1 s forever: no silence ever reaches
    the timeout, so only the deadline for the whole answer (10 x --timeout) ends it."""
    monkeypatch.setenv("OPENAI_BASE_URL", "")

    def trickle(conn, stop):
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n")
        try:
            while not stop.wait(0.1):
                conn.sendall(b":\n")
        except OSError:
            pass
        conn.close()
    port, stop = serve_raw(trickle)
    try:
        with pytest.raises(LLMError, match=r"sent no answer within 3 s \(10 x --timeout\)"):
            ask(port, timeout=0.3)
    finally:
        stop.set()


def test_an_answer_far_too_big_is_cut_and_capped_before_it_is_verified(live_llm, tmp_path):
    """50,000 points (~3 MB) whatever max_tokens says: reading stops at 64 KB, the points
    beyond the briefing's budget are dropped, and the user is told both in one line."""
    result = make(tmp_path, "--model", "test-huge", "--theme", "vetting")
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if "reduce:" in ln)
    assert "the answer was cut at 64 KB" in line and f"kept the first {MAX_POINTS} points of" in line
    data = json.loads((tmp_path / "out" / "vetting.json").read_text())
    assert data["audit"]["checked"] <= 3 + 4 * MAX_POINTS + 6 + 1  # the budget, not 50,000


@pytest.mark.parametrize("damage", ["truncated", "not utf-8", "off schema", "unreadable", "empty"])
def test_a_corrupt_cache_entry_is_a_miss_and_is_replaced(live_llm, tmp_path, damage):
    assert make(tmp_path, "--theme", "risks").exit_code == 0
    asked = json.loads((tmp_path / "out" / "risks.json").read_text())["usage"]["requests"]
    folder = tmp_path / "xdg" / "briefing" / "llm"
    entries = {entry: entry.read_bytes() for entry in folder.iterdir()}
    assert len(entries) == asked  # one entry a request (the answer, and any repair)
    for entry, good in entries.items():
        if damage == "truncated":
            entry.write_bytes(good[: len(good) // 2])
        elif damage == "not utf-8":
            entry.write_bytes(b'{"lead": [{"text": "\xff\xfe caf\xe9", "ids": []}]}')
        elif damage == "off schema":
            entry.write_text('{"facts": "none"}')
        elif damage == "unreadable":  # a directory where the file was: reading fails even as root
            entry.unlink()
            entry.mkdir()
        else:
            entry.write_bytes(b"")
    result = make(tmp_path, "--theme", "risks")
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    assert json.loads((tmp_path / "out" / "risks.json").read_text())["usage"]["requests"] == asked  # misses
    if damage != "unreadable":
        assert all(entry.read_bytes() == good for entry, good in entries.items())  # replaced by good answers


def test_cache_removes_entries_unused_for_longer_than_its_age_limit(tmp_path):
    cache = Cache(tmp_path, max_age_days=30)
    cache.put("a" * 64, '{"x": 1}')
    cache.put("b" * 64, '{"x": 2}')
    old = time.time() - 31 * 86400
    os.utime(tmp_path / f"{'a' * 64}.json", (old, old))
    assert cache.prune() == 1
    assert cache.get("a" * 64) is None and cache.get("b" * 64) == '{"x": 2}'


def test_cache_over_its_size_limit_drops_the_least_recently_used(tmp_path):
    cache = Cache(tmp_path, max_bytes=2_500)
    for i, key in enumerate("abc"):
        cache.put(key * 64, "x" * 1_000)
        t = time.time() - 100 + i
        os.utime(tmp_path / f"{key * 64}.json", (t, t))
    cache.get("a" * 64)  # used now: it is the newest
    cache.prune()
    assert cache.get("a" * 64) is not None and cache.get("c" * 64) is not None
    assert cache.get("b" * 64) is None


def test_cache_clear_removes_only_its_own_entries(tmp_path):
    cache = Cache(tmp_path)
    cache.put("a" * 64, "{}")
    (tmp_path / "notes.txt").write_text("mine")
    assert cache.clear() == 1
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_cache_commands_show_and_empty_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "briefing" / "llm"
    Cache(folder).put("a" * 64, '{"facts": []}')
    info = CliRunner().invoke(cli, ["cache", "info"])
    assert info.exit_code == 0 and f"{folder}: 1 answers" in info.output and "limits:" in info.output
    cleared = CliRunner().invoke(cli, ["cache", "clear"])
    assert cleared.exit_code == 0 and "removed 1 answers" in cleared.output
    assert list(folder.iterdir()) == []
