"""Chunks: consecutive sentences of one source within a tiktoken budget, offline."""

from briefing import chunks


def test_encoding_loads_offline_from_the_shipped_file(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    chunks.encoding.cache_clear()
    try:
        assert chunks.count(["Легион «Свобода России»", "<|endoftext|> is just text"]) == [
            len(chunks.encoding().encode_ordinary("Легион «Свобода России»")),
            len(chunks.encoding().encode_ordinary("<|endoftext|> is just text"))]
    finally:
        chunks.encoding.cache_clear()


def test_chunks_respect_the_budget_and_never_mix_sources(ctx):
    out = chunks.chunk(ctx.sentences, budget=300)
    assert sum(len(c.sentences) for c in out) == len(ctx.sentences)
    for c in out:
        assert len(c.sources) == 1
        assert c.tokens <= 300 or len(c.sentences) == 1
        assert len(chunks.encoding().encode_ordinary(c.text)) <= c.tokens  # counts are an upper bound


def test_chunks_may_span_sources_when_asked(ctx):
    out = chunks.chunk(ctx.sentences, budget=100_000, split_sources=False)
    assert len(out) == 1 and out[0].sources == (1, 2, 3, 4, 5)
