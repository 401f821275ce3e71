"""The appendix quotes a cited line whole, unless it is too long to print."""

from __future__ import annotations

from conftest import source_named, write

from briefing import excerpt, sources


def test_a_normal_line_is_quoted_whole(corpus):
    src = source_named(corpus, "000")
    assert excerpt.quoted_line(src, 31, ["They must submit an application."]) == src.line(31)


def test_a_page_on_one_line_is_quoted_by_the_sentences_cited(tmp_path):
    filler = "Officials said the border was quiet on Tuesday. " * 200
    cited = "Recruits must pass a lie test before they join the legion, officials said."
    path = write(tmp_path, "a.txt", f"Recruits Face Checks Before Joining The Legion\n\n{filler}{cited} {filler}\n")
    src = sources.read_source(path, 1)
    quoted = excerpt.quoted_line(src, 3, [cited])
    assert cited in quoted and len(quoted) < excerpt.MAX_LINE
    assert quoted.startswith(f"[{len(src.line(3)):,} characters; only the sentences cited from it are shown]")
