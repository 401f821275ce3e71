"""Stage 6: the one verifier every engine's output goes through.

A claim passes only if it cites, the cited lines exist and are citable, and, judged on
normalised text (invisible characters gone, lookalike letters refused):
- every number (compared as a value: "four thousand" is 4,000, 15% is not 15), quoted
  passage and name in it occurs in those lines, and its content words are covered by them;
- it does not add or drop a negation, and no word of it is the opposite of one in them;
- its verbs, adjectives, adverbs, modals and quantifiers are the lines' own (any inflection);
- each of its sentences rests on ONE cited sentence or quoted passage: the names, numbers
  and quotes it pairs are together there, with most of its words. Words in square brackets
  (an editor's insertion naming a referent) may come from another sentence the claim cites in
  the same article, or from that article's title and outlet (and an opinion column's writer);
  never from another article.
- it stands alone: no pronoun subject or speaker, no bare "the legion" or "this number" whose
  referent it does not name (standalone.needs_context).
A claim that fails is dropped with its reason; it never reaches the PDF or the JSON body.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from . import caveats, kinds, lexicon, meta, numbers, records, sentences, supersede
from .draft import Claim, Draft, Repair, Section
from .referents import short_name_left
from .retrieval import STOPWORDS, stemmer, stems
from .retrieval import WORD as RWORD
from .sources import Corpus, Source
from .standalone import CONNECTIVE, addressed, needs_context, people

MAX_SPAN = 12  # lines one citation may cover: a wrapped sentence, not a whole article
MIN_COVERAGE = 0.75
QUOTED = re.compile(r"[“«\"]([^”»\"]{3,}?)[”»\"]")
WORD = re.compile(r"[\w']+")
HYPHENATED = re.compile(r"\w[\w']*(?:-\w[\w']*)*")  # "anti-Kremlin" as one word; linear: no run can restart
TOKEN = re.compile(r"[\w']+|[.,;:!?()\"]")  # words and the punctuation that ends a clause
PUNCTUATION = frozenset('.,;:!?()"')
BRACKETED = re.compile(r"\[[^\[\]]*\]")
SENTENCE_START = re.compile(r"(?:^|[.!?][\"')\]]*\s+)[\"'(\[]*")
# Prepositions whose swap reverses a claim: "fighting for Russia" is not "fighting against Russia".
FUNCTION_OPPOSITES = {"for": ("against",), "against": ("for",), "before": ("after",), "after": ("before",),
                      "more": ("less", "fewer"), "less": ("more",), "fewer": ("more",), "most": ("least",),
                      "least": ("most",), "over": ("under",), "under": ("over",), "above": ("below",),
                      "below": ("above",)}
# Words between a negation and what it negates: "does not even give", "has not been able".
DEGREE = frozenset("""even really just actually always ever yet quite necessarily exactly entirely fully
directly independently much very so too any anymore longer more""".split())
NOT_A_NEGATION = frozenset("only just merely simply".split())  # "not only": additive


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern:
    """A word starting with a capital in any script: "Ömer", "Іван", not only A-Z. Built on first
    use (13 ms): a class of every capital and titlecase letter of the BMP."""
    return re.compile(rf"(?<![\w'-])([{_capitals()}][\w'-]*)")


def _capitals() -> str:
    ranges: list[list[int]] = []
    for c in range(0x10000):
        ch = chr(c)
        if ch.isupper() or unicodedata.category(ch) == "Lt":
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)

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
    note: str | None = None  # said instead of sections: "No material on this theme in the sources."

    @property
    def passed(self) -> int:
        return self.checked - len(self.dropped)

    def audit(self) -> dict:
        outcomes = {o: sum(r.outcome == o for r in self.repairs) for o in ("repaired", "replaced", "dropped")}
        return {"checked": self.checked, "passed": self.passed, "dropped": len(self.dropped),
                "dropped_sentences": self.dropped, "model_repairs": outcomes,
                "model_repaired_sentences": [r.to_json() for r in self.repairs]}


class _JudgedAs(dict):
    """What `normalize` maps each character to, for str.translate: invisible format characters
    (zero-width space, joiners, soft hyphen, bidi controls: all of category Cf) to nothing,
    quotes, apostrophes and dashes to one kind, the rest to itself; worked out once a character."""

    def __missing__(self, c: int) -> int | None:
        self[c] = None if unicodedata.category(chr(c)) == "Cf" else c
        return self[c]


JUDGED_AS = _JudgedAs({ord(a): b for a, b in (
    ("’", "'"), ("‘", "'"), ("ʼ", "'"), ("‛", "'"), ("`", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'),
    ("„", '"'), ("–", "-"), ("—", "-"), ("\u00a0", " "))})


def normalize(text: str) -> str:
    """Text as it is judged: NFKC, invisible characters gone, one kind of quote, apostrophe, dash."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(JUDGED_AS).split())


def _words(text: str) -> list[str]:
    return WORD.findall(normalize(text).lower())


@lru_cache(maxsize=200_000)
def _key_of(word: str) -> str:
    """A name (of normalised text) compared by its stem: "Russians" is backed by "Russian", "Kyiv's" by "Kyiv"."""
    word = word.lower()
    return stemmer().stemWord((word[:-2] if word.endswith("'s") else word).strip("'-"))


# --- What a claim is checked against: the cited lines, prepared once per citation --------------

@dataclass
class Unit:
    """One sentence (or one quoted passage) of the cited lines, as far as the lines hold it."""

    text: str  # normalised
    padded: str  # " lowercase words ", to find a quoted passage in it
    stems: frozenset[str]
    keys: frozenset[str]  # its words as name keys
    figures: frozenset[tuple]  # Quantity keys
    scales: frozenset[str]


def _keys(text: str) -> frozenset[str]:
    """Every word of a normalised text as a name key."""
    return frozenset(_key_of(w) for w in set(re.findall(r"[\w'-]+", text)))


