"""Furniture of page kinds that set out their text in their own way: a fact-check's claim blocks,
a chat channel's export, a radio newsroom's rundown, a decision in a case-law database, a
letters page and a council's minutes.

Each rule is about a line's shape on such a page ("**Verdict:** 🟥 FALSE", "Photo  Not included,
...", "[PROD: ...]", "HEADNOTE (prepared by ... editors)", "**Jane Doe**, *Town*", "Page 1 of 3
Chair's initials ......"), so it carries over to pages of the same kind we have not seen. What
these lines say is never reporting: labels, placeholders, notes not for air, a database's own
summary of a decision (which may be wrong), signatures. `mark` returns the reasons per line; the
letters' and forwarded posts' speakers are found by sentences.py from the lines marked here.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from . import meta, records


# --- a fact-check page ---------------------------------------------------------------------------
# "**Claim:** ...", "**Who said it:** ...", "**Verdict:** 🟥 FALSE": the claim checked, who said
# it, and the rating. The claim is what the page rebuts or upholds, never its finding.
def _label(words: str) -> re.Pattern:
    return re.compile(rf"^\W{{0,4}}(?:{words})\s*(?::\W{{0,4}}|\W{{0,4}}:)\s*", re.I)


FC_CLAIM = _label(r"the claim|claim|what was claimed|what they said")
FC_WHO = _label(r"who said it|who said this|claimed by|source of (?:the )?claim|made by")
FC_VERDICT = _label(r"our verdict|verdict|our rating|rating")
# What a verdict line holds besides its finding: coloured squares, the rating in capitals, and the
# italic note on a changed rating ("*(changed from FALSE on 16.02.2026)*").
RATING_NOISE = re.compile(r"[*_]*\((?:changed|updated|was|previously|amended)\b[^()]*\)[*_]*|"
                          r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\b", re.I)
# The ratings a fact-check gives, in the words checkers use ("MOSTLY TRUE", "Missing context").
RATING = (r"(?:mostly |half |partly |largely )?(?:true|false)|misleading|unproven|unsupported|unverified|"
          r"unsubstantiated|(?:missing|lacks|needs|out of) context|exaggerated|satire|incorrect|correct|"
          r"inaccurate|accurate|pants on fire|fake|altered|mixed|mixture|no evidence")
# The page's key to its ratings: "How we rate claims. TRUE: accurate. MOSTLY TRUE: ... FALSE: not
# accurate." Definitions of words, not findings.
RATING_KEY = re.compile(rf"^\W*how we (?:rate|rated|check|grade)\b|(?:(?<![\w’'-])(?:{RATING})\s*[:=–—-]\s*\w.*?){{3}}",
                        re.I)
BOX_REACH = 4  # lines of text: how far a claim box's label may stand from its verdict
# A box's blank lines: "", ">" (a Markdown quote block spaced out), "|".
BLANK = re.compile(r"^[>|\s]*$")

# --- a chat channel's export ----------------------------------------------------------------------
EXPORT_NOTICE = re.compile(r"^\W*(?:exported from (?:telegram|whatsapp|signal|discord|slack)\b|end of export\b)", re.I)
CHANNEL_LINE = re.compile(r"^\W*(?:public |private )?(?:channel|group|chat)\b.{0,40}\b(?:subscribers|members)\b",
                          re.I)
# "Pechora Druzhina | EN  10:00  edited 19.01.2026 08:12": who posted, at what time.
MESSAGE_HEADER = re.compile(r"^(?P<name>\S.{0,80}?)\s{2,}\d{1,2}:\d{2}(?::\d{2})?(?:\s{2,}(?:edited\b.*)?)?$")
SERVICE = re.compile(r"^(?:.{1,80}\s)?(?:pinned|unpinned) (?:this|a) message$|^in reply to this message$|"
                     r"^.{1,80}\s(?:joined|left) the (?:channel|group)$|^.{1,80}\schanged the (?:channel|group) "
                     r"(?:photo|name)\b", re.I)
MEDIA = re.compile(r"^(?:photo|video|video message|voice message|audio|audio file|file|sticker|gif|animation|"
                   r"round video)\s+not included\b", re.I)
FORWARDED = re.compile(r"^\W*forwarded from\s+(?P<name>\S.{1,60}?)\s*$", re.I)
# A phone chat export's message stamp: "12/03/2031, 09:20 - " (Android), "[12/03/2031, 09:20:11] " (iPhone).
CHAT_STAMP = r"\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\]|\s+-)"
# The export's own lines: "WhatsApp Chat with Volga Drivers Support", "Messages and calls are
# end-to-end encrypted ...", a stamp with no "name:" ("Irina K created group ...", "Irina K added
# Pavel"), and a message that is no words: "<Media omitted>", "This message was deleted".
# (an iPhone export opens each of the app's own lines with a left-to-right mark: "Marta Ozola:
# \u200eMarta Ozola created group “Kuznya”", "\u200eimage omitted")
CHAT_EVENT = re.compile(rf"^{CHAT_STAMP}\s+(?:[^:]{{1,120}}|[^:]{{1,60}}:\s*(?:\u200e.*|<[^<>]{{1,40}}>|"
                        r"this message was deleted|you deleted this message|null|image omitted|video omitted|"
                        r"audio omitted|sticker omitted|document omitted|"
                        r"[\w .-]{1,60}\.(?:jpg|jpeg|png|opus|mp4|pdf|webp) \(file attached\)))\s*$",
                        re.I)
CHAT_NOTICE = re.compile(r"^\W*(?:whatsapp chat with\b|messages and calls are end-to-end encrypted\b|"
                         r"messages to this group are now secured\b)", re.I)
HASHTAGS = re.compile(r"^(?:#[^\W\d_][\w-]*\s*)+$")
REACTION = re.compile(r"^(?:\S{1,3}\s*\d[\d.,]*[KkMm]?\s*)+$")

# --- a radio newsroom's rundown -------------------------------------------------------------------
# "[PROD: 40k is Larkspur's own figure ...]", "[CUE AUDIO: ... DUR: 0'16"]", "[STING: NEWS IN 0'04"]".
PRODUCTION = re.compile(r"^\[(?:PROD|PRODUCER|CUE|CUE AUDIO|AUDIO|STING|ADLIB|AD-LIB|SOT|VO|OOV|BED|JINGLE|GFX|VT|PKG|"
                        r"OOC|SFX|TRAIL|BACK-?ANNO|TX|NOTE TO (?:READER|PRESENTER))\b[^\[]*\]?\s*$")
# "LARKSPUR/LEAD/0600   (ver. 2, edited 05:51 ckhan)", "EASTERBY FC/1700": a story's slug.
SLUG = re.compile(r"^[A-Z0-9][A-Z0-9 .&'-]{0,30}(?:/[A-Z0-9][A-Z0-9 .&'-]{0,30}){1,4}(?:\s+\([^()]{0,60}\))?$")
KILLED = re.compile(r"^\W*(?:KILLED|SPIKED|DROPPED|HOLD)\b.{0,80}\b(?:DO NOT USE|NOT FOR (?:AIR|USE))\b|"
                    r"^\W*\*{2,}\s*(?:KILLED|SPIKED)\b")
# "0600 BULLETIN   READ: Nadia Pryce   PROD: Chris Khan   SLOT: 3'00"", "Day: TUE 03.03.26   Printed: ...":
# three labelled fields set apart by runs of spaces.
FIELD = re.compile(r"(?:^|\s{2,})[A-Za-z][A-Za-z ]{0,14}:\s")
# The print's own notice: "Scripts are for broadcast use. [PROD] notes are not to be read on air."
AIR_NOTICE = re.compile(r"\b(?:not (?:to be )?(?:read|used) on air|for broadcast use)\b", re.I)
END_MARK = re.compile(r"^\W*end of (?:rundown|running order|print|document|file|bulletin)\b.{0,40}$", re.I)
# The line after a clip that names its speaker: "That was the chief executive, Dominic Farrow.",
# "Adaeze Oyelaran from the Authority.", "Council leader Mair Price."
# A transcript's label in capitals, and the role a broadcast transcript gives after it at a first
# turn: "DEV MALHOTRA, SPORTS LAWYER:", "RUTH AMBROSE, GB 4X400 RELAY:"; the name is the label.
CAPS_NAME = r"[A-Z][A-Z'’. -]{0,38}[A-Z]"
ROLE_CAPS = r"[A-Z0-9][A-Z0-9'’.&/ -]{0,50}[A-Z0-9]"
NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
# A quote's credit on the line under it: "— Gleb Arsentyev, Yamshchik", "– Dr Anna Kuusk, Narva Centre".
CREDIT_LINE = re.compile(rf"^\s*[—–―]\s*(?P<e>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{NAME})(?:,\s*[^.!?:;]{{1,60}})?\s*$")
CLIP_SPEAKER = re.compile(rf"{CREDIT_LINE.pattern}|"
                          rf"^(?:That was|That's|This is|You heard)\s+(?:[\w'’ -]{{1,60}},\s+)?(?P<a>{NAME})\.|"
                          rf"^(?P<b>{NAME})\s+(?:from|of|at)\s+(?:the\s+)?[A-Z][\w'’ -]{{1,60}}\.|"
                          rf"^[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}\s+(?P<c>{NAME})\.$|^(?P<d>{NAME})\.$")

# --- a decision in a case-law database ------------------------------------------------------------
CATCHWORDS = re.compile(r"^\W*(?:catchwords|subject matter)\s*:", re.I)
HEADNOTE = re.compile(r"^\W*(?:headnote|head note|editor['’]?s summary|summary by the editors)\b", re.I)
ANONYMITY = re.compile(r"^\W*(?:anonymity (?:order|direction)|reporting restrictions?)\b", re.I)
REPRESENTATION = re.compile(r"^\W*(?:representation|appearances)\s*[.:]\s*(?:for the|mr|ms|mrs|dr)\b", re.I)
# The decision's particulars under its title: "Neutral citation: ...   Case No: ...", "Hearing: ...",
# "Before: TRIBUNAL JUDGE ...", and the database's bars ("Download PDF (11 pp., 238 KB) | Print | ...",
# "... Help    Sign out (n.holm@...)").
PARTICULARS = re.compile(r"^\W*(?:neutral citation|case no|claim no|appeal no|hearing|heard on|before|coram|"
                         r"decision promulgated|judgment date)\s*:", re.I)
TOOL_BAR = re.compile(r"^\W*home\s*[›»>]|^\W*download (?:pdf|as pdf|document|the decision)\b|"
                      r"\b(?:sign out|log out|my account)\b", re.I)
PAGE_MARKER = re.compile(r"^\[(?:p|pp|page)\.?\s*\d{1,4}\]$", re.I)
SIGNED = re.compile(r"^\W*signed\s*:", re.I)
RELATED = re.compile(r"^\W*related (?:documents?|cases?|decisions?)\s*:", re.I)
# What marks a page as a court's or a tribunal's decision, and the court's name on its breadcrumb
# or title block ("Home › Case law › Protection Appeals Tribunal › 2026").
DECISION = re.compile(r"^\W*(?:neutral citation|case no|claim no|appeal no|decision promulgated)\b|"
                      r"\b(?:decision|judgment) promulgated\s*:", re.I)
COURT = re.compile(r"\b(?P<n>(?:[A-Z][\w'’-]+\s+){0,4}(?:Tribunal|Court)(?:\s+of(?:\s+[A-Z][\w'’-]+){1,4})?)\b")

# --- a letters page -------------------------------------------------------------------------------
# "**Claire Dunmore**, *Easterby*", "**Cllr Ben Tulley** (Independent, Easterby North), *leader of ...*",
# "*Name and address supplied*": a letter's signature, on a paragraph of its own under the letter.
SIGNATURE = re.compile(r"^(?:\*\*|__)(?P<name>[^*_]{2,60}?)(?:\*\*|__)(?:\s*\([^()]{1,80}\))?\s*,?\s*"
                       r"(?:[*_][^*_]{1,120}[*_])?\s*$")
# A hard-wrapped letters page signs a letter on the line right under its last, without bold: "Rhodri
# Watkin, Llangadog", "Gareth Pryce-Lewis, Managing Director," (its second line "Meillion Bioenergy Ltd, ...").
PLAIN_SIGNATURE = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Capt|Rev|Sir|Dame)\.?\s+)?"
                             r"[A-Z][a-z’'-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?){1,3})"
                             r"(?:\s+(?:MS|MP|MSP|AM|MLA|MEP|OBE|MBE|CBE|QC|KC))?,"  # "Nerys Pughe MS, Senedd ..."
                             r"\s+\w[^.!?:;\"“”]{1,70}?,?$")
# A letter's own headline, short and unstopped over a blank line: "Don't blame the farmers", "Why not restock?"
LETTER_HEADLINE = re.compile(r"^[^.,;:!…\"”]{2,44}[^.,;:!…\"”\s]$")
ANONYMOUS = re.compile(r"^[*_]*\s*(?:name and address (?:supplied|withheld)|name withheld|address supplied)\W*$", re.I)
# The page's own notice above the letters: "*Letters may be edited for length ... Write to letters@...*".
LETTERS_NOTICE = re.compile(r"^[*_]*\s*letters (?:may|will) be (?:edited|shortened|cut)\b", re.I)
EDITOR_NOTE = re.compile(r"^[*_]*\s*editor['’]?s['’]? note\s*:", re.I)

# --- a council's minutes --------------------------------------------------------------------------
DRAFT = re.compile(r"^\W*draft\b.{0,40}\b(?:subject to (?:approval|confirmation)|may be amended|not yet approved)",
                   re.I)
PAGE_FOOTER = re.compile(r"^\W*page \d+ of \d+\b", re.I)
# Who attended, not what was said: "PRESENT: Councillor ...", "OFFICERS: Richard Adebayo (Chief Executive), ...".
ATTENDANCE = re.compile(r"^\W*(?i:(?:also )?present|in attendance|officers(?: present| in attendance)?|apologies)"
                        r"\s*:\s*(?:(?i:councillors?|cllrs?|mr|mrs|ms|dr)\b|[A-Z][a-z]+ [A-Z])")
RESOLVED_ALONE = re.compile(r"^\W*(?:resolved|agreed|recommended)\s*:?\s*$", re.I)
# A record's own title: "MINUTES of the EXTRAORDINARY meeting of the Cabinet held on ...".
RECORD_TITLE = re.compile(r"^\W*(?:draft\s+)?(?:minutes|record|notes|verbatim record|verbatim report|transcript)"
                          r" of (?:the|a|an)\b", re.I)


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _text_lines(lines: list[str]) -> list[str]:
    return [x for x in lines if not BLANK.match(x)]


def _emoji(s: str) -> bool:
    return any(unicodedata.category(c) == "So" for c in s)


def mark(stripped: list[str], skipped: dict[int, str]) -> None:
    """Mark these page kinds' furniture in `skipped` (1-based line -> reason), where the general
    rules have not marked the line already."""
    n = len(stripped)
    export = any(EXPORT_NOTICE.match(s) for s in stripped[:5]) or any(EXPORT_NOTICE.match(s) for s in stripped[-5:])
    channel = stripped[0] if export and stripped and stripped[0] else None
    killed = False

    def put(no: int, why: str) -> None:  # what the general rules said of a line stands
        skipped.setdefault(no, why)

    for i, s in enumerate(stripped):
        no = i + 1
        if not s:
            killed = False
            continue
        if killed:
            put(no, "killed story (not for air)")
            continue
        # a box's lines, its blank ones left out: a Markdown box puts a bare ">" between them
        near = _text_lines(stripped[i + 1:i + 1 + 2 * BOX_REACH])[:BOX_REACH]
        before = _text_lines(stripped[max(0, i - 2 * BOX_REACH):i])[-BOX_REACH:]
        box = before + near
        if FC_CLAIM.match(s) and any(FC_VERDICT.match(x) for x in box):
            put(no, "fact-check claim (the claim checked, not a finding)")
        elif FC_WHO.match(s) and any(FC_VERDICT.match(x) for x in box):
            put(no, "fact-check claim (who said it)")
        elif (m := FC_VERDICT.match(s)) and any(FC_CLAIM.match(x) for x in box) \
                and _words(RATING_NOISE.sub("", s[m.end():])) < 4:
            put(no, "fact-check verdict label")
        elif RATING_KEY.search(s) and _words(s) <= 80:
            put(no, "fact-check rating key")
        elif EXPORT_NOTICE.match(s) or CHAT_NOTICE.match(s):
            put(no, "chat export notice")
        elif CHAT_EVENT.match(s):
            put(no, "service message")
        elif export and i < 3 and CHANNEL_LINE.match(s):
            put(no, "channel header")
        elif export and i == 0:
            put(no, "channel name")
        elif export and (m := MESSAGE_HEADER.match(s)) and m.group("name") == channel:
            put(no, "message header")
        elif export and _words(s) <= 5 and meta.BARE_DATE.match(s) and (i == 0 or not stripped[i - 1]):
            put(no, "date separator")
        elif SERVICE.match(s):
            put(no, "service message")
        elif MEDIA.match(s):
            put(no, "media placeholder")
        elif FORWARDED.match(s) and i + 1 < n and stripped[i + 1]:
            put(no, "forwarded post header")
        elif HASHTAGS.match(s):
            put(no, "hashtags")
        elif REACTION.match(s) and _emoji(s):
            put(no, "reactions")
        elif PRODUCTION.match(s):
            put(no, "production note (not for air)")
        elif KILLED.match(s):
            put(no, "killed story (not for air)")
            killed = True  # and the story under it, to the next blank line
        elif SLUG.match(s):
            put(no, "story slug")
        elif len(FIELD.findall(s)) >= 3 and len(s) <= 200:
            put(no, "header fields")
        elif AIR_NOTICE.search(s) and _words(s) <= 20:
            put(no, "rundown notice")
        elif END_MARK.match(s):
            put(no, "end marker")
        elif CATCHWORDS.match(s):
            skipped[no] = "database catchwords (not part of the decision)"  # (a menu's dashes aside)
        elif PARTICULARS.match(s) and i < 30 and _words(s) <= 40:
            put(no, "case particulars")
        elif TOOL_BAR.search(s) and i < 10 and len(re.split(r"\s*[›»>]\s*|" + meta.SEPARATOR.pattern, s)) >= 3:
            put(no, "site navigation")
        elif HEADNOTE.match(s):
            for j in range(i, n):  # the note under its label, to the paragraph's end
                if not stripped[j]:
                    break
                put(j + 1, "database headnote (not part of the decision)")
        elif ANONYMITY.match(s):
            put(no, "anonymity order")
        elif REPRESENTATION.match(s):
            put(no, "representation")
        elif PAGE_MARKER.match(s):
            put(no, "page marker")
        elif SIGNED.match(s) and _words(s) <= 20:
            put(no, "signature")
        elif RELATED.match(s):
            put(no, "related documents")
        elif LETTERS_NOTICE.match(s) and _words(s) <= 60:
            put(no, "letters page notice")
        elif ATTENDANCE.match(s) and i < 60:
            put(no, "attendance list")
        elif DRAFT.match(s) and _words(s) <= 30:
            put(no, "draft notice")
        elif PAGE_FOOTER.match(s) and 4 < len(s.split()) <= 10:  # "Page 1 of 3   Chair's initials ......"
            put(no, "page footer")
        elif RESOLVED_ALONE.match(s):
            put(no, "resolution label")
    _mark_change_log(stripped, skipped)
    _mark_letters(stripped, skipped)
    for first, _, _, _ in digest_posts(stripped):
        k = first - 1
        while k >= 0 and stripped[k] and not DIGEST_RULE.match(stripped[k]):
            skipped.setdefault(k + 1, "post headers")  # "Message: 2", "From: ...", "Content-Type: ..."
            k -= 1
    _mark_interview(stripped, skipped)
    _mark_thread(stripped, skipped)
    if wiki(stripped):
        _mark_wiki(stripped, skipped)
    _mark_service(stripped, skipped)


# A page's log of its own changes, under its heading: "Revision history" / "Rev 2, 3 March 2037:
# Root cause confirmed (section 4).", "What has changed on this page" / "5 March 2037: added how
# course fees will be repaid.", "Version history" / "v2 17 April 2036: paragraph 5 updated". Each
# entry says when the page changed, not what happened; the page's text holds what it changed to.
CHANGE_HEAD = re.compile(r"^\W*(?:revision history|version history|document history|page history|change ?log|"
                         r"what(?:['’]s| has) changed(?: on this page)?|(?:updates|changes) to this (?:page|guidance))"
                         r"\W*$", re.I)
LOG_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)"
CHANGE_ENTRY = re.compile(rf"^\W*(?:(?:Rev(?:ision)?|Version|v)\.?\s*\d[\w.]*[,:]?\s*|\d+(?:\.\d+)+\W*|"
                          rf"(?:First\s+)?(?:Published|Updated|Issued)\s+)?{LOG_DATE}\s*(?:[:·,—–-]|\.?$|\s+[a-z])")

# An entry that says what a figure was and is now ("Corrected the number of people arrested from
# one to two"): it stays, for `supersede` to read.
CORRECTION_ENTRY = re.compile(r"\bcorrect(?:ed|ion)\b|\bchanged from\b|\bshould read\b|\bfrom [\d,.]+ to [\d,.]+", re.I)


def _mark_change_log(stripped: list[str], skipped: dict[int, str]) -> None:
    for i, s in enumerate(stripped):
        if not CHANGE_HEAD.match(s):
            continue
        entries = [j for j in range(i + 1, min(len(stripped), i + 40)) if stripped[j]]
        run = []
        for j in entries:
            if not CHANGE_ENTRY.match(stripped[j]) or _words(stripped[j]) > 60:
                break
            run.append(j)
        if run:  # a heading with no dated entry under it is someone's prose
            for j in [i, *run]:
                if not CORRECTION_ENTRY.search(stripped[j]):  # what it corrects, `supersede` must read
                    skipped.setdefault(j + 1, "change log")


# A line wholly in bold, on a paragraph of its own: an interview's question ("**What else do you
# check?**"), or the interviewer's prompt that is no question ("**People say the test is 400 metres.**").
ASKED = re.compile(r"^\W*(?P<label>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})\s*:\s+[^:]{3,200}\?\W*$")
BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_]{3,300}?)(?:\*\*|__)\s*$")


# A parallel text's row ("| Девятнадцать лет ... | Nineteen years ... |", "Основана / Founded"):
# the briefing is read in English, so the other language's cells are no words of its sentences.
PARALLEL_SEAM = re.compile(r"\s*(?:^\||\|$|\s\|\s|\s/\s)\s*")


def parallel_english(line: str) -> str | None:
    """`line` with its cells in another script blanked (same length, so offsets still map), or None
    when it is no parallel text: no seam, or no cell in Latin letters beside one in another script."""
    if "|" not in line and " / " not in line:
        return None
    cells, at = [], 0
    for m in PARALLEL_SEAM.finditer(line):
        cells.append((at, m.start()))
        at = m.end()
    cells.append((at, len(line)))
    latin = [(a, b) for a, b in cells if _script(line[a:b]) == "latin"]
    if not latin or not any(_script(line[a:b]) == "other" for a, b in cells):
        return None
    out = [" "] * len(line)
    for a, b in latin:
        out[a:b] = line[a:b]
    return "".join(out)


def _script(text: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    ascii_like = sum(c < "\u0250" for c in letters)  # Latin, with its accented letters
    return "latin" if ascii_like * 2 > len(letters) else "other"


def _mark_interview(stripped: list[str], skipped: dict[int, str]) -> None:
    """An interview printed as bold questions over plain answers: every bold paragraph of it is
    the interviewer's, not a finding, when two or more of them are questions."""
    bold = [i for i, s in enumerate(stripped) if (m := BOLD_LINE.match(s)) and not _signs(m.group("text"))
            and (i == 0 or not stripped[i - 1]) and i + 2 < len(stripped) and not stripped[i + 1]
            and stripped[i + 2] and not BOLD_LINE.match(stripped[i + 2])]
    if sum(BOLD_LINE.match(stripped[i]).group("text").rstrip().endswith("?") for i in bold) >= 2:
        for i in bold:
            skipped.setdefault(i + 1, "interview question")
    # a parallel text's rows ("| **Почему «Горн»?** | **Why “Gorn”?** |"): the English cell's bold
    english = {i: e.strip() for i, s in enumerate(stripped) if s.startswith("|") and (e := parallel_english(s))}
    rows = {i: m.group("text") for i, e in english.items() if (m := BOLD_LINE.match(e)) and not _signs(m.group("text"))}
    if sum(text.rstrip().endswith("?") for text in rows.values()) >= 2:
        for i in rows:
            skipped.setdefault(i + 1, "interview question")
    # "Northline: Why three sponsors?": one asker's questions, each on a line of its own, the
    # answers under them unlabelled (a transcript labels both sides: its turns are read elsewhere)
    labelled = [(i, m.group("label")) for i, s in enumerate(stripped) if (m := ASKED.match(s))]
    counts = Counter(label for _, label in labelled)
    labels = Counter(m.group(1) for s in stripped if (m := re.match(r"^\W*([A-Z][\w .&'’-]{1,40}?)\s*:\s", s)))
    for label, count in counts.items():
        if count >= 2 and labels[label] == count and len(labels) <= 3:
            for i, lab in labelled:
                if lab == label:
                    skipped.setdefault(i + 1, "interview question")


