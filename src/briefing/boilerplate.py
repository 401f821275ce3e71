"""Find the lines of a scraped article that are page furniture, not reporting.

Scrapes carry site navigation, ad and teaser blocks, author bios, photo captions and
repeated headlines. Those lines must never be cited, so each gets a reason here and
the sentence splitter skips it. Rules are about the *shape* of a line (short,
standalone, a credit after "|", a "[TAG]" teaser ...) so they carry over to articles
we have not seen; the phrase lists are the common wording of news sites.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import kinds, meta, records, updates

NAV_PHRASES = {
    "connect with us", "back to top", "back to top button", "skip to content", "skip to main content",
    "share this article", "share", "follow", "follow us", "advertisement", "subscribe",
    "sign up", "read more", "read full article", "source link", "print", "comments",
    "related", "related articles", "related posts", "related post", "related stories",
    "more stories", "recommended", "you may also like", "newsletter",
}
FOOTER_MARKERS = {
    "related articles", "related posts", "related post", "related stories",
    "source link", "more stories", "you may also like", "recommended",
}
# An advert's label glued to its text: "ADVERTISEMENT: Ouse Valley Motors - 0% finance ..."
AD_LABEL = re.compile(r"^\W*(?:advertisement|advert|sponsored|promoted|paid content)\s*[:|–—-]\s*\S", re.I)
# A label alone on its line over the advert it labels; many pages leave the label over a story's
# paragraph (the slot's advert not scraped), so the line under it is the advert only if it sells.
AD_WORDS = {"advertisement", "advert", "sponsored", "promoted", "paid content"}


def _sells(s: str) -> bool:
    """Whether a line asks its reader to act ("Book a stall today."), as an advert does."""
    from .sentences import exhorts  # sentences reads this module's marks

    return any(exhorts(part) for part in re.split(r"(?<=[.!?])\s+", s) if part)


PROMO_START = re.compile(r"^(don.?t miss|read more|read also|also read|see also|most read|most popular|most viewed|"
                         r"trending|related|related stories|related articles|related coverage|more on this|"
                         r"more from|recommended|popular now|you may also like|read next|up next|more episodes|"
                         r"sponsored content|sponsored|promoted|partner content)\b", re.I)
# A heading over other stories of the day ("Other results" under a by-election's, "In other news"):
# the paragraph under it is about something else, however close its words.
# (not "Elsewhere this week": a newsletter's items there are on its subject)
OTHER_STORIES = re.compile(r"(?:other\s+(?:results|news|stories|headlines|elections|by-elections|declarations)|"
                           r"in other news|(?:more\s+|related\s+)?stories)", re.I)
# "Read more: Sumy border villages count the cost of a winter of glide bombs": a headline, no sentence
TEASER_LINK = re.compile(r"^(?:read more|read also|also read|see also|more on this)\s*:\s*\S[^.!?]{0,150}$", re.I)
TEASER = re.compile(r"\[[A-Z][A-Z .'-]+\]\s*$")
# Another article's headline on the label's own line: "Read more: Who are the Russians fighting for Ukraine?"
INLINE_TEASER = re.compile(r"^(?:read more|read also|also read|see also|read next|related)\s*:\s*\S", re.I)
# A broadcaster's labels over its media: "Media caption, Watch: police release CCTV ...",
# "Image source, Severn Vale Police", "Video duration 0:48"
MEDIA_LABEL = re.compile(r"^\W*(?:(?:media|image|video|photo|picture|audio)\s+(?:caption|source|credit)\s*[,:]|"
                         r"(?:video|audio|clip)\s+duration\b)", re.I)
# "… the Siberian BattalionThe Meridian · 3w ago": a recommended story, its source and age glued on
AGED_LINK = re.compile(r"[·•|]\s*\d{1,3}\s*(?:s|m|min|mins|h|hr|hrs|d|w|mo|y|seconds?|minutes?|hours?|days?|weeks?|"
                       r"months?|years?)\s+ago\W*$", re.I)
BULLET = re.compile(r"^\s*(?:[-•*·▪>]|\d{1,2}[.)])\s+")
# "**Read also:**", "## Related" -> the words; the tail is tried only where a run starts (else quadratic on spaces)
MARKDOWN = re.compile(r"^[#>*_\s]+|(?<![*_:\s])[*_:\s]+$")
LINK_ITEM = re.compile(r"^\s*(?:[-*•>]|\d{1,2}[.)])?\s*\[[^\]]+\]\([^)]*\)\s*$")  # "- [Headline](/news/x)"
MD_LINK = re.compile(r"\[[^\[\]]{0,300}\]\([^()]{0,2000}\)")  # bounded: a run of "[" is no link
BREADCRUMB = re.compile(r"\w\s+[>›»]\s+\w")
IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")  # a Markdown image; its alt text is no reporting
ITALIC_LINE = re.compile(r"^\s*([*_])[^*_].*\1\s*$")  # "*A former prisoner at a base ...*" under an image
# "... near the border. (Photo: RVC Telegram channel)", "... region. Photo: Baltic Dispatch"
CREDIT_IN = re.compile(r"(?:[(\[]|(?<=[.!?])\s+|^)(?:photo|photograph|picture|image|credit|foto)s?\s*:\s*\S",
                       re.I)  # ("[Photo: The ferry lies aground ... Coast Guard/Handout via MPA]")
PROMO_WORDS = re.compile(
    r"advert|subscribe|newsletter|journalism|sign up|download (our|the) app|page loading", re.I)
# "**Sign up to The Northern Brief** Our foreign desk's best reporting, in your inbox ..."
NEWSLETTER = re.compile(r"^\W*(?:sign up|subscribe|get (?:our|the) \w+ newsletter)\b|\bin your inbox\b|"
                        r"\be-?mail(?: address)?\s+(?:sign up|subscribe)\W*$", re.I)
# An event's ground rule, not its matter: "Questions were taken under the Chatham House Rule, ...".
EVENT_RULE = re.compile(r"\bunder the Chatham House Rule\b|\bChatham House Rule applies\b", re.I)
SOURCE_CREDIT = meta.SOURCE_CREDIT
# A machine-translation notice: "This article was translated automatically from Spanish.", "... translated
# from Czech language by automatic translation and checked by our editors."
TRANSLATION_NOTICE = re.compile(r"\b(?:translated automatically|automatically translated|machine[- ]translated|"
                                r"(?:machine|automatic|automated) translation|traducido automáticamente)\b", re.I)
COOKIES = re.compile(r"\bcookies?\b", re.I)
# A paywall's counter or wall: "You have 2 free articles left this month. Subscribe from £1 a week".
PAYWALL = re.compile(r"\byou have (?:\d+|one|two|three|four|five|no) (?:more )?free (?:articles?|stories|reads)\b|"
                     r"\byou have read (?:\d+|one|two|three) of your (?:\d+|two|three|four|five) free\b|"
                     r"\bfree (?:articles?|stories|reads) (?:left|remaining)\b|"
                     r"\b(?:subscribe|log in|sign in) to (?:continue|keep) reading\b|\balready a subscriber\?|"
                     r"\bthis (?:article|story) is (?:only )?(?:for|available to|exclusive to) (?:paying )?"
                     r"(?:subscribers|members)\b", re.I)
# A site's appeal for money, addressed to the reader: "Eurasia Monitor is independent and free to read.
# Support our work from EUR 5 a month.", "Donate today", "Become a supporter". (At a sentence's start: a
# quote's "“Support our work,” she said" is no appeal of the page.)
DONATION = re.compile(r"(?:^[*_>#\s]*|[.!?]\s+)(?:please\s+)?(?:support (?:us|our|independent|(?:the )?\w+ "
                      r"(?:journalism|reporting))\b|donate\b|(?:become|be) an? (?:member|supporter|friend|patron)\b|"
                      r"make a (?:one-off |monthly |regular )?(?:donation|contribution)\b|chip in\b)", re.I)
# A row of share buttons: "Share Facebook X WhatsApp Email Print 💬 38".
SHARE_WORDS = {"share", "facebook", "x", "twitter", "whatsapp", "email", "e-mail", "mail", "print", "linkedin",
               "telegram", "reddit", "pinterest", "messenger", "copy", "link", "viber", "bluesky", "threads",
               "flipboard", "comment", "comments", "save", "tweet", "sms"}
SHARE_NETWORKS = {"facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "bluesky", "viber"}
# A transcript's notice about itself: "This transcript was generated automatically ... may contain
# errors", "Transcript ends."; and a line that is only a timecode and what was heard ("[00:05:29] [CROSSTALK]").
TRANSCRIPT_NOTICE = re.compile(r"\btranscripts? (?:was|is|has been|were|are) (?:\w+ )?(?:generated|produced|created|"
                               r"made|transcribed)\b|\bcheck (?:it )?against the (?:audio|video|recording)\b|"
                               r"^\W*(?:end of )?transcript(?: ends)?\W*$|"
                               r"\buncorrected (?:transcript|evidence|record)\b|\bopportunity to correct the record\b|"
                               r"\bnot an? (?:official|authoritative) record\b|\brush transcript\b|"
                               r"\bmay not be in its final form\b", re.I)
CUE_LINE = re.compile(r"^\W*(?:\d{1,2}:)?\d{1,2}:\d{2}\W*(?:\[[A-Za-z ]{2,30}\]\W*)*$|^\W*(?:\[[A-Za-z ]{2,30}\]\W*)+$"
                      r"|^\W*\[(?:inaudible|crosstalk|unintelligible|indistinct|interruption|technical|audio|video|"
                      r"laughter|applause|pause|break)\b[^\[\]]{0,60}\]\W*$", re.I)  # "[Inaudible — link interrupted]"
# A record's stage direction, set apart in italics or brackets: "*The hearing opened at 10.03.*",
# "(Sitting suspended from 11.12 to 11.27.)". A court report's "The court adjourned ..." is no such line.
PROCEDURE_LINE = re.compile(r"^[*_(\[]+\s*(?:the )?(?:hearing|sitting|meeting|session|committee|house|proceedings|"
                            r"debate)\b[^.]{0,40}?\b(?:opened|closed|suspended|resumed|adjourned|began|ended|rose)\b",
                            re.I)
# A mailed newsletter's own lines: "View it in your browser", "Forwarded this email?", unfilled merge
# tags ("Hi {{first_name}},"), "Unsubscribe from this list".
MAIL_LINE = re.compile(r"having trouble (?:reading|viewing) this|"
                       r"view (?:it|this (?:e-?mail|newsletter)) in your browser|"
                       r"forwarded this (?:e-?mail|newsletter)|you are receiving this\b|\bunsubscribe\b|"
                       r"update your (?:e-?mail )?preferences|manage (?:your )?subscription|\{\{\s*[\w.]+\s*\}\}", re.I)
MAIL_HINT = re.compile(r"(?i:browser|forwarded|receiving|unsubscribe|preferences|subscription|trouble)|\{\{")
# Contact details: an address or a phone number with what it is for ("Media enquiries: press@oqs.example").
CONTACT_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
CONTACT_PHONE = re.compile(r"(?<![\w.,])\+?\d{2,4}(?:[ -]\d{2,4}){2,4}(?![\w.,])")
CONTACT_WORDS = re.compile(r"\b(?:write to|e-?mail|contact|enquir|inquir|tips?\b|newsdesk|press office|call us|"
                           r"phone|tel\b|out of hours)", re.I)
# A wire's advisory and end markers: "(Corrects paragraph 7 to show ...)", "-- MORE TO FOLLOW --", "ENDS".
WIRE_NOTE = re.compile(r"^\(\s*(?:corrects|adds|updates|recasts|refiles|removes|fixes|clarifies|changes)\b[^()]*\)$|"
                       r"^\W*(?:more to follow|more|ends|end|end of story)\W*$", re.I)
RULE = re.compile(r"^(?:[-=_*~]\s*){3,}$")
# A line of links with a few words between ("Last modified: ... · [Accessibility](#) · [Privacy](#)").
LINK_SEPARATORS = re.compile(r"[·|/›»>•]")
# A blog's summary at the top: "TL;DR: the sample contains ...". The body says it in full.
TLDR = re.compile(r"^\W*(?:tl;?dr|tl-dr)\b", re.I)
# A footnote of the list at the end: "[2] Northmere University, ...", "[^2]: ...".
FOOTNOTE = re.compile(r"^\s*\[\^?(\d{1,3})\]:?\s+\S")
FOOTNOTE_REF = re.compile(r"(?<=\S)\s?\[\^?(\d{1,3})\]")  # "the stolen data [2]": a marker after a word
# A setext heading's underline ("=====", "-----") and a section break ("* * *", "***", "~~~").
UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")
SEPARATOR_LINE = re.compile(r"^[^\w\s](?:\s*[^\w\s]){2,}$")
# A photo gallery's caption: "[1/2] A volunteer sweeps a field ... Purchase Licensing Rights".
GALLERY = re.compile(r"^\W*\[\d{1,2}/\d{1,2}\]\s|\bpurchase licensing rights\b", re.I)
# A pasted table's cells: split on "|" or on a run of spaces that no full stop ends (text typed with
# two spaces after a full stop is not a table).
CELL_GAP = re.compile(r"\s*\|\s*|(?<![.!?:;])\s{2,}")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")  # "|---|---|"
SITE_BLURB = re.compile(
    r"breaking news|latest news|news online|news 24/7|all rights reserved|©|cookie|"
    r"partners store (?:and(?:/or)? )?access information|"  # the consent banner's standard words
    # the site about itself: "Rada Monitor is an independent, non-partisan project."
    r"\bis an? (?:independent|non-?partisan|non-?profit|not-for-profit|reader-funded)\b[^.]{0,40}"
    r"\b(?:project|newsroom|publication|website|platform)\b|"
    r"(audio|article|summary) (is|was) (created|generated|produced) (with|by|using) ai|listen to this article", re.I)
COPYRIGHT_LINE = re.compile(r"^\W{0,3}(?:copyright\b|©|\(c\)\s)", re.I)
# "Reporting by Jane Doe for the Baltic Dispatch", "Additional reporting by ...; Editing by ..."
REPORTING_CREDIT = re.compile(r"^\W*(?:(?:additional )?reporting|editing|written|reported) by\s+[A-Z]", re.I)
# "Jane Doe reported from Kharkiv region.", "— Courier reporter Jesse Amundsen contributed to this report."
REPORTED_FROM = re.compile(r"^\W*(?:[A-Z][\w.'’-]+\s+){1,5}reported from\s+[A-Z]|"
                           r"\bcontributed (?:reporting )?to this (?:report|story|article)\b")
# A site's own lines, not the story's: "Our Standards: The Trust Principles.", "Comments are moderated.",
# "Comments are not enabled on circulars. To discuss this circular ... use the Technical Forum",
# "Older post: ...", "[VIDEO] Officials give an update (2:41)", "Video transcript (auto-generated): ...",
# "Tags: ...".
SITE_LINE = re.compile(r"^\W*(?:our standards\b|comments (?:are|have been) (?:moderated|closed|not enabled|"
                       r"disabled|turned off)\b|"
                       r"(?:older|newer|previous|next) post\s*:|\[(?:video|audio|watch|listen|gallery|photos?)\]|"
                       r"(?:video|audio) transcript\s*\(auto|.{0,40}\byou must (?:log|sign) in\b|"
                       r"is this page useful\b|was this (?:document|page|article) (?:helpful|useful)\b|"
                       # "Tags: Vetluga Artel · Sharya · terrorism cases": the page's index, no sentence
                       r"(?:tags|tagged|topics|filed under|more on|related topics)\s*:\s*[^.!?]*$)",
                       re.I)
# The head of a comments section: "Comments (38)", "214 comments", a podcast's "Listener comments (14)".
# What readers post under it is theirs.
COMMENTS = re.compile(r"^\W*(?:(?:(?:reader|listener|viewer|user)s?['’]? )?comments|\d+ comments?|"
                      r"(?:top |all )?replies|\d+ replies)\s*(?:\(\d+\))?\W*$", re.I)
MD_HEADING = re.compile(r"^#{2,6}\s+\S")  # "## Q&A: ..." (a "# " heading is the headline)
EDITOR_NOTE = re.compile(r"^\W*editor['’]?s['’]? note\b", re.I)
# The page's note on its own names: "*Some names have been withheld or shortened for the safety of ...*".
NAMES_NOTE = re.compile(r"^\W*(?:some |all |the |several )?(?:(?:first |sur)?names?|identities)(?: of [\w ]{1,40}?)? "
                        r"(?:have|has|had) been (?:changed|withheld|shortened|altered|abbreviated)\b", re.I)
BYLINE = re.compile(r"^[*_]*(by|written by|reporting by|words by|text by|story by|author:|authors:|words:|por|par|"
                    r"von)\s+"
                    r"[A-Z][\w.'’-]+(\s+(and\s+)?[A-Z][\w.'’-]+){0,4}[*_]*\s*$", re.I)
# "(AP Photo/Rich Pedroncelli)", "(Photo: Jane Doe/Farm Weekly)", "(Getty Images)"
PHOTO_CREDIT = re.compile(
    r"\((?:[\w .'-]{0,30}\b)?(?:photo|photograph|image|picture|getty|reuters|afp|ap)\b[^()]{0,80}\)",
                          re.I)
BIO_FIRST_PERSON = re.compile(
    r"^I am [A-Z][\w.-]+.*\b(journalist|reporter|editor|writer|author|correspondent)\b")
BIO_THIRD_PERSON = re.compile(
    r"^[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3} is an? ([\w-]+ ){0,4}"
    r"(journalist|reporter|correspondent|editor|writer)\b")
CAPTION_CREDIT = re.compile(r"\s\|\s+[^|]*(/|getty|reuters|\bap\b|afp|photo|images)", re.I)
CAPTION_POSITION = re.compile(r"\((left|right|center|centre|pictured|above|below|top|bottom)\)", re.I)
CAPTION_PREFIX = re.compile(r"^(photo|image|picture|file photo|pictured|foto)\s*:", re.I)  # (Foto: many languages)
TERMINAL = re.compile(r"[.!?:;…\"”»’)][¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*$")  # "... in 1987.¹": a note marker after the stop
BYLINE_ALONE = re.compile(r"^[*_]*(?:(?:written|words|reporting|text|story) )?by[*_]*$"
                          r"|^[*_]*(?:authors?|words):?[*_]*$", re.I)
NAME_LINE = re.compile(r"^([A-Z][\w.'-]+)( [A-Z][\w.'-]+){0,3}$")
WORD = re.compile(r"[\w’'-]+")
# Text written to steer a model that reads the page, not to inform a reader.
INJECTION = re.compile(
    r"\b(ignore|disregard|forget) (all |any )?(the |your )?(previous|prior|above|earlier) (instructions|prompts?)\b|"
    r"\bsystem prompt\b|\byou are (now )?(an? )?(ai|assistant|language model|chatbot)\b", re.I)
# A mail's or a wire's header fields: "Subject: ...", "SLUG: EDUCATION-EXAMS/LEAK", "FILED: 2025-11-06T18:42Z".
HEADER_FIELD = re.compile(r"^\W{0,2}(?:from|to|cc|bcc|subject|date|sent|reply-to|return-path|message-id|priority|slug|"
                          r"filed|distribution|keywords|embargo|urgency|category|words:\s*\d)\s*:", re.I)
SUBJECT = re.compile(r"^\W{0,2}subject\s*:\s*(?:(?:re|fwd?)\s*:\s*)*(?:#\d+\s*[—–:|-]\s*)?(?P<title>\S.*)$", re.I)
# A wire's status before its headline: "CORRECTED-UPDATE 2-Exam board orders ...", "REFILE-...".
WIRE_PREFIX = re.compile(r"^(?:(?:CORRECTED|REFILE|RPT|URGENT|FLASH|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|UPDATE \d+|"
                         r"WRAPUP(?: \d+)?)-)+(?=\S)")
# A PDF's table of contents ("3 Risks ......... 7"), its "Contents" heading, a figure's or a box's caption
# ("Figure 1. Applications by unit", "Box 1 | What is the HUR?") and a numbered section heading ("2 Four units").
TOC_LINE = re.compile(r"(?<!\.)(?<!\.\s)(?:\.\s?){4,}\s*\d{1,4}\s*$")  # one try per run of dots: linear
CONTENTS = re.compile(r"^\W*(?:table of contents|contents|in this (?:issue|paper|report|edition))\W*$", re.I)
CAPTION = re.compile(r"^\W{0,2}(?:figure|fig\.|chart|graph|table|map|exhibit|box|panel)\s+\d{1,2}[a-z]?"
                     r"\s*[.:|–—-]\s*\S", re.I)
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d_])")
CHART_NOTE = re.compile(r"^(?:\*|†|note|notes|source|sources)\b|^\*", re.I)
CELL_WORDS = 8  # a table's cell on a line of its own; a hard-wrapped line of prose holds more
SENTENCE_END = re.compile(r"[.!?:;…][\"”’)\]]*[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*$")
RUNNING = 3  # a short line printed this often is a page's running header or footer
# A forum post's header: the poster's handle and what the forum says of them ("**calc_or_cry** ·
# Member · Joined Sep 2025 · Posts: 12"), then its stamp ("6 Nov 2025, 13:02 · #1", "2 hours ago · #88").
POST_HEADER = re.compile(r"^(?:\*\*|__)?(?P<handle>[\w.-]{2,32})(?:\*\*|__)?\s*[·|•]\s*(?P<rest>.{0,200})$")
POSTER = re.compile(r"\b(?:member|moderator|mod|admin(?:istrator)?|posts?\s*:?\s*[\d,]+|joined\b|reputation|karma|"
                    r"verified|guest|newbie|regular|veteran|teacher|parent|student)\b", re.I)
POST_STAMP = re.compile(r"^(?:\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
                        r"yesterday|today|just now|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
                        r"\s+ago)"
                        r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2})?\s*(?:[·|•]\s*)?(?:#\d+)?(?:\s*[·|•].{0,30})?$", re.I)
POST_ACTIONS = re.compile(r"^\W*(?:\d[\d,]*)?(?:\s*[·|•]?\s*(?:reply|quote|like|likes|share|report|permalink|upvote|"
                          r"downvote|thanks)\b){2,}\W*$", re.I)  # "👍 41 · Reply · Quote"
QUOTED_POST = re.compile(r"^>\s*(?:\*\*|__)?[\w.-]{2,32}\s+(?:said|wrote)\s*:?\s*(?:\*\*|__)?\s*$", re.I)
MODERATION = re.compile(r"\[(?:post|comment|reply|message)\b[^\]]{0,80}\b(?:removed|deleted|hidden)\b", re.I)
THREAD_STATS = re.compile(r"(?<![\d,])\d[\d,]*\s+(?:replies|views)\b", re.I)
PAGINATION = re.compile(r"^\W*page \d+ of \d+\b", re.I)
POST_SPAN = 12  # lines one citation may cover (verify.MAX_SPAN): a longer post's later paragraphs stay its own
STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with", "by",
        "from", "is", "are", "was", "were", "it", "its", "this", "that", "his", "her"}


@dataclass(frozen=True)
class Furniture:
    """What `scan` found: reasons per line number (1-based) and the title."""

    skipped: dict[int, str]
    title: str | None
    # Lines a citation may run across though no sentence holds their words: a page's footer and
    # header between the two halves of a sentence a page break cut, a forum post's header above its text.
    bridges: frozenset[int] = frozenset()


def _norm(s: str) -> str:
    return " ".join(WORD.findall(s.casefold().replace("’", "'")))


def _words(s: str) -> list[str]:
    return WORD.findall(s)


TIMESTAMP = re.compile(r"^(?![^\d]{0,3}[£$€¥₴₽])\W{0,3}\d{1,2}[:.]\d{2}"  # (not a price: "£2.40.")
                       r"(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|"
                       r"PST|PDT|MSK|local time))?\W{0,3}$", re.I)


def _heading_on_top(stripped: list[str], skipped: dict[int, str], i: int, number: int = 0) -> bool:
    """A short capitalised line with no full stop, after a break, right above a paragraph's first
    line: a subheading or an entry's headline the page set on its own line ("The raid of March").
    `number`: where the words start after a section number ("3 Joining: routes and checks")."""
    s = stripped[i][number:]
    nxt = stripped[i + 1] if i + 1 < len(stripped) else ""
    least = 1 if number or re.match(r"\d{1,2}[.)]?\s+[A-Z]", nxt) else 2  # "Notes" over "1 The council ..."
    if not s[:1].isupper() or TERMINAL.search(s) or not least <= len(_words(s)) <= 10 or i + 1 >= len(stripped):
        return False
    # after a blank, a skipped line (skipped is 1-based: line i is the one before) or a sentence's end
    # or a quote's credit line ("— Gleb Arsentyev, Yamshchik"), which ends its paragraph without one
    top = i == 0 or not stripped[i - 1] or i in skipped or bool(TERMINAL.search(stripped[i - 1])) \
        or bool(kinds.CREDIT_LINE.match(stripped[i - 1]))
    return top and len(nxt) > 2 * len(stripped[i]) and len(nxt) > 60 and bool(
        re.match(r"[\"“‘(]?(?:\d{1,2}[.)]?\s+)?[A-Z]", nxt))


def _standalone(lines: list[str], i: int) -> bool:
    """True when line i (0-based) is a paragraph of its own (blank or edge around it)."""
    before = i == 0 or not lines[i - 1].strip()
    after = i == len(lines) - 1 or not lines[i + 1].strip()
    return before and after


H1 = re.compile(r"^#\s+\S")  # a Markdown page's headline
# A site's ticker above the story: "BREAKING: ...", "JUST IN | ...".
TICKER = re.compile(r"^\W*(?:breaking(?: news)?|just in|developing(?: story)?|news alert|alert)\s*[:|–—-]\s*", re.I)
# A masthead's slogan on the line under it: "Independent student journalism since 1962".
TAGLINE = re.compile(r"\b(?:since|est\.?|established|founded)\s*(?:in\s*)?1[6-9]\d\d\b|\bnews leader\b|"
                     r"\byour (?:region|city|town|county|community|local)\b|\bjournalism\b|"
                     r"\b(?:reporting|news) from\b|\benglish edition\b|"
                     r"^(?:the|your) (?:magazine|newspaper|paper|journal|website|voice|home) (?:for|of)\b", re.I)
# A tagline that says what the line over it is: "The magazine of All Saints', Burbage", "Est. 1871".
OWN_TAGLINE = re.compile(r"^(?:the|your) (?:magazine|newspaper|paper|journal|newsletter|website) (?:for|of)\b|"
                         r"\b(?:since|est\.?|established|founded)\s*(?:in\s*)?1[6-9]\d\d\b", re.I)
# A print story's jump: "Continued from A1", "Continued on Page 4", under its catchword ("ARTEL").
JUMP_LINE = re.compile(r"^\W*(?:Continued|Cont['’]d|Story continues) (?:from|on) (?:page |p\. ?)?[A-Z]?\d{1,3}\W*$",
                       re.I)
JUMP_HEAD = re.compile(r"^[A-Z][A-Z’'-]{2,}(?: [A-Z][A-Z’'-]{2,}){0,2}$")
NOT_TITLE = re.compile(r"^(?:published|posted|updated|by)\b|^skip to|\s\|\s|\]\(|\s>\s|\S {2,}\S|"
                       r"^\W*(?:home|menu|search|sign in|log in)\b|"
                       r"\d\s*°\s*[CF]\b", re.I)  # the weather box: "Hallbrook, 38°F Partly cloudy"
SENTENCE_END = re.compile(r"[.!?…:;][\"”»’)]?\s*$")  # a headline may end on a closing quote, a sentence not


def _menu(s: str) -> bool:
    """A menu: three or more short items between separators ("News | Sport | What's On", "Local news  Politics")."""
    if len(s) > 200 or not any(c in s for c in ("|", "·", "•", "  ", " - ", " – ", " — ")):
        return False  # a menu is one short line of items between separators
    parts = meta.SEPARATOR.split(s.strip())
    return len(parts) >= 3 and all(1 <= len(_words(p)) <= 3 and not re.search(r"\d|[.!?:;,]$", p) for p in parts)


def _kind_title(stripped: list[str]) -> int | None:
    """A chat export's channel name on its first line; a record's own title in its title block
    ("MINUTES of the meeting of the Planning Committee held on ..."), not the site's header above it."""
    if kinds.channel_name(stripped):
        return 0
    if kinds.wiki(stripped):
        return kinds.wiki_title(stripped)
    return next((i for i, s in enumerate(stripped[:20]) if kinds.RECORD_TITLE.match(s) and len(_words(s)) <= 40), None)


