from __future__ import annotations

from pathlib import Path

import pytest

from briefing import sources, themes
from briefing.engines import Context
from briefing.pipeline import prepare, Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


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


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path
