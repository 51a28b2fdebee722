"""Tests of ``analysis.ingest.line_evidence``: credit lines, editorial tags, an outlet's
name behind its initials, running text without a final stop, Juche dates and headline
credits, on invented lines (word lists from ``data/line_evidence.yaml``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.line_evidence import (
    credit_parts,
    editorial_tag,
    juche_date,
    line_evidence,
    lowercase_share,
    motto_index,
    name_runs,
    reads_as_text,
    running_text,
    series_label,
    spelled_initials,
    title_credit,
    without_teaser_tail,
)
from tests.strategies import lines

SURNAMES = ("Linh", "Mai", "Nguyen", "Tran", "Le")


def is_person(text: str) -> bool:
    """A stand-in for the layout's name test: two or more words opening with a surname."""
    return len(text.split()) >= 2 and text.split()[0] in SURNAMES


def test_credit_parts() -> None:
    three = "Linh Dao, Lang Son - Ucanews - Tue, Apr 21st 2015"
    assert credit_parts(three, is_person) == ("Linh Dao", "Ucanews")
    assert credit_parts("Mai Chi/Thanhnien News", is_person) == ("Mai Chi", "Thanhnien News")
    assert credit_parts("Mai Chi / Tran Hoa", is_person) == ("Mai Chi, Tran Hoa", "")
    assert credit_parts("no credit here", is_person) == ("no credit here", "")
    assert credit_parts("Hanoi/Vientiane talks", is_person) == ("Hanoi/Vientiane talks", "")


def test_editorial_tags_are_not_outlets() -> None:
    assert editorial_tag("(UPDATES)")
    assert editorial_tag("LEAD")
    assert not editorial_tag("VNA")


def test_spelled_initials() -> None:
    footer = ["Home", "© 2024 Mehr News Agency. All rights reserved."]
    assert spelled_initials("MNA", footer) == "Mehr News Agency"
    assert spelled_initials("VNA", ["the Vietnam News Agency said"]) == "Vietnam News Agency"
    assert spelled_initials("mna", footer) == ""  # only capitals are initials
    assert spelled_initials("XYZ", footer) == ""
    assert spelled_initials("MNA", []) == ""


def test_name_runs() -> None:
    assert name_runs("18th May 2016 Socialist Action 0") == ["Socialist Action"]
    assert name_runs("the Ministry of Foreign Affairs said") == ["Ministry of Foreign Affairs"]
    assert name_runs("") == []


def test_running_text_without_a_final_stop() -> None:
    assert running_text("The head of the mission said the community")
    assert not running_text("the head of the mission said the community")  # no capital
    assert not running_text("Ministry Of Foreign Affairs Of Vietnam Press Office")
    assert not running_text("Short line")
    assert not running_text("The head of the mission said https://example.org today")
    assert reads_as_text("Institute", True)  # the layout's own prose test decides first
    assert not reads_as_text("Institute of Asian Studies", False)


def test_teaser_tail_and_lowercase_share() -> None:
    assert without_teaser_tail("The talks went well … Read More") == "The talks went well"
    assert without_teaser_tail("The talks went well.") == "The talks went well."
    assert lowercase_share("The head Of mission") == 0.5
    assert lowercase_share("") == 0.0
    assert lowercase_share("2024 1,000") == 0.0


def test_juche_date() -> None:
    first = line_evidence().juche_first_year
    found = juche_date("www.kcna.kp (Juche112.6.14.)")
    assert found == ("Juche112.6.14.", first + 111, 6, 14)
    assert found[1] == 2023
    assert juche_date("no date") is None


def test_title_credit() -> None:
    line = "(Vietnam) Party delegation visits Laos (Nguyen Hong, Tran Mai, Example News)"
    assert title_credit(line, is_person) == (
        "Party delegation visits Laos",
        ["Nguyen Hong", "Tran Mai"],
        "Example News",
    )
    assert title_credit("Talks held (update)", is_person) is None
    assert title_credit("Party congress (1930-2030)", is_person) is None
    assert title_credit("No brackets", is_person) is None


def test_motto_index() -> None:
    p = SimpleNamespace
    paras = [p(text="Home", kind="chrome", line=1), p(text="Site", kind="", line=2)]
    assert motto_index(paras) == 2
    assert motto_index([p(text="Home", kind="chrome", line=1)]) == -1
    assert motto_index([]) == -1


@pytest.mark.parametrize("text", ["", " ", "Read More"])
def test_degenerate_lines(text: str) -> None:
    assert not running_text(text)
    assert credit_parts(text, is_person) == (text, "")


@given(lines)
def test_lowercase_share_is_a_share(text: str) -> None:
    assert 0.0 <= lowercase_share(text) <= 1.0
    assert len(without_teaser_tail(text)) <= len(text)


@given(st.integers(1, 200), st.integers(1, 12), st.integers(1, 28))
def test_juche_year_is_offset_by_the_first_year(year: int, month: int, day: int) -> None:
    found = juche_date(f"(Juche{year}.{month}.{day}.)")
    assert found[1:] == (year + line_evidence().juche_first_year - 1, month, day)


_NAME_WORD = st.sampled_from(["Lan", "Phuong", "Duc", "Minh", "Khoa", "Hoa"])


@given(st.sampled_from(["Part II", "Part 3", "part IV", "Kỳ 2", "Episode 4", "III"]))
def test_series_labels_are_no_person(label: str) -> None:
    assert series_label(label)


@given(st.lists(_NAME_WORD, min_size=2, max_size=3).map(" ".join))
def test_names_are_no_series_label(name: str) -> None:
    assert not series_label(name)
