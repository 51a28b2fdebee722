"""A journal edition's contents heading is chrome: never the headline nor the site's name
(held-out 125; the ``chrome`` list of ``data/header_scoring.yaml``)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

CONTENTS_PAGE = """
CONTENTS
TREATIES AND PRACTICE
1. LE VAN AN - Ratifying border agreements: the steps the law sets out
The article follows a border agreement from its signing to its ratification and asks which ministry should keep its records.
2. PHAM THI HOA - Honorary consuls under Vietnamese law
The author compares the rules on honorary consuls with those of three neighbouring countries.
"""


def test_a_contents_heading_is_not_the_site_name() -> None:
    article = read_article(CONTENTS_PAGE)
    assert article.outlet.casefold() != "contents"
    assert article.title.casefold() not in ("contents", "table of contents")


def test_a_headline_opening_with_contents_stays_a_headline() -> None:
    page = (
        "Contents of the new border treaty made public\n\n"
        "The Foreign Ministry published the full text of the treaty with Laos on Monday, "
        "a week after the two parliaments approved it.\n\n"
        "The text runs to forty articles and three maps.\n"
    )
    assert read_article(page).title == "Contents of the new border treaty made public"
