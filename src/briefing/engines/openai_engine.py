"""The LLM engine: map relevant chunks to cited facts, reduce them to a briefing, then
verify every sentence and table cell, repairing failures once through the model and
replacing what still fails by the closest verified source sentence (or dropping it).

The model sees sentences with stable ids ("1.33") and cites those ids; it is never
asked to count lines. Ids become line citations here, from the sentence records.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, create_model

from .. import chunks, compare, prompts
from ..cache import Cache
from ..draft import Citation, Claim, Draft, Repair, Section
from ..llm import Client, Id, Items, LLMError, Usage
from ..progress import Progress
from ..retrieval import selectable, stems
from ..sentences import Sentence
from ..themes import Theme
from ..verify import check
from . import Context

CHUNK_TOKENS = 2_500  # larger chunks, fewer requests: the system prompt is paid once a request
MAX_FACTS = 40
# A briefing's budget (EDITORIAL.md: a lead, key points, disagreements; ~300 words): the
# schema bounds each list and anything beyond is cut before it is verified or rendered.
MAX_LEAD = 3
MAX_SECTIONS = 4
MAX_POINTS = 6
MAX_DISAGREEMENTS = 6
MAX_IDS = 4  # ids one sentence may cite
# Characters of a sentence and of a heading, for servers that can bound strings (llama.cpp):
# a sentence the verifier accepts cites at most 12 lines, and a heading is a few words.
MAX_CHARS = {"text": 400, "title": 100, "unit": 100}
MIN_OVERLAP = 0.5  # share of a failed claim's content words a replacement must have


class Cited(BaseModel):
    text: str
    ids: list[Id]


class MapAnswer(BaseModel):
    facts: Items[Cited]


class PointGroup(BaseModel):
    title: str
    points: Items[Cited]


class ReduceAnswer(BaseModel):
    lead: Items[Cited]
    sections: Items[PointGroup]
    disagreements: Items[Cited]


def with_table(theme: Theme) -> type[ReduceAnswer]:
    """The reduce answer for an entities theme: a table whose columns are the theme's aspects
    (from the themes file, one field each) and the contrasts between its rows."""
    row = create_model("Row", unit=(str, ...), **{k: (Cited | None, ...) for k in compare.fields(theme)})
    return create_model("ReduceWithTable", __base__=ReduceAnswer, table=(Items[row], ...),
                        contrasts=(Items[Cited], ...))


class Fix(BaseModel):
    n: int
    text: str
    ids: list[Id]


class RepairAnswer(BaseModel):
    fixes: Items[Fix]


class OpenAIEngine:
    name = "openai"

    def __init__(self, model: str | None = None, cache_dir: Path | None = None, use_cache: bool = True,
                 say: Callable[[str], None] = lambda _: None, prompts_dir: Path | None = None,
                 chunk_tokens: int = CHUNK_TOKENS, progress: Progress | None = None, words: int = 300,
                 **client_options):
        from ..cache import default_dir
        from ..llm import DEFAULT_MODEL

        self.model = model or DEFAULT_MODEL
        cache = Cache(cache_dir or default_dir()) if use_cache else None
        self.client = Client(model=self.model, cache=cache, say=say, progress=progress or Progress(),
                             **client_options)
        self.prompts = prompts.load(prompts_dir)
        self.say = say
        self.chunk_tokens = chunk_tokens
        self.words = words

    def draft(self, theme: Theme, ctx: Context) -> Draft:
        return asyncio.run(self.draft_async(theme, ctx))

    # -- stages -----------------------------------------------------------------------------

    async def draft_async(self, theme: Theme, ctx: Context) -> Draft:
        """One theme's draft; several themes may run at once in one event loop, sharing the
        client's limit on requests in flight."""
        usage = Usage(self.model)  # this theme's share: themes run at once on one client
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
            material["facts"] = await self._map(theme, todo, notes, usage)
            if not material["facts"]:
                raise LLMError(f"{theme.id}: the model found no facts for this theme in the sources")
            known = {i for f in material["facts"] for i in f.ids}
        units = [e.name for e in ctx.book.rows(theme)]
        fields = compare.fields(theme) if table else None
        max_sections = max(MAX_SECTIONS, len(units)) if table else MAX_SECTIONS
        bounds = {"lead": (1, MAX_LEAD), "sections": (1, max_sections), "points": (1, MAX_POINTS),
                  "disagreements": (0, MAX_DISAGREEMENTS), "table": (0, len(units)), "ids": (1, MAX_IDS),
                  "contrasts": (0, MAX_DISAGREEMENTS)}
        items = (MAX_LEAD + max_sections * MAX_POINTS + MAX_DISAGREEMENTS
                 + (len(units) * len(fields) + MAX_DISAGREEMENTS if table else 0))
        reduced = await self._ask(f"{theme.id}: reduce", "reduce", self.prompts.render(
            "reduce", theme=theme, table=table, units=units, columns=fields or {}, max_lead=MAX_LEAD,
            max_sections=max_sections, max_points=MAX_POINTS, **material),
            with_table(theme) if table else ReduceAnswer, usage, bounds, items)
        sections = self._sections(reduced, fields)
        sections = await self._verify_and_repair(theme, sections, ctx, by_id, known, notes, usage)
        sections = compare.rows_checked(sections, theme, ctx, notes) if table else sections
        return Draft(theme_id=theme.id, title=theme.title, engine=self.name, sections=sections,
                     usage=usage.to_json(), repairs=notes)

    async def _map(self, theme: Theme, todo: list[chunks.Chunk], notes: list[Repair], usage: Usage) -> list[Cited]:
        """The theme's facts in each chunk, asked concurrently; facts citing outside their chunk go."""

        async def one(n: int, chunk: chunks.Chunk) -> list[Cited]:
            max_facts = min(MAX_FACTS, max(8, len(chunk.sentences) // 2))  # a bigger chunk holds more facts
            answer = await self._ask(f"{theme.id}: map {n}/{len(todo)}", "map", self.prompts.render(
                "map", theme=theme, sentences=chunk.sentences, max_facts=max_facts), MapAnswer, usage,
                {"facts": (0, max_facts), "ids": (1, MAX_IDS)}, max_facts)
            allowed = {s.id for s in chunk.sentences}
            kept = []
            for f in answer.facts:
                ids = [i for i in f.ids if i in allowed]
                if ids and f.text.strip():
                    kept.append(Cited(text=f.text, ids=ids))
                else:
                    notes.append(Repair("dropped", f.text, f"map step: cites {f.ids or 'nothing'}, not in its chunk"))
            return kept

        return [f for group in await asyncio.gather(*(one(n, c) for n, c in enumerate(todo, 1))) for f in group]

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

    async def _ask(self, label: str, stage: str, prompt: str, answer, usage: Usage,
                   bounds: dict[str, tuple[int, int]], items: int):
        messages = [{"role": "system", "content": self.prompts.render("system")},
                    {"role": "user", "content": prompt}]
        return await self.client.ask(stage, messages, answer, bounds=bounds, items=items, lengths=MAX_CHARS,
                                     label=label, usage=usage)

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

    async def _verify_and_repair(self, theme: Theme, sections, ctx: Context, by_id: dict[str, Sentence],
                                 relevant: set[str], notes: list[Repair], usage: Usage) -> list[Section]:
        pending = []  # (section, index, claim, ids, reason)
        gone = []  # the dropped ones, with the index of their note
        for section, items in sections:
            for claim, ids in items:
                claim, reason = _resolve(claim, ids, by_id, ctx)
                section.claims.append(claim)
                if reason:
                    pending.append((section, len(section.claims) - 1, claim, ids, reason))
        if pending:
            fixes = await self._repair(theme, pending, by_id, relevant, usage)
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
                    gone.append((section, i, claim, ids, reason, len(notes) - 1))
        if gone and not any(c for s, _ in sections for c in s.claims):
            _keep_cited(gone, by_id, ctx, notes)
        seen: set[str] = set()  # across sections: a repair or replacement may land on the lead's sentence
        for section, _ in sections:
            section.claims = [c for c in section.claims if c is not None]
            section.claims = [c for c in section.claims if not (c.text in seen or seen.add(c.text))]
        return [s for s, _ in sections if s.claims]

    async def _repair(self, theme: Theme, pending, by_id: dict[str, Sentence], relevant: set[str],
                      usage: Usage) -> dict[int, Fix]:
        failures = [{"n": n, "text": claim.text, "ids": ids, "reason": reason}
                    for n, (_, _, claim, ids, reason) in enumerate(pending, 1)]
        cited = {i for _, _, _, ids, _ in pending for i in ids if i in by_id}
        context = [by_id[i] for i in sorted(cited | relevant, key=_order) if i in by_id]
        try:
            answer = await self._ask(f"{theme.id}: repair", "repair", self.prompts.render(
                "repair", failures=failures, sentences=context), RepairAnswer, usage,
                {"fixes": (0, len(failures)), "ids": (0, MAX_IDS)}, len(failures))
        except LLMError as e:
            self.say(f"{e}; the failed sentences are replaced or dropped instead")
            return {}  # repair is a second chance, not a requirement: fall back to replacement
        return {f.n: f for f in answer.fixes}


def _keep_cited(gone, by_id: dict[str, Sentence], ctx: Context, notes: list[Repair]) -> None:
    """Nothing the model wrote survived (a very small model writes no sentence the sources
    support): rather than an empty briefing, each failed lead sentence or key point gives way
    to a source sentence it cited, if that one passes the verifier. Which sentences it chose
    is the one part of such an answer that can be checked. Disagreements and table cells are
    not filled this way: a sentence there must say what the heading promises."""
    used: set[str] = set()
    for section, i, claim, ids, reason, k in gone:
        if section.kind not in ("lead", "points") or claim.label is not None:
            continue
        for sid in ids:
            sentence = by_id.get(sid)
            if sentence is None or sid in used or not selectable(sentence):
                continue
            # as _closest does: the sentence as it stands alone, referents named in brackets
            done = ctx.referents.in_time(ctx.referents.resolve(sentence, lambda x: x.whole, lambda x: False))
            if done is None:
                continue
            replacement = Claim(done.text, _merge(tuple(ctx.citation(x) for x in done.cited)))
            if check(replacement, ctx.corpus) is None:
                used.add(sid)
                section.claims[i] = replacement
                notes[k] = Repair("replaced", claim.text,
                                  f"{reason}; no sentence of the answer survived: kept the sentence it cited",
                                  replacement.text)
                break


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
    """The whole source sentence closest in words to a failed claim, among those it cited,
    else among the on-theme ones (a small model often cites the wrong id for a sentence it
    did copy), provided it passes the verifier itself."""
    words = set(stems(claim.text))
    cited = [by_id[i] for i in ids if i in by_id and selectable(by_id[i])]
    for pool in (cited, [by_id[i] for i in sorted(relevant) if i in by_id]):
        best = max(pool, key=lambda s: (len(words & set(stems(s.text))), s.id), default=None)
        if best is None or len(words & set(stems(best.text))) < MIN_OVERLAP * len(words):
            continue  # nothing says nearly the same thing: better no sentence than another one
        # the sentence as it stands alone: referents named in brackets, or the one before joined
        done = ctx.referents.in_time(ctx.referents.resolve(best, lambda x: x.whole, lambda x: False))
        if done is None:
            continue
        replacement = Claim(done.text, _merge(tuple(ctx.citation(x) for x in done.cited)))
        if check(replacement, ctx.corpus) is None:
            return replacement
    return None
