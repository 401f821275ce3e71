"""A figure is not printed without what its pages later say of it (issue 8, check g): a newer
update block's figure, a figure said to have changed, a caveat further down the article, the
sentence that answers a rumour.

The articles under tests/articles/updates are written for these tests: a wire story whose dated
updates are shown newest first, a haulier's figures and the week-later report that revises them,
an article on seasonal pickers with its caveats in paragraphs of their own, and a rumour answered
in the next sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import claim, line_of, source_named

from briefing import caveats, render, sentences, sources, themes, updates
from briefing.draft import Draft, Section
from briefing.pipeline import Settings, prepare
from briefing.verify import check, verify

FOLDER = Path(__file__).parent / "articles" / "updates"


@pytest.fixture(scope="module")
def corpus() -> sources.Corpus:
    return sources.load(FOLDER)


@pytest.fixture(scope="module")
def ctx():
    return prepare(Settings(sources=FOLDER), themes.load())


def resolved(ctx, words: str) -> str | None:
    s = next(x for x in ctx.sentences if words in x.text)
    done = ctx.referents.resolve(s, lambda x: x.whole, lambda x: False)
    return done.text if done else None


def test_a_page_s_update_blocks_are_ordered_by_their_stamps_not_their_lines(corpus):
    wire = corpus.sources[0]
    first = line_of(corpus, "01", "up to six spans")[1]
    update1 = line_of(corpus, "01", "Two spans of the nine-span")[1]
    assert updates.newer(wire, update1, first) is True  # shown above it, and newer
    assert updates.newer(wire, first, update1) is False


def test_one_updated_line_dates_a_page_and_splits_it_into_no_blocks(corpus):
    assert updates.blocks(corpus.sources[1]) == ()


def test_an_older_block_s_figure_fails_once_a_newer_block_counts_the_same_thing(corpus):
    old = claim(corpus, "A barge struck the Carrow bridge at about 06:30 and up to six spans were damaged, "
                "the county council said.", ("01", "up to six spans"))
    assert check(old, corpus).startswith("taken back later:")
    assert "Two spans of the nine-span" in check(old, corpus)


def test_the_newest_block_s_figure_passes(corpus):
    new = claim(corpus, "Two spans of the nine-span Carrow bridge were damaged when the barge struck its piers, "
                "engineers said.", ("01", "Two spans of the nine-span"))
    assert check(new, corpus) is None


def test_a_figure_said_to_have_changed_from_it_fails(corpus):
    old = claim(corpus, "Drivers within 200 metres of the bridge were told to turn back.",
                ("01", "Drivers within 200 metres"))
    assert "widened from 200 to 500 metres" in check(old, corpus)


def test_a_count_that_later_rose_fails(corpus):
    old = claim(corpus, "The closure was widened from 200 to 500 metres and about 40 homes were being evacuated, "
                "the council said.", ("01", "about 40 homes"))
    assert "rose to 65" in check(old, corpus)


def test_a_party_that_first_said_one_figure_and_now_another_takes_back_the_first(corpus):
    old = claim(corpus, "Carrow Haulage, which owns the barge, said it had been carrying under 300 tonnes of gravel.",
                ("02", "under 300 tonnes"))
    assert "it now says about 420 tonnes" in check(old, corpus)


def test_a_sum_beside_what_a_later_article_says_was_doubled_fails(corpus):
    old = claim(corpus, "The firm's insurer has offered a reward of £10,000 for footage of the collision.",
                ("02", "reward of £10,000"))
    assert "doubled its reward to £20,000" in check(old, corpus)


def test_an_estimate_named_by_its_figure_goes_with_that_figure(corpus):
    alone = claim(corpus, "Some 3,000 seasonal workers pick fruit in the Tarrow valley each summer, most of them "
                  "from Romania and Bulgaria.", ("04", "Some 3,000"))
    assert check(alone, corpus).startswith("a figure without its caveat:")
    both = claim(corpus, "Some 3,000 seasonal workers pick fruit in the Tarrow valley each summer, most of them "
                 "from Romania and Bulgaria. The figure of about 3,000 is an estimate built from growers' own "
                 "payrolls.", ("04", "Some 3,000"), ("04", "The figure of about 3,000"))
    assert check(both, corpus) is None


def test_a_body_that_published_no_figure_qualifies_another_s_figure_about_it(corpus):
    alone = claim(corpus, "A union organiser, Tomasz Wrona, said the Tarrow Labour Inspectorate had found more than "
                  "40 farms breaking the rules in 2024.", ("04", "more than 40 farms"))
    assert "The Tarrow Labour Inspectorate itself has not published a figure." in check(alone, corpus)


def test_a_caveat_naming_whose_figure_goes_with_that_party_s_figure_only(corpus):
    theirs = claim(corpus, "About 12,000 tonnes of strawberries were left unpicked last year, according to the "
                   "growers' association.", ("04", "About 12,000 tonnes"))
    assert "could not verify the association's figure" in check(theirs, corpus)
    nobody_s = claim(corpus, "The farm shop at Tarrow Cross sells 25 kinds of jam.", ("04", "25 kinds of jam"))
    assert check(nobody_s, corpus) is None


def test_a_caveat_on_an_amount_goes_with_the_litres_of_what_it_names(corpus):
    def amounts(words: str) -> list:
        s = next(x for x in caveats.of(corpus).by_source[4] if words in x.text)
        return [sorted(k[0] for k in link.keys) for link in caveats.of(corpus).links.get(s.id, ())
                if link.caveat.text.startswith("Figures for the amount")]
    assert amounts("900 litres") == [[900]]  # not its 14 caravans
    assert amounts("12,000 tonnes of strawberries") == []  # an amount, but not of water


def test_a_bare_plural_caveat_alone_needs_its_figure(corpus):
    alone = claim(corpus, "Figures for the amount of water lost could not be independently verified.",
                  ("04", "Figures for the amount"))
    assert check(alone, corpus).startswith("needs context: 'a caveat alone'")


def test_the_extractive_engine_gives_a_figure_with_its_far_caveat(ctx):
    assert resolved(ctx, "more than 40 farms").endswith("The Tarrow Labour Inspectorate itself has not published a "
                                                        "figure.")


def test_a_rumour_without_the_sentence_that_answers_it_fails(corpus):
    rumour = claim(corpus, "Telegram channels claimed on Monday that the ferry's captain, Piet Ormond, had fled abroad "
                   "with the takings.", ("05", "Telegram channels claimed"))
    assert check(rumour, corpus).startswith("a rumour without its answer:")


def test_the_extractive_engine_gives_a_rumour_with_its_answer(ctx):
    assert resolved(ctx, "Telegram channels claimed").endswith("[Piet Ormond] was at the helm for the first sailing "
                                                                "on Tuesday.")


def test_a_rumour_its_own_sentence_rates_needs_nothing_after_it(corpus):
    rated = claim(corpus, "Posts on social media claiming that the ferry had sunk were \"false\", the harbour "
                  "master said.", ("05", "Posts on social media"))
    assert check(rated, corpus) is None


def test_a_count_said_to_have_been_raised_is_old_wherever_the_page_still_gives_it(corpus):
    # an agency's update changes its top and leaves its first version's paragraph below
    stale = claim(corpus, "It had 204 passengers and 40 cars on board, the port authority said.",
                  ("06", "It had 204 passengers"))
    assert "raised its count of passengers from 204 to 212" in check(stale, corpus)
    assert check(claim(corpus, "The ship, built in 1996, can carry 900 passengers.", ("06", "can carry 900")),
                 corpus) is None


def test_a_year_in_the_sentence_before_does_not_date_the_old_count(corpus):
    # "built in 1996" dates the ship, not "204 passengers": joined with it, the old count is still old
    stale = claim(corpus, "The ship, built in 1996, can carry 900 passengers. It had 204 passengers and 40 cars on "
                  "board, the port authority said.", ("06", "It had 204 passengers"))
    assert "raised its count of passengers from 204 to 212" in check(stale, corpus)


# --- A service's status page: each update stamped on the line below it ("Posted May 13, 2027 - 11:30 BST"),
# newest first, in the company's own "we" (07_status.txt); a forum's "Posted ... by jen" heads its post (08).

def test_a_status_page_s_update_is_as_old_as_the_stamp_below_it(corpus):
    page = source_named(corpus, "07")
    line = line_of(corpus, "07", "Around 4,000 homes")[1]
    assert updates.stamp_at(page, line) == "2027-05-13T11:30"
    assert page.date_at(line) == "2027-05-13"  # not the page's day, the 14th
    assert updates.newer(page, line_of(corpus, "07", "around 6,500 homes")[1], line) is True


def test_a_forum_s_posted_lines_head_their_posts_and_split_no_page(corpus):
    assert updates.blocks(source_named(corpus, "08")) == ()


def test_a_status_page_is_its_owner_s_own_account_without_its_furniture(corpus):
    page = source_named(corpus, "07")
    assert (page.outlet, page.release) == ("Harlow Vale Water", True)
    skipped = {page.line(n): why for n, why in page.skipped.items()}
    assert skipped["Planned work on the Marden reservoir"] == "heading"  # not glued to "Completed - ..."
    assert skipped["This incident affects: Water supply - Eastfield and Marden."] == "status page furniture"
    assert skipped["Billing and online account  Operational"] == "status page furniture"
    assert skipped["Posted May 14, 2027 - 09:10 BST"] == "update stamp"
    texts = [s.text for s in sentences.split(page)]
    assert "The scheduled maintenance has been completed." in texts  # "Completed - " is no word of it
    assert not any(t.startswith(("Update", "Monitoring", "Core", "Planned")) for t in texts)


def test_an_earlier_update_s_figure_fails_once_the_company_now_thinks_another(corpus):
    old = claim(corpus, "Around 4,000 homes in Eastfield and Marden have no water or very low pressure.",
                ("07", "Around 4,000 homes"))
    assert "We now think around 6,500 homes" in check(old, corpus)


def test_the_company_s_we_on_its_status_page_is_named(ctx):
    assert resolved(ctx, "We now think around 6,500") == \
        "[Harlow Vale Water] now think around 6,500 homes have been without water since the main burst."


def test_a_name_in_brackets_drops_no_negation_of_its_words(corpus):
    # "[Harlow Vale Water]" beside "without water" says nothing of water
    named = claim(corpus, "[Harlow Vale Water] now think around 6,500 homes have been without water since the "
                  "main burst.", ("07", "around 6,500 homes"))
    assert check(named, corpus) is None
    dropped = claim(corpus, "We now think around 6,500 homes have been with water since the main burst.",
                    ("07", "around 6,500 homes"))
    assert "drops the negation" in check(dropped, corpus)


def test_a_claim_from_a_status_update_carries_that_update_s_day(corpus):
    c = claim(corpus, "Bottled water stations are open at Marden Leisure Centre and Eastfield Library until 10pm, "
              "[according to Harlow Vale Water].", ("07", "Bottled water stations are open"))
    b = verify(Draft("water", "Water", "test", [Section("What happened", "points", [c])]), corpus)
    assert b.passed == 1
    assert '<span class="dated">(update of 13 May 2027)</span>' in render.html(b, corpus, render.now())
