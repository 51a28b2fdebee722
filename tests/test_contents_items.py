"""Tests for ``analysis.ingest.layout.contents_items`` (held-out 88)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.contents_items import contents_item, label_contents_items
from analysis.ingest.layout.lines import split_lines
from tests.page_reading import line_kinds

#: A library journal's print view of an issue's contents (placeholder writers and titles).
CONTENTS_PAGE = (
    "Monthly publication\n\n"
    "Library Science Review Issue No. 214 (Sep.2023)\n\n"
    "20/10/2023 10:05\n\n"
    "LSR\n\n"
    "READING CULTURE\n\n"
    "4. NGO VAN HAI: Reading clubs in district schools\n\n"
    "11. DINH THI MAI: Commune reading rooms after the merger of communes\n\n"
    "PRACTICE\n\n"
    "19. LY VAN SON - HA THI NGA: Mobile library vans on the islands\n\n"
    "27. TRINH VAN LOC: Digital catalogues for provincial libraries\n"
)


def test_a_contents_page_keeps_its_items_and_section_heads_as_text():
    """With no running text, the contents items are body and their heads headings."""
    kinds = line_kinds(read_article(CONTENTS_PAGE))
    assert kinds["4. NGO VAN HAI: Reading clubs in district schools"] == "body"
    assert kinds["19. LY VAN SON - HA THI NGA: Mobile library vans on the islands"] == "body"
    assert kinds["READING CULTURE"] == kinds["PRACTICE"] == "heading"
    assert kinds["Monthly publication"] == "boilerplate"
    assert read_article(CONTENTS_PAGE).author == ""


def test_two_items_or_a_page_with_prose_are_left_alone():
    """Fewer than three items, or a page with running text, is no contents page."""
    two = CONTENTS_PAGE.split("PRACTICE")[0]
    kinds = line_kinds(read_article(two))
    assert kinds["4. NGO VAN HAI: Reading clubs in district schools"] != "body"
    paras = split_lines(CONTENTS_PAGE)
    for p in paras:
        p.kind = "boilerplate"
    paras[-1].kind = "body"  # a page with running text
    label_contents_items(paras)
    assert [p.kind for p in paras[:-1]] == ["boilerplate"] * (len(paras) - 1)


@given(
    st.integers(min_value=1, max_value=400),
    st.lists(st.from_regex(r"[A-Z]{2,7}", fullmatch=True), min_size=2, max_size=4),
    st.from_regex(r"[A-Z][a-z]{3,10}( [a-z]{2,10}){1,6}", fullmatch=True),
)
def test_any_numbered_capitals_name_and_title_is_an_item(page: int, name: list[str], title: str):
    """A page number, a name in capitals, a colon and a title make an item; the same line
    with the name in title case does not."""
    assert contents_item(f"{page}. {' '.join(name)}: {title}")
    assert not contents_item(f"{page}. {' '.join(w.title() for w in name)}: {title}")


def test_a_contents_page_without_a_headline_takes_the_line_naming_its_issue():
    """The header's line naming the issue is the page's title; the category, the desk's
    initials and a page without contents items get none from this rule."""
    article = read_article(CONTENTS_PAGE)
    assert article.title == "Library Science Review Issue No. 214 (Sep.2023)"
    assert "no_headline" not in article.metadata_flags
    no_issue = read_article(CONTENTS_PAGE.replace(" Issue No. 214 (Sep.2023)", ""))
    assert "contents page" not in no_issue.title_source
