"""What the extractive engine selects: every sentence on its theme and carrying a fact.

tests/articles/overlap/ has one sentence two themes rank (a failed polygraph sends a volunteer
back to prison); tests/articles/sharing/ the same sentence between a theme with much to say and
one with little; tests/articles/unprintable/ a theme whose sentences lean on their article;
tests/articles/leadins/ has paragraphs that open with a lead-in or a reporter's question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import themes
from briefing.draft import Citation, Claim
from briefing.engines.extractive import Budget, Extractive, Material, _thin, in_reading_order, within
from briefing.leadins import leans_forward
from briefing.pipeline import Settings, prepare
from briefing.retrieval import shares
from briefing.subtopics import OTHER, hits, topic_of, topics

ARTICLES = Path(__file__).parent / "articles"
OVERLAP = ARTICLES / "overlap"
LEADINS = ARTICLES / "leadins"
SHARING = ARTICLES / "sharing"
UNPRINTABLE = ARTICLES / "unprintable"
SHARED = "A volunteer who fails the polygraph test is sent back to prison"


def texts(folder: Path, theme_ids: list[str], theme_id: str, words: int = 300) -> list[str]:
    """The sentences of one theme's briefing, in a run that briefs `theme_ids`."""
    book = themes.load(folder / "themes.toml")
    ctx = prepare(Settings(sources=folder), book, [book.get(t) for t in theme_ids])
    draft = Extractive(words=words).draft(book.get(theme_id), ctx)
    return [c.text for section in draft.sections for c in section.claims]


def test_a_sentence_two_briefings_would_print_goes_to_the_one_it_ranks_best_in():
    both = ["checks", "perils"]
    book = themes.load(OVERLAP / "themes.toml")
    ctx = prepare(Settings(sources=OVERLAP), book, [book.get(t) for t in both])
    shared = next(s for s in ctx.sentences if s.text.startswith(SHARED))
    rank = {t: shares(ctx.index, book.get(t))[shared.id] for t in both}
    # checks ranks it fourth of four, perils second of three: against each theme's best it is a peril
    assert rank["perils"] > rank["checks"]
    assert Extractive().assign(ctx)[shared.id] == "perils"


def test_a_run_of_several_themes_prints_a_sentence_in_one_of_them_only():
    both = ["checks", "perils"]
    assert any(t.startswith(SHARED) for t in texts(OVERLAP, both, "perils"))
    assert not any(SHARED in t for t in texts(OVERLAP, both, "checks"))


def test_a_single_theme_run_is_not_limited_by_the_other_themes():
    assert any(t.startswith(SHARED) for t in texts(OVERLAP, ["checks"], "checks"))


FAILS = "A volunteer who fails the polygraph test is sent back to prison."


def test_a_thin_briefing_gets_the_sentence_it_shares_with_a_full_one():
    # checks ranks the failed polygraph higher than perils does, and prints it when run alone;
    # but perils has one other sentence to print and checks has five, so perils gets it
    both = ["checks", "perils"]
    assert FAILS in texts(SHARING, ["checks"], "checks", words=120)
    assert FAILS in texts(SHARING, both, "perils", words=120)
    assert FAILS not in texts(SHARING, both, "checks", words=120)


def test_when_both_briefings_are_thin_the_sentence_goes_where_it_ranks_best():
    both = ["checks", "perils"]
    assert FAILS in texts(SHARING, both, "checks", words=300)
    assert FAILS not in texts(SHARING, both, "perils", words=300)


def test_a_sentence_the_theme_it_ranks_best_in_leaves_out_is_printed_by_another():
    # checks has room for two points only, and the failed polygraph is not one of them
    both = ["checks", "perils"]
    assert FAILS not in texts(SHARING, both, "checks", words=40)
    assert FAILS in texts(SHARING, both, "perils", words=40)


def test_a_short_briefing_says_the_sources_hold_more_that_cannot_stand_alone():
    book = themes.load(UNPRINTABLE / "themes.toml")
    ctx = prepare(Settings(sources=UNPRINTABLE), book, [book.get("perils")])
    note = Extractive(words=120).draft(book.get("perils"), ctx).note
    assert note.startswith("The sources say more on this theme than is printed here: 20 words of the 120-word body")
    assert note.endswith("Of the 5 other sentences on the theme, none could be made to stand alone out of its article.")
    assert not note.startswith("Little")


def test_a_short_briefing_whose_material_is_little_says_so():
    book = themes.load(SHARING / "themes.toml")
    ctx = prepare(Settings(sources=SHARING), book, [book.get("checks"), book.get("perils")])
    # perils' material is two sentences (27 words), under half its budget: it is little
    note = Extractive(words=300).draft(book.get("perils"), ctx).note
    assert note == ("Little in the sources matches this theme's terms: 16 words of the 300-word body could be "
                    "filled with sentences that stand alone.")


def test_a_short_briefing_names_the_briefings_that_print_its_material():
    theme = themes.load(SHARING / "themes.toml").get("perils")
    material = Material(words=200, unused=5, alone=2, elsewhere=("How volunteers are checked",) * 2)
    assert _thin(theme, None, 40, 300, material) == (
        "The sources say more on this theme than is printed here: 40 words of the 300-word body could be "
        "filled with sentences that stand alone. Of the 5 other sentences on the theme, 2 could not be made "
        "to stand alone out of their articles and 2 are printed in another briefing of this run "
        "(“How volunteers are checked”).")


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


