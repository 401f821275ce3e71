"""The LLM engine: map relevant chunks to cited facts, reduce them to a briefing, then
verify every sentence and table cell, repairing failures once through the model and
replacing what still fails by the closest verified source sentence (or dropping it).

The model sees sentences with stable ids ("1.33") and cites those ids; it is never
asked to count lines. Ids become line citations here, from the sentence records.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, create_model

from .. import chunks, compare, prompts
from ..draft import Citation, Claim, Draft, Repair, Section
from ..llm import Client, LLMError
from ..retrieval import selectable, stems
from ..sentences import Sentence
from ..themes import Theme
from ..verify import check
from . import Context

CHUNK_TOKENS = 2_500  # larger chunks, fewer requests: the system prompt is paid once a request
MAX_FACTS = 40
TOTAL_TIMEOUT = 600.0
MIN_OVERLAP = 0.5  # share of a failed claim's content words a replacement must have


class Cited(BaseModel):
    text: str
    ids: list[str]


class MapAnswer(BaseModel):
    facts: list[Cited]


class PointGroup(BaseModel):
    title: str
    points: list[Cited]


class ReduceAnswer(BaseModel):
    lead: list[Cited]
    sections: list[PointGroup]
    disagreements: list[Cited]


def with_table(theme: Theme) -> type[ReduceAnswer]:
    """The reduce answer for an entities theme: a table whose columns are the theme's aspects
    (from the themes file, one field each) and the contrasts between its rows."""
    row = create_model("Row", unit=(str, ...), **{k: (Cited | None, ...) for k in compare.fields(theme)})
    return create_model("ReduceWithTable", __base__=ReduceAnswer, table=(list[row], ...),
                        contrasts=(list[Cited], ...))


class Fix(BaseModel):
    n: int
    text: str
    ids: list[str]


class RepairAnswer(BaseModel):
    fixes: list[Fix]


class OpenAIEngine:
    name = "openai"

    def __init__(self, model: str | None = None, cache_dir: Path | None = None, use_cache: bool = True,
                 say: Callable[[str], None] = lambda _: None, prompts_dir: Path | None = None,
                 chunk_tokens: int = CHUNK_TOKENS, words: int = 300, **client_options):
        from ..llm import DEFAULT_MODEL, default_cache_dir

        self.model = model or DEFAULT_MODEL
        self.client = Client(model=self.model, cache_dir=(cache_dir or default_cache_dir()) if use_cache else None,
                             **client_options)
        self.prompts = prompts.load(prompts_dir)
        self.say = say
        self.chunk_tokens = chunk_tokens
        self.words = words

    def draft(self, theme: Theme, ctx: Context) -> Draft:
        try:
            return asyncio.run(asyncio.wait_for(self._draft(theme, ctx), TOTAL_TIMEOUT))
        except TimeoutError:
            raise LLMError(f"{theme.id}: the model did not finish within {TOTAL_TIMEOUT:.0f} s") from None

    # -- stages -----------------------------------------------------------------------------

    async def _draft(self, theme: Theme, ctx: Context) -> Draft:
        before = copy.copy(self.client.usage)
        by_id = ctx.by_id
        notes: list[Repair] = []
        relevant = self._relevant(theme, ctx)
        # Sentence ids say which source a sentence is from, so one request may span sources.
        todo = chunks.chunk(self.context_for(relevant, ctx), self.chunk_tokens, split_sources=False)
        if not todo:
            raise LLMError(f"{theme.id}: no sentence in the sources ranks for this theme")
        table = theme.sections == "entities"
        material = {"facts": [], "sentences": []}
        if len(todo) == 1:
            # It all fits in one request: write the briefing from the sentences themselves.
            # A map step would only make the model read the same text twice.
            self.say(f"{theme.id}: asking {self.model} for the briefing")
            material["sentences"] = todo[0].sentences
            known = {s.id for s in todo[0].sentences}
        else:
            self.say(f"{theme.id}: asking {self.model} about {len(todo)} chunks")
            material["facts"] = await self._map(theme, todo, notes)
            if not material["facts"]:
                raise LLMError(f"{theme.id}: the model found no facts for this theme in the sources")
            known = {i for f in material["facts"] for i in f.ids}
        reduced = await self._ask("reduce", self.prompts.render(
            "reduce", theme=theme, table=table, units=[e.name for e in ctx.book.rows(theme)],
            columns=compare.fields(theme), **material), with_table(theme) if table else ReduceAnswer)
        sections = self._sections(reduced, compare.fields(theme) if table else None)
        sections = await self._verify_and_repair(sections, ctx, by_id, known, notes)
        sections = compare.rows_checked(sections, theme, ctx, notes) if table else sections
        usage = self.client.usage.since(before).to_json()
        return Draft(theme_id=theme.id, title=theme.title, engine=self.name, sections=sections, usage=usage,
                     repairs=notes)

    async def _map(self, theme: Theme, todo: list[chunks.Chunk], notes: list[Repair]) -> list[Cited]:
        """The theme's facts in each chunk, asked concurrently; facts citing outside their chunk go."""
        done = 0

        async def one(chunk: chunks.Chunk) -> list[Cited]:
            nonlocal done
            max_facts = min(MAX_FACTS, max(8, len(chunk.sentences) // 2))  # a bigger chunk holds more facts
            answer = await self._ask("map", self.prompts.render(
                "map", theme=theme, sentences=chunk.sentences, max_facts=max_facts), MapAnswer)
            done += 1
            self.say(f"{theme.id}: map {done}/{len(todo)}")
            allowed = {s.id for s in chunk.sentences}
            kept = []
            for f in answer.facts:
                ids = [i for i in f.ids if i in allowed]
                if ids and f.text.strip():
                    kept.append(Cited(text=f.text, ids=ids))
                else:
                    notes.append(Repair("dropped", f.text, f"map step: cites {f.ids or 'nothing'}, not in its chunk"))
            return kept

        return [f for group in await asyncio.gather(*(one(c) for c in todo)) for f in group]

    def _relevant(self, theme: Theme, ctx: Context) -> set[str]:
        """Ids of sentences the embedded ranking finds on-theme: the rest costs no tokens."""
        return {r.sentence.id for r in ctx.index.on_theme(theme)}

    @staticmethod
    def context_for(relevant: set[str], ctx: Context) -> list[Sentence]:
        """What the model reads: the on-theme sentences and their neighbours in the same
        paragraph, for context. The rest of the corpus costs no tokens."""
        keep: set[int] = set()
        for i, s in enumerate(ctx.sentences):
            if s.id in relevant:
                keep.update(j for j in (i - 1, i, i + 1)
                            if 0 <= j < len(ctx.sentences) and ctx.sentences[j].block == s.block
                            and ctx.sentences[j].source == s.source)
        return [ctx.sentences[i] for i in sorted(keep) if ctx.sentences[i].whole]

    async def _ask(self, stage: str, prompt: str, answer):
        messages = [{"role": "system", "content": self.prompts.render("system")},
                    {"role": "user", "content": prompt}]
        return await self.client.ask(stage, messages, answer)

    @staticmethod
    def _sections(reduced: ReduceAnswer, table: dict | None) -> list[tuple[Section, list[tuple[Claim, list[str]]]]]:
        """Empty sections, each with its claims and, beside each claim, the ids it cited (resolved later)."""
        def claims(items: list[Cited]) -> list[tuple[Claim, list[str]]]:
            return [(Claim(c.text.strip(), ()), c.ids) for c in items]

        out = [(Section("Lead", "lead"), claims(reduced.lead))]
        out += [(Section(g.title, "points"), claims(g.points)) for g in reduced.sections]
        if reduced.disagreements:
            out.append((Section("Where sources disagree", "disagreement"), claims(reduced.disagreements)))
        if table:
            cells = [(Claim(cell.text.strip(), (), label=f"{row.unit}|{title}"), cell.ids) for row in reduced.table
                     for key, title in table.items() if (cell := getattr(row, key)) is not None]
            out.append((Section(compare.TABLE, "table", columns=tuple(table.values())), cells))
            out.append((Section(compare.CONTRASTS, "contrasts"), claims(reduced.contrasts)))
        return out

    async def _verify_and_repair(self, sections, ctx: Context, by_id: dict[str, Sentence], relevant: set[str],
                                 notes: list[Repair]) -> list[Section]:
        pending = []  # (section, index, claim, ids, reason)
        for section, items in sections:
            for claim, ids in items:
                claim, reason = _resolve(claim, ids, by_id, ctx)
                section.claims.append(claim)
                if reason:
                    pending.append((section, len(section.claims) - 1, claim, ids, reason))
        if pending:
            fixes = await self._repair(pending, by_id, relevant)
            for n, (section, i, claim, ids, reason) in enumerate(pending, 1):
                fix = fixes.get(n)
                if fix is not None and fix.text.strip():
                    fixed, why = _resolve(Claim(fix.text.strip(), (), claim.label), fix.ids, by_id, ctx)
                    if why is None:
                        section.claims[i] = fixed
                        notes.append(Repair("repaired", claim.text, reason, fixed.text))
                        continue
                    reason = f"{reason}; after repair: {why}"
                replacement = _closest(claim, ids, by_id, relevant, ctx)
                if replacement is not None and claim.label is None:
                    section.claims[i] = replacement
                    notes.append(Repair("replaced", claim.text, reason, replacement.text))
                else:
                    notes.append(Repair("dropped", claim.text, reason))
                    section.claims[i] = None
        for section, _ in sections:
            section.claims = [c for c in section.claims if c is not None]
            seen: set[str] = set()
            section.claims = [c for c in section.claims if not (c.text in seen or seen.add(c.text))]
        return [s for s, _ in sections if s.claims]

    async def _repair(self, pending, by_id: dict[str, Sentence], relevant: set[str]) -> dict[int, Fix]:
        failures = [{"n": n, "text": claim.text, "ids": ids, "reason": reason}
                    for n, (_, _, claim, ids, reason) in enumerate(pending, 1)]
        cited = {i for _, _, _, ids, _ in pending for i in ids if i in by_id}
        context = [by_id[i] for i in sorted(cited | relevant, key=_order) if i in by_id]
        try:
            answer = await self._ask("repair", self.prompts.render("repair", failures=failures, sentences=context),
                                     RepairAnswer)
        except LLMError:
            return {}  # repair is a second chance, not a requirement: fall back to replacement
        return {f.n: f for f in answer.fixes}


def _order(sentence_id: str) -> tuple[int, int]:
    a, b = sentence_id.split(".")
    return int(a), int(b)


def _resolve(claim: Claim, ids: list[str], by_id: dict[str, Sentence], ctx: Context) -> tuple[Claim, str | None]:
    """The claim with its ids turned into line citations, and why it fails the verifier (or None)."""
    unknown = [i for i in ids if i not in by_id]
    cites = tuple(ctx.citation(by_id[i]) for i in sorted({i for i in ids if i in by_id}, key=_order))
    resolved = Claim(claim.text, _merge(cites), claim.label)
    if unknown:
        return resolved, f"cites id {unknown[0]}, which is not a source sentence"
    return resolved, check(resolved, ctx.corpus)


def _merge(cites: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """Adjacent or overlapping ranges of one file become one citation."""
    out: list[Citation] = []
    for c in cites:
        if out and out[-1].path == c.path and c.line_start <= out[-1].line_end + 1:
            out[-1] = Citation(c.path, out[-1].line_start, max(out[-1].line_end, c.line_end))
        else:
            out.append(c)
    return tuple(out)


def _closest(claim: Claim, ids: list[str], by_id: dict[str, Sentence], relevant: set[str],
             ctx: Context) -> Claim | None:
    """The whole source sentence closest in words to a failed claim, among those it cited
    (else the on-theme ones), provided it passes the verifier itself."""
    pool = [by_id[i] for i in ids if i in by_id and selectable(by_id[i])]
    if not pool:
        pool = [by_id[i] for i in relevant if i in by_id]
    words = set(stems(claim.text))
    best = max(pool, key=lambda s: (len(words & set(stems(s.text))), s.id), default=None)
    if best is None or len(words & set(stems(best.text))) < MIN_OVERLAP * len(words):
        return None  # nothing says nearly the same thing: better no sentence than another one
    replacement = Claim(best.text, (ctx.citation(best),))
    return replacement if check(replacement, ctx.corpus) is None else None
