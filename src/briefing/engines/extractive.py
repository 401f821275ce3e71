"""The embedded, deterministic engine: a briefing made of the best-ranked source sentences,
each one made to stand alone.

No model, no network: the same sources and themes always give the same briefing. A
sentence is used only as it will read in the briefing: a referent it leaves to its
article is named in brackets ("[Vinnie] says") with the naming line cited, or the
sentence before it comes along, or it is left out (`referents.Referents`); a caveat
comes with the figure it qualifies; a claim in the lead says whose it is. The lead
answers the theme one subtopic at a time, the body stops at a word budget, and a theme
the sources barely touch says so instead of filling pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import compare, fit, supersede
from ..draft import Citation, Claim, Draft, Section
from ..leadins import leans_forward
from ..referents import MAX_JOINED, Resolved
from ..retrieval import ON_THEME, Scored, cut, shares, stems
from ..sentences import SPEECH, Sentence, according
from ..standalone import CAVEAT, _units_named, addressed, strip_quotes, with_the
from ..subtopics import OTHER, forms, hits, topic_of
from ..subtopics import topics as subtopics_of
from ..themes import Entity, Theme
from ..verify import MAX_SPAN
from . import Context

LEAD = 3
WORDS = 300  # body of one theme, lead included; an editor's is ~230-300 for five articles
PER_ENTITY = 5
POOL_FLOOR = 0.12  # candidates down to this share of the best score; the word budget then chooses
THIN = 0.5  # a body under this share of its word budget says so
MIN_MATERIAL = 1  # on-theme sentences matching two distinct theme terms (three in all), below which: no material
OTHER_WEIGHT = 0.5
# A point from a paragraph the briefing already quotes counts this much: a news paragraph is
# mostly one fact, so its second sentence tends to restate the first or hang on it.
SAME_PARAGRAPH = 0.5
# How hard a point's length weighs against its rank: value ~ score / words ** LENGTH. Above 0.5,
# two short points that each carry a fact beat one long one that carries a fact and its context.
LENGTH = 0.75
NO_MATERIAL = "No material on this theme in the sources."
# Words that make a statement someone's claim rather than plain reporting: it must say whose.
CLAIM = re.compile(r"\b(would have|(?:is|are|was|were) said to|allegedly|reportedly|officially|in contrast|unlike|"
                   r"optimistic|aspires?|hopes?|believes?|insists?|claims?|"
                   # a ranking is someone's judgement: "the smallest of the units, and the only one that ..."
                   r"the (?:smallest|largest|biggest|best[- ]known|oldest|youngest|only (?:one|unit|formation))|"
                   r"the (?:most|least) [a-z]{4,}(?<!\bof))\b", re.I)

# A hedge in the passive names no agent: "is believed to number about 300" (a release's hedges
# are its issuer's, which issued() says after the word budget).
HEDGE = re.compile(r"\b(?:(?:is|are|was|were|been) (?:widely )?(?:believed|thought|estimated|understood|reckoned)|"
                   r"an estimated)\b", re.I)


# What a report judges rather than records: its conclusions and advice are its own
JUDGED = re.compile(r"\b(?:should|must|ought|risks?|likely|unlikely|suggests?|appears?|seems?|depends?|value|"
                    r"important|significant|concludes?|probably|we (?:found|find|assess|estimate|believe))\b")
RESEARCH_BODY = re.compile(r"\b(?:Institute|Institution|Forum|Centre|Center|Foundation|Research|Studies|Watch|"
                           r"Observatory|Initiative|Think[- ]?[Tt]ank)\b")


# A machine translation's German reportive ("There they would have attacked ...") reads in English
# as a counterfactual: the sentence says something its article does not.
REPORTIVE = re.compile(r"\bwould have (?!been able)\w+(?:ed|en|wn|ne)\b", re.I)
CONDITIONAL = re.compile(r"\b(?:if|unless|otherwise|without|had (?:it|he|she|they|we|the))\b", re.I)


class Extractive:
    name = "extractive"

    def __init__(self, words: int = WORDS):
        self.words = words

    def draft(self, theme: Theme, ctx: Context) -> Draft:
        awarded = self.assign(ctx)
        if (done := ctx.cache.get(("draft", theme.id, self.words))) is not None:
            return done  # the last round of `assign` drafted it with the awards as they stand
        return self._draft(theme, ctx, awarded)[0]

    def assign(self, ctx: Context) -> dict[str, str]:
        """In a run of several themes, the theme whose briefing prints each contested sentence
        (sentence id -> theme id), worked out once per run and kept on `ctx`. Each theme is drafted
        as if alone; a sentence two briefings would print goes to one of them (`_award`) and the
        others are drafted again without it, so they print their next best instead; until no
        sentence is printed twice. A sentence goes only to a theme that prints it, so a theme that
        ranks it best but has no room for it does not take it from one that would print it."""
        if ctx.awarded is not None:
            return ctx.awarded
        awarded: dict[str, str] = {}
        dropped: dict[str, set[str]] = {}  # sentence id -> themes it was given to that then left it out
        if len(ctx.themes) > 1:
            ranked = {t.id: shares(ctx.index, t) for t in ctx.themes}
            order = [t.id for t in ctx.themes]
            made: dict[str, tuple[Draft, Printed]] = {}
            stale = set(order)  # themes whose draft the awards so far may change
            for _ in range(MAX_ROUNDS):
                made |= {t.id: self._draft(t, ctx, awarded) for t in ctx.themes if t.id in stale}
                drafts = {t: printed for t, (_, printed) in made.items()}
                printers: dict[str, list[str]] = {}
                for t in order:
                    for x in drafts[t].ids:
                        printers.setdefault(x, []).append(t)
                # A sentence given to a theme that then leaves it out (its points changed with what
                # it lost) is free again for the others, once per theme.
                released = [x for x, t in awarded.items() if t not in printers.get(x, ())
                            and len(dropped.get(x, ())) < len(order) - 1]
                for x in released:
                    dropped.setdefault(x, set()).add(awarded.pop(x))
                stale = set(order) if released else set()  # a freed sentence may go to any theme
                contested = {x for x, ts in printers.items() if len(ts) > 1}
                if not contested and not released:
                    ctx.cache.update({("draft", t, self.words): draft for t, (draft, _) in made.items()})
                    break
                for group, winner in _share_out(contested, printers, drafts, dropped, ranked, order, self.words):
                    awarded.update(dict.fromkeys(group, winner))
                    stale.update(t for t in order if t != winner and any(t in printers[x] for x in group))
        ctx.awarded = awarded
        return awarded

    def _draft(self, theme: Theme, ctx: Context, awarded: dict[str, str]) -> tuple[Draft, Printed]:
        all_ranked = ctx.index.rank(theme)
        ranked = cut(all_ranked, POOL_FLOOR)
        if not has_material(theme, ranked):
            return Draft(theme_id=theme.id, title=theme.title, engine=self.name, sections=[], note=NO_MATERIAL), \
                Printed()
        writer = Writer(ctx, {r.sentence.id for r in ranked}, theme.id, awarded)
        figures = compare.figures(theme, ctx, writer) if theme.figures else []
        budget = Budget(self.words)
        table, contrasts = None, []
        if theme.sections == "entities":
            if ("found", theme.id) not in ctx.cache:  # the same in every round of `assign`
                ctx.cache[("found", theme.id)] = compare.find(theme, ctx, all_ranked)
            found = ctx.cache[("found", theme.id)]
            in_table = Writer(ctx)  # the table is the same whatever the other themes print
            table = compare.table(theme, ctx, found, in_table, figures)
            # The table first; the contrasts, the lead and the points add to it, from the
            # sentences its cells do not print, so nothing is said twice.
            writer.used |= in_table.used
            contrasts = compare.contrasts(theme, ctx, found, writer)
            lead = [c for _, claims in by_entity(ranked, theme, ctx.book.rows(theme), writer, 1) for c in claims]
            groups = by_entity(ranked, theme, ctx.book.rows(theme), writer)
        else:
            lead, groups = by_subtopic(ranked, theme, writer)
        lead = [writer.attributed(c, always=True) for c in lead]
        for c in lead:
            budget.take(c)
        # A contrast is stated whole or not at all; the table is a grid read by lookup, outside the budget.
        contrasts = [g for g in contrasts if budget.take_all(g)]
        scores = {id(c): score for c, score in writer.scores}
        body = within(budget, groups, scores, lead + [c for g in contrasts for c in g], writer.paragraphs)
        body = [(title, in_reading_order(claims)) for title, claims in body]
        # a release's own account is its issuer's, said once it is chosen: the words that say so are no point
        lead = [writer.issued(c) for c in lead]
        body = [(title, [writer.issued(c) for c in claims]) for title, claims in body]
        sections = [Section("Lead", "lead", lead)] if lead else []
        if table is not None:
            compare.with_material(table, [Section(title, "points", claims) for title, claims in body], ctx)
        sections += [table] if table is not None and table.claims else []
        sections += [Section(compare.CONTRASTS, "contrasts", [c for g in contrasts for c in g])] if contrasts else []
        sections += [Section(title, "points", claims) for title, claims in body if claims]
        sections += compare.untabled(figures, table)
        used = self.words - budget.left
        ids = {i for section in sections for c in section.claims for i in writer.ids.get(id(c), ())}
        whole = {i for section in sections if section.kind not in ("lead", "points") for c in section.claims
                 for i in writer.ids.get(id(c), ())} | (in_table.used if table is not None else set())
        points = tuple((frozenset(writer.ids.get(id(c), ())), len(c.text.split())) for section in sections
                       if section.kind in ("lead", "points") for c in section.claims)
        # the table's cells hold facts: a briefing whose cells state them is not thin
        held = used + sum(len(c.text.split()) for c in (table.claims if table is not None else []))
        material = _material(writer, ids, {t.id: t.title for t in ctx.themes}) if held < self.words * THIN else None
        return (Draft(theme_id=theme.id, title=theme.title, engine=self.name, sections=sections,
                      note=_thin(theme, table, used, self.words, material)),
                Printed(frozenset(ids | whole), frozenset(whole), held, points))


class Budget:
    """Words left for the body; a claim that does not fit is left out, a shorter one may."""

    def __init__(self, words: int):
        self.left = words

    def take(self, claim: Claim) -> bool:
        return self.take_all([claim])

    def take_all(self, claims: list[Claim]) -> bool:
        n = sum(len(c.text.split()) for c in claims)
        if n > self.left:
            return False
        self.left -= n
        return True


def within(budget: Budget, groups: list[tuple[str, list[Claim]]], scores: dict[int, float],
           taken: list[Claim], paragraphs: dict[int, frozenset] | None = None) -> list[tuple[str, list[Claim]]]:
    """The groups' claims that fit the budget: first each subtopic's best, then, greedily, the
    claim that adds most per word (its rank score, less what claims already taken say, and
    less again when it comes from a paragraph already quoted), so short distinct facts beat a
    long restatement. Each group keeps its order. `paragraphs`: id(claim) -> its (source, block)s."""
    said = [forms(c.text)[1] for c in taken]
    paragraphs = paragraphs or {}
    quoted = set().union(*(paragraphs.get(id(c), frozenset()) for c in taken))
    kept: set[int] = set()
    other = {id(c) for title, claims in groups if title == OTHER for c in claims}

    def value(c: Claim) -> float:
        words = forms(c.text)[1]
        overlap = max((len(words & other) / max(1, len(words)) for other in said), default=0.0)
        # what matches no subtopic is the theme's margin: it comes after what answers it
        weight = OTHER_WEIGHT if id(c) in other else 1.0
        if paragraphs.get(id(c), frozenset()) & quoted:
            weight *= SAME_PARAGRAPH
        return weight * scores.get(id(c), 0.0) * (1 - overlap) / len(c.text.split()) ** LENGTH

    def take(c: Claim) -> None:
        if budget.take(c):
            kept.add(id(c))
            said.append(forms(c.text)[1])
            quoted.update(paragraphs.get(id(c), frozenset()))

    for title, claims in groups:
        if title != OTHER and claims:
            take(max(claims, key=value))
    pool = [c for _, claims in groups for c in claims if id(c) not in kept]
    while pool:
        best = max(pool, key=value)
        pool.remove(best)
        if value(best) > 0:
            take(best)
    return [(title, [c for c in claims if id(c) in kept]) for title, claims in groups]


def in_reading_order(claims: list[Claim]) -> list[Claim]:
    """A section's claims with those of one article in the article's order, in the places its
    claims had: "Another soldier, who goes by the call-sign “Vinnie,” ..." before "“My family is
    not here with me right now,” [Vinnie] explains", which names him from that line."""
    def line(c: Claim) -> int:  # the claim's own line: a bracket's name comes from a line above it
        return max(x.line_start for x in c.citations if x.path == c.citations[0].path)

    by_path: dict[str, list[Claim]] = {}
    for c in claims:
        by_path.setdefault(c.citations[0].path, []).append(c)
    queues = {path: sorted(group, key=line) for path, group in by_path.items()}
    return [queues[c.citations[0].path].pop(0) for c in claims]


