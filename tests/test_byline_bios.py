"""A writer's bio glued to the byline by a comma is no second writer (held-out 108)."""

from __future__ import annotations

import pytest

from analysis.ingest.byline_bios import bio_post
from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

_PAGE = """Harbour Pilots Test the Limits of Coastal Diplomacy

By Lena Hartmann, Fulbright Scholar and Former Maritime Trade Official

Lena Hartmann, who spent ten years negotiating port agreements, says the pilots' dispute shows how small technical matters can grow into diplomatic ones.

In early May the harbour pilots of two neighbouring ports stopped sharing their tide tables, and the ships waiting outside began to queue for days.

The two port authorities have since agreed to meet every month, and the tables are shared again.
"""


def test_the_bio_after_the_name_is_no_second_writer() -> None:
    assert read_article(_PAGE).author == "Lena Hartmann"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Lena Hartmann, Fulbright Scholar and Former Maritime Trade Official", "Lena Hartmann"),
        ("By Omar Saleh, Harvard Nieman Fellow and Former Diplomat", "Omar Saleh"),
        ("By Hannah Pruitt, Senior Fellow", "Hannah Pruitt"),
        # (held-out 147) a newsroom's post: a producer, a presenter, an anchor
        ("Article by Owen Callery, Junior White House Producer", "Owen Callery"),
        ("By Mai Linh, Evening News Presenter", "Mai Linh"),
        ("By Dara Quinn, Weekend Anchor", "Dara Quinn"),
        # negatives: a second writer whose name ends like a post, a place, an agency's post
        ("By Anna Berg, Le Thanh Son", "Anna Berg; Le Thanh Son"),
        ("By Mark Lee, Rachel Head", "Mark Lee; Rachel Head"),
        ("By Nguyen Thu Ha, Tran Van Hai and Le Minh", "Nguyen Thu Ha; Tran Van Hai; Le Minh"),
        ("By Lan Anh, Hanoi", "Lan Anh"),
        ("By Nguyen Van An, VNA Correspondent", "Nguyen Van An"),
    ],
)
def test_bylines_with_and_without_a_bio(byline: str, authors: str) -> None:
    assert clean_author(byline, load_rules()) == authors


def test_a_first_part_or_a_part_after_and_is_never_a_bio() -> None:
    rules = load_rules()
    assert not bio_post("Fulbright Scholar", ",", False, rules)
    assert not bio_post("Fulbright Scholar", "and", True, rules)
    assert bio_post("Former Trade Official", "and", True, rules)
    assert not bio_post("Anna Writer", "and", True, rules)
    assert not bio_post("Pham Van Minister", ",", True, rules)
    assert not bio_post("Hanoi (VNA) Reporter", ",", True, rules)
