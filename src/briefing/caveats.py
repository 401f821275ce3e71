"""Caveats that qualify a figure from further off in its article than the next sentence: "The
SBU itself has not published a figure." (the paragraph after Hnatiuk's "more than 30"); "The DPB
figure of about 6,000 is an estimate built from the units' own statements" (four lines after the
6,000); "Figures for the amount of styrene spilled could not be independently verified." (22 lines
after the litres); "Court Watch could not verify the rights group's figure."

A figure printed without the caveat its article gives it says more than the article does. The
verifier fails such a sentence for every engine, and `referents` joins the caveat to it. A caveat
is linked only to figures it settles: the figure it names, the figures of the owner it names
("the rights group's"), of the amount or the count it names ("the number of applications"), or,
when it only points back ("The figures could not be verified"), those of its own paragraph.
Rules about English news prose, not about one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import numbers, rivals, supersede
from .retrieval import stems
from .sentences import Sentence
from .standalone import CAVEAT, VOICED_WHOLE, strip_quotes

# Where a figure comes from, said as a caveat: "The SBU itself has not published a figure", "No
# official figures have been released", "The DPB figure of about 6,000 is an estimate".
NO_FIGURE = re.compile(r"\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:published|released|given|"
                       r"disclosed|provided|issued|confirmed)\s+(?:a|any|an official|its own|their own|official)\s+"
                       r"(?:figures?|numbers?|count|total|tally|estimate)\b", re.I)
ESTIMATE = re.compile(r"\b(?:is|are|was|were)\s+(?:only\s+|just\s+)?(?:an?\s+)?(?:rough\s+|informal\s+|unofficial\s+)?"
                      r"(?:estimates?|guess(?:es)?|extrapolations?|projections?)\b", re.I)
NONE_VERIFIED = re.compile(r"\b(?:none|neither)\s+of\s+(?:these|those|the|their|its)\s+(?:figures|numbers|estimates)\s+"
                           r"(?:can|could)\s+be\s+(?:independently\s+)?(?:verified|confirmed|checked)\b", re.I)
FIGURE_NOUNS = re.compile(r"\b(?:figures?|numbers?|estimates?|counts?|tolls?|tally|tallies|totals?|data|amounts?|"
                          r"volumes?|quantit(?:y|ies))\b", re.I)
# What an amount is measured in: "Figures for the amount of styrene spilled" doubts the litres.
AMOUNT_OF = re.compile(r"\b(?:amounts?|volumes?|quantit(?:y|ies))\s+of\s+(?:the\s+)?([a-z][\w-]+)", re.I)
MEASURE = re.compile(r"^\s*(?:litres?|liters?|gallons?|tonnes?|tons?|barrels?|kilograms?|kilos?|kg|cubic)\b", re.I)
# What the figures count: "the number of applications", "has not given a figure for the dead".
COUNT_OF = re.compile(r"\b(?:(?:number|count|total|tally)\s+of|figures?\s+(?:for|of|on))\s+"
                      r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([a-z][\w-]+)")
# A caveat that only points back: "The figures could not be verified", "We could not confirm this".
POINTER = re.compile(r"^\W*(?:it|this|that|them|these|those|either|both|any of (?:it|them|these|those)|"
                     r"(?:the|this|that|these|those|either|both|its|their|such)\s+(?:figures?|numbers?|estimates?|"
                     r"counts?|claims?|tolls?|totals?))?\W*(?:independently\W*)?$", re.I)
PLURAL = re.compile(r"\b(?:these|those|them|both|either|any|figures|numbers|estimates|counts|claims|totals)\b", re.I)
# Words that say nothing of whose figure it is.
FUNCTION = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "itself", "himself",
            "herself", "themselves", "own", "yet", "still", "so", "far", "either", "both", "any", "or", "and", "of",
            "verify", "confirm", "check", "independently"}
# "the rights group's figure", "either figure for the Legion's size": whose, before what.
POSSESSED = re.compile(r"\s+(?:own\s+)?(?:figures?|numbers?|estimates?|counts?|totals?|tally|data|size|strength|"
                       r"membership|headcount)\b", re.I)
# Where a sentence says whose its figure is: "according to Pravo na Vybir, a Kyiv rights group",
# "according to figures the unit showed the Herald", "The chamber estimates that ...".
ATTRIBUTION = re.compile(r"\baccording to [^.;]{1,80}|(?:^|[,;:]\s*|\bthat\s+)[^.;,]{1,60}?\b(?:said|says|told|"
                         r"estimated|estimates|put|puts|reported|reports|claimed|claims|showed|shows|gave|gives|"
                         r"published|released|counted)\b", re.I)
# Figures that count no one's figure: an age, a span of time, "one of", the "four" of "one in four".
NOT_COUNTS = re.compile(r"^(?:-year-old|\s*years?\s+old|-?\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
                        r"decades?)\b)", re.I)
OWNER_OF = re.compile(r"\b(?:figures?|numbers?|estimates?|counts?|totals?|data)\s+(?:(?:supplied|given|provided|"
                      r"released|published|cited|issued)\s+)?(?:from|by)\s+(?P<who>[^.;]+)", re.I)
MONTH = re.compile(r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


@dataclass(frozen=True)
class Link:
    caveat: Sentence
    keys: frozenset  # the figures of the qualified sentence it is about


def figures(text: str) -> list[tuple[tuple, int, int]]:
    """(key, start, end) of each figure that counts something: not a year, a day of a month or a
    clock time ("in 2026", "2 March", "16:20")."""
    out = []
    for q, start, end in numbers.located(text):
        if re.fullmatch(r"(?:1[89]|20)\d\d", q.text) or MONTH.match(text[end:]) \
                or re.search(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+$", text[:start]) \
                or re.match(r"[:.]\d\d", text[end:]) or re.search(r"\d[:.]$", text[:start]):
            continue
        out.append((q.key, start, end))
    return out


def _doubted(text: str) -> str | None:
    """What a caveat sentence is about, or None when it is no caveat: the words after "could not
    verify" (`rivals.doubted`), or the subject of "has not published a figure", "is an estimate",
    "None of these figures can be verified"."""
    voice = VOICED_WHOLE.match(text)
    plain = strip_quotes(voice.group("inner") if voice else text)
    if (m := NONE_VERIFIED.search(plain)) is not None:
        return m.group(0)
    for pattern in (NO_FIGURE, ESTIMATE):
        if (m := pattern.search(plain)) is not None:
            subject = plain[:m.start()]
            if pattern is ESTIMATE and not (FIGURE_NOUNS.search(subject) or figures(subject)):
                return None  # "Growth is an estimate": of no figure
            return subject.split(",")[-1] if pattern is NO_FIGURE else subject
    if CAVEAT.search(text) is None:
        return None
    return rivals.doubted(text)


def _owners(phrase: str, whole: str) -> list[frozenset[str]]:
    """Whose figures a caveat names, each as stems: "the rights group's figure" -> {right, group};
    "figures from the chamber, the alliance and the carmaker" -> three owners; the subject of "The
    SBU itself has not published a figure" -> {sbu}."""
    found = []
    for m in re.finditer(r"([\w-]+)(?:['’]s\b|(?<=s)['’](?!\w))", phrase):
        if not (POSSESSED.match(phrase, m.end()) or re.match(r"\s*(?:[.,;]|$)", phrase[m.end():])):
            continue  # "the pilot's fate" is no figure ("the ministry's figures or Dashiyev's" are)
        words = [m.group(1)]
        for w in reversed(phrase[:m.start()].split()[-2:]):
            if w.lower().strip(",") in FUNCTION or not re.fullmatch(r"[\w-]+", w):
                break
            words.insert(0, w)
        found.append(" ".join(words))
    if (m := OWNER_OF.search(phrase)) is not None:
        found += re.split(r",|\band\b|\bor\b", m.group("who"))
    if NO_FIGURE.search(whole):
        found.append(phrase)
    owners = []
    for chunk in found:
        words = [w for w in re.findall(r"[\w’'-]+", chunk) if w.lower() not in FUNCTION]
        if owned := frozenset(stems(" ".join(words))) - {"figur", "number", "estim", "count", "total", "data"}:
            owners.append(owned)
    return owners


