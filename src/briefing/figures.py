"""Find where sources give different figures for the size of the same unit.

Scrapes disagree on numbers ("around 200", "several hundred", "4,000" for one unit);
an editor must see that rather than one figure picked at random. A figure counts only
in a sentence about membership ("members", "one of", "signed up", "-strong" ...), so
"shot 15 Russian soldiers" is not read as a unit's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .retrieval import Index

QUALIFIER = r"(?:(?:around|about|over|more than|some|nearly|almost|up to|at least|roughly|approximately|only)\s+)?"
# A figure starts where a number starts: without the look-behind every digit of a long run of
# digits starts a new attempt that scans the rest of the run (157 s on a 64 KB run).
AMOUNT = (r"(?:(?<![\d,])(?:\d{1,3}(?:,\d{3})+|\d+)|several hundred|a few hundred|several thousand|a few dozen|"
          r"several dozen|dozens|a dozen|hundreds|thousands)")
QTY = rf"(?P<qty>[“\"]?{QUALIFIER}[“\"]?{AMOUNT}[”\"]?)"
NOUN = r"(?:soldiers|fighters|members|citizens|Russians|troops|volunteers|men|recruits|legionnaires|people)"
PATTERNS = [
    re.compile(rf"{QTY}(?!\s*%)\s+(?:of (?:them|the \w+)\s+)?(?:[\w-]+\s+){{0,2}}?{NOUN}\b", re.I),
    re.compile(rf"\b(?:number of members|membership)\b[^.]{{0,40}}?\b(?:to|of|at|reached)\s+{QTY}", re.I),
    re.compile(rf"{QTY}-strong\b", re.I),
    re.compile(rf"{QTY}\s+of (?:them|us)\b", re.I),
]
MEMBERSHIP = re.compile(
    r"\b(one of|members?|membership|formed|founded|consists?|comprised?|made up|gathered|signed up|"
    r"joined|strong|risen|rose|grown|grew|doubled|spoke of|number|fighting alongside|ranks|strength|counts?)\b|"
    # "the Legion has 5,000 fighters"
    r"\bha(?:s|ve|d)\s+(?:(?:about|around|over|more than|some|nearly|almost|up to|at least|roughly|only)\s+)?[“\"]?\d",
    re.I)
YEAR = re.compile(r"^(19|20)\d\d$")
# "formed in February 2022 from over 100 soldiers": the figure is how the unit began.
FOUNDING = re.compile(r"\b(?:formed|founded|created|set up|established)\b[^.;]{0,60}\bfrom\s+$", re.I)
# "the “several hundred” Russians who had signed up": sign-ups (prisoners who applied), not members.
SIGNED_UP = re.compile(r"^[^.;]{0,40}?\b(?:signed up|had joined|have joined|applied|volunteered)\b", re.I)
HINT = re.compile(r"\d|hundred|dozen|thousand", re.I)  # cheap test before the costly patterns
# "More than 30 of its members have been charged", "26 of its members face cases": some of the
# unit, not its size ("4,000 of us" is a size, and stays).
SOME_OF = re.compile(r"\s+of\s+(?:its|their|his|her|our|my)\s", re.I)


@dataclass(frozen=True)
class Figure:
    entity: str
    value: str  # the figure as the source words it, e.g. "around 200"
    sentence_index: int  # position in Index.sentences
    founding: bool = False  # a headcount at founding ("formed from over 100 soldiers"), not today's size
    signed_up: bool = False  # how many had signed up or applied ("several hundred ... who had signed up")


def _value(raw: str) -> str:
    return " ".join(raw.strip("“”\"").split())


def _key(value: str) -> str:
    """The figure without its qualifier: "over 100" and "100" are the same figure."""
    v = re.sub(QUALIFIER, "", value.lower().strip("“”\""), count=1)
    return v.replace(",", "").strip("“”\" ")


def find(index: Index) -> list[Figure]:
    figures: list[Figure] = []
    for i, s in enumerate(index.sentences):
        entity = index.entity.get(s.id)
        if entity is None or not HINT.search(s.text) or not MEMBERSHIP.search(s.text):
            continue
        seen: set[str] = set()
        for pattern in PATTERNS:
            for m in pattern.finditer(s.text):
                value = _value(m.group("qty"))
                if YEAR.match(_key(value)) or _key(value) in seen or SOME_OF.match(s.text, m.end("qty")):
                    continue
                seen.add(_key(value))
                founding = bool(FOUNDING.search(s.text[max(0, m.start() - 80):m.start()]))
                signed_up = bool(SIGNED_UP.search(s.text[m.end():m.end() + 60]))
                figures.append(Figure(entity, value, i, founding, signed_up))
    return figures


def disagreements(index: Index) -> dict[str, list[Figure]]:
    """Per unit, its size figures when at least two sources give at least two different ones."""
    by_entity: dict[str, list[Figure]] = {}
    for f in find(index):
        by_entity.setdefault(f.entity, []).append(f)
    out: dict[str, list[Figure]] = {}
    for entity, figs in by_entity.items():
        sources = {index.sentences[f.sentence_index].source for f in figs}
        values = {_key(f.value) for f in figs}
        if len(sources) >= 2 and len(values) >= 2:
            out[entity] = sorted(figs, key=lambda f: (index.sentences[f.sentence_index].source,
                                                      index.sentences[f.sentence_index].line_start))
    return out