def _find_masthead(stripped: list[str], skipped: dict[int, str]) -> int | None:
    """The masthead line near the top that names the outlet (meta.masthead). It is set off by
    a separator ("MEREFORD GAZETTE | Est. 1871") or has the headline still to come before the
    prose starts: a short headline that names a newsroom ("Herald Square Reopens") is the headline."""
    top = []
    for i, s in enumerate(stripped):
        if s:
            if len(top) == 10 or (len(_words(s)) > 12 and TERMINAL.search(s) and (i + 1) not in skipped):
                break
            top.append(i)
    for k, i in enumerate(top):
        s = stripped[i]
        # A short "# " heading over a longer one is the site's name set as a heading ("# THE BOTHY"
        # ... "# Scotland's papers: ..."), whatever lies between
        if H1.match(s) and len(_words(s)) <= 4 and meta.masthead(s, logo=True) \
                and any(H1.match(stripped[j]) and len(_words(stripped[j])) > 4 for j in top[k + 1:]):
            return i
        # The page's first line over a tagline ("COURT WATCH UKRAINE" / "Independent reporting from
        # ...") is the site's name whatever its words; so marked, a heading too.
        tagged = k == 0 and len(top) > 1 and bool(TAGLINE.search(stripped[top[1]]))
        # ... and so is a short first line over the site's menu ("Courts and Tribunals Judiciary" /
        # "About the judiciary   Judgments ..."): a record's site, not its headline
        tagged = tagged or k == 0 and len(top) > 1 and (i + 1) not in skipped \
            and skipped.get(top[1] + 1) == "site navigation" \
            and len(_words(meta.SEPARATOR.split(s, maxsplit=1)[0])) <= 5
        # ... and so is a name over "The magazine of ..." under the site's menu ("BURBAGE BELLS"),
        tagged = tagged or k + 1 < len(top) and top[k + 1] == i + 1 and bool(OWN_TAGLINE.search(stripped[i + 1]))
        # and an organisation's name over its page ("Wiltshire Council" / "Planning - Public Access")
        # (under nothing but the site's menu: "Skip to main content")
        tagged = tagged or all(skipped.get(j + 1) == "site navigation" for j in top[:k]) \
            and len(_words(s)) <= 5 and all(w[:1].isupper() for w in s.split()) \
            and any(w.lower() in meta.INSTITUTION for w in _words(s))
        if skipped.get(i + 1, "site navigation") not in ("site navigation", "heading" if k == 0 else "") or \
                not meta.masthead(s, logo=tagged):
            continue
        set_off = len(meta.SEPARATOR.split(s, maxsplit=1)) > 1 or meta.TAIL.search(s)
        if set_off or any(len(_words(stripped[j])) >= 4 and (j + 1) not in skipped for j in top[k + 1:]):
            return i
    return None


