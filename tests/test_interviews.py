"""An interview pasted from a PDF labels its turns with initials ("MP:", "HR:") that only its
standfirst spells out (tests/articles/interview/). The answers are the interviewee's words, said
by the name the standfirst gives, cited with the line that gives it; initials nothing spells out
name no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import themes, verify
from briefing.draft import Citation, Claim
from briefing.pipeline import Settings, prepare

INTERVIEW = Path(__file__).parent / "articles" / "interview"


@pytest.fixture(scope="module")
def ctx():
    return prepare(Settings(sources=INTERVIEW), themes.load(None))


def _resolved(ctx, words: str):
    s = next(x for x in ctx.sentences if words in x.text)
    return ctx.referents.resolve(s)


def _checked(ctx, done) -> str | None:
    path = ctx.corpus.sources[0].path
    return verify.check(Claim(done.text, tuple(Citation(path, x.line_start, x.line_end) for x in done.cited)),
                        ctx.corpus)


def test_an_answer_under_initials_is_said_by_the_name_the_standfirst_spells_out(ctx):
    done = _resolved(ctx, "The spare")
    assert done.text == "“A fuel pump on the port engine failed on 3 May. The spare pump failed on 19 May, during " \
                        "the first crossing after the repair,” [Dr Mair Pennant] says."
    assert {8, 9} <= {n for x in done.cited for n in range(x.line_start, x.line_end + 1)}  # "Dr Mair / Pennant"
    assert _checked(ctx, done) is None


def test_her_we_is_the_body_her_title_names_before_her_name(ctx):
    done = _resolved(ctx, "We also asked the operator")
    assert done.text.endswith("[Dr Mair Pennant, of the Welsh Government] says.")
    assert _checked(ctx, done) is None


def test_initials_nothing_spells_out_are_no_one_s_name(ctx):
    words = next(x for x in ctx.sentences if "corrosion" in x.text)
    assert "[Jk]" not in words.text and "Jk" not in words.text
    done = ctx.referents.resolve(words)
    assert done is None or "Jk" not in done.text


def test_the_magazine_s_own_initials_ask_and_state_nothing(ctx):
    assert not any("[Hr]" in x.text for x in ctx.sentences)


def test_a_possessive_before_her_name_is_her_body_only_when_it_gives_her_post(tmp_path):
    text = (INTERVIEW / "01_interview.txt").read_text().replace(
        "month, the Welsh Government's chief marine surveyor, Dr Mair\nPennant, answered our questions.",
        "month, Bardsey Trust's boats stayed ashore, Dr Mair\nPennant told us, and she answered our questions.")
    (tmp_path / "01_interview.txt").write_text(text)
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    done = _resolved(ctx, "We also asked the operator")
    assert done is None or "Bardsey Trust" not in done.text


def test_an_interviewer_s_dotted_initials_are_no_one_s_name(tmp_path):
    # "**K.V.:**" read as a name printed "[K.v.] says" on the interviewer's questions and asides
    from briefing.sentences import split
    from briefing.sources import read_source
    page = tmp_path / "interview.md"
    page.write_text(
        "# The commander who left the Legion\n\n"
        "Yaroslav Tetyorkin commands the Kama Druzhina. We spoke to him over a video link on 21 December.\n\n"
        "**K.V.:** Two days ago the Supreme Court declared you terrorists. What changes?\n\n"
        "For us, nothing. For people in Russia, everything changes.\n\n"
        "**K.V.:** The FSB says you have no more than 60 fighters. How many are you?\n\n"
        "On the roster today there are a hundred and twelve.\n", encoding="utf-8")
    found = {s.text: s for s in split(read_source(page, 1))}
    assert not any("K.v." in text or "K.V." in text for text in found)
    asked = [s for s in found.values() if "Supreme Court declared you" in s.text]
    assert asked and all(s.kind == "quote" for s in asked)  # someone's words, never a fact
