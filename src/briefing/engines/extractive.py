"""The embedded, deterministic engine: a briefing made of the best-ranked source sentences.

No model, no network: the same sources and themes always give the same briefing.
Every claim is a cleaned source sentence, so it passes the verifier unless the
sentence splitter got its lines wrong, which is exactly what the verifier is for.
"""

from __future__ import annotations

import re

from .. import figures
from ..draft import Citation, Claim, Draft, Section
from ..retrieval import Scored, stems
from ..sentences import Sentence
from ..themes import Theme
from . import Context

LEAD = 3
MAX_POINTS = 15
PER_ENTITY = 5
MIN_RELATIVE_SCORE = 0.2  # below a fifth of the best score a sentence is off-theme
OTHER = "Other reporting"
# A sentence opening like this leans on the one before it: a connective ("As a result, he
# was placed ..."), a pronoun among its first words ("There they would have ..."), or a
# definite reference ("The troops are then vetted").
ANAPHOR = re.compile(
    r"^[“\"]?(?:(?:As a result|However|But|And|So|Then|Also|In addition|Meanwhile|Still|Instead|Only then|"
    r"Both|This|These|Those|That|Such|The troops|The group|The men|The unit)\b"
    r"|(?:\S+\s+){0,2}(?:he|she|they|it|his|her|their|its|them|He|She|They|It|His|Her|Their|Its)\b)")


class Extractive:
    name = "extractive"

    def draft(self, theme: Theme, ctx: Context) -> Draft:
        ranked = [r for r in ctx.index.rank(theme)]
        if ranked:
            floor = ranked[0].score * MIN_RELATIVE_SCORE
            ranked = [r for r in ranked if r.score >= floor]
        disagreement = disagreement_sections(theme, ctx, {r.sentence.id for r in ranked})
        in_disagreement = {c.text for s in disagreement for c in s.claims}
        ranked = [r for r in ranked if r.sentence.text not in in_disagreement]

        lead = pick_lead(ranked)
        rest = [r for r in ranked if r not in lead]
        if theme.sections == "entities":
            groups = by_entity(rest, [e.name for e in ctx.book.entity])
        else:
            groups = by_subtopic(rest[:MAX_POINTS], theme)

        passages = Passages(ctx)
        lead_units = [passages.add(r.sentence) for r in lead]
        grouped = [(title, [u for r in items if (u := passages.add(r.sentence)) is not None])
                   for title, items in groups]
        sections = [Section("Lead", "lead", [passages.claim(u) for u in lead_units if u is not None])]
        sections += [Section(title, "points", [passages.claim(u) for u in units]) for title, units in grouped if units]
        sections += disagreement
        return Draft(theme_id=theme.id, title=theme.title, engine=self.name, sections=sections)


class Passages:
    """Consecutive sentences of one paragraph that make one claim. A sentence that leans on
    the one before it ("They must submit ...", "Only then ...") joins that sentence's passage
    when the passage ends there, or brings it along when it is still unused; a passage is
    cited as one line range."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.units: list[list[Sentence]] = []
        self.owner: dict[str, int] = {}

    def add(self, s: Sentence) -> int | None:
        """The index of a new passage for `s`; None when `s` joined a passage or was used."""
        if s.id in self.owner:
            return None
        pos = self.ctx.position(s)
        prev = self.ctx.sentences[pos - 1] if pos > 0 else None
        leans = bool(ANAPHOR.match(s.text) and prev is not None and prev.source == s.source
                     and prev.block == s.block and prev.whole)
        if leans and prev.id in self.owner and self.units[self.owner[prev.id]][-1] is prev:
            self.units[self.owner[prev.id]].append(s)
            self.owner[s.id] = self.owner[prev.id]
            return None
        sentences = [prev, s] if leans and prev.id not in self.owner else [s]
        self.units.append(sentences)
        for x in sentences:
            self.owner[x.id] = len(self.units) - 1
        return len(self.units) - 1

    def claim(self, unit: int) -> Claim:
        first, last = self.units[unit][0], self.units[unit][-1]
        path = self.ctx.citation(first).path
        return Claim(" ".join(x.text for x in self.units[unit]), (Citation(path, first.line_start, last.line_end),))


def pick_lead(ranked: list[Scored]) -> list[Scored]:
    """The best statements (reported fact, not a quote), one per source while that is possible."""
    statements = [r for r in ranked if r.sentence.kind == "statement" and not ANAPHOR.match(r.sentence.text)]
    lead: list[Scored] = []
    for r in statements:
        if len(lead) < LEAD and r.sentence.source not in {x.sentence.source for x in lead}:
            lead.append(r)
    for r in statements:
        if len(lead) < LEAD and r not in lead:
            lead.append(r)
    return lead


def by_subtopic(items: list[Scored], theme: Theme) -> list[tuple[str, list[Scored]]]:
    topics = [(t.title, [set(stems(term)) for term in t.terms]) for t in theme.subtopics]
    groups: dict[str, list[Scored]] = {title: [] for title, _ in topics}
    groups[OTHER] = []
    for r in items:
        words = set(stems(r.sentence.text))
        best, best_hits = OTHER, 0
        for title, terms in topics:
            hits = sum(len(t) for t in terms if t and t <= words)
            if hits > best_hits:
                best, best_hits = title, hits
        groups[best].append(r)
    return [(title, g) for title, g in groups.items() if g]


def by_entity(items: list[Scored], entities: list[str]) -> list[tuple[str, list[Scored]]]:
    out = []
    for name in entities:
        mine = [r for r in items if r.entity == name][:PER_ENTITY]
        if mine:
            out.append((name, mine))
    return out


def disagreement_sections(theme: Theme, ctx: Context, on_theme: set[str]) -> list[Section]:
    """'Where sources disagree': each unit's conflicting size figures, each from its own sentence."""
    sections = []
    for entity, figs in figures.disagreements(ctx.index).items():
        sentences = [ctx.index.sentences[f.sentence_index] for f in figs]
        if theme.sections != "entities" and not any(s.id in on_theme for s in sentences):
            continue
        claims, seen = [], set()
        for f, s in zip(figs, sentences, strict=True):
            if s.id not in seen:
                seen.add(s.id)
                claims.append(Claim(s.text, (ctx.citation(s),), label=f.value))
        sections.append(Section(f"Where sources disagree: size of the {entity}", "disagreement", claims))
    return sections
