"""The verifier against a model that lies fluently: every row of the attack table fails for its
reason, and its true sentence passes; what the source says stays checkable after normalising."""

from __future__ import annotations

import shutil

import pytest
from attack_table import ATTACKS, Attack, path_of, write_news
from conftest import SEEDS

from briefing import meta, sentences, sources
from briefing.draft import Citation, Claim
from briefing.verify import check, normalize


@pytest.fixture(scope="module")
def attacked(tmp_path_factory) -> sources.Corpus:
    """The seeds and our own short article, as one corpus."""
    folder = tmp_path_factory.mktemp("attacked")
    for f in SEEDS.iterdir():
        shutil.copy(f, folder)
    write_news(folder)
    return sources.load(folder)


def cite(corpus: sources.Corpus, attack: Attack, text: str) -> Claim:
    return Claim(text, tuple(Citation(path_of(corpus, name), a, b) for name, a, b in attack.cites))


def label(attack: Attack) -> str:
    return f"{attack.row}: {attack.changed[:50]}"


@pytest.mark.parametrize("attack", ATTACKS, ids=label)
def test_the_true_sentence_passes(attacked, attack):
    assert check(cite(attacked, attack, attack.true), attacked) is None


@pytest.mark.parametrize("attack", ATTACKS, ids=label)
def test_the_changed_sentence_fails_for_its_reason(attacked, attack):
    assert attack.reason in (check(cite(attacked, attack, attack.changed), attacked) or "passed")


def test_every_whole_seed_sentence_passes_on_its_own_lines(corpus):
    """What the extractive engine can print: no true sentence is lost to the stricter checks. (A
    sentence that leans on its article, "he says", fails only as needing context: the engine
    names the referent in brackets or joins the sentence before.)"""
    failures = []
    for src in corpus.sources:
        for s in sentences.split(src):
            why = check(Claim(s.text, (Citation(src.path, s.line_start, s.line_end),)), corpus) if s.whole else None
            if why and why.startswith("needs a date"):  # the engine cuts the phrase; then it passes
                undated = meta.undate(s.text)
                why = undated and check(Claim(undated, (Citation(src.path, s.line_start, s.line_end),)), corpus)
            if why and not why.startswith("needs context"):
                failures.append((src.path, s.line_start, why))
    assert failures == []


def test_a_sentence_and_the_one_it_leans_on_pass_together(corpus):
    nyt = path_of(corpus, "000")
    text = ("Russian soldiers said it was not easy to get involved. They must submit an application and "
            "undergo an extensive background check that includes lie tests.")
    assert check(Claim(text, (Citation(nyt, 31, 31),)), corpus) is None


def test_two_cited_sentences_joined_into_one_fail(corpus):
    nyt = path_of(corpus, "000")
    text = "Russian soldiers said it was not easy to get involved and must submit an application."
    assert "several cited sentences" in check(Claim(text, (Citation(nyt, 31, 31),)), corpus)


def test_attribution_and_connectives_may_be_added(corpus):
    newsweek = path_of(corpus, "004")
    text = ("However, joining [the Freedom of Russia] legion is voluntary and requires Russian prisoners of war to "
            "apply in writing, according to Bagnet.")
    assert check(Claim(text, (Citation(newsweek, 7, 7), Citation(newsweek, 23, 23))), corpus) is None


def test_another_inflection_of_a_source_word_passes(corpus):
    express = path_of(corpus, "003")
    text = "The Siberian Battalion integrates its fighters into the regular Ukrainian army."
    assert check(Claim(text, (Citation(express, 6, 6),)), corpus) is None


def test_a_prefix_negation_matches_a_written_one(attacked):
    newsweek = path_of(attacked, "004")
    text = "Posts detail prisoners who had swapped sides, although these are unverified."
    assert check(Claim(text, (Citation(newsweek, 29, 29),)), attacked) is None


def test_a_bracketed_referent_from_the_same_citation_passes(corpus):
    watson = path_of(corpus, "002")
    text = "[The Russian Volunteer Corps] was founded by Denis Nikitin, whose real name is Denis Kapustin."
    assert check(Claim(text, (Citation(watson, 49, 49),)), corpus) is None


def test_square_brackets_as_such_are_not_rejected(corpus):
    cnn = path_of(corpus, "001")
    text = "“The fighting is very brutal now,” [Caesar] explains."
    assert check(Claim(text, (Citation(cnn, 49, 49),)), corpus) is None


def test_invisible_characters_are_stripped_before_judging():
    assert normalize("no\u200bt in\u2060te\u00adgrated \u202eKyiv\ufeff") == "not integrated Kyiv"


def test_lookalike_letters_are_refused_even_in_a_true_sentence(corpus):
    express = path_of(corpus, "003")
    text = "The Siberian Battalion is officially integr\u0430ted into the regular Ukrainian army."  # Cyrillic а
    assert "mixes Cyrillic and Latin letters" in check(Claim(text, (Citation(express, 6, 6),)), corpus)


def test_a_word_in_another_script_alone_is_no_mixing(corpus):
    watson = path_of(corpus, "002")
    text = "The Legion of Freedom of Russia (Легион «Свобода России») is a Russian paramilitary group based in Ukraine."
    assert check(Claim(text, (Citation(watson, 15, 15),)), corpus) is None


def test_the_article_s_own_turn_needs_the_sentence_it_turns_from(corpus):
    # 002:51 opens "But Ukrainian officials ...": lifted, it turns from a sentence the briefing lacks
    watson = path_of(corpus, "002")
    text = "But Ukrainian officials have never confirmed the military’s ties to the group."
    assert "needs context: 'but'" in check(Claim(text, (Citation(watson, 51, 51),)), corpus)
