"""Tests of ``analysis.ingest.layout.run_on_writers``: the writers a journal article's
first page, run into one line, names after its title."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.run_on_writers import numbered_run_names, run_on_writers
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

#: A document store's text of a journal article of our own: the document's name glued to
#: its address, the page count, then the first page run into one line, the title page
#: printed twice (title, writer, title, writer) before the text.
_TWICE = (
    "Orchards, Ferries and Markets in the Delta"
    "examplejournal.org/-Ana-Lima/101/article.pdf · Orchards, Ferries...\n\n"
    "12\n"
    "The Example Journal | River Focus Volume 3 | Issue 2 | Mar 01, 2009 1 Orchards, "
    "Ferries and Markets in the Delta Ana Lima Orchards, Ferries and Markets in the Delta "
    "Ana Lima In the early years of the reform the orchards of the delta sold their fruit "
    "to traders who came by boat, and the ferries carried the growers to the town markets "
    "twice a week.\n"
    "The growers' cooperatives later bought their own boats.\n"
)

#: A publisher's article as a store shows it (of our own): the document's name and the
#: store's, the page count, the first page in one line: volume, address, article type,
#: title, the writers with their affiliation numbers joined by a middle dot, copyright.
_NUMBERED = (
    "Explaining the Delta's Fruit Trade - Example Studies\n\n"
    "21\n"
    "Vol.:(0123456789) https://doi.org/10.1000/x12345 1 3 ARTICLE Explaining the Delta's "
    "Fruit Trade Ana Lima 1  · Rowan Ashby 2 © The Author(s), under exclusive licence to "
    "Example Press 2022 Abstract This article explains how the delta's fruit growers found "
    "buyers abroad, from the first shipments by river to the long contracts of today.\n"
)


def test_the_name_between_the_title_and_its_repetition_is_the_writer() -> None:
    article = read_article(_TWICE)
    assert article.title == "Orchards, Ferries and Markets in the Delta"
    assert article.author == "Ana Lima"


def test_names_closed_by_affiliation_numbers_are_the_writers() -> None:
    assert read_article(_NUMBERED).author == "Ana Lima; Rowan Ashby"


def test_no_closing_no_writer() -> None:
    line = "Fruit Trade Ana Lima and Rowan Ashby visited the growers in the spring"
    assert run_on_writers("Fruit Trade", line, RULES) == []
    sentence = "Fruit Trade The growers sold more Fruit Trade figures rose"
    assert run_on_writers("Fruit Trade", sentence, RULES) == []  # no name between
    assert run_on_writers("Trade", "Trade Ana Lima Trade", RULES) == []  # one-word title


_NAMES = ["Ana Lima", "Rowan Ashby", "Minh Chau Vu", "Quoc Bao Tran", "Helen Marsh"]


@given(
    names=st.lists(st.sampled_from(_NAMES), min_size=1, max_size=4, unique=True),
    joiner=st.sampled_from([" · ", ", ", " and "]),
    numbers=st.lists(st.sampled_from(["1", "2", "1,2", "3"]), min_size=4, max_size=4),
)
def test_any_numbered_writers_are_read_in_order(
    names: list[str], joiner: str, numbers: list[str]
) -> None:
    listed = joiner.join(f"{name} {number}" for name, number in zip(names, numbers, strict=False))
    line = f"ARTICLE The Delta's Fruit Trade {listed} © The Author(s) 2022 Abstract Text."
    assert run_on_writers("The Delta's Fruit Trade", line, RULES) == names


#: A transcription store's page of a thesis of our own: the store's chrome, then the
#: pages numbered and each run into one line; the archive's record first, the cover second
#: ("by Name Month YYYY" after the title in capitals).
_THESIS = """How do river ports shape the trade of the delta?

Size: px
Start display at page:

Download "How do river ports shape the trade of the delta?"

Transcription

1 Example Institutional Archive Theses and Dissertations Collection, all items How do river ports shape the trade of the delta? Lima, Ana M. Lakeside, Example State: Example Graduate School Downloaded from the Example Archive

2 EXAMPLE GRADUATE SCHOOL LAKESIDE, EXAMPLE STATE THESIS HOW DO RIVER PORTS SHAPE THE TRADE OF THE DELTA? by Ana M. Lima June 2015 Thesis Advisor: Second Reader: Rowan Ashby Helen Marsh Approved for public release

3 ABSTRACT This thesis asks how far the river ports of the delta decide where its fruit and rice are sold, comparing three ports and the trade of the years around their opening.
"""


def test_a_thesis_covers_writer_before_its_month() -> None:
    assert read_article(_THESIS).author == "Ana M. Lima"
    undated = "THE TRADE OF THE DELTA by Ana M. Lima Thesis Advisor: Rowan Ashby"
    assert run_on_writers("The Trade of the Delta", undated, RULES) == []


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
