"""The embedded, deterministic engine: a briefing made of the best-ranked source sentences.

No model, no network: the same sources and themes always give the same briefing.
Every claim is a cleaned source sentence, so it passes the verifier unless the
sentence splitter got its lines wrong, which is exactly what the verifier is for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..draft import Citation, Claim, Draft, Section
from ..retrieval import Scored, cut, stems
from ..sentences import Sentence
from ..themes import Theme
from . import Context

LEAD = 3
MAX_POINTS = 15
PER_ENTITY = 5
ASPECT_FLOOR = 0.1
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
        all_ranked = ctx.index.rank(theme)
        ranked = cut(all_ranked)
        disagreement = disagreement_sections(theme, ctx, {r.sentence.id for r in ranked})
        in_disagreement = {c.text for s in disagreement for c in s.claims}
        ranked = [r for r in ranked if r.sentence.text not in in_disagreement]

        passages = Passages(ctx)
        lead_units = [passages.add(r.sentence) for r in pick_lead(ranked)]
        for r in ranked:  # an on-theme sentence that continues a lead sentence joins it there
            if not passages.free(r.sentence):
                passages.add(r.sentence)
        rest = [r for r in ranked if passages.free(r.sentence)]
        if theme.sections == "entities":
            # Aspects may reach below the usual floor, but not to sentences that are off-theme.
            everything = [r for r in cut(all_ranked, ASPECT_FLOOR)
                          if r.sentence.text not in in_disagreement and passages.free(r.sentence)]
            groups = by_entity(rest, everything, theme, [e.name for e in ctx.book.entity])
        else:
            groups = by_subtopic(rest[:MAX_POINTS], theme)

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

    def _leans_on(self, s: Sentence) -> Sentence | None:
        pos = self.ctx.position(s)
        prev = self.ctx.sentences[pos - 1] if pos > 0 else None
        if (ANAPHOR.match(s.text) and prev is not None and prev.source == s.source and prev.block == s.block
                and prev.whole):
            return prev
        return None

    def free(self, s: Sentence) -> bool:
        """Whether `s` would make a passage of its own (not used, not joining one)."""
        prev = self._leans_on(s)
        return s.id not in self.owner and not (prev is not None and prev.id in self.owner)

    def add(self, s: Sentence) -> int | None:
        """The index of a new passage for `s`; None when `s` joined a passage or was used."""
        if s.id in self.owner:
            return None
        prev = self._leans_on(s)
        leans = prev is not None
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


Terms = tuple[tuple[str, ...], tuple[str, ...]]  # (phrases, stems of one-word terms)


def _topics(theme: Theme) -> list[tuple[str, Terms]]:
    """Subtopics as (title, terms): one-word terms match by stem, longer ones as phrases, so
    "founded by" needs both words together, not just "founded"."""
    out = []
    for t in theme.subtopics:
        terms = [" ".join(term.lower().split()) for term in t.terms]
        phrases = tuple(f" {term} " for term in terms if " " in term)
        singles = tuple(st for term in terms if " " not in term for st in stems(term)[:1])
        out.append((t.title, (phrases, singles)))
    return out


@lru_cache(maxsize=4096)
def _forms(text: str) -> tuple[str, frozenset[str]]:
    """A sentence as padded lowercase words (for phrases) and as stems, computed once."""
    words = re.findall(r"[\w'-]+", text.lower().replace("’", "'"))
    return f" {' '.join(words)} ", frozenset(stems(text))


def _hits(r: Scored, terms: Terms) -> int:
    padded, words = _forms(r.sentence.text)
    phrases, singles = terms
    return sum(2 for p in phrases if p in padded) + sum(1 for st in singles if st in words)


def by_subtopic(items: list[Scored], theme: Theme) -> list[tuple[str, list[Scored]]]:
    topics = _topics(theme)
    groups: dict[str, list[Scored]] = {title: [] for title, _ in topics}
    groups[OTHER] = []
    for r in items:
        best, best_hits = OTHER, 0
        for title, terms in topics:
            if (hits := _hits(r, terms)) > best_hits:
                best, best_hits = title, hits
        groups[best].append(r)
    return [(title, g) for title, g in groups.items() if g]


def by_entity(items: list[Scored], everything: list[Scored], theme: Theme,
              entities: list[str]) -> list[tuple[str, list[Scored]]]:
    """Per unit: for each aspect (subtopic) the best sentence about it, from everything that
    ranks on-theme, so a comparison covers founding, size, status ... where sources say; then
    the unit's best remaining points up to PER_ENTITY. The aspect is not printed: matching
    words is not knowing that a sentence is about a unit's leadership."""
    out = []
    for name in entities:
        mine = [r for r in everything if r.entity == name]
        picked: list[Scored] = []
        topics = _topics(theme)
        for _, terms in topics:
            # A sentence stands for the aspect it matches best; among those, dense beats long:
            # "This was founded by Denis Nikitin" over a paragraph that mentions founding in passing.
            fits = [r for r in mine if r not in picked and (h := _hits(r, terms))
                    and h >= max(_hits(r, other) for _, other in topics)]
            best = max(fits, key=lambda r: (_hits(r, terms) / len(r.sentence.text.split()), r.score), default=None)
            if best is not None:
                picked.append(best)
        picked += [r for r in items if r.entity == name and r not in picked][:max(0, PER_ENTITY - len(picked))]
        if picked:
            out.append((name, picked))
    return out


def disagreement_sections(theme: Theme, ctx: Context, on_theme: set[str]) -> list[Section]:
    """'Where sources disagree': each unit's conflicting size figures, each from its own sentence."""
    sections = []
    for entity, figs in ctx.disagreements.items():
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