class Writer:
    """Source sentences made into claims that stand alone: referents in brackets or the
    sentence before joined, caveats kept; a sentence is used once per briefing."""

    def __init__(self, ctx: Context, wanted: set[str] = frozenset(), theme_id: str | None = None,
                 awarded: dict[str, str] | None = None):
        self.ctx = ctx
        self.used: set[str] = set()
        self.wanted = wanted  # on-theme sentence ids: one that leans on a used sentence may come along
        self.theme_id = theme_id
        self.awarded = awarded or {}  # sentence id -> the theme of the run that prints it
        self.ids: dict[int, tuple[str, ...]] = {}  # id(claim) -> the ids of the sentences it prints
        self.candidates: list[Sentence] = []  # the on-theme sentences the points were chosen from
        self.scores: list[tuple[Claim, float]] = []  # each claim made, with its sentence's rank score
        self.paragraphs: dict[int, frozenset[tuple[int, int]]] = {}  # id(claim) -> its (source, block)s

    def resolve(self, s: Sentence, exclusive: bool = False) -> Resolved | None:
        """How `s` would read standing alone, if it can and none of its sentences is used yet; if
        `exclusive` (a lead or a key point), only if no other theme of the run owns it. Figures
        and contrasts are not exclusive: a disagreement is listed whole."""
        if s.id in self.used or (REPORTIVE.search(s.text) and not CONDITIONAL.search(s.text)):
            return None
        done = self._alone(s)
        if done is not None and leans_forward(s.text, self._opens(s)):
            done = self._with_next(s, done)
        if done is None or any(x.id in self.used for x in done.sentences):
            return None
        if self._taken_back(done):
            return None
        if exclusive and self._elsewhere(done):
            return None
        if addressed(done.text) and not self._whose_words_given(done):
            return None  # "Tell your insurer now": spoken to the article's reader, and no one is named as saying it
        return done

    def _whose_words_given(self, done: Resolved) -> bool:
        """Whether the claim, as printed, will say whose words it is (attributed(), issued())."""
        claim = self.claim_of(done)
        src = self.ctx.corpus.by_path(claim.citations[0].path)
        if src.release and src.outlet and all(c.path == src.path for c in claim.citations):
            return True  # a press release's own account is its issuer's (issued())
        return not addressed(self._according(claim) or done.text)

    def _alone(self, s: Sentence) -> Resolved | None:
        refs = self.ctx.referents
        return refs.in_time(refs.resolve(s, lambda x: x.whole, lambda x: x.id in self.wanted))

    def _opens(self, s: Sentence) -> bool:
        i = self.ctx.position(s)
        before = self.ctx.sentences[i - 1] if i else None
        return before is None or (before.source, before.block) != (s.source, s.block)

    def _with_next(self, s: Sentence, done: Resolved) -> Resolved | None:
        """A lead-in or a question (leadins.py) with the next sentence of its paragraph, which
        says what it leads into or answers; None when there is none to join."""
        i = self.ctx.position(s)
        nxt = self.ctx.sentences[i + 1] if i + 1 < len(self.ctx.sentences) else None
        if nxt is None or (nxt.source, nxt.block) != (s.source, s.block) or not nxt.whole:
            return None
        if nxt in done.sentences:
            return done  # already joined: a caveat, or a sentence that leans back on this one
        after = self._alone(nxt)
        if after is None or s in after.sentences:
            return after  # the next sentence already reads with this one before it
        if leans_forward(nxt.text, False) or len(f"{done.text} {after.text}".split()) > MAX_JOINED:
            return None
        return Resolved(f"{done.text} {after.text}", done.sentences + after.sentences, done.names + after.names)

    def _taken_back(self, done: Resolved) -> bool:
        """Whether a later line takes back what `done` states (a corrected figure, a withdrawn
        plan): printed alone it is no longer true."""
        spans = [(x.source, x.line_start, x.line_end) for x in done.sentences]
        return supersede.of(self.ctx.corpus, self.ctx.sentences).taken_back(done.text, spans) is not None

    def denied(self, s: Sentence) -> bool:
        """Whether its article denies `s` or rates it false (supersede.py): no lead sentence."""
        return supersede.of(self.ctx.corpus, self.ctx.sentences).denied(s)

    def _elsewhere(self, done: Resolved) -> bool:
        """Whether another theme of the run prints one of this claim's sentences."""
        return any(self.awarded.get(x.id, self.theme_id) != self.theme_id for x in done.sentences)

    def claim(self, s: Sentence, score: float = 0.0, exclusive: bool = True) -> Claim | None:
        """`s` as a stand-alone claim, its sentences marked used; None if it cannot stand."""
        done = self.resolve(s, exclusive)
        return None if done is None else self.use(done, score)

    def use(self, done: Resolved, score: float = 0.0) -> Claim:
        self.used.update(x.id for x in done.sentences)  # naming sentences may be cited again
        claim = self.claim_of(done)
        self.scores.append((claim, score))
        self.paragraphs[id(claim)] = frozenset((x.source, x.block) for x in done.sentences)
        # a caveat printed with its figure may be printed with another figure in another briefing:
        # it is no point of its own ("could not verify the numbers given by the Legion or the Onega
        # Detachment" goes with each unit's figure)
        self.ids[id(claim)] = tuple(x.id for x in done.sentences
                                    if len(done.sentences) == 1 or not CAVEAT.search(strip_quotes(x.text)))
        return claim

    def claim_of(self, done: Resolved) -> Claim:
        """The claim `done` makes, with its citations, without marking its sentences used."""
        return Claim(done.text, self._citations(done))

    def name_unit(self, done: Resolved, s: Sentence, figure: str) -> Resolved | None:
        """A figure whose sentence does not name its unit, with the unit its paragraph names in
        brackets after it ("had risen to 4,000 [in the Legion of Freedom of Russia]")."""
        found = self.ctx.referents.unit(s)
        at = done.text.find(figure)
        if found is None or at < 0 or found[1].block != s.block:
            return None
        end = at + len(figure)
        tail = re.match(r"[\w’'-]*(?:\s+[a-z][\w’'-]*)?", done.text[end:])
        if tail and tail.group(0).strip() in {"", "soldiers", "members", "fighters", "Russians"}:
            end += tail.end()
        name = found[0] if found[0].lower().startswith("the ") else f"the {found[0]}"
        text = f"{done.text[:end]} [in {name}]{done.text[end:]}"
        return Resolved(text, done.sentences, (*done.names, found[1]))

    def attributed(self, claim: Claim, always: bool = False) -> Claim:
        """The claim saying whose it is when it does not: "..., [according to CNN]."."""
        text = self._according(claim, always)
        return claim if text is None else self._retold(claim, text)

    def _according(self, claim: Claim, always: bool = False) -> str | None:
        """The claim's text with whose it is ("..., [according to CNN]."), or None if it needs none."""
        plain = strip_quotes(claim.text)
        src = self.ctx.corpus.by_path(claim.citations[0].path)
        # a research body's judgement is its own ("[Russian volunteers’] value is political as much as
        # military, ..., [according to the Baltic Forum for Security Research]"); what it records is not
        always = always or bool(src.outlet and RESEARCH_BODY.search(src.outlet) and JUDGED.search(plain))
        always = always or addressed(claim.text) is not None  # its "you" is the outlet's reader: say whose words
        hedged = bool(HEDGE.search(plain)) and not src.release
        if SPEECH.search(plain) or "according to" in plain.lower() or not (always or hedged or CLAIM.search(plain)):
            return None
        if not src.outlet or _short(src.outlet).lower() in plain.lower():
            return None  # "whose name CNN agreed not to reveal": the outlet is already there
        if src.host:
            return None  # a transcript service or a forum only hosts the words: never whose they are
        return according(claim.text, with_the(src.outlet, "\n".join(src.lines)))

    def issued(self, claim: Claim) -> Claim:
        """A press release's own account as its issuer's: "..., [according to Kentmere Wildlife
        Park]." (whatever verb it uses: "The Trust has asked ..." is the release's say-so), and a
        status page's; a quote in it keeps its speaker, and its "we" named ("[Harlow Vale Water]
        now think ...") already says whose it is."""
        src = self.ctx.corpus.by_path(claim.citations[0].path)
        text = claim.text
        if not (src.release and src.outlet) or any(c.path != claim.citations[0].path for c in claim.citations) \
                or text.rstrip().endswith("?") or "according to" in text \
                or re.match(rf"\W*\[{re.escape(src.outlet)}\]\s+[a-z]", text) \
                or strip_quotes(text) != text and SPEECH.search(strip_quotes(text)):
            return claim
        return self._retold(claim, according(text, with_the(src.outlet, "\n".join(src.lines))))

    def _retold(self, claim: Claim, text: str) -> Claim:
        """The claim in other words, with what is known of it (its score, paragraphs, sentences)."""
        out = Claim(text, claim.citations, claim.label)
        self.scores.append((out, dict((id(c), v) for c, v in self.scores).get(id(claim), 0.0)))
        if id(claim) in self.paragraphs:
            self.paragraphs[id(out)] = self.paragraphs[id(claim)]
        if id(claim) in self.ids:
            self.ids[id(out)] = self.ids[id(claim)]
        return out

    def _citations(self, done: Resolved) -> tuple[Citation, ...]:
        """One citation per run of cited lines: a range only where every line between is citable."""
        src = self.ctx.corpus.sources[done.sentences[0].source - 1]
        out: list[list[int]] = []
        for x in done.cited:
            if (out and all(src.citable(n) for n in range(out[-1][1] + 1, x.line_start))
                    and max(out[-1][1], x.line_end) - out[-1][0] < MAX_SPAN):
                out[-1][1] = max(out[-1][1], x.line_end)
            else:
                out.append([x.line_start, x.line_end])
        return tuple(Citation(src.path, a, b) for a, b in out)