def test_a_thin_briefing_does_not_take_what_it_ranks_far_below_another_theme():
    from briefing.engines.extractive import _award
    shares = {"vetting": 0.56, "motivations": 0.23}
    words = {"vetting": 290, "motivations": 80}  # motivations would be thin without it
    assert _award(shares, ["vetting", "motivations"], words, 300) == "vetting"
    shares["motivations"] = 0.4  # close enough: the thin briefing gets it
    assert _award(shares, ["vetting", "motivations"], words, 300) == "motivations"


def test_a_caveat_printed_with_a_figure_is_no_point_of_its_own():
    # "Meridian could not independently verify the units' figures" goes with each unit's figure,
    # in whichever briefing prints it: it is not given to one theme
    from briefing.engines.extractive import Writer
    from briefing.standalone import CAVEAT
    ctx = prepare(Settings(sources=ARTICLES / "passing"), themes.load(None))
    s = next(x for x in ctx.sentences if x.text.startswith("Its spokesman, Matvei Durnov"))
    writer = Writer(ctx)
    done = writer.resolve(s)
    assert any(CAVEAT.search(x.text) for x in done.sentences)
    claim = writer.use(done)
    assert s.id in writer.ids[id(claim)]
    assert not any(CAVEAT.search(ctx.by_id[i].text) for i in writer.ids[id(claim)])


# --- a research body's judgement -----------------------------------------------------------------

def test_a_research_body_s_judgement_is_attributed_to_it_and_what_it_records_is_not():
    from briefing.draft import Citation
    from briefing.engines.extractive import Writer
    folder = ARTICLES / "report"
    ctx = prepare(Settings(sources=folder), themes.load(None))
    src = ctx.corpus.sources[0]
    assert src.outlet == "Harrow Institute for Water Studies"
    writer = Writer(ctx)

    def attributed(start: str) -> str:
        s = next(x for x in ctx.sentences if x.text.startswith(start))
        return writer.attributed(Claim(s.text, (Citation(src.path, s.line_start, s.line_end),))).text

    assert attributed("At current rates").endswith(", [according to the Harrow Institute for Water Studies].")
    assert attributed("The Kelby reservoir") == ("The Kelby reservoir was built in 1962 and holds 40 million "
                                                 "cubic metres when full.")


@pytest.mark.parametrize("text, owned", [
    ("The Tobol Artel is the smallest of the Russian volunteer units, and the only one that will not take a man on "
     "the word of Ukraine's security services alone.", True),
    ("The Freedom of Russia Legion, founded in March 2022, is the oldest and largest.", True),
    ("The Siberian Battalion is the most secretive of the units.", True),
    ("The Siberian Battalion was formed in 2023.", False),
    ("Most of the men come from Siberia.", False),
    # a hedge in the passive has no agent: whose belief or estimate is it? (fresh16, fresh17: c failed)
    ("The Siberian Battalion, made up largely of men from Russia's east, is believed to number about 300.", True),
    ("The Russian Volunteer Corps is estimated at several hundred fighters.", True),
    ("The Corps is thought to have about 400 men.", True),
    ("An estimated 4,000 Russians have applied to the units.", True),
    ("He believed in nothing when he crossed the border.", False),
    ("The unit estimated that it needed 40 more drivers.", False),
])
def test_an_outlet_s_ranking_or_passive_hedge_is_attributed_in_the_body_too(tmp_path, text, owned):
    # "the smallest ... the only one": the outlet's judgement, not a fact the reader can take as read
    from briefing.draft import Citation
    from briefing.engines.extractive import Writer
    (tmp_path / "a.txt").write_text(
        f"THE FOLIO\n\nA soldier's book from the front\n\nBy Ada Brenn\n\n{text}\n\nThe book, written in a dugout, "
        "runs to 312 pages and was finished in a rented flat in Kyiv in the spring.\n\nIts author served for two "
        "years before he began to write, and he says the book is not about heroes.\n\n© The Folio 2028\n")
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    src = ctx.corpus.sources[0]
    line = src.lines.index(text) + 1
    got = Writer(ctx).attributed(Claim(text, (Citation(src.path, line, line),))).text
    assert got.endswith(f", [according to {src.outlet}].") == owned, (got, src.outlet)


def test_a_sections_points_from_one_article_read_in_its_order_in_the_places_they_had():
    # seeds risks: "“My family is not here ...,” [Vinnie] explains" (named from line 140) ranked
    # above "Another soldier, who goes by the call-sign “Vinnie,” ..." (line 140 itself)
    def c(text: str, path: str, *lines: tuple[int, int]) -> Claim:
        return Claim(text, tuple(Citation(path, a, b) for a, b in lines))

    quote = c("“My family is not here,” [Vinnie] explains.", "cnn.txt", (140, 142), (144, 146))
    other = c("The Legion says it vets every recruit.", "nyt.txt", (12, 12))
    intro = c("Another soldier, who goes by the call-sign “Vinnie,” covers his face.", "cnn.txt", (140, 142))
    assert in_reading_order([quote, other, intro]) == [intro, other, quote]