def _units(texts: list[str]) -> list[Unit]:
    """The sentences of a citation as units, worked out together: a page on one line has tens of
    thousands, and one pass of normalising and stemming over all is several times faster."""
    joined = normalize("\x00".join(texts)).split("\x00")  # NUL survives normalising; lines hold none
    norm = [t.strip() for t in joined] if len(joined) == len(texts) else [normalize(t) for t in texts]
    tokens = [RWORD.findall(t) for t in norm]
    content = [[w for w in (x.strip("'-").lower() for x in ts) if w and w not in STOPWORDS] for ts in tokens]
    flat = stemmer().stemWords([w for ws in content for w in ws])
    out, at = [], 0
    for t, ts, ws in zip(norm, tokens, content, strict=True):
        low = t.lower()
        words = WORD.findall(low)
        found, vague = numbers.parse(t) if numbers.has_figures(low, words) else ([], set())
        out.append(Unit(text=t, padded=f" {' '.join(words)} ", stems=frozenset(flat[at:at + len(ws)]),
                        keys=frozenset(map(_key_of, set(ts))), figures=frozenset(q.key for q in found),
                        scales=frozenset(vague | {q.scale for q in found if q.scale})))
        at += len(ws)
    return out


class Passage:
    """The lines of one citation, with what the checks ask of them computed once."""

    def __init__(self, source: str, text: str, units: list[Unit], about: frozenset[str]):
        self.source = source  # the cited file
        self.text = text  # normalised, lines joined with a space
        self.units = units
        self.about = about  # name keys of the source's title and outlet, for bracketed words

    @cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.text.lower())

    @cached_property
    def padded(self) -> str:
        return f" {' '.join(self.words)} "

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Its lowercase words, and its hyphenated words whole ("anti-kremlin")."""
        return frozenset(self.words) | frozenset(w for w in HYPHENATED.findall(self.text.lower()) if "-" in w)

    @cached_property
    def word_stems(self) -> frozenset[str]:
        return frozenset(stemmer().stemWords(list(self.vocabulary)))

    @cached_property
    def content_stems(self) -> frozenset[str]:
        return frozenset(stems(self.text))

    @cached_property
    def keys(self) -> frozenset[str]:
        return _keys(self.text)

    @cached_property
    def figures(self) -> tuple[frozenset[tuple], frozenset[str]]:
        """(figure keys, scale words) of the lines: those of its sentences, already read."""
        return _union(u.figures for u in self.units), _union(u.scales for u in self.units)

    @cached_property
    def bigrams(self) -> frozenset[tuple[str, str]]:
        return frozenset(zip(self.words, self.words[1:], strict=False))

    @cached_property
    def tokens(self) -> frozenset[str]:
        return frozenset(re.findall(r"\w+", self.text))

    @cached_property
    def polarity(self) -> Negations:
        return _polarity(TOKEN.findall(self.text.lower())).summary()

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Every lemma of every cited word ("went" gives "go"); needs lemminflect, so asked late."""
        return frozenset(x for w in self.vocabulary if w.isalpha() for forms in lexicon.lemmas(w).values()
                         for x in forms) | self.vocabulary

    @cached_property
    def postings(self) -> dict[object, list[int]]:
        """Which units hold each stem, name key and figure: the units worth looking at for a claim."""
        out: dict = {}
        for i, u in enumerate(self.units):
            for k in u.stems | u.keys | u.figures | u.scales:
                out.setdefault(k, []).append(i)
        return out


_BLOCKS: dict[tuple[str, str], list[sentences.Block]] = {}
_PIECES: dict[tuple[tuple[str, str], int], dict[int, list[tuple[int, str]]]] = {}
_PASSAGES: dict[tuple[str, str, int, int], Passage] = {}
MAX_CACHED = 20_000


def pieces_of(src: Source, start: int, end: int) -> dict[int, list[tuple[tuple[int, int], str]]]:
    """`sentences.pieces` of the paragraphs holding lines start..end, worked out once a paragraph.
    A blank or furniture line cannot be cited, but two paragraphs of a page saved one per line
    touch: "67-68" may span both."""
    key = (src.path, src.sha256)
    if key not in _BLOCKS:
        _BLOCKS[key] = list(enumerate(sentences.blocks(src)))
    found = _BLOCKS[key]
    firsts = [first for _, (first, _) in found]
    i = bisect_right(firsts, start) - 1 if found else -1
    if i < 0:
        return {}
    out: dict[int, list[tuple[int, str]]] = {}
    while i < len(found) and firsts[i] <= end:
        if (key, i) not in _PIECES:
            _PIECES[(key, i)] = sentences.pieces(src, [found[i]])
        # (paragraph, sentence): each paragraph numbers its sentences from 0
        out.update({n: [((i, k), t) for k, t in v] for n, v in _PIECES[(key, i)].items()})
        i += 1
    return out


def passage(src: Source, start: int, end: int) -> Passage:
    """The cited lines split into sentences: the source is split once, each range prepared once."""
    key = (src.path, src.sha256, start, end)
    if key in _PASSAGES:
        return _PASSAGES[key]
    if len(_PASSAGES) > MAX_CACHED:
        _PASSAGES.clear()
        _PIECES.clear()
        _BLOCKS.clear()
    pieces = pieces_of(src, start, end)
    parts: dict[int, list[str]] = {}
    for n in range(start, end + 1):
        for k, text in pieces.get(n, []):
            parts.setdefault(k, []).append(text)
    # a post's header, cited with the post, says who wrote it and for whom ("**Yegor Lapin** · ...,
    # Vologda Artel"): a bracket may name them from it, as from the article's byline
    headers = [src.line(n) for n in range(start, end + 1) if src.skipped.get(n) in ("post header", "comment header")]
    about = normalize(" ".join([*(x for x in _record(src) if x), *headers]))
    # lines joined as the sentence splitter joins them: "citi-" / "zens" reads "citizens"
    p = Passage(src.path, normalize(sentences.join_lines([src.line(n) for n in range(start, end + 1)])),
                _units([sentences.join_lines(v) for _, v in sorted(parts.items())]), _keys(about))
    _PASSAGES[key] = p
    return p


def _record(src: Source) -> tuple[str | None, ...]:
    """What a bracket may name besides the cited lines: the article's title and outlet, and an
    opinion column's writer ("“...,” [Miles Tennant] writes in [The Sentinel]."), whose byline
    is no citable line."""
    return (src.title, src.outlet, src.author if src.opinion else None)