def _find_title(lines: list[str], skipped: dict[int, str]) -> int | None:
    """The headline: a Markdown "# " heading near the top, else the first short line that reads
    as one. A ticker ("BREAKING: Fair opens despite boil order") is the headline only when no
    other line is: the site runs it above every story."""
    for i, raw in enumerate(lines[:40]):
        if H1.match(raw) and (i + 1) not in skipped:
            return _episode(lines, i)
    for i, raw in enumerate(lines[:40]):  # no "# ": a "## " heading above the prose (a forum thread's title)
        s = raw.strip()
        if MD_HEADING.match(s) and s.startswith("## ") and skipped.get(i + 1) == "heading":
            return i
        if s and (i + 1) not in skipped and len(_words(s)) > 12 and TERMINAL.search(s):
            break
    seen = 0
    ticker = None
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s or (i + 1) in skipped:
            continue
        words = _words(s)
        if len(words) <= 3:
            continue  # "Home", "News", "Baltic Dispatch": a menu or the site's name, not the headline
        seen += 1
        if seen > 6:
            break
        if not len(words) <= 30 or NOT_TITLE.search(s) or _norm(s) in NAV_PHRASES or meta.DATELINE.match(s) \
                or s[:1].islower() and (i == 0 or not lines[i - 1].strip() or i in skipped) \
                or CAPS_LABEL.match(s) and not TICKER.match(s) and not s.isupper():  # (a turn's words are not capitals)
            continue
        if TICKER.match(s):
            ticker = i if ticker is None else ticker
            continue
        long_words = [w for w in words if len(w) > 3]
        title_case = long_words and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6
        if title_case or not SENTENCE_END.search(s):
            return i
        if len(words) > 12:
            break  # prose before any headline: the scrape has no title line
    return ticker


