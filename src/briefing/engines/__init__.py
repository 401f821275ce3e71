"""Stage 5: engines turn ranked sentences into a draft. All of them share one interface,
the verifier and the renderer; `auto` picks the LLM engine only when one is configured."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..draft import Citation, Draft
from ..retrieval import Index
from ..sentences import Sentence
from ..sources import Corpus
from ..themes import Theme, ThemeBook

NAMES = ("auto", "extractive")  # "openai" joins when the LLM engine lands


@dataclass
class Context:
    """Everything the stages before the engine produced, built once per run."""

    corpus: Corpus
    sentences: list[Sentence]
    index: Index
    book: ThemeBook

    def __post_init__(self):
        self._position = {s.id: i for i, s in enumerate(self.sentences)}

    def position(self, s: Sentence) -> int:
        return self._position[s.id]

    def citation(self, s: Sentence) -> Citation:
        return Citation(self.corpus.sources[s.source - 1].path, s.line_start, s.line_end)


class Engine(Protocol):
    name: str

    def draft(self, theme: Theme, ctx: Context) -> Draft: ...


def resolve(name: str) -> str:
    # Until the LLM engine lands, auto always means the embedded engine.
    return "extractive" if name == "auto" else name


def get(name: str) -> Engine:
    name = resolve(name)
    if name == "extractive":
        from .extractive import Extractive

        return Extractive()
    raise ValueError(f"unknown engine '{name}'; valid engines: {', '.join(NAMES)}")