def _short(outlet: str) -> str:
    """ "The New York Times" -> "New York Times": how a sentence names its own outlet."""
    return re.sub(r"^the\s+", "", outlet.strip(), flags=re.I)


@dataclass(frozen=True)
class Printed:
    """What a draft prints: the ids of its sentences, those of them in sections printed whole
    (a table, contrasts, figures that disagree), the words of its lead, key points and table
    cells, and each of its lead and key points as the ids of its sentences with its words."""

    ids: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()
    words: int = 0
    claims: tuple[tuple[frozenset[str], int], ...] = ()  # (sentence ids, words) per point


def _together(contested: set[str], claims: list[frozenset[str]]) -> list[frozenset[str]]:
    """The contested sentences in groups that are given out together: two sentences one point
    prints (a quote and the sentence that carries it on) go to the same theme, or neither theme
    could print that point. In a stable order."""
    group = {x: {x} for x in contested}
    for c in claims:
        members = sorted(c & contested)
        for x in members[1:]:
            if group[x] is not group[members[0]]:
                merged = group[members[0]] | group[x]
                for y in merged:
                    group[y] = merged
    seen, out = set(), []
    for x in sorted(contested):
        if x not in seen:
            seen |= group[x]
            out.append(frozenset(group[x]))
    return out


NEAR = 0.5  # a thin theme's share of a contested sentence, against the best share, for it to win
MAX_ROUNDS = 20  # drafts of every theme while sharing sentences out; two to four are the rule