def _union(sets) -> frozenset:
    sets = list(sets)
    return sets[0] if len(sets) == 1 else frozenset().union(*sets)


class Evidence:
    """All lines a claim cites: the union of its passages."""

    def __init__(self, passages: list[Passage]):
        self.passages = passages
        self.text = passages[0].text if len(passages) == 1 else " ".join(p.text for p in passages)
        self.judged: dict[str, list[str]] = {}

    @cached_property
    def padded(self) -> str:
        if len(self.passages) == 1:
            return self.passages[0].padded
        return f" {' '.join(p.padded.strip() for p in self.passages)} "

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return _union(p.vocabulary for p in self.passages)

    @cached_property
    def word_stems(self) -> frozenset[str]:
        return _union(p.word_stems for p in self.passages)

    @cached_property
    def record(self) -> frozenset[str]:
        """The cited articles' own title and outlet, as name keys: what a bracket may add."""
        return _union(p.about for p in self.passages)

    @cached_property
    def content_stems(self) -> frozenset[str]:
        return _union(p.content_stems for p in self.passages)

    @cached_property
    def keys(self) -> frozenset[str]:
        return _union(p.keys for p in self.passages)

    @cached_property
    def figures(self) -> frozenset[tuple]:
        return _union(p.figures[0] for p in self.passages)

    @cached_property
    def scales(self) -> frozenset[str]:
        return _union(p.figures[1] for p in self.passages)

    @cached_property
    def bigrams(self) -> frozenset[tuple[str, str]]:
        return _union(p.bigrams for p in self.passages)

    @cached_property
    def tokens(self) -> frozenset[str]:
        return _union(p.tokens for p in self.passages)

    @cached_property
    def lemmas(self) -> frozenset[str]:
        return _union(p.lemmas for p in self.passages)

    @cached_property
    def polarity(self) -> Negations:
        if len(self.passages) == 1:
            return self.passages[0].polarity
        parts = [p.polarity for p in self.passages]
        return Negations(*(_union(getattr(x, f) for x in parts) for f in Negations.__dataclass_fields__))

    @cached_property
    def modals(self) -> frozenset[str]:
        return frozenset(c for w in self.vocabulary if (c := _modal_class(w)))

    def has(self, word: str) -> bool:
        """Whether a lowercase word is in the cited lines in some form: same stem, or a shared lemma;
        or, for a word the lines negate with a prefix, written out ("unverified": "not verified")."""
        if word in self.vocabulary or lexicon.stem(word) in self.word_stems:
            return True
        if word.isalpha() and any(x in self.lemmas for forms in lexicon.lemmas(word).values() for x in forms):
            return True
        base = lexicon.negated_form_of(word)
        return base is not None and lexicon.stem(base) in self.polarity.negated

    def form_of(self, word: str) -> str:
        """The cited lines' own spelling of a word they have in some form ("integrated" for "integrate")."""
        if word in self.vocabulary:
            return word
        return next((w for w in sorted(self.vocabulary) if w.isalpha() and any(
            word in forms for forms in lexicon.lemmas(w).values())), word)


_SOURCES: dict[tuple[int, str], tuple[Corpus, Source | None]] = {}


def _source(corpus: Corpus, path: str) -> Source | None:
    """`corpus.by_path`, remembered: it compares absolute paths of every source, per citation."""
    key = (id(corpus), path)
    hit = _SOURCES.get(key)
    if hit is None or hit[0] is not corpus:
        if len(_SOURCES) > MAX_CACHED:
            _SOURCES.clear()
        hit = _SOURCES[key] = (corpus, corpus.by_path(path))
    return hit[1]


def check(claim: Claim, corpus: Corpus) -> str | None:
    """None when the claim is supported by the lines it cites, else the reason it is not."""
    if not claim.text.strip():
        return "empty sentence"
    if not claim.citations:
        return "no citation"
    passages: list[Passage] = []
    for c in claim.citations:
        src = _source(corpus, c.path)
        if src is None:
            return f"cites {c.path}, which is not a source"
        if c.line_start > c.line_end:
            return f"citation {c.path}:{c.line_start}-{c.line_end} runs backwards"
        if c.line_end - c.line_start + 1 > MAX_SPAN:
            return f"citation {c.path}:{c.line_start}-{c.line_end} spans more than {MAX_SPAN} lines"
        for n in range(c.line_start, c.line_end + 1):
            if why := src.why_not_citable(n):
                return f"cites {c.path}:{n}, but {why}"
        passages.append(passage(src, c.line_start, c.line_end))
    ev = Evidence(passages)
    text = normalize(claim.text)

    if why := _bracket_problem(claim, corpus, " ".join(p.text for p in passages)):
        return why
    if why := _answer_problem(claim, corpus):
        return why
    if why := _heading_problem(claim, corpus):
        return why
    for problem in (_script_problem, _number_problem, _quote_problem, _name_problem, _coverage_problem,
                    _negation_problem, _opposite_problem, _meaning_problem, _relation_problem):
        if why := problem(_outlet_figures_out(text, claim, corpus) if problem in _named_figures() else text, ev):
            return why
    if why := _doubted_problem(text, claim, corpus):
        return why
    cited = [(c.path, c.line_start, c.line_end) for c in claim.citations]
    if why := supersede.problem(claim.text, cited, corpus):
        return why
    if why := caveats.problem(claim.text, cited, corpus):
        return why
    if why := _letter_problem(claim, corpus) or _talk_problem(claim, corpus):
        return why
    return _standalone_problem(claim.text, claim, corpus)


def _named_figures() -> tuple:
    return (_number_problem, _relation_problem)


# --- The checks, each a short reason or None -----------------------------------------------------

def _script_problem(text: str, ev: Evidence) -> str | None:
    """A word mixing lookalike scripts ("nоt" with a Cyrillic о) hides a word from every other check."""
    for word in re.findall(r"\w+", text):
        if (found := lexicon.mixed_scripts(word)) and word not in ev.tokens:
            return f"\"{word}\" mixes {' and '.join(s.title() for s in found)} letters"
    return None


_DOUBTED: dict[tuple[str, str], list[tuple[int, int, frozenset[str]]]] = {}