def _episode(lines: list[str], h1: int) -> int:
    """A "# " heading that the site's menu links to names a show or a series; the "## " heading
    under it is the page's own title ("# The Humber Briefing" / "## Ep. 118 — Hook Marsh ...")."""
    name = re.sub(r"^#+\s*", "", lines[h1].strip())
    nxt = next((j for j in range(h1 + 1, min(len(lines), h1 + 4)) if lines[j].strip()), None)
    linked = any(f"[{name}](" in lines[j] for j in range(h1))
    return nxt if linked and nxt is not None and lines[nxt].strip().startswith("## ") else h1


def _headline_lines(stripped: list[str], skipped: dict[int, str], i: int) -> tuple[int, int]:
    """The lines a headline wrapped over: a line that opens in lower case goes on the one above
    ("Freight train ... derails in East Yorkshire village;" / "hundreds evacuated after ...")."""
    first, last = i, i
    while first > 0 and stripped[first][:1].islower() and stripped[first - 1] and first not in skipped \
            and not STOPPED.search(stripped[first - 1]):
        first -= 1
    # ... and a line after one that ends on ";" goes on it too ("...; Team-mates Fear for World
    # Relay Bronze;" / "Supplement Maker Under Pressure")
    while last + 1 < len(stripped) and (stripped[last + 1][:1].islower() or stripped[last].endswith(";")
                                        or HANGING.search(stripped[last])) \
            and (last + 2) not in skipped \
            and (not TERMINAL.search(stripped[last]) or stripped[last].endswith(";")) \
            and stripped[last + 1] and len(_words(stripped[last + 1])) <= 12:
        last += 1
    # ... and a capitals headline broken at the page's width ("THE DUBROVIN CASE: ... HIS MOTHER" /
    # "IN DETENTION"): a short capitals line right under a long one goes on it, whatever it was taken for
    if last == i and last + 1 < len(stripped) and stripped[last].isupper() and len(stripped[last]) >= 50 \
            and not TERMINAL.search(stripped[last]) and stripped[last + 1].isupper() \
            and 1 <= len(_words(stripped[last + 1])) <= 6 and not meta.SEPARATOR.search(stripped[last + 1]):
        last += 1
    return first, last


# A headline line that stops on a word no headline ends with: "... Faces Questions Over" / "Three-Week Delay".
HANGING = re.compile(r"\s(?i:of|over|for|in|into|to|and|or|the|a|an|with|after|on|at|by|from|as|but)$")
CAPS_LABEL = re.compile(rf"^{kinds.CAPS_NAME}(?:,\s+{kinds.ROLE_CAPS})?:\s")  # "DESAI: ...": a turn, no headline
STOPPED = re.compile(r"[.!?…][\"”’)]?\s*$")  # a full stop ends a line; a headline's ";" or "," does not


