"""What the extractive engine selects: every sentence on its theme and carrying a fact.

tests/articles/overlap/ has one sentence two themes rank (a failed polygraph sends a volunteer
back to prison); tests/articles/leadins/ has paragraphs that open with a lead-in or a reporter's
question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import themes
from briefing.draft import Claim
from briefing.engines.extractive import Budget, Extractive, within
from briefing.leadins import leans_forward
from briefing.pipeline import Settings, prepare
from briefing.retrieval import owners
from briefing.subtopics import OTHER, hits, topic_of, topics

ARTICLES = Path(__file__).parent / "articles"
OVERLAP = ARTICLES / "overlap"
LEADINS = ARTICLES / "leadins"
SHARED = "A volunteer who fails the polygraph test is sent back to prison"


def texts(folder: Path, theme_ids: list[str], theme_id: str) -> list[str]:
    """The sentences of one theme's briefing, in a run that briefs `theme_ids`."""
    book = themes.load(folder / "themes.toml")
    ctx = prepare(Settings(sources=folder), book, [book.get(t) for t in theme_ids])
    draft = Extractive().draft(book.get(theme_id), ctx)
    return [c.text for section in draft.sections for c in section.claims]


def test_each_sentence_belongs_to_the_theme_where_it_ranks_best_against_that_themes_best():
    book = themes.load(OVERLAP / "themes.toml")
    ctx = prepare(Settings(sources=OVERLAP), book)
    owned = owners(ctx.index, [book.get("checks"), book.get("perils")], book)
    shared = next(s for s in ctx.sentences if s.text.startswith(SHARED))
    # checks ranks it fourth of four, perils second of three: it is a peril
    assert owned[shared.id][0] == "perils"
    assert owned == owners(ctx.index, [book.get("checks"), book.get("perils")], book)


def test_a_run_of_several_themes_prints_a_sentence_in_one_of_them_only():
    both = ["checks", "perils"]
    assert any(t.startswith(SHARED) for t in texts(OVERLAP, both, "perils"))
    assert not any(SHARED in t for t in texts(OVERLAP, both, "checks"))


def test_a_single_theme_run_is_not_limited_by_the_other_themes():
    assert any(t.startswith(SHARED) for t in texts(OVERLAP, ["checks"], "checks"))


def test_an_entities_theme_takes_only_sentences_that_name_one_of_its_units(ctx, book):
    # `units` prints a point only under the unit it names: a sentence that names none stays with
    # a theme that can print it, even where `units` ranks it highest
    owned = owners(ctx.index, book.everything(), book)
    names = [a for e in book.rows(book.get("units")) for a in e.aliases]
    theirs = [s for s in ctx.sentences if owned.get(s.id, ("",))[0] == "units"]
    assert theirs and all(any(n in s.text for n in names) for s in theirs)
    best_in_units = [s for s in ctx.index.sentences if s.id in owned and not any(n in s.text for n in names)
                     and _share(ctx, book.get("units"), s) > owned[s.id][1]]
    assert best_in_units


def _share(ctx, theme, s) -> float:
    ranked = ctx.index.rank(theme)
    return next((r.score / ranked[0].score for r in ranked if r.sentence is s), 0.0)


@pytest.mark.parametrize("text", [
    "Rainfall is only part of the story, say experts.",
    "The figures on the reservoir also differ.",
    "For the prisoners, the decision is final.",
    "It’s one of the added risks for Russian citizens risking their lives for Ukraine, but not the only one.",
    "Cezar says not every former prisoner becomes a good soldier.",
    "Truckers are among the first to lose money.",  # a rank among others is no figure
])
def test_a_paragraph_opener_that_states_no_fact_leans_on_the_next_sentence(text):
    assert leans_forward(text, opens_paragraph=True) == "states no fact"


@pytest.mark.parametrize("text", [
    "Nikitin has a dark reputation.",  # a name
    "Some growers are considering whether to plant at all next year.",  # a time
    "The agency said it would review the suspension every week.",
    "Officers interviewed every applicant twice, Sorokin said.",  # a figure
    "Russia's Investigative Committee said it had opened a criminal case for terrorism.",  # long enough
    "“It was a very difficult process,” he says.",  # a quote is the speaker's
])
def test_an_opener_with_a_name_a_figure_a_time_or_a_quote_stands_alone(text):
    assert leans_forward(text, opens_paragraph=True) is None


def test_only_a_paragraphs_opener_is_taken_for_a_lead_in():
    assert leans_forward("For the prisoners, the decision is final.", opens_paragraph=False) is None