def _share_out(contested: set[str], printers: dict[str, list[str]], drafts: dict[str, Printed],
               dropped: dict[str, set[str]], ranked: dict[str, dict[str, float]], order: list[str],
               budget: int) -> list[tuple[frozenset[str], str]]:
    """Each group of contested sentences with the theme that prints it: a table, its contrasts or
    its figures keep theirs; else the theme whose point holding them ranks best against that
    theme's best sentence; then, closest calls first, a theme those losses would leave thin (under
    THIN of its budget) takes a group it ranks at least NEAR as well as the winner."""
    groups = _together(contested, [c for d in drafts.values() for c, _ in d.claims])
    claimants, loss, share, winner, fixed = {}, {}, {}, {}, set()
    for g in groups:
        ts = [t for t in order if any(t in printers[x] for x in g)]
        claimants[g] = [t for t in ts if not any(t in dropped.get(x, ()) for x in g)] or ts
        loss[g] = {t: sum(n for c, n in drafts[t].claims if c & g) for t in ts}
        # how well each theme's own point fits it: "In January the SBU detained a man ..." is a
        # risk for the sentence after it, "the danger of infiltration is real"
        share[g] = {t: max((ranked[t].get(x, 0.0) for c, _ in drafts[t].claims if c & g for x in c), default=0.0)
                    for t in ts}
        if whole := [t for t in ts if g & drafts[t].whole]:  # a table, a contrast or a disagreement
            winner[g] = whole[0]
            fixed.add(g)
        else:
            winner[g] = _award(share[g], claimants[g], {t: budget for t in ts}, budget)
    left = {t: d.words - sum(n for g in groups for u, n in loss[g].items() if u == t and winner[g] != t)
            for t, d in drafts.items()}

    def margin(g: frozenset[str]) -> float:
        return share[g][winner[g]] - max((share[g][t] for t in claimants[g] if t != winner[g]), default=0.0)

    for g in sorted((g for g in groups if g not in fixed), key=lambda g: (margin(g), min(g))):
        without = {t: n - (loss[g][t] if t == winner[g] else 0) for t, n in left.items()}
        pick = _award(share[g], claimants[g], without, budget)
        if pick != winner[g]:
            left[pick] += loss[g][pick]
            left[winner[g]] -= loss[g][winner[g]]
            winner[g] = pick
    return [(g, winner[g]) for g in groups]


