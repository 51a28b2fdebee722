"""A writer's name alone in brackets on the page's last line, under the text ("(Rodel
Santiago)" closing a Filipino tabloid's story, held-out 103), names the writer
(``closing_credits._bare_bracket_credit``); an agency's or a desk's bracket, initials, a
bracketed name followed by more lines, and a byline over the text are left as they were."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

TEXT = (
    "Nakabalik na sa bansa nitong Miyerkoles ang walong chef matapos ang tatlong araw na food "
    "fair sa ibang bansa.\n\n"
    "Lumapag ang eroplanong sinakyan ng grupo sa paliparan dakong alas-5:10 ng umaga.\n\n"
    "“We cooked for more than two thousand guests, and many asked for the recipes,” saad ng "
    "pinuno ng grupo.\n"
)


def test_a_bracketed_name_closing_the_page_is_the_writer() -> None:
    assert read_article(f"{TEXT}\n(Rodel Santiago)\n").author == "Rodel Santiago"


@pytest.mark.parametrize("closing", ["(VNA)", "(Associated Press)", "(gen)", "(DK)", "(END)"])
def test_an_agency_or_initials_in_brackets_names_no_writer(closing: str) -> None:
    assert read_article(f"{TEXT}\n{closing}\n").author == ""


def test_a_bracketed_name_with_lines_after_it_names_no_writer() -> None:
    page = f"{TEXT}\n(Related Stories)\n\nChefs win a prize abroad\n"
    assert read_article(page).author == ""


def test_a_byline_over_the_text_is_kept() -> None:
    page = f"Chefs cook at a food fair\n\nBy Jane Doe\n\n{TEXT}\n(Rodel Santiago)\n"
    assert read_article(page).author == "Jane Doe"
