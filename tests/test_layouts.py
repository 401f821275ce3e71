"""Pages that are not news articles, read as what they are: a paper extracted from a PDF, a
hearing's verbatim record, a forum thread, raw wire copy, a mailed newsletter and a government
press release (tests/articles/layouts/). Their furniture never becomes a sentence, and their
title, outlet, author and date are read from where such pages keep them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import render, sentences, sources, verify
from briefing.draft import Citation, Claim

LAYOUTS = Path(__file__).parent / "articles" / "layouts"


def read(name: str) -> sources.Source:
    return sources.read_source(LAYOUTS / name, 1)


def texts(name: str) -> list[str]:
    return [s.text for s in sentences.split(read(name))]


def check(name: str, text: str, start: int, end: int) -> str | None:
    corpus = sources.Corpus((read(name),), ())
    return verify.check(Claim(text, (Citation(corpus.sources[0].path, start, end),)), corpus)


# --- a paper extracted from a PDF ---------------------------------------------------------------

def test_a_paper_s_title_is_the_title_block_line_its_running_footer_repeats():
    assert read("policy_paper.txt").title == "Ferries on the edge"  # not the publisher above it


def test_a_paper_s_title_block_gives_its_month_its_authors_and_its_copyright_its_publisher():
    paper = read("policy_paper.txt")
    assert (paper.published, paper.author, paper.outlet) == (
        "2025-03", "Agnes Thorvald and Piotr Zelenka", "Marrow Centre for Inland Transport")


@pytest.mark.parametrize("line, reason", [
    (15, "running header or footer"),  # MARROW CENTRE · BRIEFING PAPER 7   2
    (19, "running header or footer"),  # Ferries on the edge · Thorvald and Zelenka   March 2025
    (9, "table of contents"),
    (28, "figure caption"),
    (29, "chart residue"),  # the axis ticks "300", "200", ...
    (34, "chart residue"),  # the bars' values "260   98   54"
    (35, "chart note"),  # the chart's note
    (23, "heading"),  # "2 The crossings"
])
def test_a_paper_s_page_furniture_is_not_citable(line, reason):
    assert read("policy_paper.txt").skipped[line] == reason


def test_a_numbered_section_heading_is_not_glued_to_the_sentence_under_it():
    found = texts("policy_paper.txt")
    assert "The Northgate crossing is the busiest." in found
    assert not any(t.startswith(("2 The crossings", "3 Costs", "Notes")) for t in found)


def test_a_sentence_cut_by_a_page_break_is_one_sentence_that_cites_both_halves():
    [cut] = [s for s in sentences.split(read("policy_paper.txt")) if s.text.startswith("Its boat")]
    assert cut.text == ("Its boat, the Saga, was built in 1979 and was out of service for eleven weeks last "
                        "winter while its engine was rebuilt.")
    assert (cut.line_start, cut.line_end) == (24, 27)  # the footer and header between are no words of it
    assert check("policy_paper.txt", "The Saga was out of service for eleven weeks last winter.", 24, 27) is None


def test_a_running_footer_supports_no_claim_though_a_citation_may_run_across_it():
    assert check("policy_paper.txt", "Ferries on the edge.", 25, 25) is not None
    assert check("policy_paper.txt", "Marrow Centre Briefing Paper 7.", 25, 26) is not None


def test_note_markers_and_ligatures_are_no_part_of_a_sentence():
    found = texts("policy_paper.txt")
    assert "The district council has run them since 1987." in found  # "1987.¹" split where it ends
    assert ("A new electric boat would cost about 9 million crowns, and council officials have asked the "
            "regional government to pay for most of it.") in found


def test_a_paper_s_notes_are_read_without_their_numbers():
    assert "We could not check the fuel figures against the council's accounts." in texts("policy_paper.txt")


# --- a hearing's verbatim record -----------------------------------------------------------------

def test_a_record_is_dated_by_the_day_of_the_hearing_in_its_title_block():
    assert read("hearing.md").published == "2025-06-03"  # not "Last modified: 05.06.2025"


def test_each_speaker_s_words_are_theirs_whatever_the_label_s_shape():
    found = texts("hearing.md")
    assert "“The lock gates held, but the water went over the towpath for two days,” [Mr Roux] says." in found
    assert "“The gauges were installed in 1994 and have never been replaced,” [Ms Åberg] says." in found


def test_a_turn_that_runs_on_in_a_paragraph_without_a_label_is_still_the_speaker_s():
    [s] = [s for s in sentences.split(read("hearing.md")) if "Two of the eleven gauges" in s.text]
    assert s.text.endswith("[Dr Fischer] says.")
    assert (s.line_start, s.line_end) == (25, 27)  # cited from the line that names the speaker
    assert check("hearing.md", s.text, 25, 27) is None


def test_the_outlet_s_narration_after_an_answer_is_not_the_interviewee_s(tmp_path):
    text = ("# A lock-keeper's notebook\n\n**Courier:** How long have you kept the lock?\n\n**Roux:** Eleven years.\n\n"
            "**Courier:** Will it flood again?\n\n**Roux:** Every spring.\n\n"
            "The district council confirmed that Roux has kept the lock since 2014.\n")
    path = tmp_path / "a.md"
    path.write_text(text)
    found = [s.text for s in sentences.split(sources.read_source(path, 1))]
    assert "The district council confirmed that Roux has kept the lock since 2014." in found


@pytest.mark.parametrize("start", [
    "“Good morning,”", "“We have two witnesses today,”", "“Our second witness runs the lock",
    "“I ask members to keep", "“Thank you, Chair,”", "“Mr Roux, you have the floor,”", "“We resume,”",
    "“I thank the witnesses,”",
])
def test_the_running_of_a_hearing_is_no_point_of_the_briefing(start):
    [s] = [s for s in sentences.split(read("hearing.md")) if s.text.startswith(start)]
    assert not s.whole


@pytest.mark.parametrize("line, reason", [
    (13, "transcript notice"),  # "*UNCORRECTED TRANSCRIPT. Neither members nor witnesses ...*"
    (21, "procedure"),  # "*The hearing opened at 09.30.*"
    (37, "transcript cue"),  # "[Inaudible — video link interrupted]"
    (39, "procedure"),  # "*Sitting suspended from 10.41 to 10.55 ...*"
    (49, "site navigation"),  # "Last modified: ... · [Accessibility](#) · [Privacy](#)"
])
def test_a_record_s_notices_and_stage_directions_are_not_citable(line, reason):
    assert read("hearing.md").skipped[line] == reason


# --- a forum thread ------------------------------------------------------------------------------

def test_a_thread_s_title_is_its_heading_not_its_counts():
    thread = read("forum.md")
    assert thread.title == "Hollin Lane allotments flooded AGAIN?? site shut till spring?!"
    assert thread.skipped[5] == "thread counts"


@pytest.mark.parametrize("line, reason", [
    (11, "forum post header"), (12, "forum post stamp"), (16, "forum post actions"),
    (36, "quoted post"), (37, "quoted post"), (45, "moderation notice"), (49, "site navigation"),
])
def test_a_thread_s_furniture_is_not_citable(line, reason):
    assert read("forum.md").skipped[line] == reason


def test_a_post_s_words_are_its_poster_s_cited_from_the_header_that_names_them():
    [s] = [s for s in sentences.split(read("forum.md")) if "padlocked" in s.text]
    assert s.text == "“The council has padlocked the main gate,” [beanrow_bea] says."
    assert (s.line_start, s.line_end) == (11, 14)
    assert check("forum.md", "“The lower plots at Hollin Lane are under a foot of water again this morning,” "
                             "[beanrow_bea] says.", 11, 14) is None


def test_the_words_a_reply_quotes_are_not_the_replier_s():
    found = texts("forum.md")
    assert "“The drain under the lane collapsed in January and nobody has fixed it,” [compost_carl] says." in found
    assert not any("padlocked" in t and "compost_carl" in t for t in found)
    assert check("forum.md", "“The council has padlocked the main gate,” [compost_carl] says.", 33, 39) is not None


def test_an_edit_stamp_is_no_word_of_the_post_and_a_moderator_s_housekeeping_is_no_point():
    said = {s.text: s.whole for s in sentences.split(read("forum.md"))}
    assert said["“The council now says the survey will take six weeks, not four,” [HollinLane_Secretary] says."]
    assert not said["“Thread stays open for questions about the survey,” [HollinLane_Secretary] says."]
    assert not said["“Plot holder here (number 14),” [beanrow_bea] says."]  # who posts, not what


# --- wire copy, a mailed newsletter, a government press release --------------------------------

def test_wire_copy_s_headline_is_its_headline_without_its_status_and_its_stamp_its_date():
    wire = read("wire.txt")
    assert (wire.title, wire.published) == ("Ferry crews on Lake Orm walk out over rosters", "2025-03-04")
    assert {wire.skipped[n] for n in (2, 3, 4)} == {"mail or wire header"}


@pytest.mark.parametrize("line, reason", [
    (8, "wire advisory"), (16, "contact details"), (17, "mail or wire header"), (18, "wire advisory"),
])
def test_wire_copy_s_advisories_contacts_and_keywords_are_not_citable(line, reason):
    assert read("wire.txt").skipped[line] == reason


def test_a_wire_dateline_with_its_region_and_agency_is_not_the_sentence():
    assert texts("wire.txt")[0].startswith("Crews on the three ferries that serve the Vell district walked out")


def test_a_mailed_newsletter_s_subject_is_its_title_and_its_headers_and_merge_tags_are_not_citable():
    letter = read("newsletter.txt")
    assert letter.title == "The ferry that will not die, and a lock-keeper's notebook"
    assert (letter.outlet, letter.published, letter.author) == ("Orm Valley Weekly", "2025-03-07", None)
    assert {letter.skipped[n] for n in (1, 2, 3, 4, 5)} == {"mail or wire header"}
    assert letter.skipped[7] == letter.skipped[12] == "mail furniture"  # "View it in your browser", merge tags


def test_a_press_release_names_its_department_and_its_contacts_are_not_citable():
    release = read("press_release.txt")
    assert release.outlet == "Department for Regional Transport"
    assert release.skipped[17] == "contact details"


def test_a_quote_under_its_speaker_s_line_is_one_attributed_sentence():
    [s] = [s for s in sentences.split(read("press_release.txt")) if s.text.startswith("Transport Minister")]
    assert s.kind == "attributed_quote"
    assert s.text.endswith("They cannot depend on a boat built in 1979.\"")


# --- an interview printed with bare questions ----------------------------------------------------

INTERVIEW = """# A lock-keeper's notebook

