"""Stage 4: rank sentences for a theme (BM25 over stemmed words) and tell which unit each is about.

The index is built once per corpus and queried once per theme, so `--theme all`
pays for tokenising the corpus only once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import bm25s
import Stemmer

from .sentences import Sentence
from .themes import Entity, Theme

MIN_WORDS = 6
ON_THEME = 0.2  # share of the best score under which a sentence is off-theme
WORD = re.compile(r"[\w’'-]+")
STOPWORDS = frozenset("""a an the and or but if of in on at to for with by from as is are was were be been
being it its this that these those he she they them his her their we our you your i me my not no
so than then there here also about into over under after before while which who whom whose what
when where how all any some such only just very can could would should will may might must do does
did done has have had having said says say told""".split())


@lru_cache(maxsize=1)
def stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


# American "-ize" read as British "-ise" before stemming: the stemmer cuts "mobilized" to "mobil", the
# stem of "mobile", but "mobilised" to "mobilis" ("a mobile fire group" is no mobilisation).
IZE = re.compile(r"(?<=\w{3})iz(?=(?:e|ed|es|ing|ation|ations|er|ers)$)")


def stems(text: str) -> list[str]:
    words = [IZE.sub("is", w.strip("’'-").lower()) for w in WORD.findall(text)]
    return stemmer().stemWords([w for w in words if w and w not in STOPWORDS])


# Inside a name of several capitalised words only the last is the name's head: "Radio Free
# Europe" is not about "free", the "Free Russian Legion" not about "free" or "russian".
NAME_RUN = re.compile(r"(?<=[\w,;:–—)] )(?:[A-Z][\w’'-]*\s+)+(?=[A-Z][\w’'-]*)")


def term_stems(text: str) -> list[str]:
    """`stems` for matching a theme's terms: words inside a multi-word name left out."""
    return stems(NAME_RUN.sub(" ", text))


@dataclass(frozen=True)
class Scored:
    sentence: Sentence
    score: float
    entity: str | None


def selectable(s: Sentence) -> bool:
    """Whole sentences that can stand as a briefing point: no fragments, no speakerless quotes."""
    return s.kind in ("statement", "attributed_quote") and len(s.text.split()) >= MIN_WORDS


# A unit named after these is not what the sentence is about: "In addition to the Legion, the
# Corps was ...", "would never work with the Legion".
NOT_SUBJECT = re.compile(r"\b(addition to|unlike|than|with|besides|apart from|against|instead of)\W+(the\W+)?\W*$",
                         re.I)


# A name quoted as a word is no mention of the unit: "Druzhina is an old word for a prince's
# retinue", "the word druzhina also means ...".
WORD_BEFORE = re.compile(r"\b(?:word|term)\s+[“\"‘']?$", re.I)
WORD_AFTER = re.compile(r"[”\"’']?\s+(?:(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:word|term)\b|"
                        r"(?:also\s+)?(?:means|meant)\b)", re.I)


def as_word(text: str, start: int, end: int) -> bool:
    return WORD_BEFORE.search(text, 0, start) is not None or WORD_AFTER.match(text, end) is not None


@lru_cache(maxsize=256)
def _pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _mentions(text: str, names: list[str]) -> int | None:
    """Position of the first mention of any name (case-sensitive for aliases), else None; a name
    quoted as a word is no mention."""
    if not names:
        return None
    m = _pattern(tuple(names)).search(text)
    return m.start() if m and not as_word(text, m.start(), m.end()) else None


def resolve_entities(sentences: list[Sentence], entities: list[Entity]) -> dict[str, str | None]:
    """Which unit each sentence is about: the one it names; else the one "the legion" points
    to; else the last one its article named before it; else the only one the article names."""
    named: dict[str, str] = {}
    pointed: dict[str, str] = {}
    only: dict[int, set[str]] = {}
    only_pointed: dict[int, set[str]] = {}
    for s in sentences:
        found = [(pos, e.name) for e in entities if (pos := _mentions(s.text, e.aliases)) is not None]
        found = [(pos, name) for pos, name in found if not NOT_SUBJECT.search(s.text[max(0, pos - 30):pos])]
        if found:
            named[s.id] = min(found)[1]
            only.setdefault(s.source, set()).add(named[s.id])
            continue
        lower = s.text.lower()
        points = [e.name for e in entities if _mentions(lower, [f"the {g}" for g in e.generic]) is not None]
        if len(points) == 1:
            pointed[s.id] = points[0]
            only_pointed.setdefault(s.source, set()).add(points[0])
    out: dict[str, str | None] = {}
    last: dict[int, str] = {}
    for s in sentences:
        if s.id in named:
            out[s.id] = last[s.source] = named[s.id]
        elif s.id in pointed:
            out[s.id] = pointed[s.id]
        elif s.source in last:
            out[s.id] = last[s.source]
        else:
            candidates = only.get(s.source) or only_pointed.get(s.source) or set()
            out[s.id] = next(iter(candidates)) if len(candidates) == 1 else None
    return out


