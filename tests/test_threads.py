"""A discussion thread (an AMA on a Reddit-style site; tests/articles/threads/, written for these
tests) read as what it is: headers, votes, sort bars, removed comments and links to more comments
are furniture; each post and reply is its poster's words, the opening poster named as his post
names him, an organisation's verified account as the organisation, a moderator's note as the
moderator's; the site is never the speaker."""

from __future__ import annotations

import json
from pathlib import Path

from briefing import sentences, sources, verify
from briefing.draft import Citation, Claim
from briefing.referents import Referents

THREADS = Path(__file__).parent / "articles" / "threads"
DAUGHTER = "“I came here because I want my daughter to grow up in a free country, not under Putin,” [Kestrel] says."


def read(name: str = "ama.md") -> sources.Source:
    return sources.read_source(THREADS / name, 1)


def said(name: str = "ama.md") -> dict[str, sentences.Sentence]:
    return {s.text: s for s in sentences.split(read(name))}


def test_a_thread_s_furniture_is_not_citable():
    page = read()
    assert page.skipped[5] == "post header"
    assert page.skipped[9] == "vote bar"
    assert page.skipped[17] == "sort bar"
    assert page.skipped[21] == page.skipped[24] == page.skipped[27] == "comment header"
    assert page.skipped[26] == "blockquote spacer"
    assert page.skipped[33] == page.skipped[34] == "removed comment"
    assert page.skipped[48] == "more comments link"
    found = " ".join(said())
    for furniture in ("days ago", "▲", "`OP`", "Sort by", "View more", "removed by moderator", "EDIT"):
        assert furniture not in found


def test_the_opening_poster_speaks_by_the_name_his_post_gives():
    found = said()
    assert "“My cousin was mobilised in 2022 and came back in a coffin,” [Kestrel] says." in found
    assert not any("[u/lake_pilot_77]" in t or "lake_pilot_77" in t for t in found)


def test_a_nested_reply_is_its_own_poster_s_not_the_one_it_quotes():
    found = said()
    assert DAUGHTER in found
    assert "“You had a good job at the hospital,” [u/birch_and_rye] says." in found
    assert found["So it was about your cousin, not about politics?"].line_start == 27  # a question: no fact


def test_an_organisation_s_account_speaks_as_the_organisation_and_a_moderator_as_himself():
    found = said()
    assert ("“For the record, the company has more than 80 fighters and is recruiting medics,” "
            "[Onega Company press office] says.") in found
    assert "“Nothing he says has been checked,” [u/Tern_mod] says." in found
    assert "“The unit's claims are the unit's claims,” [u/Tern_mod] says." in found
    assert not any("[Forumly]" in t or "according to Forumly" in t for t in found)


def test_a_reply_by_the_opening_poster_is_cited_with_the_line_that_names_him():
    src = read()
    corpus = sources.Corpus((src,), ())
    split = sentences.split(src)
    refs = Referents(split, corpus, [])
    reply = next(s for s in split if s.text.startswith("“I came here because"))
    done = refs.resolve(reply)
    assert done is not None and done.text == reply.text
    assert [x.line_start for x in done.names] == [13]  # 'call-sign "Kestrel"'
    cited = tuple(Citation(src.path, x.line_start, x.line_end) for x in done.cited)
    assert verify.check(Claim(done.text, cited), corpus) is None
    assert verify.check(Claim(done.text, cited[1:]), corpus) is not None  # without the naming line: no


def test_a_page_with_a_comment_or_two_is_not_a_thread():
    page = read("two_comments.md")
    assert "comment header" not in page.skipped.values()


def test_first_person_motives_in_a_thread_reach_the_motivations_briefing_voiced(tmp_path):
    from briefing import pipeline

    settings = pipeline.Settings(sources=THREADS, out=tmp_path, engine="extractive")
    pipeline.run(settings, ["motivations"])
    printed = [s["text"] for s in json.loads((tmp_path / "motivations.json").read_text())["sentences"]]
    assert DAUGHTER in printed
    assert "“A medic here is paid what a Ukrainian medic is paid,” [Kestrel] says." in printed
    assert not any("[u/" in t for t in printed)  # the questions are no motives
