"""A log's entries keep their heading: a line lifted from "Callout 12. Fri 4 Sept. Kelso." is
printed with that heading, its day and its place (fresh24's beekeepers' callout log). A page's
undated subheadings and a FAQ's "Q2." are no log's headings. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import resolved

from briefing import entries, sentences, sources, themes, verify
from briefing.draft import Citation, Claim
from briefing.pipeline import Settings, prepare

LOG = """Fell rescue: the callout log

Published by the Harrowdale Fell Rescue Team. Posted 30 September 2037.

THE CALLOUT LOG (newest first)

Callout 14. Sat 26 Sept. Scar Crag. A walker with a broken ankle on the
scree. Stretcher carry of 2 km; handed to the ambulance at the road end.

Callout 13. Tue 22 Sept. Harrow Beck. Reported missing cyclist. Found at
home. Stood down.

Callout 12. Fri 18 Sept. Long Moss. Two walkers lost in mist on the
plateau, found by the search dog at 23.40 and walked off unhurt.

Callout 11. Sun 13 Sept. Scar Crag. Winched from the gully by the
coastguard helicopter after a fall of about 8 m; flown to hospital.
"""

SUBHEADED = """Ten things to know about the race

Posted 30 September 2037.

The course. The race starts at the church and climbs to the cairn at 600 m.

The rules. Every runner carries a map, a compass and a whistle.

The weather. Runners turn back at the cairn if the cloud is down.

The prizes. The winner takes a trophy made from a fence post.
"""


def _ctx(tmp_path: Path, text: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text(text, encoding="utf-8")
    book = themes.load()
    return prepare(Settings(sources=folder), book, book.everything())


def test_a_line_of_a_log_entry_is_printed_with_the_entry_s_heading(tmp_path):
    ctx = _ctx(tmp_path, LOG)
    done = resolved(ctx, "Stretcher carry of 2 km")
    assert done == ("Callout 14. Sat 26 Sept. Scar Crag. A walker with a broken ankle on the scree. Stretcher "
                    "carry of 2 km; handed to the ambulance at the road end.")  # a short entry goes whole
    assert resolved(ctx, "Two walkers lost in mist").startswith("Callout 12. Fri 18 Sept. Long Moss. Two walkers")


def test_a_report_in_a_log_keeps_its_outcome(tmp_path):
    # "Reported missing cyclist." alone reads as a missing cyclist; the entry goes on "Found at home."
    ctx = _ctx(tmp_path, LOG)
    assert resolved(ctx, "Reported missing cyclist") == ("Callout 13. Tue 22 Sept. Harrow Beck. Reported missing "
                                                         "cyclist. Found at home. Stood down.")


def test_a_long_entry_gives_its_line_with_the_heading_only(tmp_path):
    long = LOG.replace("walked off unhurt.", "walked off unhurt. " + "The team searched the plateau in pairs. " * 8)
    ctx = _ctx(tmp_path, long)
    assert resolved(ctx, "Two walkers lost in mist") == ("Callout 12. Fri 18 Sept. Long Moss. Two walkers lost in "
                                                         "mist on the plateau, found by the search dog at 23.40 and "
                                                         "walked off unhurt.")


def test_the_heading_is_cited_and_verified_like_any_words(tmp_path):
    ctx = _ctx(tmp_path, LOG)
    s = next(x for x in ctx.sentences if x.text.startswith("Stretcher carry"))
    done = ctx.referents.resolve(s)
    assert min(x.line_start for x in done.cited) == 7  # the heading's line
    path = ctx.corpus.sources[0].path
    spans = tuple(Citation(path, x.line_start, x.line_end) for x in done.cited)
    assert verify.check(Claim(done.text, spans), ctx.corpus) is None


def test_undated_subheadings_make_no_log(tmp_path):
    source = sources.read_source(_write(tmp_path, SUBHEADED), 1)
    assert entries.heads(sentences.split(source)) == {}
    source = sources.read_source(_write(tmp_path, LOG), 1)
    assert entries.heads(sentences.split(source))  # the log itself is one


def test_two_dated_paragraphs_make_no_log(tmp_path):
    two = LOG.split("Callout 12.")[0]
    source = sources.read_source(_write(tmp_path, two), 1)
    assert entries.heads(sentences.split(source)) == {}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / f"page{len(text)}.txt"
    path.write_text(text, encoding="utf-8")
    return path
