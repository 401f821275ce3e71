"""A log's entries: the heading that opens each paragraph of a log says what its lines are about.

A callout log, a timeline or an incident log writes each entry as a paragraph that opens on a
few words with no verb, its number, day and place ("Callout 12. Fri 4 Sept. Kelso."), and then
its telegraphic lines ("Nest 3, low in a garden hedge, ... found in the morning when the
householder heard buzzing"). A line lifted from the entry has lost its day and its place; given
with the entry's heading it has them. A page is a log when at least `MIN_ENTRIES` paragraphs
open on such a heading of the same shape ("Callout 16.", "Callout 15.", ...), most of them dated.
Rules about how logs are laid out, not about one page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .meta import _MON
from .sentences import Sentence
from .standalone import _verbless, strip_quotes

MIN_ENTRIES = 3  # paragraphs opening on a heading of one shape: fewer may be a list's labels
HEAD_WORDS = 12  # a heading longer than this is a sentence of the entry
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
MONTHS = re.compile(rf"^{_MON}$", re.I)
DAYS = re.compile(rf"^{_WEEKDAY}$", re.I)


def _shape(text: str) -> str:
    """A heading's first word as a kind: "Callout 16." and "Callouts 3 to 6." are one kind, so are
    "Thu 24 Sept." and "Fri 4 Sept.", and "12 March." and "3 April."."""
    first = re.findall(r"[A-Za-z]+|\d+", text)[:1]
    if not first:
        return ""
    word = first[0]
    if word.isdigit():
        return "#"
    if DAYS.match(word):
        return "day"
    if MONTHS.match(word):
        return "month"
    return word.lower().rstrip("s")


# A day as a log writes it: "Sat 22 Aug.", "Wed 19 Aug." ("Sat" and "Wed" are verbs too).
DATE = re.compile(rf"^\W*(?:{_WEEKDAY}\.?,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}(?:\s+\d{{4}}\.?)?", re.I)
# A date or a time anywhere in a heading: what makes a run of headings a log's.
DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}|\b{_MON}\s+\d{{1,2}}\b|\b\d{{1,2}}:\d\d\b", re.I)


def _heading(s: Sentence) -> bool:
    plain = strip_quotes(s.text)
    if len(plain.split()) > HEAD_WORDS or not re.search(r"[.:]\W*$", plain):
        return False
    rest = DATE.sub("", plain).strip(" ,.")
    return not rest or _verbless(rest + ".")


@dataclass(frozen=True)
class Entry:
    head: tuple[Sentence, ...]  # "Callout 14.", "Tue 15 Sept. Coldstream."
    body: tuple[Sentence, ...]  # "Reported nest in a garden shed.", "Common wasps ...", "Stood down."


def heads(group: list[Sentence]) -> dict[str, Entry]:
    """For each sentence of one article (`group`, in order) that is a line of a log's entry, its
    entry; {} when the article is no log."""
    blocks: dict[int, list[Sentence]] = {}
    for s in group:
        blocks.setdefault(s.block, []).append(s)
    entries: list[tuple[str, tuple[Sentence, ...], list[Sentence]]] = []
    for sents in blocks.values():
        n = 0
        while n < len(sents) and _heading(sents[n]):
            n += 1
        if 0 < n < len(sents):
            entries.append((_shape(sents[0].text), tuple(sents[:n]), sents[n:]))
    shapes = Counter(shape for shape, _, _ in entries)
    # a log dates its entries; a page's subheadings ("The basics first.") and a FAQ's "Q2." do not
    dated = Counter(shape for shape, head, _ in entries if any(DAY.search(h.text) for h in head))
    return {s.id: Entry(head, tuple(body)) for shape, head, body in entries
            if shape and shapes[shape] >= MIN_ENTRIES and 2 * dated[shape] >= shapes[shape] for s in body}
