"""Sentences carry the exact line range they span; fragments are never whole sentences."""

from __future__ import annotations

import pytest
from conftest import source_named, write

from briefing import sentences, sources


def find(ctx, prefix, start):
    src = source_named(ctx.corpus, prefix)
    return next(s for s in ctx.sentences if s.source == src.index and s.text.startswith(start))


def test_hard_wrapped_sentence_maps_to_its_exact_lines(ctx):
    s = find(ctx, "001", "Now with his family in Ukraine")
    assert (s.line_start, s.line_end) == (63, 65)
    assert "\n" not in s.text and "  " not in s.text
    assert s.text.endswith("against their own country’s armies.")


def test_sentence_starting_mid_line_starts_on_that_line(ctx):
    s = find(ctx, "001", "CNN has not been able independently")
    assert (s.line_start, s.line_end) == (65, 66)


def test_initials_and_abbreviations_do_not_split(ctx):
    s = find(ctx, "000", "They took up arms against Russia")
    assert "Vladimir V. Putin" in s.text


def test_lines_that_lost_their_first_words_are_fragments(ctx):
    for start in ("ideological drive is not", "came to Ukraine at the beginning", "says he joined"):
        assert find(ctx, "001", start).kind == "fragment"


def test_sentence_cut_off_at_the_end_is_a_fragment(ctx):
    assert find(ctx, "001", "Many of the structures").kind == "fragment"


def test_quote_over_several_sentences_is_one_unit_and_speakerless(ctx):
    s = find(ctx, "001", "“They came to a foreign land")
    assert s.text.endswith("children and women.”")
    assert s.kind == "quote"


def test_attributed_quote(ctx):
    assert find(ctx, "001", "“The fighting is very brutal now,”").kind == "attributed_quote"


def test_classify_rules():
    assert sentences.classify("and then they left.", False) == "fragment"
    assert sentences.classify("The unit was formed in", True) == "fragment"
    assert sentences.classify("They left.”", False) == "fragment"
    assert sentences.classify("The unit was formed in May.", True) == "statement"


def test_fast_spans_match_blingfire_offsets(corpus):
    import blingfire

    for src in corpus.sources:
        for _, lines in sentences.blocks(src):
            flat = " ".join(lines)
            assert sentences._bling_spans(flat) == [tuple(x) for x in blingfire.text_to_sentences_and_offsets(flat)[1]]


def test_pysbd_fallback_gives_the_same_sentences(corpus, monkeypatch):
    """Where blingfire cannot load (ARM, Apple silicon), pysbd splits; the briefing must not change
    in what is a whole sentence and where it starts and ends."""
    fast = [(s.line_start, s.line_end, s.text, s.kind) for src in corpus.sources for s in sentences.split(src)]
    monkeypatch.setattr(sentences, "blingfire", None)
    slow = [(s.line_start, s.line_end, s.text, s.kind) for src in corpus.sources for s in sentences.split(src)]
    assert [r for r in fast if r[3] != "fragment"] == [r for r in slow if r[3] != "fragment"]


def test_quoted_passages_are_stripped_as_the_regex_would():
    for text in ["“A” and «b» said", "no closer “ at all", "«««« »", "\"a\" \"b", "x » y « z", "“" * 50]:
        assert sentences.strip_quotes(text) == sentences.QUOTE_SPAN.sub(" ", text)


def test_a_claim_splits_into_sentences_like_an_article():
    assert sentences.split_text("Caesar says so. “It is hard. We stay,” he adds.") == [
        "Caesar says so.", "“It is hard. We stay,” he adds."]
    assert sentences.split_text("U.S. officials said so.") == ["U.S. officials said so."]


def test_pieces_give_each_line_its_parts_of_sentences(ctx):
    src = source_named(ctx.corpus, "001")
    pieces = sentences.pieces(src)
    assert [t for _, t in pieces[65]] == ["fighting alongside Ukrainian forces, against their own country’s armies.",
                                          "CNN"]
    assert pieces[65][0][0] == pieces[64][-1][0]  # the same sentence goes on from line 64


def test_markdown_links_and_emphasis_read_as_their_words_on_their_own_line():
    from pathlib import Path

    from briefing import sources

    corpus = sources.load(Path(__file__).parent / "articles" / "formations")
    first = sentences.split(corpus.sources[0])[0]
    assert first.text.startswith("The Amur Company was formed in May by 15 Evenk fighters who left the Siberian "
                                 "Battalion after a quarrel")
    assert "](" not in first.text and "[" not in first.text
    assert first.line_start == first.line_end == 3  # the line on disk, link and all


