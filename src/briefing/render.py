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

from . import __version__, meta, sentences, updates
from .compare import EMPTY
from .draft import Citation, Claim, Heading, Pointer, Section
from .excerpt import quoted_line
from .files import stage
from .sources import Corpus, Source
from .verify import Verified

ASSETS = Path(str(resources.files("briefing") / "assets")).resolve()
FULL_SOURCE_LIST = 20
WIDE = 4  # a table with more columns than this gets a landscape page of its own
FLAG_SOURCES = 3  # a figure flagged in a cell cites this many sources; the rest are listed below the table


class OutputError(Exception):
    """The output folder cannot take the files."""


@dataclass(frozen=True)
class Cited:
    source: int
    path: str
    line_start: int
    line_end: int
    lines: list[tuple[int, str]]
    tag: str  # the source's short name in markers: "NYT", "Express", or its number
    # lines a citation runs across that hold no words of it (a subtitle's cue numbers and timecodes,
    # a page footer between a sentence's halves): quoted, set in grey
    furniture: frozenset[int] = frozenset()

    @property
    def marker(self) -> str:
        return marker(self.tag, self.line_start, self.line_end)

    @property
    def anchor(self) -> str:
        return f"c-{self.source}-{self.line_start}-{self.line_end}"

    @property
    def lines_label(self) -> str:
        if self.line_start == self.line_end:
            return f"line {self.line_start}"
        return f"lines {self.line_start}–{self.line_end}"


def marker(tag: str, start: int, end: int) -> str:
    """"[NYT 31–33]": the source's tag and its lines; a source with no outlet is its number, "[3:31]"."""
    sep = ":" if tag.isdigit() else " "
    return f"[{tag}{sep}{start}]" if start == end else f"[{tag}{sep}{start}–{end}]"


# Words an outlet's short name leaves out: "The Daily Express" -> "Express".
OUTLET_FILLER = {"the", "daily", "sunday", "weekly", "online", "news", "com"}


def interest(src: Source) -> dict | None:
    """An opinion column's declared interest, as the page words it, with its lines: a reader of
    the writer's sentences weighs them by it ("In 2021 my firm tendered for the security work ...")."""
    if src.interest is None:
        return None
    a, b = src.interest
    text = " ".join(sentences.plain(sentences.join_lines([src.line(n) for n in range(a, b + 1)])).split())
    return {"line_start": a, "line_end": b, "text": text}


def short_outlet(outlet: str) -> str:
    """What a reader calls an outlet in a citation: one word as it is ("CNN", "Newsweek"), a
    long name by its initials ("NYT"), a two-word name by its distinctive word ("Express")."""
    words = [w for w in outlet.replace(".", " ").split() if w[:1].isalnum()]
    rest = "".join(w[0].upper() for w in words[1:] if w.lower() not in {"the", "of", "and", "for"})
    if len(rest) >= 2 and words[0].isalpha() and words[0].isupper() and words[0].startswith(rest):
        return words[0]  # "MPA Mediterranean Press Agency", "NLTV Northumbria Local Television": not "MMPA"
    kept = [w for w in words if w.lower() not in OUTLET_FILLER] or words
    if len(kept) >= 3 or (len(kept) == 2 and len(words) >= 3):  # "Nordic-Baltic ... Forum" -> "NBPSF"
        return "".join(p[0].upper() for w in words if w.lower() not in {"the", "of", "and", "for"}
                       for p in w.split("-") if p[:1].isalnum())
    return kept[-1] if len(kept) == 2 and kept[0].lower() in OUTLET_FILLER else " ".join(kept) if len(kept) == 1 \
        else "".join(w if w.isdigit() else w[0].upper() for w in kept)  # "Nordvision 24" -> "N24"


def tags(corpus: Corpus) -> dict[int, str]:
    """Each source's citation tag: its outlet's short name, with the source number added when two
    sources share one ("NYT1", "NYT4"), else the bare number."""
    short = {s.index: short_outlet(s.outlet) if s.outlet else "" for s in corpus.sources}
    counts: dict[str, int] = {}
    for t in short.values():
        counts[t] = counts.get(t, 0) + 1
    return {i: (str(i) if not t else f"{t}{i}" if counts[t] > 1 else t) for i, t in short.items()}


def _index_of(corpus: Corpus, c: Citation) -> int:
    src = corpus.by_path(c.path)
    assert src is not None, "the verifier only lets through citations of known sources"
    return src.index


