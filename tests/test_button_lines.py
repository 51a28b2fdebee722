"""A reader's button on a page's first lines is no site's name (fix37a; placeholder pages):
"Read Complete Research Material" between a headline and the headline again, "Log In" or
"Download Citation" opening an unlisted page; the near cases (a masthead whose first word
is no button's verb or only begins like one, "Open ..." names) keep their names."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.button_lines import button_line
from tests.page_reading import read_page

BODY = """
Delta ports and the river trade

Ferry crews on the lower river now read two sets of storm warnings before they cast off.
The warnings rarely agree on the hour a storm will arrive, and the crews must choose.
Port officials say a shared bulletin would save time and fuel on both banks of the river.
"""


@pytest.mark.parametrize("button", ["Read Complete Research Material", "Log In", "Click Here"])
def test_a_button_over_the_headline_names_no_site(button: str) -> None:
    row = read_page(f"{button}\n{BODY}", "https://essaysite-example.com/delta-ports")
    assert row["outlet"] == "essaysite-example.com"
    assert row["title"] == "Delta ports and the river trade"


@pytest.mark.parametrize("name", ["Harbour Review", "Open Delta Monitor", "Viewpoint Delta"])
def test_a_masthead_keeps_its_name(name: str) -> None:
    assert read_page(f"{name}\n{BODY}")["outlet"] == name


@pytest.mark.parametrize(
    ("text", "button"),
    [
        ("Read More", True),
        ("Download Citation", True),
        ("Sign Up For Our Newsletter", True),
        ("» Show Comments", True),
        # negatives: no verb first, a verb inside a longer word or later in the line
        ("Reader's Digest Asia", False),
        ("Readings in Delta History", False),
        ("The Delta Read", False),
        ("Save the Children", False),
    ],
)
def test_button_line(text: str, button: bool) -> None:
    assert button_line(text) is button
