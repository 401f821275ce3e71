"""Stage 7: the verified briefing as a PDF (Jinja2 HTML -> WeasyPrint) and its JSON twin.

Rendering fetches nothing but the package's own stylesheet and fonts: article text may
hold <img src=...> or file: links, and a PDF that is handed on must not carry what
they point at. Both files are written atomically, so a failed run leaves the previous
ones untouched.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from . import __version__
from .draft import Citation, Claim
from .excerpt import quoted_line
from .files import stage
from .sources import Corpus
from .verify import Verified

ASSETS = Path(str(resources.files("briefing") / "assets")).resolve()
FULL_SOURCE_LIST = 20


class OutputError(Exception):
    """The output folder cannot take the files."""


@dataclass(frozen=True)
class Cited:
    source: int
    path: str
    line_start: int
    line_end: int
    lines: list[tuple[int, str]]

    @property
    def marker(self) -> str:
        return marker(self.source, self.line_start, self.line_end)

    @property
    def anchor(self) -> str:
        return f"c-{self.source}-{self.line_start}-{self.line_end}"

    @property
    def lines_label(self) -> str:
        if self.line_start == self.line_end:
            return f"line {self.line_start}"
        return f"lines {self.line_start}–{self.line_end}"


def marker(source: int, start: int, end: int) -> str:
    return f"[{source}:{start}]" if start == end else f"[{source}:{start}–{end}]"


def _index_of(corpus: Corpus, c: Citation) -> int:
    src = corpus.by_path(c.path)
    assert src is not None, "the verifier only lets through citations of known sources"
    return src.index


def cited_lines(b: Verified, corpus: Corpus) -> list[Cited]:
    seen: dict[tuple[int, int, int], Cited] = {}
    citing: dict[tuple[int, int, int], list[str]] = {}
    for section in b.sections:
        for claim in section.claims:
            for c in claim.citations:
                citing.setdefault((_index_of(corpus, c), c.line_start, c.line_end), []).append(claim.text)
    for key, claims in citing.items():
        i, start, end = key
        src = corpus.sources[i - 1]
        seen[key] = Cited(i, src.path, start, end, [(n, quoted_line(src, n, claims)) for n in range(start, end + 1)])
    return [seen[k] for k in sorted(seen)]


def to_json(b: Verified, corpus: Corpus, generated_at: str, model: str | None = None) -> dict:
    return {
        "theme": b.theme_id,
        "title": b.title,
        "engine": b.engine,
        "model": model,
        "generated_at": generated_at,
        "sources": [{"path": s.path, "title": s.title, "outlet": s.outlet, "sha256": s.sha256,
                     "encoding": s.encoding} for s in corpus.sources],
        "sentences": [{"text": c.text, "section": s.title, "label": c.label,
                       "citations": [x.to_json() for x in c.citations]}
                      for s in b.sections for c in s.claims],
        "usage": b.usage,
        "audit": b.audit(),
    }


def assets_only_fetcher():
    """A WeasyPrint URL fetcher that serves the package's assets folder and refuses the rest."""
    from urllib.request import url2pathname

    from weasyprint.urls import URLFetcher

    class AssetsOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("file:"):
                path = Path(url2pathname(url.split("?")[0].removeprefix("file:"))).resolve()
                if path.is_relative_to(ASSETS):
                    return super().fetch(url, headers)
            raise ValueError(f"refusing to fetch {url!r}: only the package's own assets are allowed")

    return AssetsOnly(allowed_protocols={"file"}, allow_redirects=False)


@lru_cache(maxsize=1)
def _template():
    env = Environment(loader=PackageLoader("briefing", "templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("briefing.html")


def html(b: Verified, corpus: Corpus, generated_at: datetime, model: str | None = None) -> str:
    index_of = {s.path: s.index for s in corpus.sources}

    def markers(claim: Claim) -> Markup:
        out = []
        for c in claim.citations:
            i = index_of.get(c.path) or _index_of(corpus, c)
            out.append(f'<a class="cite" href="#c-{i}-{c.line_start}-{c.line_end}">'
                       f"{escape(marker(i, c.line_start, c.line_end))}</a>")
        return Markup(" " + "".join(out))

    def grid(section) -> tuple[list[str], list[str], dict[tuple[str, str], Claim]]:
        """A table section's claims, labelled "unit|column", as rows x columns."""
        cells = {tuple(c.label.split("|", 1)): c for c in section.claims}
        rows = list(dict.fromkeys(r for r, _ in cells))
        cols = list(section.columns) or list(dict.fromkeys(c for _, c in cells))
        return rows, cols, cells

    cited = cited_lines(b, corpus)
    # A short corpus is listed whole; a long one only where cited (the JSON always lists all).
    listed = sorted({c.source for c in cited}) if len(corpus.sources) > FULL_SOURCE_LIST else \
        [s.index for s in corpus.sources]
    return _template().render(
        b=b, grid=grid, sources=corpus.sources, cited=cited,
        listed_sources=[corpus.sources[i - 1] for i in listed], markers=markers, model=model,
        usage=b.usage, version=__version__, css_url=(ASSETS / "briefing.css").as_uri(),
        generated_at=generated_at.isoformat(timespec="seconds"),
        generated_at_human=generated_at.strftime("%d %B %Y, %H:%M UTC"))


def pdf_module():
    import weasyprint  # heavy import (~0.5 s), kept out of `briefing themes` and --help

    return weasyprint


def pdf(html_text: str) -> bytes:
    HTML = pdf_module().HTML
    return HTML(string=html_text, base_url=ASSETS.as_uri() + "/", url_fetcher=assets_only_fetcher()).write_pdf(
        pdf_variant="pdf/ua-1", uncompressed_pdf=False)


def write_atomically(files: dict[Path, bytes]) -> None:
    """Write every file or none: temp files in the target folder, then rename each into place."""
    temps: list[tuple[str, Path]] = []
    folder = next(iter(files)).parent
    try:
        for target, data in files.items():
            temps.append((stage(target, data, durable=True), target))
        with _deferred_interrupt():  # Ctrl-C here would leave a new PDF beside an old JSON
            for tmp, target in temps:
                os.replace(tmp, target)
    except OSError as e:
        raise OutputError(f"{folder}: cannot write output ({e.strerror or e})") from None
    finally:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)


@contextmanager
def _deferred_interrupt():
    """Hold a Ctrl-C until the block is done, then raise it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda *_: caught.append(1))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def write(b: Verified, corpus: Corpus, out_dir: Path, model: str | None = None) -> tuple[Path, Path]:
    stamp = now()
    doc = pdf(html(b, corpus, stamp, model))
    data = json.dumps(to_json(b, corpus, stamp.isoformat(timespec="seconds"), model), ensure_ascii=False, indent=2)
    pdf_path, json_path = out_dir / f"{b.theme_id}.pdf", out_dir / f"{b.theme_id}.json"
    write_atomically({pdf_path: doc, json_path: (data + "\n").encode("utf-8")})
    return pdf_path, json_path
