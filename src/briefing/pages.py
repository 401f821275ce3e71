"""Saved web pages: the article's text as a snapshot file, so citations count lines on disk.

A page's HTML has no lines a reader could check, so its main text is extracted
(trafilatura: drops scripts, styles, navigation, cookie banners, share bars, ads and
"related" blocks) into a plain UTF-8 file, one paragraph a line with a blank line
between. That snapshot is the source: citations and the verifier count its lines.

Snapshots live in `<out>/snapshots/`, named after the page and the sha256 of its
bytes: the same page always maps to the same snapshot, which is reused rather than
extracted again, so its line numbers never move under a briefing already handed on.
The page's metadata (title, outlet, author, date, URL) is kept beside it as JSON.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .files import write_atomic

SUFFIXES = {".html", ".htm"}
DEFAULT_FOLDER = Path("out") / "snapshots"
# Below this much prose (lines of 8+ words, not list items) a page is a teaser list, a
# login wall or a cookie notice rather than an article; the shortest wire stories pass.
MIN_PROSE_WORDS = 50
WALL = re.compile(r"\b(cookies?|consent|sign in|log in|subscribe|password|privacy settings)\b", re.I)
# Browsers write this line at the top of a saved page; `briefing fetch` does the same.
SAVED_FROM = re.compile(rb"<!-- saved from url=\(\d{4}\)(\S+?) -->")
HTML_TITLE = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.I)
HEADLINE_WORDS = 6  # a site's name is shorter; a headline taken for it is longer
TAGLINE = re.compile(r":\s+[a-z][^A-Z:]*$")  # "ZakonOtvet: free legal answers online"
TITLE_FIELD = re.compile(r"\s+[·|•›»–—-]\s+")
LATEST = "2099-12-31"
METADATA = 4  # how the metadata is read: a cached snapshot's is read again when this moves
BLOCKS = ("p", "div", "blockquote", "footer", "header")  # a comment's fields set apart in its markup
HEADER_FIELD = 8  # words: a longer field of a comment is its text, not its header
MIN_COMMENT_WORDS = 4  # "Yes, messaged you." says nothing a briefing could use


class NotAnArticle(Exception):
    """The page holds no article text (an index page, a login wall, a cookie notice)."""


@dataclass(frozen=True)
class Page:
    """What a page says about itself; kept beside its snapshot."""

    page_sha256: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None  # ISO date, "2023-06-14"
    url: str | None  # the canonical link, else the URL the page was saved from
    encoding: str  # how the page's bytes were decoded
    extractor: str  # "trafilatura <version>", for whoever wonders why a snapshot differs


@dataclass(frozen=True)
class Snapshot:
    path: Path
    page: Page


def is_page(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def is_page_resource(path: Path, root: Path) -> bool:
    """Whether `path` sits in the resources folder of a page saved as "Web page, complete"
    (`Article.html` beside `Article_files/`; localised browsers write `-Dateien`, `_fichiers`
    ...). Those files (ad frames, scripts, styles) belong to the page, not to the sources."""
    for folder in path.relative_to(root).parents:
        if folder == Path("."):
            break
        m = re.fullmatch(r"(.+)[_-][^\W\d_]+", folder.name)
        if m and any((root / folder.parent / (m.group(1) + s)).is_file() for s in (".html", ".htm")):
            return True
    return False


def snapshot(data: bytes, name: str, folder: Path) -> Snapshot:
    """The snapshot of a page whose bytes are `data`: reused when `folder` has it, else
    extracted and written. Raises NotAnArticle, or OSError when `folder` is not writable."""
    digest = hashlib.sha256(data).hexdigest()
    stem = re.sub(r"[^\w.-]+", "_", Path(name).stem)[:60] or "page"
    text_path = folder / f"{stem}-{digest[:12]}.txt"
    meta_path = text_path.with_suffix(".json")
    cached = _cached(text_path, meta_path, digest)
    if cached is not None:
        return Snapshot(text_path, cached)
    text, page = extract(data, digest)
    folder.mkdir(parents=True, exist_ok=True)
    if not text_path.is_file():  # only the metadata was lost: the text already cited stays as it is
        write_atomic(text_path, text.encode("utf-8"))
    write_atomic(meta_path, (json.dumps(asdict(page), ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return Snapshot(text_path, page)


def _cached(text_path: Path, meta_path: Path, digest: str) -> Page | None:
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        page = Page(**meta)
    except (OSError, ValueError, TypeError):
        return None
    if page.page_sha256 != digest or not text_path.is_file() or page.extractor != _extractor():
        return None  # (a newer reader of the metadata reads it again; the text already cited stays)
    return page


def _extractor() -> str:
    from importlib.metadata import version  # not trafilatura itself: a snapshot read again need not import it

    return f"trafilatura {version('trafilatura')}; metadata {METADATA}"


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding) the way a browser picks it: BOM, then the HTTP header, then the
    page's own <meta charset>, then a guess. trafilatura alone only guesses."""
    from charset_normalizer import from_bytes
    from w3lib.encoding import html_to_unicode

    def guess(raw: bytes) -> str | None:
        try:
            raw.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
        best = from_bytes(raw[:200_000]).best()
        return best.encoding if best else None

    encoding, text = html_to_unicode(content_type, data, auto_detect_fun=guess)
    return text, encoding


