"""Writers' names run together over the byline (``layout/glued_name_pairs.py``, held-out 104)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

_TEXT = (
    "Keepers on the lower river stopped work on Tuesday, the first strike on the ferry "
    "line since it opened in 1998, and the board said talks would resume next week."
)


def _page(names: str, byline: str) -> str:
    return "\n".join(
        [
            "Ferry Keepers Walk Out on the Lower River for Two Days",
            "",
            _TEXT,
            "",
            "Pinned",
            names,
            "",
            byline,
            "",
            "Reporting from Hue",
            "",
            "What we know about the ferry strike.",
            "",
            _TEXT,
        ]
    )


def test_glued_writers_names_over_a_byline_naming_the_first_are_the_writers() -> None:
    article = read_article(_page("Anna BergTom Hale", "Anna Berg and"))
    assert article.author == "Anna Berg; Tom Hale"
    three = read_article(_page("Anna BergTom HaleLinh Tran", "Anna Berg, Tom Hale and"))
    assert three.author == "Anna Berg; Tom Hale; Linh Tran"


@pytest.mark.parametrize(
    ("names", "byline"),
    [
        ("Anna BergTom Hale", "Reporting from Hue"),  # no byline repeats the first name
        ("Ferry BoardHarbour Office", "Ferry Board and"),  # no person's names
        ("Hanoi, May 5 (VNA) - The board met.", "Anna Berg and"),
        ("Camera IconMusic teacher Anna Berg joins the keepers", "Anna Berg and"),
    ],
)
def test_a_glued_line_without_a_byline_repeating_it_names_no_writer(
    names: str, byline: str
) -> None:
    assert read_article(_page(names, byline)).author == ""


def test_the_cut_falls_where_the_next_name_starts_in_the_line_as_written() -> None:
    """The names are read from the normalised line, the cut is made in the line as written:
    two spaces inside the first name (one after normalising) move no cut, and the writers
    come out whole; a no-break space likewise."""
    for names in ("Anna  BergTom Hale", "Anna\u00a0BergTom Hale"):
        article = read_article(_page(names, "Anna Berg and"))
        assert article.author == "Anna Berg; Tom Hale", names
        bylines = [p.text for p in article.paragraphs if p.kind == "byline"]
        assert "Tom Hale" in bylines, names
