"""The whole run: read sources once, then for each theme draft, verify and render."""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import caveats, compare, render, sentences, sources, supersede, themes
from .engines import Context, get
from .llm import DEFAULT_TIMEOUT
from .retrieval import Index
from .verify import verify

WORDS = 300


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
    words: int = WORDS  # a theme's lead and key points; an editor's body is ~250-300 words
    timeout: float = DEFAULT_TIMEOUT  # openai engine: seconds to a request's first token (x10: whole answer)


@dataclass(frozen=True)
class Result:
    theme: str
    pdf: Path
    json: Path
    checked: int
    passed: int


class ThemesFailed(Exception):
    """Some themes failed after the others were written: one theme's error (a model that stops
    answering, or a bug met on one sentence) must not cost the editor every other briefing."""

    def __init__(self, results: list[Result], failures: list[tuple[str, Exception]]):
        super().__init__("; ".join(f"{theme}: {e}" for theme, e in failures))
        self.results = results
        self.failures = failures


def prepare(settings: Settings, book: themes.ThemeBook, chosen: list[themes.Theme] = ()) -> Context:
    """Sources read and indexed once for the `chosen` themes (with several, the engine gives
    each sentence to one of them before any worker forks: see `run`)."""
    corpus = sources.load(settings.sources, snapshots=settings.out / "snapshots")
    sents = [s for src in corpus.sources for s in sentences.split(src)]
    # Units no themes file lists, by name: found whichever theme runs, so that "the unit" in a
    # vetting briefing is never the listed unit named last when the article is about another.
    book = compare.discovered(book, sents, [*chosen, *book.everything()])
    index = Index(sents, book.entity)
    supersede.of(corpus, sents)  # what later lines take back: found once, before any worker forks
    caveats.of(corpus, sents)  # and which caveats qualify which figures
    return Context(corpus=corpus, sentences=sents, index=index, book=book, themes=list(chosen))


def run(settings: Settings, theme_names: list[str], say: Callable[[str], None] = lambda _: None) -> list[Result]:
    book = themes.load(settings.themes_file)
    chosen = book.everything() if theme_names == ["all"] else [book.get(n) for n in theme_names]
    ctx = prepare(settings, book, chosen)
    for w in ctx.corpus.warnings:
        say(f"warning: {w}")
    say(f"read {len(ctx.corpus.sources)} sources, {len(ctx.sentences)} sentences")
    engine = get(settings.engine, model=settings.model, use_cache=settings.use_cache,
                 cache_dir=settings.cache_dir, say=say, timeout=settings.timeout, words=settings.words)

    def write(theme: themes.Theme, draft) -> Result:
        checked = verify(draft, ctx.corpus)
        pdf, js = render.write(checked, ctx.corpus, settings.out, getattr(engine, "model", None))
        if checked.note and not checked.checked:
            say(f"{theme.id}: {checked.note[0].lower()}{checked.note[1:]} -> {pdf}, {js}")
        else:
            note = f" ({checked.note[0].lower()}{checked.note[1:].rstrip('.')})" if checked.note else ""
            say(f"{theme.id}: {checked.passed}/{checked.checked} sentences verified{note} -> {pdf}, {js}")
        return Result(theme.id, pdf, js, checked.checked, checked.passed)

    def one(theme: themes.Theme) -> Result:
        return write(theme, engine.draft(theme, ctx))

    if hasattr(engine, "draft_async"):
        return _settled(chosen, asyncio.run(_concurrently(engine, chosen, ctx, write)))
    workers = min(len(chosen), os.cpu_count() or 1, MAX_WORKERS)
    if workers < 2 or engine.name != "extractive" or "fork" not in mp.get_all_start_methods():
        return _settled(chosen, [_run_job(theme, one) for theme in chosen])
    # Rendering is CPU-bound and each theme is independent: forked workers share the sources
    # and the imported WeasyPrint with the parent, so `--theme all` uses every core. The
    # openai engine stays in one process: it waits on the network, with its own concurrency.
    render.pdf_module()  # import WeasyPrint once, before the fork
    ctx.disagreements  # noqa: B018 -- likewise: found once, shared by every worker
    if hasattr(engine, "assign"):
        engine.assign(ctx)  # which theme prints which sentence: decided once, for every worker
    global _job
    _job = one
    with mp.get_context("fork").Pool(workers, initializer=_worker_signals) as pool:
        results = pool.map(_run_job, chosen)
        # Let idle workers take the stop sentinel and exit. Leaving the block at once terminates
        # them with SIGTERM, and one that takes it just before it blocks on the task queue's lock
        # never wakes: the run hung after writing every file, about one `--theme all` in ten.
        pool.close()
        pool.join()
    return _settled(chosen, results)


def _settled(chosen: list[themes.Theme], outcomes: list[Result | Exception]) -> list[Result]:
    """The results in theme order, or ThemesFailed once every other theme is written."""
    failures = [(t.id, r) for t, r in zip(chosen, outcomes, strict=True) if isinstance(r, Exception)]
    results = [r for r in outcomes if isinstance(r, Result)]
    if failures:
        raise ThemesFailed(results, failures)
    return results


async def _concurrently(engine, chosen: list[themes.Theme], ctx: Context, write) -> list[Result | Exception]:
    """Model engines wait on the network: every theme's requests go out at once (the
    client bounds how many are in flight), and each theme is written as soon as its draft
    is ready, while the others are still being answered."""
    async def one(theme):
        try:
            return theme.id, write(theme, await engine.draft_async(theme, ctx))
        except Exception as e:  # noqa: BLE001 -- a theme that fails does not stop the others
            return theme.id, e

    done = dict([await next_done for next_done in asyncio.as_completed([one(t) for t in chosen])])
    return [done[t.id] for t in chosen]


MAX_WORKERS = 4
_job: Callable[[themes.Theme], Result] | None = None


def _worker_signals() -> None:
    # Ctrl-C is the parent's to handle; it then terminates the workers, and SIGTERM becomes
    # SystemExit so their `finally` blocks remove any temp file they were writing.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def _run_job(theme: themes.Theme, job: Callable[[themes.Theme], Result] | None = None) -> Result | Exception:
    job = job or _job
    assert job is not None
    try:
        return job(theme)
    except Exception as e:  # noqa: BLE001 -- reported by the parent once the other themes are done:
        # raised in a worker, it made the pool terminate its workers, and the run could hang.
        # A pickled exception loses its traceback, which is what a bug report needs: keep it as text.
        trace = traceback.format_exc()
        failure = e
        try:
            pickle.dumps(failure)
        except Exception:  # noqa: BLE001 -- an exception the pool cannot send back
            failure = RuntimeError(f"{type(e).__name__}: {e}")
        failure.trace = trace
        return failure