@pytest.mark.parametrize("text, plain", [
    ("KYIV — The questions start before the coffee arrives.", "The questions start before the coffee arrives."),
    ("LONDON, March 3 — The ships wait.", "The ships wait."),
    ("KYIV, Nov 12 (Harbour Wire) - The number of applicants has doubled.", "The number of applicants has doubled."),
    ("CALDER SPRINGS (KTLR) - The number of cases has risen.", "The number of cases has risen."),
    ("HOOK MARSH, East Riding of Yorkshire, March 2 (NNA) - A leak was stopped.", "A leak was stopped."),
    ("NATO - Russia talks are set.", "NATO - Russia talks are set."),
    ("NATO – Russia talks are set.", "NATO – Russia talks are set."),  # not a dateline
    ("The Legion — a unit of Russians — is big.", "The Legion — a unit of Russians — is big."),
])
def test_a_place_dateline_is_page_furniture_not_the_sentence(text, plain):
    assert sentences._plain(text) == plain


def test_a_page_saved_one_paragraph_per_line_has_one_block_per_paragraph(tmp_path):
    first = ("The corps counts around 1,000 fighters, its press officer said during a visit to the base "
             "near the border. Most of them joined after the raid in March, he said.")
    second = ("In the spring the corps itself spoke of several hundred fighters. The figures cannot be "
              "checked, and the ministry in Moscow gives none of its own for the corps.")
    wrapped = "Recruits need two recommendations from fighters\nwho already serve in the corps.\n"
    path = write(tmp_path, "a.txt", f"Russian volunteers keep coming\n\n{first}\n{second}\n\n{wrapped}")
    blocks = sentences.blocks(sources.read_source(path, 1))
    assert [start for start, _ in blocks] == [3, 4, 6]  # two long lines, then a hard-wrapped paragraph


WRAPPED_EXPLAINER = """Volunteers who fight for Kyiv

Every recruit of the drone unit must finish a 30-day simu-
lator course, the well-
known instructor said, before the first flight near the pro-
Kremlin lines.
"""


def test_a_word_the_wrap_split_with_a_hyphen_is_read_whole(tmp_path):
    [s] = sentences.split(sources.read_source(write(tmp_path, "a.txt", WRAPPED_EXPLAINER), 1))
    assert s.text == ("Every recruit of the drone unit must finish a 30-day simulator course, the well-known "
                      "instructor said, before the first flight near the pro-Kremlin lines.")
    assert (s.line_start, s.line_end) == (3, 6)  # the lines on disk, split word and all


LISTS = """Volunteers must pass three checks

What the units say about their size:
* Taiga Battalion: about 300 fighters, its commander says.
- Amur Company: 40 men, according to its
  Telegram channel.
• The Onega Detachment did not give a figure.
1. The course lasts five weeks.
a) The last week is spent near the front.
The commander gave no other figures.

Every recruit must:
* pass an interview with the security service;
* in the Taiga Battalion, take a polygraph
  test and wait a month;
- hand in his phone.
"""


def test_a_list_item_that_opens_with_a_capital_is_a_sentence_without_its_marker(tmp_path):
    found = sentences.split(sources.read_source(write(tmp_path, "a.txt", LISTS), 1))
    assert [(s.text, s.line_start, s.line_end) for s in found[1:7]] == [
        ("Taiga Battalion: about 300 fighters, its commander says.", 4, 4),
        ("Amur Company: 40 men, according to its Telegram channel.", 5, 6),
        ("The Onega Detachment did not give a figure.", 7, 7),
        ("The course lasts five weeks.", 8, 8),
        ("The last week is spent near the front.", 9, 9),
        ("The commander gave no other figures.", 10, 10)]  # the list has ended
    assert len({s.block for s in found[1:7]}) == 6  # each item a paragraph of its own


def test_list_items_in_lowercase_go_on_the_sentence_that_leads_into_them(tmp_path):
    last = sentences.split(sources.read_source(write(tmp_path, "a.txt", LISTS), 1))[-1]
    assert last.text == ("Every recruit must: pass an interview with the security service; in the Taiga Battalion, "
                         "take a polygraph test and wait a month; hand in his phone.")
    assert (last.line_start, last.line_end, last.kind) == (12, 16, "statement")


