"""A sentence is filed under a theme only when it answers the theme, judged by how it uses the
theme's words (fit.py): not one verb in passing, not a subtopic's word without what the subtopic
is about.

tests/articles/themefit/ is a story about how one unit picks its men, with a commander's career,
a deserter's murder and Moscow's view of captured volunteers in between; its themes.toml splits
it into "intake" and "perils".
"""

from __future__ import annotations

from pathlib import Path

from briefing import fit, themes
from briefing.engines.extractive import Extractive
from briefing.pipeline import Settings, prepare
from briefing.subtopics import OTHER, topic_of, topics

THEMEFIT = Path(__file__).parent / "articles" / "themefit"


def briefing(theme_id: str) -> dict[str, list[str]]:
    """One theme's briefing from the story, alone: section title -> its sentences."""
    book = themes.load(THEMEFIT / "themes.toml")
    ctx = prepare(Settings(sources=THEMEFIT), book, [book.get(theme_id)])
    draft = Extractive().draft(book.get(theme_id), ctx)
    return {s.title: [c.text for c in s.claims] for s in draft.sections}


def printed(theme_id: str) -> list[str]:
    return [t for claims in briefing(theme_id).values() for t in claims]


def test_a_career_that_only_says_joined_is_not_a_point_on_the_intake():
    # "joined the Russian navy": one word of the theme, as a verb, with boats and mechanics around it
    assert not any("joined the Russian navy" in t for t in printed("intake"))


def test_a_verb_of_the_theme_counts_when_the_sentences_around_it_are_on_the_theme():
    # "applied", alone, follows the paragraph on the questionnaire and the polygraph
    assert any(t.startswith("Lev Sorokin, a welder from Vologda, applied in March 2024") for t in printed("intake"))


def test_a_subtopic_takes_a_sentence_only_when_it_is_about_what_the_subtopic_is_about():
    intake = themes.load(THEMEFIT / "themes.toml").get("intake")
    # "Prisoners of war" is about recruiting them: Moscow's view of captives is no point of it
    assert topic_of("Moscow treats captured volunteers as traitors rather than prisoners of war.",
                    topics(intake)) == OTHER
    assert topic_of("Prisoners of war who apply to the company are interviewed twice in the camps.",
                    topics(intake)) == "Prisoners of war"
    assert not any("traitors rather than prisoners of war" in t for t in printed("intake"))


def test_a_verb_with_a_noun_of_the_theme_is_no_passing_mention():
    # "murdered" is a verb, "sledgehammer" a noun of the theme: the deserter's killing is a peril
    assert any("was murdered with a sledgehammer" in t for t in printed("perils"))
    # "Joining" opens the sentence as its subject
    assert any(t.startswith("Joining [the Tern Company] begins with a Telegram bot") for t in printed("intake"))


def test_a_phrase_of_the_theme_is_one_word_of_it():
    intake = themes.load(THEMEFIT / "themes.toml").get("intake")
    # "prisoners of war" is one mention: "prisoners" does not count again
    assert fit.words_of(intake).found("They were prisoners of war.") == {"prison war"}
    assert fit.words_of(intake).found("Prisoners who apply are interviewed.") == {"prison", "appli", "interview"}


def test_the_built_in_themes_do_not_take_a_trial_witness_or_the_units_name_for_their_words():
    book = themes.load()
    # "witnessed" stems as "witness"; "volunteers" is what every story here calls the fighters
    assert not fit.uses('"A man forgets many things," the witness said.', book.get("motivations"))
    assert not fit.uses("A little-known unit of Russian volunteers lost four men in a night raid.",
                        book.get("vetting"))


def test_a_mobile_group_is_no_mobilisation_in_either_spelling():
    # the stemmer cut "mobilized" to "mobil", the stem of "mobile": "men from a mobile group" was
    # filed under motivations' "What they saw or lost"
    theme = themes.load(None).get("motivations")
    assert not fit.uses("Each of the unit's six mobile groups stands two watches in three.", theme)
    assert fit.uses("He fled when he was mobilized in 2022.", theme) == fit.uses(
        "He fled when he was mobilised in 2022.", theme) != set()