@pytest.mark.parametrize("text", [
    "The County Courier asked Mereside for a breakdown of leaks by area.",
    "Asked whether the corps received weapons from Western partners of Ukraine, Grom declined to comment.",
    "Newsweek has contacted the Russian defense ministry for comment.",
])
def test_a_question_or_a_refusal_to_comment_waits_for_its_reply(text):
    assert leans_forward(text, opens_paragraph=False) == "a question without its reply"


def test_asking_for_something_that_is_not_an_answer_is_news():
    assert leans_forward("Along with other producers, he has asked the state for compensation.", False) is None


@pytest.fixture(scope="module")
def leaks() -> list[str]:
    return texts(LEADINS, ["leaks"], "leaks")


def test_a_lead_in_is_printed_only_with_the_sentence_it_leads_into(leaks):
    assert not any(t.startswith("The figures on leaks also differ") for t in leaks if "21 per cent" not in t)


def test_a_lead_in_alone_in_its_paragraph_is_left_out(leaks):
    assert not any("only part of the story" in t for t in leaks)


def test_a_question_is_printed_with_its_reply(leaks):
    asked = [t for t in leaks if "asked the Lowmoor Water Board" in t]
    assert asked and all("still being checked" in t for t in asked)


def test_a_refusal_to_comment_with_nothing_after_it_is_left_out(leaks):
    assert not any("declined to comment" in t for t in leaks)


def test_a_sentence_with_a_fact_is_printed_alone(leaks):
    fact = "Leaks cost the Lowmoor Water Board 4 million pounds a year in lost water, according to the regulator."
    assert fact in leaks


RATIONING = themes.Theme(
    id="rationing", title="Water rationing", description="What is restricted and who is hit.", terms=["cut"],
    subtopics=[themes.Subtopic(title="What is restricted", terms=["cut", "cuts", "ban", "protect"]),
               themes.Subtopic(title="Who is hit", terms=["growers", "homes"]),
               themes.Subtopic(title="Against Putin", terms=["Putin"])])


def test_a_subtopic_term_used_only_as_a_verb_counts_less_than_one_used_as_a_noun():
    # "planned to cut" is what the growers do; the growers are what the sentence is about
    text = "A survey of 85 growers found that one in five planned to cut the area they irrigate."
    assert topic_of(text, topics(RATIONING)) == "Who is hit"
    assert topic_of("Putin cannot protect his own people.", topics(RATIONING)) == "Against Putin"


def test_a_subtopic_term_used_as_a_noun_counts_in_full():
    assert topic_of("The night-time cuts will last all summer for the growers.", topics(RATIONING)) != OTHER
    assert hits("The night-time cuts will last all summer.", topics(RATIONING)[0][1]) == 1


def test_a_verb_alone_still_files_a_sentence_no_noun_places():
    assert topic_of("Mereside will cut supplies at night.", topics(RATIONING)) == "What is restricted"


def test_sentences_cut_from_one_line_go_under_one_heading():
    # the farmers' storage and the unfinished reservoir share a line: one story, one heading
    folder = ARTICLES / "oneline"
    book = themes.load(folder / "themes.toml")
    draft = Extractive().draft(book.get("water"), prepare(Settings(sources=folder), book))
    headings = {c.text[:12]: s.title for s in draft.sections if s.kind == "points" for c in s.claims}
    assert headings["Farmers in t"] == headings["A new reserv"]


PARAGRAPHS = ARTICLES / "paragraphs"


def test_with_room_for_one_more_point_it_comes_from_a_paragraph_not_yet_quoted():
    # the lead quotes the first paragraph (the crews at night); that paragraph's other sentence,
    # the board's vote, ranks above the harbour master's, but the briefing already quotes it
    book = themes.load(PARAGRAPHS / "themes.toml")
    draft = Extractive(words=40).draft(book.get("dredging"), prepare(Settings(sources=PARAGRAPHS), book))
    lead = [c.text for s in draft.sections if s.kind == "lead" for c in s.claims]
    points = [c.text for s in draft.sections if s.kind == "points" for c in s.claims]
    assert [t[:14] for t in lead] == ["Dredging crews"]
    assert points == ["Harbour master Ines Pardo said silt from the channel would be dumped 12 miles offshore."]


def test_two_short_points_beat_one_long_point_that_ranks_a_little_higher():
    long = Claim("The county council approved a new bypass around Elmford after a decade of campaigning "
                 "by residents, traders and parish councils.", ())
    first = Claim("Work starts in March and will cost 9 million pounds.", ())  # 10 words
    second = Claim("Market traders expect fewer lorries through the town square daily.", ())  # 10 words
    assert len(first.text.split()) + len(second.text.split()) <= len(long.text.split())
    scores = {id(long): 1.0, id(first): 0.66, id(second): 0.66}
    kept = within(Budget(len(long.text.split())), [("Roads", [long, first, second])], scores, [])
    assert kept == [("Roads", [first, second])]
