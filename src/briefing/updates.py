"""A page's dated update blocks: a developing story kept as "UPDATE 3 | Wednesday 3 March 2027
18:52 GMT", "UPDATE 2 | …", "FIRST REPORT | Tuesday 2 March 2027 05:10 GMT", each block under its
own stamp. What a block says is as old as its stamp, whatever order the page shows the blocks in
("Updates are shown newest first"), so `supersede` orders them by stamp, not by line.
A service status page stamps each update below it instead: "Update - Card payments are working
again." over "Posted Apr 1, 2028 - 11:30 BST".
Rules about how news pages keep their updates, not about one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import meta

# The label of a block's stamp line: "UPDATE 3", "Updated", "FIRST REPORT", "Original story".
LABEL = re.compile(r"^\W*(?:(?:update|updated)(?:\s+\d{1,2}(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                   r"dec)))?|first report|original (?:report|story|version)|"
                   r"earlier (?:report|version))\s*(?:[|:,·•—–-]\s*|\s+)(?P<when>.+)$", re.I)
TIME = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?P<ampm>am|pm)?\b", re.I)
# A status page's update ("Monitoring - Water is back on ...") and the stamp on the line below it.
# Only after such a line is "Posted ..." a trailer: a forum's "Posted ... by jen" heads its post.
STATUS = re.compile(r"^\W*(?:investigating|identified|update|monitoring|resolved|scheduled|in progress|completed|"
                    r"verifying|mitigated|postmortem)\s+[-–—]\s+(?=\S)", re.I)
# A status page's own furniture: the components' states, the uptime bars, the list headings.
STATUS_FURNITURE = re.compile(
    r"^\W*(?:this (?:incident|scheduled maintenance|maintenance) (?:affects|affected)\b|uptime over the past\b|"
    r"view historical uptime|(?:past incidents|incident history|no incidents reported|upcoming scheduled maintenance|"
    r"scheduled maintenance|report a problem)\W*$|powered by\b|subscribe to updates\b|\d+ days ago\s+today\W*$)|"
    r"^.{1,80}?\s{2,}(?:operational|degraded performance|partial outage|major outage|under maintenance|"
    r"\d{1,3}(?:\.\d+)?% uptime)\s*$", re.I)
POSTED = re.compile(r"^\W*posted(?:\s+on)?\s+(?P<when>.+)$", re.I)
MAX_WORDS = 12  # a stamp line is the label and its date, not a sentence that starts with "Updated"


@dataclass(frozen=True)
class Block:
    first: int  # the stamp line
    last: int  # the line before the next stamp, or the page's last line
    stamp: str  # "2027-03-02T05:10" (or the day alone when the stamp gives no time)


def stamp(line: str, label: re.Pattern = LABEL) -> str | None:
    """The stamp of a block's label line, sortable ("2027-03-02T05:10"); None for any other line."""
    m = label.match(line.strip())
    if m is None or len(line.split()) > MAX_WORDS:
        return None
    day = meta.parse_date(m.group("when"))
    if day is None:
        return None
    t = TIME.search(m.group("when"))
    if t is None:
        return day
    hour = int(t.group("h")) % 12 + (12 if (t.group("ampm") or "").lower() == "pm" else 0) \
        if t.group("ampm") else int(t.group("h"))
    return f"{day}T{hour:02d}:{t.group('m')}"


_CACHE: dict[tuple[str, str], tuple[Block, ...]] = {}


def blocks(src) -> tuple[Block, ...]:
    """The page's update blocks, when it has two or more stamped ones with different stamps;
    () otherwise (one "Updated" line dates the page, it does not split it)."""
    key = (src.path, src.sha256)
    if key not in _CACHE:
        starts = [(n, s) for n, line in enumerate(src.lines, 1) if (s := stamp(line))]
        found: tuple[Block, ...] = ()
        if len(starts) >= 2 and len({s for _, s in starts}) == len(starts):
            ends = [n - 1 for n, _ in starts[1:]] + [len(src.lines)]
            found = tuple(Block(n, end, s) for (n, s), end in zip(starts, ends, strict=True))
        elif len(ends := _trailers(src.lines)) >= 2 and len({s for _, s in ends}) == len(ends):
            # each update runs from the line after the stamp above it (an incident's title goes
            # with its newest update) down to its own stamp
            firsts = [1] + [n + 1 for n, _ in ends[:-1]]
            found = tuple(Block(first, n, s) for first, (n, s) in zip(firsts, ends, strict=True))
        _CACHE[key] = found
    return _CACHE[key]


def _trailers(lines: list[str]) -> list[tuple[int, str]]:
    """A status page's "Posted ..." stamps, each on the line after its update (line number, stamp)."""
    return [(n, s) for n, line in enumerate(lines, 1)
            if n > 1 and STATUS.match(lines[n - 2]) and (s := stamp(line, POSTED))]


def status_page(lines: list[str]) -> bool:
    """Whether a page is a service's status page: updates stamped "Posted ..." on the line below."""
    return len(_trailers(lines)) >= 2


def status_owner(lines: list[str]) -> str | None:
    """Whose status page it is, from its masthead near the top: "Brackwater Bank Status"."""
    top = [x.strip(" #*") for x in lines if x.strip()][:6]
    return next((m.group(1) for x in top if (m := re.match(r"^(.{2,60}?)\s+status(?: page)?$", x, re.I))), None)


def mark_status(stripped: list[str], skipped: dict[int, str]) -> None:
    """A status page's furniture: each update's stamp, the components' states, "This incident
    affects: ...", and the incident titles and day lines above the updates (headings: "Core platform
    upgrade" is no word of "Completed - The scheduled maintenance has been completed.")."""
    if not status_page(stripped):
        return
    for i, line in enumerate(stripped):
        nxt = next((x for x in stripped[i + 1:] if x), "")
        if POSTED.match(line) and stamp(line, POSTED):
            skipped[i + 1] = "update stamp"
        elif STATUS_FURNITURE.match(line):
            skipped[i + 1] = "status page furniture"
        elif line and not STATUS.match(line) and not re.search(r"[.!?]\W*$", line) \
                and (STATUS.match(nxt) or len(line.split()) <= 4 and meta.parse_date(line)):
            skipped.setdefault(i + 1, "heading")


def stamp_at(src, line: int) -> str | None:
    """The stamp of the update block that holds `line`, if the page has such blocks."""
    return next((b.stamp for b in blocks(src) if b.first <= line <= b.last), None)


def newer(src, line: int, other: int) -> bool | None:
    """Whether `line` is in a later-stamped block than `other`; None when the page's blocks do not
    settle it (no blocks, a line outside them, or both under one stamp)."""
    a, b = stamp_at(src, line), stamp_at(src, other)
    if a is None or b is None or a == b:
        return None
    if (len(a) == 10 or len(b) == 10) and a[:10] == b[:10]:
        return None  # one day, and one stamp gives no time: not settled
    return a > b