def _award(shares: dict[str, float], themes: list[str], words: dict[str, int], budget: int) -> str:
    """Which of the themes that would print some sentences prints them (`shares`: how well each
    ranks them against its best; `words`: what each prints without them): of those whose briefing
    would be thin without them (under THIN of its budget) and that rank them at least NEAR as well
    as the best, when any is, else of all, the one that ranks them best; the earlier on a tie."""
    best = max(shares[t] for t in themes)
    # a thin briefing takes what is on its theme too, not what it ranks far lower than another
    thin = [t for t in themes if words[t] < budget * THIN and shares[t] >= best * NEAR]
    return max(thin or themes, key=lambda t: (shares[t], -themes.index(t)))


@dataclass(frozen=True)
class Material:
    """What the sources hold on a theme whose briefing is short, and why the rest is not printed."""

    words: int  # words of the sentences on the theme, whether or not they could be printed
    unused: int  # how many of those sentences the briefing does not print
    alone: int  # of those: could not be made to stand alone out of their articles
    elsewhere: tuple[str, ...] = ()  # of those: printed in another briefing of the run (its titles, one each)


def _material(writer: Writer, printed: set[str], titles: dict[str, str]) -> Material:
    """The sentences the lead and the points were chosen from (the theme's on-theme candidates),
    measured before any is given to another theme or left out for needing its article."""
    fresh = Writer(writer.ctx, writer.wanted, writer.theme_id, writer.awarded)
    words = unused = alone = 0
    elsewhere: list[str] = []
    for s in dict.fromkeys(writer.candidates):
        words += len(s.text.split())
        if s.id in printed:
            continue
        unused += 1
        done = fresh.resolve(s)
        if done is None:
            alone += 1
        elif fresh._elsewhere(done):
            theme = next(writer.awarded[x.id] for x in done.sentences if writer.awarded.get(x.id, fresh.theme_id)
                         != fresh.theme_id)
            elsewhere.append(titles.get(theme, theme))
    return Material(words, unused, alone, tuple(elsewhere))