def _doubted(src: Source) -> list[tuple[int, int, frozenset[str]]]:
    """The sentences a page itself doubts ("... Vepsians.[citation needed]"), as (first line, last
    line, content stems); worked out once a source, and only for a page that has such a tag."""
    key = (src.path, src.sha256)
    if key not in _DOUBTED:
        if len(_DOUBTED) > MAX_CACHED:
            _DOUBTED.clear()
        tagged = any("[" in line and kinds.DOUBT.search(line) for line in src.lines)
        _DOUBTED[key] = [(s.line_start, s.line_end, frozenset(stems(s.text))) for s in sentences.split(src)
                         if s.kind == "flagged"] if tagged else []
    return _DOUBTED[key]


def _doubted_problem(text: str, claim: Claim, corpus: Corpus) -> str | None:
    """A claim that says what a cited sentence says when its page tags that sentence as unsourced
    or dubious ("[citation needed]", "[dubious – discuss]"): the page itself does not vouch for it."""
    said = frozenset(stems(BRACKETED.sub(" ", text)))
    for c in claim.citations:
        src = _source(corpus, c.path)
        for first, last, words in _doubted(src) if src is not None else ():
            if first <= c.line_end and c.line_start <= last and words \
                    and len(words & said) / len(words) >= MIN_COVERAGE:
                return (f"cites {c.path}:{first}-{last}, which its page tags as unsourced or dubious "
                        "(\"[citation needed]\"): not a fact")
    return None


def _outlet_figures_out(text: str, claim: Claim, corpus: Corpus) -> str:
    """The claim with a cited article's own outlet named in a bracket ("[according to Nordvision
    24]", "[France 24’s] film") set aside: the figure in a name is no figure of the claim. The
    bracket's words are still checked (_bracket_problem)."""
    if "[" not in text:
        return text
    for c in claim.citations:
        src = _source(corpus, c.path)
        if src is not None and src.outlet and re.search(r"\d", src.outlet):
            name = normalize(src.outlet)
            text = re.sub(rf"\[(according to )?(?:the )?{re.escape(name)}(['’]s)?\]", r"[\1the outlet\2]", text)
    return text


def _number_problem(text: str, ev: Evidence) -> str | None:
    """Every figure of the claim is a figure of the lines, as a value and as a count or a share;
    a scale word with no figure ("several hundred") must be in the lines too."""
    claimed, vague = numbers.parse(text)
    keys, source_scales = ev.figures, ev.scales
    for q in claimed:
        if q.key in keys:
            continue
        if (q.value, not q.percent) in keys:
            kind = "a percentage" if not q.percent else "a count"
            return f"{q.shown()} is {kind} in the cited lines, not {'a percentage' if q.percent else 'a count'}"
        base = q.value / numbers.SCALES[q.scale] if q.scale else None
        if q.spelled and base is not None and q.text.split()[0] not in ("a", "an") and (base, False) not in keys:
            return f"number {base:f} is not in the cited lines"  # "one million": the "one" first, as ever
        if q.scale and q.scale not in source_scales:
            return f"\"{q.scale}\" is not in the cited lines"  # "one million" on a source's "one of"
        return f"number {q.shown()} is not in the cited lines"
    for scale in sorted(vague - source_scales):
        return f"\"{scale}\" is not in the cited lines"
    return None


# What a bracket inside a quote may stand for: the referring words it names ("the Legion", "its",
# "they"), never a word that says something ("convicted" -> "[acquitted]").
REFERRING_GAP = r"(?:the|its|it|he|she|they|them|his|her|their|this|that|these|those) (?:\S+ )?"


@lru_cache(maxsize=4096)
def _bracketed_quote(quote: str) -> re.Pattern:
    """“[The Legion] has written to us”: the words around the bracket are the lines', in order,
    and the bracket stands where the lines have a referring phrase."""
    parts = [" ".join(_words(p)) for p in BRACKETED.split(quote)]
    return re.compile(" " + REFERRING_GAP.join(re.escape(p) + " " if p else "" for p in parts))


def _quote_problem(text: str, ev: Evidence) -> str | None:
    for quote in _quotes(text):
        if "[" in quote:
            if _bracketed_quote(quote).search(ev.padded) is None:
                return f"quoted passage \"{quote.strip()}\" is not in the cited lines"
            continue
        q = " ".join(_words(quote))
        if q and f" {q} " not in ev.padded:
            return f"quoted passage \"{quote.strip()}\" is not in the cited lines"
    return None


def _quotes(text: str) -> list[str]:
    # Only up to the last closing mark: past it every opening mark would scan to the end (quadratic).
    return QUOTED.findall(text[:sentences.last_closer(text) + 1])


def _sentence_starts(text: str) -> set[int]:
    return {m.end() for m in SENTENCE_START.finditer(text)}


def _names(text: str, ev: Evidence) -> list[re.Match]:
    """Capitalised words (any script: Ömer, Іван) that are names, not a sentence's first word."""
    starts = _sentence_starts(text)
    lowers = ev.vocabulary
    out = []
    for m in _name_pattern().finditer(text):
        word = m.group(1)
        if m.start() in starts:
            low = word.lower()
            if _key_of(word) in STOPWORDS or low in lowers or low in lexicon.ALLOWED:
                continue  # a capital that only starts the sentence
        out.append(m)
    return out


def _name_problem(text: str, ev: Evidence) -> str | None:
    source_keys = ev.keys
    # A name in brackets may be the cited article's outlet ("[according to The Daily Express]").
    record = ev.record
    brackets = [(b.start(), b.end()) for b in BRACKETED.finditer(text)]
    for m in _names(text, ev):
        word = m.group(1)
        key = _key_of(word)
        if key in record and any(a <= m.start() < b for a, b in brackets):
            continue
        if key not in source_keys and not any(p in source_keys for p in key.split("-") if len(p) > 2):
            return f"name \"{word}\" is not in the cited lines"
    return None


def _of_record(bracket: str, record: frozenset[str]) -> bool:
    """Whether every word of a bracket is the cited article's title or outlet."""
    keys = [_key_of(w) for w in _words(bracket)]
    keys = [k for k in keys if k not in STOPWORDS]
    return bool(keys) and all(k in record for k in keys)


