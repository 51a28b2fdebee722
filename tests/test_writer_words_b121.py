"""Two byline words of held-out 121 (fix36a, ``not_name_words`` of header_scoring.yaml): a
wire's name in a writer's sign-off ("-By Name, Dow Jones Newswires; <phone>;") is no second
writer, and an office after its body's acronym ("MOFA Spokesperson", a section label over
a mission's page title) is no writer."""

import pytest

from analysis.ingest.layout import read_article

WIRE = """Lender Signs Loan For Delta Water Plants

HANOI -(River Wire)- Water treatment plants in four delta provinces will be built with a loan the regional lender agreed on Thursday, the bank said.

About 300,000 people should get piped water once the work is done, officials said.

{signoff}
"""

SECTION = """About the Mission
Viet Nam & UN
Press Releases
Consular Services
[ Gallery ]
{label}
Regular Press Briefing by the Spokesperson on Ferry Safety
09-12-2011, 08:41 pm

(Hanoi, September 8th  2011)


1. The Deputy Foreign Minister will lead the delegation to the ministerial meeting on river safety in New York next week.

2. Question: Could you update us on the workers returning from abroad?

Answer: The last group of workers arrived at the airport on the morning of September 7.
"""


@pytest.mark.parametrize(
    ("signoff", "author"),
    [
        ("-By Minh Tran, Delta Newswires; 844 3512 0000;", "Minh Tran"),
        ("-By Minh Tran and Lan Pham, Delta Newswires", "Minh Tran; Lan Pham"),
        ("-By Minh Tran, Delta Newswire", "Minh Tran"),
        ("-By Minh Tran and Lan Pham", "Minh Tran; Lan Pham"),  # no wire: both writers
    ],
)
def test_a_wires_name_is_no_writer(signoff: str, author: str) -> None:
    assert read_article(WIRE.format(signoff=signoff)).author == author


@pytest.mark.parametrize("label", ["MOFA Spokesperson", "MFA's Spokesman", "UN Secretary-General"])
def test_an_office_after_an_acronym_is_no_writer(label: str) -> None:
    assert read_article(SECTION.format(label=label)).author == ""


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By MINH Tran", "Minh Tran"),  # a given name in capitals, no office after it
        ("By LAN Pham", "Lan Pham"),
        ("By Minh Tran, MOFA Spokesperson", "Minh Tran"),  # the writer before the office
    ],
)
def test_a_name_in_capitals_stays_a_writer(byline: str, author: str) -> None:
    assert read_article(WIRE.format(signoff=byline)).author == author
