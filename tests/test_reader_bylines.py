"""Tests of ``analysis.ingest.layout.reader_bylines``: the writer as a reader view and a
read-later app print it (held-out 64's Firefox reader view and Instapaper copy, their
lines)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

_BODY = (
    "Heritage officials from the two capitals signed a memorandum pairing Hanoi's Old "
    "Quarter with the historic centre of Vientiane.\n\n"
    "The memorandum provides for joint surveys of old shophouses and for the exchange of "
    "craftsmen who restore timber and lacquer work.\n"
)


def test_a_name_over_a_reading_time_is_the_writer() -> None:
    article = read_article(
        "hanoitimes.vn\nHanoi and Vientiane twin their old quarters\nLinh Pham\n"
        "4–5 minutes\n\n" + _BODY
    )
    assert article.title == "Hanoi and Vientiane twin their old quarters"
    assert article.author == "Linh Pham"


def test_a_subheading_over_a_reading_time_is_no_writer() -> None:
    article = read_article(
        "hanoitimes.vn\nHanoi and Vientiane twin their old quarters\nA pact for the old streets\n"
        "4–5 minutes\n\n" + _BODY
    )
    assert article.author == ""


def test_the_name_after_the_sites_host_and_a_dash_is_the_writer() -> None:
    article = read_article(
        "Vietnam's quiet bid for a seat on the Human Rights Council\n"
        "eastasiaforum.org — Ha Hoang Hop\n\n" + _BODY
    )
    assert article.author == "Ha Hoang Hop"
    assert "".join(p.raw for p in article.paragraphs).startswith("Vietnam's quiet bid")


def test_the_host_and_a_dash_before_a_phrase_give_no_writer() -> None:
    article = read_article(
        "Vietnam's quiet bid for a seat on the Human Rights Council\n"
        "eastasiaforum.org — the home of analysis from and about the region\n\n" + _BODY
    )
    assert article.author == ""


def test_the_reader_patterns_come_from_the_scoring_tables() -> None:
    import pytest

    from analysis.core.data_files import load_data_file
    from analysis.ingest.metadata import ScoringError, _other_fields, load_scoring

    scoring = load_scoring()
    assert scoring.reading_time_line.match("4–5 minutes")
    assert not scoring.reading_time_line.match("A pact for the old streets")
    assert scoring.host_bylines[0].fullmatch("eastasiaforum.org — Ha Hoang Hop")
    data = load_data_file("header_scoring.yaml")
    with pytest.raises(ScoringError, match=r"x\.yaml: host_bylines entry .* no \(\?P<name>"):
        _other_fields({**data, "host_bylines": ["[a-z]+ - .+"]}, "x.yaml")
    with pytest.raises(ScoringError, match=r"x\.yaml: reading_time_lines entry"):
        _other_fields({**data, "reading_time_lines": ["(min"]}, "x.yaml")


def test_a_name_over_a_platforms_reading_time_glued_to_the_day_is_the_writer() -> None:
    """held-out 73: Medium prints "6 min readApr 9, 2021" under the writer's name."""
    article = read_article(
        "What a Month of Night Buses Taught Me About Vietnam\n\nHanh Nguyen\n"
        "6 min readApr 9, 2021\n\n--\n\n" + _BODY
    )
    assert article.title == "What a Month of Night Buses Taught Me About Vietnam"
    assert article.author == "Hanh Nguyen"
    assert str(article.header_date.date_start.date()) == "2021-04-09"
