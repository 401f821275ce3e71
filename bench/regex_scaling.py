"""Every module-level regex of the text pipeline, timed on hostile text of two sizes.

A regex that backtracks over a run of digits, quote marks or spaces is quadratic: four
times the text takes sixteen times as long. Each pattern is run (finditer to the end, as
the pipeline does) over runs of one hostile piece at N and 4N characters, embedded in a
sentence; the table lists the worst growth per pattern. Linear patterns grow ~4x; a
quadratic one ~16x. A pattern the code runs only on part of the text (up to the last
closing quote mark) is timed the way the code runs it.
    .venv/bin/python bench/regex_scaling.py [N]
"""

from __future__ import annotations

import re
import sys
import time

from briefing import (
    boilerplate,
    figures,
    leadins,
    meta,
    numbers,
    referents,
    retrieval,
    rivals,
    roles,
    sentences,
    standalone,
    subtopics,
    verify,
)
from briefing.engines import extractive

PIECES = ["7", "1,", "1, ", "123,", "7.", "«", "»", "«»", "“", "”", "\"", "'", "’", " ", "a", "A", "Aa ", "-", ".",
          ". ", "a.", "A.", "aa. ", "[A", "[", "|", "/", "(", "A ", "The ", "the ", "1 ", "around ", "around 1 ",
          "Legion ", "e", "\u200b", "a\u200b", "ab-", "A'", "n't ", "not ", "one ", "hundred ", "nine ",
          "%", "1%", "s", "!", "?"]
MODULES = [boilerplate, figures, leadins, meta, numbers, referents, retrieval, rivals, roles, sentences, standalone,
           subtopics, verify, extractive]


def patterns() -> list[tuple[str, re.Pattern]]:
    out = []
    for mod in MODULES:
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                out.append((f"{mod.__name__.split('.')[-1]}.{name}", value))
            elif isinstance(value, list) and value and all(isinstance(v, re.Pattern) for v in value):
                out += [(f"{mod.__name__.split('.')[-1]}.{name}[{i}]", v) for i, v in enumerate(value)]
    return out + [("verify._name_pattern()", verify._name_pattern())]


# Patterns the code runs only on a bounded part of the text: timed as the code uses them.
AS_USED = {"verify.QUOTED": verify._quotes, "sentences.QUOTE_SPAN": sentences.strip_quotes}


def cost(pattern: re.Pattern, text: str, used=None) -> float:
    t = time.perf_counter()
    if used is not None:
        used(text)
    else:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - t


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(f"| pattern | worst piece | s at {n} | s at {4 * n} | growth |\n|---|---|---|---|---|")
    for name, pattern in patterns():
        worst = (0.0, "", 0.0, 0.0)
        used = AS_USED.get(name)
        for piece in PIECES:
            small = "The legion said it had " + piece * (n // len(piece)) + " members in all."
            large = "The legion said it had " + piece * (4 * n // len(piece)) + " members in all."
            a = cost(pattern, small, used)
            if a < 1e-4 and cost(pattern, large, used) < 4e-4:
                continue
            b = cost(pattern, large, used)
            if b > worst[3]:
                worst = (b / max(a, 1e-6), piece, a, b)
        growth, piece, a, b = worst
        flag = " **quadratic**" if growth > 9 and b > 0.1 else ""  # below 0.1 s the growth is timer noise
        shown = f"`{name}` (as used: `{used.__name__}`)" if used else f"`{name}`"
        print(f"| {shown} | {piece!r} | {a:.4f} | {b:.4f} | {growth:.1f}{flag} |", flush=True)


if __name__ == "__main__":
    main()