TRANSCRIPT = """Across the Border, Episode 12

[00:00:05] [MUSIC]

[00:00:08] MIRA TALLIS: Welcome back. The Taiga Battalion says it has 300 fighters.

[00:00:15] OLEG VANT: I'd put it at about 150. They count the wounded
too. [laughs] Nobody checks that number.

[00:00:30] MIRA TALLIS: How do you know?
"""


def test_a_transcript_s_timecodes_and_speaker_labels_never_become_words_of_a_sentence(tmp_path):
    texts = [s.text for s in sentences.split(sources.read_source(write(tmp_path, "a.txt", TRANSCRIPT), 1))]
    assert not any(w in t for t in texts for w in ("00:", "MIRA", "VANT:", "MUSIC", "laughs"))


def test_each_sentence_of_a_speaker_s_turn_is_theirs_and_cites_the_line_that_names_them(tmp_path):
    found = sentences.split(sources.read_source(write(tmp_path, "a.txt", TRANSCRIPT), 1))
    said = {s.text: (s.line_start, s.line_end, s.kind) for s in found}
    assert said["“The Taiga Battalion says it has 300 fighters,” [Mira Tallis] says."] == (5, 5, "attributed_quote")
    assert said["“I'd put it at about 150,” [Oleg Vant] says."] == (7, 7, "attributed_quote")
    assert said["“Nobody checks that number,” [Oleg Vant] says."] == (7, 8, "attributed_quote")  # from the label


def test_an_interviewer_s_question_stays_a_question(tmp_path):
    last = sentences.split(sources.read_source(write(tmp_path, "a.txt", TRANSCRIPT), 1))[-1]
    assert last.text == "How do you know?"  # the verifier leaves it out: a question states no fact


QA = """THE HARBOUR COURIER

# A medic from Tver who went to war

We spoke in the bakery's back room.

**Courier:** Russian television says the unit is run by mercenaries.

**Petrova:** There is one Pole, and he is the cook. Everybody else is Russian.

**Courier:** Some will call you a traitor.

**Petrova:** They already do.

**Pereprava:** The unit was formed in March.
"""


def test_in_a_q_and_a_the_outlet_s_lines_are_the_outlet_s_and_the_answers_the_interviewee_s(tmp_path):
    src = sources.read_source(write(tmp_path, "a.md", QA), 1)
    texts = [s.text for s in sentences.split(src)]
    assert "“Russian television says the unit is run by mercenaries,” [The Harbour Courier] says." in texts
    assert "“Everybody else is Russian,” [Petrova] says." in texts
    assert "Pereprava: The unit was formed in March." in texts  # a label that opens one paragraph names no one


def test_a_time_at_the_start_of_a_wrapped_line_is_no_transcript_s_timecode(tmp_path):
    text = ("Volunteers raid a border village near Bryansk\n\nThe raid on the village began at\n10:30 on Monday, "
            "the commander of the unit said.\n")
    [s] = sentences.split(sources.read_source(write(tmp_path, "a.txt", text), 1))
    assert s.text == "The raid on the village began at 10:30 on Monday, the commander of the unit said."


def test_the_presenters_turns_and_short_replies_are_not_points(tmp_path):
    from briefing.sources import read_source
    path = tmp_path / "ep.txt"
    path.write_text("Across the Line, Ep. 12\n\nPresented by Elliot Marsh | Produced by Ada Kerr\n\n"
                    "[00:00:57] ELLIOT MARSH: Let's start with the biggest, the Freedom of Russia Legion.\n\n"
                    "[00:01:05] ANNELI VASK: The Legion says it has about 2,600 men under arms.\n\n"
                    "[00:01:20] ELLIOT MARSH: And the Siberian Battalion says more than three hundred.\n\n"
                    "[00:01:31] SARMA: Then I wrote the application.\n")
    said = {s.text: s.whole for s in sentences.split(read_source(path, 1))}
    assert said["“The Legion says it has about 2,600 men under arms,” [Anneli Vask] says."] is True
    assert not any(whole for text, whole in said.items() if "Elliot Marsh" in text)
    assert said["“Then I wrote the application,” [Sarma] says."] is False  # a reply too short to be a point


