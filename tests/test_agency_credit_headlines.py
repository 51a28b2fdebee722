"""A headline under its standfirst and over the agency's name alone (held-out 129,
``layout/agency_credit_headlines.py``). Placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article

STUB = """Rice shipped by river to Cambodia rose by a third in the first quarter, the customs office said in its monthly report.
River rice shipments to Cambodia rise by a third
VNA
What the stars mean:
★ Poor ★ ★ Promising ★★★ Good ★★★★ Very good ★★★★★ Exceptional
"""


def test_headline_between_standfirst_and_agency_name() -> None:
    assert read_article(STUB).title == "River rice shipments to Cambodia rise by a third"


def test_a_line_closed_by_a_stop_or_an_unlisted_credit_is_no_headline() -> None:
    stopped = STUB.replace("rise by a third\n", "rise by a third.\n")
    assert read_article(stopped).title != "River rice shipments to Cambodia rise by a third."
    unlisted = STUB.replace("\nVNA\n", "\nRiver Desk Weekly Notes\n")
    assert read_article(unlisted).title != "River rice shipments to Cambodia rise by a third"


def test_a_second_paragraph_of_text_is_no_headline() -> None:
    page = STUB.replace(
        "River rice shipments to Cambodia rise by a third\n",
        "Traders said barges now take two days less than lorries to reach the border.\n",
    )
    assert read_article(page).title == ""


def test_text_under_the_credit_makes_it_a_repost_not_a_stub() -> None:
    page = STUB.replace(
        "What the stars mean:\n",
        "Barges carried most of the rice, the office said, as the river road was under repair.\n",
    )
    assert read_article(page).title == ""
