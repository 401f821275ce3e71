"""Stage 1: read article files into `Source` records whose lines match the file on disk.

Line N of a citation is line N of the file as `sed -n Np FILE` prints it, so lines are
split on "\\n" only (never `str.splitlines`, which also breaks on form feeds and
U+2028) and a trailing "\\r" is dropped from each.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from charset_normalizer import from_bytes

from . import boilerplate, kinds, meta, pages, records, updates

SUFFIXES = {".txt", ".md", ".srt", ".vtt"} | pages.SUFFIXES  # (subtitle files: kinds.cues)
# Files a folder of articles often holds that are not articles: skipped, with a warning.
NOT_ARTICLES = {"readme", "sources", "notes", "license", "licence", "changelog", "todo", "contributing", "authors",
                "copying"}
MAX_BYTES = 5 * 1024 * 1024  # an article is a few dozen KB; larger is a dump, not a story
MAX_FILES = 10_000


class SourceError(Exception):
    """A file that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class Source:
    index: int  # 1-based position in the corpus; the "3" of a [3:31] marker
    path: str  # as the user will find it: relative to the working directory when inside it
    lines: tuple[str, ...]
    title: str
    outlet: str | None
    sha256: str
    encoding: str
    skipped: dict[int, str] = field(default_factory=dict)  # line -> why it is not citable
    # Furniture or blank lines inside one sentence or one speaker's words: a page's footer between
    # the halves of a sentence, a forum post's header above its text. A citation may run across
    # them; no sentence holds their words (sentences.blocks blanks them).
    bridges: frozenset[int] = frozenset()
    published: str | None = None  # ISO date of the article, from the page or a dateline
    author: str | None = None
    url: str | None = None  # a page's canonical link, else the URL it was saved from
    page: str | None = None  # the saved page when `path` is its text snapshot
    page_sha256: str | None = None
    # A chat export's day separators, (line, ISO date): each message is of the day above it.
    days: tuple[tuple[int, str], ...] = ()
    # The outlet only hosts other people's words (a transcript service, a forum): it is never
    # whose words a sentence is.
    host: bool = False
    # An opinion column, a comment piece or an editorial (kinds.column): its own sentences are its
    # writer's view, given as theirs; `interest` is the lines of the writer's declared interest.
    opinion: bool = False
    interest: tuple[int, int] | None = None
    # A press release (records.release): its own sentences are its issuer's (the outlet's) account.
    release: bool = False
    # A slide deck converted to Markdown (kinds.slides): a bullet is a whole point without its stop,
    # and the speaker notes are the presenter's words, not a paper's notes.
    slides: bool = False

    def line(self, n: int) -> str:
        return self.lines[n - 1]

    def date_at(self, n: int) -> str | None:
        """The day line `n` was written: its message's day in a chat export, its update's on a page
        of dated updates ("Posted Apr 1, 2028 - 11:30"), else the article's."""
        day = next((iso for at, iso in reversed(self.days) if at <= n), None)
        stamp = updates.stamp_at(self, n)
        return day or (stamp[:10] if stamp else self.published)

    def citable(self, n: int) -> bool:
        return self.why_not_citable(n) is None

    def why_not_citable(self, n: int) -> str | None:
        if not 1 <= n <= len(self.lines):
            return f"line {n} is out of range (the file has {len(self.lines)} lines)"
        if n in self.bridges:
            return None
        if not self.lines[n - 1].strip():
            return f"line {n} is blank"
        if n in self.skipped:
            return f"line {n} is {self.skipped[n]}"
        return None


@dataclass(frozen=True)
class Corpus:
    sources: tuple[Source, ...]
    warnings: tuple[str, ...]

    def by_path(self, path: str) -> Source | None:
        for s in self.sources:
            if s.path == path or os.path.abspath(s.path) == os.path.abspath(path):
                return s
        return None


def display_path(path: Path) -> str:
    """Relative to the working directory when inside it, else absolute; links are not followed,
    so a warning names the file the user put in the folder."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(os.path.abspath(Path.cwd())))
    except ValueError:
        return str(absolute)


def check_text(data: bytes, name: str) -> None:
    """Raises SourceError for bytes that cannot be an article: empty or binary."""
    if not data.strip():
        raise SourceError(f"{name}: empty file")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{name}: binary file (contains NUL bytes)")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding). Raises SourceError for empty, binary or undecodable bytes."""
    check_text(data, name)
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8"), "utf-8-sig"  # the BOM is not part of line 1
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[3:] if data.startswith(b"\xef\xbb\xbf") else data).best()
    if best is None or best.encoding is None:
        raise SourceError(f"{name}: not text in any encoding we can detect")
    return str(best), best.encoding