def _thin(theme: Theme, table: Section | None, used: int, words: int, material: Material | None = None) -> str | None:
    """Said above a briefing the sources cannot fill, so a short one is not taken for a summary;
    and, when they hold more on the theme than it prints, why the rest is not there."""
    notes = []
    if theme.sections == "entities" and (table is None or not table.claims):
        notes.append("No comparison table: no sentence states one of the table's aspects of a unit by name.")
    # The table is read by lookup, outside the word budget, but the facts it holds are not
    # missing: a briefing whose cells state them is not thin.
    cells = table.claims if table is not None else []
    if used + sum(len(c.text.split()) for c in cells) < words * THIN:
        held = f", and {len(cells)} of the table's {len(table.rows) * len(table.columns)} cells," if cells else ""
        filled = f"{used} words of the {words}-word body{held} could be filled with sentences that stand alone"
        if material is None or material.words < words * THIN or not (material.alone or material.elsewhere):
            notes.append(f"Little in the sources matches this theme's terms: {filled}.")
        else:
            notes.append(f"The sources say more on this theme than is printed here: {filled}. {_why(material)}")
    return " ".join(notes) or None


def _why(material: Material) -> str:
    """Why the theme's other sentences are not printed: "Of the 9 other sentences on the theme, 5
    could not be made to stand alone out of their articles and 2 are printed in other briefings of
    this run (“Recruitment and vetting”, “Why they fight”)."""
    n, alone, elsewhere = material.unused, material.alone, material.elsewhere
    briefs = ", ".join(f"“{t}”" for t in dict.fromkeys(elsewhere))
    where = f"in {'another briefing' if len(set(elsewhere)) == 1 else 'other briefings'} of this run ({briefs})"
    if n == 1:
        what = "could not be made to stand alone out of its article" if alone else f"is printed {where}"
        return f"The one other sentence on the theme {what}."
    why = []
    if alone:
        why.append("none could be made to stand alone out of its article" if alone == n else
                   f"{alone} could not be made to stand alone out of their articles")
    if elsewhere:
        why.append(f"{len(elsewhere)} {'is' if len(elsewhere) == 1 else 'are'} printed {where}")
    return f"Of the {n} other sentences on the theme, {' and '.join(why)}."


