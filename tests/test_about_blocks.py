"""Tests of ``analysis.ingest.layout.about_blocks``: a site's "About <Name>" block whose
line opens with the same name and speaks of publishing names the site (held-out 93); a
press release's "About <Company>" block does not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.about_blocks import about_block_name
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules

#: A repost site's page: headline, one excerpt, the site's block on itself (placeholder).
REPOST_PAGE = """Two River Towns Agree on a Night Ferry Timetable

Ferry crews of two river towns will run one night timetable from next month, the councils said. The crews will share the rebuilt upstream landing [\u2026]

About Delta News Ledger

Delta News Ledger was founded in 2009 to follow the river towns. We publish news articles, interviews and opinions on the delta every day.
"""

#: A press release closing with its issuer's block (placeholder).
RELEASE_PAGE = """River Works Opens a Second Boatyard in Can Tho

River Works said on Monday it had opened a second boatyard for ferry hulls in Can Tho, with 200 workers.

About River Works

River Works is a leading builder of steel ferry hulls and pontoons for the delta's operators.
"""


def test_a_repost_site_is_named_by_its_about_block() -> None:
    assert read_article(REPOST_PAGE).outlet == "Delta News Ledger"


def test_a_press_release_issuer_block_names_no_site() -> None:
    assert about_block_name(split_lines(RELEASE_PAGE), load_rules()) is None
    assert read_article(RELEASE_PAGE).outlet != "River Works"


def test_a_writers_note_names_no_site() -> None:
    text = "About Aaron Kwok\nAaron Kwok is the Asia correspondent for Delta Defense News.\n"
    assert about_block_name(split_lines(text), load_rules()) is None


def test_the_line_must_open_with_the_same_name() -> None:
    text = "About Delta News Ledger\n\nThe river towns publish news of their ferries every day.\n"
    assert about_block_name(split_lines(text), load_rules()) is None


_NAME = st.lists(
    st.sampled_from(["Delta", "River", "Ledger", "Courier", "Harbour"]),
    min_size=1,
    max_size=3,
).map(lambda words: " ".join([*words, "News"]))


@given(name=_NAME, verb=st.sampled_from(["was founded to", "is a", "publishes"]))
def test_any_publishers_block_gives_its_name(name: str, verb: str) -> None:
    text = f"About {name}\n{name} {verb} daily news on the river towns.\n"
    assert about_block_name(split_lines(text), load_rules()) == (0, name)
