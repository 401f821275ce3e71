"""A phone chat exported as text (WhatsApp's "12/03/2031, 09:20 - Irina K: ..." or the iPhone's
"[12/03/2031, 09:20:11] Irina K: ..."): each message is its sender's words, a line of its own;
the export's notices, its group events and "<Media omitted>" are no one's words."""

from __future__ import annotations

import pytest
from conftest import printed, write

from briefing import sentences, sources

ANDROID = """WhatsApp Chat with Volga Drivers Support
Messages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.
12/03/2031, 09:14 - Irina K created group "Volga Drivers Support"
12/03/2031, 09:15 - Irina K added Pavel
12/03/2031, 09:20 - Irina K: Morning all. The Volga Company says it needs two more vans before the spring.
12/03/2031, 09:21 - Pavel: How much?
12/03/2031, 09:25 - Irina K: About 9,000 euros each. The commander, Gorn, told me the men will collect them in Lviv.
The second one must have four-wheel drive.
12/03/2031, 09:31 - Pavel: <Media omitted>
12/03/2031, 09:40 - Marta: The Volga Company checks every volunteer through the SBU before he can join, Gorn said.
12/03/2031, 09:41 - Marta: This message was deleted
13/03/2031, 11:02 - Pavel: I paid 500 euros to the Volga Company's fund.
"""

IPHONE = """[12/03/2031, 09:19:02] Irina K: \u200eIrina K created group “Volga vans”
[12/03/2031, 09:19:30] Irina K: \u200eIrina K added Marta and Pavel
[12/03/2031, 09:20:11] Irina K: The Volga Company says it needs two more vans before the spring.
[12/03/2031, 09:25:40] Irina K: image omitted
[12/03/2031, 09:26:01] Irina K: \u200e<attached: 00000007-PHOTO-2031-03-12-09-26-01.jpg>
[12/03/2031, 09:40:02] Marta: The Volga Company checks every volunteer through the SBU before he can join.
"""

THEMES = """[[entity]]
name = "Volga Company"
aliases = ["Volga Company"]
generic = ["company"]

[[theme]]
id = "support"
title = "Support for the Volga Company"
description = "What the unit needs and how volunteers check and help."
terms = ["vans", "euros", "paid", "checks", "volunteer", "SBU", "commander", "collect", "join", "fund"]
"""


def _split(tmp_path, text):
    write(tmp_path, "chat.txt", text)
    [src] = sources.load(tmp_path).sources
    return src, sentences.split(src)


@pytest.mark.parametrize("text", [ANDROID, IPHONE])
def test_each_message_is_its_sender_s_words_on_its_own_line(tmp_path, text):
    _, said = _split(tmp_path, text)
    first = next(s for s in said if "two more vans" in s.text)
    assert first.text == "“The Volga Company says it needs two more vans before the spring,” [Irina K] writes."
    checks = next(s for s in said if "SBU" in s.text)
    assert checks.text.endswith("[Marta] writes.") and checks.line_start == checks.line_end
    assert not any("09:" in s.text or "/2031" in s.text for s in said), [s.text for s in said]


def test_a_message_s_next_line_goes_on_the_message(tmp_path):
    _, said = _split(tmp_path, ANDROID)
    drive = next(s for s in said if "four-wheel" in s.text)
    assert drive.text == "“The second one must have four-wheel drive,” [Irina K] writes."


def test_the_export_s_notices_events_and_empty_messages_are_no_one_s_words(tmp_path):
    src, said = _split(tmp_path, ANDROID)
    for n in (1, 2, 3, 4, 9, 11):
        assert not src.citable(n), (n, src.lines[n - 1])
    assert not any("Media omitted" in s.text or "deleted" in s.text or "encrypted" in s.text for s in said)


def test_a_briefing_of_a_chat_says_who_wrote_each_point(tmp_path):
    texts = printed(tmp_path, {"chat.txt": ANDROID}, THEMES, "support")
    assert texts and all(t.endswith(("[Irina K] writes.", "[Marta] writes.", "[Pavel] writes.")) for t in texts), texts


def test_an_iphone_export_s_own_lines_are_no_one_s_words(tmp_path):
    # the app opens each of its own lines with a left-to-right mark: "Irina K: \u200eIrina K created
    # group ..." was printed as what Irina K wrote (fresh21)
    src, said = _split(tmp_path, IPHONE)
    for n in (1, 2, 4, 5):
        assert not src.citable(n), (n, src.lines[n - 1])
    assert not any("created group" in s.text or "added" in s.text or "attached" in s.text for s in said)
