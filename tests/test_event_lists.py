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


_TRANSCRIPT = (
    "THE VALLEY INSTITUTE – WEBINAR ORCHARDS AFTER THE FROST Springfield - Tuesday, "
    "May 4, 2021\n\nPARTICIPANTS:\n\nOpening Remarks:\n\n"
    "MARTA QUILL, Vice President, Valley Growers' Union\n\n"
    "Panel 1 - Shared cold stores in the upper valley:\n\n"
    "OREN TALBOT, Moderator Senior Fellow, Rural Policy Institute\n\n"
    "INES FERRAND, Professor, Department of Agronomy, Hill College\n\n"
    "P R O C E E D I N G S\n\n"
    "MS. QUILL: Good morning, and thank you for joining us to talk about the growers who "
    "moved from selling alone at the gate to pooling their apples each autumn.\n\n"
    "MR. TALBOT: Thank you, Marta. Let me begin with the cold stores and what they cost "
    "the growers who share them.\n"
)


def test_a_transcripts_participants_with_session_labels_between_are_no_writers() -> None:
    """Held-out 118: a court reporter's transcript lists its participants under
    "PARTICIPANTS:" with a session's label ("Opening Remarks:", "Panel 1 - ...:") between
    the names: the labels do not end the list, so no participant is read as a writer."""
    article = read_article(_TRANSCRIPT)
    assert not any(name in article.author for name in ("Quill", "Talbot", "Ferrand"))
    # the cover split (fix35c) gives the title; the "NAME, Role" under it is still one of
    # the participants, not a writer under the headline (header_name_roles)
    assert article.title == "ORCHARDS AFTER THE FROST"
    assert article.author == ""


def test_names_and_roles_under_the_headline_without_a_people_heading_are_writers() -> None:
    """Negative: the same cover and "NAME, Role" lines with no "PARTICIPANTS:" heading over
    it are read as writers, as before."""
    page = _TRANSCRIPT.replace("PARTICIPANTS:\n\nOpening Remarks:\n\n", "")
    assert "Marta Quill" in read_article(page).author


def test_the_same_names_without_the_participants_heading_are_read_as_before() -> None:
    """Negative: without the heading, the names under the session's label are read as the
    byline reader reads them (at least one writer), so the heading makes the list."""
    author = read_article(_TRANSCRIPT.replace("PARTICIPANTS:\n\n", "")).author
    assert any(name in author for name in ("Quill", "Talbot", "Ferrand"))
