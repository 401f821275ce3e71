"""What words mean to the verifier: which carry a claim's meaning, their lemmas, their opposites.

A paraphrasing model may change how a sentence is built, not what it says. The words that
say it -- verbs, adjectives, adverbs, modal verbs, quantifiers -- must come from the cited
lines (any inflection: "regrets" is backed by "regret", "went" by "go"). Parts of speech
and lemmas come from lemminflect (its tables ship in the wheel; loaded only when a claim
has a word its lines lack, which a copied sentence never has). Opposites come from
WordNet 3.0's antonym pairs (data/antonyms.tsv, made by scripts/make_antonyms.py; the `wn`
library would download WordNet at run time), a few pairs news paraphrase turns on that
WordNet does not link, and prefix rules (pro-/anti-, un-, non-, in-, dis-).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from .retrieval import STOPWORDS, stemmer

# What a model may add to a sentence without changing what it claims: who says it, and how
# two statements are joined. Everything else it adds must be in the cited lines.
ATTRIBUTION = frozenset("""say says said saying tell tells told according report reports reported reporting
add adds added explain explains explained write writes wrote written state states stated note notes noted
recall recalls recalled insist insists insisted claim claims claimed announce announces announced argue
argues argued describe describes described quote quotes quoted per""".split())
CONNECTIVES = frozenset("""and but also while however meanwhile although though yet whereas both either or
too well as then""".split())
AUXILIARIES = frozenset("is are was were be been being am has have had having do does did get got".split())
ALLOWED = ATTRIBUTION | CONNECTIVES | AUXILIARIES
# Modal verbs carry meaning ("must" is not "may"); a tense shift inside a class is fine.
MODALS = {"will": "will", "would": "will", "shall": "will", "'ll": "will", "can": "can", "could": "can",
          "cannot": "can", "may": "may", "might": "may", "must": "must", "should": "should", "ought": "should"}
# Stopwords that still change a claim: "all" is not "some", "only" is not "one of".
QUANTIFIERS = frozenset("all every each most many few several only always often sometimes usually rarely".split())
NEGATIONS = frozenset("""not no never none nor neither without cannot nobody nothing nowhere noone dont doesnt
didnt wont cant isnt arent wasnt werent havent hasnt hadnt wouldnt couldnt shouldnt mustnt neednt aint""".split())
# Pairs WordNet does not link but a paraphrase turns on; both directions are added.
EXTRA_OPPOSITES = [("integrate", "exclude"), ("integrated", "excluded"), ("support", "oppose"),
                   ("ally", "enemy"), ("ally", "adversary"), ("friend", "enemy"), ("confirm", "deny"),
                   ("defend", "attack"), ("join", "leave"), ("join", "quit"), ("voluntary", "forced"),
                   ("voluntary", "compulsory"), ("voluntary", "mandatory"), ("true", "fake"), ("many", "few"),
                   ("most", "least"), ("always", "never"), ("all", "none"), ("before", "after"),
                   ("success", "failure"), ("win", "lose"), ("won", "lost"), ("for", "against")]
NEGATIVE_PREFIXES = ("un", "non-", "non", "dis")
ADJECTIVE_PREFIXES = ("in", "im", "il", "ir")  # only before adjectives: "illegal", not "insight"
CONFUSABLE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})


def is_negation(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't")


def stem(word: str) -> str:
    return stemmer().stemWord(word.strip("'-"))


@lru_cache(maxsize=1)
def _lemminflect():
    import lemminflect

    return lemminflect


@lru_cache(maxsize=65536)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Parts of speech of a lowercase word with its lemmas for each: {"VERB": ("exclude",)}."""
    return _lemminflect().getAllLemmas(word)


def can_carry_meaning(word: str) -> bool:
    """Whether a lowercase word may be a verb, adjective or adverb (or is unknown): a word a
    paraphrase may not bring in. Only a word known to be a noun alone may be new."""
    if word in QUANTIFIERS or word in MODALS:
        return True
    if word in STOPWORDS or word in ALLOWED:
        return False
    pos = lemmas(word)
    if not pos:
        return True  # not in the dictionary: a word we cannot vouch for
    return not set(pos) <= {"NOUN", "PROPN"}


@lru_cache(maxsize=1)
def _antonyms() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    text = (resources.files("briefing") / "data" / "antonyms.tsv").read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")]
    for a, b in rows + EXTRA_OPPOSITES + [(b, a) for a, b in EXTRA_OPPOSITES]:
        pairs.setdefault(a, set()).add(b)
    return {k: frozenset(v) for k, v in pairs.items()}


def opposites(word: str) -> set[str]:
    """Words that mean the opposite of a lowercase word (lemmas, and prefixed forms)."""
    table = _antonyms()
    out: set[str] = set(table.get(word, ()))
    for forms in lemmas(word).values() if word.isalpha() else ():
        for lemma in forms:
            out |= table.get(lemma, frozenset())
    for a, b in (("pro-", "anti-"), ("anti-", "pro-"), ("pro", "anti"), ("anti", "pro")):
        if word.startswith(a) and len(word) > len(a) + 2:
            out.add(b + word[len(a):])
    for p in NEGATIVE_PREFIXES:
        out.add(p + word)
        if word.startswith(p) and len(word) - len(p) >= 4:
            out.add(word[len(p):])
    if "ADJ" in lemmas(word) or not word.isalpha():
        for p in ADJECTIVE_PREFIXES:
            out.add(p + word)
    for p in ADJECTIVE_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 4 and "ADJ" in lemmas(word[len(p):]):
            out.add(word[len(p):])
    out.discard(word)
    return out


def negated_form_of(word: str) -> str | None:
    """The word a negative prefix negates: "unverified" -> "verified"; else None."""
    for p in NEGATIVE_PREFIXES + ADJECTIVE_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 4:
            rest = word[len(p):]
            if p in ADJECTIVE_PREFIXES and "ADJ" not in lemmas(rest):
                continue
            return rest
    return None


def script(ch: str) -> str | None:
    """The script of a letter among those whose letters look alike (Latin a, Cyrillic а)."""
    if ch.isascii():
        return "LATIN" if ch.isalpha() else None
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "").split(" ", 1)[0]
    return name if name in CONFUSABLE_SCRIPTS else None


def mixed_scripts(word: str) -> list[str]:
    """The scripts of a word's letters when it mixes lookalike scripts ("nоt" with a Cyrillic о)."""
    if word.isascii():
        return []
    found = sorted({s for ch in word if (s := script(ch))})
    return found if len(found) > 1 else []
