"""Tests of ``analysis.ingest.layout.caption_days``: a day closing a photo caption's
sentence under the headline is the photo's day, and a full day in the page's address
outranks it (held-out 142's blog post served from a CDN host)."""

from __future__ import annotations

from tests.date_helpers import published_with_address

#: A blog post as stored: headline, the photo's caption closed by the day it was taken,
#: the text; no date line (the address gives the post's day).
_PAGE = (
    "\n".join(
        [
            "River talks end without a shared statement",
            "",
            "Fishing boats moored at a pier near Can Tho, Vietnam on January 9, 2021",
            "",
            "The ministers met for two days and left without agreeing on a text.",
            "",
            "Officials said the question of dry-season flows would come back next year.",
        ]
    )
    + "\n"
)


def test_the_address_day_outranks_a_captions_day() -> None:
    day, _ = published_with_address(_PAGE, "https://example-blog.net/blog/2021/02/14/talks")
    assert day.startswith("2021-02-14")


def test_without_an_address_day_the_captions_day_stays() -> None:
    day, _ = published_with_address(_PAGE, "https://example-blog.net/blog/talks")
    assert day.startswith("2021-01-09")
