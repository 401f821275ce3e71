"""What a caveat doubts and which figures of one article rival each other: the words that let
`referents.Referents` keep a figure with its doubt or its rival, or leave it out.

"The figures from the chamber, the alliance and the carmaker could not be independently
verified" doubts figures of three named parties; "could not verify either figure for the
Legion's size" doubts any size the article gives the Legion; "A Ukrainian officer ... put the
figure lower" rivals the figure before it. Rules about English news prose, not about an article.
"""

from __future__ import annotations

import re

from .figures import MEMBERSHIP, PATTERNS, _key
from .retrieval import stems
from .standalone import CAVEAT, DOUBTED_SUBJECT, VOICED_WHOLE

# Nouns that say a caveat is about figures: what it names besides them are the figures' owners.
FIGURE_NOUNS = re.compile(r"\b(?:figures?|numbers?|estimates?|counts?|tolls?|tally|tallies|totals?|claims?|data)\b",
                          re.I)
NUMBER_NOUNS = re.compile(r"\b(?:figures?|numbers?|estimates?|counts?|tolls?|tally|tallies|totals?)\b", re.I)
# What a figure measures, when the caveat says ("either figure for the Legion's size").
SIZE_WORDS = {"size", "strength", "membership", "headcount"}
QUANTITY_WORDS = SIZE_WORDS | {"cost", "costs", "loss", "losses", "casualties", "toll", "turnout", "price", "prices"}
# Words of a caveat's doubted phrase that are no one's name.
NOT_PARTIES = {"figure", "figures", "number", "numbers", "estimate", "estimates", "count", "counts", "toll", "tolls",
               "tally", "tallies", "total", "totals", "claim", "claims", "data", "either", "both", "neither", "the",
               "these", "those", "its", "their", "his", "her", "own", "any", "such", "for", "from", "of", "by",
               "given", "cited", "provided", "and", "or", "on", "about", "independently", "that", "this", "which"}
# A second figure for the same quantity, said as such: "put the figure lower", "The numbers tell a
# different story", "The company's size is also disputed by ...", "put the cost at ...".
RIVAL_CUE = re.compile(
    r"\b(?:gave a (?:very |quite |starkly )?different (?:account|figure|version|number|estimate)|"
    r"put (?:the|its|their|his|her) (?:\w+ )?(?:\w+ )?(?:lower|higher)|"
    r"put (?:the|its|their|his|her) (?:figure|number|cost|total|toll|estimate|count|losses|size|strength) "
    r"(?:of (?:[\w'’-]+ ){1,4})?at\b|"
    r"(?:tells?|told) a (?:very |quite )?different story|"
    r"(?:is|are|was|were) (?:also |hotly |widely )?disputed|"
    r"disputed? (?:the|this|that|these|those|its|their) (?:\w+ )?(?:figures?|numbers?|estimates?|counts?|claims?)|"
    r"a (?:much |far )?(?:lower|higher|smaller|larger|different) (?:figure|number|estimate|count|total))", re.I)
FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d|\b(?:hundreds?|thousands?|dozens?)\b")
MONEY = re.compile(r"[£$€]\s?\d")
# "37 of its fighters", "40 of them who can fight": a part of the unit, not its size.
PART_OF = re.compile(r"\sof\s+(?:its|their|his|her|my|our|the|these|those|them|us)\b", re.I)
FOUNDED_BY = re.compile(r"\b(?:formed|founded|created|set up|established|started)\b[^.;]{0,60}\b(?:from|by|with)\s+$",
                        re.I)


# A transcript sentence given as its speaker's words ("“We could not verify it,” [Dr Lund] says.",
# "…, [according to Dr Lund]."): the speaker is who doubts, not whose figure is doubted.
ACCORDING = re.compile(r",\s*\[according to [^\[\]]{1,80}\][.!…]$")


