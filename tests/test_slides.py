"""A slide deck converted to Markdown (markitdown's "<!-- Slide number: N -->" and "### Notes:"): its
bullets are points without their stops, and its speaker notes are the presenter's words."""

from __future__ import annotations

from conftest import write

from briefing import sentences, sources

DECK = """<!-- Slide number: 1 -->
# Trent Bridges Marathon: independent review of the short course
Dr Alison Prentice, independent reviewer

### Notes:
Thank the chair. The full report (46 pages) is in the committee papers as Appendix 2.

<!-- Slide number: 2 -->
# The answer in one slide
- The course as run was 271 m short: 41,924 m against the certified 42,195 m
- Not 264 m, the figure announced on 15 March
- Recommend what should change before any future event
- Race control log entries about the course to be flagged to the race director at once

### Notes:
The 264 m figure came from a GPS estimate made by the operations manager on 14 March.
"""


def _kinds(tmp_path):
    write(tmp_path, "review.md", DECK)
    [src] = sources.load(tmp_path).sources
    return src, {s.text: s.kind for s in sentences.split(src)}


def test_a_bullet_that_is_a_whole_clause_is_a_statement_without_its_stop(tmp_path):
    src, kinds = _kinds(tmp_path)
    assert src.slides
    assert kinds["The course as run was 271 m short: 41,924 m against the certified 42,195 m"] == "statement"


def test_a_bullet_that_leans_on_the_one_above_or_asks_for_something_is_no_statement(tmp_path):
    _, kinds = _kinds(tmp_path)
    assert kinds["Not 264 m, the figure announced on 15 March"] == "fragment"
    assert kinds["Recommend what should change before any future event"] == "fragment"
    assert kinds["Race control log entries about the course to be flagged to the race director at once"] == "fragment"


def test_speaker_notes_are_the_presenter_s_words_not_notes_to_figures(tmp_path):
    _, kinds = _kinds(tmp_path)
    assert kinds["The 264 m figure came from a GPS estimate made by the operations manager on 14 March."] == "statement"
    assert kinds["Thank the chair."] == "fragment"


def test_a_page_without_slide_marks_keeps_its_notes_as_notes(tmp_path):
    write(tmp_path, "review.md", DECK.replace("<!-- Slide number: 1 -->", "").replace("<!-- Slide number: 2 -->", ""))
    [src] = sources.load(tmp_path).sources
    kinds = {s.text: s.kind for s in sentences.split(src)}
    assert not src.slides
    assert kinds["The 264 m figure came from a GPS estimate made by the operations manager on 14 March."] == "note"
    assert kinds["The course as run was 271 m short: 41,924 m against the certified 42,195 m"] == "fragment"

