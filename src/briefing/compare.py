"""The comparison an entities theme makes, for every engine: a table with one row per entity
and one column per aspect, the contrasts under it, and the figures that disagree.

Rows are the entities the theme names, each under its one canonical name with the names it
also goes by. Columns are the theme's subtopics. A sentence fills a cell only when one of
the aspect's `patterns` (themes.toml) matches it with the row's entity in the match: it must
*state* the aspect of that entity, not merely hold the column's word ("Ukrainian military
leaders" is not the unit's leadership). The cell is the clause that states it, cut from the
sentence and made to stand alone, and it is checked by the verifier before it is offered.
A source sentence is printed once: a cell whose only statements another cell prints already
points to that cell ("see Founding") instead of repeating it.
Under the table, the contrasts: aspects whose rows have different `values`, each stated as
the rows' cited sentences side by side, and sentences that themselves compare ("In contrast
to other volunteer units ..."), from the sentences the table does not print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from . import figures as figures_module
from . import meta
from .draft import Claim, Heading, Pointer, Repair, Section
from .referents import Resolved
from .retrieval import Scored
from .sentences import Sentence
from .standalone import CAVEAT, MEDIA, NOT_NAMES, SPEECH, _units_named, needs_context, people, strip_quotes
from .themes import CAPS, Entity, Subtopic, Theme, ThemeBook, aspect_pattern
from .verify import check

if TYPE_CHECKING:
    from .engines import Context
    from .engines.extractive import Writer

TABLE = "Comparison"
CONTRASTS = "How they differ"
EMPTY = "not in the sources"  # what an empty cell says (the template prints it)
CELL_WORDS = 32  # a cell is a short statement; a longer clause is left for the prose
MIN_PIECE = 5  # words: a cut shorter than this has lost its meaning
# Sentences that compare by themselves: one of them is a contrast as it stands.
COMPARATIVE = re.compile(r"\b(?:in contrast (?:to|with)|unlike|compared (?:to|with)|whereas|differs? from|"
                         r"different from|differences? (?:with|between|from))\b", re.I)
# Openings that may go when the clause after them states the aspect: a source to move into
# an attribution, a comparison, a sentence adverb, or a participle describing the subject.
ACCORDING = re.compile(r"^According to ([^,]{1,80}),\s+")
INTRO = re.compile(r"^(?:(?:In contrast (?:to|with)|Unlike|In addition to|Apart from|Besides)\b[^,]{0,80}|"
                   r"(?:Interestingly|However|Meanwhile|Today|Now|Recently|Still|Indeed)|"
                   r"(?!(?:According|During|Following|Including|Regarding|Concerning|Considering|Excluding|"
                   r"Notwithstanding|Pending|Barring)\b)[A-Z][a-z]+(?:ed|ing)\b[^,]{0,60}),\s+")
SEPARATOR = re.compile(r",\s+|\s+[–—]\s+|;\s+|:\s+")
# A tail that qualifies what comes before it is never cut off ("..., but only on paper").
KEEP_TAIL = re.compile(r"^\W*(?:but|although|though|yet|except|unless|if|only|until|while|whereas|not|never|"
                       r"despite|however)\b", re.I)
SPEAKER = re.compile(rf"^\W*(?:[\w’'.\[\]-]+\s+){{1,5}}?(?:{SPEECH})\b|according to", re.I)  # "[Bagnet] said"
# Whose words the clause before it is, set off in the middle: "..., [Oleg Petrov] said, while ...".
SAID_AFTER = re.compile(rf",\s+(?:[\w’'.\[\]-]+\s+){{1,5}}?(?:{SPEECH})\b(?=\s*[,;.!?]|\s*$)", re.I)
SAID_LAST = re.compile(rf",\s+(?:[\w’'.\[\]-]+,?\s+){{1,6}}?(?:{SPEECH})\s*[.!?]?\s*$", re.I)  # ", he said."
OPENING_UNIT = re.compile(r"^(?:This|It)\s+(?=(?:was|is|has|had|were)\b)")
# What opens a predicate: after an appositive ("The Corps, founded in 2022, is also under ...").
PREDICATE = re.compile(r"(?:also\s+|now\s+|still\s+|only\s+)?(?:is|was|are|were|has|had|have|fights|fought|"
                       r"keeps|kept|serves|served|operates|describes|numbers|counts|remains|became)\b")
# What follows a unit that opens its sentence as its subject: a verb, after an abbreviation in
# brackets or an appositive ("Kitezh, named after a legendary city, is the smallest ..."). A unit
# further into the sentence is its subject only when the verb follows at once.
SUBJECT_VERB = re.compile(r"[”\"»’']?(?:\s*\([^()]{1,40}\))?(?:,[^,;:]{3,160},)?\s+(?:\w+\s+)?"
                          r"(?:was|is|has|had|were|are)\b")


def columns(theme: Theme) -> tuple[str, ...]:
    return tuple(t.title for t in theme.subtopics)


def fields(theme: Theme) -> dict[str, str]:
    """A name for each column that a model's JSON answer can use as a key ("Who fights" ->
    "who_fights"), mapped to the column's title."""
    out: dict[str, str] = {}
    for i, a in enumerate(theme.subtopics, 1):
        key = re.sub(r"\W+", "_", a.title.lower()).strip("_")
        key = key if key.isidentifier() and key not in out and key != "unit" else f"aspect_{i}"
        out[key] = a.title
    return out


