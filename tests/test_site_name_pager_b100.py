"""Test of the ``site_name.generic_words`` added to ``data/header_scoring.yaml`` for held-out
100: a document server's pager over an adopted text ("Index" / "Previous" / "Next" / "Full
text") is page links, never the site's name; a site's own name line is read as before
(placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

BODY = (
    "Thursday, 19 December 2019 - Strasbourg\n"
    "Ferry safety on the outer islands\n\n"
    "The Assembly,\n\n"
    "–  having regard to its previous resolutions on ferry safety,\n\n"
    "1.  Calls on the operators to publish their inspection reports every year;\n"
)


@pytest.mark.parametrize(
    "pager",
    ["Index \n Previous \n Next \n Full text \n", "Index\nPrevious\nNext\n", "Full text\n"],
)
def test_a_pager_is_no_site_name(pager: str) -> None:
    article = read_article(f"{pager}Procedure : 2019/2993(RSP)\n\n{BODY}")
    assert article.outlet.casefold() not in {"index", "previous", "next", "full text"}


@pytest.mark.parametrize("site", ["Delta Ferry Review", "The Island Courier"])
def test_a_site_name_line_is_still_read(site: str) -> None:
    page = (
        f"{site}\n\nFerry safety on the outer islands\n\nHarbour Town, May 4 – The ferry "
        "service resumed on Monday after two weeks of repairs, the port office said.\n"
    )
    assert read_article(page).outlet == site
