"""A mailing list's digest (Mailman, plain text): each post is its sender's words, not the list's
and not a fact of the page's (fresh21 printed a vet's count of her own cases, "Two dead at a riding
school in County Durham ...", with no one's name). Its headers are furniture."""

from __future__ import annotations

from conftest import printed, write

from briefing import sentences, sources

DIGEST = """Send Farrier-L mailing list submissions to
	farrier-l@lists.example

Today's Topics:

   1. Re: Lame ponies after the new shoes (Ruth Haldane)
   2. Re: Lame ponies after the new shoes (Owen Pryce)


----------------------------------------------------------------------

Message: 1
Date: Mon, 5 May 2036 08:10:02 +0100
From: Ruth Haldane <ruth at haldane-forge.example>
To: farrier-l at lists.example
Subject: Re: Lame ponies after the new shoes
Content-Type: text/plain; charset="utf-8"

Morning all. Nine ponies shod with Kestrel nails from box 4471 went lame
in April at three yards near Hexham. Kestrel has been told.

Ruth

------------------------------

Message: 2
Date: Mon, 5 May 2036 09:02:40 +0100
From: Owen Pryce <owen at pryce-farriery.example>
To: farrier-l at lists.example
Subject: Re: Lame ponies after the new shoes
Content-Type: text/plain; charset="us-ascii"

Kestrel Nails Ltd says the nails in box 4471 were cut too long at its
Leeds factory in March and that the box has been recalled.

Owen

------------------------------
"""

THEMES = """[[theme]]
id = "nails"
title = "The lame ponies"
description = "Which ponies went lame after the new nails, and why."
terms = ["lame", "ponies", "nails", "Kestrel", "batch", "supplier", "box", "factory"]
"""


def test_a_digest_s_posts_are_their_senders_words_and_its_headers_furniture(tmp_path):
    write(tmp_path, "digest.txt", DIGEST)
    [src] = sources.load(tmp_path).sources
    said = sentences.split(src)
    nine = next(s for s in said if s.text.startswith("Nine ponies shod"))
    assert nine.kind == "quote"  # a post: never printed as the page's fact
    for n, line in enumerate(src.lines, 1):
        if line.startswith(("Message:", "From:", "Content-Type:", "Subject:")):
            assert not src.citable(n), line


def test_a_briefing_of_a_digest_prints_no_post_as_a_fact(tmp_path):
    texts = printed(tmp_path, {"digest.txt": DIGEST}, THEMES, "nails")
    assert not any("lame" in t or "batch" in t or "Kestrel" in t for t in texts), texts