# A mailing-list digest (Mailman): "Message: 3", then the post's headers, "From: Tomas Reilly <t.reilly
# at lab.example>" among them, a blank line, the post, and a rule of dashes under it.
DIGEST_MESSAGE = re.compile(r"^Message:\s+\d{1,4}$")
DIGEST_FROM = re.compile(r"^From:\s+(?:\"?(?P<name>[^<>\"()]{2,80}?)\"?\s+<[^<>]{3,120}>|"
                         r"\S+\s+\((?P<alt>[^()]{2,80})\))$")
DIGEST_RULE = re.compile(r"^-{20,}$")


def digest_posts(stripped: list[str]) -> list[tuple[int, int, str | None, int]]:
    """A digest's posts as (first line, end, sender, line of the "From:" header), 0-based: each post
    is its sender's words, not the list's, whatever it says. Two posts or more."""
    posts = []
    for i, s in enumerate(stripped):
        if not DIGEST_MESSAGE.match(s):
            continue
        j, sender, at = i + 1, None, i
        while j < len(stripped) and stripped[j]:  # the headers, up to the blank line
            if m := DIGEST_FROM.match(stripped[j]):
                sender, at = " ".join((m.group("name") or m.group("alt")).split()), j
            j += 1
        end = j
        while end < len(stripped) and not (DIGEST_RULE.match(stripped[end]) or DIGEST_MESSAGE.match(stripped[end])):
            end += 1
        posts.append((j, end, sender, at))
    return posts if len(posts) >= 2 else []


