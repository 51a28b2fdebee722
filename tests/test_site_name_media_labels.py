"""A media section's label on the page's first line ("News Videos" in a daily's menu,
"Episodios" over a podcast app's episode list; fix34b, held-out 99 and 110) is no site's
own name: the ``site_name`` generic words of ``data/header_scoring.yaml`` list the labels of
video, podcast and photo pages, so the page's address names the outlet. A site's name
holding such a word beside a name of its own is still read."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import outlet_from_url, read_article

#: A daily's story under a menu label, its edition label and the date.
PAGE = (
    "{label}\n"
    "International Edition\n"
    "\n"
    "May 28, 2017\n"
    "\n"
    "Ferry crews from both sides of the gulf train together at sea\n"
    "\n"
    "Ferry crews from two neighbouring countries held a joint rescue drill in the gulf on "
    "Sunday, the first since the route reopened last spring, port officials said.\n"
    "\n"
    "The drill lasted six hours and involved four ships and a helicopter.\n"
)

URL = "https://www.harbourdaily.com.tw/news/ferry-crews-train-together"


def _outlet(label: str) -> str:
    page = read_article(PAGE.format(label=label))
    flags = ";".join(page.metadata_flags)
    names = " | ".join(page.site_names)
    fields = outlet_from_url(
        URL, page.outlet, page.credited, page.outlet_source, flags, page.outlet_kind, names
    )
    return fields["outlet"] if fields else page.outlet


@pytest.mark.parametrize("label", ["News Videos", "Videos", "Episodios", "Episodes", "Photos"])
def test_a_media_section_label_is_no_site_name(label: str) -> None:
    assert read_article(PAGE.format(label=label)).outlet.casefold() != label.casefold()
    assert _outlet(label) == "harbourdaily.com.tw"


@pytest.mark.parametrize("name", ["Harbour Videos", "Gulf Podcast Network", "Delta Photos Weekly"])
def test_a_site_name_with_a_media_word_is_still_read(name: str) -> None:
    assert read_article(PAGE.format(label=name)).outlet == name