def split_lines(text: str) -> tuple[str, ...]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    return tuple(ln[:-1] if ln.endswith("\r") else ln for ln in lines)


# HTML or XML markup left in a text: tags, CDATA fences and a blog's shortcodes ("[caption id=...]").
MARKUP = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>|<!\[CDATA\[|\]\]>|<!--.*?-->|<\?xml[^>]*\?>|"
                    r"\[/?(?:caption|gallery|embed|video|audio)\b[^\]\n]*\]", re.S)
MARKUP_TAGS = 6  # tags before a text is read as marked up (an "<h1>" in a pasted quote is not)
MARKUP_SCAN = 20_000  # characters looked at for them
ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def read_source(path: Path, index: int, snapshots: Path | None = None) -> Source:
    """Read one article. A web page is read through its text snapshot in `snapshots`
    (pages.py): the snapshot is the source, the page is named beside it."""
    name = display_path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"{name}: too large for an article ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise SourceError(f"{name}: cannot be read (permission denied)") from None
    except OSError as e:
        raise SourceError(f"{name}: cannot be read ({e.strerror or e})") from None
    page = None
    if pages.is_page(path):
        check_text(data, name)
        page, page_name = _snapshot(data, name, snapshots), name
        name, data = display_path(page.path), page.path.read_bytes()
    text, encoding = decode(data, name)
    slides = page is None and kinds.slides(text)
    if slides:  # the marks are no words (blanked, so every line stays where it is)
        text = kinds.SLIDE_MARK.sub("", text)
    if page is None and len(MARKUP.findall(text, 0, MARKUP_SCAN)) >= MARKUP_TAGS:
        # a feed or a page's source saved as text: its tags are no words, and its lines stay where
        # they are (a tag over two lines leaves the line break)
        text = MARKUP.sub(lambda m: "\n" * m.group(0).count("\n") or " ", text)
    lines = split_lines(text)
    if ENTITY.search(text):  # "&#8217;" left in by a scraper reads as the character, on the same line
        lines = tuple(html.unescape(line).replace("\n", " ").replace("\r", " ") for line in lines)
    found = boilerplate.scan(list(lines))
    published, author = meta.from_text(lines, found.skipped)
    title = found.title or _fallback_title(lines, found.skipped) or path.stem
    if published is None and kinds.RECORD_TITLE.match(title):
        published = meta.parse_date(title)  # "MINUTES of the meeting ... held on Tuesday 8 April 2025 ..."
    days = tuple((n, iso) for n, why in sorted(found.skipped.items())
                 if why == "date separator" and (iso := meta.parse_date(lines[n - 1])))
    stripped = [ln.strip() for ln in lines]
    # A signed page is a report on a case, not the court's decision: its outlet is the newsroom's.
    court = None if author else kinds.court(stripped, found.skipped)
    outlet = kinds.channel_name(stripped) or court or meta.outlet(lines, found.skipped)
    if kinds.wiki(stripped):  # the wiki's name, and the day the page was last edited
        site, edited = kinds.wiki_meta(stripped)
        outlet, published, author = site or outlet, edited or published, None
    elif kinds.subtitles(stripped):  # the opening card's title, programme and broadcast day
        card_title, programme, day = kinds.subtitle_meta(stripped)
        title, outlet, published, author = card_title or path.stem, programme or outlet, day, None
    debate = bool(records.speakers(stripped))
    if debate:  # the record's name ("Hansard") and the sitting's day
        record, day, heading = records.debate_meta(stripped)
        outlet, published, author = record or outlet, published or day, None
        if heading and (meta.parse_date(title) or not found.title):
            title = heading  # the sitting's day was taken for the title
    elif (release := records.release_meta(stripped)) != (None, None, None):  # the headline, the issuer, its day
        head, issuer, day = release
        title = head or title
        outlet, published, author = issuer or outlet, day or published, None
    elif (thread := kinds.unrolled(stripped)) is not None:  # the thread's author, not the app, says it
        outlet, author = thread[0], thread[0]
        title = stripped[thread[1][0]]
        for i in thread[1]:
            found.skipped[i + 1] = "byline"
    status = updates.status_page(stripped) and (owner := updates.status_owner(stripped)) is not None
    if status:  # "Brackwater Bank Status": the bank posts its own updates, in its own "we"
        outlet, author = owner, None
    column = kinds.column(stripped, author, title)
    if column is not None:
        author = author or column.writer  # "Miles Tennant is a former head of security at ...": the bio names them
    src = Source(index=index, path=name, lines=lines, title=title, outlet=outlet,
                 sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, skipped=found.skipped,
                 bridges=found.bridges, published=published, author=author, days=days,
                 host=debate or kinds.hosted(stripped), opinion=column is not None,
                 release=status or records.release(stripped) is not None, slides=slides,
                 interest=column.interest if column else None)
    if page is None:
        return _with_turns(src)
    p = page.page  # the page's own metadata wins over what the text suggests
    return _with_turns(replace(src, title=p.title or src.title, outlet=p.outlet or src.outlet,
                               author=p.author or author, published=p.published or published, url=p.url,
                               page=page_name, page_sha256=p.page_sha256))


