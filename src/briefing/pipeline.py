"""The whole run: read sources once, then for each theme draft, verify and render."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import render, sentences, sources, themes
from .engines import Context, get
from .retrieval import Index
from .verify import verify


@dataclass(frozen=True)
class Settings:
    """One settings object for a run; the CLI fills it from flags and the environment."""

    sources: Path = Path("seeds")
    out: Path = Path("out")
    engine: str = "auto"
    themes_file: Path | None = None
    model: str | None = None  # openai engine; None: llm.DEFAULT_MODEL
    use_cache: bool = True
    cache_dir: Path | None = None  # None: ~/.cache/briefing/llm


@dataclass(frozen=True)
class Result:
    theme: str
    pdf: Path
    json: Path
    checked: int
    passed: int


def prepare(settings: Settings, book: themes.ThemeBook) -> Context:
    corpus = sources.load(settings.sources)
    sents = [s for src in corpus.sources for s in sentences.split(src)]
    return Context(corpus=corpus, sentences=sents, index=Index(sents, book.entity), book=book)


def run(settings: Settings, theme_names: list[str], say: Callable[[str], None] = lambda _: None) -> list[Result]:
    book = themes.load(settings.themes_file)
    chosen = book.theme if theme_names == ["all"] else [book.get(n) for n in theme_names]
    ctx = prepare(settings, book)
    for w in ctx.corpus.warnings:
        say(f"warning: {w}")
    say(f"read {len(ctx.corpus.sources)} sources, {len(ctx.sentences)} sentences")
    engine = get(settings.engine, model=settings.model, use_cache=settings.use_cache,
                 cache_dir=settings.cache_dir, say=say)
    results = []
    for theme in chosen:
        draft = engine.draft(theme, ctx)
        checked = verify(draft, ctx.corpus)
        pdf, js = render.write(checked, ctx.corpus, settings.out, getattr(engine, "model", None))
        say(f"{theme.id}: {checked.passed}/{checked.checked} sentences verified -> {pdf}, {js}")
        results.append(Result(theme.id, pdf, js, checked.checked, checked.passed))
    return results
