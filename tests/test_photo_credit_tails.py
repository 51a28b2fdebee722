"""Tests of ``analysis.ingest.layout.photo_credit_tails``: a photo credit glued to the end
of a paragraph of text is split off, and the paragraph stays text; a line that opens with
the writer's credit, other credits joined after it, is a byline (not a caption, no menu)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.furniture_labels import label_furniture
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.photo_credit_tails import (
    credit_at_end,
    credit_tail_start,
    first_credit,
    writer_credit_first,
)
from analysis.ingest.page_rules import load_rules
from tests.strategies import real_lines

RULES = load_rules()
LEDE = (
    "A delegation of the Party arrived in Vientiane on Monday for talks with the Lao side, "
    "and both sides reviewed cooperation over the past year."
)

#: The city magazine's interview column of held-out 60 (wordhanoi.com): the headline, the
#: introduction with the portrait's credit glued to it, then questions and answers.
_INTRO = (
    "Between a school opening in Lao Cai and a flight to Warsaw, Agnieszka Zielinska "
    "answered our ten questions. Her Polish foundation pays for school libraries in the "
    "northern provinces and has opened 140 reading rooms since 2009."
)
_COLUMN = (
    "Ten 10: Agnieszka Zielinska\n\n"
    f"{_INTRO} Photo by Tuan Vu\n\n\n"
    "How did a Polish foundation end up building libraries in Lao Cai?\n\n\n"
    "By accident, honestly. Our founder taught in Hanoi in the 1980s, and when he retired "
    "he wanted to give something back to the country.\n"
)

#: The Blogger copy of a defence department release (held-out 60): a caption of two
#: sentences that says which picture it describes, its credit glued to it.
_CAPTION = (
    "Right:  Sailors of a construction battalion and Vietnamese workers lay the floor of a "
    "classroom in Quang Tri province, Vietnam, July 11, 2016. The school was damaged by "
    "floods last autumn. DoD photo by Marcus Leung."
)


def test_an_introduction_keeps_its_text_and_loses_its_credit() -> None:
    paras = read_article(_COLUMN).paragraphs
    assert [(p.text, p.kind) for p in paras[1:3]] == [
        (_INTRO, "lede"),
        ("Photo by Tuan Vu", "caption"),
    ]


def test_captions_keep_their_credit() -> None:
    assert credit_tail_start(_CAPTION, RULES) == -1  # "Right:" opens a caption
    assert credit_tail_start(_CAPTION.removeprefix("Right:  "), RULES) == -1  # no stop before
    one = "Agnieszka Zielinska at a reading room in Lao Cai. Photo by Tuan Vu"
    assert credit_tail_start(one, RULES) == -1  # one sentence: a caption
    bracketed = f"{_INTRO} (Photo by Tuan Vu)"
    assert credit_tail_start(bracketed, RULES) == -1  # a credit in brackets closes a caption


def test_a_byline_with_the_photographers_credit_after_it_is_a_byline() -> None:
    """A city magazine's header (held-out 71): "Written by Name. Photo by Name." on one
    line is the writer's byline, not a caption; the site's own name there is no writer."""
    head = "Delta Ferry Crews Learn to Swim Before the Flood Season\n\nPublished on 22 May 2019\n\n"
    lede = "\n\nFerry crews on the small river crossings of Dong Thap have started weekly swimming lessons at a district pool.\n"
    byline = read_article(head + "Written by Lan Anh. Photo by Tom Becker." + lede)
    assert byline.author == "Lan Anh"
    site = read_article(head + "Written by Saigoneer. Photo by Minh Khoa." + lede)
    assert site.author == ""
    assert site.title == "Delta Ferry Crews Learn to Swim Before the Flood Season"


@pytest.mark.parametrize(
    "line",
    [
        # held-out 69: the writer's credit first, then the photographer's and designer's
        "Text: Minh Anh - Photos: Thanh Hoa/VNP",
        "Story: Thanh Tam; Photos: Duy Linh; Design: Khanh Ly",
    ],
)
def test_a_credit_line_opening_with_the_writer_is_no_caption(line: str) -> None:
    paras = split_lines(f"{LEDE}\n\n{line}\n")
    label_furniture(paras, RULES)
    assert paras[1].kind != "caption"
    photos_only = split_lines(f"{LEDE}\n\nPhotos: Thanh Hoa/VNP\n")
    label_furniture(photos_only, RULES)
    assert photos_only[1].kind == "caption"  # a photographer's credit alone stays one


def test_credits_joined_by_bars_after_a_byline_label_are_no_menu() -> None:
    """held-out 53: a research project's credit line (writers, designer, project) joined by
    bars is a byline; the same bars between links stay a menu."""
    credits = (
        "Nhóm tác giả: Lê Minh Châu và cộng sự | Thiết kế và hướng dẫn: Đỗ Thu Hà | Dự án Biển"
    )
    menu = "Trang chủ | Tin tức | Nghiên cứu | Liên hệ"
    assert writer_credit_first(credits, RULES)
    assert not writer_credit_first(menu, RULES)
    paras = split_lines(f"Cách kể lại các hội nghị\n\n{credits}\n\n{menu}\n\n{LEDE}\n")
    label_furniture(paras, RULES)
    assert paras[1].kind != "boilerplate"
    assert paras[2].kind == "boilerplate"
    assert first_credit(credits, RULES) == "Nhóm tác giả: Lê Minh Châu và cộng sự"


def test_the_writers_credit_ends_at_the_first_join() -> None:
    """The writer's credit of each held-out's line is the part before the next credit."""
    assert first_credit("Text: Minh Anh - Photos: Thanh Hoa/VNP", RULES) == "Text: Minh Anh"
    assert first_credit("Written by Lan Anh. Photo by Tom Becker.", RULES) == "Written by Lan Anh"
    assert first_credit("Delegates at the meeting. Photo by Tom Becker.", RULES) == (
        "Delegates at the meeting. Photo by Tom Becker."
    )


def _slow_credit_at_end(tail: str) -> re.Match[str] | None:
    """The reference: ``photo_credit_end`` searched over the whole tail, no gate."""
    return RULES.photo_credit_end.search(tail)


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def test_credit_at_end_finds_what_the_full_search_finds_on_real_lines() -> None:
    """Every zoo and sample line (and its last 240 characters): the gated search finds
    the same credit as the full one, and some lines do hold one."""
    tails = [line[-240:] for line in real_lines()]
    found = [_span(credit_at_end(t, RULES)) for t in tails]
    assert found == [_span(_slow_credit_at_end(t)) for t in tails]
    assert sum(f is not None for f in found) > 20


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Photo", "photo by", "Ảnh:", " - ", "(VNA)", "©", "via", "/ photo", " "])
        | st.text(max_size=12),
        max_size=8,
    ).map("".join)
)
def test_credit_at_end_finds_what_the_full_search_finds_on_random_text(tail: str) -> None:
    """Random text built of credit words and noise: the same match as the full search."""
    assert _span(credit_at_end(tail, RULES)) == _span(_slow_credit_at_end(tail))


#: An opinion teaser (held-out 80's SCMP page): the drawing's credit twice, the writer and
#: the section label, the headline, two summary bullets, the writer again and the update.
_TEASER = (
    "Illustration: Mara Jensen\n"
    "Illustration: Mara Jensen\n"
    "Tomas Berger\n"
    "Opinion\n\n"
    "Tomas Berger\n\n"
    "Why hill schools short of books should borrow from the county, not buy\n\n"
    "  • Unlike its neighbours, the valley has bought every book new and now pays three "
    "times as much for each reader\n"
    "  • The county library, on the other hand, lends whole shelves to schools for a term "
    "and takes them back in spring\n\n"
    "Tomas Berger\n\n"
    "Updated: 9:40am, 12 March, 2022\n"
)


def test_an_illustrations_credit_is_a_caption_as_a_photos() -> None:
    """ "Illustration: Name" is a picture's credit (fix80): no headline, and the summary
    bullets under the real headline stay text (no byline's affiliations)."""
    article = read_article(_TEASER)
    assert article.title.startswith("Why hill schools")
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Illustration: Mara Jensen"] == "caption"
    bullets = [kinds[t] for t in kinds if t.startswith("•")]
    assert bullets == ["body", "body"]
    assert credit_at_end("Illustration: Mara Jensen", RULES) is not None
    # negative: the word inside a sentence is no credit
    assert credit_at_end("The illustration shows a school library.", RULES) is None