Tomas, 52, has kept the lock at Sarrebourg for eleven years. We spoke by phone.

Why did you stay after the flood?

I was born two houses from the lock. My father kept it before me.

Will it flood again?

Every spring now. We have sandbags for two hundred metres of towpath.
"""

EXPLAINER = """# The Sarre floods: what we know

Why did the warnings go out late?

Two of the eleven gauges on the upper Sarre failed during the night, the agency said.

Who pays for the repairs?

The district council and the regional government share the cost, under a 1994 agreement.
"""


def test_answers_under_bare_questions_are_someone_s_words_never_a_fact(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(INTERVIEW)
    kinds = {s.text: s.kind for s in sentences.split(sources.read_source(path, 1))}
    assert kinds["My father kept it before me."] == "quote"
    assert kinds["We have sandbags for two hundred metres of towpath."] == "quote"
    assert kinds["Tomas, 52, has kept the lock at Sarrebourg for eleven years."] == "statement"


def test_an_explainer_s_answers_in_its_own_voice_stay_its_reporting(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(EXPLAINER)
    kinds = {s.text: s.kind for s in sentences.split(sources.read_source(path, 1))}
    assert kinds["Two of the eleven gauges on the upper Sarre failed during the night, the agency said."] == \
        "statement"


def test_a_paper_s_recommendations_are_its_advice_not_what_is_so():
    [s] = [s for s in sentences.split(read("policy_paper.txt")) if "should pay" in s.text]
    assert not s.whole


def test_a_markdown_quote_marker_is_no_word_but_a_greater_than_sign_is_kept(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Ferry survey\n\n> The ferry is our only road to the hospital, one islander wrote.\n\n"
                    "> 50% of the islanders who answered use the ferry every week, the council said.\n")
    found = texts_of(path)
    assert "The ferry is our only road to the hospital, one islander wrote." in found
    assert "> 50% of the islanders who answered use the ferry every week, the council said." in found


def texts_of(path: Path) -> list[str]:
    return [s.text for s in sentences.split(sources.read_source(path, 1))]


# --- a portal's recommended stories -------------------------------------------------------------

@pytest.mark.parametrize("line", [17, 18])
def test_a_recommended_story_with_its_source_and_age_glued_on_is_a_link_not_a_sentence(line):
    portal = read("portal_wire.txt")
    assert portal.skipped[line] == "link to another article"
    assert not any("ago" in t for t in texts("portal_wire.txt"))


# --- a broadcaster's media labels ---------------------------------------------------------------

@pytest.mark.parametrize("line", [5, 7, 11, 13])
def test_a_broadcaster_s_media_captions_sources_and_durations_are_no_text(line):
    assert read("broadcaster.md").skipped[line] == "photo caption"
    assert not any("caption" in t or "duration" in t for t in texts("broadcaster.md"))


# --- mastheads, bylines and headlines of ordinary news sites ---------------------------------

def test_a_court_report_is_the_newsroom_s_with_its_writer_and_day_not_the_court_s():
    report = read("court_report.txt")  # a case-file box names the court; the masthead over its tagline, the site
    assert (report.outlet, report.author, report.published) == ("Tribunal Tracker", "Marta Oyelaran", "2026-05-04")


def test_a_byline_without_by_names_the_writer_before_the_bureau():
    page = read("explainer.md")  # "Lena Kofler, ABN Salzburg · 9 March 2026, 07:00 CET · 5 min read"
    assert (page.outlet, page.author, page.published) == ("Alpine Broadcasting Network", "Lena Kofler", "2026-03-09")


def test_an_agency_s_acronym_gives_way_to_its_name_and_its_menu_names_no_outlet():
    assert read("wrapped_wire.txt").outlet == "Northwold Wire Agency"  # not "Wire", the menu's first item


def test_a_headline_wrapped_over_two_lines_is_one_title_and_neither_half_is_citable():
    wire = read("wrapped_wire.txt")
    assert wire.title == ("Storm floods two market towns in North Yorkshire; "
                          "hundreds of homes without power overnight")
    assert not wire.citable(7) and not wire.citable(8)


@pytest.mark.parametrize("line, reason", [(2, "site navigation"), (3, "site blurb"),
                                          (4, "advertising or teaser block")])
def test_a_glued_menu_a_consent_banner_and_a_labelled_advert_are_not_citable(line, reason):
    assert read("weekly.txt").why_not_citable(line) == f"line {line} is {reason}"


def test_a_glued_menu_is_not_the_title():
    assert read("weekly.txt").title == "Flooded shops in Thirsk to get £750 each as council opens grant scheme"


def test_an_episode_s_title_is_under_the_show_the_menu_links_to_and_the_home_link_names_the_site():
    episode = read("podcast.md")
    assert (episode.title, episode.outlet) == ("Ep. 42 — After the floods: can Thirsk's market square be saved?",
                                               "Fenwick Audio")


def test_a_turn_under_a_bold_label_with_its_timecode_is_the_speaker_s_and_the_label_is_no_word():
    said = texts("podcast.md")
    assert "“We lost about £9,000 of stock in one night,” [Gareth Moss] says." in said
    assert not any("01:05" in s or "GARETH MOSS" in s for s in said)


def test_a_host_s_greeting_is_no_point():
    [greeting] = [s for s in sentences.split(read("podcast.md")) if "Hello and welcome" in s.text]
    assert not greeting.whole


# --- a statement reprinted in a box ---------------------------------------------------------------

def test_a_boxed_statement_s_sentences_are_its_issuer_s_words():
    said = texts("statement.txt")
    # "The council responded quickly and effectively" is the council's say-so, not the paper's finding
    assert ("“The council responded quickly and effectively to the floods in Thirsk on 4 March,” "
            "[North Yorkshire Council] says.") in said
    assert "“The rest centre at Thirsk School closed on Sunday,” [North Yorkshire Council] says." in said
    assert not any("|" in s for s in said)


def test_a_boxed_statement_s_issuer_is_checked_against_its_heading():
    [payment] = [s for s in sentences.split(read("statement.txt")) if "£300 payment" in s.text]
    assert payment.named_by == 11
    text = ("“A £300 payment will be made to each of the 96 households that were flooded,” "
            "[North Yorkshire Council] says.")
    assert check("statement.txt", text, 11, 13) is None
    assert check("statement.txt", text, 13, 13) is not None  # without its heading, the issuer is not in the lines


# --- a machine-translated foreign edition, a Sunday paper, a think tank's analysis, an agency's story
# on an aggregator and a newsroom's explainer (the layouts of bench/fresh10) -------------------------

def test_a_machine_translation_notice_is_furniture_never_the_title():
    page = read("translated_report.txt")
    assert page.skipped[3] == "translation notice"
    assert page.title.startswith("„The mountain does not forgive mistakes.“ Rescuers from the Tatras")


def test_a_byline_glued_to_its_place_and_a_dotted_date_gives_the_writer_and_the_day():
    page = read("translated_report.txt")  # "Lucia HrabovskáPoprad, Slovakia3. 2. 2026 7:15Updated: 4. 2. 2026 ..."
    assert (page.author, page.published) == ("Lucia Hrabovská", "2026-02-03")
    assert page.skipped[8] == "author byline"


@pytest.mark.parametrize("line, reason", [(9, "share buttons"), (10, "photo caption")])
def test_a_row_of_share_buttons_and_a_foto_credit_are_not_citable(line, reason):
    assert read("translated_report.txt").skipped[line] == reason


def test_a_masthead_set_as_the_first_heading_names_the_outlet_and_the_next_heading_is_the_title():
    page = read("saturday_magazine.md")  # "# THE SATURDAY COURIER": a weekday in a paper's name
    assert (page.outlet, page.title) == (
        "The Saturday Courier", "The lighthouse families: the last keepers' children who still go back to the rock")


def test_a_bold_name_with_the_place_and_the_day_it_was_filed_is_the_byline():
    page = read("saturday_magazine.md")  # "**Fiona Lusk**, Isle of Tiree · Saturday 7 March 2026, 06:00 GMT · ..."
    assert (page.author, page.published) == ("Fiona Lusk", "2026-03-07")


@pytest.mark.parametrize("line, reason", [(9, "paywall notice"), (27, "editor's note")])
def test_a_paywall_counter_and_a_note_on_changed_names_are_not_citable(line, reason):
    assert read("saturday_magazine.md").skipped[line] == reason


def test_a_writer_s_name_glued_to_their_job_title_ends_where_the_title_begins():
    page = read("institute_commentary.txt")  # "By Prof Henrik SaarinenVisiting Professor, ...Studies12 March 2026"
    assert (page.author, page.published) == ("Prof Henrik Saarinen", "2026-03-12")
    assert page.skipped[9] == "author byline"
    found = texts("institute_commentary.txt")
    assert any("[Prof Henrik Saarinen] writes" in t for t in found)
    assert not any("Visiting Professor]" in t for t in found)


def test_a_site_s_appeal_for_money_is_not_citable():
    assert read("institute_commentary.txt").skipped[22] == "donation appeal"


def test_an_appeal_box_wrapped_over_several_lines_is_not_citable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Court fees rise again\n\nThe county court raised its fees by 4% on Monday, the ministry said.\n\n"
                    "SUPPORT LOCAL COURT REPORTING\nThe Dunmore Gazette is funded by its readers. 812 people\n"
                    "support us every month. Donate from £3 >\n")
    page = sources.read_source(path, 1)
    assert [page.skipped.get(n) for n in (5, 6, 7)] == ["donation appeal"] * 3


def test_an_aggregator_s_line_of_source_fields_dates_the_agency_s_story():
    # "APN Andean Press Network  ·  Follow source  ·  14 Sept 2026, 11:40  (first published 06:02)  ·  4 min read"
    assert read("aggregator_agency.txt").published == "2026-09-14"


def test_an_outlet_that_spells_out_its_own_acronym_is_tagged_by_the_acronym():
    assert render.short_outlet(read("aggregator_agency.txt").outlet) == "APN"  # not "AAPN"


def test_a_photo_credit_in_square_brackets_is_not_citable():
    assert read("aggregator_agency.txt").skipped[9] == "photo caption"


def test_the_logo_s_alt_text_and_the_copyright_line_name_the_outlet():
    assert read("live_explainer.md").outlet == "The Lisbon Sentinel"


def test_an_opinion_item_in_a_nav_list_does_not_make_a_report_a_column(tmp_path):
    path = tmp_path / "a.md"  # the same page signed by a reporter: the list's "* [Opinion](#)" is no kicker
    path.write_text((LAYOUTS / "live_explainer.md").read_text().replace("By Sentinel Newsroom", "By Rui Faria"))
    assert not sources.read_source(path, 1).opinion


def test_a_newsroom_s_report_is_its_reporting_not_its_byline_s_view():
    assert not read("live_explainer.md").opinion
    assert ("Investigators are examining whether the brakes failed on the descent, a spokesman for the transport "
            "company said.") in texts("live_explainer.md")


KICKED = """THE HARBOUR ECHO
ANALYSIS
{headline}
{byline}
Friday 13 March 2026