def test_a_title_before_a_name_does_not_end_a_sentence(tmp_path):
    text = ("Hospital sees more patients\n\nThe numbers at the hospital are higher. St. Brendan's Regional Medical "
            "Center said it had seen about 280 people since Aug. 1. The count is low. Dr. Samuel Achterberg said so.\n")
    found = sentences.split(sources.read_source(write(tmp_path, "a.txt", text), 1))
    assert "St. Brendan's Regional Medical Center said it had seen about 280 people since Aug. 1." in [
        s.text for s in found]
    assert not any(s.text in ("St.", "Dr.") for s in found)


def test_an_italic_paragraph_s_marks_are_no_part_of_its_sentences(tmp_path):
    text = ("How the units compare\n\n*Figures are the units' own unless stated. The Harbour Times could not verify "
            "any of them.*\n")
    found = sentences.split(sources.read_source(write(tmp_path, "a.md", text), 1))
    assert [s.text for s in found] == ["Figures are the units' own unless stated.",
                                       "The Harbour Times could not verify any of them."]


def test_an_answer_under_a_bare_a_label_is_someone_s_words_never_a_fact(tmp_path):
    text = ("A medic from Tver\n\nWe spoke in the back room of the bakery where she worked for six years.\n\n"
            "Q: How big is the unit now?\n\nA: When I joined we were maybe ninety. Now we are about 180.\n")
    found = sentences.split(sources.read_source(write(tmp_path, "a.txt", text), 1))
    assert [(s.text, s.kind) for s in found[1:]] == [
        ("How big is the unit now?", "quote"),  # the asker's words (a "Q:" turn), no fact either
        ("“When I joined we were maybe ninety.”", "quote"), ("“Now we are about 180.”", "quote")]