def _share_row(s: str) -> bool:
    """A row of share buttons, whatever sits between them: "Share Facebook X WhatsApp Email Print 💬 38"."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", s.lower())
    return len(words) >= 3 and all(w in SHARE_WORDS for w in words) and any(w in SHARE_NETWORKS for w in words)


PRINT_PAGE = re.compile(r"[A-Z]\d{1,3}|(?:[Pp]age|p\.)\s*\d{1,3}")


def _field_row(s: str) -> bool:
    """A record's header of short fields (kinds.record_fields): no sentence is written so, and
    glued to the next line it would open that line's sentence."""
    fields = kinds.record_fields(s)
    # (a print page's running head, "A15 | THE PRAIRIE STANDARD | ...", is the page rules')
    return fields is not None and not any(PRINT_PAGE.fullmatch(f) for f in fields)


def _glued_menu(s: str) -> bool:
    """A menu whose items the scrape glued together: "HomeNewsHook Marsh derailmentCouncilSportJobs"."""
    return len(re.findall(r"[a-z][A-Z]", s)) >= 3 and not TERMINAL.search(s) and len(_words(s)) <= 15


def _content(s: str) -> set[str]:
    return {w for w in (_norm(s)).split() if w not in STOP and len(w) > 2}


def scan(lines: list[str]) -> Furniture:
    """Mark the non-citable lines of one article. `lines` are the file's lines."""
    skipped: dict[int, str] = {}
    n = len(lines)
    stripped = [ln.strip() for ln in lines]
    normed = [_norm(s) for s in stripped]

    in_footer = False
    in_promo = False
    other = None  # under an "Other results" heading: None, "heading" (blanks may follow), "items"
    for i, s in enumerate(stripped):
        no = i + 1
        key = normed[i]
        if other == "items" and not s:
            other = None
        elif other is not None and s:
            skipped[no] = "other stories"
            other = "items"
            continue
        elif OTHER_STORIES.fullmatch(MARKDOWN.sub("", s).rstrip(":")):
            skipped[no] = "other stories"
            other = "heading"
            continue
        if not s:
            # "Most read" / blank / "1. Headline": the list may start after a blank line
            in_promo = in_promo and i > 0 and skipped.get(i) == "advertising or teaser block" and \
                PROMO_START.match(MARKDOWN.sub("", stripped[i - 1])) is not None
            continue
        if in_footer:
            skipped[no] = "page footer after a related-links marker"
            continue
        if key in FOOTER_MARKERS:
            skipped[no] = "site navigation"
            in_footer = True
            continue
        if in_promo:
            # a list under "Related" / "Most read": bullets, links, short or unpunctuated headlines
            if TEASER.search(s) or BULLET.match(s) or LINK_ITEM.match(s) or len(_words(s)) < 8 or (
                    len(_words(s)) <= 16 and not TERMINAL.search(s)):
                skipped[no] = "advertising or teaser block"
                continue
            in_promo = False
        bare = MARKDOWN.sub("", s)
        if INJECTION.search(s):
            skipped[no] = "instruction aimed at a language model (prompt injection)"
        elif CUE_LINE.match(s) and "[" in s:
            skipped[no] = "transcript cue"
        elif ("ranscript" in s or "TRANSCRIPT" in s or "record" in s or "against the" in s) \
                and TRANSCRIPT_NOTICE.search(s) and len(_words(s)) <= 40:
            skipped[no] = "transcript notice"
        elif skipped.get(no - 1) == "transcript notice" and not TERMINAL.search(stripped[i - 1]) \
                and len(_words(s)) <= 12:
            skipped[no] = "transcript notice"  # its wrapped end: "...MAY BE" / "UPDATED."
        elif PROCEDURE_LINE.match(s) and len(_words(s)) <= 25:
            skipped[no] = "procedure"
        elif HEADER_FIELD.match(s) and len(_words(s)) <= 30:
            skipped[no] = "mail or wire header"
        elif SITE_LINE.match(s) and len(_words(s)) <= 40:
            skipped[no] = "site blurb"
        elif MAIL_HINT.search(s) and MAIL_LINE.search(s) and len(_words(s)) <= 40:
            skipped[no] = "mail furniture"
        elif len(s) <= 300 and (CONTACT_ADDRESS.search(s) or CONTACT_PHONE.search(s)) and len(_words(s)) <= 30 and (
                CONTACT_WORDS.search(s) or s.startswith("((")) and not COPYRIGHT_LINE.match(s):
            skipped[no] = "contact details"
        elif WIRE_NOTE.match(s):
            skipped[no] = "wire advisory"
        elif JUMP_LINE.match(s):
            skipped[no] = "jump line"  # "Continued from A1": the print page's jump, no words of the story
            if i and JUMP_HEAD.match(stripped[i - 1]):
                skipped[no - 1] = "jump line"  # and the catchword over it ("ARTEL")
        elif LINK_ITEM.match(s):
            skipped[no] = "link to another article"
        elif not MD_LINK.sub("", s).strip(" >›»/|·-") or (BREADCRUMB.search(s) and len(_words(s)) <= 8) or (
                len(MD_LINK.findall(s)) >= 2 and LINK_SEPARATORS.search(rest := MD_LINK.sub("", s))
                and len(re.findall(r"[^\W\d_]+", rest)) <= 4 and not COPYRIGHT_LINE.match(s)):
            skipped[no] = "site navigation"  # "[News](/news) > [Ukraine](/ukraine)", "Home > Arable > Water"
        elif IMAGE.match(s):
            skipped[no] = "photo caption"
        elif MEDIA_LABEL.match(s):
            skipped[no] = "photo caption"
        elif AGED_LINK.search(s) or TEASER_LINK.match(bare):
            skipped[no] = "link to another article"
        elif i and normed[i - 1] in AD_WORDS and len(_words(bare)) <= 30 and _sells(bare):
            skipped[no] = "advertising or teaser block"  # "Advertisement" over "... Book a stall today."
        elif AD_LABEL.match(bare) and len(_words(bare)) <= 30:
            skipped[no] = "advertising or teaser block"
        elif INLINE_TEASER.match(bare):
            skipped[no] = "link to another article"  # "Read more: Sumy border villages count the cost of ..."
        elif PROMO_START.match(bare) and len(_words(bare)) <= 4:
            skipped[no] = "advertising or teaser block"
            in_promo = True
            ruled = next((t for t in reversed(stripped[:i]) if t), "")
            close = next((j for j in range(i + 1, min(n, i + 12)) if RULE.match(stripped[j])), None)
            if RULE.match(ruled) and close is not None:  # an advert boxed between rules: all of it
                for j in range(i + 1, close):
                    if stripped[j]:
                        skipped[j + 1] = "advertising or teaser block"
        elif key in NAV_PHRASES:
            skipped[no] = "site navigation"
        elif SOURCE_CREDIT.match(s):
            skipped[no] = "source credit line"
        elif COPYRIGHT_LINE.match(s) and len(_words(s)) <= 25:
            skipped[no] = "copyright line"
        elif ("his " in s and len(_words(s)) <= 30 and meta.SYNDICATED.search(s)) or REPORTING_CREDIT.match(s) or (
                REPORTED_FROM.search(s) and len(_words(s)) <= 20):
            skipped[no] = "reporting credit"
        elif _menu(s) or _glued_menu(s):
            skipped[no] = "site navigation"
        elif EVENT_RULE.search(bare) and len(_words(bare)) <= 30:
            skipped[no] = "procedure"
        elif NEWSLETTER.search(bare) and len(_words(bare)) <= 40:
            skipped[no] = "newsletter box"
        elif PAYWALL.search(re.sub(r"\*\*|__", "", bare)) and len(_words(bare)) <= 40:  # "You have **2 free articles**"
            skipped[no] = "paywall notice"
        elif DONATION.search(bare) and len(_words(bare)) <= 40:
            skipped[no] = "donation appeal"
        elif _share_row(s):
            skipped[no] = "share buttons"
        elif TEASER.search(s) or (BULLET.match(s) and PROMO_WORDS.search(s)):
            skipped[no] = "advertising or teaser block"
        elif SITE_BLURB.search(s):
            skipped[no] = "site blurb"
        elif TRANSLATION_NOTICE.search(s) and len(_words(s)) <= 40:
            skipped[no] = "translation notice"
        elif GALLERY.search(s):
            skipped[no] = "photo caption"
        elif EDITOR_NOTE.match(s) or NAMES_NOTE.match(s) and len(_words(s)) <= 30:
            skipped[no] = "editor's note"
        elif BYLINE.match(s):
            skipped[no] = "author byline"
        elif PHOTO_CREDIT.search(s) and len(_words(PHOTO_CREDIT.sub("", s))) <= 25:
            skipped[no] = "photo caption"
        elif CREDIT_IN.search(s) and len(_words(s)) <= 40:
            skipped[no] = "photo caption"
        elif BIO_FIRST_PERSON.match(s) or BIO_THIRD_PERSON.match(s):
            skipped[no] = "author bio"
        elif CAPTION_CREDIT.search(s) or CAPTION_POSITION.search(s) or CAPTION_PREFIX.match(s):
            skipped[no] = "photo caption"
        elif MD_HEADING.match(s) and len(_words(s)) <= 20:
            skipped[no] = "heading"

    kinds.mark(stripped, skipped)  # fact-checks, chat exports, rundowns, case law, letters, minutes
    posts = _mark_forum(stripped, skipped)
    running = _mark_pages(stripped, normed, skipped)

    if (top := _find_masthead(stripped, skipped)) is not None:
        skipped[top + 1] = "masthead"  # the outlet's name (meta.outlet reads it), not reporting
        j = top + 1
        while j < n and not stripped[j]:
            j += 1
        if j < n and TAGLINE.search(stripped[j]) and len(_words(stripped[j])) <= 10 \
                and not SENTENCE_END.search(stripped[j]):
            skipped.setdefault(j + 1, "masthead tagline")

    # A caption under a Markdown image, and a short paragraph that credits a photo.
    for i, s in enumerate(stripped):
        if IMAGE.match(s):
            j = i + 1
            while j < n and not stripped[j]:
                j += 1
            if j < n and ITALIC_LINE.match(stripped[j]):
                skipped[j + 1] = "photo caption"
    for start, end in _blocks(stripped):
        # A cookie notice wrapped over a few lines is furniture to its last line ("... By clicking "Accept" /
        # "all" you agree to ... Privacy" / "settings"): its middle lines name no cookie.
        if end - start <= 6 and skipped.get(start + 1) == "site blurb" and COOKIES.search(stripped[start]):
            for j in range(start, end):
                skipped.setdefault(j + 1, "site blurb")
        text = " ".join(stripped[start:end])
        if CREDIT_IN.search(text) and len(_words(text)) <= 50 and end - start <= 4:
            for j in range(start, end):
                skipped.setdefault(j + 1, "photo caption")
        # An appeal's box, its lines wrapped: "SUPPORT INDEPENDENT COURT REPORTING" / "... is funded by its
        # readers. 1,204 people support us" / "every month. Donate from 100 UAH >"
        appeal = next((skipped[j + 1] for j in range(start, end)
                       if skipped.get(j + 1) in ("donation appeal", "paywall notice")), None)
        if appeal and end - start <= 4 and len(_words(text)) <= 60:
            for j in range(start, end):
                skipped.setdefault(j + 1, appeal)

    # Bylines: a bare name repeated within a few lines ("Yasmin Muller" twice).
    for i, s in enumerate(stripped):
        if s and NAME_LINE.match(s) and (i + 1) not in skipped:
            near = [j for j in range(max(0, i - 3), min(n, i + 4)) if j != i and stripped[j] == s]
            if near:
                skipped[i + 1] = "author byline"

    # A name in the title block over the writer's e-mail address ("DANA WHITCOMBE" / "dwhitcombe@...").
    for i, s in enumerate(stripped[:20]):
        if s and NAME_LINE.match(s) and i + 1 < n and CONTACT_ADDRESS.fullmatch(stripped[i + 1]) \
                and (i + 1) not in skipped:
            skipped[i + 1], skipped[i + 2] = "author byline", "contact details"

    # A byline of fields in the title block: "By Dr Marta LindqvistSenior Fellow, ...Security9 June 2027".
    for i, s in enumerate(stripped[:30]):
        if s and (i + 1) not in skipped and len(_words(s)) <= 30 and meta.byline(s):
            skipped[i + 1] = "author byline"

    # "Written by" on a line of its own, the name on the next.
    for i, s in enumerate(stripped[:-1]):
        if BYLINE_ALONE.match(s) and NAME_LINE.match(stripped[i + 1].strip("*_ ")):
            skipped[i + 1] = skipped[i + 2] = "author byline"

    # A job title under a byline ("By Maria Gomez" / "Staff Writer").
    for no in [k for k, why in skipped.items() if why == "author byline"]:
        if no < n and stripped[no] and len(_words(stripped[no])) <= 3 and not TERMINAL.search(stripped[no]):
            skipped[no + 1] = "author byline"

    # Alt text followed at once by its caption ("Ukrainian soldiers" / "Ukrainian soldiers stand...").
    for i in range(n - 1):
        s, nxt = stripped[i], stripped[i + 1]
        if s and nxt and 1 <= len(_words(s)) <= 6 and not TERMINAL.search(s) and nxt.startswith(s) and nxt != s:
            skipped[i + 1] = "photo caption"
            skipped[i + 2] = "photo caption"

    subject = next((i for i, x in enumerate(stripped[:15]) if SUBJECT.match(x)), None)
    title_idx = _kind_title(stripped)
    if title_idx is not None:  # the site's header above a record's own title block
        for i in range(title_idx):
            if stripped[i] and not TERMINAL.search(stripped[i]):
                skipped.setdefault(i + 1, "site header")
    else:
        title_idx = _running_title(stripped, skipped, running)
    if title_idx is None and subject is None:
        title_idx = _find_title(lines, skipped)
    title_end = title_idx
    if title_idx is not None and not stripped[title_idx].startswith("#"):
        title_idx, title_end = _headline_lines(stripped, skipped, title_idx)
    title = " ".join(re.sub(r"^#+\s*", "", stripped[k]) for k in range(title_idx, title_end + 1)) \
        if title_idx is not None else None
    if subject is not None and title_idx is None:
        title = SUBJECT.match(stripped[subject]).group("title")  # a mail's subject line is its headline
    if title_idx is not None and (m := _running_part(stripped[title_idx], running)) and title.isupper():
        title = m  # "TURNCOATS OR PATRIOTS?" set as the running footer writes it
    if title is None and top is not None and 1 < len(meta.SEPARATOR.split(stripped[top])) and "|" not in stripped[top]:
        title = stripped[top]  # a print with no headline ("WESTMOOR SOUND 97.4 FM · NEWSROOM · RUNDOWN PRINT")
    if title:
        title = WIRE_PREFIX.sub("", title)
    if title_idx is not None:
        for k in range(title_idx, title_end + 1):
            skipped[k + 1] = "headline"
        for i in range(title_idx):
            if TICKER.match(stripped[i]):
                skipped.setdefault(i + 1, "news ticker")
        title_key = normed[title_idx]
        for i in range(n):
            if i != title_idx and normed[i] and normed[i] == title_key:
                skipped[i + 1] = "repeated headline"
        # Short site-section labels above the headline ("General News").
        for i in range(title_idx):
            if stripped[i] and len(_words(stripped[i])) <= 3:
                skipped.setdefault(i + 1, "site navigation")
        # A short line right under the headline is a caption or kicker, not reporting.
        j = title_end + 1
        while j < n and not stripped[j]:
            j += 1
        more_text = any(stripped[k] for k in range(j + 1, n))
        if (j < n and (j + 1) not in skipped and _standalone(lines, j) and len(_words(stripped[j])) <= 8
                and more_text):
            skipped[j + 1] = "photo caption"

    _mark_blog_furniture(stripped, skipped)
    _mark_ai_summary(stripped, skipped)
    _mark_comments(stripped, skipped)
    _mark_tables(stripped, skipped)
    _mark_flat_tables(stripped, skipped)

    # A caption printed twice within a few lines (image alt text and its caption); after the
    # headline is found, so a headline printed twice stays the headline.
    for i, s in enumerate(stripped):
        if s and len(_words(s)) >= 3 and any(stripped[j] == s for j in range(i + 1, min(n, i + 4))):
            for j in range(i, min(n, i + 4)):
                if stripped[j] == s:
                    skipped.setdefault(j + 1, "photo caption (printed twice)")

    prev_para: set[str] = set()
    para: set[str] = set()
    article_grams: Counter | None = None  # counted once, when the first bullet needs them
    for i, s in enumerate(stripped):
        no = i + 1
        if not s:
            prev_para, para = (para or prev_para), set()
            continue
        if no in skipped:
            continue
        if TIMESTAMP.match(s):
            skipped[no] = "timestamp"  # a live blog's "13:10 GMT"
        elif re.match(r"#\s+\S", s) and len(_words(s)) <= 20:
            skipped[no] = "heading"  # a "# " heading after the headline: a slide's title, a document's part
        elif _heading_on_top(stripped, skipped, i):
            skipped[no] = "heading"  # "Onega Detachment reopens recruitment" over its entry, no blank between
        elif (m := SECTION_NUMBER.match(s)) and _heading_on_top(stripped, skipped, i, m.end()):
            skipped[no] = "heading"  # "3 Joining: routes and checks" over its section of a PDF
        elif _standalone(lines, i) and len(_words(s)) <= 10:
            if s.isupper() and s[0].isalpha():
                skipped[no] = "heading"  # "WHO ARE THEY?": a section's heading in capitals asks no one
            elif not TERMINAL.search(s):
                skipped[no] = "heading" if s[0].isupper() else "truncated fragment"
            elif (c := _content(s)) and c <= prev_para:
                skipped[no] = "photo caption (repeats the paragraph above)"
        if BULLET.match(s):
            article_grams = article_grams or Counter(g for line in normed for g in _grams(line))
            if _repeats_elsewhere(_grams(normed[i]), article_grams):
                skipped[no] = "summary bullet repeating the body"
        if no not in skipped:
            para |= _content(s)

    _mark_footnotes(stripped, skipped)
    kinds.mark_turns(stripped, skipped)  # a transcript service's speaker lines, over what was said of them above
    records.mark_debate(stripped, skipped)  # a debate record's speaker headings and the sitting's running
    records.mark_release(stripped, skipped)  # a press release's letterhead, marks and notes to editors
    updates.mark_status(stripped, skipped)  # a status page's stamps, components and incident titles
    kinds.mark_questions(stripped, skipped)  # an FAQ's question headings: each answer is cited from its question
    own = kinds.mark_own(stripped, skipped)  # a profile's post headers: each names whose words the post is
    kinds.mark_splices(stripped, skipped)  # an advert a column reader spliced into a sentence
    for i, s in enumerate(stripped):
        if _field_row(s):
            skipped.setdefault(i + 1, "field row")  # what no other rule read: a record's header
    kinds.settle(stripped, skipped)  # subtitle files: every line decided by their own rules
    return Furniture(skipped=skipped, title=title, bridges=_page_breaks(stripped, skipped) | _posts(
        stripped, skipped, posts) | kinds.bridges(stripped, skipped) | kinds.turn_bridges(stripped)
        | records.debate_bridges(stripped)
        | kinds.question_bridges(stripped, skipped) | own)