The operator cut two sailings a day to Kelby Island in January, the county council said.
"""


@pytest.mark.parametrize("headline, byline, opinion", [
    ("Why the Kelby ferry timetable changed again this winter", "By Echo Newsroom", False),
    ("Kelby ferry cuts: what we know so far", "By Tom Ashdown", False),
    ("Why the Kelby ferry timetable changed again this winter", "By Tom Ashdown", True),  # the kicker's column
])
def test_a_newsroom_byline_or_an_explainer_s_headline_outweighs_an_analysis_kicker(tmp_path, headline, byline,
                                                                                    opinion):
    path = tmp_path / "a.txt"
    path.write_text(KICKED.format(headline=headline, byline=byline))
    assert sources.read_source(path, 1).opinion is opinion


@pytest.mark.parametrize("footer, outlet", [
    ("© Sunday Argus Media Ltd 2026 · [Terms](#)", "Sunday Argus Media"),  # a paper named for a weekday
    ("© 2026 The Kelby Star · [About us](#) · [Contact](#)", "The Kelby Star"),  # the name ends at "·"
])
def test_a_copyright_line_names_the_outlet_whatever_its_first_word_and_separators(tmp_path, footer, outlet):
    path = tmp_path / "a.md"
    path.write_text("# Kelby ferry fares rise by a fifth\n\nFares on the Kelby ferry rise by 20% from Monday, the "
                    f"operator said.\n\n{footer}\n")
    assert sources.read_source(path, 1).outlet == outlet


# --- a campaign's demands, a box's rows, a PDF's page furniture ---------------------------------

DEMANDS = """# Screening failure: our report

