"""What the appendix quotes of a cited line: the line itself, unless it is too long to print.

A scrape may put a whole page on one line, or 5 MB of text: quoting that line in the PDF
took WeasyPrint ten minutes and more, and no editor could check a claim against it. Such
a line is quoted as the sentences of it that the briefing's claims rest on (those sharing
most words with each claim's sentences), "[…]" for what is left out.
"""

from __future__ import annotations

from .retrieval import stems
from .sentences import split_text
from .sources import Source

MAX_LINE = 3000  # characters of a cited line quoted whole: a long paragraph, not a page
MAX_PIECE = 1000  # characters of one sentence quoted from a longer line


def quoted_line(src: Source, n: int, claims: list[str]) -> str:
    """Line n of the source as the appendix prints it, for the claims that cite it."""
    line = src.line(n)
    if len(line) <= MAX_LINE:
        return line
    from .verify import passage, pieces_of  # the verifier has split this source already

    units, raw = passage(src, n, n).units, pieces_of(src, n, n).get(n, [])
    wanted: set[int] = set()
    for claim in claims:
        for sentence in split_text(claim):
            words = set(stems(sentence))
            if units:
                wanted.add(max(range(len(units)), key=lambda k: len(words & units[k].stems)))
    parts = [text if len(text) <= MAX_PIECE else text[:MAX_PIECE] + " […]"
             for k, (_, text) in enumerate(raw) if k in wanted]
    shown = " […] ".join(parts) if parts else line[:MAX_PIECE]
    return f"[{len(line):,} characters; only the sentences cited from it are shown] […] {shown} […]"