def has_material(theme: Theme, ranked: list[Scored]) -> bool:
    """Whether the sources speak to the theme at all: enough on-theme sentences that match two
    distinct terms of it, not one word that happens to be common ("risk" in a bird-flu story)."""
    terms = {st for term in theme.terms for st in stems(term)}
    strong = [terms & forms(r.sentence.text)[1] for r in ranked]
    strong = [hits for hits in strong if len(hits) >= 2]
    return len(strong) >= MIN_MATERIAL and len(set().union(*strong)) >= 3


def by_subtopic(ranked: list[Scored], theme: Theme,
                writer: Writer) -> tuple[list[Claim], list[tuple[str, list[Claim]]]]:
    """The lead (the best statement of each of the first subtopics, so it answers the theme:
    how one joins, what checks ...) and the rest grouped by subtopic, best first."""
    topics = subtopics_of(theme)
    groups: dict[str, list[Claim]] = {title: [] for title, _ in topics}
    groups[OTHER] = []
    lead: list[Claim] = []
    lead_topics = [title for title, _ in topics][:LEAD]
    terms = {st for term in theme.terms for st in stems(term)}
    # Off-theme is measured against the best sentence this briefing can print: a first-ranked
    # heading glued to its paragraph, or a sentence another theme prints, is no yardstick.
    best = next((r.score for r in ranked if writer.resolve(r.sentence, exclusive=True) is not None),
                ranked[0].score if ranked else 0.0)
    for title in lead_topics:  # the lead first, so its sentences are not spent in the body
        for r in ranked:
            # a lead sentence answers the theme: two of its terms at least, not one word in passing,
            # and its subtopic by more than a verb ("his captors had never questioned him")
            strong = len(terms & forms(r.sentence.text)[1]) >= 2
            if r.sentence.kind == "statement" and strong and topic_of(r.sentence.text, topics) == title \
                    and hits(r.sentence.text, dict(topics)[title]) >= 1 and not writer.denied(r.sentence):
                if (c := writer.claim(r.sentence)) is not None:
                    lead.append(c)
                    break
    floor = ON_THEME * best
    placed: dict[tuple[int, int], str] = {}  # (source, line) -> the heading its first point went under
    for r in ranked:
        topic = topic_of(r.sentence.text, topics)
        text = r.sentence.text
        if topic == OTHER and (done := writer.resolve(r.sentence)) is not None:
            # as it would be printed: "His children cried ..." joined to Caesar's "I couldn't just
            # watch" is why he fights; alone it is only his children
            text = done.text
            topic = topic_of(text, topics)
        if topic == OTHER and (r.score < floor or len(fit.terms_used(text, theme)) < 2):
            continue  # matches no subtopic and ranks low or on one word: off the theme, not "other reporting"
        if fit.passing(r.sentence, theme, writer.ctx.around(r.sentence)):
            continue
        writer.candidates.append(r.sentence)
        if (c := writer.claim(r.sentence, r.score)) is not None:
            # filed by what the claim says as printed: a quote joined to the sentence that carries
            # it on ("... fears what Moscow's security apparatus might do to them") is a family risk
            topic = topic_of(c.text, topics) if topic == OTHER else topic
            # a paragraph on one line is one story: its points go under the heading of its best-ranked
            lines = _paragraph_lines(r.sentence, writer.ctx)
            topic = next((placed[k] for k in lines if k in placed), topic)
            placed.update(dict.fromkeys(lines, topic))
            groups[topic].append(writer.attributed(c))
    return lead, [(title, g) for title, g in groups.items() if g]


