"""Pages that are not news articles, read as what they are: a paper extracted from a PDF, a
hearing's verbatim record, a forum thread, raw wire copy, a mailed newsletter and a government
press release (tests/articles/layouts/). Their furniture never becomes a sentence, and their
title, outlet, author and date are read from where such pages keep them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import sentences, sources, verify
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
    (35, "chart residue"),  # the chart's note
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
