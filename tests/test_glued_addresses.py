"""Tests of ``analysis.ingest.layout.glued_addresses`` (title77b, held-out 77): a
document's title glued to its PDF's address on a document host's first line is split off
where the document's own text prints the title again, and read as the headline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.glued_addresses import glued_title_end, split_glued_title
from analysis.ingest.layout.lines import split_lines

# Our own page in the layout of held-out 77's document host: the title run into the file's
# address and a cut copy, a page count, the journal's running head, title and writer on
# one line with the first paragraph, then the text.
PAGE = (
    "Salt Roads and River Tolls in the Upper Mekongjournalx.org/-Ana-Lind/88/paper.pdf "
    "· Salt Roads and...\n\n"
    "9\n"
    "Review of River Studies Volume 3 | Issue 2 | Mar 02, 2015 1 Salt Roads and River "
    "Tolls in the Upper Mekong Ana Lind Salt carriers paid tolls at every river crossing "
    "until the last century, and the toll books tell us who carried what.\n"
    "The books of three crossings survive in a provincial archive. They list the loads, "
    "the prices and the names of the carriers.\n"
)


def test_the_glued_title_is_split_off_and_read() -> None:
    article = read_article(PAGE)
    assert article.title == "Salt Roads and River Tolls in the Upper Mekong"
    address = next(p for p in article.paragraphs if "paper.pdf" in p.text)
    assert address.kind == "boilerplate"


def test_no_copy_below_no_split() -> None:
    # negative: without the title's copy in the text, where the title ends is unknown
    page = PAGE.replace("1 Salt Roads and River Tolls in the Upper Mekong Ana Lind ", "1 ")
    paras = split_lines(page)
    split_glued_title(paras)
    assert paras[0].text.startswith("Salt Roads") and "paper.pdf" in paras[0].text


def test_no_address_no_split() -> None:
    assert glued_title_end("Salt Roads and River Tolls", "Salt Roads and River Tolls") == 0
    assert glued_title_end("A Bx.org/a.pdf", "A B C") == 0  # too few words


@given(
    st.lists(
        st.sampled_from(["Salt", "Roads", "River", "Tolls", "Upper", "Mekong"]),
        min_size=3,
        max_size=9,
    ),
    st.sampled_from(["journalx.org", "docs.example.net", "a-b.edu"]),
)
def test_the_title_ends_where_its_copy_ends(words: list[str], host: str) -> None:
    title = " ".join(words)
    line = f"{title}{host}/{words[0]}/paper.pdf · {words[0]}..."
    assert glued_title_end(line, f"1 {title} Ana Lind Text of the paper.") == len(title)