PARAGRAPH = 1000  # characters: a longer line is a scrape that put a page on one line, not a paragraph


def _paragraph_lines(s: Sentence, ctx: Context) -> list[tuple[int, int]]:
    src = ctx.corpus.sources[s.source - 1]
    return [(s.source, n) for n in range(s.line_start, s.line_end + 1) if len(src.line(n)) <= PARAGRAPH]


def by_entity(items: list[Scored], theme: Theme, rows: list[Entity], writer: Writer,
              most: int = PER_ENTITY) -> list[tuple[str, list[Claim]]]:
    """Per row, the on-theme claims about it as they read in the briefing (the unit named in the
    sentence or in its brackets, not the last unit its article named), best first, up to
    `most`. Which aspect each states is the table's business (compare.py), not word matching.
    With most=1 it is the lead: each row's best reported statement, not a quote."""
    out = []
    for row in rows:
        picked: list[Claim] = []
        for r in items:
            if len(picked) >= most:
                break
            if most == 1 and (r.sentence.kind != "statement" or writer.denied(r.sentence)):
                continue  # the lead: a reported statement, not a quote nor a claim its article denies
            if (said := _units_named(r.sentence.text, writer.ctx.book.entity)) and said[0][0] == row.name:
                writer.candidates.append(r.sentence)
            done = writer.resolve(r.sentence, exclusive=True)
            named = _units_named(done.text, writer.ctx.book.entity) if done else []
            if named and named[0][0] == row.name:
                picked.append(writer.attributed(writer.use(done, r.score)))
        out.append((row.name, picked))
    return out
