"""Tests of ``analysis.ingest.layout.photo_wire_credits``: a photographer's credit alone,
"Name / Reuters", is no byline (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.photo_wire_credits import photo_wire_credit

PAGE = """Old railway towns bet on a forgotten line

Two upland provinces want to bring back the narrow-gauge trains

Le Van Hai / Reuters

For most of the last century the narrow-gauge track between the two towns carried timber and cement, and little else.

In March the provinces ordered six restored carriages, the first bought for the line in fifty years.
"""


def test_a_photographers_credit_is_no_writer():
    assert read_article(PAGE).author == ""


def test_shapes():
    assert photo_wire_credit("Le Van Hai / Reuters")
    assert photo_wire_credit("Anna Berg/AFP")
    assert photo_wire_credit("Kim Soo-jin / AP")


def test_near_cases_stay_bylines():
    # a national agency's and a paper's writer, a byline with "By", the wire alone
    assert not photo_wire_credit("Thu Trang/VNA")
    assert not photo_wire_credit("Vannak Sophea / Khmer Times")
    assert not photo_wire_credit("By Anna Berg / Reuters")
    assert not photo_wire_credit("Reuters")
    page = PAGE.replace("Le Van Hai / Reuters", "Le Van Hai / The Upland Times")
    assert read_article(page).author == "Le Van Hai"