def test_a_newsletter_s_contents_for_the_issue_is_no_point(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("Fen Farming Weekly\n\nGood morning. This week: the bird flu zone widens, three questions for the "
                    "county vet, and the rest of the week's news. The county vet ordered poultry indoors on Monday.\n")
    found = {s.text: s.kind for s in sentences.split(sources.read_source(path, 1))}
    assert found["This week: the bird flu zone widens, three questions for the county vet, and the rest of the "
                 "week's news."] == "fragment"
    assert found["The county vet ordered poultry indoors on Monday."] == "statement"


def test_czech_and_german_low_high_quotes_split_like_english_ones(tmp_path):
    # „...“ (a machine translation keeps its source's quotes): each quote its own sentence, with its speaker
    line = ("„Russian drones, Russian hands,“ says the commander Kedr. His name is Jegor Sestakov. "
            "„I ran away from one war,“ he says.")
    path = write(tmp_path, "a.txt", f"Russians who hunt drones\n\n{line}\n")
    got = [(s.text, s.kind) for s in sentences.split(sources.read_source(path, 1))]
    assert got == [("“Russian drones, Russian hands,” says the commander Kedr.", "attributed_quote"),
                   ("His name is Jegor Sestakov.", "statement"),
                   ("“I ran away from one war,” he says.", "attributed_quote")]


@pytest.mark.parametrize("opening", [
    "A quick break. This episode of Harbour Talk is supported by SecureStep Academy.",
    "This week's newsletter is brought to you by Kestrel Print.",
    "And now a word from our sponsor.",
])
def test_an_advert_read_in_a_programme_is_no_one_s_fact_to_the_end_of_its_paragraph(tmp_path, opening):
    # fresh17: the podcast's advert ("SecureStep trains event stewards ... in five days") opened a Lead
    write(tmp_path, "a.txt", "HARBOUR TALK\n\nEpisode 12: the night the gates opened late\n\n"
          "The council's licensing committee suspended the venue's licence on Monday.\n\n"
          f"{opening} SecureStep trains event stewards and door supervisors in five days, with your licence "
          "application included. New courses start every Monday in Glasgow and Dundee.\n\n"
          "The committee will meet again on Friday to hear from the promoter.\n")
    src = sources.load(tmp_path).sources[0]
    kinds = {s.text: s.kind for s in sentences.split(src)}
    assert kinds["The council's licensing committee suspended the venue's licence on Monday."] == "statement"
    assert kinds["The committee will meet again on Friday to hear from the promoter."] == "statement"
    ad = [k for t, k in kinds.items() if "SecureStep trains" in t or t.startswith("New courses")]
    assert ad == ["fragment", "fragment"], kinds


def test_a_print_story_s_jump_and_its_catchword_are_no_words_of_the_story(tmp_path):
    # fresh17 3202: "ARTEL Continued from A1 The ruling said it belonged to ..." printed as one sentence
    write(tmp_path, "a.txt", "THE PRAIRIE STANDARD\n\nTHE CARPENTERS' WAR\n\n"
          "  A court in Sharya confiscated the workshop of Gleb Ryabinin, a joiner who\n"
          "now commands a unit of Russians fighting for Ukraine.\n\n"
          "==================== PAGE A14 ====================\n\n"
          "ARTEL\nContinued from A1\n"
          "  The ruling said the workshop belonged to \"a person involved in\n"
          "terrorist activity.\" Ryabinin shrugged when asked about it.\n")
    src = sources.load(tmp_path).sources[0]
    texts = [s.text for s in sentences.split(src)]
    assert 'The ruling said the workshop belonged to "a person involved in terrorist activity."' in texts, texts
    assert not any("Continued" in t or "ARTEL" in t for t in texts)


def test_a_wiki_talk_page_s_comments_are_its_editors_words_never_a_fact(tmp_path):
    # fresh18 3402: "Please change ... in the lead to ...", [according to Panopedia], led the risks briefing,
    # and signatures glued to the next comment gave it the wrong author
    write(tmp_path, "talk.txt", "Panopedia The Free Encyclopedia\nTalk:Mologa Column\nArticle Talk\n"
          "From Panopedia, the free encyclopedia\nCasualties and the prisoner\n"
          "Body says \"four killed\", sourced to Verkhovye. The Herald says nine killed since April. "
          "Siltstone (talk) 12:10, 16 January 2032 (UTC)Reply\n"
          "The unit's Telegram channel said \"eleven of our brothers\" on 20 February. "
          "Vashti K (talk) 19:41, 20 February 2032 (UTC)Reply\n"
          "Please change \"is a terrorist organisation\" in the lead to \"was designated a terrorist organisation\". "
          "Tverichanka (talk) 20:12, 28 February 2032 (UTC)Reply\n")
    src = sources.load(tmp_path).sources[0]
    said = [s for s in sentences.split(src) if "Herald" in s.text or "Telegram" in s.text or "Please" in s.text]
    assert said and all(s.kind in ("quote", "fragment") for s in said), [(s.text, s.kind) for s in said]


def test_a_sentence_that_opens_on_a_link_is_no_fact(tmp_path):
    # fresh18 3400: "<https://vistulaherald.pl/signup> -- it's free, every weekday at 6am Warsaw time."
    # was printed under a motive
    write(tmp_path, "a.txt", "EAST BRIEF\n\nThe river men of the Mologa Column\n\n"
          "Forwarded this email? Sign up for East Brief\n<https://vistulaherald.pl/signup> -- it's free, every "
          "weekday at 6am\nWarsaw time.\n\n"
          "The Mologa Column fights from boats in the Dnipro delta, its commander said on Monday.\n")
    src = sources.load(tmp_path).sources[0]
    kinds = {s.text: s.kind for s in sentences.split(src)}
    link = [k for t, k in kinds.items() if "signup" in t]
    assert link and all(k == "fragment" for k in link), kinds
    assert kinds["The Mologa Column fights from boats in the Dnipro delta, its commander said on Monday."] == \
        "statement"


def test_what_a_request_asks_for_is_no_fact(tmp_path):
    # fresh20: an FOI request's numbered items ("1. The course measurement certificate ...") printed as points
    write(tmp_path, "foi.txt", "Course measurement and turnaround\n\nPriya Mandal made this request on 18 March.\n\n"
                               "I ran the marathon on Sunday 13 March 2033. Under the Freedom of Information Act 2000 "
                               "please provide:\n1. The course measurement certificate for the 2033 course and any\n"
                               "measurer's report the council holds.\n2. The part of the traffic management plan that "
                               "shows the turnaround.\n\nThe council released the certificate on 14 April 2033.\n")
    [src] = sources.load(tmp_path).sources
    kinds = {s.text: s.kind for s in sentences.split(src)}
    assert kinds["The part of the traffic management plan that shows the turnaround."] == "fragment"
    assert kinds["The council released the certificate on 14 April 2033."] == "statement"