def counts(text: str) -> frozenset:
    """The keys of `figures` that count something: not an age ("a 44-year-old", "Lapshin, 51,"),
    a span of time ("six weeks"), a spelled "one" ("one of the pilots") or the "four" of "one in
    four"."""
    out = set()
    for key, start, end in figures(text):
        if NOT_COUNTS.match(text[end:]) or re.fullmatch(r"one", text[start:end], re.I) \
                or re.search(r"\b(?:in|out of)\s+$", text[max(0, start - 8):start]) \
                or re.match(r",\s*$", text[end:end + 2]) and re.search(r"[A-Z][a-z]+,\s*$", text[:start]):
            continue
        out.add(key)
    return frozenset(out)


def _attributed(text: str, owners: list[frozenset[str]]) -> bool:
    """Whether `text` gives its figures as one of `owners`' own: the owner is whom it cites."""
    spans = [set(stems(m.group(0))) for m in ATTRIBUTION.finditer(text)]
    return any(o <= span for o in owners for span in spans)


def _meets(a: str, b: str) -> bool:
    return a == b or len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]


def _counting(text: str, noun: str) -> frozenset:
    """The figures of `text` that count `noun` (said within two words after them)."""
    return counts(text) & frozenset(k for k, _, end in figures(text)
                                    if any(_meets(w, noun) for w in stems(" ".join(text[end:].split()[:2]))))


def _measured(text: str) -> frozenset:
    return frozenset(k for k, _, end in figures(text) if MEASURE.match(text[end:]))