def cited_lines(b: Verified, corpus: Corpus) -> list[Cited]:
    """The quoted lines every citation points to, one entry per run of overlapping ranges
    (17-18 and 17-19 are quoted once, as 17-19), in source and line order."""
    tag = tags(corpus)
    citing: dict[tuple[int, int, int], list[str]] = {}
    for section in b.sections:
        for claim in section.claims:
            for c in claim.citations:
                citing.setdefault((_index_of(corpus, c), c.line_start, c.line_end), []).append(claim.text)
    runs: list[list] = []  # [source, start, end, claims]
    for i, start, end in sorted(citing):
        if runs and runs[-1][0] == i and start <= runs[-1][2]:
            runs[-1][2] = max(runs[-1][2], end)
            runs[-1][3] += citing[(i, start, end)]
        else:
            runs.append([i, start, end, list(citing[(i, start, end)])])
    out = []
    for i, start, end, claims in runs:
        src = corpus.sources[i - 1]
        out.append(Cited(i, src.path, start, end, [(n, quoted_line(src, n, claims)) for n in range(start, end + 1)],
                         tag[i], frozenset(n for n in range(start, end + 1) if n in src.bridges and n in src.skipped)))
    return out


def _entry(cited: list[Cited], i: int, start: int, end: int) -> str:
    """The anchor of the quoted entry that holds lines start..end of source i."""
    return next((c.anchor for c in cited if c.source == i and c.line_start <= start and end <= c.line_end),
                f"c-{i}-{start}-{end}")


def dating(claim: Claim, by_path: dict[str, Source]) -> tuple[str | None, str | None]:
    """(the cited article's publication date, the phrase of the claim that counts from it:
    "last week"). Shown beside the claim, never inside it: the verifier checks the text."""
    published = next((day for c in claim.citations  # a chat export's message: the day of that message
                      if (src := by_path.get(c.path)) is not None and (day := src.date_at(c.line_start))), None)
    return published, meta.relative_phrase(claim.text)


def _in_update(c: Citation, by_path: dict[str, Source]) -> bool:
    """Whether a cited line is in one of its page's dated updates, which dates it, not the page."""
    return (src := by_path.get(c.path)) is not None and updates.stamp_at(src, c.line_start) is not None


def to_json(b: Verified, corpus: Corpus, generated_at: str, model: str | None = None) -> dict:
    tag = tags(corpus)
    by_path = {s.path: s for s in corpus.sources}
    tables = [s for s in b.sections if s.kind == "table"]  # only a briefing with a table has "pointers"

    def sentence(section, c: Claim) -> dict:
        published, phrase = dating(c, by_path)
        return {"text": c.text, "section": section.title, "kind": section.kind, "label": c.label,
                "citations": [x.to_json() for x in c.citations],
                "article_date": published, "relative_date": phrase}

    return {
        "theme": b.theme_id,
        "title": b.title,
        "engine": b.engine,
        "model": model,
        "generated_at": generated_at,
        "sources": [{"path": s.path, "title": s.title, "outlet": s.outlet, "tag": tag[s.index], "author": s.author,
                     "published": s.published, "sha256": s.sha256, "encoding": s.encoding,
                     "page": s.page, "page_sha256": s.page_sha256, "url": s.url,
                     **({"opinion": True, "interest": interest(s)} if s.opinion else {})} for s in corpus.sources],
        "note": b.note,
        "sentences": [sentence(s, c) for s in b.sections for c in s.claims],
        **({"pointers": [p.to_json() for s in tables for p in shown_pointers(s)],
            "undated_cells": [{"label": label, "relative_date": phrase} for s in tables for label, phrase in s.undated]}
           if tables else {}),
        "usage": b.usage,
        "audit": b.audit(),
    }


def shown_pointers(section: Section) -> list[Pointer]:
    """A table's pointers to the cells it prints: one whose cell the verifier dropped points nowhere."""
    labels = {c.label for c in section.claims}
    return [p for p in section.pointers if p.to in labels]


