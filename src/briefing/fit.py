"""Whether a sentence answers a theme, judged by how it uses the theme's words, not by one
shared word.

A theme's words are its terms and its subtopics' terms. A one-word term matches any form of the
word; a longer one counts only as a phrase, once ("prisoners of war" is one word of the theme,
and "right side" says nothing of a sentence that names a side).

Words of a subtopic with `about` words count only in a sentence that uses one of those.

A passing mention is a sentence whose only word of the theme is one term used as a verb ("she
had joined the Column because ...", "his sister was questioned by the FSB"): it is about
something else, unless what is around it is about the theme too (its paragraph or the
sentence either side uses one of the theme's words).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .retrieval import stems, term_stems
from .sentences import Sentence
from .subtopics import noun_stems
from .themes import Theme


@dataclass(frozen=True)
class Words:
    """A theme's words as they match: one-word terms by stem, longer ones as phrases."""

    singles: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # stems, stopwords out: "prisoners of war" ~ "prisoner of war"

    def found(self, text: str) -> set[str]:
        """The words a sentence uses: stems, and phrases as their stems joined by spaces. A phrase
        matches inside a name ("the Supreme Court"); a one-word term does not ("Free Russian
        Legion" is not "free"), nor does one that is only part of a phrase found ("prisoners" in
        "prisoners of war": one mention, one word of the theme)."""
        return set(_found(self, text))


@lru_cache(maxsize=65536)  # asked of a sentence and its neighbours in every round of a run's sharing out
def _found(theme: Words, text: str) -> frozenset[str]:
    words = stems(text)
    phrases = [p for p in theme.phrases if any(tuple(words[i:i + len(p)]) == p for i in range(len(words) - len(p) + 1))]
    inside = {w for p in phrases for w in p}
    singles = [w for w in term_stems(text) if w in theme.singles]
    return frozenset({" ".join(p) for p in phrases} | {w for w in singles if w not in inside or singles.count(w) > 1})


@lru_cache(maxsize=128)
def _words(terms: tuple[str, ...]) -> Words:
    singles, phrases = set(), set()
    for term in terms:
        st = tuple(stems(term))
        if len(st) == 1:
            singles.add(st[0])
        elif st:
            phrases.add(st)
    return Words(frozenset(singles), tuple(sorted(phrases)))


def words_of(theme: Theme) -> Words:
    return _words(tuple(theme.terms) + tuple(term for t in theme.subtopics for term in t.terms))


def uses(text: str, theme: Theme, words: Words | None = None) -> set[str]:
    """The theme's words (`words`, by default its terms and its subtopics') the sentence uses,
    less those of a subtopic whose `about` words it does not use: "captured Russian volunteers"
    and "prisoner exchange" say nothing of recruiting them."""
    used = (words or words_of(theme)).found(text)
    for t in theme.subtopics:
        if t.about and not _words(tuple(t.about)).found(text):
            used -= _words(tuple(t.terms)).found(text)
    return used


def terms_used(text: str, theme: Theme) -> set[str]:
    """`uses`, of the theme's own terms only (what ranks a sentence for it)."""
    return uses(text, theme, _words(tuple(theme.terms)))


def passing(s: Sentence, theme: Theme, around: list[Sentence]) -> bool:
    """Whether `s` names the theme only in passing: one of its words, used only as a verb, and
    none in the sentences `around` it (its paragraph and neighbours; `s` may be among them)."""
    words = words_of(theme)
    used = uses(s.text, theme)
    if len(used) != 1 or " " in (term := next(iter(used))) or term in noun_stems(s.text):
        return False
    return not any(words.found(x.text) for x in around if x.id != s.id)
