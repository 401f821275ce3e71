"""When an article was published and who wrote it, and the words in a sentence that only
mean something next to that date ("last week", "on Wednesday").

Pages carry this in their metadata (pages.py). A scraped `.txt` carries it, if at all,
as a byline ("By Jane Doe", or the name on a line of its own, repeated) and a dateline
("Published 14 June 2023"); nothing here guesses a date from the article's prose.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATES = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {MONTH},? (?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b"),
]
DATELINE = re.compile(r"^\s*(published|posted|first published|date|updated|last updated)\b\s*:?", re.I)
BYLINE = re.compile(r"^\s*(?i:by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:$|[,|·•–—-])")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
RELATIVE = re.compile(
    rf"\b(?:yesterday|today|tonight|"
    rf"(?:last|this|next|earlier this|later this) (?:week|weekend|month|year|spring|summer|autumn|fall|winter|"
    rf"morning|afternoon|evening|night|{WEEKDAY})|"
    rf"(?:on|since|until|by) {WEEKDAY}|{WEEKDAY} (?:morning|afternoon|evening|night)|"
    rf"(?:a|one|two|three|four|five|six|several|few|\d+) (?:days?|weeks?|months?|years?) ago|"
    rf"(?:start|beginning|end) of (?:the|this|last) (?:year|month|week))\b", re.I)


def parse_date(text: str) -> str | None:
    """The first full date (day, month, year) in `text`, as ISO "2023-06-14"."""
    for pattern in DATES:
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = int(g["mon"]) if g.get("mon") else MONTHS.get(_month_name(g["month"]))
            try:
                return date(int(g["year"]), month or 0, int(g["day"])).isoformat()
            except ValueError:
                continue
    return None


def _month_name(prefix: str) -> str | None:
    prefix = prefix.lower().rstrip(".")[:3]
    return next((m for m in MONTHS if m.startswith(prefix)), None)


def from_text(lines: tuple[str, ...], skipped: dict[int, str]) -> tuple[str | None, str | None]:
    """(published, author) from a scrape's dateline and byline, when it has them."""
    published = updated = author = None
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if not s or len(s.split()) > 16:
            continue
        if m := DATELINE.match(s):
            found = parse_date(s[m.end():])
            if m.group(1).lower() in ("updated", "last updated"):
                updated = updated or found
            else:
                published = published or found
        if author is None and (m := BYLINE.match(s)):
            author = m.group("name")
            published = published or parse_date(s[m.end():])
        elif author is None and skipped.get(n) == "author byline":
            author = s
    return published or updated, author


def relative_phrase(text: str) -> str | None:
    """The first phrase in `text` that counts from the day it was written ("last week")."""
    m = RELATIVE.search(text)
    return m.group(0) if m else None


def human(iso: str) -> str:
    """ "2023-06-14" -> "14 June 2023"; a bare year or year-month is shown as it is."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {list(MONTHS)[d.month - 1].capitalize()} {d.year}"
