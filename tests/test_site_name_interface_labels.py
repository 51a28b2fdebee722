"""An interface's label on a page copied from an app or a reader ("9,412" / "Views" over a
journal page, "Inbox" under a shared story's subject, "Google" over a blog host's archive;
fix36d, held-out 82, 120 and 124) is no site's own name: the ``site_name`` generic words of
``data/header_scoring.yaml`` list them, so the page's address names the outlet. A site's
name holding such a word beside a name of its own is still read."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import read_page
from tests.test_site_name_media_labels import PAGE  # a story under a label line

URL = "https://www.harbourjournal.org/doi/ferry-crews-train-together"


@pytest.mark.parametrize("label", ["Views", "Downloads", "Citations", "Inbox", "Google"])
def test_an_interface_label_is_no_site_name(label: str) -> None:
    assert read_article(PAGE.format(label=label)).outlet.casefold() != label.casefold()
    assert read_page(PAGE.format(label=label), URL)["outlet"] == "harbourjournal.org"


@pytest.mark.parametrize("name", ["Harbour Views", "Delta Inbox Weekly", "Gulf Citations Review"])
def test_a_site_name_with_an_interface_word_is_still_read(name: str) -> None:
    assert read_article(PAGE.format(label=name)).outlet == name