class Index:
    def __init__(self, sentences: list[Sentence], entities: list[Entity]):
        self.sentences = [s for s in sentences if selectable(s)]
        self.entity = resolve_entities(sentences, entities)
        self._stems = [term_stems(s.text) for s in self.sentences]
        # Whether a sentence can be printed on its own (the engines' context says): a copy of
        # one that cannot is not a duplicate of anything printed, so it is kept.
        self.stands: Callable[[Sentence], bool] = lambda s: True
        self._bm25 = bm25s.BM25()
        if self.sentences:
            self._bm25.index(bm25s.tokenization.Tokenized(*_to_ids(self._stems)), show_progress=False)

    def rank(self, theme: Theme) -> list[Scored]:
        """Every selectable sentence with its BM25 score for the theme's terms, best first,
        near-duplicates dropped (the later, lower-ranked copy goes, unless the one kept cannot
        stand alone: the Times' "They took up arms ..." and a translation quoting it by name)."""
        if not self.sentences:
            return []
        scores = self.scores(theme)
        order = sorted(range(len(self.sentences)), key=lambda i: (-scores[i], self.sentences[i].id))
        kept: list[Scored] = []
        # One entry per set of copies (what later sentences are compared with), and whether one
        # of them kept can stand alone (None: not asked yet; asked only when a copy turns up).
        copies: list[tuple[set[str], Sentence]] = []
        standing: list[bool | None] = []
        for i in order:
            if scores[i] <= 0:
                break
            words = set(self._stems[i])
            s = self.sentences[i]
            copy_of = next((j for j, (other, _) in enumerate(copies) if _near_duplicate(words, other)), None)
            if copy_of is not None:
                if standing[copy_of] is None:
                    standing[copy_of] = self.stands(copies[copy_of][1])
                if standing[copy_of] or not self.stands(s):
                    continue
                standing[copy_of] = True  # this copy is the one that can be printed
            else:
                copies.append((words, s))
                standing.append(None)
            kept.append(Scored(s, float(scores[i]), self.entity.get(s.id)))
        return kept


    def scores(self, theme: Theme):
        """Every selectable sentence's BM25 score for the theme's terms, in index order."""
        return self._bm25.get_scores(sorted({t for term in theme.terms for t in stems(term)}))

    def on_theme(self, theme: Theme, floor: float = ON_THEME) -> list[Scored]:
        return cut(self.rank(theme), floor)


def shares(index: Index, theme: Theme) -> dict[str, float]:
    """Each sentence's score for the theme as a share of the theme's best: BM25 scales differ by
    theme, so this is how a sentence ranked in two themes is compared (sentence id -> share)."""
    scores = index.scores(theme) if index.sentences else []
    top = max(scores, default=0.0)
    return {s.id: float(v) / top for s, v in zip(index.sentences, scores, strict=True) if v > 0}


def cut(ranked: list[Scored], floor: float = ON_THEME) -> list[Scored]:
    """Ranked sentences down to `floor` of the best score: below that they are off-theme."""
    return [r for r in ranked if r.score >= floor * ranked[0].score] if ranked else []


def _near_duplicate(later: set[str], kept: set[str]) -> bool:
    # Containment, not Jaccard: a translated quote of a longer sentence is still a copy. A short
    # kept sentence ("Only then can they enter basic training.") does not make a longer one that
    # shares its three words a copy: the longer one says more.
    shared = len(later & kept)
    return bool(later) and (shared / len(later) >= 0.6 or len(kept) >= 6 and shared / len(kept) >= 0.6)


def _to_ids(docs: list[list[str]]) -> tuple[list[list[int]], dict[str, int]]:
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(w, len(vocab)) for w in doc] for doc in docs]
    return ids, vocab
