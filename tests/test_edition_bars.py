"""Tests of ``analysis.ingest.layout.edition_bars``: a bar of a paper's editions over the
headline is furniture (held-out 78's SGGP page, its layout with placeholder sentences on
another subject)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.core.stop_words import english_stop_words
from analysis.ingest.layout import read_article
from analysis.ingest.layout.edition_bars import MIN_REPEATS, is_edition_bar

_PAGE = (
    "{bar}\n\n"
    "City opens a river museum for schoolchildren\n\n"
    "A delegation of teachers on Monday visited the new river museum.\n\n"
    "The museum shows models of the boats that once carried rice along the canals.\n\n"
    "By Placeholder Name – Translated by Other Name\n"
)


def test_the_edition_bar_is_no_headline() -> None:
    bar = "TNT Online TNT Thể Thao TNT Kinh tế 中文版 TNT Epaper"
    article = read_article(_PAGE.format(bar=bar))
    assert article.title == "City opens a river museum for schoolchildren"
    assert article.paragraphs[0].kind == "boilerplate"


# a paper's short name, never an English function word ("THE", "ALL": fix33c)
_NAME = st.from_regex(r"[A-Z]{2,8}", fullmatch=True).filter(
    lambda name: name.casefold() not in english_stop_words()
)
_EDITION = st.sampled_from(["Online", "Sport", "Business", "Epaper", "中文版", "Thể Thao"])


@given(_NAME, st.lists(_EDITION, min_size=1, max_size=5))
def test_a_name_repeated_before_each_edition(name: str, editions: list[str]) -> None:
    line = " ".join(f"{name} {edition}" for edition in editions)
    assert is_edition_bar(line) == (len(editions) >= MIN_REPEATS)
    assert not is_edition_bar(line + ".")  # a sentence is no menu


def test_a_headline_in_capitals_repeating_the_is_no_bar() -> None:
    """(fix33c) "THE" three times in a headline in capitals makes no edition bar."""
    assert not is_edition_bar("RIVERS OF THE NORTH: THE FERRIES AND THE TOWNS")
    assert is_edition_bar("ABC Online ABC Sport ABC Business ABC Epaper")
