"""Figures in text as values, so the verifier compares numbers, not spellings.

"4,000", "4 thousand" and "four thousand" are one figure; "15%", "15 percent" and
"fifteen per cent" are a share, not the count 15; "several hundred", "hundreds" and
"a few dozen" are no figure at all, only a scale ("hundred", "dozen"), so a claim that
makes them exact ("ninety") has a figure its source does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
WORDS = frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | {"percent", "per", "cent", "pct"}
# Linear: each token is one match and nothing backtracks.
TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+|%")
DIGIT = re.compile(r"\d")
HINT = re.compile(r"\d|\b(?:" + "|".join(list(ONES) + list(TENS) + list(SCALES)) + r")", re.I)


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    percent: bool  # a share ("15%"), not a count
    text: str  # as written, e.g. "four thousand"
    scale: str | None  # the scale word it was written with ("thousand"), if any
    spelled: bool  # written in words

    @property
    def key(self) -> tuple[Decimal, bool]:
        return (self.value, self.percent)

    def shown(self) -> str:
        figure = f"{self.value:f}".rstrip("0").rstrip(".") if "." in f"{self.value:f}" else f"{self.value:f}"
        figure += "%" if self.percent else ""
        return f'{figure} ("{self.text}")' if self.spelled else figure


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _joined(text: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Whether two tokens belong to one number: only spaces or a hyphen between them."""
    return text[a[2]:b[1]].strip() in ("", "-")


def has_figures(lower: str, words: list[str]) -> bool:
    """A cheap test before `parse`: a digit, or a number word among a text's lowercase words."""
    return bool(DIGIT.search(lower)) or not WORDS.isdisjoint(w.rstrip("s") for w in words)


def parse(text: str) -> tuple[list[Quantity], set[str]]:
    """The figures of a text, and the scale words it uses without a figure ("several hundred")."""
    if not HINT.search(text):
        return [], set()
    toks = _tokens(text)
    found: list[Quantity] = []
    vague: set[str] = set()
    i = 0
    while i < len(toks):
        word = toks[i][0]
        j, value, scale, spelled = i, None, None, False
        if word[0].isdigit():
            try:
                value = Decimal(word.replace(",", "").rstrip("."))
            except InvalidOperation:
                value = None
            j = i + 1
            while value is not None and j < len(toks) and toks[j][0] in SCALES and _joined(text, toks[j - 1], toks[j]):
                value, scale, j = value * SCALES[toks[j][0]], toks[j][0], j + 1
        elif word in ONES or word in TENS or (
                word in ("a", "an") and i + 1 < len(toks) and toks[i + 1][0] in SCALES
                and _joined(text, toks[i], toks[i + 1])):
            value, scale, j, spelled = _spelled(text, toks, i)
        elif word.rstrip("s") in SCALES:
            vague.add(word.rstrip("s"))  # "hundreds", "several hundred": a scale, not a figure
        if value is None:
            i += 1
            continue
        percent = False
        if j < len(toks) and toks[j][0] in ("%", "percent", "pct"):
            percent, j = True, j + 1
        elif j + 1 < len(toks) and toks[j][0] == "per" and toks[j + 1][0] == "cent":
            percent, j = True, j + 2
        found.append(Quantity(value.normalize(), percent, text[toks[i][1]:toks[j - 1][2]], scale, spelled))
        i = j
    return found, vague


def _spelled(text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[Decimal, str | None, int, bool]:
    """A number written in words from token i: "two hundred and five", "forty thousand", "a dozen"."""
    total, current, scale, j = 0, 0, None, i
    while j < len(toks):
        word = toks[j][0]
        if j > i and not _joined(text, toks[j - 1], toks[j]):
            break
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word in ("a", "an") and j == i:
            current = 1
        elif word in SCALES:
            scale = word
            if SCALES[word] < 1000:
                current = (current or 1) * SCALES[word]
            else:
                total, current = total + (current or 1) * SCALES[word], 0
        elif (word == "and" and j + 1 < len(toks) and (toks[j + 1][0] in ONES or toks[j + 1][0] in TENS)
              and toks[j - 1][0] in SCALES):
            pass  # "one hundred and five"
        else:
            break
        j += 1
    return Decimal(total + current), scale, j, True


def located(text: str) -> list[tuple[Quantity, int, int]]:
    """Each figure of `text` with where it stands: (quantity, start, end), in order."""
    out, at = [], 0
    for q in parse(text)[0]:
        start = text.find(q.text, at)
        if start >= 0:
            at = start + len(q.text)
            out.append((q, start, at))
    return out