def signatures(stripped: list[str]) -> list[int]:
    """The signature lines (0-based) of a letters page: a bold name (or "Name and address
    supplied") on a paragraph of its own right under a paragraph of prose, twice or more. A debate
    record's speaker headings sign nothing: each names who speaks below it."""
    if records.speakers(stripped):
        return []
    found, plain = [], []
    for i, s in enumerate(stripped):
        if i >= 1 and _plainly_signed(stripped, i):
            plain.append(i)
            continue
        sig = SIGNATURE.match(s)
        if sig and not _signs(sig.group("name")):
            continue  # an interview's bold question, "**What else do you check?**", signs nothing
        if not (sig or ANONYMOUS.match(s)) or i < 2 or stripped[i - 1] or (
                i + 1 < len(stripped) and stripped[i + 1]):
            continue
        above = stripped[i - 2]
        if _words(above) >= 8 and re.search(r"[.!?…][\"”’»)]*$", above):
            found.append(i)
    return found if len(found) >= 2 else plain if len(plain) >= 2 else []


def _plainly_signed(stripped: list[str], i: int) -> bool:
    """Whether line i signs the letter that ends on the line right above it, without bold: a name
    and a place (or a role) after a sentence's end, and a blank line (or its second line) under it."""
    m = PLAIN_SIGNATURE.match(stripped[i])
    if m is None or len(stripped[i].split()) > 10 or not re.search(r"[.!?…][\"”’»)]*$", stripped[i - 1]):
        return False
    below = stripped[i + 1] if i + 1 < len(stripped) else ""
    after = stripped[i + 2] if i + 2 < len(stripped) else ""
    return not below or stripped[i].endswith(",") and not after and len(below.split()) <= 8 \
        and not re.search(r"[.!?]$", below)


def _signs(name: str) -> bool:
    """Whether a bold line reads as a signer's name ("Capt. Graham Ellery", "Cllr Ben Tulley"),
    not a question or a sentence in bold: no "?", few words, most of them capitalised."""
    words = name.split()
    return "?" not in name and len(words) <= 8 and sum(w[:1].isupper() for w in words) * 2 >= len(words)


def _mark_letters(stripped: list[str], skipped: dict[int, str]) -> None:
    for i in signatures(stripped):
        skipped[i + 1] = "letter signature"
        if stripped[i].endswith(",") and i + 1 < len(stripped) and stripped[i + 1]:
            skipped[i + 2] = "letter signature"  # "Meillion Bioenergy Ltd, Capel Meillion" under the name
        j = i + 1  # an editor's note under the letter answers it: the paper's own reporting
        while j < len(stripped) and not stripped[j]:
            j += 1
        if j < len(stripped) and EDITOR_NOTE.match(stripped[j]) and skipped.get(j + 1) == "editor's note":
            del skipped[j + 1]


def letter(stripped: list[str], skipped: dict[int, str], sig: int) -> tuple[int, int | None] | None:
    """The letter signed at line `sig` (0-based): (its first line; the line of the editor's note that
    answers it, or None), 0-based, or None when nothing above the signature is a letter's text."""
    first = None
    plain = PLAIN_SIGNATURE.match(stripped[sig]) is not None
    i = sig - 1
    while i >= 0:
        if stripped[i]:
            if (i + 1) in skipped:
                break
            first = i
        elif plain and first is not None and i > 0 and LETTER_HEADLINE.match(stripped[i - 1]) \
                and len(stripped[i - 1].split()) <= 8:
            break  # a hard-wrapped letters page: the letter starts under its headline
        i -= 1
    if first is None:
        return None
    j = sig + 1
    while j < len(stripped) and not stripped[j]:
        j += 1
    return first, j if j < len(stripped) and EDITOR_NOTE.match(stripped[j]) else None


def signer(line: str) -> str | None:
    """The name a signature gives ("Capt. Graham Ellery"), None for "Name and address supplied"."""
    m = SIGNATURE.match(line.strip()) or PLAIN_SIGNATURE.match(line.strip())
    return " ".join(m.group("name").split()) if m else None


# "Rinat, 31, is a welder from Almetyevsk.", "Oleg Sadykov, a lorry driver from Kursk, left in 2023.":
# a person introduced by age or apposition; a bare quote right after it in the paragraph is theirs.
INTRO = re.compile(r"^(?!(?:The|A|An|This|That|These|Those|It|Its|Our|Their|His|Her|One|Some|Many|Most|All)\b)"
                   r"(?P<n>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}),\s+"
                   r"(?:\d{1,3},\s+(?:is|was|has|had|now|a|an|the|from|who|left|joined|worked|works|lives|lived)\b"
                   r"|(?!(?:a|an)\s+(?:[a-z]+\s+)?(?:city|town|village|region|republic|river|country|port|district|"
                   r"province|state|unit|group|company|firm|channel|website|site|paper|newspaper|station|base)\b)"
                   r"(?:a|an)\s+[a-z][\w'’ -]{2,80},\s+(?:is|was|has|had|left|joined|worked|works|lives|lived|"
                   r"spent|came|went|fled|signed)\b)[^\"“”]{0,200}[.!]$")


def introduced(sentence: str) -> str | None:
    """The person a sentence introduces by age or apposition and nothing else ("Rinat, 31, is a
    welder from Almetyevsk."): the speaker of a quote that follows it with no tag of its own."""
    m = INTRO.match(sentence.strip())
    return m.group("n") if m else None


def clip_speaker(sentence: str) -> str | None:
    """Who spoke the clip before `sentence`, when the sentence names them and says nothing else."""
    m = CLIP_SPEAKER.match(sentence.strip())
    return next((g for g in m.groups() if g), None) if m else None


def channel_name(stripped: list[str]) -> str | None:
    """A chat export's channel, from its first line ("Pechora Druzhina | EN" -> "Pechora Druzhina")."""
    if not stripped or not any(EXPORT_NOTICE.match(s) for s in stripped[:5] + stripped[-5:]):
        return None
    name = meta.SEPARATOR.split(stripped[0])[0].strip()
    return name or None


def court(stripped: list[str], skipped: dict[int, str]) -> str | None:
    """The court or tribunal whose decision the page is: named in the breadcrumb or the title block
    above the decision's first paragraph, on a page that carries a decision's citation lines."""
    top = stripped[:25]
    if not any(DECISION.search(s) for s in top):
        return None
    for s in top:
        for part in re.split(r"\s*[›»>|·]\s*", s):
            if (m := COURT.search(part)) and len(m.group("n").split()) >= 2:
                return m.group("n")
    return None


LETTER_SPAN = 12  # lines one citation may cover (verify.MAX_SPAN): a longer letter is cited by no one's name


def bridges(stripped: list[str], skipped: dict[int, str]) -> frozenset[int]:
    """Lines a citation runs across though no sentence holds their words: a forwarded post's
    "Forwarded from ..." above its text, and a letter's blank lines down to its signature
    below, so that each sentence is cited with the line that names whose words it is."""
    out: set[int] = set()
    if subtitles(stripped):
        return subtitle_bridges(stripped, skipped)
    out.update(n for n, why in skipped.items() if why == "forwarded post header")
    out.update(n for n in thread_bridges(stripped) if skipped.get(n) == "comment header")
    for sig in signatures(stripped):
        found = letter(stripped, skipped, sig)
        if found and sig - found[0] < LETTER_SPAN:
            out.update(j + 1 for j in range(found[0], sig + 1) if not stripped[j] or j == sig)
    return frozenset(out)


COMMON = {"that", "this", "with", "from", "have", "were", "been", "said", "says", "told", "their", "they", "them",
          "what", "when", "which", "would", "could", "there", "than", "then", "also", "more", "most", "only", "over",
          "into", "about", "after", "before", "year", "years", "each", "month", "editor", "note", "will", "these"}


def content(text: str) -> frozenset[str]:
    """A sentence's content words, cut to their first five letters ("bonuses" ~ "bonus")."""
    return frozenset(w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in COMMON)


def rebuts(note: frozenset[str], sentence: str) -> bool:
    """Whether an editor's note answers this sentence of the letter above it: they share two
    content words or more ("the directors paid themselves bonuses" / "no bonuses were paid to
    Larkspur's directors")."""
    return len(note & content(sentence)) >= 2


# --- a discussion thread (an AMA, a Reddit-style comments page) ----------------------------------
# A comment's header: its poster's handle in bold (a link, "u/" or not), badges, the comment's age,
# its votes: "**[u/kvass_and_kefir](https://…)** · 26 days ago · ▲ 1.2k", "> **u/north_of_ladoga** `OP`
# · 26 days ago · ▲ 2.1k", "**[u/sib_bat_official](…)** ✔ Siberian Battalion press service · 25 days ago",
# "**[deleted]** · 25 days ago". A reply is a blockquote one level deeper than what it answers.
AGE = (r"(?:just now|yesterday|today|an? (?:minute|hour|day|week|month|year) ago|"
       r"\d+\s*(?:s|m|h|d|w|mo|y|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|"
       r"(?:\d{1,2}:\d{2},?\s+)?(?:[A-Z][a-z]{2,5}day,?\s+)?"  # "17:05, Tuesday 17 November 2037"
       r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}:\d{2})?|"
       r"\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+(?:at\s+)?\d{1,2}:\d{2})?|"  # "26.11.2036 at 21:04"
       r"\d{1,2}(?:h|d|w|mo|yr|y)(?![\w’'-]))")  # a network's "2w", "1mo", "1yr"
# A review's stars or score between the handle and the date: "**Jan P.** · ★★★★☆ · 8 February 2037".
RATING = r"(?:[★☆✩✪⭐]{1,5}|\d(?:\.\d)?\s*(?:/|out of)\s*(?:5|10)(?:\s+stars)?)"
# A network's headline between the name and the age: "**Marta Hrytsenko** · Volunteer coordinator, Nytka artel
# (net workshop), Zaporizhzhia · 2w". Short, no stop: a clause is a comment's text.
ROLE_FIELD = r"[^·•|\n.!?]{2,80}?"
COMMENT_HEADER = re.compile(rf"^(?P<depth>(?:>\s?)*)\s*(?:\*\*|__)\[?(?P<handle>[^\]*\[\n]{{2,40}}?|\[deleted\]|"
                            rf"\[removed\])\]?(?:\([^()\s]{{0,300}}\))?(?:\*\*|__)(?P<badges>[^·•|\n]{{0,80}}?)\s*[·•|]\s*"
                            rf"(?:{RATING}\s*[·•|]\s*|{ROLE_FIELD}\s*[·•|]\s*)?"
                            rf"(?P<age>{AGE})(?P<rest>(?:\s*[·•|].{{0,80}})?)$", re.I)
# The opening post's line: "a/UkraineConflict · Posted by [u/north_of_ladoga](…) · 26 days ago · …".
POSTED_BY = re.compile(r"\b(?:posted|submitted|started) by\s+\[?(?P<handle>[\w/.-]{2,40})\]?(?:\([^()\s]{0,300}\))?"
                       r"\s*[·•|]\s*(?:" + AGE + r")", re.I)
