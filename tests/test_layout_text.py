"""Tests of ``analysis.ingest.layout.text``: the lede (after an outlet marker split off
it), headings and body, the leftovers of header and footer, and repeated ledes.

Named ``test_layout_text.py`` because ``analysis/core/text.py`` has the same module name;
its tests are in ``tests/test_text.py``.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.core import schema
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import prose_span, split_lines
from analysis.ingest.layout.text import (
    LONE_DATELINE,
    closes_page_title,
    label_text,
    mark_repeats,
    opens_next_paragraph,
    opens_with_marker,
    sentence_over_marked_lede,
    split_lede_marker,
)
from analysis.ingest.page_rules import load_rules
from tests.strategies import articles, real_lines

RULES = load_rules()
LEDE = (
    "A delegation of the Party arrived in Vientiane on Monday for talks with the Lao side, "
    "and both sides reviewed cooperation over the past year."
)
BODY = (
    "The two sides agreed to hold further talks next year and to expand exchanges between "
    "their youth organisations and their press agencies."
)


def labelled(*lines: str) -> list[tuple[str, str]]:
    paras = split_lines("\n\n".join(lines) + "\n")
    paras[0].kind = "title"
    first, last = prose_span(paras)
    label_text(paras, first, last, RULES)
    return [(p.text, p.kind) for p in paras]


def test_lede_headings_body_and_footer() -> None:
    found = labelled(
        "Party delegation visits Laos",
        LEDE,
        "Talks on trade",  # a short line without a stop between prose: a heading
        BODY,
        "Both sides agreed.",  # a short sentence in the footer: text
        "Share this article",  # footer chrome: boilerplate
    )
    assert [kind for _, kind in found] == [
        "title",
        "lede",
        "heading",
        "body",
        "body",
        "boilerplate",
    ]


def test_header_leftovers() -> None:
    standfirst = "The two parties agreed on a plan today."  # too short to be prose
    found = labelled("Party delegation visits Laos", "Trending", standfirst, LEDE, BODY)
    kinds = dict(found)
    assert kinds[standfirst] == "body"  # a sentence under the headline is text
    assert kinds["Trending"] == "heading"  # after the last labelled line: kept as text
    paras = split_lines(f"Menu item\n\nParty delegation visits Laos\n\n{LEDE}\n")
    paras[1].kind = "title"
    label_text(paras, 2, 2, RULES)
    assert paras[0].kind == "boilerplate"  # above the headline: page furniture


def test_split_lede_marker() -> None:
    paras = split_lines(f"Headline here\n\nHanoi (VNA) - {LEDE}\n")
    assert split_lede_marker(paras, RULES) == "Vietnam News Agency"
    assert [(p.text, p.kind, p.role) for p in paras] == [
        ("Headline here", "", ""),
        ("Hanoi (VNA) -", "credit", "marker"),
        (LEDE, "", ""),
    ]
    assert "".join(p.raw for p in paras) == f"Headline here\n\nHanoi (VNA) - {LEDE}\n"
    plain = split_lines(f"Headline here\n\n{LEDE}\n")
    assert split_lede_marker(plain, RULES) == ""


def test_mark_repeats_marks_the_shorter_copy() -> None:
    paras = split_lines(f"{LEDE}\n\n{LEDE} More words follow here.\n\n{BODY}\n")
    for p in paras:
        p.kind = "body"
    mark_repeats(paras)
    assert [p.repeat_of for p in paras] == [1, -1, -1]
    short = split_lines("Talks went well.\n\nTalks went well.\n")
    for p in short:
        p.kind = "body"
    mark_repeats(short)
    assert [p.repeat_of for p in short] == [-1, -1]  # under twelve words: not compared


def test_read_article_keeps_a_repeated_lede_once_in_the_text() -> None:
    article = read_article(f"Party delegation visits Laos\n\n{LEDE}\n\n{LEDE}\n\n{BODY}\n")
    text = [p for p in article.paragraphs if p.kind in ("lede", "body") and p.repeat_of < 0]
    assert [p.text for p in text] == [LEDE, BODY]


@settings(max_examples=50, deadline=None)  # a whole page read per example
@given(articles())
def test_every_paragraph_gets_a_schema_kind(text: str) -> None:
    if not text.strip():
        return
    article = read_article(text)
    assert {p.kind for p in article.paragraphs} <= set(schema.PARAGRAPH_KINDS)
    assert "".join(p.raw for p in article.paragraphs) == text
    ledes = [p for p in article.paragraphs if p.kind == "lede"]
    assert len(ledes) <= 1


_TEASER = (
    "The river ferry will run twice a day again from Monday after three months of repairs "
    "to its landing stages, the port authority said."
)


def test_a_teaser_repeated_under_a_short_line_is_boilerplate_and_the_date_is_read():
    page_text = (
        f"{_TEASER}\nShare this post\nFerry Weekly: April 9, 2024\nShare this post\n{_TEASER}\n"
    )
    article = read_article(page_text)
    assert article.paragraphs[0].kind == "boilerplate"
    assert article.paragraphs[-1].kind == "lede"
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2024-04-09"
    # negative: a paragraph that is not repeated stays the lede
    article = read_article(f"{_TEASER}\nShare this post\nFerry Weekly: April 9, 2024\n")
    assert article.paragraphs[0].kind == "lede"


_WHOLE_LEDE = (
    "VIENTIANE, May 28 (Xinhua) -- Border police of the two countries held a joint patrol "
    "along the river from Monday to Tuesday, covering about 120 km."
)


def test_a_copy_cut_off_mid_word_over_the_whole_lede_is_boilerplate():
    cut = _WHOLE_LEDE[:110]  # ends mid-word
    article = read_article(f"Patrol on the river\n\n{cut}\n\n{_WHOLE_LEDE}\n\n{BODY}\n")
    assert article.title == "Patrol on the river"
    assert [p.kind for p in article.paragraphs if p.text == cut] == ["boilerplate"]
    lede = [p for p in article.paragraphs if p.kind == "lede"]
    assert lede and lede[0].text.endswith("covering about 120 km.")
    # negative: a short headline that the lede opens with stays the headline
    short = read_article(f"Border police patrol river\n\nBorder police patrol river ends. {BODY}\n")
    assert short.title == "Border police patrol river"


def test_a_standfirst_the_lede_repeats_whole_stays_text():
    """A one-sentence standfirst that the lede opens with and goes on from after a space
    (held-out 51, a magazine's blog page) is no cut copy: it stays text, headline kept."""
    standfirst = (
        "Three weeks of seabed mapping off Vietnam's south coast have turned a quiet corner "
        "of the sea into a test of nerves."
    )
    lede = f"{standfirst} Hanoi has answered with patrol boats and diplomatic notes."
    article = read_article(
        f"Second Act in the Shoals: Beijing Tests Hanoi Again\n{standfirst}\n{lede}\n{BODY}\n"
    )
    assert article.title == "Second Act in the Shoals: Beijing Tests Hanoi Again"
    kinds = [p.kind for p in article.paragraphs if p.text == standfirst]
    assert kinds and kinds[0] in schema.CONTENT_KINDS
    # negative: the same sentence cut before its stop is still a cut copy
    cut = standfirst[:-1]
    article = read_article(f"Second Act in the Shoals\n\n{cut}\n\n{lede}\n\n{BODY}\n")
    assert [p.kind for p in article.paragraphs if p.text == cut] == ["boilerplate"]


def test_a_listed_agency_after_a_dated_dateline_is_the_outlet():

    body = "Both sides will meet again before the end of the year to sign the plan."
    article = read_article(
        "Two ports agree on a shared pilot service\n\n"
        "OSAKA, Mar 4, 2022, Kyodo News. Two port authorities agreed on Friday to share pilots.\n"
        f"{body}\n"
    )
    assert article.outlet == "Kyodo News"
    assert article.header_date is not None
    # a name that no outlet list holds is not taken
    unlisted = read_article(
        "Two ports agree on a shared pilot service\n\n"
        "OSAKA, Mar 4, 2022, Harbour Desk. Two port authorities agreed on Friday to share pilots.\n"
        f"{body}\n"
    )
    assert unlisted.outlet != "Harbour Desk"


def test_a_lead_sentence_whose_subject_is_the_title_is_text_not_a_caption():
    article = read_article(
        "River ferries of the delta\n\n"
        "River ferries of the delta are the boats that carry people and goods between the "
        "provinces on both banks of the river.\n\n"
        "Most of them run twice a day and stop during floods.\n"
    )
    assert article.paragraphs[1].kind in ("lede", "body")
    # negative: a caption glued to the headline stays a caption
    article = read_article(
        "River ferries of the delta\n\n"
        "River ferries of the deltaA ferry leaves the pier at dawn (Photo: VNA)\n\n"
        "Most of them run twice a day and stop during floods, officials said on Monday.\n"
    )
    assert article.paragraphs[1].kind == "caption"


def test_advert_labels_and_read_also_links_in_other_languages_are_boilerplate():
    """'Publicidad' between a Mexican daily's paragraphs, an empty 'Baca Juga :' and
    'Sumber :' on an Indonesian portal (held-out 51), 'Baca Juga: Headline' (held-out 50):
    page furniture, not text; the paragraphs around them stay text."""
    lede = (
        "El primer ministro de Vietnam ha llegado este jueves a París para una visita de tres "
        "días centrada en el comercio, la energía y la formación de técnicos."
    )
    after = "En el aeropuerto le esperaban funcionarios de la cancillería francesa y el embajador."
    article = read_article(f"MADRID, 22 (EUROPA PRESS)\n{lede}\nPublicidad\n{after}\n")
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Publicidad"] == "boilerplate"
    assert kinds[after] in schema.CONTENT_KINDS
    for label in ("Baca Juga :", "Baca Juga: Harga Cabai di Pasar Induk Turun", "Sumber :"):
        article = read_article(f"Title\n\n{BODY}\n\n{label}\n\n{BODY.replace('two', 'both')}\n")
        assert {p.text: p.kind for p in article.paragraphs}[label] == "boilerplate", label
    # negative: a sentence that only mentions advertising stays text
    said = "Publicidad y comercio fueron los temas de la reunión entre los dos ministros."
    article = read_article(f"MADRID, 22 (EUROPA PRESS)\n{lede}\n{said}\n{after}\n")
    assert {p.text: p.kind for p in article.paragraphs}[said] in schema.CONTENT_KINDS


_SENTENCE_HEADLINE = (
    "Universities in Hanoi and Manila will swap teaching staff next year, a modest step that "
    "both hope will last."
)
_AP_LEDE = (
    "HANOI, Vietnam (AP) — Eight universities from Vietnam and the Philippines agreed on "
    "Tuesday to exchange lecturers in nursing, engineering and agriculture from next autumn, "
    "organisers said."
)


def test_a_sentence_over_a_lede_opened_by_a_wire_marker_is_the_headline():
    """held-out 52 (a repost site): the headline written as a sentence, full stop and all,
    stands over the lede that opens with the agency's dateline."""
    assert opens_with_marker(_AP_LEDE, RULES)
    assert not opens_with_marker(BODY, RULES)
    article = read_article(f"{_SENTENCE_HEADLINE}\n\n{_AP_LEDE}\n\n{BODY}\n")
    assert article.title == _SENTENCE_HEADLINE
    assert [p.kind for p in article.paragraphs] == ["title", "credit", "lede", "body"]


def test_a_two_sentence_opening_over_a_marked_lede_is_no_headline():
    """Two sentences (a stop inside) are a standfirst or text, not a headline."""
    two = "Eight rectors met near Hanoi. Each side will pay for the travel of its own staff."
    paras = split_lines(f"{two}\n\n{_AP_LEDE}\n")
    assert not sentence_over_marked_lede(paras, 0, RULES)
    assert read_article(f"{two}\n\n{_AP_LEDE}\n\n{BODY}\n").title != two


_WIRE_HEADLINE = (
    "Start-up founders from ten ASEAN countries gather in Ho Chi Minh City for a week of pitching."
)
_WIRE_LEDE = (
    "Media OutReach - 8 November 2023 – More than 300 founders and 60 investors opened a week "
    "of pitching sessions at the city's innovation centre on Wednesday, with judges from "
    "Japan, Korea and Australia choosing twelve companies for a regional accelerator."
)


def test_a_sentence_over_a_dateline_alone_on_its_line_is_the_headline():
    """held-out 55 (a business site's wire listing): the headline closed by a full stop
    stands over the lede's dateline, a place in capitals closed by a dash alone on its line;
    the dateline is no headline, and the wire release's lede is dated by its opening."""
    assert LONE_DATELINE.fullmatch("HO CHI MINH CITY, VIETNAM -")
    assert LONE_DATELINE.fullmatch("HANOI —")
    assert not LONE_DATELINE.fullmatch("Hanoi, Vietnam -")  # not in capitals
    assert not LONE_DATELINE.fullmatch("HANOI — Leaders met")  # the lede itself
    page = f"{_WIRE_HEADLINE}\nHO CHI MINH CITY, VIETNAM -\n{_WIRE_LEDE}\n"
    article = read_article(page)
    assert article.title == _WIRE_HEADLINE
    assert str(article.header_date.date_start.date()) == "2023-11-08"
    # negative: the same sentence over a lede without the dateline line stays the lede
    plain = read_article(f"{_WIRE_HEADLINE}\n{BODY}\n")
    assert plain.title != _WIRE_HEADLINE


_WORDPRESS_COMMENT_FORM = (
    "Leave a Reply\n\n"
    "Please log in using one of these methods to post your comment:\n\n"
    "WordPress.com Logo\n\n"
    "You are commenting using your WordPress.com account. Log Out /  Change )\n\n"
    "Google photo\n\n"
    "You are commenting using your Google account. Log Out /  Change )\n\n"
    "Connecting to %s\n"
)


def test_a_wordpress_comment_form_is_boilerplate_and_names_no_writer():
    """held-out 52 (a WordPress.com blog): the comment form under the post, whose logo line
    was read as the writer's byline."""
    post = "Why Vietnamese Families Still Choose Overseas Degrees"
    article = read_article(f"{post}\n\n{LEDE}\n\n{BODY}\n\n{_WORDPRESS_COMMENT_FORM}")
    assert article.author == ""
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[:3] == ["title", "lede", "body"]
    assert set(kinds[3:]) == {"boilerplate"}


def test_a_last_sections_heading_between_the_text_and_a_short_sentence_is_text() -> None:
    """The IPFS encyclopedia copy of held-out 53 (no blank lines): its last section's
    heading stands after the last prose line and over a sentence too short to be prose;
    it is a heading, kept as text. A label there over no sentence stays boilerplate."""
    page = (
        "History of the Vietnam Women's Union\n"
        "This article describes the history of the Vietnam Women's Union, the mass "
        "organisation of women founded in 1930.\n"
        "Early years\n"
        "The union grew out of women's associations formed in the northern provinces during "
        "the late 1920s.[1] Its first committees met in secret and recruited mainly among "
        "factory workers and market traders.[2]\n"
        "During the war years the union organised supply brigades and literacy classes, and "
        "its membership rose into the millions.[3]\n"
        "After reunification\n"
        "In 1976 the northern and southern organisations were merged into a single national "
        "body.[4]\n"
    )
    kinds = {p.text: p.kind for p in read_article(page).paragraphs}
    assert kinds["After reunification"] == "heading"
    assert kinds["Early years"] == "heading"
    cut = page.split("After reunification")[0] + "Related pages\n"
    assert {p.text: p.kind for p in read_article(cut).paragraphs}["Related pages"] == (
        "boilerplate"
    )
    # a box of the site's other stories over a teaser sentence (held-out 47's GZERO page)
    # stays the site's label, read for its name
    more = page.replace("After reunification", "More from Harbour Notes")
    assert {p.text: p.kind for p in read_article(more).paragraphs}[
        "More from Harbour Notes"
    ] == "boilerplate"


def test_opens_next_paragraph() -> None:
    """A first unlabelled line whose whole text opens the next, longer paragraph (held-out
    56's blog headline of full sentences); not a line the next one merely resembles, nor
    one under an unlabelled line."""
    title = "The coast guard keeps growing. Hanoi adds a ship every year."
    paras = split_lines(f"{title}\n{title} Its shipyards build them at home.\n")
    assert opens_next_paragraph(paras, 0)
    assert not opens_next_paragraph(split_lines(f"{title}\n{title}\n"), 0)  # no more text
    other = split_lines(f"{title}\nThe coast guard keeps growing fast. Hanoi adds ships.\n")
    assert not opens_next_paragraph(other, 0)
    under = split_lines(f"Menu item\n{title}\n{title} Its shipyards build them.\n")
    assert not opens_next_paragraph(under, 1)  # the line above is unlabelled


def test_a_sentence_over_the_pages_date_line_is_the_headline() -> None:
    """Held-out 63: a university's headline closed by a full stop over "Date: (dd/mm/yyyy)"
    is the headline, not the lede (text does not run on across a date line)."""
    page = (
        "News & Events\n\n"
        "Ho Chi Minh City Open University opens a legal aid clinic for tenants in District 4.\n\n"
        "Date: (07/11/2023)\n\n"
        "On November 3, 2023, law lecturers and final-year students of Ho Chi Minh City Open "
        "University began free weekly consultations for renters in District 4, working with "
        "the district's ward offices.\n"
    )
    article = read_article(page)
    assert article.title == (
        "Ho Chi Minh City Open University opens a legal aid clinic for tenants in District 4."
    )
    # negative: with a sentence of running text above it, the line under it stays text
    prose = (
        "The city opened a clinic for tenants on Friday, and lecturers will staff it weekly.\n\n"
        "Students of the law faculty will help residents read their contracts.\n\n"
        "Date: (07/11/2023)\n\n"
        "On November 3, 2023, law lecturers began free weekly consultations for renters in "
        "District 4, working with the district's ward offices.\n"
    )
    assert (
        read_article(prose).title
        != "Students of the law faculty will help residents read their contracts."
    )


#: The Chinese state portal's copy of a Xinhua story (held-out 60, chinagate.cn): the last
#: paragraph, a quotation and its speaker, closed by the agency's "Enditem" and no stop.
_ENDITEM_PAGE = (
    "Mekong countries to share flood data under new ADB-backed platform\n"
    "Xinhua, June 22, 2017\n"
    f"{LEDE}\n"
    f"{LEDE}\n"
    '"A flood does not stop at a border, and neither should the data," said an ADB water '
    "specialist at the launch. Enditem\n"
)


def test_a_last_sentence_closed_by_an_end_of_story_mark_is_text() -> None:
    kinds = [p.kind for p in read_article(_ENDITEM_PAGE).paragraphs]
    assert kinds[-1] == "body"
    # a sentence too short to tell from a teaser's tool stays out
    paras = split_lines(f"{LEDE}\n\nBoth agreed. Ends\n")
    label_text(paras, *prose_span(paras), RULES)
    assert paras[-1].kind == "boilerplate"


#: Held-out 62's Arab press digest: no headline, the introduction first, then the
#: translator's credit, the byline and the source line over the translated column.
_DIGEST_PAGE = (
    "This week's column from the Egyptian press asks why Gulf cities keep building "
    "desalination plants faster than they can power them.\n\n"
    "(*Translation from Arabic by Noa Ben-Shimon)\n\n\n"
    "By Samir Al-Hasani\n\n"
    "Al-Ahram, Cairo, May 3\n\n"
    "Every summer the same photographs appear: a new desalination plant on the coast of the "
    "Gulf, its pipes gleaming, its capacity announced in millions of cubic metres.\n\n"
    "Less often reported is the power station behind it. A plant that turns seawater into "
    "drinking water uses as much electricity as a small town.\n"
)


def test_the_introduction_opening_a_page_without_a_headline_is_text() -> None:
    article = read_article(_DIGEST_PAGE)
    assert article.title == ""
    assert article.paragraphs[0].kind in schema.CONTENT_KINDS
    # a short line opening such a page is no sentence: it stays out
    paras = split_lines(f"Subscribe to our newsletter\n\nBy Samir Al-Hasani\n\n{LEDE}\n")
    paras[1].kind = "byline"
    label_text(paras, 2, 2, RULES)
    assert paras[0].kind == "boilerplate"


def _closes_page_title_slow(head: str, rest: str) -> bool:
    """``closes_page_title`` before perf31: the pattern compiled for every pair."""
    return bool(re.search(rf"\s[-–—|]\s{re.escape(rest)}$", head))


_TITLE_PIECES = st.sampled_from(
    ["Site", " - ", " – ", " | ", "|", " ", "\n", "\u00a0", "Section", "Question?", "A.B", "("]
)


@given(st.lists(_TITLE_PIECES, max_size=8).map("".join), st.data())
@example("Site - Question?\n", None)  # ``$`` before a closing newline
@example("Site | Question? ", None)
def test_the_page_titles_gate_agrees_with_the_pattern(
    head: str, data: st.DataObject | None
) -> None:
    rests = ["Question?", "A.B", "(", head[-5:], head.strip()[-9:]]
    for rest in rests if data is None else [data.draw(st.sampled_from(rests))]:
        assert closes_page_title(head, rest) == _closes_page_title_slow(head, rest)


def test_the_page_titles_gate_agrees_on_the_zoos_lines() -> None:
    """Each pair of consecutive lines of the zoo and the samples, and each line against its
    own last words (a page title's form)."""
    lines = [line.strip() for line in real_lines()]
    for head, rest in itertools.pairwise(lines):
        assert closes_page_title(head, rest) == _closes_page_title_slow(head, rest)
    for head in lines:
        for k in (1, 3, 6):
            rest = " ".join(head.split()[-k:])
            assert closes_page_title(head, rest) == _closes_page_title_slow(head, rest)


_FACT_BOX = """Harbour lights of the northern coast at a glance

The northern coast has kept lighthouses on its headlands for more than a century, and most of them still work every night of the year.

The keepers now live in the towns and visit the towers by boat, checking the lamps and the batteries once a week.

Key dates:

1894 - The first lighthouse is lit on the outer island.

1958-60 - Three towers are rebuilt after a typhoon.

2012 - Solar panels replace the last diesel generators.
"""


def test_a_timeline_after_the_text_is_text() -> None:
    """(held-out 108) A fact box's key dates, 'YYYY - Sentence.', after the last paragraph."""
    article = read_article(_FACT_BOX)
    kinds = {p.text[:4]: p.kind for p in article.paragraphs}
    assert kinds["1894"] == kinds["1958"] == kinds["2012"] == "body"
    assert kinds["Key "] == "heading"  # the timeline's lead-in closed by a colon


def test_dated_headlines_and_years_alone_after_the_text_stay_out() -> None:
    # negatives: a related list of dated headlines (no stop), a copyright year, a year alone
    page = _FACT_BOX.split("Key dates:")[0] + (
        "Related:\n\n2019 - Keepers leave the outer island\n\n"
        "2018 - New lamp for the harbour\n\n© 2024 Coast News\n\n2016\n"
    )
    kinds = {p.text[:6]: p.kind for p in read_article(page).paragraphs}
    assert kinds["2019 -"] != "body" and kinds["2018 -"] != "body"
    assert kinds["© 2024"] != "body" and kinds["2016"] != "body"
    assert kinds["Relate"] == "boilerplate"  # a colon over headlines kept out stays out