def _coverage_problem(text: str, ev: Evidence) -> str | None:
    # "[according to The Daily Express]" names the cited article's outlet (the bracket check
    # holds it to the record); it is not a content word the lines must carry.
    text = re.sub(r"\[according to [^\]]*\]", " ", text, flags=re.I)
    # likewise "[The Harbour Times’s] correspondent" for the outlet's own "Our correspondent"
    text = BRACKETED.sub(lambda b: " " if _of_record(b.group(0), ev.record) else b.group(0), text)
    claim_stems = [s for s in stems(text) if not s.isdigit()]
    if claim_stems:
        covered = sum(s in ev.content_stems for s in claim_stems) / len(claim_stems)
        if covered < MIN_COVERAGE:
            return f"only {covered:.0%} of its content words are in the cited lines"
    return None


# --- Negation, by meaning -----------------------------------------------------------------------

@dataclass(frozen=True)
class Negations:
    """What a text negates, as stems: what the claim is held to."""

    negated: frozenset[str]  # "regret" in "does not regret"
    positive: frozenset[str]  # stems that also occur without a negation
    pairs: frozenset[tuple[str, str]]  # (negated stem, the content stem after it)
    positive_pairs: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Polarity:
    heads: dict[int, tuple[str, str]]  # token index of a negated word -> (its stem, the next content stem)
    words: list[tuple[int, str, str]]  # every content word: (token index, word, stem)
    next_stem: dict[int, str]  # token index -> stem of the next content word in the clause

    def summary(self) -> Negations:
        return Negations(
            negated=frozenset(s for s, _ in self.heads.values()),
            positive=frozenset(s for i, _, s in self.words if i not in self.heads),
            pairs=frozenset(p for p in self.heads.values() if p[1]),
            positive_pairs=frozenset((s, self.next_stem[i]) for i, _, s in self.words
                                     if i not in self.heads and i in self.next_stem))


def _polarity(tokens: list[str]) -> Polarity:
    """Which words a negation governs: the first content word after "not", "never", "no longer",
    "doesn't", "neither", "nor", "without" ... in the same clause ("not only" is no negation).
    One pass over the tokens: a cited page on one line has a million of them."""
    content: list[int] = []
    follows: dict[int, int] = {}  # content word -> the next content word in its clause
    prev = -1
    for i, t in enumerate(tokens):
        if t in PUNCTUATION:
            prev = -1
        elif t not in STOPWORDS and t not in lexicon.NEGATIONS and not t.endswith("n't"):
            content.append(i)
            if prev >= 0:
                follows[prev] = i
            prev = i
    stem_at = dict(zip(content, stemmer().stemWords([tokens[i].strip("'-") for i in content]), strict=True))
    next_stem = {i: stem_at[j] for i, j in follows.items()}
    heads: dict[int, tuple[str, str]] = {}
    for i in (i for i, t in enumerate(tokens) if t in lexicon.NEGATIONS or t.endswith("n't")):
        if i + 1 < len(tokens) and tokens[i + 1] in NOT_A_NEGATION:
            continue
        j = i + 1
        if tokens[i] == "no" and j < len(tokens) and tokens[j] == "one":
            j += 1  # "no one"
        while j < len(tokens) and (tokens[j] in DEGREE or (j not in stem_at and tokens[j] not in PUNCTUATION)):
            j += 1
        if j in stem_at:
            heads[j] = (stem_at[j], next_stem.get(j, ""))
    return Polarity(heads=heads, words=[(i, tokens[i], stem_at[i]) for i in content], next_stem=next_stem)


def _negation_problem(text: str, ev: Evidence) -> str | None:
    """A claim may negate only what its lines negate, and may not state without the negation
    what the lines negate ("does not regret" -> "regrets"; "have not been verified" -> "have
    been verified")."""
    claim = _polarity(TOKEN.findall(text.lower()))
    source = ev.polarity
    for i, (s, _) in claim.heads.items():
        if s not in source.negated and not _prefix_negated(s, ev):
            word = next(w for j, w, _ in claim.words if j == i)
            return f"adds a negation (\"not {word}\") the cited lines do not have"
    # a name in brackets states nothing of its words: "[Harlow Vale Water]" beside "without water"
    named = _polarity(TOKEN.findall(re.sub(r"\[[^\]]*\]", " ", text.lower())))
    for i, word, s in named.words:
        if i in named.heads:
            continue
        pair = (s, named.next_stem.get(i, ""))
        if (s in source.negated and s not in source.positive) or (
                pair in source.pairs and pair not in source.positive_pairs):
            return f"drops the negation before \"{word}\" in the cited lines"
    return None


def _prefix_negated(stem: str, ev: Evidence) -> bool:
    """Whether the lines negate the word with a prefix: "not verified" for "unverified"."""
    return any(lexicon.stem(x) == stem for w in ev.vocabulary
               if w.startswith(lexicon.NEGATIVE_PREFIXES + lexicon.ADJECTIVE_PREFIXES)
               and (x := lexicon.negated_form_of(w)))


# --- Meaning-bearing words ----------------------------------------------------------------------

def _modal_class(word: str) -> str | None:
    if word in lexicon.MODALS:
        return lexicon.MODALS[word]
    if word.endswith("n't"):
        base = {"won't": "will", "can't": "can", "shan't": "will"}.get(word, word[:-3])
        return lexicon.MODALS.get(base)
    return None


def _judged_words(text: str, ev: Evidence) -> list[str]:
    """The claim's own lowercase words outside brackets and quotes, names left out (the name
    check has them): what must mean what the cited lines mean."""
    if text not in ev.judged:
        ev.judged[text] = _own_words(text, ev)
    return ev.judged[text]


def _own_words(text: str, ev: Evidence) -> list[str]:
    bare = BRACKETED.sub(" ", text)
    cut = sentences.last_closer(bare) + 1
    bare = QUOTED.sub(" ", bare[:cut]) + bare[cut:]
    names = {m.start() for m in _names(bare, ev)}
    out = []
    for m in HYPHENATED.finditer(bare):
        word = m.group()
        if m.start() in names or word[0].isdigit() or len(word) < 2:
            continue
        out.append(word.lower())
    return out


