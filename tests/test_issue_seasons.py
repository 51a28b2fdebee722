"""Tests of ``analysis.ingest.layout.issue_seasons``: a quarterly's issue season as the
page's year (held-out 79), on a page of our own (a lighthouse essay)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import load_rules, read_article
from analysis.ingest.layout.issue_seasons import season_year

RULES = load_rules()

PAGE = "\n".join(
    [
        "Keepers, lamps and radio beacons —not what the old harbour board had planned.",
        "Autumn 2018",
        "The keepers of the northern lights once rowed out to their towers every Monday.",
        "When the harbour board was formed, the coast had almost no lights outside its ports "
        "and the ships kept far from the shore at night, waiting for the dawn to come in.",
        "Since then, the coast has changed the way it guides ships more than almost any other, "
        "and a pilot now brings a ship in by the beacons on the darkest night of the year.",
    ]
)


def test_an_issue_season_alone_on_its_line_dates_the_page_to_its_year() -> None:
    article = read_article(PAGE)
    assert article.header_date is not None
    assert article.header_date.precision == "year"
    assert str(article.header_date.date_start.date()) == "2018-01-01"


def test_a_page_with_its_own_day_keeps_it_and_a_season_in_prose_is_no_date() -> None:
    dated = read_article(PAGE.replace("Autumn 2018", "Autumn 2018\n12 October 2018"))
    assert dated.header_date is not None and dated.header_date.precision == "day"
    assert season_year("The keepers left in the autumn of 2018 for the south.", RULES) is None
    assert season_year("12 October 2018", RULES) is None


@given(st.sampled_from(["Spring", "Summer", "Autumn", "Fall"]), st.integers(1950, 2030))
def test_every_season_and_year_gives_that_year(season: str, year: int) -> None:
    """(The grammar leaves "Winter YYYY" out: a winter spans two years.)"""
    found = season_year(f"{season} {year}", RULES)
    assert found is not None and found.date_start.year == year and found.precision == "year"
