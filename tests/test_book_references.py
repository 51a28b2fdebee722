"""A reviewed book's "By" line between the review's headline and the book's publication
line names the book's author, not the writer of an unsigned review (held-out 128)."""

from analysis.ingest.layout import read_article

REVIEW = "A patient account of how Hanoi steered between its two great neighbours in the decade after the war, drawing on speeches and interviews with diplomats.\n"


def test_the_byline_over_the_publication_line_is_the_books() -> None:
    page = f"Hanoi Between the Blocs\nBy Richard Holloway\nWestview Press, 1986, 288 pp\n\n{REVIEW}"
    article = read_article(page)
    assert article.title == "Hanoi Between the Blocs"
    assert article.author == ""


def test_front_pages_and_pages_spelt_out() -> None:
    page = f"Hanoi Between the Blocs\nBy Richard Holloway\nHurst, 2020, xiv, 352 pages\n\n{REVIEW}"
    assert read_article(page).author == ""


def test_a_reviewers_byline_over_a_standfirst_stays() -> None:
    page = f"Hanoi Between the Blocs\nBy Richard Holloway\n\n{REVIEW}"
    assert read_article(page).author == "Richard Holloway"


def test_a_details_line_naming_its_own_author_keeps_the_reviewer() -> None:
    page = f"Hanoi Between the Blocs\nBy Richard Holloway\nHanoi Days, by John Doe, Hurst, 2020, 352 pages\n\n{REVIEW}"
    assert read_article(page).author == "Richard Holloway"
