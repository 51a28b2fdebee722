"""A "Name, role" byline without "By" under the headline (``layout/header_name_roles.py``;
fix31b, held-out 96)."""

from analysis.ingest.layout import read_article
from analysis.ingest.layout.header_name_roles import name_and_role
from analysis.ingest.page_rules import load_rules

TITLE = "Harbour fees: what the new tariff means for shippers"
BODY = (
    "The harbour board met on Tuesday to discuss the dredging of the inner channel, which "
    "has silted up since the spring floods and now turns away the larger barges.\n\n"
    "Members agreed to ask the province for a loan and to hire a second dredger before "
    "the dry season, when the water drops by a metre.\n"
)


def test_a_name_and_role_under_the_headline_is_the_writer() -> None:
    for line, name in (
        ("Helen Moorcroft, Business and Policy Programme Manager", "Helen Moorcroft"),
        ("Tran Van Hoang, Senior Research Fellow", "Tran Van Hoang"),
        ("Mai Lan Pham, Asia Editor", "Mai Lan Pham"),
    ):
        assert read_article(f"{TITLE}\n\n{line}\n\n{BODY}").author == name, line


def test_lines_that_are_no_name_and_role_name_no_writer() -> None:
    rules = load_rules()
    for line in (
        "Hanoi, May 5 (VNA)",
        "Ho Chi Minh City, Vietnam",
        "Ministry of Transport, Port Authority Head Office",
        "Lan Pham, 12 May 2024",
        "Lan Pham, Hanoi",
        "Port Authority, Research Fellow at the harbour board who said the fee was too low.",
    ):
        assert name_and_role(line, rules) is None, line
    assert read_article(f"{TITLE}\nBy Lan Pham\n{BODY}").author == "Lan Pham"
    dateline = read_article(f"{TITLE}\nHanoi, May 5 (VNA) - {BODY}")
    assert dateline.author == ""
    two = read_article(f"{TITLE}\nLan Pham, Research Fellow\nMinh Tran, Research Fellow\n{BODY}")
    assert two.author == ""  # two people under the headline: a panel, no writer read