def _opposite_problem(text: str, ev: Evidence) -> str | None:
    """No word of the claim is the opposite of one in the lines it cites ("integrated" ->
    "excluded", "anti-Kremlin" -> "pro-Kremlin"), unless the lines have the word itself."""
    words = _judged_words(text, ev)
    for word in words:
        if word in STOPWORDS or word in lexicon.ALLOWED or ev.has(word):
            continue
        for other in sorted(lexicon.opposites(word)):
            if other in ev.vocabulary or (other.isalpha() and other in ev.lemmas):
                return f"\"{word}\" is the opposite of \"{ev.form_of(other)}\" in the cited lines"
    for a, b in zip(words, words[1:], strict=False):
        if a in FUNCTION_OPPOSITES and (a, b) not in ev.bigrams:
            for other in FUNCTION_OPPOSITES[a]:
                if (other, b) in ev.bigrams:
                    return f"\"{a} {b}\" is the opposite of \"{other} {b}\" in the cited lines"
    return None


def _meaning_problem(text: str, ev: Evidence) -> str | None:
    """The claim's verbs, adjectives, adverbs, modals and quantifiers are the cited lines' own, in
    any inflection. A model may add attribution ("says", "according to"), connectives and
    auxiliaries; a word it brings in must be a noun (and the coverage rule bounds those)."""
    for word in _judged_words(text, ev):
        if lexicon.is_negation(word) and not _modal_class(word):
            continue  # the negation check has these
        if modal := _modal_class(word):
            if modal not in ev.modals:
                return f"\"{word}\" is not in the cited lines (the modal verb must be the source's)"
            continue
        if word in numbers.WORDS or word.rstrip("s") in numbers.SCALES:
            continue  # the number check has these
        if ev.has(word) or not _carries_meaning(word, ev):
            continue
        return f"\"{word}\" is not in the cited lines (a verb, adjective or adverb must be the source's)"
    return None


def _carries_meaning(word: str, ev: Evidence) -> bool:
    if "-" in word.strip("-"):  # "counter-intelligence", "far-right": judged by their parts
        return any(_carries_meaning(p, ev) and not ev.has(p) for p in word.split("-") if p)
    return lexicon.can_carry_meaning(word.strip("'"))


# --- Relations: what a sentence pairs must be paired in one cited sentence ------------------------

@dataclass(frozen=True)
class Anchor:
    shown: str  # as the claim writes it
    key: object  # a name key, a figure key, a scale word, ("quote", words) or ("quote~", pattern)
    bracketed: bool


def _anchors(sentence: str, ev: Evidence) -> list[Anchor]:
    """The names, figures, scale words and quoted passages of one claim sentence."""
    spans = [(m.start(), m.end()) for m in BRACKETED.finditer(sentence)]

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in spans)

    out = [Anchor(m.group(1), _key_of(m.group(1)), inside(m.start())) for m in _names(sentence, ev)
           if _key_of(m.group(1)) not in STOPWORDS]
    for part, bracketed in ((BRACKETED.sub(" ", sentence), False), (" ".join(BRACKETED.findall(sentence)), True)):
        found, vague = numbers.parse(part)
        out += [Anchor(q.text, q.key, bracketed) for q in found]
        out += [Anchor(s, s, bracketed) for s in sorted(vague)]
        if bracketed:
            out += [Anchor(f"“{q.strip()}”", ("quote", " ".join(_words(q))), True) for q in _quotes(part)]
    for q in _quotes(sentence):  # a quote with a referent named inside it is held with its gap
        key = ("quote~", _bracketed_quote(q)) if "[" in q else ("quote", " ".join(_words(q)))
        out.append(Anchor(f"“{q.strip()}”", key, False))
    return out


def _holds(unit: Unit, key: object) -> bool:
    if isinstance(key, tuple) and key and key[0] == "quote":
        return f" {key[1]} " in unit.padded
    if isinstance(key, tuple) and key and key[0] == "quote~":
        return key[1].search(unit.padded) is not None
    if isinstance(key, tuple):
        return key in unit.figures
    if key in unit.keys or key in unit.scales:
        return True
    return isinstance(key, str) and any(p in unit.keys for p in key.split("-") if len(p) > 2)


def _relation_problem(text: str, ev: Evidence) -> str | None:
    """Each sentence of the claim rests on one sentence (or quoted passage) of one citation: the
    names, figures and quotes it pairs are together there, with most of its content words. So
    "The Siberian Battalion had 4,000 members" fails on the Legion's 4,000 and a Battalion line,
    and "Nikitin founded the Siberian Battalion" on a Nikitin line and a Battalion line."""
    for sentence in (part for whole in sentences.split_text(text) for part in _inside_quote_split(whole)):
        anchors = _anchors(sentence, ev)
        plain = [a for a in anchors if not a.bracketed]
        needed = _needed_stems(BRACKETED.sub(" ", sentence))
        if not needed and len(anchors) < 2:
            continue
        best: tuple[int, float, Unit | None] = (-1, 0.0, None)
        for p in ev.passages:
            for i in _candidates(p, plain, needed):
                u = p.units[i]
                held = sum(_holds(u, a.key) for a in plain)
                covered = sum(s in u.stems for s in needed) / len(needed) if needed else 1.0
                if held == len(plain) and covered >= MIN_COVERAGE and all(
                        _holds_in_source(ev, p, a.key) for a in anchors if a.bracketed):
                    break
                best = max(best, (held, covered, u), key=lambda b: b[:2])
            else:
                continue
            break
        else:
            return _relation_reason(plain, anchors, best, ev)
    return None


# A stop inside a quote: “We could not verify it. The Legion says 3,200,” [Dr Lund] says.
QUOTE_STOP = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z\[])")


def _inside_quote_split(sentence: str) -> list[str]:
    """A quote of several sentences, as its sentences: each rests on one cited sentence, as the
    claim's own sentences do (the whole quote is checked word for word on its own)."""
    marks = [i for i, ch in enumerate(sentence) if ch in "“”\""]
    if len(marks) != 2:
        return [sentence]  # (one quote only: the stops of two would not say where each ends)
    cuts = [m.start() for m in QUOTE_STOP.finditer(sentence, marks[0], marks[1])]  # inside it only
    return [sentence[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(sentence)], strict=True)]


