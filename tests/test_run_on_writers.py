"""Tests of ``analysis.ingest.layout.run_on_writers``: the writers a journal article's
first page, run into one line, prints after its title with affiliation numbers (held-out
91; the class of held-out 82's document store page)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.run_on_writers import numbered_run_names
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

#: A document store's text of a journal PDF: the document's name with the site it came
#: from, the page count, then the first page in one line.
_STORE = (
    "Explaining Laos's Coffee Export Diplomacy - Mekong-Papers\n\n"
    "18\n"
    "Vol.:(0123456789) https://doi.org/10.1007/s12140-023-09417-x 1 3 MANUSCRIPT Explaining "
    "Laos's Coffee Export Diplomacy Somchai Phommavong 1  · Elena Marsh 2 © The Author(s), "
    "under exclusive licence to Springer Nature B.V. 2023 Abstract This article explains how "
    "Laos has used its coffee exports to open doors in Asian capitals. Keywords Coffee · Laos "
    "Introduction Coffee is Laos's second export crop.\n"
)


def test_writers_numbered_after_the_title_in_a_run_are_read() -> None:
    assert read_article(_STORE).author == "Somchai Phommavong; Elena Marsh"


def test_a_glued_affiliation_number_closes_a_name() -> None:
    line = "ASEAS 4-1 - Coffee Roads in Laos ASEAS Coffee Roads in Laos Elena Marsh1 Vienna"
    assert numbered_run_names("Coffee Roads in Laos", line, RULES) == ["Elena Marsh"]


def test_no_number_or_no_name_means_no_writer() -> None:
    """Negatives: words after the title without an affiliation number, a year after a
    name, lower-case words, or the title missing from the line give no writer."""
    title = "Coffee Roads in Laos"
    assert numbered_run_names(title, f"{title} Elena Marsh Vienna University", RULES) == []
    assert numbered_run_names(title, f"{title} Elena Marsh 2019 report", RULES) == []
    assert numbered_run_names(title, f"{title} the paper 1 · looks", RULES) == []
    assert numbered_run_names(title, "Elena Marsh 1 · Pavel Hollis 2 ©", RULES) == []
    no_number = _STORE.replace("Phommavong 1  · Elena Marsh 2 ©", "Phommavong · Elena Marsh ©")
    assert read_article(no_number).author == ""


@settings(max_examples=30, deadline=None)
@given(
    first=st.sampled_from(["Marta", "Oren", "Ines", "Pavel"]),
    last=st.sampled_from(["Quill", "Talbot", "Ferrand", "Hollis"]),
    number=st.integers(min_value=1, max_value=9),
)
def test_any_numbered_name_after_the_title_is_read(first: str, last: str, number: int) -> None:
    """Property: a name closed by its affiliation number, apart before "©" or glued before
    a space, is read whole."""
    title = "Coffee Roads in Laos"
    apart = f"{title} {first} {last} {number} © The Author(s)"
    glued = f"{title} {first} {last}{number} Vienna University"
    assert numbered_run_names(title, apart, RULES) == [f"{first} {last}"]
    assert numbered_run_names(title, glued, RULES) == [f"{first} {last}"]