# A PDF's footnote rule ("____________________") and the numbered notes under it, to the page's end
FOOTNOTE_RULE = re.compile(r"^_{8,}$")
PAGE_NOTE = re.compile(r"^\d{1,3}\s+\S")


def _mark_footnotes(stripped: list[str], skipped: dict[int, str]) -> None:
    """The notes at a page's foot: "46 The unit's figures. Two of the six deaths ...", "47 Statement
    to Open Passage, 15 December 2032." are sources and asides to a numbered mark in the text, not
    sentences of it; glued to the text they cite the wrong lines."""
    for i, s in enumerate(stripped):
        if not FOOTNOTE_RULE.match(s) or i + 1 >= len(stripped) or not PAGE_NOTE.match(stripped[i + 1]):
            continue
        skipped[i + 1] = "footnote rule"
        for j in range(i + 1, len(stripped)):
            if not stripped[j]:
                break
            skipped[j + 1] = "footnote"


def _mark_forum(stripped: list[str], skipped: dict[int, str]) -> list[int]:
    """A forum thread's furniture: each post's header and stamp, its action bar ("👍 41 · Reply ·
    Quote"), its signature, another member's words it quotes ("> **calc_or_cry said:**" and the
    lines under it, which are theirs and are printed in their own post), moderators' notices, the
    thread's counts and pages. Returns the posts' header lines (0-based)."""
    posts = []
    n = len(stripped)
    for i, s in enumerate(stripped):
        no = i + 1
        if not s or no in skipped and skipped[no] != "site navigation":
            continue
        m = POST_HEADER.match(s)
        nxt = stripped[i + 1] if i + 1 < n else ""
        if m and POSTER.search(m.group("rest")) and POST_STAMP.match(nxt):
            skipped[no], skipped[no + 1] = "forum post header", "forum post stamp"
            posts.append(i)
        elif POST_ACTIONS.match(s):
            skipped[no] = "forum post actions"
        elif QUOTED_POST.match(s):
            skipped[no] = "quoted post"
            j = i + 1
            while j < n and stripped[j].startswith(">"):
                skipped[j + 1] = "quoted post"
                j += 1
        elif MODERATION.search(s) and len(_words(s)) <= 25:
            skipped[no] = "moderation notice"
        elif ("replies" in s or "views" in s or "Replies" in s or "Views" in s) and THREAD_STATS.search(s) \
                and len(_words(s)) <= 25 and not TERMINAL.search(s):
            skipped[no] = "thread counts"
        elif PAGINATION.match(s):
            skipped[no] = "site navigation"
    for i, s in enumerate(stripped):  # a signature: the italic line closing a post, above its action bar
        if ITALIC_LINE.match(s) and (i + 1) not in skipped:
            j = i + 1
            while j < n and not stripped[j]:
                j += 1
            if j < n and skipped.get(j + 1) == "forum post actions":
                skipped[i + 1] = "forum signature"
    return posts


