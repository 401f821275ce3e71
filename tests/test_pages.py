"""Saved web pages are read through a text snapshot whose lines are what citations count."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from briefing import pages
from briefing.sources import load

PAGES = Path(__file__).resolve().parent / "pages"
FURNITURE = ["cookies", "Accept all", "World", "Politics", "Subscribe", "Advertisement", "premium membership",
             "Share on", "Email this article", "Tweet", "Related stories", "Drone strikes", "Privacy policy",
             "All rights reserved", "dataLayer", "font-family", "Photo: Harbour Times"]


def folder_with(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(PAGES / name, folder / name)
    return folder


def test_snapshot_holds_the_article_and_none_of_the_page_furniture(tmp_path):
    snap = pages.snapshot((PAGES / "news.html").read_bytes(), "news.html", tmp_path)
    text = snap.path.read_text(encoding="utf-8")
    assert "its commanders said on Wednesday, as more Russian citizens apply to join the unit." in text
    assert "Ukrainian officials say the vetting process is meant to stop Russian agents" in text
    for junk in FURNITURE:
        assert junk not in text, junk


def test_snapshot_is_one_paragraph_a_line_headline_first(tmp_path):
    snap = pages.snapshot((PAGES / "news.html").read_bytes(), "news.html", tmp_path)
    lines = snap.path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "Legion opens a second recruiting office, commanders say"
    assert lines[1] == ""
    assert lines[2].startswith("The Freedom of Russia Legion has opened") and lines[2].endswith("join the unit.")


def test_the_snapshot_is_the_source_and_names_its_page(tmp_path):
    folder = folder_with(tmp_path, "news.html")
    src = load(folder, snapshots=tmp_path / "snap").sources[0]
    snapshot = Path(src.path)
    assert snapshot.parent == tmp_path / "snap"
    assert src.lines == tuple(snapshot.read_text(encoding="utf-8").split("\n")[:-1])  # what `sed -n Np` shows
    assert src.sha256 == hashlib.sha256(snapshot.read_bytes()).hexdigest()
    assert src.page.endswith("news.html")
    assert src.page_sha256 == hashlib.sha256((folder / "news.html").read_bytes()).hexdigest()


def test_page_metadata_fills_the_source(tmp_path):
    src = load(folder_with(tmp_path, "news.html"), snapshots=tmp_path / "snap").sources[0]
    assert src.title == "Legion opens a second recruiting office, commanders say"
    assert src.outlet == "The Harbour Times"
    assert src.author == "Maria Keller"
    assert src.published == "2023-06-14"
    assert src.url == "http://localhost/world/legion-recruiting-office"  # the canonical link


def test_the_same_page_gets_the_same_snapshot_without_extracting_again(tmp_path, monkeypatch):
    folder = folder_with(tmp_path, "news.html")
    first = load(folder, snapshots=tmp_path / "snap").sources[0]
    monkeypatch.setattr(pages, "extract", lambda *_: pytest.fail("extracted a page that has a snapshot"))
    again = load(folder, snapshots=tmp_path / "snap").sources[0]
    assert (again.path, again.sha256, again.published) == (first.path, first.sha256, first.published)


def test_an_edited_page_gets_a_new_snapshot(tmp_path):
    folder = folder_with(tmp_path, "news.html")
    first = load(folder, snapshots=tmp_path / "snap").sources[0]
    page = folder / "news.html"
    page.write_text(page.read_text().replace("six weeks", "eight weeks"))
    second = load(folder, snapshots=tmp_path / "snap").sources[0]
    assert second.path != first.path and Path(first.path).exists()  # the old snapshot still backs old briefings
    assert any("eight weeks" in line for line in second.lines)


def test_a_page_in_windows_1251_is_decoded_by_its_meta_charset(tmp_path):
    src = load(folder_with(tmp_path, "news-cp1251.html"), snapshots=tmp_path / "snap").sources[0]
    assert src.title == "Легион «Свобода России» объявил новый набор добровольцев"
    assert src.outlet == "Северный вестник" and src.author == "Ирина Соколова" and src.published == "2024-02-10"
    assert any(line.startswith("По словам представителя легиона, каждый кандидат") for line in src.lines)
    text = "\n".join(src.lines)
    for junk in ["Мы используем файлы cookie", "Главная", "Поделиться", "Читайте также", "Курс рубля", "counter"]:
        assert junk not in text, junk


def test_decode_prefers_the_declared_charset_to_a_guess():
    text, encoding = pages.decode((PAGES / "news-cp1251.html").read_bytes())
    assert encoding == "cp1251" and "Свобода России" in text


@pytest.mark.parametrize("name", ["index.html", "login.html", "cookies.html"])
def test_a_page_without_an_article_is_skipped_with_a_warning_naming_it(tmp_path, name):
    corpus = load(folder_with(tmp_path, "news.html", name), snapshots=tmp_path / "snap")
    assert len(corpus.sources) == 1
    assert any(w.startswith(f"articles/{name}: no article found") or f"/{name}: no article found" in w
               for w in corpus.warnings), corpus.warnings


def test_a_page_over_the_size_cap_is_skipped_unread(tmp_path):
    folder = folder_with(tmp_path, "news.html")
    (folder / "huge.html").write_bytes(b"<html><body><p>" + b"word " * 1_100_000 + b"</p></body></html>")
    corpus = load(folder, snapshots=tmp_path / "snap")
    assert [Path(s.page).name for s in corpus.sources] == ["news.html"]
    assert any("huge.html: too large for an article" in w for w in corpus.warnings)


def test_web_page_complete_reads_the_page_not_its_files_folder(tmp_path):
    folder = folder_with(tmp_path, "news.html")
    files = folder / "news_files"
    files.mkdir()
    (files / "ad-frame.html").write_text("<html><body><p>Buy now! Holiday deals up to 50% off.</p></body></html>")
    (files / "site.css").write_text("body { font-family: serif }")
    (files / "app.js").write_text("track('pageview');")
    corpus = load(folder, snapshots=tmp_path / "snap")
    assert [Path(s.page).name for s in corpus.sources] == ["news.html"]
    assert not corpus.warnings


def test_a_folder_that_only_shares_a_prefix_with_a_page_is_still_read(tmp_path):
    folder = folder_with(tmp_path, "news.html")
    (folder / "news-2023").mkdir()
    shutil.copy(PAGES / "news-cp1251.html", folder / "news-2023" / "ru.html")
    corpus = load(folder, snapshots=tmp_path / "snap")
    assert len(corpus.sources) == 2


def test_the_saved_from_line_gives_the_url_when_there_is_no_canonical_link(tmp_path):
    html = (PAGES / "news-cp1251.html").read_bytes()
    saved = b"<!-- saved from url=(0023)http://localhost/legion -->\n" + html
    (tmp_path / "a.html").write_bytes(saved)
    src = load(tmp_path, snapshots=tmp_path / ".snap").sources[0]
    assert src.url == "http://localhost/legion"


def test_an_unwritable_snapshot_folder_is_a_warning_naming_the_page(tmp_path):
    folder = folder_with(tmp_path, "news.html")
    (tmp_path / "blocked").write_text("a file where the folder should be")
    (folder / "a.txt").write_text("Recruits must pass a lie test before they join the legion, officials said.\n")
    corpus = load(folder, snapshots=tmp_path / "blocked" / "snap")
    assert [Path(s.path).name for s in corpus.sources] == ["a.txt"]
    assert any("news.html: cannot write its text snapshot" in w for w in corpus.warnings), corpus.warnings


def test_snapshots_inside_the_sources_folder_are_not_read_again_as_articles(tmp_path):
    folder = folder_with(tmp_path, "news.html")
    load(folder, snapshots=folder / "out" / "snapshots")
    corpus = load(folder, snapshots=folder / "out" / "snapshots")
    assert len(corpus.sources) == 1 and not corpus.warnings


@pytest.mark.parametrize("data, reason", [(b"  \n", "empty file"), (b"<html>\x00\x01\x02</html>", "binary file")])
def test_an_empty_or_binary_page_is_named_with_the_reason(tmp_path, data, reason):
    folder = folder_with(tmp_path, "news.html")
    (folder / "bad.html").write_bytes(data)
    corpus = load(folder, snapshots=tmp_path / "snap")
    assert any(f"bad.html: {reason}" in w for w in corpus.warnings), corpus.warnings


def test_a_snapshot_whose_metadata_was_lost_keeps_its_text(tmp_path):
    data = (PAGES / "news.html").read_bytes()
    first = pages.snapshot(data, "news.html", tmp_path)
    first.path.write_text(first.path.read_text(encoding="utf-8") + "\nA line added by hand.\n", encoding="utf-8")
    first.path.with_suffix(".json").write_text("{not json")
    again = pages.snapshot(data, "news.html", tmp_path)
    assert again.path == first.path and "A line added by hand." in again.path.read_text(encoding="utf-8")
    assert again.page == first.page


def test_a_page_dated_later_than_the_machine_s_clock_keeps_its_date(tmp_path):
    # htmldate drops a date after today by default; a page's date is what it says, whatever the clock says
    body = "".join(f"<p>Paragraph {i}: the commander said the unit had checked 412 applicants since February, "
                   "and that about a third of them were turned down at one stage or another.</p>" for i in range(4))
    html = ('<html><head><title>Transcript</title><script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"Transcript","datePublished":"2033-03-14T15:00:00Z"}</script></head>'
            f'<body><main><h1>Transcript</h1><p class="meta">Monday 14 March 2033, 15:00 · Kyiv</p>{body}</main>'
            "</body></html>")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "briefing.html").write_text(html, encoding="utf-8")
    assert load(folder, snapshots=tmp_path / "snap").sources[0].published == "2033-03-14"


def test_metadata_cached_by_an_older_reader_is_read_again_and_the_text_kept(tmp_path):
    data = (PAGES / "news.html").read_bytes()
    first = pages.snapshot(data, "news.html", tmp_path)
    meta_path = first.path.with_suffix(".json")
    old = meta_path.read_text(encoding="utf-8")
    meta_path.write_text(old.replace('"published": "2023-06-14"', '"published": null')
                         .replace(first.page.extractor, "trafilatura 0.0"), encoding="utf-8")
    first.path.write_text(first.path.read_text(encoding="utf-8") + "\nA line added by hand.\n", encoding="utf-8")
    again = pages.snapshot(data, "news.html", tmp_path)
    assert again.page.published == "2023-06-14" and "A line added by hand." in again.path.read_text(encoding="utf-8")


CATALOGUE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>ZC.2035.41 · Workshop banner of the Molot · Collection · Zarya Museum of Crafts</title></head>
<body><main><h1>Workshop banner of the Molot</h1>
<p>This banner hung for a year over the main bench of the Molot, a repair unit of Russian volunteers in
Ukraine's armed forces. Its men drag damaged and abandoned armour off the battlefield and repair it for
Ukrainian brigades. The unit was founded in March 2034 by seven volunteers and says it has put more than
ninety machines back into service since then.</p>
<p>The banner was painted by the unit's signaller on a tarpaulin taken from a recovered tank.</p>
</main></body></html>
"""


def test_a_title_whose_first_field_holds_a_dot_gives_the_site_its_last_field(tmp_path):
    # trafilatura takes "ZC.2035.41 · Workshop banner ... · Collection" for the site's name (a dot:
    # a domain?); the briefing then credited claims "[according to the ZC.2035.41 · ...]" (fresh21)
    _, page = pages.extract(CATALOGUE.encode(), "0" * 64)
    assert page.outlet == "Zarya Museum of Crafts"