def rows_checked(sections: list[Section], theme: Theme, ctx: Context, notes: list[Repair]) -> list[Section]:
    """A model's table with its rows under their canonical names, and without the cells that are
    not about their row's entity as their cited lines say (each noted in the audit)."""
    rows = {e.name: e for e in ctx.book.rows(theme)}
    for section in sections:
        if section.kind != "table":
            continue
        kept = []
        for c in section.claims:
            row, _, col = c.label.partition("|")
            name = canonical(row, list(rows.values()))
            if name is None or not about(c, rows[name], ctx):
                notes.append(Repair("dropped", c.text, f"table cell is not about {name or row} as its cited lines say"))
                continue
            kept.append(replace(c, label=f"{name}|{col}"))
        section.claims = kept
        section.rows = headings(theme, ctx)
        with_material(section, sections, ctx)
    return [s for s in sections if s.claims]


def with_material(table: Section, sections: list[Section], ctx: Context) -> Section:
    """The table less the rows of entities found in the sources (not listed in a themes file)
    that hold no cell and head no key points: a name used twice is not yet something to brief."""
    said = {c.label.split("|", 1)[0] for c in table.claims if c.label} | {s.title for s in sections if s.claims}
    table.rows = tuple(h for h in table.rows if h.name not in ctx.book.found or h.name in said)
    return table


def headings(theme: Theme, ctx: Context) -> tuple[Heading, ...]:
    """Each row's canonical name, with the other names it goes by: the themes file's `aka`, else
    the aliases the sources use."""
    text = "\n".join(s.text for s in ctx.sentences).lower()
    out = []
    for e in ctx.book.rows(theme):
        if e.aka is not None:
            aka = tuple(e.aka)
        else:
            seen = {e.name.lower()}
            aka = tuple(a for a in e.aliases if a.lower() in text and not (a.lower() in seen or seen.add(a.lower())))
        out.append(Heading(e.name, aka))
    return tuple(out)


def canonical(name: str, rows: list[Entity]) -> str | None:
    """The row a name stands for ("Legion of Freedom of Russia" -> "Freedom of Russia Legion")."""
    key = name.strip().lower()
    for e in rows:
        if key in (n.lower() for n in (e.name, *e.aliases, *(e.aka or []))):
            return e.name
    return None


def about(claim: Claim, row: Entity, ctx: Context) -> bool:
    """Whether a cell is about its row's entity as its cited lines say: the cell names it, or
    names no entity and its cited lines name this one."""
    named = [n for n, _ in _units_named(claim.text, ctx.book.entity)]
    if named:
        return named[0] == row.name
    for c in claim.citations:
        src = ctx.corpus.by_path(c.path)
        lines = " ".join(src.line(n) for n in range(c.line_start, c.line_end + 1)) if src else ""
        if any(n == row.name for n, _ in _units_named(lines, ctx.book.entity)):
            return True
    return False


@dataclass(frozen=True)
class Found:
    """A sentence that states an aspect of a row's entity."""

    row: Entity
    aspect: Subtopic
    pattern: int  # which of the aspect's patterns matched: 0 is the most wanted
    sentence: Sentence
    score: float  # BM25 for the theme: on-theme breaks ties
    statement: Resolved  # the whole sentence standing alone, referents in brackets
    own: tuple[int, int]  # where the sentence itself is in statement.text (not its joined neighbours)
    match: tuple[int, int]  # the pattern's match in statement.text
    unit: tuple[int, int]  # where {unit} matched in statement.text
    aside: tuple[int, int] | None = None  # where {aside} matched: an appositive the cell leaves out
    # where (?P<restart>it) matched: "...; it describes itself as ...", the cell starts there, the
    # unit named in brackets for "it"
    restart: tuple[int, int] | None = None

    @property
    def key(self) -> tuple:
        return (self.pattern, len(self.statement.text.split()) > CELL_WORDS, -self.score, self.sentence.id)


# A unit named as what another is compared with, in the clause before it: "Unlike the Legion and
# the RDK, it does not answer to the HUR" says nothing of the Legion or the RDK.
CONTRASTED = re.compile(r"\b(?:unlike|in addition to|apart from|besides|instead of|compared (?:to|with)|than|like)\b",
                        re.I)
CLAUSE_START = re.compile(r"[,;:.–—]\s")
# A sentence that may be about a unit without naming it: "It was formed in October 2024 by ...".
OPENS_WITH_POINTER = re.compile(r"^(\W*)(?:(It|This|They)|(Its|Their))\b")
STAND_IN = "Unitname"  # an opening "It" as a unit's name would read, for a cheap first test


def _stand_in(text: str) -> str:
    return OPENS_WITH_POINTER.sub(lambda m: m.group(1) + STAND_IN + ("’s" if m.group(3) else ""), text, count=1)


