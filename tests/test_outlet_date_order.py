"""Tests of ``analysis.ingest.outlet_date_order``: an ambiguous numeric date is read month
first for an outlet listed with ``date_order: month_first``, and only then."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core.data_files import load_data_file
from analysis.core.errors import DataFileError
from analysis.ingest.outlet_date_order import outlet_date_orders, outlet_settled_day
from tests.page_reading import read_page

#: The lines of the zoo's Epoch Times page (held-out 66): an agency's story under a US date.
_EPOCH = (
    "Australia to Fund Flood Warning Sirens in Vietnam's Mekong Delta\n\n"
    "Australia to Fund Flood Warning Sirens in Vietnam's Mekong Delta\n"
    "A fishing boat passes a flood gauge on the Hau River in Can Tho, Vietnam, on Oct. 3, "
    "2023. (Nhac Nguyen/AFP via Getty Images)\n"
    "AAP\nBy AAP\n3/8/2024\nUpdated:\n3/9/2024\n\n"
    "Australia will pay for a network of flood warning sirens and river gauges in four "
    "provinces of Vietnam's Mekong Delta, part of a climate package announced during a "
    "visit by its development minister.\n\n"
    "The $18 million program will install 140 sirens linked to upstream gauges, giving "
    "villages up to six hours' warning of rising water, officials said.\n"
)
_URL = "https://www.theepochtimes.com/world/australia-to-fund-flood-warning-sirens-5601287"


def test_a_month_first_outlet_settles_its_ambiguous_date() -> None:
    doc = read_page(_EPOCH, _URL)
    assert doc["published"] == pd.Timestamp("2024-03-08")
    assert "ambiguous_day_month" not in doc["date_flags"].split(";")
    assert "ambiguous_day_month" not in doc["metadata_flags"].split(";")
    assert doc["date_evidence"] == "3/8/2024 (date_order=outlet)"


def test_without_the_outlet_the_date_stays_day_first_and_flagged() -> None:
    doc = read_page(_EPOCH)  # no address: nothing names the site
    assert doc["published"] == pd.Timestamp("2024-08-03")
    assert "ambiguous_day_month" in doc["date_flags"].split(";")
    other = read_page(_EPOCH, "https://example-news.net/world/sirens")  # an unlisted site
    assert other["published"] == pd.Timestamp("2024-08-03")


def test_a_settled_or_month_precise_date_is_left_alone() -> None:
    row = {
        "outlet": "PBS",
        "published": pd.Timestamp("2025-04-29"),
        "published_precision": "day",
        "date_flags": "",
        "date_evidence": "4/29/2025",
    }
    assert outlet_settled_day(row) == {}  # the page settled it: no flag
    flagged = {**row, "published": pd.Timestamp("2024-08-03"), "date_flags": "ambiguous_day_month"}
    assert outlet_settled_day({**flagged, "published_precision": "month"}) == {}
    assert outlet_settled_day(flagged)["published"] == pd.Timestamp("2024-03-08")


def test_the_listed_orders_are_known_by_name_and_domain() -> None:
    orders = outlet_date_orders()
    assert orders["the epoch times"] == orders["theepochtimes.com"] == "month_first"
    assert "hanoimoi" not in orders


def test_an_unknown_date_order_is_refused_with_the_allowed_values() -> None:
    text = 'outlets:\n  - name: X Times\n    markers: ["X Times"]\n    date_order: mdy\n'
    with pytest.raises(DataFileError, match=r"outlets\[0\]\.date_order: must be one of \['day_"):
        load_data_file("outlets.yaml", text=text)
    with pytest.raises(DataFileError, match=r"write day_first or month_first"):
        load_data_file("outlets.yaml", text=text)