BADGE = re.compile(r"`([^`]{1,12})`")
# A reply's label that names no one: an app store's "Developer Response", a review site's "Response
# from the owner"; its sign-off does ("... through the claims form. Brackwater Customer Care"). A
# listing's release notes ("Version 8.4.2") are signed by no one.
RESPONSE_LABEL = re.compile(r"^(?:developer(?:['’]s)? (?:response|reply)|(?:response|reply) from the (?:owner|"
                            r"developer|management|company|seller|business|team)|(?:owner|official|management)"
                            r"(?:['’]s)? (?:response|reply)|v(?:ersion)?\s*\d[\d.]*)$", re.I)
# A header that labels an entry of the page, not its writer: "**Update 3**", "**Edit 2**", "**Post 14**".
ENTRY_LABEL = re.compile(r"^(?:update|edit|post|entry|part|day|note)\s*#?\d{0,4}$", re.I)
BY_FIELD = re.compile(r"[·•|]\s*by\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*(?:$|[·•|])")
SIGN_OFF = re.compile(r"[.!?]\s+(?:[-–—~]\s*)?(?P<who>(?:[A-Z][\w&’'-]+\s+){1,4}[A-Z][\w&’'-]+)\s*$")
VERIFIED_ACCOUNT = re.compile(r"[✔✓☑✅]\ufe0f?\s*(?P<org>[^·•|`\n]{3,80}?)\s*$")
# A moderator's note in the opening post: "**Mod note ([u/Halyard_mod](…)):** ...".
MOD_NOTE = re.compile(r"^\W{0,2}(?:\*\*|__)(?:mod(?:erator)?['’]?s?\s+note|note from the mods?)\s*"
                      r"(?:\((?P<who>[^()]{0,40}(?:\([^()\s]{0,300}\))?)\))?\s*:\s*(?:\*\*|__)\s*", re.I)
HANDLE = re.compile(r"\b[ua]/[\w-]{2,40}")
# The page's furniture around the comments.
VOTE_BAR = re.compile(r"^\W{0,3}[▲⬆↑]\s*[\d.,]+[kKmM]?\b.{0,200}\b(?:comments?|share|save|report)\b", re.I)
SORT_BAR = re.compile(r"^\W*sort(?:ed)? by\s*:", re.I)
REMOVED = re.compile(r"^\W*\[(?:removed|deleted)\b[^\[\]]{0,80}\]\W*$", re.I)
MORE_COMMENTS = re.compile(r"^\W*\[?(?:view|load|show|see|continue)\s+(?:more|all|\d+\s+more)\s+(?:comments|replies)\b",
                           re.I)
ARCHIVED = re.compile(r"^\W*(?:\*\*|__)?archived (?:copy|version|snapshot)\b", re.I)
SPACER = re.compile(r"^(?:>\s*)+$")
# How an opening post gives its author's name: 'call-sign "Veslo"', "my name is Anna", "call me Petya".
GIVES_NAME = re.compile(r"\b(?:call-?sign|callsign|nom de guerre|my name is|call me|(?:I am|I'm) known as|I go by)"
                        r"\s*[:,]?\s*[\"“‘']?(?P<name>[A-Z][\w’'-]{1,30})\b")
THREAD_MIN = 3  # comment headers: fewer is a page with a comment or two, not a thread


@dataclass(frozen=True)
class Thread:
    """Who wrote what on a discussion thread: per 0-based line of a post's text or of a comment's
    header, the speaker a briefing names ("Veslo", "u/kvass_and_kefir", "Siberian Battalion press
    service"); the comment headers; and the line that names the opening poster, if one does."""

    speakers: dict[int, str]
    headers: frozenset[int]
    named: int | None = None


def thread(stripped: list[str]) -> Thread | None:
    """The posts and comments of a discussion thread, or None when the page is not one."""
    heads = {i: m for i, s in enumerate(stripped) if s and (m := COMMENT_HEADER.match(s))}
    if len(heads) < THREAD_MIN:
        return _field_thread(stripped)
    posted = next(((i, m) for i, s in enumerate(stripped[:40]) if (m := POSTED_BY.search(s))), None)
    op = _handle(posted[1].group("handle")) if posted else None
    # The opening post runs from its line to the first comment; its author may give a name.
    first_comment = min([*heads, *(i for i, s in enumerate(stripped) if SORT_BAR.match(s))])
    body = range(posted[0] + 1, first_comment) if posted else range(0)
    name, named = None, None
    for i in body:
        if (m := GIVES_NAME.search(stripped[i])) and not MOD_NOTE.match(stripped[i]):
            name, named = m.group("name"), i
            break
    speakers: dict[int, str] = {}

    def who(handle: str, badges: str) -> str | None:
        if handle.lower() in ("[deleted]", "[removed]", "deleted", "removed"):
            return None
        if m := VERIFIED_ACCOUNT.search(badges):
            return m.group("org").strip()  # an organisation's account speaks as the organisation
        op_badge = any(b.strip().upper() == "OP" for b in BADGE.findall(badges))
        if name and (op_badge or op and _handle(handle) == op):
            return name
        return _handle(handle)

    for i in body:
        s = stripped[i]
        if not s:
            continue
        if m := MOD_NOTE.match(s):
            mod = HANDLE.search(m.group("who") or "")
            if mod:
                speakers[i] = mod.group(0)
        elif op:
            speakers[i] = name or op
    for i, m in heads.items():
        handle = m.group("handle").strip()
        if RESPONSE_LABEL.match(handle):  # "Developer Response", "Version 8.4.2": whoever signs it, else nobody
            speaker = _signature(stripped, i)
        elif ENTRY_LABEL.match(handle):  # "**Update 3** · 29 November 2027 · by Dinara Khairullina": the by-line's
            by = BY_FIELD.search(m.group("rest"))
            speaker = by.group("name") if by else None
        else:
            speaker = who(handle, m.group("badges"))
        if speaker is not None:
            speakers[i] = speaker
    return Thread(speakers, frozenset(heads), named)


# A portal's comment under a header of short fields, one of them its date: "Comment submitted Thu
# 02 Oct 2036 | Robin Ashby, Burbage | Stance: Objects". Its name field says whose words the comment
# is ("Kennet Bat Group" too); "Address withheld, Burbage" names no one.
FIELD_GAP = re.compile(r"\s+[|·•]\s+")
FIELD_WORDS = 8  # words in one field: more is a clause, and a clause ends in a stop
FIELD_DATE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|"
                        r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b")