def _needed_stems(text: str) -> set[str]:
    """Stems of a sentence's content words, less the attribution and connectives a model may add."""
    words = [w for w in (x.strip("'-").lower() for x in re.findall(r"[\w'-]+", text)) if w and w not in STOPWORDS]
    return {s for w, s in zip(words, stemmer().stemWords(words), strict=True)
            if not s.isdigit() and w not in lexicon.ALLOWED}


def _candidates(p: Passage, anchors: list[Anchor], needed: set[str]) -> list[int]:
    """Units that could carry a sentence: those holding its rarest name or figure (every anchor
    must be there), else those holding any of its words."""
    keyed = [p.postings.get(a.key, []) for a in anchors
             if not (isinstance(a.key, tuple) and a.key[0] in ("quote", "quote~"))]
    if keyed:
        return min(keyed, key=len)
    if needed:
        return sorted({i for s in needed for i in p.postings.get(s, [])})
    return list(range(len(p.units)))


def _holds_in_source(ev: Evidence, p: Passage, key: object) -> bool:
    """A bracketed word may name a referent from the lines the claim cites in the same source (the
    paragraph before: "[Vinnie] says"), or the source's own title and outlet ("[according to the
    Daily Express]"); never from another source."""
    same = [q for q in ev.passages if q.source == p.source]
    return any(_holds(u, key) for q in same for u in q.units) or (
        isinstance(key, str) and any(key in q.about for q in same))  # (a cited post header is in its passage's)


def _relation_reason(plain: list[Anchor], anchors: list[Anchor], best: tuple[int, float, Unit | None],
                     ev: Evidence) -> str:
    held, covered, unit = best
    if unit is None or held < len(plain):  # which cited sentence comes closest to holding them all
        units = {id(u): u for p in ev.passages for a in plain for i in p.postings.get(a.key, []) if (u := p.units[i])}
        if units:
            unit = max(units.values(), key=lambda u: sum(_holds(u, a.key) for a in plain))
            held = sum(_holds(unit, a.key) for a in plain)
    if unit is not None and held < len(plain):
        there = [a.shown for a in plain if _holds(unit, a.key)]
        missing = [a.shown for a in plain if not _holds(unit, a.key)]
        other = there[0] if there else next((a.shown for a in plain if a.shown != missing[0]), None)
        if other:
            return f"\"{missing[0]}\" and \"{other}\" are not in one cited sentence"
    if unit is not None and covered >= MIN_COVERAGE:
        shown = next((a.shown for a in anchors if a.bracketed), "")
        return f"bracketed \"{shown}\" is not in the cited lines of the article that holds the rest of the sentence"
    return f"its words are spread over several cited sentences (at most {covered:.0%} in any one)"


def _bracket_problem(claim: Claim, corpus: Corpus, source_text: str) -> str | None:
    """Words in [brackets] come from the cited lines or a cited article's title/outlet."""
    inserts = BRACKET.findall(claim.text)
    if not inserts:
        return None
    # Which article a bracket's words come from is the relation check's to judge (the same one
    # as the words around it); here: from the cited lines or a cited article's title or outlet.
    sources = {corpus.by_path(c.path).path: corpus.by_path(c.path) for c in claim.citations}.values()
    for src in sources:
        if src.host and src.outlet and _host_named(claim.text, src.outlet):
            return (f"[{src.outlet}] only hosts the words it cites (a transcript service, a forum): "
                    "it is not whose words they are")
    record = {re.sub(r"'s$", "", w) for w in _words(" ".join(
        [source_text, *(" ".join(x for x in _record(src) if x) for src in sources)]))}
    for insert in inserts:
        if m := OCR_SWAP.search(insert):
            return f"[{insert}] copies a misread word (\"{m.group(0)}\"): a bracket is the editor's, spelt right"
        missing = [w for w in _words(insert) if w not in record and w not in ATTRIBUTION
                   and re.sub(r"'s?$", "", w) not in record]  # "[the Institute for Conflict Studies’]"
        if missing:
            return f"\"{missing[0]}\" in [{insert}] is not in the cited lines or the article's title or outlet"
    return None


def _heading_problem(claim: Claim, corpus: Corpus) -> str | None:
    """A speaker named only by a debate record's speaker heading is the speaker of the paragraphs
    under that heading: "[Helen Atherby] says" of the minister's words, cited with Atherby's heading
    below them, gives the words to the wrong member."""
    inserts = BRACKET.findall(claim.text)
    for c in claim.citations if inserts else ():
        src = _source(corpus, c.path)
        if "debate speaker" not in src.skipped.values():
            continue
        cited = [n for x in claim.citations if x.path == c.path for n in range(x.line_start, x.line_end + 1)]
        heads = [n for n in cited if src.skipped.get(n) == "debate speaker"]
        if not heads:
            continue
        turns = records.turns([ln.strip() for ln in src.lines])
        owners = {turns[n - 1] + 1 for n in cited if n not in heads and n - 1 in turns}
        said = set(_words(" ".join([src.line(n) for n in cited if n not in heads]
                                   + [x for x in _record(src) if x])))
        for insert in inserts:
            words = [w for w in _words(insert) if w not in ATTRIBUTION]
            if not words or all(w in said for w in words):
                continue
            named = [h for h in heads if all(w in _words(src.line(h)) for w in words)]
            if named and not any(h in owners for h in named):
                return (f"[{insert}] is named by the speaker heading at line {named[0]}, but the cited words are "
                        f"not under it (a debate's paragraph is its heading's speaker's)")
    return None


# An FAQ's answer given with its question: 'To “Can I walk or cycle across?”, [Carnmoor County
# Council] says: “Yes, from Saturday 9 May, ...”'.
ANSWERED = re.compile(r"^To [“\"](?P<q>[^”\"]{2,300}\?)[”\"], \[[^\[\]]{1,120}\] says: "
                      r"[“\"](?P<a>[^”\"]{1,2000})[”\"]$")


