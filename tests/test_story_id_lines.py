"""A story's number in the site's database over its date ("News ID: 94310" over "Publish
Date : 11 September 2021 - 21:17" on an Iranian daily's English page, held-out 103) is
page chrome (``chrome`` of ``data/header_scoring.yaml``): never the headline. The date under
it is still read; a headline with a number stays a headline."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

TEXT = (
    "BEIJING (Dispatches) – A river survey ship will call at a northern port next month to "
    "share depth charts of the river mouth, the transport ministry said on Saturday.\n"
    "The ship, which carries twenty hydrographers, will spend four days in port and hold a "
    "joint training session with local surveyors.\n"
)


@pytest.mark.parametrize("label", ["News ID: 94310", "Article ID: 5521", "Story ID : 88"])
def test_a_story_number_is_no_headline(label: str) -> None:
    article = read_article(f"{label}\nPublish Date : 11 September 2021 - 21:17\n\n{TEXT}")
    assert article.title == ""
    assert article.header_date is not None
    assert article.header_date.date_start.date().isoformat() == "2021-09-11"


@pytest.mark.parametrize(
    "headline", ["Survey ship 94310 to call at port", "ID cards for 20 river pilots"]
)
def test_a_headline_with_a_number_stays(headline: str) -> None:
    assert read_article(f"{headline}\n\n{TEXT}").title == headline