NAME_FIELD = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)(?:,\s+[A-Z][\w’' -]+)?")


def record_fields(s: str) -> list[str] | None:
    """The fields of a record's header ("Comment submitted Thu 02 Oct 2036 | Robin Ashby, Burbage |
    Stance: Objects", "Record K-4471 · created 02.03.2028 · last updated 24.06.2028"): three or
    more short ones and no stop. None for anything else (a Markdown table's row is the table's)."""
    if s.startswith("|") or re.search(r"[.!?…][\"”’)]?\s*$", s):
        return None
    fields = [f.strip() for f in FIELD_GAP.split(s)]
    ok = len(fields) >= 3 and all(re.search(r"\w", f) and len(f.split()) <= FIELD_WORDS for f in fields)
    return fields if ok else None


def _field_thread(stripped: list[str]) -> Thread | None:
    heads = {i: fields for i, s in enumerate(stripped)
             if (fields := record_fields(s)) and any(FIELD_DATE.search(f) for f in fields)}
    if len(heads) < THREAD_MIN:
        return None
    speakers = {}
    for i, fields in heads.items():
        named = [m.group("name") for f in fields if not FIELD_DATE.search(f) and (m := NAME_FIELD.fullmatch(f))
                 and not re.search(r"\d", f)]  # ("Ref. HH-38-0038" is a notice's number, not its writer)
        if len(named) == 1:
            speakers[i] = named[0]
    return Thread(speakers, frozenset(heads))


def _signature(stripped: list[str], head: int) -> str | None:
    """The sign-off ending the reply under header `head`: "... claims form. Brackwater Customer Care"."""
    body = []
    for s in stripped[head + 1:]:
        if not s or s.startswith(("---", "***")) or COMMENT_HEADER.match(s):
            break
        body.append(s)
    m = SIGN_OFF.search(body[-1]) if body else None
    return m.group("who") if m else None


def _handle(handle: str) -> str:
    """ "[u/north_of_ladoga](…)" or "u/north_of_ladoga" -> "u/north_of_ladoga"."""
    return handle.strip("[]* ").split("](")[0]


def _mark_thread(stripped: list[str], skipped: dict[int, str]) -> None:
    found = thread(stripped)
    if found is None:
        return
    for i, s in enumerate(stripped):
        no = i + 1
        if not s:
            continue
        if i in found.headers:
            m = COMMENT_HEADER.match(s)  # (None on a portal's header of fields)
            gone = m is not None and m.group("handle").strip().lower() in ("[deleted]", "[removed]", "deleted",
                                                                          "removed")
            skipped[no] = "removed comment" if gone else "comment header"
        elif POSTED_BY.search(s) and i < 40:
            skipped[no] = "post header"
        elif SPACER.match(s):
            skipped[no] = "blockquote spacer"
        elif VOTE_BAR.match(s):
            skipped[no] = "vote bar"
        elif SORT_BAR.match(s):
            skipped[no] = "sort bar"
        elif REMOVED.match(s):
            skipped[no] = "removed comment"
        elif MORE_COMMENTS.match(s):
            skipped[no] = "more comments link"
        elif ARCHIVED.match(s):
            skipped[no] = "archive banner"


def thread_bridges(stripped: list[str]) -> frozenset[int]:
    """A comment's header line, cited with its text: the line that names whose words they are."""
    found = thread(stripped)
    return frozenset(i + 1 for i in found.headers) if found else frozenset()
# --- a wiki encyclopedia article ------------------------------------------------------------------
# A scraped wiki page: the site's tabs above the title, "From X, the free encyclopedia", a hatnote,
# maintenance banners, an infobox flattened to "label<TAB>value" lines, a contents list, headings
# with "[edit]" glued on, notes and references ("^ a b "Title". Outlet. 3 June 2025."), categories,
# the last-edited stamp, the licence, and sometimes a pasted revision history. None of it is the
# article's prose; the title, the wiki's name and the last-edited day are its metadata.
WIKI_TAGLINE = re.compile(r"^From (?P<site>[^\W\d_][\w .'’&-]{1,40}?), the free (?:encyclopedia|encyclopaedia)\W*$",
                          re.I)
EDIT_HEADING = re.compile(r"^(?P<h>\S.{0,100}?)\s*\[\s*edit(?: source)?\s*\]$", re.I)
WIKI_NAV_WORDS = {"jump", "to", "content", "main", "menu", "search", "donate", "create", "account", "log", "in",
                  "article", "talk", "read", "edit", "view", "history", "tools", "source", "languages", "language",
                  "hide", "toggle", "the", "table", "of", "contents", "appearance", "move", "sidebar", "personal",
                  "navigation", "watch", "more", "actions", "add", "print", "download", "as", "pdf", "cite",
                  "this", "page", "what", "links", "here", "related", "changes", "upload", "file", "special",
                  "pages", "permanent", "link", "information", "discussion", "contribute", "help", "portal"}
LANGUAGES = re.compile(r"^\d{1,3}\s+languages?$", re.I)
HATNOTE = re.compile(r"^(?:\"[^\"]{1,80}\"|“[^”]{1,80}”|\S.{0,80}?) redirects here\b|^For (?:other uses|the [^,]{1,80}|"
                     r"[^,]{1,60}),\s+see\b|^Not to be confused with\b|^This article is about\b|"
                     r"^(?:Main article|Main articles|See also|Further information|Further reading)\s*:", re.I)
# "This article documents a current ... (April 2026)", "This section needs to be updated. ...
# (March 2026)", "This article needs additional citations for verification. ... (Learn how and when
# to remove this message)": the wiki's notes on its own state.
BANNER = re.compile(r"^This (?:article|section|list|biography|page|subsection)\b.{0,400}?(?:\((?:January|February|"
                    r"March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\)|"
                    r"\(Learn how and when to remove this (?:message|template)\))\s*$|"
                    r"^This (?:article|section|list|subsection) (?:needs|may need|has multiple issues|relies|"
                    r"contains|may contain|is missing|may be|does not cite|lacks)\b.{0,300}\b(?:please|help)\b|"
                    r"\(Learn how and when to remove this (?:message|template)\)\s*$|^Find sources:", re.I)
# A banner that says the section under it is out of date: what it flags is not current.
STALE_BANNER = re.compile(r"^This (?:section|subsection) (?:needs to be updated|is outdated|may be outdated|"
                          r"contains out-of-date|may contain out-of-date)", re.I)
INFOBOX_ROW = re.compile(r"^[^\t]{1,40}\t+\S")
WIKI_CONTENTS = re.compile(r"^\W*contents\b(?:\s*(?:\[?\s*(?:hide|show|toggle)\s*\]?))?\W*$", re.I)
CONTENTS_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+\S.{0,80}$")
# The sections at a wiki article's end that list sources, not facts.
END_SECTIONS = re.compile(r"^(?:notes|references|citations|sources|footnotes|bibliography|further reading|"
                          r"external links|see also|works cited|explanatory notes|general references|notes and "
                          r"references)$", re.I)
REFERENCE_LINE = re.compile(r"^(?:\^|↑)\s")
# A reference entry by its shape, wherever the list is: "Retrieved 14 January 2026", "Archived from
# the original", "(PDF)", "[dead link]", or a quoted title with an outlet and a date after it
# (""Crossing the Selham". Selham Courier. 3 June 2019.").
REFERENCE_SHAPE = re.compile(r"\b(?:Retrieved|Accessed)(?: on)? (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},) \d{4}\b|"
                             r"\bArchived from the original\b|\((?:PDF|pdf)\)|\[dead link\]|"
                             r"^(?:\d{1,3}\.?\s+)?[\"“][^\"”]{3,200}[\"”]\.?\s+[A-Z][\w .&'’-]{1,60}\.\s+"
                             r"(?:\d{1,2} [A-Z][a-z]+ |[A-Z][a-z]+ (?:\d{1,2}, )?)?\d{4}\.")
CATEGORIES = re.compile(r"^(?:hidden )?categor(?:y|ies)\s*:", re.I)
LAST_EDITED = re.compile(r"^\W*This page was last (?:edited|modified) on\b", re.I)
LICENCE = re.compile(r"\bavailable under the Creative Commons\b|\bCC BY-SA\b|\bGNU Free Documentation Licen[cs]e\b",
                     re.I)
WIKI_FOOTER = re.compile(r"^Privacy policy\b|\bDisclaimers\b.{0,60}\b(?:Mobile view|Contact)\b", re.I)
REVISION_HEAD = re.compile(r"^\W*revision history\b", re.I)
REVISION = re.compile(r"^\(cur\s*\|\s*prev\)|\b\d{1,2}:\d{2},\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b.{0,80}"
                      r"\btalk\b.{0,40}\bcontribs\b|\b[\d,]+\s+bytes\s+[+−-][\d,]+")


# A wiki talk page's signature, ending a comment: "Vashti K (talk) 19:41, 20 February 2032 (UTC)Reply".
TALK_SIGNATURE = re.compile(r"\((?:talk|talk \| contribs|t · c)\)\s+\d{1,2}:\d{2},\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+"
                            r"\(UTC\)\W*(?:Reply)?\s*$")
TALK_TITLE = re.compile(r"^(?:[A-Z][a-z]+ )?[Tt]alk:\S")


def talk_page(stripped: list[str]) -> bool:
    """Whether the page is a wiki's talk page ("Talk:Mologa Column"): its editors' signed comments
    on the article, never the wiki's reporting."""
    signed = sum(1 for s in stripped if TALK_SIGNATURE.search(s))
    return signed >= 3 or signed >= 1 and any(TALK_TITLE.match(s) for s in stripped[:30])


def wiki(stripped: list[str]) -> bool:
    """Whether the page is a scraped wiki article: its "From X, the free encyclopedia" tagline, or
    headings with "[edit]" glued on, twice or more."""
    if any(WIKI_TAGLINE.match(s) for s in stripped[:30]):
        return True
    return sum(1 for s in stripped if "[" in s and EDIT_HEADING.match(s) and _words(s) <= 12) >= 2


def _wiki_nav(s: str) -> bool:
    words = re.findall(r"[^\W\d_]+", s.lower())
    return bool(LANGUAGES.match(s)) or bool(words) and all(w in WIKI_NAV_WORDS for w in words)


def wiki_title(stripped: list[str]) -> int | None:
    """The article's title (0-based line): the first line of the page's head, above its tagline,
    that is not the site's menu or tabs ("Main menu Search Donate ...", "Article Talk")."""
    tag = next((i for i, s in enumerate(stripped[:30]) if WIKI_TAGLINE.match(s)), None)
    head = range(tag) if tag is not None else range(min(len(stripped), 10))
    for i in head:
        s = stripped[i]
        if s and not _wiki_nav(s) and _words(s) <= 12 and not re.search(r"[.!?]$", s):
            return i
    return None


def wiki_meta(stripped: list[str]) -> tuple[str | None, str | None]:
    """(the wiki's name, the day the page was last edited as ISO) of a wiki article."""
    site = next((m.group("site") for s in stripped[:30] if (m := WIKI_TAGLINE.match(s))), None)
    edited = next((meta.parse_date(s) for s in stripped if LAST_EDITED.match(s)), None)
    return site, edited


PROSE_END = re.compile(r"[.!?][\"”’)]?(?:\[[^\[\]]{1,30}\])*$")  # "... in 2026.[5]"


def _mark_wiki(stripped: list[str], skipped: dict[int, str]) -> None:
    title = wiki_title(stripped)
    tag = next((i for i, s in enumerate(stripped[:30]) if WIKI_TAGLINE.match(s)), None)
    for i in range(tag if tag is not None else 0):
        if stripped[i] and i != title:
            skipped.setdefault(i + 1, "wiki navigation")
    rows = [i for i, s in enumerate(stripped) if "\t" in s and INFOBOX_ROW.match(s)]
    infobox: set[int] = set()  # (a tab-less infobox is looked for above the lead)
    if len(rows) >= 3:  # the infobox: its rows, the short lines between them, and its caption lines above
        first, last = rows[0], rows[-1]
        gaps = [i for i in range(first, last + 1) if i not in rows]
        if all(_words(stripped[i]) <= 12 and not re.search(r"[.!?]$", stripped[i]) for i in gaps):
            infobox.update(range(first, last + 1))
            i = first - 1
            while i >= 0 and stripped[i] and _words(stripped[i]) <= 12 and not re.search(r"[.!?)]$", stripped[i]) \
                    and not WIKI_TAGLINE.match(stripped[i]) and i != title and first - i <= 4:
                infobox.add(i)
                i -= 1
        else:
            infobox.update(rows)
    elif (lead := next((i for i, s in enumerate(stripped) if _words(s) >= 15 and PROSE_END.search(s)
                        and not (HATNOTE.match(s) or BANNER.match(s))), None)) is not None:
        # An infobox that lost its tabs: the short lines between the page's head and its lead
        # ("Constructed 1871", "Height 21 m"), three or more.
        top = max(x for x in (tag, title, -1) if x is not None)
        boxed = [i for i in range(top + 1, lead) if stripped[i] and _words(stripped[i]) <= 15
                 and not re.search(r"[.!?]$", stripped[i]) and not HATNOTE.match(stripped[i])
                 and not BANNER.match(stripped[i])]
        if len(boxed) >= 3:
            infobox.update(boxed)
    end_section = stale = contents = history = False
    for i, s in enumerate(stripped):
        no = i + 1
        if not s:
            contents = False
            continue
        heading = EDIT_HEADING.match(s) if "[" in s else None
        if heading:
            end_section = bool(END_SECTIONS.match(heading.group("h").strip()))
            stale = contents = False
            skipped[no] = "heading"
            continue
        if END_SECTIONS.match(s.rstrip(":")):  # "References" set as a plain line
            end_section, stale, contents = True, False, False
            skipped[no] = "heading"
            continue
        if i in infobox:
            skipped[no] = "wiki infobox"
        elif WIKI_TAGLINE.match(s):
            skipped[no] = "wiki tagline"
        elif HATNOTE.match(s) and _words(s) <= 40:
            skipped[no] = "hatnote"
        elif BANNER.match(s):
            skipped[no] = "maintenance banner"
            stale = stale or bool(STALE_BANNER.match(s))
        elif WIKI_CONTENTS.match(s):
            skipped[no] = "table of contents"
            contents = True
        elif contents and CONTENTS_ITEM.match(s):
            skipped[no] = "table of contents"
        elif REVISION_HEAD.match(s) or history and REVISION.search(s):
            skipped[no] = "revision history"
            history = True
        elif REVISION.search(s) and (s.startswith("(cur") or "bytes" in s):
            skipped[no] = "revision history"
        elif CATEGORIES.match(s):
            skipped[no] = "categories"
        elif LAST_EDITED.match(s):
            skipped[no] = "last-edited stamp"
        elif LICENCE.search(s) and _words(s) <= 40:
            skipped[no] = "licence"
        elif WIKI_FOOTER.search(s) and _words(s) <= 25:
            skipped[no] = "site footer"
        elif REFERENCE_LINE.match(s) or REFERENCE_SHAPE.search(s) and _words(s) <= 60:
            skipped[no] = "reference list"
        elif end_section:
            skipped[no] = "notes or references"
        elif _words(s) <= 8 and s[:1].isupper() and not PROSE_END.search(s) and i + 1 < len(stripped) \
                and _words(stripped[i + 1]) > 2 * _words(s) and PROSE_END.search(stripped[i + 1]):
            skipped[no] = "heading"  # "History" over its section, where the scrape lost "[edit]"
            stale = False
        elif stale:
            skipped[no] = "out of date (the page's update banner flags it)"
        else:
            contents = False


# Citation markers a wiki glues to words ("Sortavala.[3][8]", "HUR)[a]", "[note 2]"): no words of
# the sentence. Blanked before a page is split, so the sentence after them starts on its own.
CITE_MARKS = re.compile(r"(?<=[\w.,;:!?”\"’')\]])(?:\[(?:\d{1,3}|[a-z]|(?:note|nb|n) \d{1,3}|[a-z] \d{1,3})\])+")
# What the page itself says of a claim: "[citation needed]", "[dubious – discuss]", "[better
# source needed]". The claim it is glued to is not printed as a fact. "[when?]" and the like ask
# for detail; they are blanked too.
DOUBT = re.compile(r"\[(?:citation needed|dubious(?:\s*[–—-]\s*discuss)?|better source needed|unreliable source\??|"
                   r"failed verification|verification needed|disputed(?:\s*[–—-]\s*discuss)?|original research\??|"
                   r"not in (?:citation given|source given|source)|self-published source\??|"
                   r"unreliable medical source\??|"
                   r"according to whom\??|by whom\??|promotional source\??|unbalanced opinion\??|"
                   r"non-primary source needed|third-party source needed|irrelevant citation|"
                   r"(?:contradictory|inconsistent)(?:\s*[–—-]\s*discuss)?)\]", re.I)
ASKS = re.compile(r"\[(?:clarification needed|when\?|who\?|which\?|where\?|how\?|why\?|page needed|"
                  r"full citation needed|specify|vague|year needed|date missing)\]", re.I)


def wiki_marks(line: str) -> tuple[str, list[int]]:
    """The line with its citation markers and the page's own tags blanked (same length, so offsets
    still map to it), and where each doubting tag ("[citation needed]") was."""
    if "[" not in line:
        return line, []
    doubts = [m.start() for m in DOUBT.finditer(line)]
    for pattern in (DOUBT, ASKS, CITE_MARKS):
        line = pattern.sub(lambda m: " " * len(m.group(0)), line)
    return line, doubts


# --- a subtitle file (SRT, WebVTT) ----------------------------------------------------------------
# Cues of a number, a timecode and one to three lines of text. What is said runs over cues; the
# number and timecode lines between are no words of it. On-screen cards ("{\an8}MARCH 2026"), sound
# descriptions ("(drone buzzing)", "♪ low strings ♪") and the subtitler's credit are not speech. A
# name caption right after someone has spoken ("MITYA, 27" / "DRONE PILOT") names them.
SUB_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
SUB_TIMECODE = re.compile(rf"^{SUB_TIME}\s*-->\s*{SUB_TIME}(?:\s+.*)?$")
SUB_TAG = re.compile(r"\{\\[^{}]{0,40}\}|</?(?:i|b|u|font|v|c|ruby|rt|lang)\b[^<>]{0,60}>|<\d{1,2}:[\d:.]{4,12}>", re.I)
POSITIONED = re.compile(r"^\s*\{\\(?:an\d|pos\(|move\()")
SOUND = re.compile(r"^-?\s*(?:\([^()]{1,60}\)|\[[^\[\]]{1,60}\]|[♪♫#][^♪♫#]*[♪♫#]?)\s*$")
SUB_CREDIT = re.compile(r"^(?:subtitles?|subtitled|subtitling|captions?|captioned|captioning|translation|"
                        r"translated|transcription)\b.{0,60}?(?:\bby\b|:)", re.I)
# "NARRATOR:", "REPORTER:", "MAN:": who speaks, in capitals before the words of a cue.
SUB_LABEL = re.compile(r"^\s*(?:-\s*)?(?P<who>[A-Z][A-Z'’. ]{1,30}[A-Z]):\s+(?=\S)")
DIALOGUE = re.compile(r"^\s*[-–—]\s+(?=\S)")
VTT_HEADER = re.compile(r"^WEBVTT\b|^(?:NOTE|STYLE|REGION)\b")
# A name caption's name: "MITYA, 27", "\"TIKHON\"", "YEGOR LAVRENTYEV, \"SHKIPER\"", "BAIR DORZHIEV".
CAPTION_NAME = re.compile(r"^[\"“]?(?P<n>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})[\"”]?\s*(?:,.{0,60})?$")
PROGRAMME = re.compile(r"^(?:A|AN)\s+(?P<n>.{2,40}?)\s+(?:FILM|PRODUCTION|DOCUMENTARY|PROGRAMME|PRESENTATION)$", re.I)


def subtitles(stripped: list[str]) -> bool:
    """Whether the file is a subtitle file: three timecode lines or more ("00:04:17,060 --> ..."),
    or one under a WebVTT header."""
    found = 0
    least = 1 if stripped and stripped[0].lstrip("\ufeff").startswith("WEBVTT") else 3
    for s in stripped:
        if "-->" in s and SUB_TIMECODE.match(s):
            found += 1
            if found >= least:
                return True
    return False


@dataclass(frozen=True)
class Cue:
    number: int | None  # 0-based line of its number (or WebVTT identifier), if it has one
    time: int  # 0-based line of its timecode
    text: tuple[int, ...]  # 0-based lines of its text
    kind: str  # speech | card | sound | credit


def _plain_cue(s: str) -> str:
    return SUB_TAG.sub("", s).strip()


def cues(stripped: list[str]) -> list[Cue]:
    """The cues of a subtitle file, in order, each with what it is."""
    out: list[Cue] = []
    n = len(stripped)
    credit = False
    for i, s in enumerate(stripped):
        if not ("-->" in s and SUB_TIMECODE.match(s)):
            continue
        number = i - 1 if i > 0 and stripped[i - 1] and not SUB_TIMECODE.match(stripped[i - 1]) else None
        j = i + 1
        while j < n and stripped[j] and not ("-->" in stripped[j] and SUB_TIMECODE.match(stripped[j])):
            j += 1
        if j < n and stripped[j] and j - 1 > i:  # no blank line before the next timecode: its number
            j -= 1
        text = tuple(range(i + 1, j))
        plain = [_plain_cue(stripped[k]) for k in text]
        if credit or any(SUB_CREDIT.match(p) for p in plain[:1]):
            kind, credit = "credit", True
        elif plain and all(SOUND.match(p) or not p for p in plain):
            kind = "sound"
        elif plain and (all(POSITIONED.match(stripped[k]) for k in text) or all(
                not re.search(r"[a-z]", p) and re.search(r"[A-Z]", p) and not DIALOGUE.match(p)
                and not SUB_LABEL.match(p) for p in plain)):
            kind = "card"
        else:
            kind = "speech"
        out.append(Cue(number, i, text, kind))
    return out


def _turn_opens(s: str) -> bool:
    """A cue line that starts someone's words: a dialogue dash or a speaker's label."""
    plain = _plain_cue(s)
    return bool(DIALOGUE.match(plain) or SUB_LABEL.match(plain))


def _mark_subtitles(stripped: list[str], skipped: dict[int, str]) -> None:
    """Every line of a subtitle file decided anew: a news page's rules (bylines, headlines, running
    footers) do not apply to cue text."""
    found = cues(stripped)
    text_lines = {k for c in found for k in c.text if c.kind == "speech"}
    for i, s in enumerate(stripped):
        no = i + 1
        skipped.pop(no, None)
        if not s or i in text_lines:
            if i in text_lines and SOUND.match(_plain_cue(s)):
                skipped[no] = "sound description"
            continue
        skipped[no] = "subtitle furniture"
    for c in found:
        if c.number is not None:
            skipped[c.number + 1] = "subtitle cue number"
        skipped[c.time + 1] = "subtitle timecode"
        for k in c.text:
            if c.kind != "speech":
                skipped[k + 1] = {"card": "on-screen card", "sound": "sound description",
                                  "credit": "subtitle credit"}[c.kind]
    for k in captions(stripped):  # a name caption is cited as what names a speaker
        skipped.pop(k + 1, None)


def captions(stripped: list[str]) -> dict[int, tuple[int, str]]:
    """Name captions: the caption line (0-based) -> (the first line of the turn it names, the
    name). A card right after someone's words whose first line reads as a name ("MITYA, 27",
    ""TIKHON"", "YEGOR LAVRENTYEV, "SHKIPER""): it names whoever spoke the turn before it."""
    found = cues(stripped)
    out: dict[int, tuple[int, str]] = {}
    turn_start: int | None = None
    for k, c in enumerate(found):
        if c.kind == "speech" and c.text:
            first = stripped[c.text[0]]
            plain = _plain_cue(first)
            if SUB_LABEL.match(plain) and not DIALOGUE.match(plain):
                turn_start = None  # a narration: no one a caption names
            elif DIALOGUE.match(plain):
                dashes = sum(1 for t in c.text if DIALOGUE.match(_plain_cue(stripped[t])))
                turn_start = c.text[-1] if dashes > 1 else c.text[0]  # two speakers in a cue: the last
                if dashes > 1 and not DIALOGUE.match(_plain_cue(stripped[c.text[-1]])):
                    turn_start = None
            continue
        if c.kind == "card" and turn_start is not None and k > 0 and found[k - 1].kind == "speech":
            line = _plain_cue(stripped[c.text[0]])
            m = CAPTION_NAME.match(line)
            if m and not meta.parse_date(line) and not re.search(r"\d{4}", line):
                out[c.text[0]] = (turn_start, _name_case(m.group("n")))
        turn_start = None
    return out


# Labels of the programme's own voice, and of speakers a label does not name.
NARRATION = {"narrator", "narration", "voiceover", "voice-over", "voice over", "vo", "v/o", "reporter", "presenter",
             "announcer", "commentator", "commentary", "host", "anchor", "correspondent"}
GENERIC_SPEAKERS = {"man", "woman", "boy", "girl", "child", "children", "soldier", "soldiers", "voice", "voices",
                    "crowd", "all", "officer", "guard", "driver", "pilot", "caller", "interpreter", "translator",
                    "speaker", "both", "others", "men", "women", "fighter", "fighters", "resident", "protester",
                    "villager", "mother", "father", "radio", "operator", "interviewer", "someone", "everyone",
                    "captive", "prisoner", "witness", "victim", "neighbour", "neighbor", "relative", "source",
                    "official", "volunteer", "student", "worker", "nurse", "doctor", "commander", "journalist"}


def narration(label: str) -> bool:
    return label.lower() in NARRATION


def generic_speaker(label: str) -> bool:
    """ "MAN", "WOMAN 2", "SOLDIER (OFF-SCREEN)": someone the label does not name."""
    words = re.sub(r"\(.*?\)|\d+", " ", label.lower()).split()
    return not words or all(w in GENERIC_SPEAKERS or w in ("a", "an", "the", "young", "old", "second", "first")
                            for w in words)


def name_case(name: str) -> str:
    return _name_case(name)


def _name_case(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in name.split())


def subtitle_meta(stripped: list[str]) -> tuple[str | None, str | None, str | None]:
    """(title, programme, broadcast day as ISO) from a subtitle file's opening card, and its end
    card ("A NORDVISION 24 FILM"). A card that only sets a scene ("KHARKIV OBLAST" / "MARCH 2026")
    gives no day: only a full date on the first card is the broadcast's."""
    found = cues(stripped)
    cards = [c for c in found if c.kind == "card"]
    title = programme = day = None
    first = next((c for c in found if c.kind in ("card", "speech")), None)
    if first is not None and first.kind == "card":
        for k in first.text:
            line = _plain_cue(stripped[k])
            parts = meta.SEPARATOR.split(line)
            if (d := meta.parse_date(line)) and len(parts) > 1:
                day = day or d
                programme = programme or parts[0]
            elif title is None and _words(line) >= 1 and not meta.parse_date(line):
                title = line
    for c in cards[-2:]:
        for k in c.text:
            if m := PROGRAMME.match(_plain_cue(stripped[k])):
                programme = m.group("n")
    if title is None and cards:
        title = _plain_cue(stripped[cards[-1].text[0]])
    return (_card_case(title) if title and title.isupper() else title), (
        _card_case(programme) if programme and programme.isupper() else programme), day


def _card_case(text: str) -> str:
    """A card's capitals as a title is written: "THE OUTPOST: 300 RUSSIANS AGAINST THE KREMLIN" ->
    "The Outpost: 300 Russians Against the Kremlin"; "SOUTHWAVE TV" -> "Southwave TV"."""
    out = []
    for k, word in enumerate(text.split()):
        letters = re.sub(r"[^A-Z]", "", word)
        if letters and not re.search(r"[AEIOUY]", letters):
            out.append(word)  # "TV", "BBC": set in capitals
        elif k and word.lower() in meta.SMALL and not out[-1].endswith(":"):
            out.append(word.lower())
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def subtitle_bridges(stripped: list[str], skipped: dict[int, str]) -> frozenset[int]:
    """The blank, number and timecode lines between two cues of one person's words (the later cue
    opens with no dash and no label): a sentence that runs over cues is cited across them."""
    found = cues(stripped)
    out: set[int] = set()
    for a, b in zip(found, found[1:], strict=False):
        if a.kind != "speech" or not a.text:
            continue
        if b.kind == "speech" and b.text and not _turn_opens(stripped[b.text[0]]):
            out.update(n + 1 for n in range(a.text[-1] + 1, b.text[0]))
    return frozenset(out)


def settle(stripped: list[str], skipped: dict[int, str]) -> None:
    """The page kinds whose every line is decided here, after the general rules: subtitle files."""
    if subtitles(stripped):
        _mark_subtitles(stripped, skipped)
# --- a transcript service's page: an earnings call, a hearing on a transcript site ----------------
# "Helen Marchbank - Vantry Infrastructure plc - Chief Executive Officer": who speaks next, on a
# line of its own before each turn (and in the participant lists at the top). "Operator" alone
# opens the call operator's turns, which run the call and say nothing about its matter.
SPEAKER_PARTS = re.compile(r"\s+[-–—]\s+")
SPEAKER_NAME = re.compile(r"^(?:(?:Mr|Ms|Mrs|Dr|Prof|Sir|Dame|Cllr|Lord|Lady)\.?\s+)?[A-Z][\w'’.-]+"
                          r"(?:\s+[A-Z][\w'’.-]+){1,3}$")
OPERATOR = re.compile(r"^(?:(?:conference |call )?operator|moderator|coordinator)$", re.I)
# The service's own notices: "RAW TRANSCRIPT - machine transcribed ... May contain errors.",
# "Transcripts are provided for information only and may not be accurate."
TRANSCRIPT_NOTICE = re.compile(r"\braw transcript\b|\b(?:machine|automatically|auto-?)[- ]?transcribed\b|"
                               r"\btranscripts? (?:is|are) provided\b|"
                               r"\bnot (?:been )?reviewed by the (?:company|speakers?)\b|"
                               r"\btranscript may (?:contain errors|not be accurate)\b", re.I)
# A service's summary of what was said, made by a machine: never what anyone said. "KEY POINTS
# (auto-generated)", "AI summary", "Highlights (AI-generated)".
AUTO_SUMMARY = re.compile(r"^\W*(?:key points|key takeaways|takeaways|highlights|summary|tl;?dr)\W{0,3}\s*"
                          r"\((?:auto-?generated|automatically generated|ai[- ]generated|machine[- ]generated|"
                          r"generated by ai|automated)\)\W*$|^\W*(?:ai|auto-?generated|automated)[- ]summary\W*$", re.I)


def _speaker_parts(s: str) -> list[str] | None:
    """["Helen Marchbank", "Vantry Infrastructure plc", "Chief Executive Officer"] for a speaker line."""
    parts = SPEAKER_PARTS.split(s)
    if not 2 <= len(parts) <= 3 or len(s.split()) > 16 or s[-1:] in ".!?:;,":
        return None
    if not SPEAKER_NAME.match(parts[0]) or not all(p[:1].isupper() and not re.search(r"\d:\d", p) for p in parts[1:]):
        return None
    return parts


# A speaker line's part that is a role, not a body: "Chief Executive Officer", "Analyst", "Media".
ROLE = re.compile(r"\b(?:officer|director|analyst|chair(?:man|woman|person)?|president|manager|head|executive|"
                  r"media|reporter|journalist|editor|secretary|minister|treasurer|partner|founder|"
                  r"spokes(?:man|woman|person)|counsel|member|councillor|correspondent|investor relations)\b", re.I)


def speaker(line: str) -> str:
    """Who a speaker line names, with the body they speak for: "Helen Marchbank - Vantry
    Infrastructure plc - Chief Executive Officer" -> "Helen Marchbank, of Vantry Infrastructure plc"
    (so that her "we" is Vantry's)."""
    parts = SPEAKER_PARTS.split(line.strip())
    body = parts[1] if len(parts) == 3 or len(parts) == 2 and not ROLE.search(parts[1]) else None
    return f"{parts[0]}, of {body}" if body and not ROLE.fullmatch(body) else parts[0]


def _prose_next(stripped: list[str], i: int) -> bool:
    """Whether the next non-blank line after line i (0-based) is someone's words, not a list or a heading."""
    j = i + 1
    while j < len(stripped) and not stripped[j]:
        j += 1
    if j >= len(stripped):
        return False
    s = stripped[j]
    return not _speaker_parts(s) and not OPERATOR.match(s) and not s.isupper() and (
        len(s.split()) >= 3 or s[-1:] in ".!?")


def speaker_lines(stripped: list[str]) -> dict[int, str]:
    """A transcript service's turns: each speaker line that opens a turn (0-based) -> who speaks
    ("Operator" for the operator's). Three speaker lines or more, one name at least twice: a
    page that only lists people ("Jane Doe - Acme - CFO") has no turns."""
    found = {i: parts[0] for i, s in enumerate(stripped) if s and (parts := _speaker_parts(s))}
    names = [n for i, n in found.items() if _prose_next(stripped, i)]
    if len(names) < 3 or max(names.count(n) for n in set(names)) < 2:
        return {}
    turns = {i: n for i, n in found.items() if _prose_next(stripped, i)}
    turns.update((i, "Operator") for i, s in enumerate(stripped) if OPERATOR.match(s) and _prose_next(stripped, i))
    return dict(sorted(turns.items()))


def turn_lines(stripped: list[str]) -> dict[int, int]:
    """Each line (0-based) of a transcript service's turn -> its speaker line, down to the next
    speaker line or a heading in capitals ("QUESTIONS AND ANSWERS", "[END OF TRANSCRIPT]")."""
    turns = speaker_lines(stripped)
    out: dict[int, int] = {}
    for i in turns:
        j = i + 1
        while j < len(stripped) and j not in turns and not _turn_ends(stripped[j]):
            out[j] = i
            j += 1
    return out


def _turn_ends(s: str) -> bool:
    return bool(_speaker_parts(s)) or (s.isupper() and len(s.split()) <= 8 and not s.startswith("[")) or \
        bool(re.match(r"^\W*\[?end of (?:transcript|call|recording)\b", s, re.I))


# What a transcript says was heard, not said, on a line of its own inside a turn: after it the same
# speaker goes on, unlabelled ("[technical difficulty]" / "- sorry, I think we lost the line ...").
HEARD = re.compile(r"^\[(?:technical difficult(?:y|ies)|indiscernible|inaudible|unintelligible|crosstalk|"
                   r"audio (?:gap|drops?|lost)|line drops?|silence|pause|break in (?:audio|transmission))\]$", re.I)


def mark_turns(stripped: list[str], skipped: dict[int, str]) -> None:
    """A transcript service's furniture, over what the general rules said of these lines (a speaker
    line reads to them as a menu, the operator's as a running header): speaker lines, participant
    lists, the service's notices and its machine-made summary."""
    turns = speaker_lines(stripped)
    for i, s in enumerate(stripped):
        if not s:
            continue
        if i in turns:
            skipped[i + 1] = "operator line" if turns[i] == "Operator" else "speaker line"
        elif turns and _speaker_parts(s):
            skipped[i + 1] = "participant list"
    for j in turn_lines(stripped):
        if HEARD.match(stripped[j]):
            skipped[j + 1] = "transcript cue"


def _mark_service(stripped: list[str], skipped: dict[int, str]) -> None:
    """A transcript service's notices and its machine-made summary (before the title is looked for:
    a summary's first point is no headline)."""
    n = len(stripped)
    for i, s in enumerate(stripped):
        if TRANSCRIPT_NOTICE.search(s) and (i < 8 or i >= n - 8) and _words(s) <= 40:
            skipped[i + 1] = "transcript service notice"
        elif AUTO_SUMMARY.match(s):
            skipped[i + 1] = "auto-generated summary"
            j = i + 1  # its points, to a blank line or the next heading
            while j < n and stripped[j] and not (stripped[j].isupper() and _words(stripped[j]) <= 8) \
                    and not AUTO_SUMMARY.match(stripped[j]):
                skipped[j + 1] = "auto-generated summary"
                j += 1


def turn_bridges(stripped: list[str]) -> frozenset[int]:
    """A transcript service's speaker lines, and the blank lines and "[technical difficulty]"
    inside a turn: a citation runs from the line that names the speaker across them."""
    turns = speaker_lines(stripped)
    inside = turn_lines(stripped)
    return frozenset([i + 1 for i in turns] + [j + 1 for j in inside if not stripped[j] or HEARD.match(stripped[j])])


def hosted(stripped: list[str]) -> bool:
    """Whether the page's outlet only hosts other people's words: a transcript service (its notices,
    or speaker lines before turns) or a forum (posts headed by their posters' handles). Such an
    outlet is never whose words a sentence is ("[according to CallScribe]", "[according to Agora]")."""
    n = len(stripped)
    if speaker_lines(stripped) or any(TRANSCRIPT_NOTICE.search(s) for s in stripped[:8] + stripped[max(8, n - 8):]):
        return True
    return sum(1 for s in stripped if FORUM_POST.search(MD_LINK_TEXT.sub(r"\1", s))) >= 2


# An app's page of a social-media thread unrolled into one text: "Thread by @SamThrelfallRuns" /
# "Sam Threlfall @SamThrelfallRuns". The posts are the author's; the app only shows them.
UNROLLED = re.compile(r"^\W*(?:thread|🧵)\s+by\s+@(?P<handle>[\w.]{2,30})\W*$", re.I)


def unrolled(stripped: list[str]) -> tuple[str, list[int]] | None:
    """(the thread's author, the header lines that name them) when the page is an unrolled thread."""
    for i, s in enumerate(stripped[:15]):
        if m := UNROLLED.match(s):
            handle = re.escape(m.group("handle"))
            # the header runs to the first post ("... 1/17"): the author's bio, follower count, stats
            first = next((j for j in range(i + 1, min(i + 12, len(stripped))) if FIRST_POST.search(stripped[j])), i + 1)
            for j in range(i + 1, min(i + 4, len(stripped))):
                if n := re.match(rf"^(?P<name>[^\W\d_][\w.'’ -]{{1,60}}?)\s+@{handle}\W*$", stripped[j]):
                    return n.group("name").strip(), list(range(i, max(first, j + 1)))
            return "@" + m.group("handle"), list(range(i, first))
    return None


FIRST_POST = re.compile(r"\b1\s?/\s?\d{1,3}\s*$")


MD_LINK_TEXT = re.compile(r"\[([^\[\]]{1,200})\]\([^()\s]{0,500}\)")
# A post's or a comment's header: "Posted by u/north_of_ladoga · 26 days ago", "**u/kvass** · 26 days ago · ▲ 1.2k",
# "@ferry_fan · 3h".
FORUM_POST = re.compile(r"\bposted by (?:u/|@)[\w.-]{2,32}\b|^\W{0,4}(?:u/|@)[\w.-]{2,32}\W{0,4}\s*[·|•]\s*"
                        r"(?:\d+\s*(?:s|m|h|d|w|y|secs?|mins?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?|"
                        r"yesterday|just now|today)\b", re.I)


# --- a questions-and-answers page (an FAQ) ----------------------------------------------------------
# "### When will the bridge reopen to cars? [+] *(Updated 7 May)*": a question in the reader's "I"
# set as a heading, with an accordion's marker and an update tag. The paragraph under it answers it.
QUESTION_TAGS = re.compile(r"\s*(?:\[[+−–-]\]|[*_]*\((?:updated|new|added|changed|amended)\b[^()]{0,30}\)[*_]*)\s*",
                           re.I)
QUESTION_MARKS = re.compile(r"^\s*(?:#{2,6}\s+|\*\*|__)|(?:\*\*|__)\s*$")
QUESTIONS_NEEDED = 3  # questions set as headings on one page: an FAQ, not an article with a question heading


def _question(s: str) -> str | None:
    """The question a heading asks ("When will it reopen to lorries and buses?"), or None. Not a
    turn's ("**Gazette:** Why did you go?"), nor an article's section head in capitals ("WHO ARE THEY?")."""
    bare = QUESTION_MARKS.sub("", QUESTION_TAGS.sub(" ", s)).strip()
    bare = QUESTION_MARKS.sub("", bare).strip()
    if not (bare.endswith("?") and 2 <= _words(bare) <= 25 and bare[:1].isupper()) or bare.isupper() \
            or re.match(r"^[^:?]{1,40}:", bare) or "**" in bare or "__" in bare:
        return None
    return bare


def question_of(line: str) -> str | None:
    return _question(line.strip())


# A page that says it is one ("Ostry Bridge closure: questions and answers", "FAQs"), or whose
# questions are asked in the reader's own words ("Can I walk or cycle across?").
FAQ_NAMED = re.compile(r"\b(?:questions (?:and|&) answers|frequently asked questions|FAQs?|Q\s?&\s?A)\b", re.I)
READER = re.compile(r"\b(?:I|my|me|I'm|I’m)\b")


def questions(stripped: list[str], skipped: dict[int, str]) -> dict[int, str]:
    """An FAQ's questions: each question heading's line (0-based) -> the question, when the page
    sets three questions or more as headings (or bold lines of their own) with answers under them,
    and says it is a Q&A or asks at least one in the reader's words."""
    found = {}
    for i, s in enumerate(stripped):
        if not s or not (skipped.get(i + 1) == "heading" or QUESTION_MARKS.match(s) and s.startswith(("**", "__"))):
            continue
        q = _question(s)
        j = i + 1
        while j < len(stripped) and not stripped[j]:
            j += 1
        if q and j < len(stripped) and (j + 1) not in skipped:
            found[i] = q
    if len(found) < QUESTIONS_NEEDED:
        return {}
    named = any(FAQ_NAMED.search(s) for s in stripped[:15])
    return found if named or any(READER.search(q) for q in found.values()) else {}


def mark_questions(stripped: list[str], skipped: dict[int, str]) -> None:
    for i in questions(stripped, skipped):
        skipped[i + 1] = "question"


def question_bridges(stripped: list[str], skipped: dict[int, str]) -> frozenset[int]:
    """An FAQ's question lines and the blank lines under them: an answer is cited from its question."""
    out: set[int] = set()
    for i, why in skipped.items():
        if why != "question":
            continue
        out.add(i)
        j = i + 1
        while j <= len(stripped) and not stripped[j - 1]:
            out.add(j)
            j += 1
    return frozenset(out)


# An answer's opening that says nothing without its question: "Yes, from Saturday 9 May ...",
# "No.", "Only after the permanent repair ...", "Not before mid-August."
REPLY_OPENING = re.compile(r"^\W*(?:yes|no|not|only|never|always|maybe|perhaps|probably|possibly|unlikely|likely|"
                           r"sometimes|usually|partly|because|until|unless|from|since|within|after|before|"
                           r"it depends|depends)\b", re.I)


# --- a page OCR'd from print ----------------------------------------------------------------------
# A column reader splices what stands beside a column into it: an advert in capitals
# ("ARKWRIGHT CARPETS" / "SPRING SALE NOW ON 0% finance") between two lines of one sentence, with
# the end of the sentence after it ("Vantry. Drivers now face ...").
CAPS_WORD = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")
TAIL = re.compile(r"^(?:[^.!?]|\.(?=\d)){1,40}?[.!?][\"”’)]*(?:\s|$)")  # ("£4.2 million.")
SPLICE_REACH = 10  # lines above an advert that the sentence it broke may start on


def _caps_line(s: str) -> bool:
    words = [w for w in s.split() if re.search(r"[A-Za-z]", w)]
    return bool(words) and not re.search(r"[.!?][\"”’)]*$", s) and \
        sum(1 for w in words if CAPS_WORD.match(w)) * 3 >= len(words) * 2


def splices(stripped: list[str], skipped: dict[int, str]) -> list[tuple[int, int, int]]:
    """Where something else was spliced into a sentence: (the first line the broken sentence may
    start on, the first line of the intruder, the line after it that ends the sentence), 0-based.
    Found by an advert in capitals inside running text whose next line opens with a sentence's
    last words ("Vantry."): the sentence was broken somewhere above the advert."""
    out = []
    i = 1
    while i < len(stripped) - 1:
        if not (stripped[i] and (i + 1) not in skipped and _caps_line(stripped[i]) and stripped[i - 1]
                and i not in skipped):
            i += 1
            continue
        j = i
        while j < len(stripped) and stripped[j] and _caps_line(stripped[j]) and (j + 1) not in skipped:
            j += 1
        after = stripped[j] if j < len(stripped) else ""
        tail = TAIL.match(after)
        if after and (j + 1) not in skipped and tail and len(tail.group(0).split()) <= 3:
            out.append((_broken_from(stripped, i), i, j))
        i = j + 1
    return out


def _broken_from(stripped: list[str], i: int) -> int:
    """The first line the sentence broken by an intruder at line i may start on: after the last line
    above that ends a sentence (not the line right above: what ends there may be the intruder's)."""
    for k in range(i - 2, max(-1, i - 2 - SPLICE_REACH), -1):
        if not stripped[k] or re.search(r"[.!?][\"”’)]*$", stripped[k]):
            return k + 1
    return max(0, i - 1 - SPLICE_REACH)


SPLICED = "advert spliced into a column"


def mark_splices(stripped: list[str], skipped: dict[int, str]) -> None:
    for _, first, after in splices(stripped, skipped):
        for k in range(first, after):
            skipped[k + 1] = SPLICED


def spliced(stripped: list[str], skipped: dict[int, str]) -> tuple[frozenset[int], frozenset[int]]:
    """Around each spliced advert (marked): the lines (1-based) where the broken sentence and what
    was spliced with it may start, and the line that holds the sentence's last words. Neither is
    printed: which words above the advert are the sentence's cannot be told from its shape."""
    above: set[int] = set()
    tails: set[int] = set()
    n = 1
    while n <= len(stripped):
        if skipped.get(n) != SPLICED or skipped.get(n - 1) == SPLICED:
            n += 1
            continue
        top = _broken_from(stripped, n - 1)
        above.update(range(top + 1, n))
        k = n
        while skipped.get(k) == SPLICED:
            k += 1
        tails.add(k)
        n = k
    return frozenset(above), frozenset(tails)


# A photo credit's name broken over the wrap: "Pictured: the queue ... Picture: KEV" / "DORAN Skipper
# Bill Rance, who ...": the capitals before the sentence are the credit's.
CREDIT_CUE = re.compile(r"\b(?i:pictures?|photos?|photograph|image|credit)\s*:\s*(?:[A-Z][A-Z.'’-]*\s*){1,3}$")
CREDIT_TAIL = re.compile(r"^(?:[A-Z][A-Z.'’-]+\s+){1,3}(?=[A-Z][a-z])")


def credit_tail(previous: str, line: str) -> int:
    """How many characters at the start of `line` end the photo credit that `previous` begins."""
    if not CREDIT_CUE.search(previous.strip()):
        return 0
    m = CREDIT_TAIL.match(line)
    return m.end() if m else 0


# --- an opinion column, a comment piece, an editorial -----------------------------------------------
# The page says what it is: a kicker over the headline ("COMMENT", "Opinion", "Analysis"), a section
# path that starts with it ("Opinion › Museums"), a bio that calls the writer a columnist, or a
# disclaimer that the views are the author's own. Its own sentences are its writer's view, never the
# outlet's reporting (sentences.py gives them to the writer). A nav bar that lists "Opinion" among
# other sections, a link to an opinion piece and a letters page (sentences.py gives each letter to
# its writer) say nothing of the page itself.
KICKER = re.compile(r"^\W*(?:comment|comment is free|opinion|column|the column|editorial|leader|our view|analysis|"
                    r"news analysis|op-ed|viewpoint|point of view)\W*$", re.I)
OPINION_PATH = re.compile(r"^\W*(?:comment|opinion|columns?|columnists|editorials?|analysis)\s*[›»>/|]\s*"
                          r"(?P<rest>\S.{0,60})$", re.I)
# "Jane Doe is a columnist for ...", "Jane Doe writes a weekly column on ..."
COLUMNIST_BIO = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}) (?:is (?:an? |the )?(?:[\w-]+ ){0,3}"
                           r"(?:columnist|commentator|opinion writer|leader writer)|writes (?:a |the )?(?:[\w-]+ ){0,2}"
                           r"column)\b")
