"""Command line: `briefing make --theme vetting`, `briefing fetch URL...`, `briefing themes`."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click

from . import __version__, cache, themes
from .engines import NAMES
from .llm import DEADLINE_FACTOR, DEFAULT_MODEL, DEFAULT_TIMEOUT, LLMError
from .pipeline import WORDS, Settings, ThemesFailed, run
from .prompts import PromptError
from .render import OutputError
from .sources import SourceError, display_path


def _say(message: str) -> None:
    click.echo(f"briefing: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def cli() -> None:
    """Cited, verified PDF briefings from a folder of news articles."""


@cli.command()
@click.option("--theme", "theme_names", multiple=True, default=["vetting"], show_default=True,
              help="Theme id or alias (see `briefing themes`); repeat it, or 'all' for every theme.")
@click.option("--sources", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
              help="Folder of articles (.txt, .md, .srt, .vtt, .html).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Folder for <theme>.pdf and <theme>.json.")
@click.option("--engine", type=click.Choice(NAMES), default="auto", show_default=True,
              help="auto: openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else the embedded extractive engine.")
@click.option("--model", envvar="BRIEFING_MODEL", default=None,
              help=f"Model for the openai engine [env: BRIEFING_MODEL; default: {DEFAULT_MODEL}].")
@click.option("--no-cache", is_flag=True, help="Ask the model again instead of reusing cached answers.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS",
              help=f"openai engine: give up on a model server that stays silent this long, or "
                   f"whose answer takes {DEADLINE_FACTOR} times longer.")
@click.option("--themes", "themes_file", type=click.Path(path_type=Path), default=None,
              help="A themes TOML file whose themes replace or add to the built-in ones; with it, "
                   "'all' means that file's themes.")
@click.option("--words", type=click.IntRange(50, 5000), default=WORDS, show_default=True,
              help="Words for a theme's lead and key points (the appendices are always complete).")
def make(theme_names, sources, out, engine, model, no_cache, timeout, themes_file, words) -> None:
    """Write a cited PDF briefing and its JSON twin for each theme."""
    names = ["all"] if "all" in theme_names else list(theme_names)
    settings = Settings(sources=sources, out=out, engine=engine, themes_file=themes_file, model=model,
                        use_cache=not no_cache, timeout=timeout, words=words)
    try:
        run(settings, names, say=_say)
    except themes.ThemeError as e:
        _say(f"error: {e}")
        sys.exit(2)
    except USER_ERRORS as e:
        _say(f"error: {e}")
        sys.exit(1)
    except ThemesFailed as e:
        _report(e)
        sys.exit(1)
    except KeyboardInterrupt:
        _say("interrupted; no half-written file was left (themes finished before it are written)")
        sys.exit(130)


USER_ERRORS = (SourceError, OutputError, LLMError, PromptError)


def _report(failed: ThemesFailed) -> None:
    """One line per failed theme, after the themes that were written. The same user error for
    every theme (an output folder that cannot be made) is said once; anything else is a bug in
    briefing, whose traceback is what a report needs."""
    messages = {str(e) for _, e in failed.failures}
    if len(failed.failures) > 1 and len(messages) == 1 and all(isinstance(e, USER_ERRORS) for _, e in failed.failures):
        _say(f"error: {messages.pop()}")
        return
    for theme, e in failed.failures:
        if isinstance(e, USER_ERRORS):
            _say(f"error: {theme}: {e}")
            continue
        _say(f"error: {theme}: internal error ({type(e).__name__}: {e}); the other themes were "
             f"written. This is a bug in briefing; please report it with the traceback below.")
        click.echo(getattr(e, "trace", None) or "".join(traceback.format_exception(e)), err=True, nl=False)


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--from", "url_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="A file of URLs, one a line (# starts a comment).")
@click.option("--sources", type=click.Path(path_type=Path, file_okay=False), default=Path("seeds"),
              show_default=True, help="Folder the pages are saved in.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=Path("out"), show_default=True,
              help="Output folder; the pages' text snapshots go in its snapshots/.")
def fetch(urls, url_file, sources, out) -> None:
    """Download article pages into the sources folder, each once, with their text snapshots."""
    from . import fetch as fetching

    todo = list(urls)
    if url_file is not None:
        try:
            todo += fetching.read_list(url_file)
        except (OSError, UnicodeDecodeError) as e:
            _say(f"error: {url_file}: cannot be read ({getattr(e, 'strerror', None) or e})")
            sys.exit(1)
    if not todo:
        raise click.UsageError("give at least one URL, or --from FILE")
    failed = 0
    for url in dict.fromkeys(todo):  # a URL listed twice is fetched once
        try:
            got = fetching.fetch(url, sources, out / "snapshots")
        except fetching.FetchError as e:
            _say(f"error: {url}: {e}")
            failed += 1
            continue
        except KeyboardInterrupt:
            _say("interrupted; pages saved so far are kept whole")
            sys.exit(130)
        p = got.snapshot.page
        about = "".join(f"; {x}" for x in (p.outlet, p.published, p.title) if x)
        verb = "already there" if got.reused else "saved"
        _say(f"{verb}: {got.url} -> {display_path(got.path)} (text: {display_path(got.snapshot.path)}){about}")
    if failed:
        _say(f"{failed} of {len(dict.fromkeys(todo))} URLs failed")
        sys.exit(1)


@cli.command("themes")
@click.option("--themes", "themes_file", type=click.Path(path_type=Path), default=None,
              help="A themes TOML file to add to the built-in ones.")
def list_themes(themes_file) -> None:
    """List the themes with their aliases and what belongs in each."""
    try:
        book = themes.load(themes_file)
    except themes.ThemeError as e:
        _say(f"error: {e}")
        sys.exit(2)
    for t in book.theme:
        aliases = f" (also: {', '.join(t.aliases)})" if t.aliases else ""
        click.echo(f"{t.id}{aliases}\n  {t.title}: {' '.join(t.description.split())}\n")



@cli.group("cache")
def cache_group() -> None:
    """Show or empty the cache of model answers (~/.cache/briefing/llm)."""


@cache_group.command("info")
def cache_info() -> None:
    """Where the cache is, how many answers it holds and its limits."""
    info = cache.Cache(cache.default_dir()).info()
    oldest = "" if info.oldest_days is None else f"; least recently used {info.oldest_days:.1f} days ago"
    click.echo(f"{info.folder}: {info.entries} answers, {info.bytes / 1e6:.1f} MB{oldest}")
    click.echo(f"limits: {cache.MAX_BYTES / 1e6:.0f} MB; answers unused for {cache.MAX_AGE_DAYS} days are removed")


@cache_group.command("clear")
def cache_clear() -> None:
    """Remove every cached answer."""
    folder = cache.default_dir()
    removed = cache.Cache(folder).clear()
    click.echo(f"{folder}: removed {removed} answers")
