"""Two more page kinds (tests/articles/wiki/, written for these tests): a scraped wiki article and
a TV programme's subtitle file (SRT, WebVTT). The wiki's tabs, infobox, contents, "[edit]",
references, categories, licence and revision history are never citable and never glued to a
sentence; its citation markers are not printed, a claim it flags is not a fact, a section it
says is out of date is not current. A subtitle file's cue numbers, timecodes, cards and sound
lines are not text; a sentence over several cues is one sentence cited over its lines; a caption
after someone speaks names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import kinds, referents, sentences, sources, standalone, verify
from briefing.draft import Citation, Claim
from briefing.retrieval import selectable

PAGES = Path(__file__).parent / "articles" / "wiki"


def read(name: str) -> sources.Source:
    return sources.read_source(PAGES / name, 1)


def split(name: str) -> list[sentences.Sentence]:
    return sentences.split(read(name))


def check(name: str, text: str, *spans: tuple[int, int]) -> str | None:
    corpus = sources.Corpus((read(name),), ())
    path = corpus.sources[0].path
    return verify.check(Claim(text, tuple(Citation(path, a, b) for a, b in spans)), corpus)


# --- a wiki article -------------------------------------------------------------------------------

WIKI = "ferry_wiki.txt"


@pytest.mark.parametrize("line, why", [
    (2, "wiki navigation"), (5, "wiki navigation"), (7, "wiki tagline"), (8, "hatnote"), (9, "maintenance banner"),
    (11, "wiki infobox"), (13, "wiki infobox"), (16, "wiki infobox"), (19, "table of contents"),
    (21, "table of contents"), (23, "heading"), (30, "notes or references"), (32, "reference list"),
    (34, "reference list"), (35, "categories"), (36, "last-edited stamp"), (37, "licence"), (38, "site footer"),
    (39, "revision history"), (41, "revision history")])
def test_a_wiki_page_s_furniture_is_not_citable(line, why):
    assert read(WIKI).skipped[line] == why


def test_a_wiki_article_is_titled_dated_and_named_from_its_own_page():
    page = read(WIKI)
    assert (page.title, page.outlet, page.published, page.author) == ("Harrowby Ferry", "Pedianet", "2025-06-09", None)


def test_no_wiki_furniture_or_citation_marker_reaches_a_sentence():
    found = " ".join(s.text for s in split(WIKI))
    for bit in ("[", "]", "^", "Retrieved", "Categories", "Creative Commons", "contribs", "redirects here",
                "Estuary Launch Company", "Read Edit"):
        assert bit not in found


def test_a_sentence_after_citation_markers_starts_on_its_own():
    texts = [s.text for s in split(WIKI)]
    assert "The ferry opened in 1931 with one launch built in Bristol." in texts
    assert "Its first skipper was Albert Crane, who ran it for thirty years." in texts


def test_the_verifier_allows_a_dropped_marker_and_nothing_else():
    said = "The Harrowby Ferry is a passenger ferry across the Selham estuary in Cornwall."
    assert check(WIKI, said, (18, 18)) is None  # "[1][2]" dropped
    assert check(WIKI, said.replace("Cornwall", "Devon"), (18, 18)) is not None
    assert check(WIKI, said.replace("Selham", "Thames"), (18, 18)) is not None


def test_an_abbreviation_inside_brackets_ends_no_sentence():
    assert split(WIKI)[0].text == ("The Harrowby Ferry (Cornish: Kowlas Harrowby, lit. 'Harrowby crossing') is a "
                                   "passenger ferry across the Selham estuary in Cornwall.")


def test_a_reference_list_under_a_plain_heading_is_not_citable():
    page = read("lighthouse_wiki.txt")
    assert (page.title, page.outlet) == ("Selham Lighthouse", "Wikiterra")
    assert page.skipped[10] == "heading"
    assert all(not page.citable(n) for n in (11, 12, 13))


def test_an_infobox_that_lost_its_tabs_is_not_glued_to_the_lead():
    page = read("lighthouse_wiki.txt")
    assert [page.skipped.get(n) for n in (4, 5, 6)] == ["wiki infobox"] * 3
    assert [s.text for s in split("lighthouse_wiki.txt")] == [
        "Selham Lighthouse is a disused lighthouse on Selham Point in Cornwall, England, on the western side of "
        "the estuary.", "It was built in 1871.", "The light was switched off in 1989 after a new beacon was built "
        "offshore."]


def test_a_claim_the_page_flags_is_never_printed_as_fact():
    found = {s.text: s for s in split(WIKI)}
    flagged = found["It carries about 400,000 passengers a year."]
    assert flagged.kind == "flagged" and not flagged.whole and not selectable(flagged)
    assert found["The ferry is owned by Selham District Council."].kind == "statement"


def test_the_verifier_refuses_a_claim_its_page_tags_as_unsourced():
    why = check(WIKI, "[The Harrowby Ferry] carries about 400,000 passengers a year.", (18, 18))
    assert why is not None and "citation needed" in why
    assert check(WIKI, "[The Harrowby Ferry] is owned by Selham District Council.", (18, 18)) is None


def test_what_an_update_banner_flags_is_not_citable():
    page = read(WIKI)
    assert page.skipped[28].startswith("out of date")
    assert not any("bicycles" in s.text for s in split(WIKI))
    assert check(WIKI, "As of April 2025, the ferry does not carry bicycles.", (28, 28)) is not None
    assert page.citable(26)  # the section's line above the banner stands


def test_a_news_page_with_one_edit_link_is_no_wiki():
    assert not kinds.wiki(["Ferry to close", "By Jane Doe", "Comments [edit]", "The ferry will close in May."])


# --- a subtitle file ------------------------------------------------------------------------------

SRT = "ferry.srt"


@pytest.mark.parametrize("line, why", [
    (1, "subtitle cue number"), (2, "subtitle timecode"), (3, "on-screen card"), (4, "on-screen card"),
    (8, "sound description"), (12, "on-screen card"), (13, "on-screen card"), (31, "sound description"),
    (45, "on-screen card"), (63, "subtitle credit")])
def test_a_subtitle_file_s_numbers_timecodes_cards_and_sounds_are_not_text(line, why):
    assert read(SRT).skipped[line] == why


def test_a_subtitle_file_is_titled_and_dated_by_its_opening_card_not_a_scene_card():
    page = read(SRT)
    assert page.title == "Last Boat: The Ferry That Would Not Sink"
    assert (page.outlet, page.published, page.author) == ("Southwave TV", "2025-06-12", None)


def test_a_scene_card_s_month_is_no_broadcast_date(tmp_path):
    lines = ["1", "00:00:01,000 --> 00:00:02,000", "{\\an8}SELHAM ESTUARY", "{\\an8}MAY 2025", "",
             "2", "00:00:03,000 --> 00:00:04,000", "NARRATOR: The ferry runs.", "",
             "3", "00:00:05,000 --> 00:00:06,000", "It carries cars."]
    path = tmp_path / "scene.srt"
    path.write_text("\n".join(lines) + "\n")
    assert sources.read_source(path, 1).published is None


def test_a_sentence_over_several_cues_is_one_sentence_cited_over_its_lines():
    found = {s.text: s for s in split(SRT)}
    s = found["Every morning at seven the first launch leaves Harrowby Quay for Selham Hard."]
    assert (s.line_start, s.line_end, s.kind) == (17, 22, "statement")
    assert check(SRT, s.text, (17, 22)) is None
    assert check(SRT, "Every morning at eight the first launch leaves Harrowby Quay for Selham Hard.", (17, 22)) \
        is not None


def test_the_narrator_label_is_no_word_of_the_narration():
    assert not any("NARRATOR" in s.text for s in split(SRT))


def test_a_caption_after_a_turn_names_its_speaker():
    found = {s.text: s for s in split(SRT)}
    said = found["“My father skippered it before me,” [Joe Tanner] says."]
    assert said.named_by == 44 and said.kind == "attributed_quote"
    assert check(SRT, said.text, (40, 40), (44, 44)) is None
    assert check(SRT, said.text, (40, 40)) is not None  # the name is read on the caption


def test_an_unnamed_speaker_s_words_are_no_fact():
    found = {s.text: s for s in split(SRT)}
    assert found["We heard about it on the radio."].kind == "quote"
    assert found["Nobody asked us."].kind == "quote"


def test_a_webvtt_file_is_read_the_same_way():
    page = read("ferry.vtt")
    assert page.skipped[1] == "subtitle furniture" and page.skipped[5] == "subtitle timecode"
    texts = [s.text for s in split("ferry.vtt")]
    assert texts == ["The ferry carried its last passengers in October.", "It had run for ninety-four years."]


def test_a_speaker_s_label_names_them_and_the_narrator_s_is_the_programme_s():
    found = {s.text: s for s in split("labels.srt")}
    first = found["“Selham District Council never asked the people who use the boat,” [Anna Price] says."]
    later = found["“We found out from the paper,” [Anna Price] says."]
    assert first.named_by == later.named_by == 3
    assert check("labels.srt", first.text, (3, 4)) is None
    assert check("labels.srt", later.text, (3, 4), (8, 8)) is None
    assert found["It carries six hundred people a day."].kind == "quote"  # "MAN:" names no one
    assert found["The council says the ferry loses money."].kind == "statement"


def test_the_programme_speaking_of_itself_is_named():
    found = next(s for s in split(SRT) if "documentary" in s.text)
    assert standalone.needs_context(found.text, frozenset()) == "this documentary"
    named = referents._replace_outlet_voice(found.text, "Southwave TV")
    assert named == "Twelve people were filmed for [Southwave TV’s] documentary."
    assert check(SRT, named, (59, 59)) is None
    assert check(SRT, "Twelve people were filmed for [BBC’s] documentary.", (59, 59)) is not None


def test_a_wiki_copied_without_edit_links_still_loses_its_banners_headings_and_lists():
    page = read("village_wiki.txt")
    assert [page.skipped.get(n) for n in (4, 5, 7, 9, 10, 12, 14)] == [
        "maintenance banner", "maintenance banner", "heading", "heading", "notes or references", "reference list",
        "notes or references"]
    assert [s.text for s in split("village_wiki.txt")][-1] == (
        "The village grew up around a ferry landing first recorded in 1302, two kilometres from the sea.")
