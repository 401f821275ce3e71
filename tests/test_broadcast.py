"""A broadcast's rush transcript: "NAME, ROLE:" labels name the speaker at a first turn, the
surname labels the later ones; a courtesy turn is no point; the notice about the transcript,
the "Aired" line and a headline wrapped over two lines are the page's, not its reporting."""
from __future__ import annotations

from pathlib import Path

from briefing import sentences, sources, verify
from briefing.draft import Citation, Claim

ARTICLE = Path(__file__).parent / "articles" / "broadcast" / "01_rush.txt"


def read() -> sources.Source:
    return sources.read_source(ARTICLE, 1)


def said() -> dict[str, sentences.Sentence]:
    return {s.text: s for s in sentences.split(read())}


def test_a_label_with_a_role_names_its_speaker_even_at_a_single_turn():
    s = said()["“Holmford's water samples came back clean on Monday, and the water board lifted its warning on "
               "Tuesday,” [Greta Holm] says."]
    assert (s.kind, s.line_start, s.line_end) == ("attributed_quote", 17, 18)
    corpus = sources.Corpus((read(),), ())
    assert verify.check(Claim(s.text, (Citation(corpus.sources[0].path, 17, 18),)), corpus) is None


def test_the_anchor_s_claims_are_hers_not_the_channel_s_facts():
    texts = list(said())
    assert any(t.startswith("“Tonight, the reservoir at Holmford") and t.endswith("[Priya Desai] says.") for t in texts)
    assert not any(t.startswith(("PRIYA DESAI", "GRETA HOLM", "OWEN PRICE", "DESAI:")) for t in texts)


def test_a_surname_label_after_the_full_one_is_the_same_speaker_and_thanks_are_no_point():
    got = said()
    assert got["“Greta Holm, thank you,” [Desai] says."].kind == "fragment"
    assert got["“Thanks, Priya,” [Owen Price] says."].kind == "fragment"


def test_the_transcript_s_notice_date_and_wrapped_headline_are_the_page_s():
    src = read()
    assert src.skipped[10] == src.skipped[11] == "transcript notice"
    assert src.published == "2028-03-03"
    assert src.title == "Holmford Reservoir Warning Lifted; Water Board Faces Questions Over Three-Week Delay"
