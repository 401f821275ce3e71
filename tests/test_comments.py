"""A page's comments, kept as their writers' words (fresh24's observation page and recipe blog,
fresh25's photo page): a saved page's comments that the article extractor drops are added under
a "Comments" line, each a header of short fields over its text; a thread of such comments is its
writers' words, named in brackets; readers' comments with no header stay furniture. The page is
written for these tests."""

from __future__ import annotations

from briefing import kinds, pages, sentences, sources, themes, verify
from briefing.draft import Citation, Claim
from briefing.pipeline import Settings, prepare
from briefing.standalone import needs_context

PHOTO = """<!doctype html><html><head><title>Blade in the field · Photo · Snapline</title></head><body>
<nav><a href="/">Home</a> <a href="/explore">Explore</a></nav>
<main><article>
<h1>Blade in the field below Bryn Eithin</h1>
<p>Taken on the morning of Saturday 14 November 2037 from the footpath above the farm, looking down at the
broken blade of the community turbine lying in the sheep field. The tower is out of shot to the left.</p>
<p>The blade broke off during the storm in the small hours and landed well away from the tower, across the
field wall. Several neighbours heard the bang and came up the lane in the morning to look.</p>
</article></main>
<section class="comments"><h2>4 comments</h2>
<div class="comment"><a href="/people/llani_lad">llani_lad</a> · 14 Nov 2037 at 20:02 · Heard a bang about quarter
to three and thought it was the big ash coming down.</div>
<div class="comment"><a href="/people/cce">Clywedog Community Energy</a> (cce_clywedog) · 14 Nov 2037 at 21:05 ·
At 02:41 this morning the turbine shut down automatically after a vibration alarm.</div>
<div class="comment"><a href="/people/dp">Dafydd Pugh</a> · 18 Nov 2037 at 21:17 · Two of my ewes were killed by
the blade.</div>
<div class="comment"><a href="/people/sian">Siân Rowlands</a> (owner) · 18 Nov 2037 at 21:30 · Yes, sorry.</div>
<p class="comment-login"><a href="/login">Log in</a> to leave a comment.</p>
</section></body></html>
"""


def _snapshot() -> list[str]:
    text, _ = pages.extract(PHOTO.encode(), "0" * 64)
    return text.split("\n")


def test_comments_the_extractor_drops_are_added_as_header_over_text():
    lines = _snapshot()
    at = lines.index("Comments")
    assert "**Clywedog Community Energy** (cce_clywedog) · 14 Nov 2037 at 21:05" in lines[at:]
    i = lines.index("**Dafydd Pugh** · 18 Nov 2037 at 21:17")
    assert lines[i + 1] == "Two of my ewes were killed by the blade."
    assert not any("Yes, sorry" in line for line in lines)  # too short to say anything


def test_a_thread_of_comments_is_its_writers_words(tmp_path):
    (tmp_path / "photo.txt").write_text("\n".join(_snapshot()), encoding="utf-8")
    page = sources.read_source(tmp_path / "photo.txt", 1)
    said = [s.text for s in sentences.split(page)]
    assert "“Two of my ewes were killed by the blade,” [Dafydd Pugh] says." in said
    assert any(s.startswith("“At 02:41 this morning the turbine shut down") and "[Clywedog Community Energy] says"
               in s for s in said)


def test_readers_comments_run_into_their_headers_stay_furniture(tmp_path):
    # a Markdown page whose comments run on from their headers: no thread to name them
    text = ("# Hornets stop play\n\nPosted 23 August 2037\n\nThe match was abandoned at 3.40 pm when hornets came "
            "out of the scorebox and stung three people.\n\n## Comments (3)\n\n"
            "**Tom E.** · 25 Aug 2037 · We only got 31 overs in and the points were shared five each.\n\n"
            "**Brian T.** · 24 Aug 2037 · Are we sure they weren't just wasps? My brother-in-law says they were.\n\n"
            "**Ewan S.** · 25 Aug 2037 · Heard the man who went to hospital was stung nine times.\n")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    page = sources.read_source(tmp_path / "a.md", 1)
    assert not any("overs" in s.text or "nine times" in s.text for s in sentences.split(page)
                   if s.kind in ("statement", "attributed_quote"))


def test_a_quoted_label_with_no_verb_is_no_point():
    assert needs_context("“Callum Heriot, Asian hornet action team, Tweed Valley Beekeepers' Association,” "
                         "[cheriot_tvbka] says.") == "no verb (a label or a log entry)"
    assert needs_context("“Two of my ewes were killed by the blade,” [Dafydd Pugh] says.") is None


REPORT = """# Fallen tree on the canal towpath

Reported via StreetFix to Calder Borough Council.

## Updates

**Calder Borough Council** · 17:05, Tuesday 17 November 2037
*State changed to: Investigating*

An officer visited the towpath this morning. The tree blocks the whole width of the path by lock 12.

**Ruth Hale** · 10:12, Saturday 21 November 2037

Signs up at the mill end only. Nothing at the lock end, where most walkers come from.

**Calder Borough Council** · 16:30, Monday 30 November 2037

The tree was cut up and removed on 27 November and the towpath has reopened.

**Update 4** · 2 December 2037 · by Tom Ashworth

The new bench by lock 12 went in on Tuesday, paid for by the canal society.
"""


def test_a_comment_set_apart_from_its_header_is_its_writer_s(tmp_path):
    # "17:05, Tuesday 17 November 2037" dates the header; a blank or a state line may stand between
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    said = {s.text for s in sentences.split(sources.read_source(tmp_path / "report.md", 1))}
    assert "“Signs up at the mill end only,” [Ruth Hale] says." in said
    assert "“The tree blocks the whole width of the path by lock 12,” [Calder Borough Council] says." in said
    # an entry's label is no writer: its by-line is
    assert "“The new bench by lock 12 went in on Tuesday, paid for by the canal society,” [Tom Ashworth] says." in said


def test_the_header_is_cited_and_verified_with_the_comment(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.md").write_text(REPORT, encoding="utf-8")
    book = themes.load()
    ctx = prepare(Settings(sources=folder), book, book.everything())
    s = next(x for x in ctx.sentences if x.text.startswith("“Signs up at the mill end"))
    assert s.named_by == REPORT.split("\n").index("**Ruth Hale** · 10:12, Saturday 21 November 2037") + 1
    done = ctx.referents.resolve(s)
    path = ctx.corpus.sources[0].path
    spans = tuple(Citation(path, x.line_start, x.line_end) for x in done.cited)
    assert verify.check(Claim(done.text, spans), ctx.corpus) is None


def test_a_notice_s_reference_is_no_writer():
    lines = ["PLANNING | Published Thursday 14 January 2038 | Ref. HH-38-0038", "", "Notice is given.",
             "ROADS | Published Thursday 14 January 2038 | Ref. HH-38-0036", "", "Notice is given.",
             "LICENSING | Published Thursday 7 January 2038 | Ref. HH-38-0004", "", "Notice is given."]
    found = kinds.thread(lines)
    assert found is None or not found.speakers
