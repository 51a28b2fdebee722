"""A page whose header is one line, named again in its first paragraph ("The Trade
Minister Talk" / "... were pleased to attend the Trade Minister Talk ..."), is headed by
that line: with no other line to prefer, ``named_in_text`` only ranks and is dropped for
the only candidate (fix32b, held-out 82's company news page; ``title._only_candidate``)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

_TEXT = (
    "Ms. Anna Berg and Mr. Le Van Hai were pleased to attend the Harbour Open Day on "
    "behalf of the shipping firm, and met the port's new director there.\n\n"
    "In the picture, Ms. Berg talks with the director about the new container berths.\n"
)


def test_the_only_header_line_named_in_the_text_is_the_headline() -> None:
    assert read_article(f"The Harbour Open Day\n\n{_TEXT}").title == "The Harbour Open Day"


def test_negatives() -> None:
    # an organisation's name over a headline still loses to it
    page = (
        "Harbour Workers Union\n\nDock pay talks resume\n\nOn Monday the Harbour Workers "
        "Union sent a letter to the port authority, and the talks will resume next week.\n"
    )
    assert read_article(page).title == "Dock pay talks resume"
    # a person's name alone over the text is no headline
    named = read_article(
        "Anna Berg\n\nAnna Berg was pleased to attend the open day of the harbour, "
        "where she met the port's new director.\n"
    )
    assert named.title == ""
    # a VNA dateline and a byline over the text give no headline either
    wire = read_article(
        "By Nguyen Van An\n\nHanoi, May 5 (VNA) - The Harbour Open Day drew crowds to the "
        "port on Monday, its organisers said.\n"
    )
    assert wire.title == ""
