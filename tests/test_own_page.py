"""A person's own page (fresh25's networking profile): its headline is their name and it speaks as
them, so its sentences are their words ("[Irina Sokolova] writes"), cited with the header over the
post that names them and the body they are with; the comments under a post are their writers'
words, headed by a name, a headline and a network's age ("· 3w"); a recommendation quoted on the
page is someone else's. Also the page furniture fresh25 showed: a search engine's AI overview, a
snippet's "Last updated" taken for the page's date, a headline taken for the site's name. The
texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import resolved

from briefing import boilerplate, meta, pages, sentences, sources, themes, verify
from briefing.draft import Citation, Claim
from briefing.pipeline import Settings, prepare

PROFILE = """---
title: "Irina Sokolova – Medic (volunteer) – Ladoga Crew | LinkLine"
source: "https://linkline.example/in/irina-sokolova"
---

[LinkLine](/) · [Home](/feed) · [Jobs](/jobs)

# Irina Sokolova

**Paramedic · Medic (volunteer), Ladoga Crew**

## About

I was a paramedic in Petrozavodsk for nine years. Since March 2036 I have been with the Ladoga Crew, a unit of \
Russian volunteers in Ukraine's Armed Forces. I answer the people who write to us wanting to join.

## Activity

**Irina Sokolova** · Paramedic · Medic (volunteer), Ladoga Crew
1mo

Here is how we take people, since people ask me every week. Two men of the Crew must vouch for you. We do not \
take prisoners of war from the camps, because we cannot check them. A video call with me, then one with Bereg. \
He asks every candidate the same question. If he says yes, the SBU checks you for six weeks.

> **Olga Petrova** · Nurse, Kyiv · 3w
> Thank you for writing this down so plainly for the families.

> **Irina Sokolova** (Author) · 3w
> We had forty applications in 2037 and took nine of them.

> **Pavel K.** · Driver · 2w
> The Crew carried my brother out near Orikhiv last spring.

---

**Irina Sokolova** · Paramedic · Medic (volunteer), Ladoga Crew
5mo

We lost our first man in May 2037, on a night when the road was shelled for six hours.

## Recommendations

> **Bereg** · Commander, Ladoga Crew
> March 2037 · Bereg worked with Irina on the same team
>
> She is the calmest medic I have worked with in ten years, and she has never once lost her temper.
"""

HEADER = PROFILE.split("\n").index("**Irina Sokolova** · Paramedic · Medic (volunteer), Ladoga Crew") + 1


def _ctx(tmp_path: Path, text: str, name: str = "profile.md"):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    book = themes.load()
    return prepare(Settings(sources=folder), book, book.everything())


def _said(tmp_path: Path) -> dict[str, sentences.Sentence]:
    (tmp_path / "profile.md").write_text(PROFILE, encoding="utf-8")
    return {s.text: s for s in sentences.split(sources.read_source(tmp_path / "profile.md", 1))}


def test_a_profile_is_its_owner_s_words(tmp_path):
    source = sources.read_source(_write(tmp_path), 1)
    assert (source.author, source.opinion) == ("Irina Sokolova", True)
    said = _said(tmp_path)
    text = ("“We do not take prisoners of war from the camps, because we cannot check them,” [Irina Sokolova] "
            "writes in [LinkLine].")
    assert said[text].kind == "statement"  # their account of themselves, not a maxim
    assert said[text].named_by == HEADER  # the post's header names her


def test_comments_under_a_post_are_their_writers_words(tmp_path):
    said = _said(tmp_path)
    assert "“We had forty applications in 2037 and took nine of them,” [Irina Sokolova] says." in said
    assert said["“The Crew carried my brother out near Orikhiv last spring,” [Pavel K.] says."].kind != "fragment"


def test_a_recommendation_on_a_profile_is_someone_else_s_words(tmp_path):
    said = _said(tmp_path)
    quoted = [s for t, s in said.items() if "calmest medic" in t]
    assert quoted and all(s.kind in ("quote", "fragment") for s in quoted)
    assert not any("Irina Sokolova] writes" in t and "calmest" in t for t in said)


def test_the_we_of_a_post_is_the_body_its_header_names_and_the_header_is_cited(tmp_path):
    ctx = _ctx(tmp_path, PROFILE)
    s = next(x for x in ctx.sentences if "we cannot check them" in x.text)
    done = ctx.referents.resolve(s)
    assert done is not None and "[Irina Sokolova, of the Ladoga Crew] writes in [LinkLine]" in done.text
    path = ctx.corpus.sources[0].path
    spans = tuple(Citation(path, x.line_start, x.line_end) for x in done.cited)
    assert HEADER in {x.line_start for x in done.cited}  # the header: "**Irina Sokolova** · ... Ladoga Crew"
    assert verify.check(Claim(done.text, spans), ctx.corpus) is None


def test_the_writer_who_says_i_is_never_the_he_of_the_next_sentence(tmp_path):
    # "He" is Bereg, the commander the sentence before names, not the profile's owner
    ctx = _ctx(tmp_path, PROFILE)
    done = resolved(ctx, "If he says yes")
    assert done is None or "Irina" not in done


def test_a_page_headed_by_a_name_in_the_third_person_is_no_own_page(tmp_path):
    bio = ("# Anna Kovacs\n\n## About\n\nAnna Kovacs is a nurse from Debrecen who has worked in Kharkiv since "
           "2035.\n\nShe trains volunteers in field medicine at a school near the city.\n\nHer courses last "
           "six weeks and end with an exam.\n")
    source = sources.read_source(_write(tmp_path, bio), 1)
    assert not source.opinion


SEARCH = """Search results

   About 48,200 results (0.41 seconds)

