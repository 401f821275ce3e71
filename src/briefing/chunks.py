"""Token-budgeted chunks of consecutive sentences, counted with tiktoken (o200k_base).

Chunks are what an engine that sends text to a model works with; the extractive
engine never needs token counts, so nothing here runs on its path.

tiktoken downloads its BPE file on first use, which fails on closed networks. We
ship the verified file (gzip) in the package and unpack it into a cache folder under
the name tiktoken looks for, so tiktoken's own sha256 check still applies.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .files import cache_dir, write_atomic
from .sentences import Sentence

ENCODING = "o200k_base"
BPE_URL = "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"  # tiktoken's cache key


@dataclass(frozen=True)
class Chunk:
    id: str  # "c<n>"
    sentences: tuple[Sentence, ...]
    tokens: int  # sum of its sentences plus one per join: an upper bound for the joined text

    @property
    def sources(self) -> tuple[int, ...]:
        return tuple(sorted({s.source for s in self.sentences}))

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@lru_cache(maxsize=1)
def encoding():
    import tiktoken

    folder = cache_dir("tiktoken")
    target = folder / hashlib.sha1(BPE_URL.encode()).hexdigest()
    if not target.exists():
        write_atomic(target, gzip.decompress(
            resources.files("briefing").joinpath("data", f"{ENCODING}.tiktoken.gz").read_bytes()))
    previous = os.environ.get("TIKTOKEN_CACHE_DIR")
    os.environ["TIKTOKEN_CACHE_DIR"] = str(folder)
    try:
        return tiktoken.get_encoding(ENCODING)
    finally:
        if previous is None:
            del os.environ["TIKTOKEN_CACHE_DIR"]
        else:
            os.environ["TIKTOKEN_CACHE_DIR"] = previous


def count(texts: list[str]) -> list[int]:
    # encode_ordinary: article text may contain "<|endoftext|>", which is just text here
    return [len(t) for t in encoding().encode_ordinary_batch(texts)]


def count_remembered(texts: list[str]) -> list[int]:
    """`count`, remembered on disk for this exact list of texts: loading the encoder takes
    ~0.4 s, which a rerun over the same sources (all answers cached) should not pay."""
    key = hashlib.sha256("\x00".join([ENCODING, *texts]).encode()).hexdigest()
    path = cache_dir("tokens") / f"{key}.json"
    try:
        counts = json.loads(path.read_text())
        if isinstance(counts, list) and len(counts) == len(texts):
            return counts
    except (OSError, ValueError):
        pass
    counts = count(texts)
    try:
        write_atomic(path, json.dumps(counts).encode())
    except OSError:
        pass  # not remembered: only costs time next run
    return counts


def chunk(sentences: list[Sentence], budget: int = 800, split_sources: bool = True) -> list[Chunk]:
    """Consecutive sentences, up to `budget` tokens a chunk; a sentence is never split (a longer
    one gets a chunk of its own). With split_sources, a chunk holds one source only."""
    out: list[Chunk] = []
    current: list[Sentence] = []
    used = 0
    for s, n in zip(sentences, count_remembered([s.text for s in sentences]), strict=True):
        new_source = split_sources and current and s.source != current[0].source
        if current and (new_source or used + n > budget):
            out.append(Chunk(f"c{len(out) + 1}", tuple(current), used - 1))
            current, used = [], 0
        current.append(s)
        used += n + 1  # the joining space
    if current:
        out.append(Chunk(f"c{len(out) + 1}", tuple(current), used - 1))
    return out