# "Miles Tennant is a former head of security at ...": a bio, above or below the column, naming its writer.
BIO = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}) (?:is|was) (?:an? |the )\w")
VIEWS_OWN = re.compile(r"\b(?:views|opinions) expressed\b.{0,60}\b(?:(?:author|writer|columnist)['’]s own|"
                       r"(?:are )?(?:those|the views) of the (?:author|writer|columnist)\b(?!s))", re.I)
# "Declaration of interest: ...", "I should declare an interest.", "The writer is a trustee of ..."
INTEREST = re.compile(r"^\W*(?:declaration of interests?\s*:|disclosure\s*:)|\b(?:I|we) (?:should|must|ought to) "
                      r"(?:declare|disclose) an interest\b|"
                      r"^\W*(?:the writer|the author) (?:is|was|has been) (?:an? |the )?"
                      r"(?:trustee|director|member|adviser|advisor|consultant|shareholder|partner|employee|patron|"
                      r"chair|governor)\b", re.I)
CORRECTION = re.compile(r"^\W*(?:correction|clarification|amended|update)\s*:|^\W*this (?:article|column|piece) "
                        r"(?:was|has been) (?:amended|corrected|updated)\b", re.I)
OPINION_HEAD = 12  # non-blank lines from the top in which a kicker or a section path stands
# A menu's item: "* [Opinion](#)", "[Opinion](/opinion)". It names a section of the site, not the page.
MENU_ITEM = re.compile(r"^\s*(?:[-*•]\s+)?\[[^\[\]]{1,60}\]\([^()\s]{0,300}\)\s*$|^\s*[-*•]\s+\S")
# A byline that names a newsroom, not a writer ("Observer Newsroom", "Staff", "News Desk", "Agencies"), and a
# headline that says the page explains ("what we know so far"): a report, whatever the site's kicker says.
NEWSROOM_BYLINE = re.compile(r"^(?:[\w'’.-]+\s+){0,3}(?:newsroom|news ?desk|desk|staff|staff reporters?|reporters|"
                             r"news team|agencies|wire services?)$", re.I)
