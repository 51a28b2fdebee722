"""Tests of ``analysis.ingest.layout.alt_text_headlines``: a date line that the lead
photo's alt text repeats is the headline (held-out 63's radio letter box)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: VOV World's letter box: the headline is the broadcast day, the photo's alt text repeats it.
_LETTER_BOX = (
    "Wednesday March 6, 2024\n\n"
    "(VOVWORLD) -  Photos of spring festivals from many towns filled our inbox in recent "
    "days, together with questions about the kite festivals held in northern provinces.\n\n"
    "Wednesday March 6, 2024 - ảnh 1\n\n"
    "B: Thank you all for the photos. We are especially pleased to see how many of you have "
    "visited Vietnam and still remember its spring markets.\n"
)


def test_a_date_line_repeated_as_the_photos_alt_text_is_the_headline() -> None:
    article = read_article(_LETTER_BOX)
    assert article.title == "Wednesday March 6, 2024"
    assert article.header_date is not None  # still the page's date


def test_a_date_line_without_the_alt_text_stays_the_date_line() -> None:
    page = _LETTER_BOX.replace("Wednesday March 6, 2024 - ảnh 1\n\n", "")
    assert read_article(page).title == ""
    # the alt text of another line is no repeat of the date line
    other = _LETTER_BOX.replace("2024 - ảnh 1", "2024 at the station - ảnh 1")
    assert read_article(other).title == ""
