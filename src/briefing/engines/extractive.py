"""The embedded, deterministic engine: a briefing made of the best-ranked source sentences.

No model, no network: the same sources and themes always give the same briefing.
Every claim is a cleaned source sentence, so it passes the verifier unless the
sentence splitter got its lines wrong, which is exactly what the verifier is for.
"""

from __future__ import annotations

from .. import figures
from ..draft import Claim, Draft, Section
from ..retrieval import Scored, stems
from ..themes import Theme
from . import Context

LEAD = 3
MAX_POINTS = 15
PER_ENTITY = 5
MIN_RELATIVE_SCORE = 0.2  # below a fifth of the best score a sentence is off-theme
OTHER = "Other reporting"


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

        sections = [Section("Lead", "lead", [self._claim(r, ctx) for r in lead])]
        sections += [Section(title, "points", [self._claim(r, ctx) for r in items]) for title, items in groups]
        sections += disagreement
        return Draft(theme_id=theme.id, title=theme.title, engine=self.name, sections=sections)

    @staticmethod
    def _claim(r: Scored, ctx: Context) -> Claim:
        return Claim(r.sentence.text, (ctx.citation(r.sentence),))


def pick_lead(ranked: list[Scored]) -> list[Scored]:
    """The best statements (reported fact, not a quote), one per source while that is possible."""
    statements = [r for r in ranked if r.sentence.kind == "statement"]
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
        for f, s in zip(figs, sentences):
            if s.id not in seen:
                seen.add(s.id)
                claims.append(Claim(s.text, (ctx.citation(s),), label=f.value))
        sections.append(Section(f"Where sources disagree: size of the {entity}", "disagreement", claims))
    return sections
