"""An event page's lists under its text (held-out 80, fix80b): the names under a
``Speakers`` heading are the event's speakers, not the page's writers
(``layout.not_bylines.people_listed``), and the days under a ``Related Publications``
heading are the listed pieces', not the page's (``related_items.related_list_days``).
The page is our own, on orchard growers, in the layout of a think tank's event page."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article

_TEXT = (
    "Across the upper valley, orchard growers have moved from selling alone at the gate to "
    "pooling their apples in two shared cold stores each autumn.\n\n"
    "To support this and other farm projects, the institute has set up a series of meetings "
    "that bring growers, buyers and district officers together.\n\n"
    "On May 4, the institute hosted a discussion with growers on the shared stores and how "
    "they fit into wider plans for the valley's markets.\n\n"
)

_SPEAKERS = (
    "Speakers\n\n"
    "Marta Quill\nDeputy Director, Valley Growers' Union\n\n"
    "Oren Talbot\nSenior Expert, Farm Markets, Rural Policy Institute\n\n"
)

_RELATED = (
    "Related Publications\n\n"
    "The Slow Work of Pooling a Harvest\n\n"
    "The Slow Work of Pooling a Harvest\n\n"
    "Tuesday, September 10, 2024\n"
)


def test_speakers_are_no_writers_and_a_related_day_is_not_the_page_s() -> None:
    article = read_article(_TEXT + _SPEAKERS + _RELATED)
    assert article.author == ""
    assert article.footer_date is None and article.header_date is None
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Marta Quill"] == "boilerplate"
    assert kinds["Tuesday, September 10, 2024"] == "boilerplate"


def test_without_the_headings_the_names_are_writers_and_the_day_is_read() -> None:
    """Negative: the same lines without their headings are read as before (writers and a
    closing day), so the headings, not the names' place, make the lists."""
    article = read_article(
        _TEXT
        + _SPEAKERS.replace("Speakers\n\n", "")
        + _RELATED.replace("Related Publications\n\n", "")
    )
    assert "Marta Quill" in article.author
    found = article.footer_date or article.header_date
    assert found is not None and found.date_start.year == 2024


@settings(max_examples=25, deadline=None)
@given(
    heading=st.sampled_from(["Speakers", "SPEAKERS", "Panelists:", "Participants", "Guests"]),
    first=st.sampled_from(["Marta", "Oren", "Ines", "Pavel"]),
    last=st.sampled_from(["Quill", "Talbot", "Ferrand", "Hollis"]),
)
def test_any_name_under_a_people_heading_is_no_writer(heading: str, first: str, last: str) -> None:
    page = _TEXT + f"{heading}\n\n{first} {last}\nDirector, Valley Growers' Union\n"
    assert read_article(page).author == ""
