"""A portal's back link over its article (held-out 129): the lines above it are chrome, the
line under it the headline (``layout/back_links.py``). Placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.back_links import is_back_link
from tests.page_reading import line_kinds

PORTAL = """Useful information
No records
River Port Cooperation News
« Quay lại

Delegation from a Lao province visits the river port.

Hình đại diện

A delegation from a Lao province visits the river port today and meets the city's leaders, who present the port's new berths and its cargo links to the coast.


The two sides agree to study a barge route for rice and timber and to hold a trade fair next spring.
"""


def test_section_name_over_back_link_is_chrome_and_headline_under_it() -> None:
    article = read_article(PORTAL)
    assert article.title == "Delegation from a Lao province visits the river port."
    kinds = line_kinds(article)
    assert kinds["River Port Cooperation News"] == "boilerplate"
    assert kinds["« Quay lại"] == "boilerplate"


def test_back_link_forms() -> None:
    assert is_back_link("« Quay lại") and is_back_link("‹ Back") and is_back_link("Zurück")
    assert is_back_link("back to list") and is_back_link("← Trở về")
    assert not is_back_link("Back to the border: ferries return to the Mekong")
    assert not is_back_link("Quay lại Hà Nội")


def test_back_link_closing_the_text_leaves_the_header_alone() -> None:
    page = (
        "Ferries return to the Mekong crossing\n\n"
        "The ferry service across the river resumed on Monday after a month of repairs, "
        "carrying traders and farm produce between the two provinces.\n\n"
        "« Back\n"
    )
    assert read_article(page).title == "Ferries return to the Mekong crossing"


def test_back_link_over_prose_keeps_the_lines_above() -> None:
    page = (
        "Ferries return to the Mekong crossing\n"
        "« Back\n"
        "The ferry service across the river resumed on Monday after a month of repairs, "
        "carrying traders and farm produce between the two provinces.\n"
    )
    assert read_article(page).title == "Ferries return to the Mekong crossing"
