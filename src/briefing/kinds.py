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

from . import meta


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
NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
CLIP_SPEAKER = re.compile(rf"^(?:That was|That's|This is|You heard)\s+(?:[\w'’ -]{{1,60}},\s+)?(?P<a>{NAME})\.|"
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
ANONYMOUS = re.compile(r"^[*_]*\s*(?:name and address (?:supplied|withheld)|name withheld|address supplied)\W*$", re.I)
# The page's own notice above the letters: "*Letters may be edited for length ... Write to letters@...*".
LETTERS_NOTICE = re.compile(r"^[*_]*\s*letters (?:may|will) be (?:edited|shortened|cut)\b", re.I)
EDITOR_NOTE = re.compile(r"^[*_]*\s*editor['’]?s['’]? note\s*:", re.I)

# --- a council's minutes --------------------------------------------------------------------------
DRAFT = re.compile(r"^\W*draft\b.{0,40}\b(?:subject to (?:approval|confirmation)|may be amended|not yet approved)",
                   re.I)
PAGE_FOOTER = re.compile(r"^\W*page \d+ of \d+\b", re.I)
RESOLVED_ALONE = re.compile(r"^\W*(?:resolved|agreed|recommended)\s*:?\s*$", re.I)
# A record's own title: "MINUTES of the EXTRAORDINARY meeting of the Cabinet held on ...".
RECORD_TITLE = re.compile(r"^\W*(?:draft\s+)?(?:minutes|record|notes|verbatim record|verbatim report|transcript)"
                          r" of (?:the|a|an)\b", re.I)


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


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
        near = stripped[i + 1:i + 4]
        if FC_CLAIM.match(s) and any(FC_VERDICT.match(x) for x in near):
            put(no, "fact-check claim (the claim checked, not a finding)")
        elif FC_WHO.match(s) and any(FC_VERDICT.match(x) for x in near[:2]):
            put(no, "fact-check claim (who said it)")
        elif (m := FC_VERDICT.match(s)) and any(FC_CLAIM.match(x) for x in stripped[max(0, i - 3):i]) \
                and _words(RATING_NOISE.sub("", s[m.end():])) < 4:
            put(no, "fact-check verdict label")
        elif EXPORT_NOTICE.match(s):
            put(no, "chat export notice")
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
        elif DRAFT.match(s) and _words(s) <= 30:
            put(no, "draft notice")
        elif PAGE_FOOTER.match(s) and 4 < len(s.split()) <= 10:  # "Page 1 of 3   Chair's initials ......"
            put(no, "page footer")
        elif RESOLVED_ALONE.match(s):
            put(no, "resolution label")
    _mark_letters(stripped, skipped)
    _mark_service(stripped, skipped)


def signatures(stripped: list[str]) -> list[int]:
    """The signature lines (0-based) of a letters page: a bold name (or "Name and address
    supplied") on a paragraph of its own right under a paragraph of prose, twice or more."""
    found = []
    for i, s in enumerate(stripped):
        if not (SIGNATURE.match(s) or ANONYMOUS.match(s)) or i < 2 or stripped[i - 1] or (
                i + 1 < len(stripped) and stripped[i + 1]):
            continue
        above = stripped[i - 2]
        if _words(above) >= 8 and re.search(r"[.!?…][\"”’»)]*$", above):
            found.append(i)
    return found if len(found) >= 2 else []


def _mark_letters(stripped: list[str], skipped: dict[int, str]) -> None:
    for i in signatures(stripped):
        skipped[i + 1] = "letter signature"
        j = i + 1  # an editor's note under the letter answers it: the paper's own reporting
        while j < len(stripped) and not stripped[j]:
            j += 1
        if j < len(stripped) and EDITOR_NOTE.match(stripped[j]) and skipped.get(j + 1) == "editor's note":
            del skipped[j + 1]


def letter(stripped: list[str], skipped: dict[int, str], sig: int) -> tuple[int, int | None] | None:
    """The letter signed at line `sig` (0-based): (its first line; the line of the editor's note that
    answers it, or None), 0-based, or None when nothing above the signature is a letter's text."""
    first = None
    i = sig - 1
    while i >= 0:
        if stripped[i]:
            if (i + 1) in skipped:
                break
            first = i
        i -= 1
    if first is None:
        return None
    j = sig + 1
    while j < len(stripped) and not stripped[j]:
        j += 1
    return first, j if j < len(stripped) and EDITOR_NOTE.match(stripped[j]) else None


def signer(line: str) -> str | None:
    """The name a signature gives ("Capt. Graham Ellery"), None for "Name and address supplied"."""
    m = SIGNATURE.match(line.strip())
    return " ".join(m.group("name").split()) if m else None


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
    out.update(n for n, why in skipped.items() if why == "forwarded post header")
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
