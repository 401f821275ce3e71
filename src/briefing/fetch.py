"""`briefing fetch URL...`: download article pages into the sources folder, politely, once.

Each page is saved as its raw HTML (with the one line browsers add when they save a page,
`<!-- saved from url=(NNNN)URL -->`, so the source list can name the URL) and its text
snapshot is made at once (pages.py). A URL whose page is already in the folder is not
downloaded again. Limits: http(s) only, a named User-Agent, 20 s to connect and between
reads, 60 s for a whole page, 5 redirects, 5 MB (the cap on any source file).
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from . import __version__, pages
from .files import write_atomic
from .sources import MAX_BYTES

USER_AGENT = f"briefing/{__version__} (news briefing tool; fetches each page once)"
TIMEOUT = 20.0  # seconds to connect, and to wait for the next bytes
DEADLINE = 60.0  # seconds for a whole page
MAX_REDIRECTS = 5
HTML_TYPES = {"text/html", "application/xhtml+xml"}
REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A URL that could not be fetched; the message says why."""


@dataclass(frozen=True)
class Fetched:
    url: str
    path: Path  # the raw page in the sources folder
    snapshot: pages.Snapshot
    reused: bool  # already in the folder: nothing was downloaded


def normalize(url: str) -> str:
    """The URL without its #fragment (the same page); raises FetchError unless http(s)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        raise FetchError("not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https links are fetched, not {parts.scheme or 'a bare path'}")
    if not parts.hostname:
        raise FetchError("the URL has no host")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def file_name(url: str) -> str:
    """A stable file name for a URL: readable host and last path segment, plus a hash so
    two URLs never share a file. The same URL always gets the same name."""
    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p][-1:] or ["index"]
    slug = re.sub(r"[^\w.-]+", "-", f"{parts.hostname}-{last[0]}").strip("-.")
    slug = re.sub(r"\.html?$", "", slug, flags=re.I)[:80]
    return f"{slug}-{hashlib.sha256(url.encode()).hexdigest()[:10]}.html"


def read_list(path: Path) -> list[str]:
    """URLs from a file, one a line; blank lines and lines starting with # are ignored."""
    text = path.read_text(encoding="utf-8-sig")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def fetch(url: str, folder: Path, snapshots: Path, *, timeout: float = TIMEOUT,
          deadline: float = DEADLINE) -> Fetched:
    """Download `url` into `folder` unless it is there already, and make its snapshot."""
    url = normalize(url)
    target = folder / file_name(url)
    if target.is_file():
        return Fetched(url, target, _snapshot(target.read_bytes(), target.name, snapshots), reused=True)
    data, final = download(url, timeout=timeout, deadline=deadline)
    data = mark_saved_from(data, final)
    snap = _snapshot(data, target.name, snapshots)  # first: a page with no article is not kept
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    except OSError as e:
        raise FetchError(f"cannot save {target} ({e.strerror or e})") from None
    return Fetched(url, target, snap, reused=False)


def _snapshot(data: bytes, name: str, snapshots: Path) -> pages.Snapshot:
    try:
        return pages.snapshot(data, name, snapshots)
    except pages.NotAnArticle as e:
        raise FetchError(f"{e}; not saved") from None
    except OSError as e:
        raise FetchError(f"cannot write the text snapshot ({e.strerror or e})") from None


def mark_saved_from(data: bytes, url: str) -> bytes:
    """Put the browsers' "saved from" line in front of a page (after a BOM), once."""
    if pages.SAVED_FROM.search(data[:2048]):
        return data
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    line = f"<!-- saved from url=({len(url):04d}){url} -->\n".encode("ascii", "backslashreplace")
    return bom + line + data[len(bom):]


def download(url: str, *, timeout: float = TIMEOUT, deadline: float = DEADLINE) -> tuple[bytes, str]:
    """(body, final URL) of an HTML page, following at most MAX_REDIRECTS redirects."""
    import urllib3

    http = urllib3.PoolManager(
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"},
        timeout=urllib3.Timeout(connect=timeout, read=timeout), retries=False)
    start = time.monotonic()
    try:
        for _ in range(MAX_REDIRECTS + 1):
            resp = http.request("GET", url, redirect=False, preload_content=False)
            try:
                if resp.status in REDIRECTS:
                    location = resp.headers.get("Location")
                    if not location:
                        raise FetchError(f"HTTP {resp.status} redirect without a Location")
                    url = urljoin(url, location)
                    if urlsplit(url).scheme.lower() not in ("http", "https"):
                        raise FetchError(f"redirected to a link that is not http(s): {url}")
                    continue
                return _body(resp, start, deadline), url
            finally:
                resp.release_conn()
    except urllib3.exceptions.HTTPError as e:
        raise FetchError(_reason(e, timeout)) from None
    finally:
        http.clear()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _body(resp, start: float, deadline: float) -> bytes:
    if resp.status != 200:
        raise FetchError(f"HTTP {resp.status} {resp.reason or ''}".rstrip())
    mime = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if mime and mime not in HTML_TYPES:
        raise FetchError(f"not a web page ({mime})")
    length = resp.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > MAX_BYTES:
        raise FetchError(f"too large for an article ({int(length) / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
    chunks: list[bytes] = []
    size = 0
    while chunk := resp.read1(64 * 1024):
        size += len(chunk)
        if size > MAX_BYTES:
            raise FetchError(f"too large for an article (over {MAX_BYTES / 1e6:.0f} MB)")
        if time.monotonic() - start > deadline:
            raise FetchError(f"took longer than {deadline:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(e: Exception, timeout: float) -> str:
    """A short reason for a urllib3 error, without its object reprs."""
    import urllib3.exceptions as x

    if isinstance(e, x.NameResolutionError):
        return "host not found"
    if isinstance(e, x.ConnectTimeoutError) and not isinstance(e, x.NewConnectionError):
        return f"no connection within {timeout:g} s"
    if isinstance(e, x.ReadTimeoutError):
        return f"no answer for {timeout:g} s"
    if isinstance(e, x.SSLError):
        return f"TLS error ({e.args[0] if e.args else e})"
    if isinstance(e, x.LocationParseError):
        return "not a valid URL"
    cause: BaseException | None = e
    while cause is not None:
        if isinstance(cause, OSError) and cause.strerror:
            return f"cannot connect ({cause.strerror.lower()})"
        cause = cause.__cause__ or cause.__context__
    if isinstance(e, x.ProtocolError):
        return "the connection broke off"
    return type(e).__name__