def runs(claims: list[Claim]) -> list[tuple[str | None, list[Claim]]]:
    """Consecutive claims with the same label, together: a contrast is its statements side by side."""
    out: list[tuple[str | None, list[Claim]]] = []
    for c in claims:
        if out and c.label is not None and out[-1][0] == c.label:
            out[-1][1].append(c)
        else:
            out.append((c.label, [c]))
    return out


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
    tag = tags(corpus)
    cited = cited_lines(b, corpus)

    def markers(claim: Claim) -> Markup:
        """One bracket per source, each line range linked to its quote: "[Newsweek 21, 23]"."""
        by_source: dict[int, list[str]] = {}
        for c in claim.citations:
            i = index_of.get(c.path) or _index_of(corpus, c)
            lines = marker(tag[i], c.line_start, c.line_end)[len(tag[i]) + 2:-1]
            by_source.setdefault(i, []).append(
                f'<a class="cite" href="#{_entry(cited, i, c.line_start, c.line_end)}">{escape(lines)}</a>')
        sep = {i: ":" if tag[i].isdigit() else " " for i in by_source}
        return Markup(" " + "".join(f'<span class="cite">[{escape(tag[i])}{sep[i]}{", ".join(links)}]</span>'
                                    for i, links in by_source.items()))

    by_path = {s.path: s for s in corpus.sources}

    def dated(claim: Claim, always: bool = False) -> Markup:
        """"(article of 14 June 2023)" after a claim that says "last week", or after every
        figure in a disagreement: "several hundred" then and "4,000" now are not one moment."""
        published, phrase = dating(claim, by_path)
        # a page of dated updates says different things on different days: each claim says its day
        update = any(_in_update(c, by_path) for c in claim.citations)
        if not (phrase or always or update):
            return Markup("")
        if not published:  # "last week" of an article whose date nobody knows: say so
            what = f"“{escape(phrase)}” of an undated article" if phrase and not always else "undated article"
            return Markup(f' <span class="dated">({what})</span>')
        what = "update" if update else "article"
        return Markup(f' <span class="dated">({what} of {escape(meta.human(published))})</span>')

    def grid(section) -> tuple[list[Heading], list[str], dict[tuple[str, str], list[Claim]], dict[str, str],
                               dict[str, str]]:
        """A table section's claims, labelled "row|column", as rows x columns; every row the
        section names is kept, so an entity the sources say nothing about still shows. With
        them, what a cell that points to another says: "see Founding", the row too if another."""
        cells: dict[tuple[str, str], list[Claim]] = {}
        for c in section.claims:
            row, _, col = c.label.partition("|")
            cells.setdefault((row, col), []).append(c)
        rows = list(section.rows) or [Heading(r) for r in dict.fromkeys(r for r, _ in cells)]
        cols = list(section.columns) or list(dict.fromkeys(c for _, c in cells))
        see = {}
        for p in shown_pointers(section):
            row, col = p.to.split("|", 1)
            see[p.label] = col if p.label.startswith(f"{row}|") else f"{row}, {col}"
        undated = dict(section.undated)
        return rows, cols, cells, see, undated

    # Figures that disagree, flagged in the table cell they belong to ("row|column"): each
    # figure once, with every source that gives it.
    flags = {s.about: runs(sorted(s.claims, key=lambda c: [x.label for x in s.claims].index(c.label)))
             for s in b.sections if s.kind == "disagreement" and s.about}

    # Whatever order an engine drafts them in, the table and its contrasts come right after the
    # lead: they are the comparison, and a wide table shares the lead's landscape page.
    first = {"lead": 0, "table": 1, "contrasts": 2}
    sections = sorted(b.sections, key=lambda s: first.get(s.kind, 3))
    # A short corpus is listed whole; a long one only where cited (the JSON always lists all).
    listed = sorted({c.source for c in cited}) if len(corpus.sources) > FULL_SOURCE_LIST else \
        [s.index for s in corpus.sources]
    return _template().render(
        b=b, sections=sections, grid=grid, flags=flags, runs=runs, empty=EMPTY, wide=WIDE, flag_sources=FLAG_SOURCES,
        sources=corpus.sources, has_wide=any(s.kind == "table" and len(s.columns) > WIDE for s in b.sections),
        cited=cited, tag=tag, example=cited[0] if cited else None, marker=marker,
        listed_sources=[corpus.sources[i - 1] for i in listed], markers=markers, dated=dated, human=meta.human,
        interest=interest,
        model=model,
        usage=b.usage, version=__version__, css_url=(ASSETS / "briefing.css").as_uri(),
        generated_at=generated_at.isoformat(timespec="seconds"),
        generated_at_human=generated_at.strftime("%d %B %Y, %H:%M UTC"))


def pdf_module():
    import weasyprint  # heavy import (~0.5 s), kept out of `briefing themes` and --help

    return weasyprint


def pdf(html_text: str) -> bytes:
    weasyprint = pdf_module()
    from weasyprint.text.fonts import FontConfiguration

    # WeasyPrint copies each @font-face into a weasyprint-* temp folder and removes it only when
    # the configuration is garbage-collected, which a forked worker's exit or interpreter shutdown
    # skips: 3 MB left in /tmp per briefing. We own the configuration and remove it ourselves.
    fonts = FontConfiguration()
    try:
        return weasyprint.HTML(string=html_text, base_url=ASSETS.as_uri() + "/",
                               url_fetcher=assets_only_fetcher()).write_pdf(
            pdf_variant="pdf/ua-1", uncompressed_pdf=False, font_config=fonts)
    finally:
        fonts.__del__()  # its own cleanup (rmtree of its folder); safe to run again at collection


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
