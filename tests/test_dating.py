"""The article's date goes beside a sentence that counts from it, never into the sentence."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from briefing import meta, render
from briefing.draft import Citation, Claim, Draft, Section
from briefing.sources import load
from briefing.verify import verify

PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(PAGES / "news.html", folder / "news.html")
    (folder / "undated.txt").write_text(
        "Legion Numbers Grow Again\n\n"
        "The Freedom of Russia Legion has 4,000 members, its commanders said.\n\n"
        "The Freedom of Russia Legion opened a recruiting office in Lviv this week.\n")
    return load(folder, snapshots=tmp_path / "snap")


def claim(corpus, name: str, starts: str, label: str | None = None) -> Claim:
    src = next(s for s in corpus.sources if name in (s.page or s.path))
    n = next(i for i, line in enumerate(src.lines, 1) if line.startswith(starts))
    text = src.line(n) if not label else next(p for p in re.split(r"(?<=\.) ", src.line(n)) if label in p)
    return Claim(text, (Citation(src.path, n, n),), label=label)


def briefing(corpus, *sections: Section):
    return verify(Draft("vetting", "Recruitment and vetting", "test", list(sections)), corpus)


def test_a_sentence_saying_last_week_is_followed_by_its_article_date(corpus):
    c = claim(corpus, "news.html", "Last week, two recruits")
    b = briefing(corpus, Section("Checks", "points", [c]))
    assert b.passed == 1
    page = render.html(b, corpus, render.now())
    assert f"{c.text}" in page
    assert re.search(r"</a>\]</span> <span class=\"dated\">\(article of 14 June 2023\)</span></li>", page)


def test_a_sentence_without_a_relative_date_gets_no_note(corpus):
    c = claim(corpus, "news.html", "Those who pass the checks")
    page = render.html(briefing(corpus, Section("Checks", "points", [c])), corpus, render.now())
    assert "article of" not in page


def test_every_disputed_figure_carries_its_article_date(corpus):
    dated = claim(corpus, "news.html", "The spokesman, who asked", label="several hundred")
    undated = claim(corpus, "undated.txt", "The Freedom of Russia Legion has", label="4,000")
    page = render.html(briefing(corpus, Section("Where sources disagree", "disagreement", [dated, undated])),
                       corpus, render.now())
    assert '<span class="figure">several hundred</span> <span class="dated">(article of 14 June 2023)</span>' in page
    assert '<span class="figure">4,000</span> <span class="dated">(undated article)</span>' in page


def test_the_json_gives_the_article_date_and_the_phrase_beside_the_verified_text(corpus):
    c = claim(corpus, "news.html", "Last week, two recruits")
    data = render.to_json(briefing(corpus, Section("Checks", "points", [c])), corpus, "2026-01-01T00:00:00+00:00")
    [sentence] = data["sentences"]
    assert sentence["text"] == c.text
    assert (sentence["article_date"], sentence["relative_date"]) == ("2023-06-14", "Last week")


def test_the_source_list_names_the_page_and_its_snapshot_with_both_hashes(corpus):
    c = claim(corpus, "news.html", "Last week, two recruits")
    page = render.html(briefing(corpus, Section("Checks", "points", [c])), corpus, render.now())
    src = next(s for s in corpus.sources if s.page)
    assert "The Harbour Times, Maria Keller, 14 June 2023" in page
    assert src.path in page and src.sha256[:12] in page
    assert src.page in page and src.page_sha256[:12] in page
    assert "http://localhost/world/legion-recruiting-office" in page


def test_a_relative_date_in_an_undated_article_never_reaches_the_briefing(corpus):
    """ "This week" of an article nobody can date would read as this week of the briefing."""
    c = claim(corpus, "undated.txt", "The Freedom of Russia Legion opened")
    b = briefing(corpus, Section("Size", "points", [c]))
    assert b.passed == 0
    assert "needs a date: 'this week'" in b.dropped[0]["reason"]


def test_the_same_sentence_without_its_relative_date_passes(corpus):
    c = claim(corpus, "undated.txt", "The Freedom of Russia Legion opened")
    cut = Claim(meta.undate(c.text), c.citations)
    assert cut.text == "The Freedom of Russia Legion opened a recruiting office in Lviv."
    assert briefing(corpus, Section("Size", "points", [cut])).passed == 1