def find(theme: Theme, ctx: Context, ranked: list[Scored] | None = None) -> list[Found]:
    """Every (row, aspect, sentence) where the sentence states that aspect of that row. The
    sentences are those the theme's terms rank (near-duplicates dropped), then those they do not
    rank that name a row's unit or open with "It" or "This": a pattern that matches with the
    unit in it is about the theme whatever its words ("It was announced in March 2022 and fights
    under the HUR" has no term of the units theme)."""
    rows = ctx.book.rows(theme)
    ranked = ctx.index.rank(theme) if ranked is None else ranked
    seen = {r.sentence.id for r in ranked}
    names = _pattern_of(tuple(sorted({n for e in rows for n in (e.name, *e.aliases, *(f"the {g}" for g in e.generic))},
                                     key=len, reverse=True)))
    # Which of them could state an aspect once "It" is named, tried on the text as it stands: a
    # pattern's {unit} here is any row's name or a pointer ("It", "the battalion"). Making a
    # sentence stand alone costs far more than a regular expression.
    loose = Entity(name=STAND_IN, aliases=[STAND_IN, *{n for e in rows for n in (e.name, *e.aliases)}],
                   generic=sorted({g for e in rows for g in e.generic}))
    rules = [aspect_pattern(p, loose) for a in theme.subtopics for p in a.rules()]
    texts = {r.sentence.text for r in ranked}  # a copy of a sentence already tried (syndication) is not tried again
    unranked = [Scored(s, 0.0, None) for s in ctx.index.sentences
                if s.id not in seen and s.text not in texts and not texts.add(s.text)
                and (names.search(s.text) or OPENS_WITH_POINTER.match(s.text))
                and any(r.search(_stand_in(s.text)) for r in rules)]
    out: list[Found] = []
    for r in [*ranked, *unranked]:
        s = r.sentence
        done = _statement(s, ctx)
        if done is None:
            continue
        statement, own = done
        subject = _units_named(statement.text, ctx.book.entity)
        if not subject:
            continue
        for row in rows:
            if row.name not in (n for n, _ in subject):
                continue
            for aspect in theme.subtopics:
                for k, pattern in enumerate(aspect.rules()):
                    m = _search(aspect_pattern(pattern, row), statement.text, own)
                    if m is None:
                        continue
                    named = m.group("unit") if "unit" in m.re.groupindex else None
                    unit = m.span("unit") if named else m.span()
                    if not (named and _names(named, row)) and subject[0][0] != row.name:
                        continue  # "the unit", or no {unit} in the pattern: only the sentence's subject
                    if named and CONTRASTED.search(CLAUSE_START.split(statement.text[:unit[0]])[-1]):
                        continue  # "Unlike the Legion, it serves within ...": what follows is another unit's
                    aside = m.span("aside") if "aside" in m.re.groupindex and m.group("aside") else None
                    restart = m.span("restart") if "restart" in m.re.groupindex and m.group("restart") else None
                    out.append(Found(row, aspect, k, s, r.score, statement, own, m.span(), unit, aside, restart))
                    break
    return out


@lru_cache(maxsize=16)
def _pattern_of(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.I)


def _formation_noun(name: str) -> bool:
    """Whether a unit's name ends in a formation noun ("Siberian Battalion", "RDK" as the Corps)."""
    return bool(re.search(rf"\b{UNIT_NOUN}s?$|\b(?:Legion|Corps|Company|Group|Squadron|Division|Platoon)$", name,
                          re.I)) or name.isupper()


def _search(pattern: re.Pattern, text: str, own: tuple[int, int]) -> re.Match | None:
    """The pattern's first match inside the sentence itself (`own`), not in a joined neighbour.
    A pattern's "^" is the start of the statement as the briefing prints it."""
    return pattern.search(text, own[0], own[1])


def _names(text: str, row: Entity) -> bool:
    low = text.lower()
    return any(n.lower() in low for n in (row.name, *row.aliases))


def _statement(s: Sentence, ctx: Context) -> tuple[Resolved, tuple[int, int]] | None:
    """`s` standing alone (a caveat after it kept, nothing else joined forward), and where its own
    text is in the result. "This was founded by ..." after a sentence whose subject is one unit
    becomes "[The Russian Volunteer Corps] was founded by ..."."""
    done = ctx.referents.resolve(s, lambda x: x.whole, lambda x: False)
    if done is None or done.sentences[0] is not s:
        named = _opening_unit(s, ctx)
        if named is not None:
            done = named
    if done is None:
        return None
    after = done.sentences[done.sentences.index(s) + 1:]
    end = len(done.text) - sum(len(x.text) + 1 for x in after)
    start = 0 if done.sentences[0] is s else done.text.rfind(s.text, 0, end)
    return done, (max(start, 0), end)


def _opening_unit(s: Sentence, ctx: Context) -> Resolved | None:
    """ "This was founded by Denis Nikitin" right after a sentence whose subject (the unit, then a
    verb) is one entity: that entity, named in brackets from the sentence before."""
    m = OPENING_UNIT.match(s.text)
    refs = ctx.referents
    if m is None:
        return None
    group = refs.by_source[s.source]
    i = refs.pos[s.id]
    if i == 0 or group[i - 1].block != s.block:
        return None
    prev = group[i - 1]
    named = _units_named(prev.text, ctx.book.entity)
    if not named:
        return None
    alias = named[0][1]
    at = prev.text.find(alias)
    after = prev.text[at + len(alias):]
    if not (SUBJECT_VERB.match(after) if at <= 4 else re.match(r"[”\"»’']?\s+(?:\w+\s+)?(?:was|is|has|had|were|are)\b",
                                                              after)):
        return None  # the unit is not what the sentence before is about
    # "the Siberian Battalion", but "Kitezh": a name with no formation noun takes no article
    # unless its article gives it one
    bare = prev.text[max(0, at - 4):at].lower() != "the " and not _formation_noun(alias)
    name = alias if alias.lower().startswith("the ") or bare else f"the {alias}"
    text = f"[{name[0].upper()}{name[1:]}] {s.text[m.end():]}"
    if needs_context(text, refs.persons_for(s.source)):
        return None
    return Resolved(text, (s,), (prev,))


# -- cells ------------------------------------------------------------------------------------

def cell(f: Found, ctx: Context, writer: Writer) -> tuple[Claim, Resolved] | None:
    """The clause of `f` that states its aspect, standing alone and passing the verifier; else
    the whole statement when it is short and passes; else None."""
    stated = _stated(f)
    for done in (ctx.referents.in_time(_cut(f, ctx)), ctx.referents.in_time(f.statement)):
        if done is None or len(done.text.split()) > CELL_WORDS or stated - _word_set(done.text):
            continue  # (an undated "Formed six months ago" cut away no longer states the founding)
        if f.aspect.figures and _doubted(f, done, ctx) is not None:
            return None  # printed without the caveat or rival figure its article gives, it misleads
        claim = writer.attributed(writer.claim_of(done))
        if check(claim, ctx.corpus) is None and about(claim, f.row, ctx):
            return claim, done  # and what it rests on: used only if the table prints it
    return None


