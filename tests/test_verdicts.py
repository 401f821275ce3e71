"""A claim is never printed without the verdict, denial or correction its article gives it
(issue 8, check g): a fact-check's claim boxes are not citable, a rumour goes with its denial
or not at all, and a correction's "Last week's issue said ..." is no fact.

The articles under tests/articles/verdicts are written for these tests: a fact-check page whose
claim boxes are Markdown quotes spaced out with bare ">" lines, and a football newsletter with a
denied rumour, a "Neither was true" and a correction."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import sentences, sources, supersede, themes
from briefing.draft import Citation, Claim
from briefing.engines.extractive import Extractive
from briefing.pipeline import Settings, prepare
from briefing.verify import check

FOLDER = Path(__file__).parent / "articles" / "verdicts"


@pytest.fixture(scope="module")
def corpus() -> sources.Corpus:
    return sources.load(FOLDER)


def source(corpus: sources.Corpus, prefix: str) -> sources.Source:
    return next(s for s in corpus.sources if Path(s.path).name.startswith(prefix))


def line_of(corpus: sources.Corpus, prefix: str, words: str) -> tuple[str, int]:
    src = source(corpus, prefix)
    return src.path, next(n for n, line in enumerate(src.lines, 1) if words in line)


def claim(corpus: sources.Corpus, text: str, prefix: str, words: str) -> Claim:
    path, n = line_of(corpus, prefix, words)
    return Claim(text, (Citation(path, n, n),))


@pytest.mark.parametrize(("words", "reason"), [
    ("poisoned with lead", "fact-check claim (the claim checked, not a finding)"),
    ("Linmouth Parents Together", "fact-check claim (who said it)"),
    ("trucking in water", "fact-check claim (the claim checked, not a finding)"),
    ("🟡 MISLEADING", "fact-check verdict label"),
    ("How we rate claims", "fact-check rating key"),
])
def test_a_claim_box_spaced_out_with_bare_quote_lines_is_not_citable(corpus, words, reason):
    path, n = line_of(corpus, "01", words)
    assert source(corpus, "01").skipped[n] == reason


def test_a_claim_the_page_rates_false_fails_the_verifier_without_its_verdict(corpus):
    alone = claim(corpus, "A claim that the reservoir would stay empty until 2029 was shared widely on 10 May.",
                  "01", "stay empty until 2029")
    assert check(alone, corpus).startswith("denied in its article:")


def test_the_same_claim_with_its_denial_or_verdict_passes(corpus):
    with_denial = claim(corpus, "A claim that the reservoir would stay empty until 2029 was shared widely on 10 May. "
                        "Linmouth Water called it “pure invention”, and the council said the repairs to the "
                        "reservoir would end in August.", "01", "stay empty until 2029")
    assert check(with_denial, corpus) is None
    with_verdict = claim(corpus, "A claim that the reservoir would stay empty until 2029 was shared widely on 10 May. "
                         "[Harbour Post] have rated it FALSE.", "01", "stay empty until 2029")
    assert check(with_verdict, corpus) is None


def test_a_rumour_fails_without_the_neither_was_true_after_it(corpus):
    alone = claim(corpus, "Last Tuesday a fan forum announced that the club had sacked its manager, Dana Pike, "
                  "and sold its striker to Harwich.", "02", "fan forum announced")
    assert check(alone, corpus).startswith("denied in its article:")
    both = claim(corpus, "Last Tuesday a fan forum announced that the club had sacked its manager, Dana Pike, "
                 "and sold its striker to Harwich. Neither was true, and the club said so within the hour.",
                 "02", "fan forum announced")
    assert check(both, corpus) is None


def test_a_denial_without_the_claim_it_denies_fails(corpus):
    alone = claim(corpus, "The Terrace Letter found no source for the claim.", "02", "found no source")
    assert check(alone, corpus).startswith("a denial without its claim:")


def test_a_correction_s_report_of_last_week_s_error_is_no_fact(corpus):
    wrong = claim(corpus, "Last week's issue said the Abbey Road ground opened in 1998.", "02", "Correction:")
    assert "earlier version" in check(wrong, corpus)
    right = claim(corpus, "[The Abbey Road ground] opened in 1999.", "02", "Correction:")
    assert "earlier version" not in (check(right, corpus) or "")


@pytest.fixture(scope="module")
def printed() -> list[tuple[str, str]]:
    book = themes.load(None)
    theme = themes.Theme(id="club", title="The club and the reservoir", description="Rumours about both.",
                         terms=["club", "stadium", "manager", "ground", "reservoir", "water", "claim", "season"])
    ctx = prepare(Settings(sources=FOLDER), book, [theme])
    draft = Extractive().draft(theme, ctx)
    return [(section.title, c.text) for section in draft.sections for c in section.claims]


def test_the_briefing_prints_a_denied_claim_only_with_its_denial_and_never_in_its_lead(printed):
    assert any("new stadium in Corby" in text for _, text in printed)  # a rumour with its denial is news
    for title, text in printed:
        for rumour, denial in (("stay empty until 2029", "pure invention"), ("sacked its manager", "Neither was true"),
                               ("new stadium in Corby", "story from nowhere")):
            if rumour in text:
                assert denial in text
                assert title != "Lead"
        assert "1998" not in text



def test_a_sentence_citing_a_claim_box_fails_the_verifier(corpus):
    boxed = claim(corpus, "The water in Linmouth has been poisoned with lead from the old reservoir pipes.",
                  "01", "poisoned with lead")
    assert "fact-check claim" in check(boxed, corpus)


def test_a_party_s_denial_leaves_a_dispute_that_may_lead(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Port strike enters second week\n\nThe union claimed the port had hired 40 agency drivers to break the strike. "
        "The port denied this.\n\nNo ships were unloaded on Monday.\n", encoding="utf-8")
    sents = [s for src in sources.load(tmp_path).sources for s in sentences.split(src)]
    found = supersede.Superseded(sents, sources.load(tmp_path))
    union = next(s for s in sents if s.text.startswith("The union claimed"))
    assert found.taken_back(union.text, [(union.source, union.line_start, union.line_end)]) is not None
    assert not found.denied(union)