def _answer_problem(claim: Claim, corpus: Corpus) -> str | None:
    """An answer printed with a question is the answer the page gives to that question: the question
    is a cited question line and the answer opens the first paragraph under it."""
    m = ANSWERED.match(claim.text.strip())
    if m is None:
        return None
    q, a = " ".join(m.group("q").split()), " ".join(m.group("a").split())
    for c in claim.citations:
        src = _source(corpus, c.path)
        for n in range(c.line_start, c.line_end + 1):
            if src.skipped.get(n) != "question" or kinds.question_of(src.line(n)) != q:
                continue
            k = n + 1
            while k <= len(src.lines) and not src.line(k).strip():
                k += 1
            paragraph = []
            while k <= c.line_end and src.line(k).strip():
                paragraph.append(src.line(k))
                k += 1
            under = " ".join(sentences.plain(sentences.join_lines(paragraph)).split())
            return None if under.startswith(a) else f"“{a}” is not the answer the page gives under “{q}”"
    return f"“{q}” is not a question the cited lines ask"


# A word an OCR misread with a digit for a letter: "Fe1dham", "Apri1", "0ctober". Left as it is in a
# quoted or extracted sentence, never copied into a bracket the briefing adds.
OCR_SWAP = re.compile(r"\b[A-Za-z]*[a-z][01][a-z][A-Za-z]*\b|\b[A-Z][a-z]{2,}[01]\b|\b0[a-z]{3,}\b")


def _host_named(text: str, outlet: str) -> bool:
    """Whether a bracket gives the words to `outlet`: "[according to CallScribe]", "[Agora] says"."""
    name = re.escape(re.sub(r"^the\s+", "", outlet.strip(), flags=re.I))
    return re.search(rf"\[according to\s+(?:the\s+)?{name}\]|\[(?:the\s+)?{name}\]\s+(?:says|said|reports|"
                     rf"reported|writes|wrote)\b", text, re.I) is not None


_PERSONS: dict[tuple[str, str], frozenset[str]] = {}


def _persons(src: Source) -> frozenset[str]:
    key = (src.path, src.sha256)
    if key not in _PERSONS:
        if len(_PERSONS) > MAX_CACHED:
            _PERSONS.clear()
        _PERSONS[key] = people(" ".join(src.line(n) for n in range(1, len(src.lines) + 1) if src.citable(n)))
    return _PERSONS[key]


_TEXTS: dict[tuple[str, str], str] = {}


def _citable_text(src: Source) -> str:
    """The source's citable lines, joined once per source: asked of every claim that cites it."""
    key = (src.path, src.sha256)
    if key not in _TEXTS:
        if len(_TEXTS) > MAX_CACHED:
            _TEXTS.clear()
        _TEXTS[key] = "\n".join(src.line(n) for n in range(1, len(src.lines) + 1) if src.citable(n))
    return _TEXTS[key]


def _letter_problem(claim: Claim, corpus: Corpus) -> str | None:
    """A letter's words are its writer's, never the paper's fact: a claim that cites a letter's
    lines says whose they are ("“...,” [Rhodri Watkin] writes."); an unsigned letter's, no one's."""
    for c in claim.citations:
        src = _source(corpus, c.path)
        letters = sentences.letters_of(src)
        for n in range(c.line_start, c.line_end + 1):
            if (letter := letters.get(n)) is None or not src.line(n).strip():
                continue
            if letter.writer is None:
                return f"cites {c.path}:{n}, an unsigned letter: no one's fact"
            if not all(w in claim.text for w in letter.writer.split()):
                return (f"someone's words: {c.path}:{n} is {letter.writer}'s letter "
                        f"(say so: “...,” [{letter.writer}] writes)")
    return None


def _talk_problem(claim: Claim, corpus: Corpus) -> str | None:
    """A wiki talk page holds its editors' comments on the article, never a fact to brief."""
    for c in claim.citations:
        if sentences.on_talk_page(_source(corpus, c.path)):
            return f"cites {c.path}, a wiki talk page: its editors' comments, no one's fact"
    return None


def _opens_a_sentence(word: str, claim: Claim, corpus: Corpus) -> bool:
    """Whether a cited line opens a sentence with `word` ("But Oksana says ..."): the article's own
    turn from a sentence the briefing may not print."""
    lines = " ".join(_source(corpus, c.path).line(n) for c in claim.citations
                     for n in range(c.line_start, c.line_end + 1))
    return re.search(rf"(?:^|[.!?…”\"]\s+|\s[-–—]\s+)\W*{re.escape(word)}\b", lines) is not None


def _standalone_problem(text: str, claim: Claim, corpus: Corpus) -> str | None:
    cited = [_source(corpus, c.path) for c in claim.citations]
    persons = frozenset().union(*(_persons(src) for src in cited))
    if (turn := CONNECTIVE.match(text)) and not _opens_a_sentence(turn.group(1), claim, corpus):
        text = text[turn.end():].lstrip(" ,")  # a connective the writer added between its own sentences
    if word := needs_context(text, persons):
        if word == "a broken phrase":
            return "a broken phrase: an article with nothing after it ('At the, ...'; cut it whole or not at all)"
        if word == "a question":
            return "a question states no fact (leave it out, or give the answer with its speaker)"
        if word == "a list label":
            return "a list label: a figure or date with a dash before what it is states no sentence (leave it out)"
        if word == "an instruction":
            return "an instruction to the page's reader states no fact (state what it says is required, and by whom)"
        if word == "a reply":
            return "a reply to a question the briefing does not print (give the answer whole, or leave it out)"
        if word == "a caveat alone":
            return "needs context: 'a caveat alone' (give it with the figure or claim it doubts, citing both)"
        return f"needs context: '{word}' (name it in brackets from the cited lines, or cite the sentence that names it)"
    if word := addressed(text):
        return (f"needs context: '{word}' (whom the sentence speaks to is the article's reader or addressee: "
                "say whose words they are, or leave it out)")
    for src in cited:
        if word := short_name_left(text, _citable_text(src)):
            return f"needs context: '{word}' (its article gives the name in full: name it in brackets from there)"
    # "Last week" of an article nobody can date reads as last week of the briefing: mis-dated.
    if not any(src.published for src in cited):
        if phrase := meta.undated_phrase(text):
            return (f"needs a date: '{phrase}' counts from the article's day, and the article gives no date "
                    "(leave it out)")
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