RIVAL_WINDOW = 6  # sentences: a rival figure further away is about something else
FIGURE_WORDS = re.compile(r"\b(?:figures?|numbers?|size|strength|estimates?|count|headcount)\b", re.I)


# A caveat that says whose figures it doubts: "the ministry's figures", "Dashiyev's", "for the raid".
WHOSE = re.compile(rf"(?<![\w’'-])[{CAPS}][\w’'-]+|\w+[’']s?\b|\b(?:for|of|on|about|in)\s+(?:the|its|their)\s+\w+")


def _doubted(f: Found, done: Resolved, ctx: Context):
    """The sentence of the cell's article that doubts or rivals its headcount and that the cell
    does not carry: a caveat about the figures that names this unit or no one ("could not verify
    either figure for the Legion's size"; not "the ministry's figures or Dashiyev's"), or another
    figure for the same people near it ("fewer than 800 legionnaires were at the front")."""
    group = ctx.referents.by_source[f.sentence.source]
    names = [n.lower() for n in (f.row.name, *f.row.aliases, *f.row.generic)]
    for x in group:
        if x in done.sentences or not (m := CAVEAT.search(x.text)):
            continue
        tail = strip_quotes(x.text[m.end():])
        if not FIGURE_WORDS.search(tail):
            continue
        if any(n in tail.lower() for n in names) or not WHOSE.search(tail):
            return x
    at = ctx.referents.pos[f.sentence.id]
    stated = {figures_module._key(v) for v in _figures_in(done.text)}
    for x in group[max(0, at - RIVAL_WINDOW):at + RIVAL_WINDOW + 1]:
        if x in done.sentences:
            continue
        for m in figures_module.PATTERNS[0].finditer(strip_quotes(x.text)):
            after = x.text[m.end():m.end() + 40].lower()
            noun = m.group(0).split()[-1].lower()
            if figures_module._key(m.group("qty")) not in stated and (noun in names or any(
                    re.match(rf"\W*(?:\w+\s+){{0,2}}?(?:of|in|with)\s+(?:the\s+)?{re.escape(n)}\b", after)
                    for n in names)):
                return x
    return None


def _figures_in(text: str) -> list[str]:
    return [m.group("qty") for p in figures_module.PATTERNS for m in p.finditer(text)]


def _stated(f: Found) -> set[str]:
    """The words that state the aspect, less a relative date that in_time may cut and an
    appositive the cell leaves out (or all between the unit and where the cell restarts)."""
    text = f.statement.text
    a0, a1 = f.aside or ((f.unit[1], f.restart[1]) if f.restart else (f.match[1], f.match[1]))
    head = text[f.match[0]:a0]
    if f.restart:  # "The Russian Volunteer Corps (RDK)": the cell names it without the abbreviation
        head = re.sub(r"\s*\([^()]*\)$", "", head)
    return _word_set(meta.RELATIVE.sub(" ", head + " " + text[a1:f.match[1]]))