AI Overview

   The Ladoga Crew is a Russian volunteer battalion founded in 2031 by
   fishermen from Karelia. It has between 40 and 200 members [15]1.

   AI responses may include mistakes. [19]Learn more

Web results

   [21]Ladoga Crew – result 1
   Site 1 · site1.example › news
   Men of the Ladoga Crew were seen at the river crossing on day 1 of
   the month, according to local residents who spoke to this site.

   [22]Ladoga Crew – result 2
   Site 2 · site2.example › news
   Men of the Ladoga Crew were seen at the river crossing on day 2 of
   the month, according to local residents who spoke to this site.

   [23]Ladoga Crew – result 3
   Site 3 · site3.example › news
   Men of the Ladoga Crew were seen at the river crossing on day 3 of
   the month, according to local residents who spoke to this site.

   [27]The Ladoga Crew: medics under fire
   Kyiv Ledger · kyivledger.example › features
   Last updated Jan 15, 2038 — Type: medical. Area: Orikhiv. Strength (est.): 30 to 35.
   The Crew carries wounded men out at night along the Orikhiv road, and it
   has lost two men since it was formed.
"""


def test_a_search_engine_s_ai_overview_is_furniture():
    lines = SEARCH.split("\n")
    skipped = boilerplate.scan(lines).skipped
    overview = [n for n, line in enumerate(lines, 1) if "Ladoga Crew is a Russian" in line or "AI responses" in line]
    assert all(skipped.get(n) == "machine-written summary" for n in overview)
    assert not skipped.get(lines.index("   has lost two men since it was formed.") + 1)


def test_a_result_s_last_updated_is_not_the_page_s_date():
    lines = tuple(SEARCH.split("\n"))
    assert meta.from_text(lines, boilerplate.scan(list(lines)).skipped)[0] is None
    footer = lines + ("", "Last updated: 7 May 2038")  # a line of its own still dates the page
    assert meta.from_text(footer, boilerplate.scan(list(footer)).skipped)[0] == "2038-05-07"


def test_a_headline_taken_for_the_site_gives_way_to_the_title_s_site():
    html = ("<html><head><title>Son left for Ukraine. What threatens me and my daughter? — ZakonVopros: free "
            "legal answers online</title></head><body></body></html>")
    assert pages._site("Son left for Ukraine. What threatens me and my daughter?", html) == "ZakonVopros"
    assert pages._site("The Kyiv Ledger", html) == "The Kyiv Ledger"
    assert pages._author("Galina V · on the site since") == "Galina V"


def _write(tmp_path: Path, text: str = PROFILE) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return path
