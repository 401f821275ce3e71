"""Which of a theme's subtopics a sentence goes under: the one whose terms it is about.

A term counts in full where the sentence uses it as a noun ("the growers", "a new pipeline")
and half where it is only a verb ("planned to cut the area they irrigate", "cannot protect his
own people", "was mobilised"): the noun says what the sentence is about, the verb what someone
did. A phrase term ("background check") counts double. The best-matched subtopic wins; none
matched is OTHER. A subtopic with `about` words counts only for a sentence that also uses one of
them: "Prisoners of war" in a recruitment briefing is about how they are recruited, so "Moscow
treats them as traitors rather than prisoners of war" does not go there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lemmas, stem
from .retrieval import stems, term_stems
from .themes import Theme

OTHER = "Other reporting"
VERB_ONLY = 0.5
# (phrases, stems of one-word terms, the `about` words as (phrases, stems) or () when it has none)
Terms = tuple[tuple[str, ...], tuple[str, ...], tuple]

WORD = re.compile(r"[\w'-]+")
ADVERBS = frozenset("not never also only just already still then now n't".split())
BEFORE_BASE_VERB = frozenset("""to will would can could may might must shall should cannot did do does
didn't don't doesn't won't can't i we you he she they who""".split())
AUXILIARIES = frozenset("is are was were be been being has have had get got gets".split())


def topics(theme: Theme) -> list[tuple[str, Terms]]:
    """Subtopics as (title, terms): one-word terms match by stem, longer ones as phrases, so
    "founded by" needs both words together, not just "founded"."""
    return [(t.title, (*_split(t.terms), _split(t.about) if t.about else ())) for t in theme.subtopics]


def _split(terms: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    terms = [" ".join(term.lower().split()) for term in terms]
    phrases = tuple(f" {term} " for term in terms if " " in term)
    # "cut" and "cuts" are one term: a theme that lists a word's forms does not weigh it more
    singles = tuple(dict.fromkeys(st for term in terms if " " not in term for st in stems(term)[:1]))
    return phrases, singles


@lru_cache(maxsize=4096)
def forms(text: str) -> tuple[str, frozenset[str]]:
    """A sentence as padded lowercase words (for phrases) and as stems, computed once."""
    words = re.findall(r"[\w'-]+", text.lower().replace("’", "'"))
    return f" {' '.join(words)} ", frozenset(term_stems(text))


@lru_cache(maxsize=4096)
def noun_stems(text: str) -> frozenset[str]:
    """Stems of the words a sentence uses at least once as something other than a verb."""
    words = WORD.findall(text.lower().replace("’", "'"))
    out = set()
    for i, w in enumerate(words):
        before = [x for x in words[max(0, i - 3):i] if x not in ADVERBS][-1:]
        if not _verb(w, before[0] if before else ""):
            out.add(stem(w))
    return frozenset(out)


def _verb(word: str, before: str) -> bool:
    """Whether a word is used as a verb: after "to", a modal or a subject pronoun ("to cut",
    "cannot protect", "they joined"), or a participle ("was mobilised", "suspended")."""
    pos = lemmas(word)
    if "VERB" not in pos:
        return False
    if before in BEFORE_BASE_VERB:
        return True
    participle = word.endswith(("ed", "en")) and "NOUN" not in pos
    return participle or before in AUXILIARIES and word not in pos["VERB"]


def hits(text: str, terms: Terms) -> float:
    padded, words = forms(text)
    nouns = noun_stems(text)
    phrases, singles, about = terms
    if about and not (any(p in padded for p in about[0]) or set(about[1]) & words):
        return 0.0
    return (sum(2 for p in phrases if p in padded)
            + sum(1 if st in nouns else VERB_ONLY for st in singles if st in words))


def topic_of(text: str, topics: list[tuple[str, Terms]]) -> str:
    best, best_hits = OTHER, 0.0
    for title, terms in topics:
        if (n := hits(text, terms)) > best_hits:
            best, best_hits = title, n
    return best