def _word_set(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _cut(f: Found, ctx: Context) -> Resolved | None:
    """The clause holding the match: an opening source becomes "[according to X]", an opening
    phrase that is not the statement goes, and so does a tail after the match that neither
    qualifies it nor says whose it is. The unit named in brackets where the cut lost it."""
    text = f.statement.text
    lo, hi = f.own
    if f.statement.sentences[-1] is not f.sentence:
        return None  # a caveat follows: the sentence stays whole, with it
    own = text[lo:hi]
    m0, m1 = f.match[0] - lo, f.match[1] - lo
    aside = f.aside is not None and lo <= f.aside[0] and f.aside[1] <= hi
    if aside:  # "The Legion, the largest of the units, claims ..." -> "The Legion claims ..."
        own = own[:f.aside[0] - lo] + own[f.aside[1] - lo:]
        m1 -= f.aside[1] - f.aside[0]
    start, source, named = 0, None, None
    if f.restart is not None and not aside and lo <= f.restart[0] < hi:
        # "The Corps ... keeps its own politics; it describes itself as ..." -> "[The Corps] describes itself as ..."
        start = f.restart[0] - lo
        named = re.sub(r"\s*\([^()]*\)$|[’']s$", "", text[f.unit[0]:f.unit[1]].strip("[]"))
        own = own[:start] + f"[{named}]" + own[f.restart[1] - lo:]
        m1 += len(named) + 2 - (f.restart[1] - f.restart[0])
    elif (a := ACCORDING.match(own)) and a.end() <= m0:
        start, source = a.end(), _short_source(a.group(1))
    elif (i := INTRO.match(own)) and i.end() <= min(m0, f.unit[0] - lo):
        start = i.end()
    end = len(own)
    for sep in SEPARATOR.finditer(own, m1):
        tail = own[sep.start():]
        if KEEP_TAIL.match(own[sep.end():]) or SPEAKER.search(tail.lstrip(",;:–— ")) and not _predicate(own, sep) \
                or SAID_LAST.search(tail):
            break  # (nor one that ends on whose words they are: "... Finland, Georgia and Poland, he said.")
        if _in_list(own, sep):
            continue  # "keeps its own command, | flag and politics": a list is not cut
        piece = own[start:sep.start()]
        if PREDICATE.match(own[sep.end():]) and len(own[start:].split()) > 1:
            # "The Corps, founded in August 2022, | is also under the HUR": the cut would leave a
            # subject without its verb; the verb's clause comes along when the cell has room
            nxt = next((x for x in SEPARATOR.finditer(own, sep.end()) if not _in_list(own, x)), None)
            longer = own[start:nxt.start() if nxt else len(own)]
            if len(longer.split()) <= CELL_WORDS and _balanced(longer):
                end = len(own) if nxt is None else nxt.start()
                break
        if _balanced(piece) and len(piece.split()) >= MIN_PIECE:
            end = sep.start()
            break
    if end < len(own) and (said := SAID_AFTER.search(own, end)):
        end = said.end()  # the cut keeps whose words they are: "... more mistakes", [Oleg Petrov] said."
    if start == 0 and end == len(own) and source is None and not aside:
        return None
    piece = own[start:end].strip()
    first = 1 if piece.startswith("[") else 0  # "[the Russian Volunteer Corps] stands for ..."
    piece = piece[:first] + piece[first].upper() + piece[first + 1:]
    if not piece.endswith((".", "!", "?", "”", "\"", "»")):
        piece = piece.rstrip(",;:–— ") + "."
    if source:  # "According to [Varyag], ..." was itself a repair: one bracket, not two
        piece = f"{piece[:-1]} [according to {source.strip('[]')}]{piece[-1]}"
    if lo or named:  # the sentence before was joined for its referent: the cut must name it itself
        if needs_context(piece, ctx.referents.persons_for(f.sentence.source)):
            return None
        return Resolved(piece, (f.sentence,))
    return Resolved(piece, f.statement.sentences, f.statement.names)


def _in_list(own: str, sep: re.Match) -> bool:
    """Whether a comma is inside a list the words after it end ("command, flag and politics")."""
    return sep.group(0).startswith(",") and bool(LIST_END.match(own, sep.end()))


LIST_END = re.compile(r"(?:[\w’'-]+\s+){0,3}?(?:and|or)\s+(?:its\s+|their\s+|the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
                      r"\s*(?:[.;:]|$)")


def _predicate(own: str, sep: re.Match) -> bool:
    """ "Caesar – the unit's spokesman – explains: ...": the tail's verb has the head as its
    subject, so cutting it drops no attribution of the head."""
    return bool(re.match(rf"\W*(?:{SPEECH})\b", own[sep.end():]))


def _short_source(text: str) -> str:
    """ "the private Ukrainian news agency UNIAN" -> "UNIAN"; «Meduza» -> "Meduza"."""
    words = re.sub(r"[«»“”\"]", "", text).split()
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        tail.insert(0, w)
    return " ".join(tail) or " ".join(words)


def _balanced(text: str) -> bool:
    pairs = (("“", "”"), ("«", "»"), ("[", "]"), ("(", ")"))
    return all(text.count(a) == text.count(b) for a, b in pairs) and text.count('"') % 2 == 0


def table(theme: Theme, ctx: Context, found: list[Found], writer: Writer,
          figures: list[Section] = ()) -> Section:
    """The table: for each row and aspect the best cell its sentences give that no other cell
    prints (the same sentence, however cut, is the same statement); where every one is printed,
    a pointer to the cell that prints it. A headcount column leaves out the sentences whose
    figures are flagged as disagreeing (they are listed there). `writer.used` ends as the
    sentences the cells print."""
    flagged = {(s.about, c.path, c.line_start, c.line_end) for s in figures for claim in s.claims
               for c in claim.citations}
    by_cell: dict[tuple[str, str], list[Found]] = {}
    for f in sorted(found, key=lambda f: f.key):
        label = f"{f.row.name}|{f.aspect.title}"
        if any((label, c.path, c.line_start, c.line_end) in flagged
               for x in f.statement.sentences for c in [ctx.citation(x)]):
            continue
        by_cell.setdefault((f.row.name, f.aspect.title), []).append(f)
    claims: list[Claim] = []
    pointers: list[Pointer] = []
    undated: list[tuple[str, str]] = []
    held: dict[str, str] = {}  # source sentence id -> the cell ("row|column") that prints it
    for row in ctx.book.rows(theme):
        # Columns with the fewest candidates choose first, so a sentence that states two
        # aspects goes where nothing else could.
        order = sorted(theme.subtopics, key=lambda a: len(by_cell.get((row.name, a.title), [])))
        cells: dict[str, Claim] = {}
        for aspect in order:
            label = f"{row.name}|{aspect.title}"
            shown = None  # the cell that prints this one's best statement already
            for f in by_cell.get((row.name, aspect.title), []):
                if (made := cell(f, ctx, writer)) is None:
                    continue
                c, done = made
                ids = [x.id for x in done.sentences]
                if (at := next((held[i] for i in ids if i in held), None)) is not None:
                    other = at.split("|", 1)[1] if at.startswith(f"{row.name}|") else None
                    target = cells.get(other) if other else None
                    if target is None or _stated(f) <= _word_set(target.text):
                        shown = shown or at  # the same sentence, however cut, is the same statement
                        continue
                    if _word_set(target.text) - {"according", "to"} <= _word_set(c.text):
                        cells[other] = c  # the longer cut states both: it takes the cell, this one points there
                        pointers.append(Pointer(label, at))
                        shown = None
                        break
                    if not _apart(c.text, target.text, row):
                        continue  # the two cuts say much the same, and that one does not state this aspect
                    # else another clause of the sentence ("...; it describes itself as ..."): a cell of its own
                cells[aspect.title] = c
                held.update((i, label) for i in ids)
                writer.used.update(ids)
                break
            else:
                if shown is not None:  # in the sources, printed once: say where
                    pointers.append(Pointer(label, shown))
                elif phrase := _undatable(by_cell.get((row.name, aspect.title), []), ctx):
                    undated.append((label, phrase))
        claims += [Claim(c.text, c.citations, f"{row.name}|{a.title}")
                   for a in theme.subtopics if (c := cells.get(a.title))]
    return Section(TABLE, "table", claims, columns=columns(theme), rows=headings(theme, ctx),
                   pointers=tuple(pointers), undated=tuple(undated))


def _apart(text: str, other: str, row: Entity) -> bool:
    """Whether two cuts of one sentence say different things: under half of this one's words,
    the unit's name aside, are in the other."""
    name = _word_set(" ".join((row.name, *row.aliases)))
    words = _word_set(text) - name - {"the", "according", "to"}
    return bool(words) and len(words & _word_set(other)) < len(words) / 2


def _undatable(found: list[Found], ctx: Context) -> str | None:
    """The relative date ("six months ago") that kept a cell's only statements out: they count
    from the day of an article whose date nobody knows."""
    for f in found:
        if ctx.referents.in_time(f.statement) is f.statement:
            continue  # nothing to cut, or a dated article: not why the cell is empty
        stated = f.statement.text[f.match[0]:f.match[1]]  # "Formed six months ago", "currently consists of"
        if phrase := meta.undated_phrase(stated) or meta.undated_phrase(f.statement.text):
            return phrase
    return None


# -- contrasts --------------------------------------------------------------------------------

def contrasts(theme: Theme, ctx: Context, found: list[Found], writer: Writer) -> list[list[Claim]]:
    """Groups of cited sentences that state a difference, each labelled with its aspect: for an
    aspect with `values`, one row per value when rows differ; then sentences that compare by
    themselves. A group is a pair or more; a comparative sentence stands alone."""
    groups: list[list[Claim]] = []
    for aspect in theme.subtopics:
        if not aspect.values:
            continue
        picked: dict[str, Found] = {}  # value label -> the row's statement
        rows_done: set[str] = set()
        for f in sorted((f for f in found if f.aspect is aspect), key=lambda f: f.key):
            if f.row.name in rows_done:
                continue
            value = next((v for v in aspect.values if any(aspect_pattern(p, f.row).search(f.statement.text)
                                                          for p in v.patterns)), None)
            if value is not None and value.label not in picked:
                picked[value.label] = f
                rows_done.add(f.row.name)
        if len(picked) < 2:
            continue
        pairs = [(f, c) for f in picked.values() if (c := _whole(f, ctx, writer, aspect.title))]
        if len(pairs) >= 2:
            groups.append([c for _, c in pairs])
            for f, _ in pairs:
                writer.used.update(x.id for x in f.statement.sentences)
    for f in sorted(found, key=lambda f: f.key):
        if COMPARATIVE.search(strip_quotes(f.statement.text)) and (c := _whole(f, ctx, writer, f.aspect.title)):
            writer.used.update(x.id for x in f.statement.sentences)
            groups.append([c])
    return groups


def _whole(f: Found, ctx: Context, writer: Writer, label: str) -> Claim | None:
    """The statement as a sentence of the briefing, if none of its sentences is used yet."""
    if any(x.id in writer.used for x in f.statement.sentences):
        return None
    done = ctx.referents.in_time(f.statement)
    if done is None:
        return None
    claim = writer.attributed(writer.claim_of(done))
    return replace(claim, label=label) if check(claim, ctx.corpus) is None else None


# -- figures that disagree ----------------------------------------------------------------------

def untabled(figures: list[Section], table: Section | None) -> list[Section]:
    """The disagreements less a founding head-count the table's Founding cell already states (it
    is how the unit began, not a rival size); a section left with one source goes."""
    cells = table.claims if table is not None else []

    def tabled(c: Claim) -> bool:
        value = (c.label or "").removesuffix(" at founding")
        lines = {(x.path, x.line_start) for x in c.citations}
        return value != (c.label or "") and any(
            value in cell.text and lines & {(x.path, x.line_start) for x in cell.citations} for cell in cells)

    out = []
    for section in figures:
        claims = [c for c in section.claims if not tabled(c)]
        if len({c.citations[0].path for c in claims}) >= 2:
            out.append(replace(section, claims=claims))
    return out


def figures(theme: Theme, ctx: Context, writer: Writer) -> list[Section]:
    """'Where sources disagree': each row's size figures from two or more sources, each in a
    sentence that names the unit as it reads in the briefing, its caveat kept. Each section says
    which table cell it flags: the row and the aspect marked `figures` in the themes file."""
    column = next((a.title for a in theme.subtopics if a.figures), None)
    rows = {e.name for e in ctx.book.rows(theme)}
    sections = []
    for entity, figs in ctx.disagreements.items():
        if entity not in rows:
            continue
        claims, sources = [], set()
        for f in figs:
            s = ctx.index.sentences[f.sentence_index]
            done = writer.resolve(s)
            named = _units_named(done.text, ctx.book.entity) if done else []
            if done is not None and not named:
                done = writer.name_unit(done, s, f.value)  # "4,000 [in the Legion of Freedom of Russia]"
                named = _units_named(done.text, ctx.book.entity) if done else []
            if not named or named[0][0] != entity:
                continue  # the figure is not about this unit as the sentence reads in the briefing
            c = writer.use(done)
            label = f"{f.value} at founding" if f.founding else f"{f.value} signed up" if f.signed_up else f.value
            claims.append(Claim(c.text, c.citations, label=label))
            sources.add(s.source)
        if len(sources) >= 2:
            sections.append(Section(f"Where sources disagree: size of the {entity}", "disagreement", claims,
                                    about=f"{entity}|{column}" if column else None))
    return sections


# -- entities no themes file lists --------------------------------------------------------------

# Words that open a capitalised run without being part of a name: "Russians Join The Baikal Company".
NOT_NAME_WORDS = NOT_NAMES | {"A", "An", "For", "From", "With", "By", "Of", "To", "Into", "Join", "Joins", "Left",
                              "Leave", "Leaves", "Says", "Said", "New", "Old", "Whole", "Entire", "Same", "Own"}
# Words that describe a formation rather than name it: "the Foreign Volunteer Brigade" is a name,
# "the Separate Brigade" is not.
DESCRIPTIVE = {"Foreign", "International", "Special", "Separate", "National", "Volunteer", "Volunteers", "Other",
               "First", "Second", "Third", "Territorial", "Defence", "Defense", "Assault", "Rifle", "Motorized",
               "Motorised", "Mechanized", "Mechanised", "Infantry", "Tank", "Army", "Regular", "Elite", "Combined"}
# What introduces a name as a unit's: "The Baikal Company was formed ...", "the Kama Battalion, a new unit".
FORMED_NEXT = re.compile(r"^\W{0,3}(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:formed|founded|established|set up|"
                         r"created|launched)\b|^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:unit|formation|battalion|company|"
                         r"brigade|regiment|detachment|squadron|militia|legion|corps)\b", re.I)
NAME_WORD = re.compile(rf"^[{CAPS}][\w’'-]*$")
# A unit named without a formation noun: "Pereprava, a unit of Russian volunteers that ...",
# "Kitezh, the small unit of former police officers that ...", "a small Russian volunteer unit
# called Pereprava", "Svetloyar, named after a lake, is the youngest of the formations", "the
# unit Ledokol says ..."; and its later "the Pereprava unit".
UNIT_NOUN = r"(?:unit|detachment|formation|battalion|brigade|regiment|militia)"
BARE_NAME = rf"[{CAPS}][\w’'-]+(?:\s+[{CAPS}][\w’'-]+){{0,2}}"
# What may stand between a name and its description: its translation ("the Kuznya (Tagil Forge),
# a repair unit", "the Kuznya (Кузня «Тагил», “the Tagil Forge”) is a unit"); and a quoted second
# word ("the Kuznya «Tagil», a unit"), taken out first so that "Tagil" is not read as a name.
EPITHET = r"(?:\s+\([^()]{1,80}\))?"
QUOTED_EPITHET = re.compile(r"(?<=[\w])\s+[«“][^«»“”]{1,40}[»”](?=\s*[(,])")
BARE_UNIT_INTRO = re.compile(
    rf"(?<![\w’'-])(?:[Tt]he\s+)?(?P<a>{BARE_NAME}){EPITHET},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{UNIT_NOUN}\s+"
    rf"(?:of|that|which|made up|formed|set up|founded|fighting|attached)\b|"
    rf"\b{UNIT_NOUN}\s+(?:called|named|known as)\s+[“\"«]?(?P<b>{BARE_NAME})|"
    # the subject of "is the youngest of the formations", an appositive between
    rf"(?:^\W*|:\s+)(?:[Tt]he\s+)?(?P<c>{BARE_NAME})(?:,[^,;:]{{3,160}},|\s+\([^()]{{3,160}}\))?\s+(?:is|was)\s+"
    rf"(?:the|a|an|one of the)\s+(?:[\w-]+\s+){{0,5}}?"
    rf"{UNIT_NOUN}s?\b(?![’'-])|"
    # "the unit Ledokol says", "the volunteer unit Ledokol, which ..."
    rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{UNIT_NOUN}\s+(?P<d>{BARE_NAME})(?=\s*[,.;:)]|\s+(?:is|was|has|had|says|said|"
    rf"which|that|claims|gives)\b)")
BARE_UNIT_USE = re.compile(rf"\bthe\s+(?P<n>{BARE_NAME})\s+{UNIT_NOUN}\b")
# What a unit has or what is done to it, named by its name alone: "Kitezh's commander", "joined
# Ledokol in June", "co-founded Ledokol". Each is also said of people ("Orlova's commander",
# "joined her husband"), so it counts only for a name that is no person's, in two sentences.
BARE_UNIT_CUE = re.compile(
    rf"(?<![\w’'-])(?P<a>{BARE_NAME})[’']s\s+(?:(?:deputy|former|new)\s+)?(?:commander|founder|fighters|recruits|"
    rf"members|ranks|press service|spokesman|spokeswoman)\b|"
    rf"\b(?:co-founded|founded|joined|join|joining|serves? with|served with|fights? (?:with|for|in))\s+"
    rf"(?P<b>{BARE_NAME})\b(?![’']s)")
# Names the sources use for places: "the town of Vyshgorod", "the Kharkiv region".
PLACE = re.compile(rf"\b(?:city|town|village|region|district|province|oblast)\s+of\s+(?P<a>{BARE_NAME})|"
                   rf"(?P<b>{BARE_NAME})\s+(?:region|oblast|province|district)\b", re.I)
NOT_UNIT_NAMES = {  # a unit's description or a determiner, not its name
    "Russian", "Ukrainian", "Belarusian", "Chechen", "Georgian", "Polish", "British", "American", "Kyiv",
    "Moscow", "Ukraine", "Russia", "The", "This", "That", "Its", "Their",
    # pronouns that open a sentence: "Theirs is the only unit ..." names none
    "Theirs", "Ours", "Mine", "Yours", "His", "Hers", "It", "They", "We", "He", "She", "These", "Those", "Each"}
NOT_BARE = NOT_NAME_WORDS | DESCRIPTIVE | MEDIA | NOT_UNIT_NAMES


def discovered(book: ThemeBook, sentences: list[Sentence], chosen: list[Theme]) -> ThemeBook:
    """The book with the entities the sources name that no themes file lists, for the chosen
    entities themes that `discover` them: a capitalised name ending in one of their head nouns
    ("the Baikal Company"), used as a name (outside quotes) in two sentences or more, or in one
    that introduces it ("... was formed in ..."). Not "a battalion" or "the Azov-style brigade"
    (no name), not a name the file lists, nor an outlet's ("Northern Dispatch Media Group")."""
    nouns = {n.capitalize() for t in chosen if t.sections == "entities" for n in t.discover}
    if not nouns:
        return book
    listed = sorted({a for e in book.entity for a in (e.name, *e.aliases)}, key=len, reverse=True)
    head = re.compile(rf"(?<![\w’'-])({'|'.join(sorted(nouns))})(?![\w’-]|'\w)")
    seen: dict[str, set[str]] = {}  # name -> ids of the sentences that name it
    introduced: set[str] = set()
    for s in sentences:
        text = strip_quotes(s.text)
        for alias in listed:
            text = text.replace(alias, " ")
        for m in head.finditer(text):
            name = _name_before(text[:m.start()], m.group(1))
            if name is None:
                continue
            seen.setdefault(name, set()).add(s.id)
            if FORMED_NEXT.match(text[m.end():]):
                introduced.add(name)
    names = [n for n, ids in seen.items() if len(ids) >= 2 or n in introduced]
    bare = _bare_names(sentences, listed, set(names))
    if not names and not bare:
        return book
    # "the so-called Druzhina" in one article is the "Kama Druzhina" another names in full
    short = {n: longer[0] for n in bare if len(longer := [m for m in {*names, *bare} if m.endswith(f" {n}")]) == 1}
    bare = set(bare) - short.keys()
    names = sorted(names) + sorted(bare)
    new = [Entity(name=n, aliases=[n, *sorted(k for k, v in short.items() if v == n)],
                  generic=["unit"] if n in bare else [n.split()[-1].lower()], aka=[]) for n in names]
    return book.model_copy(update={"entity": [*book.entity, *new], "found": [*book.found, *names]})


def _bare_names(sentences: list[Sentence], listed: list[str], known: set[str]) -> set[str]:
    """Units whose name has no formation noun, as their articles present them: introduced as one
    ("Pereprava, a unit of Russian volunteers that clears mines", "a small volunteer unit called
    Pereprava", "Kitezh, named after a legendary city, is the smallest formation", "the unit
    Ledokol says"), named twice as "the Pereprava unit", or given a unit's commander, founders
    or recruits in two sentences ("Kitezh's commander", "joined Kitezh in 2025"). Not
    "Ukrainian" or "Russian" (a unit's description), a person, or a place."""
    by_source: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    persons = {src: people(" ".join(x.text for x in group)) for src, group in by_source.items()}
    places = {m.group("a") or m.group("b") for s in sentences for m in PLACE.finditer(s.text)}
    introduced, counted, cued = set(), {}, {}
    for s in sentences:
        text = strip_quotes(QUOTED_EPITHET.sub("", s.text))
        for alias in listed:
            text = text.replace(alias, " ")
        for m in BARE_UNIT_INTRO.finditer(text):
            name = next(n for n in m.groups() if n)
            if _is_bare_name(name, known) and name not in places:
                introduced.add(name)
        for m in BARE_UNIT_USE.finditer(text):
            if _is_bare_name(m.group("n"), known) and m.group("n") not in places:
                counted.setdefault(m.group("n"), set()).add(s.id)
        for m in BARE_UNIT_CUE.finditer(text):
            name = m.group("a") or m.group("b")
            # a person has a commander and joins people too ("Orlova's commander"); a unit that
            # speaks ("Ledokol says") reads as a person, but its introduction above settles it
            if _is_bare_name(name, known) and name not in places and not (
                    name in persons[s.source] or any(w in persons[s.source] for w in name.split())):
                cued.setdefault(name, set()).add(s.id)
    return introduced | {n for n, ids in counted.items() if len(ids) >= 2} | \
        {n for n, ids in cued.items() if len(ids) >= 2}


# A verb that opens a sentence ("Watch Kedr ..."), but a name's second word ("the Amur Watch").
IMPERATIVE = {"Ask", "Tell", "Meet", "Call", "Listen", "Watch", "Read", "See", "Let", "Take"}


def _is_bare_name(name: str, known: set[str]) -> bool:
    words = name.split()
    return name not in known and not any(w in NOT_BARE and not (k and w in IMPERATIVE) for k, w in enumerate(words)) \
        and not name.endswith(("’s", "'s"))


def _name_before(text: str, noun: str) -> str | None:
    """The name the capitalised words right before `noun` give it ("In October the Baikal" +
    "Company" -> "Baikal Company"), or None: no name word, only descriptive ones, or an outlet's."""
    words = text.split()
    kept: list[str] = []
    while words and len(kept) < 4:
        w = words.pop()
        if w in {"of", "and"} and kept and words and NAME_WORD.match(words[-1]):
            kept.insert(0, w)  # "the Sons of Siberia Battalion"
            continue
        if not NAME_WORD.match(w) or w in NOT_NAME_WORDS or w.endswith(("’s", "'s")):
            break
        kept.insert(0, w)
    while kept and kept[0] in {"of", "and"}:
        kept.pop(0)
    proper = [w for w in kept if w not in {"of", "and"}]
    if not proper or all(w in DESCRIPTIVE for w in proper) or any(w in MEDIA for w in proper):
        return None
    return " ".join([*kept, noun])
