"""Quantitative claims (``analysis/annotators/claims.py``) on the samples, the amounts as text, the
reading table."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.annotators.timeline import (
    CLAIM_COLUMNS,
    claim_series,
)
from tests.conftest import doc

T = pd.Timestamp


def test_sample_party_relations_series(claims, corpus):
    series = claim_series(claims, "party_relations")
    points = list(zip(series["year"], series["value"], series["doc_id"], strict=True))
    assert points == [
        (2012, 206.0, doc(corpus, "004")),
        (2019, 245.0, doc(corpus, "001")),
        (2021, 247.0, doc(corpus, "004")),
    ]
    countries = claim_series(claims, "party_relations_countries")
    assert list(zip(countries["year"], countries["value"], strict=True)) == [
        (2019, 111.0),
        (2021, 111.0),
    ]
    assert series["evidence"].str.contains("parties").all()


def test_sample_other_claims(claims, corpus):
    assert list(claims.columns) == list(CLAIM_COLUMNS)
    by_indicator = claims.set_index("indicator")
    trade = by_indicator.loc["trade_turnover"]
    assert trade["value"] == 700e9 and trade["refers_to"] == T("2022-01-01")
    assert trade["qualifier"] == "exceeded"
    doses = by_indicator.loc["vaccine_doses"]
    assert doses["value"] == 151e6 and doses["qualifier"] == "more than"
    assert doses["refers_source"] == "inferred"
    talks = by_indicator.loc["phone_online_talks"].set_index("doc_id").loc[doc(corpus, "000")]
    assert talks["refers_to"] == T("2022-01-01") and talks["refers_source"] == "title"
    activities = by_indicator.loc["high_level_activities"]
    assert activities["value"] == 170 and activities["doc_id"] == doc(corpus, "002")


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "text"),
    [
        (700e9, "USD", "exceeded", "exceeded 700 billion USD"),
        (151e6, "doses", "more than", "more than 151 million doses"),
        (2.5e9, "USD", "", "2.5 billion USD"),
        (170, "activities", "about", "about 170 activities"),
        (1500, "people", "", "1,500 people"),
        (2.25, "percent", "", "2.25 percent"),
    ],
)
def test_format_amount(value, unit, qualifier, text):
    from analysis.annotators.timeline import format_amount

    assert format_amount(value, unit, qualifier) == text


def test_claims_for_reading(claims):
    from analysis.annotators.timeline import claims_for_reading

    table = claims_for_reading(claim_series(claims, "party_relations"))
    assert list(table["amount"]) == ["206 parties", "245 parties", "247 parties"]
    assert list(table["refers_to"]) == ["2012", "26 Dec 2019", "13 Dec 2021"]


def _sort_claims_in_two_steps(claims: pd.DataFrame) -> pd.DataFrame:
    """The former ``sort_claims`` (by place, stable; then by the six keys): the reference."""
    claims = claims.sort_values(["doc_id", "para_id", "sent_id"], kind="stable")
    return claims.sort_values(
        ["indicator", "refers_to", "doc_id", "para_id", "sent_id", "start"], ignore_index=True
    )


@pytest.mark.parametrize("seed", range(5))
def test_sort_claims_in_one_sort_equals_the_two_step_reference(claims, seed):
    from analysis.annotators.claims import sort_claims

    # shuffled, with every row twice (rows equal in all six keys: the order of ties counts)
    # and a missing refers_to
    rows = pd.concat([claims, claims.assign(evidence="copy")], ignore_index=True)
    rows.loc[rows.index[::7], "refers_to"] = pd.NaT
    shuffled = rows.sample(frac=1.0, random_state=seed)
    assert len(shuffled) >= 20
    pd.testing.assert_frame_equal(sort_claims(shuffled), _sort_claims_in_two_steps(shuffled))