EXPLAINER = re.compile(r"\bwhat we (?:know|don['’]?t know)\b|\bexplain(?:ed|er)\b|\bfactbox\b|\bkey facts\b", re.I)


@dataclass(frozen=True)
class Column:
    """An opinion page: its writer (None for an unsigned editorial), the lines (1-based) that are
    not the writer's words (the correction, the disclaimer, the bio), and the lines of the
    writer's declaration of interest. On a person's own page, `others` are the lines quoted from
    other people (comments, recommendations): someone else's words, never the page's."""

    writer: str | None
    not_theirs: frozenset[int]
    interest: tuple[int, int] | None
    others: frozenset[int] = frozenset()
    own: bool = False  # a person's own page: what they say of themselves is news, not a maxim
    headers: frozenset[int] = frozenset()  # on a person's own page, the lines that name them over their words


# --- a person's own page: a profile, a personal blog ----------------------------------------------
# Its headline is a name ("# Yegor Lapin"), and the page speaks as that person: posts open on the
# name ("**Yegor Lapin** · Architect · ..."), or an About section says "I". Its own sentences are
# that person's words; what it quotes in "> " lines is other people's.
OWN_NAME = re.compile(r"^#\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s*$")
ABOUT = re.compile(r"^#{1,4}\s*(?:about|about me|bio)\s*$", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|we|We|us|our|Our|my|My|me|mine)\b")  # (sentences.py reads a turn's with it)
OWN_FIRST_PERSON = 3  # paragraphs in the first person, outside quotes and "> " lines
NOT_A_NAME = frozenset("""the a an of and for about home news our my your how why what who when where frequently asked
questions privacy policy terms contact blog profile page update updates notice report""".split())
OWN_HEAD = 25  # lines from the top in which the page's name stands