The health board lost 1,212 results between October and April, the charity found.

## What we are calling for

1. A **public inquiry**, with the power to compel witnesses.
2. A **named nurse** for every person affected.

The union, for its part, is calling for:
- A pay award for laboratory staff.
- More scientists in every laboratory.

## The board's response

The board said it had apologised to every family.
"""


def test_a_campaign_s_demands_are_what_it_asks_for_never_what_is_so(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(DEMANDS)
    found = {s.text: s.whole for s in sentences.split(sources.read_source(path, 1))}
    assert not found["A public inquiry, with the power to compel witnesses."]
    assert not found["A pay award for laboratory staff."]
    assert not found["More scientists in every laboratory."]
    assert found["The board said it had apologised to every family."]


BOX = """THE LEDGER
Nobody's company: the unit Kyiv likes to show off
By Nadia Orlik, September 28, 2027
The Pinega Rangers were founded in February 2026 by a hunting guide from Arkhangelsk region.
THE RANGERS IN NUMBERS
Fighters: about 120 (unit's figure)
Accepted: 131
Source: Pinega Rangers records seen by the Ledger
WHO ELSE FIGHTS
Siberian Battalion: formed early 2024; about 400
Vychegda Company: formed 2027; Komi; about 30
Shubin does not hide the unit's politics. He wants a Russia "where Arkhangelsk decides".
Correction: An earlier version of this article said the
Siberian Battalion was under the HUR. It serves in the army.
"""


def test_a_box_s_rows_are_lines_of_their_own_and_the_prose_after_it_starts_afresh(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BOX)
    found = texts_of(path)
    assert "Siberian Battalion: formed early 2024; about 400" in found
    assert "Vychegda Company: formed 2027; Komi; about 30" in found
    assert "Shubin does not hide the unit's politics." in found
    # a wrapped paragraph that opens with a label is one paragraph still
    assert "An earlier version of this article said the Siberian Battalion was under the HUR." in " ".join(found)


PDF_PAGES = """quay-review-41.pdf
QUAY REVIEW · JUNE 2027 · INTERVIEW

'Both pumps had corroded'

The ferry from Aberdaron lost power off Bardsey twice in one month,
and the operator has withdrawn it until both fuel pumps are replaced.
The first pump failed on 3 May and the spare on 19 May, the surveyor
said, during the first crossing after the repair.
24    quay.example    Quay Review is published by Harbour Media Ltd
QUAY REVIEW · JUNE 2027 · INTERVIEW
The operator had not replaced the pumps since 2019, the inspectors
found, and corrosion had eaten through both housings. Its two other
ferries were checked before the summer and are sailing, the operator
said on Tuesday, and no fault was found on either of them.
25    quay.example    Register now: Quay Review Conference, Llandudno
QUAY REVIEW · JUNE 2027 · INTERVIEW
The ferry is expected back in service in August, the operator said.
"""


def test_a_pdf_s_running_head_names_the_publication_and_its_footer_columns_are_furniture(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PDF_PAGES)
    paper = sources.read_source(path, 1)
    assert paper.outlet == "Quay Review"
    footers = [n for n, line in enumerate(paper.lines, 1) if "quay.example" in line]
    assert [paper.skipped.get(n) for n in footers] == ["running header or footer"] * 2
    assert not any("quay.example" in t or "Register now" in t for t in texts_of(path))


def test_a_newsletter_s_footnote_link_is_no_word_of_the_sentence(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# The men from the cold river\n\nSince the unit was founded, seven of its men have been killed."
                    "[4](#footnote-4) Every one of them carried a grenade.\n")
    assert "Since the unit was founded, seven of its men have been killed." in texts_of(path)


DIGEST = """RUSSIA DESK DAILY DIGEST No. 2214

SUMMARY: The channel's main evening bulletin led with a report that
Russian forces had destroyed the Kama Sotnia near Vovchansk.

COMMENT: The man shown is Timur S., whose capture on 24 November the
unit itself announced.

SUMMARY: The unit's own channel answered the report about three hours
later.

COMMENT: "Burlak" is the call-sign of the unit's commander.
"""


def test_a_digest_s_summary_and_comment_labels_are_no_words_and_no_speaker(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DIGEST)
    found = texts_of(path)
    assert "The man shown is Timur S., whose capture on 24 November the unit itself announced." in found
    assert not any("[Comment]" in t or t.startswith(("SUMMARY", "COMMENT")) for t in found)


# --- a monitoring digest with a broadcast excerpt, a disclaimer and comments ----------------------

def test_a_generic_label_in_an_excerpt_is_someone_s_words_never_a_fact():
    kinds = {s.text: s.kind for s in sentences.split(read("monitor.txt"))}
    said = [t for t in kinds if "Vyatka Watch\" near Kupiansk" in t or "sign or stay" in t or "200 militants" in t]
    assert len(said) == 3 and all(kinds[t] == "quote" for t in said)
    assert not any(t.startswith(("PRESENTER", "CAPTIVE")) for t in kinds)


def test_a_publisher_s_disclaimer_is_a_note_not_a_point():
    kinds = {s.text: s.kind for s in sentences.split(read("monitor.txt"))}
    assert kinds["It cannot independently verify claims made in the sources it monitors, and inclusion does not "
                 "imply endorsement."] == "note"
    assert kinds["Halden Monitoring summarises and translates material published in Russian-language media."] == "note"


def test_every_comment_under_the_comments_head_is_a_reader_s_not_the_page_s():
    skipped = read("monitor.txt").skipped
    assert [skipped.get(n) for n in (33, 37, 41)] == ["reader comment"] * 3


# --- a social-media thread unrolled by an app ------------------------------------------------------

def test_an_unrolled_thread_is_its_author_s_not_the_app_s():
    thread = read("unrolled.txt")
    assert (thread.outlet, thread.author, thread.title, thread.published) == (
        "Helga Marsh", "Helga Marsh", "Thread by @HelgaMarsh_water", "2028-03-05")
    assert all(thread.skipped.get(n) == "byline" for n in (4, 5, 6, 7))  # the header, the bio, the stats


def test_each_post_of_an_unrolled_thread_ends_at_its_counter():
    said = texts("unrolled.txt")
    assert "A thread on what it says." in said
    assert ("The board lifted its warning on 4 March after two clean samples in a row, and it says it will publish "
            "every Holmford sample on its website from now on.") in said
    assert not any("/6" in t for t in said)


def test_the_replies_under_a_thread_are_readers_not_the_author_s():
    skipped = read("unrolled.txt").skipped
    assert skipped[14] == "comments" and skipped[16] == "reader comment"


def test_a_pointer_to_where_a_document_is_read_is_no_point():
    kinds = {s.text: s.kind for s in sentences.split(read("unrolled.txt"))}
    assert kinds["If you want the report itself, it is on the board's website."] == "fragment"


# --- an event summary: reported questions, ground rules, editors' notes, the institute's notice -----

def _kinds(name: str) -> dict[str, str]:
    return {s.text: s.kind for s in sentences.split(read(name))}


def test_a_reported_question_is_no_point_but_its_answer_is():
    kinds = _kinds("event.txt")
    assert kinds["Host Karl Evers asked Lund whether the Watch's men were different from the Legion's."] == "fragment"
    assert kinds["A participant asked whether the Watch would fight in Russia itself."] == "fragment"
    assert kinds["She said they were older and more often skilled workers."] == "statement"


def test_an_event_s_ground_rule_and_a_newsletter_form_are_furniture():
    skipped = read("event.txt").skipped
    assert (skipped[12], skipped[22]) == ("procedure", "newsletter box")


def test_an_editor_s_note_inside_the_text_is_no_word_of_the_writer_s_but_the_outlet_s_own():
    said = texts("event.txt")
    assert "Why I went, since my sister asks." in said
    assert "I went because the war reached my town." in said
    assert not any("Ed." in t for t in said)
    # the note's own sentences, read apart from the writer's: a rule the diary only alludes to
    assert "The Watch requires two serving members to vouch for a new man." in said
    assert "The translator asked him this question in a letter." in said  # (its "him" needs the diary)


def test_an_institute_s_notice_on_its_own_views_is_a_note():
    kinds = _kinds("event.txt")
    assert kinds["Northgate Institute is an independent research institute."] == "note"


# --- an app store listing: reviews, each with the developer's response -----------------------------

def test_a_developer_s_response_is_whoever_signs_it_and_its_label_is_no_one():
    said = texts("appstore.md")
    assert ("“A fault on Saturday charged some drivers twice for the same stay,” [Tarnside Parking Support] says."
            in said)
    assert not any("[Developer Response]" in t or "[Version 3.2.1]" in t for t in said)


# --- a vacancy with a quote credited on the line under it ------------------------------------------

def test_a_quote_credited_on_the_line_under_it_is_the_credited_man_s_and_the_credit_ends_its_paragraph():
    said = texts("vacancy.txt")
    assert any(t.startswith("“We do not take men who come for money.") and t.endswith("[Pavel Orekhov] says.")
               for t in said)
    assert "Do not tell anyone in Russia that you have applied, not even your family." in said  # no credit, no heading
    assert not any("Sokol YOUR" in t or t.startswith("YOUR") for t in said)
