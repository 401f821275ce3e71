"""Stage 5: engines turn ranked sentences into a draft. All of them share one interface,
the verifier and the renderer; `auto` picks the LLM engine only when one is configured."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from .. import figures
from ..draft import Citation, Draft
from ..referents import Referents
from ..retrieval import Index
from ..sentences import Sentence
from ..sources import Corpus
from ..themes import Theme, ThemeBook

NAMES = ("auto", "extractive", "openai")


@dataclass
class Context:
    """Everything the stages before the engine produced, built once per run."""

    corpus: Corpus
    sentences: list[Sentence]
    index: Index
    book: ThemeBook
    themes: list[Theme] = field(default_factory=list)  # the themes this run briefs
    # With several themes: sentence id -> the theme whose briefing prints it (an engine that
    # shares sentences out fills it once, before the themes are written; see Extractive.assign)
    awarded: dict[str, str] | None = None
    # What an engine works out once per run and theme whatever the other themes print (the
    # sentences that state a table's aspects; a theme's final draft), keyed by (what, theme id)
    cache: dict = field(default_factory=dict)

    def __post_init__(self):
        self._position = {s.id: i for i, s in enumerate(self.sentences)}
        self.by_id = {s.id: s for s in self.sentences}
        self._stands: dict[str, bool] = {}
        self.index.stands = self.stands

    def stands(self, s: Sentence) -> bool:
        """Whether `s` can be printed on its own, repaired if need be (asked of few sentences:
        only of those a later near-copy would otherwise give way to)."""
        if s.id not in self._stands:
            refs = self.referents
            self._stands[s.id] = refs.in_time(refs.resolve(s, lambda x: x.whole, lambda x: False)) is not None
        return self._stands[s.id]

    @cached_property
    def disagreements(self) -> dict[str, list[figures.Figure]]:
        """Conflicting unit sizes: the same for every theme, so found once per run."""
        return figures.disagreements(self.index)

    @cached_property
    def referents(self) -> Referents:
        """Who "he" and "the legion" are in each article: shared by the engines."""
        return Referents(self.sentences, self.corpus, self.book.entity)

    @cached_property
    def _paragraphs(self) -> dict[tuple[int, int], list[Sentence]]:
        out: dict[tuple[int, int], list[Sentence]] = {}
        for s in self.sentences:
            out.setdefault((s.source, s.block), []).append(s)
        return out

    def around(self, s: Sentence) -> list[Sentence]:
        """What a reader has around `s`: its paragraph (`s` among it) and the sentence either side
        in the same article, for news paragraphs of one sentence."""
        i = self.position(s)
        near = [self.sentences[j] for j in (i - 1, i + 1)
                if 0 <= j < len(self.sentences) and self.sentences[j].source == s.source]
        return [*self._paragraphs.get((s.source, s.block), [s]), *near]

    def position(self, s: Sentence) -> int:
        return self._position[s.id]

    def citation(self, s: Sentence) -> Citation:
        return Citation(self.corpus.sources[s.source - 1].path, s.line_start, s.line_end)


class Engine(Protocol):
    name: str

    def draft(self, theme: Theme, ctx: Context) -> Draft: ...


def resolve(name: str) -> str:
    if name != "auto":
        return name
    return "openai" if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL") else "extractive"


def get(name: str, **options) -> Engine:
    """The engine by name; options (model, cache, progress) go to engines that use them."""
    name = resolve(name)
    if name == "extractive":
        from .extractive import Extractive

        return Extractive(words=options.get("words", 300))
    if name == "openai":
        from .openai_engine import OpenAIEngine  # imported only here: the SDK costs ~0.4 s

        return OpenAIEngine(**options)
    raise ValueError(f"unknown engine '{name}'; valid engines: {', '.join(NAMES)}")