def _posts(stripped: list[str], skipped: dict[int, str], posts: list[int]) -> frozenset[int]:
    """A post's header, stamp, the quotes it opens with and the blank lines between its paragraphs:
    its words are its poster's, cited from the header that names them (sentences.voiced)."""
    out: set[int] = set()
    for head in posts:
        j = head + 2  # past the header and its stamp
        between: list[int] = [head + 1, head + 2]
        while j < len(stripped) and j - head < POST_SPAN:
            why = skipped.get(j + 1)
            if not stripped[j] or why == "quoted post":
                between.append(j + 1)
            elif why is None:  # the post's text: what lies above it belongs to the post
                out.update(between)
                between = []
            else:
                break  # the action bar, a signature, the next post
            j += 1
    return frozenset(out)


def _letterless(s: str) -> bool:
    return not re.search(r"[^\W\d_]", s)


def _mark_pages(stripped: list[str], normed: list[str], skipped: dict[int, str]) -> dict[str, str]:
    """A document's page furniture, as text extracted from a PDF keeps it: running headers and
    footers (a short line printed on every page, its page number aside), lines with no words (page
    numbers, a chart's axis ticks and values), the table of contents, and a figure's or a box's
    caption with the chart residue under it. Returns the running lines, key -> text."""
    # normed: each line's words (scan's); a running line's key is its words less its page number
    short = {i: re.sub(r"\d+", "", normed[i]).strip() for i, s in enumerate(stripped)
             if s and (i + 1) not in skipped and normed[i].count(" ") < 15}
    keys = Counter(short.values())
    # A footer laid out in columns, its page number at one end and one cell the same on every page
    # ("24    pccr.example    Primary Care Cymru Review is published by ...", "25    pccr.example    Register now ...")
    footers = {i: {c for c in cells if not c.isdigit()} for i, s in enumerate(stripped)
               if s and (i + 1) not in skipped and len(cells := re.split(r"\s{3,}|\t", s)) >= 2
               and (re.fullmatch(r"\d{1,3}", cells[0]) or re.fullmatch(r"\d{1,3}", cells[-1]))}
    # (a page apart: a table's rows with a number at one end are next to each other)
    shared = Counter(c for c, at in _cells_at(footers).items() if len(at) >= 2 and min(
        b - a for a, b in zip(at, at[1:], strict=False)) >= PAGE_APART)
    running = {}
    for i, s in enumerate(stripped):
        no = i + 1
        if not s or no in skipped:
            continue
        key = short.get(i)
        if key and keys[key] >= RUNNING and not TIMESTAMP.match(s) \
                and not TERMINAL.search(re.sub(r"[\s\d]+$", "", s)):
            skipped[no] = "running header or footer"
            running.setdefault(key, s)
        elif any(c in shared for c in footers.get(i, ())):
            skipped[no] = "running header or footer"
        elif _letterless(s) and not SEPARATOR_LINE.match(s) and not UNDERLINE.match(s) \
                and not re.search(r"[.,;:!?]\s*$", s):  # "  2022;" is a wrapped line of a sentence
            skipped[no] = "page number or chart figures"  # "6", "3 000", "2 740  –  610  415"
        elif ("...." in s or ". . ." in s) and TOC_LINE.search(s) or CONTENTS.match(s):
            skipped[no] = "table of contents"
        elif CAPTION.match(s) and len(_words(s)) <= 20:
            skipped[no] = "figure caption"
            residue = "table cell" if re.match(r"\W{0,2}table\b", s, re.I) else "chart residue"
            j = i + 1  # the chart's labels and values as loose lines, then its notes
            while j < len(stripped) and stripped[j] and (_letterless(stripped[j]) or (
                    _cells(stripped[j]) >= 2 and not TERMINAL.search(stripped[j])) or _cell_line(stripped[j])):
                skipped.setdefault(j + 1, residue)
                j += 1
            _mark_chart_notes(stripped, skipped, j, j - i - 1)
    return running


PAGE_APART = 5  # lines


def _cells_at(footers: dict[int, set[str]]) -> dict[str, list[int]]:
    at: dict[str, list[int]] = {}
    for i in sorted(footers):
        for c in footers[i]:
            at.setdefault(c, []).append(i)
    return at


def _cell_line(s: str) -> bool:
    """A table cell that pdftotext set on a line of its own ("Founded", "March 2022", "under the
    HUR", "“more than 2,000”"): a few words that no sentence stop ends, and no chart note."""
    return len(_words(s)) <= CELL_WORDS and not SENTENCE_END.search(s) and not CHART_NOTE.match(s)


def _mark_chart_notes(stripped: list[str], skipped: dict[int, str], j: int, cells: int) -> None:
    """A chart's or a table's notes right under its `cells` lines ("* Figure from a Ukrainian
    official.", "Source: unit statements to BFSR, May–June 2026."): they speak of the cells, and a
    "Source:" there names where the figures came from, never the page's outlet (meta.outlet)."""
    while cells and j < len(stripped) and CHART_NOTE.match(stripped[j]) and len(_words(stripped[j])) <= 30:
        skipped[j + 1] = "chart note"
        j += 1