def own_page(stripped: list[str]) -> Column | None:
    """The page as one person's own, or None. Not a page signed at its end (a letter): sign-offs
    count only where no thread of comments holds them."""
    head, m = next(((i, m) for i, s in enumerate(stripped[:OWN_HEAD]) if (m := OWN_NAME.match(s))), (0, None))
    if m is None or any(w.lower() in NOT_A_NAME for w in m.group("name").split()):
        return None
    name = m.group("name")
    post = re.compile(rf"^(?:\*\*|__)?{re.escape(name)}(?:\*\*|__)?\s*[·•|]\s*\S")
    posts = [i + 1 for i, s in enumerate(stripped) if post.match(s)]
    mine = sum(bool(FIRST_PERSON.search(meta.QUOTED.sub("", s))) for s in stripped
               if s and not s.startswith(">") and len(s.split()) >= 8)
    if not (posts or any(ABOUT.match(s) for s in stripped)) or mine < OWN_FIRST_PERSON \
            or signatures(stripped) and thread(stripped) is None:
        return None
    others = frozenset(i + 1 for i, s in enumerate(stripped) if s.startswith(">"))
    return Column(name, frozenset(), None, others, own=True, headers=frozenset([head + 1, *posts]))


def mark_own(stripped: list[str], skipped: dict[int, str]) -> frozenset[int]:
    """A person's own page: the headers over their posts name whose words the posts are. Returns
    the lines cited with their words (the headers and the page's headline)."""
    found = own_page(stripped)
    if found is None:
        return frozenset()
    for n in found.headers:
        if not stripped[n - 1].startswith("#"):
            skipped[n] = "post header"
    return found.headers


def column(stripped: list[str], author: str | None = None, title: str | None = None) -> Column | None:
    """The page as an opinion column, or None when it gives no sign of being one of its own. A
    newsroom's byline or an explainer's headline (`title`) outweighs a kicker: only a columnist's
    bio or a views-own disclaimer makes such a page a column."""
    plain = [MD_LINK_TEXT.sub(r"\1", s).replace("**", "").replace("__", "").strip(" *_#>") for s in stripped]
    top = [i for i, s in enumerate(plain) if s][:OPINION_HEAD]
    signs = 0
    for k, i in enumerate(top):
        nxt = plain[top[k + 1]] if k + 1 < len(top) else ""
        if MENU_ITEM.match(stripped[i]):
            continue  # "* [Opinion](#)": an item of a nav list
        if KICKER.match(plain[i]) and _words(nxt) >= 6:
            signs += 1  # the kicker right over the headline, not an item of a nav bar
        elif (m := OPINION_PATH.match(plain[i])) and not re.match(r"letters?\b", m.group("rest"), re.I):
            signs += 1
    own = any(COLUMNIST_BIO.match(s) or VIEWS_OWN.search(s) for s in plain)
    if not own and (author and NEWSROOM_BYLINE.match(author) or title and EXPLAINER.search(title)):
        return None  # "Kalliste Star aground: what we know so far", "By Observer Newsroom"
    signs += own
    if not signs or signatures(stripped) or hosted(stripped):
        return own_page(stripped) if not hosted(stripped) else None
    writer = author
    bio: set[int] = set()
    for i, s in enumerate(plain):
        if (m := COLUMNIST_BIO.match(s) or BIO.match(s)) and (i <= (top[-1] if top else 0) + 8 or i >= len(plain) - 25):
            if writer is None or m.group("name") in writer or writer in m.group("name"):
                writer = writer or m.group("name")
                bio.add(i + 1)
    not_theirs = set(bio)
    interest = None
    for i, s in enumerate(plain):
        if VIEWS_OWN.search(s):
            not_theirs.add(i + 1)
        if CORRECTION.match(s):  # the outlet's correction, to the end of its paragraph
            j = i
            while j < len(plain) and plain[j]:
                not_theirs.add(j + 1)
                j += 1
        if interest is None and INTEREST.search(s):
            a = i
            while a > 0 and plain[a - 1]:
                a -= 1
            b = i
            while b + 1 < len(plain) and plain[b + 1]:
                b += 1
            interest = (a + 1, b + 1)
    return Column(writer, frozenset(not_theirs), interest)


# markitdown's conversion of a PowerPoint file: "<!-- Slide number: 3 -->" over each slide, "### Notes:"
# over its speaker notes.
SLIDE_MARK = re.compile(r"^[ \t]*<!--[ \t]*Slide number:[ \t]*\d+[ \t]*-->[ \t]*$", re.M | re.I)


def slides(text: str) -> bool:
    """Whether `text` is a slide deck converted to Markdown (two slide marks or more)."""
    return len(SLIDE_MARK.findall(text, 0, 200_000)) >= 2
