"""Stage 6: the one verifier every engine's output goes through.

A claim passes only if it cites, the cited lines exist and are citable, and every
number, quoted passage and name in it occurs in those lines, its content words are
covered by them, it does not add or drop a negation, and it stands alone: no "he says"
or "the legion" whose referent it does not name. Square brackets hold an editor's
insertion ("[Vinnie] says", "[according to CNN]"): their words must be in the cited
lines of the same article or its title/outlet record. A claim that fails is dropped
with its reason; it never reaches the PDF or the JSON body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from .draft import Claim, Draft, Repair, Section
from .retrieval import STOPWORDS, stemmer, stems
from .sources import Corpus, Source
from .standalone import needs_context, people

MAX_SPAN = 12  # lines one citation may cover: a wrapped sentence, not a whole article
MIN_COVERAGE = 0.75
NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
SCALE_WORDS = {"dozen", "hundred", "thousand", "million", "billion"}
NEGATION_WORDS = {"not", "no", "never", "none", "nor", "neither", "without", "cannot"}
QUOTED = re.compile(r"[“«\"]([^”»\"]{3,}?)[”»\"]")
NAME = re.compile(r"(?<![\w’'-])([A-ZА-ЯЁ][\w’'-]*)")
BRACKET = re.compile(r"\[([^\[\]]{1,200})\]")
# Words an editor's bracket may add around names from the article: "[according to CNN]".
ATTRIBUTION = {"according", "to", "the", "a", "an", "of", "says", "said", "reports", "reported", "writes",
               "wrote", "told", "in", "s"}


@dataclass
class Verified:
    theme_id: str
    title: str
    engine: str
    sections: list[Section]
    checked: int
    dropped: list[dict] = field(default_factory=list)
    usage: dict | None = None
    repairs: list[Repair] = field(default_factory=list)
    note: str | None = None

    @property
    def passed(self) -> int:
        return self.checked - len(self.dropped)

    def audit(self) -> dict:
        outcomes = {o: sum(r.outcome == o for r in self.repairs) for o in ("repaired", "replaced", "dropped")}
        return {"checked": self.checked, "passed": self.passed, "dropped": len(self.dropped),
                "dropped_sentences": self.dropped, "model_repairs": outcomes,
                "model_repaired_sentences": [r.to_json() for r in self.repairs]}


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("„", '"'),
                 ("–", "-"), ("—", "-"), ("\u00a0", " ")):
        text = text.replace(a, b)
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", normalize(text).lower())


def _numbers(text: str) -> set[str]:
    out = {n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
    out |= {NUMBER_WORDS[w] for w in _words(text) if w in NUMBER_WORDS}
    return {n.rstrip(".") for n in out}


def _scales(text: str) -> set[str]:
    return {w.rstrip("s") for w in _words(text) if w.rstrip("s") in SCALE_WORDS}


def _name_key(word: str) -> str:
    """A name compared by its stem: "Russians" is backed by "Russian", "Kyiv's" by "Kyiv"."""
    return stemmer().stemWord(re.sub(r"['’]s$", "", normalize(word).lower()).strip("'-"))


def check(claim: Claim, corpus: Corpus) -> str | None:
    """None when the claim is supported by the lines it cites, else the reason it is not."""
    if not claim.text.strip():
        return "empty sentence"
    if not claim.citations:
        return "no citation"
    cited: list[str] = []
    for c in claim.citations:
        src = corpus.by_path(c.path)
        if src is None:
            return f"cites {c.path}, which is not a source"
        if c.line_start > c.line_end:
            return f"citation {c.path}:{c.line_start}-{c.line_end} runs backwards"
        if c.line_end - c.line_start + 1 > MAX_SPAN:
            return f"citation {c.path}:{c.line_start}-{c.line_end} spans more than {MAX_SPAN} lines"
        for n in range(c.line_start, c.line_end + 1):
            if why := src.why_not_citable(n):
                return f"cites {c.path}:{n}, but {why}"
        cited.append(" ".join(src.line(n) for n in range(c.line_start, c.line_end + 1)))
    source_text = normalize(" ".join(cited))
    if reason := _bracket_problem(claim, corpus, source_text):
        return reason
    full = claim.text
    text = normalize(BRACKET.sub(" ", claim.text))  # brackets are checked above; the rest below

    missing = _numbers(text) - _numbers(source_text)
    if missing:
        return f"number {sorted(missing)[0]} is not in the cited lines"
    scales = _scales(text) - _scales(source_text)
    if scales:  # "one million" must not pass on a source's "one of"
        return f"\"{sorted(scales)[0]}\" is not in the cited lines"

    source_words = " ".join(_words(source_text))
    for quote in QUOTED.findall(text):
        q = " ".join(_words(quote))
        if q and f" {q} " not in f" {source_words} ":
            return f"quoted passage \"{quote.strip()}\" is not in the cited lines"

    source_keys = {_name_key(w) for w in re.findall(r"[\w’'-]+", source_text)}
    source_lowers = set(_words(source_text))
    for m in NAME.finditer(text):
        word = m.group(1)
        key = _name_key(word)
        first = m.start() == 0 or re.match(r"^[\s\"'(]*$", text[:m.start()])
        if first and (key in STOPWORDS or key in source_lowers):
            continue  # a capital that only starts the sentence
        if key not in source_keys and not any(p in source_keys for p in key.split("-") if len(p) > 2):
            return f"name \"{word}\" is not in the cited lines"

    claim_stems = [s for s in stems(text) if not s.isdigit()]
    if claim_stems:
        source_stems = set(stems(source_text))
        covered = sum(s in source_stems for s in claim_stems) / len(claim_stems)
        if covered < MIN_COVERAGE:
            return f"only {covered:.0%} of its content words are in the cited lines"

    if reason := _negation_problem(_words(text), _words(source_text)):
        return reason
    return _standalone_problem(full, claim, corpus)


def _bracket_problem(claim: Claim, corpus: Corpus, source_text: str) -> str | None:
    """Words in [brackets] come from the cited lines or the cited article's title/outlet, and
    from one article: a referent is resolved within the article that says it."""
    inserts = BRACKET.findall(claim.text)
    if not inserts:
        return None
    paths = {corpus.by_path(c.path).path for c in claim.citations}
    if len(paths) > 1:
        return "a [bracketed] insertion must come from the one article the sentence cites"
    src = corpus.by_path(claim.citations[0].path)
    record = {re.sub(r"'s$", "", w) for w in _words(" ".join([source_text, src.title or "", src.outlet or ""]))}
    for insert in inserts:
        missing = [w for w in _words(insert) if w not in record and w not in ATTRIBUTION
                   and re.sub(r"'s$", "", w) not in record]
        if missing:
            return f"\"{missing[0]}\" in [{insert}] is not in the cited lines or the article's title or outlet"
    return None


_PERSONS: dict[tuple[str, str], frozenset[str]] = {}


def _persons(src: Source) -> frozenset[str]:
    key = (src.path, src.sha256)
    if key not in _PERSONS:
        _PERSONS[key] = people(" ".join(src.line(n) for n in range(1, len(src.lines) + 1) if src.citable(n)))
    return _PERSONS[key]


def _standalone_problem(text: str, claim: Claim, corpus: Corpus) -> str | None:
    persons = frozenset().union(*(_persons(corpus.by_path(c.path)) for c in claim.citations))
    if word := needs_context(text, persons):
        return f"needs context: '{word}' (name it in brackets from the cited lines, or cite the sentence that names it)"
    return None


def _is_negation(word: str) -> bool:
    return word in NEGATION_WORDS or word.endswith("n't")


def _negated(words: list[str]) -> list[tuple[str, str]]:
    """The two content words after each negation: what is being negated."""
    content = [w for w in words if _is_negation(w) or w not in STOPWORDS]
    return [(content[i + 1], content[i + 2] if i + 2 < len(content) else "")
            for i in range(len(content) - 1) if _is_negation(content[i]) and not _is_negation(content[i + 1])]


def _negation_problem(claim: list[str], source: list[str]) -> str | None:
    """A claim may negate only what its source negates, and may not repeat what the source
    negates without the negation."""
    source_negated = _negated(source)
    heads = {a for a, _ in source_negated}
    for a, _ in _negated(claim):
        if a not in heads:
            return f"adds a negation (\"not {a}\") the cited lines do not have"
    content = [w for w in claim if _is_negation(w) or w not in STOPWORDS]
    pairs = {p for p in source_negated if p[1]}
    for i in range(len(content) - 1):
        if (content[i], content[i + 1]) in pairs and not (i > 0 and _is_negation(content[i - 1])):
            return f"drops the negation before \"{content[i]} {content[i + 1]}\" in the cited lines"
    return None


def verify(draft: Draft, corpus: Corpus) -> Verified:
    """Check every claim of the draft; keep those that pass, record the rest with the reason."""
    checked = 0
    dropped: list[dict] = []
    sections: list[Section] = []
    for section in draft.sections:
        kept = []
        for claim in section.claims:
            checked += 1
            reason = check(claim, corpus)
            if reason is None:
                kept.append(claim)
            else:
                dropped.append({"text": claim.text, "section": section.title, "reason": reason,
                                "citations": [c.to_json() for c in claim.citations]})
        if kept:
            sections.append(replace(section, claims=kept))
    return Verified(theme_id=draft.theme_id, title=draft.title, engine=draft.engine, sections=sections,
                    checked=checked, dropped=dropped, usage=draft.usage, repairs=list(draft.repairs),
                    note=draft.note)