def _mark_flat_tables(stripped: list[str], skipped: dict[int, str]) -> None:
    """A table with no caption that pdftotext flattened to one cell per line: a run of cell lines
    after a blank whose first `k` lines are column labels ("Unit", "Founded", "Status") and whose
    rows of `k` cells each open with a capital ("Freedom of Russia Legion" / "March 2022" / ...).
    Read as prose, its lines run into one sentence whose capitalised labels join a name."""
    i, n = 0, len(stripped)
    while i < n:
        if not stripped[i] or (i and stripped[i - 1] and i not in skipped):
            i += 1
            continue  # a run starts after a blank line or a line already set aside (a caption, a header)
        j = i
        while j < n and stripped[j] and _cell_line(stripped[j]):
            j += 1
        run = stripped[i:j]
        for k in range(2, 9):
            if len(run) >= 3 * k and len(run) % k == 0 and all(_label(c) for c in run[:k]) \
                    and all(run[r][:1].isupper() for r in range(k, len(run), k)):
                for m in range(i, j):
                    skipped[m + 1] = "table cell"
                _mark_chart_notes(stripped, skipped, j, j - i)
                break
        i = max(j, i + 1)


def _label(s: str) -> bool:
    """A column label: a capitalised word or three, no figure ("Status", "Size (own figure)")."""
    return s[:1].isupper() and len(_words(s)) <= 3 and not re.search(r"\d", s)


def _running_part(s: str, running: dict[str, str]) -> str | None:
    """The running line's part that repeats line `s` ("Turncoats or patriots?" of "Turncoats or
    patriots? · Westergaard and Wyrwa   January 2026"), if one does."""
    key = _norm(s)
    for line in running.values():
        for part in meta.SEPARATOR.split(line):
            if len(_words(part)) >= 2 and _norm(part) == key:
                return part
    return None


def _running_title(stripped: list[str], skipped: dict[int, str], running: dict[str, str]) -> int | None:
    """A PDF's title: the line of its title block that its running header or footer repeats."""
    if not running:
        return None
    found = [i for i, s in enumerate(stripped[:15]) if s and (i + 1) not in skipped and _running_part(s, running)]
    # A report's series and number ("BFSR Report 14/2026") runs beside its title ("Across the Line")
    return next((i for i in found if not re.search(r"\d", stripped[i])), found[0] if found else None)


def _page_breaks(stripped: list[str], skipped: dict[int, str]) -> frozenset[int]:
    """The footer, header and page number between the two halves of a sentence cut by a page
    break ("... about 90 fighters. Its" / footer / header / "members call it ..."): a citation of
    the whole sentence runs across them."""
    page = ("running header or footer", "page number or chart figures")
    out: set[int] = set()
    i = 0
    while i < len(stripped):
        if (i + 1) in skipped and skipped[i + 1] in page:
            j = i
            while j < len(stripped) and (not stripped[j] or skipped.get(j + 1) in page):
                j += 1
            before = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
            if before is not None and before == i - 1 and (before + 1) not in skipped and j < len(stripped) \
                    and (j + 1) not in skipped and not TERMINAL.search(stripped[before]) \
                    and stripped[j][:1].islower():
                out.update(range(i + 1, j + 1))
            i = j
        i += 1
    return frozenset(out)


def _mark_blog_furniture(stripped: list[str], skipped: dict[int, str]) -> None:
    """A blog's and a plain-text page's own furniture: the TL;DR paragraph (a summary the body
    says in full), setext headings and their underlines, section breaks ("* * *"), and the
    footnote list whose markers ("[2]") the body carries; a footnote's indented lines go with it."""
    pointed = {m.group(1) for s in stripped if "[" in s for m in FOOTNOTE_REF.finditer(s)}  # once: linear
    for start, end in _blocks(stripped):
        first = stripped[start]
        m = FOOTNOTE.match(first)
        if TLDR.match(first):
            why = "summary (TL;DR)"
        elif m and m.group(1) in pointed:  # the body points at it
            why = "footnote"
        else:
            continue
        for j in range(start, end):
            skipped.setdefault(j + 1, why)
    for i, s in enumerate(stripped):
        if UNDERLINE.match(s) and i > 0 and stripped[i - 1] and len(_words(stripped[i - 1])) <= 12 \
                and (i == 1 or not stripped[i - 2]):
            skipped[i + 1] = "heading underline"
            skipped.setdefault(i, "heading")
        elif SEPARATOR_LINE.match(s):
            skipped.setdefault(i + 1, "section break")


# A summary a machine wrote over the page: a search engine's "AI Overview", a site's "AI-generated
# summary". No reporter stands behind its words, and it says so ("AI responses may include mistakes").
AI_SUMMARY = re.compile(r"^\W*(?:ai overview|ai[- ]generated (?:summary|overview|key points)|ai summary|"
                        r"summary (?:generated )?by ai|(?:summary|key points)\s*\(ai[- ]generated\))\W*$", re.I)
AI_DISCLAIMER = re.compile(r"\bai (?:responses|answers|overviews?|summaries|summary|[- ]generated (?:content|text|"
                           r"summaries|summary))\b.{0,40}\b(?:may|can|might) (?:include|contain|make|be)\b|"
                           r"\bgenerative ai is experimental\b", re.I)
AI_SPAN = 30  # lines: how far below its label a summary's disclaimer may stand


def _mark_ai_summary(stripped: list[str], skipped: dict[int, str]) -> None:
    """A machine-written summary: its label, its paragraphs and its disclaimer, down to the
    disclaimer when one follows within AI_SPAN lines, else its first paragraph."""
    for i, s in enumerate(stripped):
        if not AI_SUMMARY.match(s):
            continue
        end = next((j + 1 for j in range(i + 1, min(len(stripped), i + AI_SPAN)) if AI_DISCLAIMER.search(stripped[j])),
                   None)
        if end is None:  # no disclaimer: the label's paragraph, and the one under it when the label stands alone
            j = i + 1
            while j < len(stripped) and not stripped[j]:
                j += 1
            end = next((k for k in range(j, len(stripped)) if not stripped[k]), len(stripped))
        for j in range(i, end):
            if stripped[j]:
                skipped[j + 1] = "machine-written summary"


# Lines marked before that still belong to a comments section: its menu, each comment's header.
IN_COMMENTS = ("site navigation", "comment header", "blockquote spacer")


def _mark_comments(stripped: list[str], skipped: dict[int, str]) -> None:
    """A comments section: its head and what readers posted under it ("Anon: They knew about the
    VPN problem in September."), up to the page's next furniture after a break."""
    for i, s in enumerate(stripped):
        if not COMMENTS.match(s):
            continue
        skipped[i + 1] = "comments"
        section = []
        for j in range(i + 1, len(stripped)):
            if stripped[j] and skipped.get(j + 1, "site navigation") not in IN_COMMENTS and not stripped[j - 1]:
                break  # "MOST READ", a footer: the comments have ended
            if stripped[j]:
                section.append(j)
        # A thread, each comment's text on the line under its header, is its writers' words
        # (kinds.thread names them); a comment run into its header's line or under none is a reader's.
        over = {j for j in section if skipped.get(j + 1) == "comment header" and j + 1 in section}
        kept = over | {j + 1 for j in over} if len(over) >= kinds.THREAD_MIN else set()
        for j in section:
            if j not in kept:
                skipped.setdefault(j + 1, "reader comment")
        return


def _cells(s: str) -> int:
    return 0 if not s else len([c for c in CELL_GAP.split(s.strip("| ")) if c])


def _mark_tables(stripped: list[str], skipped: dict[int, str]) -> None:
    """The rows of a table pasted as text ("Payroll      Offline      TBC", "| Legion | 2022 | HUR |"):
    three lines or more in a row with two cells or more, two of them with three or more. Read as
    prose, a row runs its cells into one sentence that no one wrote."""
    i, n = 0, len(stripped)
    while i < n:
        j = i
        while j < n and (_cells(stripped[j]) >= 2 or TABLE_RULE.match(stripped[j])):
            j += 1
        if j - i >= 3 and sum(_cells(stripped[k]) >= 3 for k in range(i, j)) >= 2:
            for k in range(i, j):
                skipped.setdefault(k + 1, "table row")
        i = max(j, i + 1)


def _blocks(stripped: list[str]) -> list[tuple[int, int]]:
    """Paragraphs as (first, end) line indices: runs of non-blank lines."""
    out, start = [], None
    for i, s in enumerate(stripped + [""]):
        if s and start is None:
            start = i
        elif not s and start is not None:
            out.append((start, i))
            start = None
    return out


def _grams(line: str) -> list[tuple[str, ...]]:
    words = line.split()
    return [tuple(words[k:k + 4]) for k in range(len(words) - 3)]


def _repeats_elsewhere(grams: list[tuple[str, ...]], article: Counter) -> bool:
    """Whether most word 4-grams of a line occur in other lines of the article too."""
    own = Counter(grams)
    if not own:
        return False
    return sum(article[g] > n for g, n in own.items()) / len(own) >= 0.5