def extract(data: bytes, digest: str) -> tuple[str, Page]:
    """The article's text (one paragraph a line, blank lines between) and its metadata."""
    import trafilatura  # ~0.2 s to import: only runs that have pages pay for it

    html, encoding = decode(data)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True,
        deduplicate=False,  # its duplicate filter remembers earlier pages: not deterministic
        # (htmldate drops a date later than the machine's clock; the page's own date is its claim, shown
        # beside every relative date it resolves, and a clock set wrong must not undate every page)
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": LATEST})
    paragraphs = [" ".join(p.split()) for p in (doc.text or "").split("\n")] if doc else []
    paragraphs = [p for p in paragraphs if p]
    _check_article(paragraphs)
    paragraphs += _comments(html, "\n".join(paragraphs))
    title = _clean(doc.title)
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the headline, marked not citable like any scrape's
    saved_from = SAVED_FROM.search(data[:2048])
    base = saved_from.group(1).decode("ascii", "replace") if saved_from else None
    url = _clean(doc.url)
    url = urljoin(base or "", url) if url else base
    page = Page(page_sha256=digest, title=title, outlet=_site(_clean(doc.sitename), html),
                author=_author(_clean(doc.author)),
                published=_clean(doc.date), url=url if url and urlsplit(url).scheme in ("http", "https") else None,
                encoding=encoding, extractor=_extractor())
    return "\n\n".join(paragraphs) + "\n", page


def _comments(html: str, text: str) -> list[str]:
    """The page's comments that the article's text left out, one a paragraph under a "Comments"
    line: each is its writer's ("Dafydd Pugh · 18 Nov 2037 at 21:17 · For the record, two of my ewes
    were killed ..."), and what a commenter saw or said may be news. trafilatura keeps only the
    comments it recognises, and a photo page's or a blog's often not. A reply keeps its own words;
    one nested inside it is a comment of its own."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    found = []
    for el in tree.iter("li", "div", "article"):
        if "comment" not in (el.get("class") or "").split():
            continue
        own = lxml.html.fromstring(lxml.html.tostring(el))  # a copy, its nested comments taken out
        for inner in [x for x in own.iter("li", "div", "article") if x is not own
                      and "comment" in (x.get("class") or "").split()]:
            inner.drop_tree()
        for x in own.iter(*BLOCKS):  # "<span>KentishMan</span><p>Carpenters ..." is two fields, not one word
            x.tail = " · " + (x.tail or "")
            x.text = " · " + (x.text or "")
        words = " ".join(own.text_content().split()).strip(" ·").replace("· ·", "·")
        lines = _comment_lines(words)
        body = lines.split("\n")[-1]
        if len(body.split()) >= MIN_COMMENT_WORDS and body[:60] not in text:  # (not one the extractor kept)
            found.append(lines)
    return ["Comments", *found] if found else []


def _comment_lines(words: str) -> str:
    """A comment as a thread writes it: its header of short fields on a line of its own, the
    writer's name in bold, then its text ("**Elin Vaughan** · 15 Nov 2037 at 09:40" over "Speaking
    as a blade engineer ..."), so that its words are read as the writer's (kinds.thread)."""
    fields = words.split(" · ")
    n = next((i for i, f in enumerate(fields) if len(f.split()) > HEADER_FIELD or re.search(r"[.!?]$", f)),
             len(fields))
    if n < 2 or n == len(fields):
        return words
    name = re.match(r"(?P<name>.+?)(?P<badge>\s*\([^()]*\))?$", fields[0])
    head = " · ".join([f"**{name['name']}**{name['badge'] or ''}", *fields[1:n]])
    return f"{head}\n{' · '.join(fields[n:])}"


def _check_article(paragraphs: list[str]) -> None:
    prose = [p for p in paragraphs if len(p.split()) >= 8 and not p.startswith(("- ", "* ", "• "))]
    words = sum(len(p.split()) for p in prose)
    if words < MIN_PROSE_WORDS:
        raise NotAnArticle(f"no article found ({words} words of prose; an index page, a login wall "
                           "or a cookie notice?)")
    if sum(bool(WALL.search(p)) for p in prose) * 2 > len(prose):
        raise NotAnArticle("no article found (the text is about cookies, signing in or subscribing)")


def _site(sitename: str | None, html: str) -> str | None:
    """The site's name; not the title's first fields that trafilatura takes for it when the first
    holds a dot ("ZM.2034.117 · Workshop banner of ... · Collection · Zalizna Museum"): the last."""
    m = HTML_TITLE.search(html)
    fields = TITLE_FIELD.split(" ".join(unescape(m.group(1)).split())) if m else []
    if sitename and len(fields) > 2 and TITLE_FIELD.search(sitename) and " ".join(fields).startswith(
            " ".join(TITLE_FIELD.split(sitename))):
        return fields[-1]
    if sitename and len(fields) >= 2 and sitename == fields[0] and len(sitename.split()) > HEADLINE_WORDS:
        # the headline taken for the site ("Son left for Ukraine ...? — ZakonOtvet: free legal answers
        # online"): the title's last field, without its tagline
        return TAGLINE.sub("", fields[-1]) or None
    return sitename


def _author(value: str | None) -> str | None:
    """The byline's name, not the profile fields run into it ("Galina V · on the site since")."""
    return (TITLE_FIELD.split(value)[0].strip() or None) if value else None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None