def links(own: list[Sentence]) -> dict[str, list[Link]]:
    """For one article's sentences: sentence id -> the caveats elsewhere in it that qualify its
    figures. Nothing when the caveat does not settle which figures it is about."""
    out: dict[str, list[Link]] = {}
    for k, c in enumerate(own):
        phrase = _doubted(c.text) if c.whole else None
        if phrase is None:
            continue
        for s, keys in _qualified(own, k, phrase):
            if s is not c and keys:
                out.setdefault(s.id, []).append(Link(c, keys))
    return out


def _qualified(own: list[Sentence], k: int, phrase: str) -> list[tuple[Sentence, frozenset]]:
    c = own[k]
    named = frozenset(key for key, _, _ in figures(phrase))
    if named:  # "the figure of 200 fighters", "The DPB figure of about 6,000 is an estimate"
        noun = supersede.noun_after(phrase, figures(phrase)[0][2])
        out = []
        for s in own:
            keys = frozenset(key for key, _, _ in figures(s.text)) & named
            if keys and noun and not _counting(s.text, noun) & keys:
                continue  # "the figure of 200 fighters" is not "200 km"
            out.append((s, keys))
        return out
    owners = _owners(phrase, c.text)
    measures = []  # each gives the figures of a sentence (and the three before it) that it doubts
    if m := AMOUNT_OF.search(phrase):  # "the amount of styrene spilled": litres, where styrene is the talk
        substance = stems(m.group(1))[:1]
        measures.append(lambda s, near: _measured(s.text) if set(substance) <= near else frozenset())
    elif (m := COUNT_OF.search(phrase)) is not None and (noun := stems(m.group(1))):
        measures.append(lambda s, near, noun=noun[0]: _counting(s.text, noun))
    if rivals.quantity(phrase) == "size":
        measures.append(lambda s, near: counts(s.text) if rivals.headcount(s.text) else frozenset())
    if owners or measures:
        out = []
        for j, s in enumerate(own[:k]):
            # whose the figures are: named as their source ("according to ... a rights group"), or,
            # for "The SBU itself has not published a figure", named at all
            if owners and not (_attributed(s.text, owners)
                               or NO_FIGURE.search(c.text) and any(o <= set(stems(s.text)) for o in owners)):
                continue
            near = set(stems(" ".join(x.text for x in own[max(0, j - 3):j + 1])))
            keys = frozenset().union(*(m(s, near) for m in measures)) if measures else counts(s.text)
            out.append((s, keys))
        return out
    if POINTER.match(phrase) is None or k == 0:
        return []
    # It points back: at its own paragraph, or at the one before when it opens its own.
    block = c.block if own[k - 1].block == c.block else own[k - 1].block
    scope = [s for s in own[:k] if s.block == block]
    if not PLURAL.search(phrase) and not NONE_VERIFIED.search(phrase):
        scope = scope[-1:]  # "This could not be verified": the sentence just before, nothing further
    return [(s, counts(s.text)) for s in scope]


class Caveats:
    """The corpus's caveats by the sentence whose figures they qualify, asked of each claim."""

    def __init__(self, sents: list[Sentence]):
        self.by_source: dict[int, list[Sentence]] = {}
        for s in sents:
            self.by_source.setdefault(s.source, []).append(s)
        self.links: dict[str, list[Link]] = {}
        for own in self.by_source.values():
            self.links.update(links(own))

    def missing(self, text: str, cited: list[tuple[int, int, int]]) -> Sentence | None:
        """The caveat that qualifies a figure `text` states from lines `cited` ((source, first,
        last) each), when no citation holds it; else None."""
        keys = frozenset(key for key, _, _ in figures(text))
        if not keys:
            return None
        for src, a, b in cited:
            for s in self.by_source.get(src, ()):
                if s.line_start > b or s.line_end < a:
                    continue
                for link in self.links.get(s.id, ()):
                    c = link.caveat
                    if link.keys & keys and not any(x == src and x_a <= c.line_end and x_b >= c.line_start
                                                    for x, x_a, x_b in cited):
                        return c
        return None


_CACHE: dict[tuple, Caveats] = {}


def of(corpus, sents: list[Sentence] | None = None) -> Caveats:
    """The corpus's caveats, found once per run (the verifier asks for them per claim)."""
    key = tuple((src.path, src.sha256) for src in corpus.sources)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = Caveats(sents if sents is not None else supersede.of(corpus).sents)
    return _CACHE[key]


def problem(text: str, cited: list[tuple[str, int, int]], corpus) -> str | None:
    """The verifier's reason when `text`, citing `cited` ((path, first, last) each), gives a figure
    without the caveat its article gives that figure elsewhere."""
    index = {src.path: src.index for src in corpus.sources}
    spans = [(index[p], a, b) for p, a, b in cited if p in index]
    c = of(corpus).missing(text, spans)
    if c is None:
        return None
    where = f"{corpus.sources[c.source - 1].path}:{c.line_start}-{c.line_end}"
    words = c.text.split()
    short = " ".join(words[:16]) + (" …" if len(words) > 16 else "")
    return (f"a figure without its caveat: {where} says \"{short}\" (give it with that line, citing both, "
            "or leave it out)")
