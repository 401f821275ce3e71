"""Rendering fetches only the package's own assets; article markup stays text."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing import render
from briefing.cli import cli


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x.png", "file:///etc/passwd",
                                 (render.ASSETS / ".." / "cli.py").resolve().as_uri()])
def test_fetcher_refuses_everything_but_assets(url):
    with pytest.raises(ValueError, match="only the package's own assets"):
        render.assets_only_fetcher().fetch(url)


def test_fetcher_serves_the_stylesheet():
    response = render.assets_only_fetcher().fetch((render.ASSETS / "briefing.css").as_uri())
    assert b"@font-face" in response.read()


def test_markup_in_an_article_is_printed_as_text(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Recruits Face Checks Before Joining The Legion\n\n"
        "Recruits must pass a lie test and a background check before they join the Freedom of Russia Legion, "
        "officials said. "
        "<img src=\"http://127.0.0.1:9/track.png\"> <a href=\"file:///etc/passwd\">Recruits</a> who fail "
        "the background check are sent home, officials said.\n")
    result = CliRunner().invoke(cli, ["make", "--sources", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "out" / "vetting.pdf").pages)
    assert '<img src="http://127.0.0.1:9/track.png">' in text.replace("\n", " ")
    links = [a.get_object().get("/A", {}).get("/URI") for p in PdfReader(tmp_path / "out" / "vetting.pdf").pages
             for a in p.get("/Annots", [])]
    assert not any(links), links  # only internal citation links, no URI from the article


def test_overlapping_citations_are_quoted_once_and_both_link_there(corpus):
    from conftest import source_named

    from briefing.draft import Citation, Claim, Section
    from briefing.verify import Verified

    path = source_named(corpus, "000").path
    claims = [Claim("They must submit an application.", (Citation(path, 31, 31),)),
              Claim("Only then can they enter basic training.", (Citation(path, 31, 33),))]
    b = Verified("vetting", "Vetting", "extractive", [Section("Points", "points", claims)], 2)
    cited = render.cited_lines(b, corpus)
    assert [(c.line_start, c.line_end) for c in cited] == [(31, 33)]
    html = render.html(b, corpus, render.now())
    assert html.count(f'href="#{cited[0].anchor}"') == 2
    assert html.count(f'id="{cited[0].anchor}"') == 1


@pytest.mark.parametrize("outlet, tag", [
    ("The New York Times", "NYT"),
    ("Office for Qualifications Standards", "OQS"),  # "for" is no initial, like "of"
    ("Nordic-Baltic Parliamentary Security Forum", "NBPSF"),  # each half of a hyphenated word is one
    ("Dnipro-Inform", "Dnipro-Inform"),
    ("Nordvision 24", "N24"),  # a number in the name is kept whole: not "N2"
])
def test_a_long_outlet_is_tagged_by_its_initials(outlet, tag):
    assert render.short_outlet(outlet) == tag


def test_a_subtitle_s_cue_numbers_and_timecodes_inside_a_citation_are_quoted_in_grey():
    from pathlib import Path

    from briefing import sources
    from briefing.draft import Citation, Claim, Section
    from briefing.verify import Verified

    src = sources.read_source(Path(__file__).parent / "articles" / "wiki" / "ferry.srt", 1)
    corpus = sources.Corpus((src,), ())
    claim = Claim("Every morning at seven the first launch leaves Harrowby Quay for Selham Hard.",
                  (Citation(src.path, 17, 22),))
    b = Verified("vetting", "Vetting", "extractive", [Section("Points", "points", [claim])], 1)
    [cited] = render.cited_lines(b, corpus)
    assert cited.furniture == {20, 21}  # "5" and "00:00:13,500 --> ...": no words of the sentence
    html = render.html(b, corpus, render.now())
    assert '<tr class="furniture"><td class="n">21</td>' in html


def test_rendering_leaves_no_font_folder_in_the_temp_dir(tmp_path, monkeypatch):
    # WeasyPrint copies each @font-face into a weasyprint-* folder; left behind, it is 3 MB a run.
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    pdf = render.pdf('<link rel="stylesheet" href="briefing.css"><p>One line.</p>')
    assert pdf.startswith(b"%PDF")
    assert not list(tmp_path.glob("weasyprint-*"))
