"""Whose "he" or "she" it is when the person the article means was named in a way the name cues
missed (tests/articles/speakers/): a broker given an appositive with "who", a crew member
known only by a first name, a man given an age. The person named before them must never get
their words."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import themes
from briefing.pipeline import Settings, prepare

SPEAKERS = Path(__file__).parent / "articles" / "speakers"


@pytest.fixture(scope="module")
def ctx():
    return prepare(Settings(sources=SPEAKERS), themes.load(None))


def _resolved(ctx, start: str) -> str | None:
    s = next(x for x in ctx.sentences if x.text.startswith(start))
    done = ctx.referents.resolve(s)
    return done.text if done else None


def test_a_quote_after_an_appositive_with_who_is_that_person_s_not_the_one_named_before(ctx):
    assert _resolved(ctx, '"Scrapped, the hull') == ('"Scrapped, the hull might fetch twelve thousand pounds," '
                                                         '[Ivo Brandt] said.')


def test_someone_known_by_a_first_name_only_is_the_he_or_she_that_follows(ctx):
    assert _resolved(ctx, "She told the board") == ("[Lidia] told the board that the shore power cable had been "
                                                    "sparking for a week and that she had reported it twice.")


def test_a_name_given_an_age_is_the_his_of_the_next_sentence(ctx):
    assert _resolved(ctx, "His father lost").startswith("[Pasha’s] father lost")


def test_an_imperative_before_a_name_is_no_part_of_it(ctx):
    source = ctx.sentences[0].source
    assert "Ask Pasha" not in ctx.referents.persons_for(source)


@pytest.mark.parametrize("start", ['"Scrapped, the hull', "She told the board", "His father lost"])
def test_the_person_named_before_is_never_given_these_words(ctx, start):
    assert "Corrigan" not in (_resolved(ctx, start) or "") and "Quayle" not in (_resolved(ctx, start) or "")
