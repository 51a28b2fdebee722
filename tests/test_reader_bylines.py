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
