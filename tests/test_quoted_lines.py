"""Tests of ``analysis.ingest.layout.quoted_lines``: a forward whose every line is quoted
by ">" is read without its markers, the markers kept in the paragraphs' raw text; a file
with any unquoted line is read as it stands."""

from __future__ import annotations

from hypothesis import given

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.quoted_lines import quoted_throughout, unquoted
from tests.strategies import articles

#: A mail archive's message forwarding two stories, every line quoted (placeholder text).
QUOTED_FORWARD = (
    ">Provincial library opens a reading room for fishermen\n"
    ">The library of a coastal province opened a reading room beside the fish market\n"
    ">on Tuesday, with two thousand books on boats, nets and the weather at sea.\n"
    ">The director said the room would stay open from dawn, when the boats come in,\n"
    ">and that a van would carry books to three harbours every week. (VNA)\n"
    "\n"
    "\n"
    ">School builds a garden of medicinal herbs\n"
    ">Pupils of a district school planted forty kinds of herbs in a garden behind\n"
    ">their classrooms, helped by the staff of a traditional medicine hospital. (VNA)\n"
)


def test_a_forward_quoted_throughout_is_read_without_its_markers() -> None:
    """The headline and the text are read as in any article; the raw keeps the markers."""
    article = read_article(QUOTED_FORWARD)
    assert article.title == "Provincial library opens a reading room for fishermen"
    assert "".join(p.raw for p in article.paragraphs) == QUOTED_FORWARD
    assert not any(p.text.startswith(">") for p in article.paragraphs)
    kinds = {p.text[:20]: p.kind for p in article.paragraphs}
    assert kinds["The library of a coa"] in {"lede", "body"}


def test_one_unquoted_line_leaves_the_markers() -> None:
    """A colleague's note over the quoted story: not a forward quoted throughout."""
    text = "See below, for the library file.\n" + QUOTED_FORWARD
    assert not quoted_throughout(text.splitlines(keepends=True))
    assert split_lines(text)[1].text.startswith(">Provincial library")


def test_a_line_of_markers_only_is_blank_and_nested_markers_go() -> None:
    """ "> >" nested quotes lose all their markers; a line of ">" alone separates blocks."""
    paras = split_lines(">> Headline over the quote\n>\n> First line of the text.\n>Second.\n")
    assert [p.text for p in paras] == [
        "Headline over the quote",
        "First line of the text.",
        "Second.",
    ]
    assert [p.block for p in paras] == [0, 1, 1]


def test_too_few_lines_are_not_a_forward() -> None:
    """Two quoted lines are a quotation, not a forwarded article."""
    assert not quoted_throughout([">A quoted line.\n", ">Another.\n"])
    assert unquoted("Text > with a sign inside") == "Text > with a sign inside"


@given(articles())
def test_quoting_every_line_reads_the_same_text(text: str) -> None:
    """Quoting every non-blank line of any text gives the same paragraph texts (when three
    or more lines), and the raw text still rebuilds the quoted file."""
    lines = text.splitlines(keepends=True)
    quoted = "".join(">" + line if line.strip() else line for line in lines)
    paras = split_lines(quoted)
    assert not quoted.strip() or "".join(p.raw for p in paras) == quoted
    if quoted_throughout(quoted.splitlines(keepends=True)):
        plain = [unquoted(">" + p.text).strip() for p in split_lines(text)]
        assert [p.text for p in paras] == plain