def _with_turns(src: Source) -> Source:
    """A transcript's turns that run on over paragraphs without a label are one turn each."""
    from . import sentences  # sentences reads Source records: imported where it is needed

    turns = sentences.continued_turns(src)
    return replace(src, bridges=src.bridges | turns) if turns else src


def _snapshot(data: bytes, name: str, folder: Path | None) -> pages.Snapshot:
    try:
        return pages.snapshot(data, name, folder or pages.DEFAULT_FOLDER)
    except pages.NotAnArticle as e:
        raise SourceError(f"{name}: {e}") from None
    except OSError as e:
        raise SourceError(f"{name}: cannot write its text snapshot ({e.strerror or e})") from None


def _fallback_title(lines: tuple[str, ...], skipped: dict[int, str]) -> str | None:
    """No headline in the scrape: use the opening words of the first citable line."""
    for n, line in enumerate(lines, 1):
        if line.strip() and n not in skipped:
            words = line.split()
            return " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    return None


def find_files(folder: Path) -> tuple[list[Path], list[str]]:
    """Article files under `folder`, sorted; plus warnings for what was passed over."""
    warnings: list[str] = []
    root = folder.resolve()
    files: list[Path] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or any(p.startswith(".") for p in path.relative_to(folder).parts):
            continue
        if pages.is_page_resource(path, folder):
            continue  # an ad frame or script saved with a "Web page, complete"
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                warnings.append(f"{display_path(path)}: skipped, symlink points outside {display_path(folder)}")
                continue
        if path.is_dir():
            continue
        if path.stem.lower() in NOT_ARTICLES:
            warnings.append(f"{display_path(path)}: skipped, not an article (a {path.stem} file)")
            continue
        if not path.is_file():
            warnings.append(f"{display_path(path)}: skipped, not a regular file")
            continue
        files.append(path)
    if len(files) > MAX_FILES:
        warnings.append(f"{display_path(folder)}: {len(files)} files; only the first {MAX_FILES} are read")
        files = files[:MAX_FILES]
    return files, warnings


def load(folder: Path, snapshots: Path | None = None) -> Corpus:
    """Read every usable article under `folder`. Unusable files become warnings. Pages'
    text snapshots are kept in `snapshots` (default out/snapshots)."""
    if not folder.is_dir():
        raise SourceError(f"{folder}: no such folder")
    files, warnings = find_files(folder)
    snapshots = snapshots or pages.DEFAULT_FOLDER
    if snapshots.resolve().is_relative_to(folder.resolve()):  # `--out` inside `--sources`
        files = [f for f in files if not f.resolve().is_relative_to(snapshots.resolve())]
    sources: list[Source] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            src = read_source(path, len(sources) + 1, snapshots)
        except SourceError as e:
            warnings.append(f"{e}; skipped")
            continue
        key = hashlib.sha256("\n".join(" ".join(ln.split()) for ln in src.lines).strip().encode()).hexdigest()
        if key in seen:
            warnings.append(f"{src.path}: skipped, same article as {seen[key]}")
            continue
        seen[key] = src.path
        if all(not src.citable(n) for n in range(1, len(src.lines) + 1)):
            warnings.append(f"{src.path}: skipped, no article text (only navigation, captions or ads)")
            continue
        sources.append(src)
    if not sources:
        raise SourceError(f"{display_path(folder)}: no usable articles (.txt, .md, .srt, .vtt or .html)")
    return Corpus(sources=tuple(sources), warnings=tuple(warnings))
