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
BYLINE = re.compile(r"^\s*(?i:by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:and\s+)?[A-Z][\w.'’-]+){1,5})\s*(?:$|[,|·•–—-])")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
RELATIVE = re.compile(
    rf"\b(?:yesterday|today|tonight|currently|at present|at the moment|recently|lately|"
    rf"(?:last|this|next|earlier this|later this|this past) (?:week|weekend|month|year|spring|summer|autumn|fall|"
    rf"winter|morning|afternoon|evening|night|{WEEKDAY}|{MONTH_NAME})|"
    rf"(?:on|since|until|by) {WEEKDAY}|{WEEKDAY} (?:morning|afternoon|evening|night)|{WEEKDAY}['’]s|"
    rf"this season|"
    rf"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+) (?:days?|weeks?|months?|years?) ago|"
    rf"(?:the )?(?:past|last|coming|next|recent) (?:few |two |three |several )?(?:days|weeks|months|years)(?! of)|"
    rf"(?:start|beginning|end) of (?:the|this|last) (?:year|month|week))\b", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# What a cut relative date may leave of its clause: "In June [last year]" keeps "In June".
KEPT = re.compile(rf"^(?:in|on|by|since|during|around|early|late|in early|in late|in mid-?) ?{MONTH_NAME}$"
                  rf"|^(?:in|during) (?:the )?(?:spring|summer|autumn|fall|winter)$", re.I)
SUBJECT_VERB = re.compile(r"^\s*(?:'s|’s|has|have|is|was|will|saw|sees|marks|marked|had|were|are)\b", re.I)
OPENER = re.compile(r"^(?:In|At|On|By|Since|During|Earlier|Later|Around|As of|Back|Until|[A-Z][a-z]+ed)\b")
SNAPSHOT = ("currently", "at present", "at the moment")  # the present tense without them still says "now"
LOST_BY_CUT = ("until", "till", "before", "after", "from")  # "closed until last week" cut is "closed"


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
        s = re.sub(r"[*_]{2,}", "", line).strip()  # "**By Tomasz Wereszczak** | Published: ..."
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


def _unquoted(text: str):
    """The relative-date phrases of `text` outside quotes: a quote's "last week" is the
    speaker's, and a quote is never cut."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    return [m for m in RELATIVE.finditer(text) if not any(a <= m.start() < b for a, b in quoted)]


def undated_phrase(text: str) -> str | None:
    """The first phrase outside quotes that counts from the day the article was written."""
    found = _unquoted(text)
    return found[0].group(0) if found else None


def undate(text: str) -> str | None:
    """`text` without the phrases that count from an unknown day ("Last week, X filed" ->
    "X filed"; "In June last year, Y said" -> "In June, Y said"), for an article whose date
    nobody knows: it under-dates the sentence instead of mis-dating it. None when a phrase
    cannot go without changing what the sentence says ("until last week", "last year's war",
    "This year has been ...", "currently consists of"). A quote is left as it is."""
    for _ in range(4):
        if not RELATIVE.search(text):
            return text
        found = _unquoted(text)
        if not found:
            return text  # only inside a quote: the speaker's "last week", never cut
        text = _cut(text, found[0])
        if text is None:
            return None
    return None


def _cut(text: str, m: re.Match) -> str | None:
    if m.group(0).lower() in SNAPSHOT or m.group(0)[-2:] in ("'s", "’s"):
        return None  # cut, "consists of a few dozen fighters" still claims today's size; "in raid" is no English
    a, b = m.span()
    after = text[b:]
    if after[:2] in ("'s", "’s") or SUBJECT_VERB.match(after) and _sentence_start(text, a):
        return None
    before = text[:a]
    word_before = re.search(r"(\w+)\s*$", before)
    if word_before and word_before.group(1).lower() in LOST_BY_CUT:
        return None
    # The clause the phrase sits in, when it opens a sentence and ends at a comma: "Last week, ..."
    start = max(before.rfind(". ") + 2 if ". " in before else 0, 0)
    comma = text.find(",", b)
    if _sentence_start(text, a) or (start <= a and before[start:].count(",") == 0
                                     and 0 <= comma and len(text[start:comma].split()) <= 10
                                     and before[start:].strip() and _opening(text[start:comma])):
        rest_of_clause = (text[start:a] + text[b:comma if comma >= 0 else b]).strip(" ,")
        if comma >= 0 and len(text[start:comma].split()) <= 10 and not re.search(r"\b(?:said|says|told)\b",
                                                                                  text[start:comma]):
            if KEPT.match(rest_of_clause):
                return _tidy(text[:start] + rest_of_clause + text[comma:])
            tail = text[comma + 1:].lstrip()
            return _tidy(text[:start] + _capital(tail))
        if not rest_of_clause or text[b:b + 1] == " ":
            tail = after.lstrip(" ,")
            return _tidy(text[:start] + _capital(tail))
    # In the middle: the phrase goes with the word that introduces it ("on Wednesday", "since last week").
    lead = re.search(r"\s*\b(?:in|since|during|over|as of)?\s*$", before, re.I)
    return _tidy(before[:lead.start()] + after)


def _capital(text: str) -> str:
    """The first letter capitalised, past an opening bracket or quote: "[The Steppe Battalion]"."""
    m = re.search(r"[^\W\d_]", text)
    return text if m is None else text[:m.start()] + text[m.start()].upper() + text[m.start() + 1:]


def _sentence_start(text: str, at: int) -> bool:
    head = text[:at].rstrip()
    return not head or head.endswith((".", "!", "?", "”", "\""))


def _opening(clause: str) -> bool:
    """An opening phrase before the subject ("Formed six months ago", "At the beginning of this
    year"), not a clause with its own subject and verb."""
    return bool(OPENER.match(clause.strip())) and not re.search(
        r"\b(?:is|are|was|were|has|have|had|said|says|will)\b", clause)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*([,.;:])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()
