"""Sentences that leaned on their article in real briefings, rebuilt on articles written for
these tests (tests/articles/alone/): a speaker's "we", the subject of what someone said, a
reply with nothing it counts, a paper's notes and its numbers-first lists, a claim whose
exception follows it, and a body's name with its article."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import resolved

from briefing import themes
from briefing.draft import Citation, Claim
from briefing.pipeline import Settings, prepare
from briefing.standalone import needs_context, with_the
from briefing.verify import check

ALONE = Path(__file__).parent / "articles" / "alone"


@pytest.fixture(scope="module")
def ctx():
    return prepare(Settings(sources=ALONE), themes.load(None))


def _check(ctx, text: str, *lines: tuple[int, int], source: int = 1) -> str | None:
    path = ctx.corpus.sources[source - 1].path
    return check(Claim(text, tuple(Citation(path, a, b) for a, b in lines)), ctx.corpus)


# --- a speaker's "we" -----------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("“We were eight when we began, in October 2024,” [Mr Dorogin] says.", "we (which body?)"),
    ("“Last year we turned down two applicants in every three,” [Mr Dorogin] says.", "we (which body?)"),
    ("“Most of our men arrested protesters,” [Mr Dorogin] says.", "our (which body?)"),
])
def test_a_speakers_we_needs_the_body_they_speak_for(text, word):
    assert needs_context(text, frozenset({"Dorogin"})) == word


@pytest.mark.parametrize("text", [
    "“We were eight when we began,” [Mr Dorogin, of Kitezh] says.",
    "“Kitezh has one hundred and forty people. We were eight when we began,” [Mr Dorogin] says.",
    "“We Russians in the valley are used to dry summers,” [Mr Rein] says.",
    "“Two of the eleven gauges we rely on failed,” [Dr Fischer] says.",  # not what it is about
    "“The Siberian Battalion has written to us,” [Mr Berg] says.",
])
def test_a_we_the_sentence_settles_or_that_is_not_its_subject_stands_alone(text):
    assert needs_context(text, frozenset({"Dorogin", "Rein", "Fischer", "Berg"})) is None


def test_a_speakers_body_is_named_from_the_record_that_introduces_them(ctx):
    text = resolved(ctx, "“For the Calder basin, our estimate")
    assert text == ("“For the Calder basin, our estimate is that forty wells have run dry since June,” "
                    "[Dr Holt, of the Calder Institute for Water Policy] says.")
    assert _check(ctx, text, (7, 7), (11, 11)) is None
    assert "which body" in _check(ctx, text.replace(", of the Calder Institute for Water Policy", ""), (11, 11))


def test_a_speakers_body_is_named_from_the_turn_that_names_it_before_the_we(ctx):
    s = next(x for x in ctx.sentences if x.text.startswith("“We were six"))
    text = ctx.referents._bracket(s).text
    assert text == ("“We were six when we began, in May 2021: four farmers and two engineers,” "
                    "[Mr Rein, of Brightwater Cooperative] says.")
    assert _check(ctx, text, (23, 23)) is None


def test_a_speakers_we_nothing_settles_is_left_out(ctx):
    assert resolved(ctx, "“Our wells still give water") is None


# --- the subject of what someone said ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Inspector Rask told reporters it has a few hundred tankers on the road.",
    "Ukrainian officers told reporters that it has a few hundred men.",
    "“Ukrainian officers told us it has a few hundred men,” [Dr Lund] says.",
])
def test_a_persons_it_as_the_subject_of_what_they_said_needs_context(text):
    assert needs_context(text, frozenset({"Rask", "Inspector Rask"})) == "it (a body)"


def test_a_bodys_it_in_what_it_said_stands_alone():
    assert needs_context("The Calder Springs Water District told reporters it has 240 tankers.", frozenset()) is None


def test_a_persons_it_in_a_turn_is_not_printed(ctx):
    assert resolved(ctx, "“Inspector Rask told us") is None


# --- a reply with nothing it counts --------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("“Fewer than two hundred, in my estimate,” [Dr Holt] says.", "fewer than two hundred of what"),
    ("“Two to four hundred, I think,” [Anneli Vask] says.", "two to four hundred of what"),
    ("“Seventy-four,” [Anneli Vask] says.", "seventy-four of what"),
])
def test_a_reply_that_is_a_figure_alone_needs_the_question(text, word):
    assert needs_context(text) == word


def test_a_spoken_figure_with_what_it_counts_stands_alone():
    assert needs_context("“Fewer than two hundred men are left,” [Dr Holt] says.") is None


def test_a_reply_is_not_printed(ctx):
    assert resolved(ctx, "“Fewer than two hundred") is None


# --- a body's name with its article --------------------------------------------------------

@pytest.mark.parametrize("name, written", [
    ("Halden Institute for Conflict Studies", "the Halden Institute for Conflict Studies"),
    ("Office for Qualifications Standards", "the Office for Qualifications Standards"),
    ("Kolokol Weekly", "Kolokol Weekly"),
    ("Westmark Assessment", "Westmark Assessment"),
    ("The Daily Express", "The Daily Express"),
])
def test_a_bodys_name_takes_the_article_english_gives_it(name, written):
    assert with_the(name) == written


def test_a_name_the_article_writes_with_the_takes_it():
    assert with_the("Kyiv Independent", "… according to The Kyiv Independent.") == "the Kyiv Independent"


# --- a paper's notes and its numbers-first lists -------------------------------------------

def test_a_papers_note_is_a_caveat_not_a_point(ctx):
    notes = [s for s in ctx.sentences if s.source == 2 and s.line_start >= 28]
    assert notes and all(s.kind == "note" for s in notes)
    assert not any(s.kind == "note" for s in ctx.sentences if s.source == 2 and s.line_start < 28)


@pytest.mark.parametrize("text", [
    "103 — Russian prisoners of war accepted into the volunteer formations so far.",
    "17 March — the new date for the Supreme Court hearing on Kitezh.",
    "240 — tankers the district says it runs.",
])
def test_a_numbers_first_list_item_is_a_label_not_a_sentence(text):
    assert needs_context(text) == "a list label"


def test_the_verifier_leaves_a_list_label_out(ctx):
    assert "list label" in _check(ctx, "17 March — the date of the next allocation hearing.", (23, 23), source=2)


# --- a rule and the exception right after it ------------------------------------------------

def test_a_sweeping_rule_comes_with_the_exception_after_it(ctx):
    assert resolved(ctx, "All existing contracts") == (
        "All existing contracts will be paid as normal. Contracts signed after 1 February will not be paid "
        "until the audit ends, and the rest will be reviewed in April.")


def test_a_claim_with_no_exception_after_it_stands_as_it_is(ctx):
    assert resolved(ctx, "Households will receive") == (
        "Households will receive tanker water free of charge until the end of May.")


# --- a short name inside a turn ------------------------------------------------------------

def test_a_short_name_in_a_turn_is_named_inside_the_briefings_quote_marks(ctx):
    text = resolved(ctx, "“The institute's report")
    assert text == ("“[The Calder Institute for Water Policy’s] report says nine villages now rely on tankers,” "
                    "[Mr Vik] says.")
    assert _check(ctx, text, (7, 7), (13, 13)) is None


def test_a_plural_possessive_bracket_is_read_as_the_name(tmp_path):
    (tmp_path / "a.txt").write_text("Border report\n\nThe Centre for Border Studies counted 40 crossings in May. "
                                    "The centre's report says nine villages rely on tankers.\n")
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    text = "[The Centre for Border Studies’] report says nine villages rely on tankers."
    assert _check(ctx, text, (3, 3)) is None
    assert "not in the cited lines" in _check(ctx, text.replace("Border", "Water"), (3, 3))