def doubted(text: str) -> str | None:
    """The words a caveat doubts: what follows "could not verify" ("the Russian ministry's figures
    or Dashiyev's"), and the subject of a passive one ("The figures from the chamber ... could not
    be independently verified"); None when `text` is no caveat."""
    voice = VOICED_WHOLE.match(text)
    text = voice.group("inner") if voice else ACCORDING.sub("", text)
    m = CAVEAT.search(text)
    if m is None:
        return None
    before = text[:m.start()]
    return f"{before} {text[m.end():]}" if DOUBTED_SUBJECT.match(before) else text[m.end():]


def parties(phrase: str) -> set[str]:
    """Stems of whose figures a caveat doubts: the owners it names ("the chamber, the alliance
    and the carmaker"; "the Russian ministry's figures or Dashiyev's"), when it doubts figures at
    all; empty when it doubts a claim ("claims of soldiers switching sides")."""
    phrase = re.split(r",\s+(?:and|but|while)\b|;", phrase)[0]  # not the "its members" of a second clause
    if not NUMBER_NOUNS.search(phrase):
        return set()
    owners = set()
    for m in re.finditer(r"([\w-]+)['’]s\b|([\w-]+s)['’](?!\w)", phrase):  # "the ministry's", "the units'"
        owners.add(m.group(1) or m.group(2))
    # "from the chamber, the alliance and the carmaker"
    if (m := re.search(r"\b(?:from|by|of|for)\s+(.*)", phrase)) is not None:
        for chunk in re.split(r",|\band\b|\bor\b", m.group(1)):
            words = [w for w in re.findall(r"[\w’'-]+", chunk) if w.lower() not in NOT_PARTIES]
            if words and words[-1].lower() not in QUANTITY_WORDS:
                owners.add(re.sub(r"['’]s$", "", words[-1]))
    return {w for o in owners for w in stems(o) if o.lower() not in NOT_PARTIES | QUANTITY_WORDS}


def quantity(phrase: str) -> str | None:
    """What the doubted figures measure, when the caveat says: "size", "cost" ..."""
    for w in re.findall(r"[a-z]+", phrase.lower()):
        if w in QUANTITY_WORDS:
            return "size" if w in SIZE_WORDS else w
    return None


def sizes(text: str, parts: bool = False) -> set[str]:
    """The headcounts `text` gives ("about 2,500 fighters", "fewer than 800 legionnaires"), as
    keys; not a founding headcount ("formed by 12 fighters") and, unless `parts`, not a part of
    the unit ("37 of its fighters")."""
    found = set()
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            qty = m.group("qty")
            end = m.start("qty") + len(qty)
            if FOUNDED_BY.search(text[max(0, m.start() - 80):m.start()]):
                continue
            if not parts and PART_OF.match(text, end):
                continue
            key = _key(qty)
            if not re.fullmatch(r"(?:19|20)\d\d", key):
                found.add(key)
    return found


# A headcount said as the unit's size ("consists of", "counts", "now has", "spoke about"), not
# "over a dozen Russians ... participated" or "tens of thousands of Russians willing to".
SIZE_VERB = re.compile(r"\b(?:has|have|had|numbers|spoke (?:about|of)|put (?:it|the \w+) at)\b", re.I)


def headcount(text: str) -> set[str]:
    """`sizes` of a sentence that says them as the unit's size."""
    return sizes(text) if MEMBERSHIP.search(text) or SIZE_VERB.search(text) else set()


def kind(text: str) -> str | None:
    """What a sentence's figure is, for pairing rivals: a headcount, money, or another figure."""
    if sizes(text, parts=True):
        return "size"
    if MONEY.search(text):
        return "money"
    return "figure" if FIGURE.search(text) else None


def matches(target: str, kind_of_rival: str) -> bool:
    """Whether `target` gives a figure of the kind its rival gives, and as a whole ("about 60
    men", not "30 of its fighters")."""
    if kind_of_rival == "size":
        return bool(sizes(target))
    if kind_of_rival == "money":
        return bool(MONEY.search(target))
    return bool(FIGURE.search(target))
