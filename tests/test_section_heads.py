"""Tests of ``analysis.ingest.layout.section_heads``: a site's section name right above the
headline is no writer (held-out 64's Firefox print copy of a law magazine, its lines)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.section_heads import menu_item, section_over_headline, section_shaped
from analysis.ingest.metadata import load_scoring

SCORING = load_scoring()

_PRINT_COPY = (
    "Treaty with Uzbekistan on legal aid in civil matters takes effect | Vietnam Law & Legal "
    "Forum    https://vietnamlawmagazine.vn/treaty-with-uzbekistan.html\n"
    "Page 1 of 2    05/07/2022, 09:41\n\n{line}\n"
    "Treaty with Uzbekistan on legal aid in civil matters takes effect\n"
    "Monday, June 20, 2022 16:31\n\n"
    "A treaty on mutual legal assistance in civil matters between Vietnam and Uzbekistan has "
    "come into force, the foreign ministry's treaty department announced.\n\n"
    "The treaty covers the service of court documents, the taking of evidence and the "
    "recognition of judgments in family and commercial cases.\n"
)


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(raw=t, text=t, line=n, block=n) for n, t in enumerate(texts, start=1)]


def test_a_section_name_over_the_print_copys_headline_is_no_writer() -> None:
    article = read_article(_PRINT_COPY.format(line="Legal Framework"))
    assert article.author == ""
    assert article.title == "Treaty with Uzbekistan on legal aid in civil matters takes effect"
    # a writer's name in the same place is still the writer
    assert read_article(_PRINT_COPY.format(line="Rowan Ashby")).author == "Rowan Ashby"


def test_the_section_shape() -> None:
    for text in ("Legal Framework", "Foreign Affairs", "Trade Policy", "Economics"):
        assert section_shaped(text, SCORING), text
    for text in ("Rowan Ashby", "legal framework", "The New Legal Framework Debate", ""):
        assert not section_shaped(text, SCORING), text


def test_a_line_the_breadcrumb_repeats_is_a_section() -> None:
    paras = _paras("Home > Treaties > Mekong Waters", "Mekong Waters", "Dams on the river")
    assert menu_item("Mekong Waters", paras)
    assert section_over_headline(paras, 1, 2, SCORING)
    assert not section_over_headline(paras, 0, 2, SCORING)  # not right above the headline
    alone = _paras("Rowan Ashby", "Dams on the river")
    assert not menu_item("Rowan Ashby", alone)
    assert not section_over_headline(alone, 0, 1, SCORING)


def test_a_section_label_over_the_date_and_the_text_is_no_headline() -> None:
    """(held-out 109) A ministry's older page saved with its section label, its date and
    its text but no headline gets no title; the label over a headline stays a label, and a
    headline over the date keeps its place."""
    from analysis.ingest.layout import read_article

    text_ = (
        "On July 21 the State Minister met the Chairman of the City People's Committee and "
        "discussed the city's new river port and the training of young engineers.\n"
    )
    bare = read_article("Japan-Viet Nam Relations\n\nJuly 21, 2017\n" + text_)
    assert bare.title == ""
    titled = read_article(
        "Japan-Viet Nam Relations\nState Minister visits the new river port\nJuly 21, 2017\n\n"
        + text_
    )
    assert titled.title == "State Minister visits the new river port"
    headline = read_article("River port opens to barges\n\nJuly 21, 2017\n" + text_)
    assert headline.title == "River port opens to barges"


def test_a_section_named_today_over_the_headline_is_no_writer() -> None:
    """(held-out 122) "Delta Today", a magazine's section over the headline, is no writer;
    the writer named under the standfirst still is."""
    page = (
        "Delta Today\n\nLessons from the ferry talks\n\n"
        "A former negotiator looks back on ten years of river agreements.\n\n"
        "by Ms Mara Quill\n\n"
        "When I joined the river commission, few of us had read a toll schedule, let alone "
        "argued over one with the delegations upstream.\n\n"
        "The first ferry agreement was our school, and its talks lasted five years.\n"
    )
    article = read_article(page)
    assert "Delta Today" not in article.author
    assert section_shaped("Delta Today", SCORING)
    # negative: a person's name in the same place is not a section
    assert not section_shaped("Rowan Ashby", SCORING)
