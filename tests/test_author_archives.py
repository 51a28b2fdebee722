"""Tests for ``analysis.ingest.layout.author_archives`` (held-out 88)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.author_archives import archive_writer
from tests.page_reading import line_kinds

#: A paper's author page (placeholder writer and item about village libraries).
AUTHOR_PAGE = (
    "Le Thanh Mai - Former Head of a District Library\n"
    "For Le Thanh Mai - Former Head of a District Library's latest contributions to "
    "VietnamTimes, see below:\n\n"
    "Thirty Years of Village Libraries in the Red River Delta\n"
    "02/03/2025 07:30\n"
    "Village libraries grew from a few shelves in commune halls into a network reaching "
    "most districts, kept open by teachers and volunteers through difficult years.\n"
    "Prev Next\n"
)


def test_an_author_page_names_its_writer_and_takes_the_items_title():
    """The writer's "Name - post" line is no headline; the archive line names the writer."""
    article = read_article(AUTHOR_PAGE)
    assert article.title == "Thirty Years of Village Libraries in the Red River Delta"
    assert article.author == "Le Thanh Mai"
    kinds = line_kinds(article)
    assert kinds["Le Thanh Mai - Former Head of a District Library"] == "boilerplate"


def test_a_page_without_an_archive_line_keeps_its_headline():
    """Without the archive line, the same "Name - post" headline-like line is untouched."""
    page = AUTHOR_PAGE.replace("For Le Thanh Mai", "Notes by Le Thanh Mai")
    assert archive_writer(page.splitlines()[1]) == ""


def test_archive_lines_of_blog_platforms():
    """WordPress's "Author Archives: Name" and "Posts by Name" name the writer; a category
    archive names none."""
    assert archive_writer("Author Archives: Nguyen Thu Ha") == "Nguyen Thu Ha"
    assert archive_writer("Posts by Mark Ellison") == "Mark Ellison"
    assert archive_writer("Archive for the ‘Ministry of Foreign Affairs’ Category") == ""
    assert archive_writer("For more stories, see below:") == ""


@given(
    st.lists(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True), min_size=2, max_size=4),
    st.sampled_from(["Former Editor", "Reporter", "Researcher at an institute"]),
)
def test_any_name_with_a_post_is_read_without_the_post(words: list[str], post: str):
    """The post after the dash is never part of the writer's name."""
    name = " ".join(words)
    line = f"For {name} - {post}'s latest contributions to The Paper, see below:"
    assert archive_writer(line) == name
