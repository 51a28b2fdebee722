"""A writer's name holds no country's name (``ingest/country_names.py``, held-out 130): an
image's alt text ("Vietnam Laos Border Markers") and a headline's second line ("President
Visits Vietnam") are no writers; a name holding a country that is also a given name
("Jordan Hale", "India Knight") and Vietnamese names ("Nguyen Hoai Nam") still are."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.country_names import holds_country
from analysis.ingest.page_rules import load_rules
from tests.page_reading import read_page


@pytest.mark.parametrize(
    "line", ["Vietnam Laos Border Markers", "President Visits Vietnam", "Cambodia Flood Map"]
)
def test_lines_holding_a_country_are_no_names(line: str) -> None:
    assert holds_country(line.split())
    assert not looks_like_name(line, load_rules())


@pytest.mark.parametrize(
    "name", ["Jordan Hale", "India Knight", "Nguyen Hoai Nam", "Tran Viet Anh", "Georgia Lam"]
)
def test_names_stay_names(name: str) -> None:
    assert not holds_country(name.split())
    assert looks_like_name(name, load_rules())


def test_an_alt_text_under_a_post_is_no_writer() -> None:
    page = [
        "Vietnam – Cambodia Flood Map Shared",
        "",
        "Good news from the delta this week: the two water agencies will share their flood "
        "readings every few hours during the rainy season.",
        "",
        "I rode along the river last spring and saw how fast the water can rise.",
        "",
        "Read ->  Vietnam and Cambodia share flood readings",
        "",
        "Vietnam Cambodia Flood Map",
        "",
        "(Source: VietnamNet Bridge)",
    ]
    row = read_page("\n".join(page) + "\n", "https://example.com/2009/06/02/flood-map/")
    assert row["author"] == ""


def test_a_closing_writer_name_is_still_read() -> None:
    page = [
        "Notes from the delta",
        "",
        "The two water agencies will share their flood readings every few hours during the "
        "rainy season, officials said on Tuesday.",
        "",
        "Farmers on both banks welcomed the plan.",
        "",
        "Jordan Hale",
    ]
    row = read_page("\n".join(page) + "\n")
    assert row["author"] == "Jordan Hale"
