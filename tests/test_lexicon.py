"""Which words carry meaning, their opposites, and words that mix lookalike scripts."""

from __future__ import annotations

from briefing import lexicon


def test_verbs_adjectives_and_adverbs_carry_meaning_nouns_alone_do_not():
    assert all(lexicon.can_carry_meaning(w) for w in ("excluded", "thorough", "secretly", "must", "only"))
    assert not any(lexicon.can_carry_meaning(w) for w in ("battalion", "children", "the", "says", "however"))


def test_an_unknown_word_is_not_vouched_for():
    assert lexicon.can_carry_meaning("blorked")


def test_opposites_come_from_wordnet_the_extra_pairs_and_prefixes():
    assert "include" in lexicon.opposites("excluded")  # WordNet, through the lemma "exclude"
    assert "integrated" in lexicon.opposites("excluded")  # our own pair
    assert "anti-kremlin" in lexicon.opposites("pro-kremlin")
    assert "verified" in lexicon.opposites("unverified")
    assert "legal" in lexicon.opposites("illegal")


def test_a_negative_prefix_names_the_word_it_negates():
    assert lexicon.negated_form_of("unverified") == "verified"
    assert lexicon.negated_form_of("insight") is None  # "sight" is no adjective


def test_a_word_mixing_lookalike_scripts_is_told():
    assert lexicon.mixed_scripts("n\u043et") == ["CYRILLIC", "LATIN"]
    assert lexicon.mixed_scripts("Свобода") == [] and lexicon.mixed_scripts("Ömer") == []
