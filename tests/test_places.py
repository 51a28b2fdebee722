"""Tests of ``analysis.ingest.places``: the names of places (countries, capitals, the
provinces and cities of ``data/places.csv``) in every spelling."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core.errors import DataFileError
from analysis.ingest.places import place_names, place_spellings, place_words, spellings


def test_a_name_is_matched_without_diacritics_and_with_any_dash() -> None:
    assert spellings("Quảng Ninh") == {"quảng ninh", "quang ninh"}
    found = spellings("Bà Rịa-Vũng Tàu")
    assert {"ba ria-vung tau", "ba ria – vung tau", "ba ria vung tau", "bà rịa–vũng tàu"} <= found
    assert spellings("Hanoi") == {"hanoi"}


@pytest.mark.parametrize(
    "place",
    [
        "Quang Ninh",
        "Quảng Ninh",
        "Ba Ria-Vung Tau",
        "Ba Ria - Vung Tau",
        "Thua Thien-Hue",
        "Thừa Thiên Huế",
        "HCM City",
        "Ho Chi Minh City",
        "Can Tho",
        "Dak Lak",
        "Daklak",
        "Đắk Lắk",
        "Vientiane",
        "Luang Prabang",
        "Savannakhet",
        "Champasak",
        "Siem Reap",
        "Battambang",
        "Sihanoukville",
        "Kampot",
        "MANILA",  # a capital of gazetteer_countries.csv
        "Viet Nam",  # a country's other name
    ],
)
def test_provinces_cities_and_countries_are_places(place: str) -> None:
    assert place.casefold() in place_names()


def test_given_names_are_no_places() -> None:
    """One-word towns that are also given names stay out ("Nguyen Thi Hue")."""
    for name in ("hue", "vinh", "minh khoa", "lan huong", "nguyen"):
        assert name not in place_names()
    assert all(name == name.casefold() for name in place_names())


def _table(*rows: str) -> pd.DataFrame:
    records = [
        dict(zip(("name", "aliases", "country", "kind"), r.split(","), strict=True)) for r in rows
    ]
    return pd.DataFrame(records)


def test_a_spelling_of_two_places_or_an_unknown_country_is_an_error() -> None:
    countries = {"Vietnam", "Laos"}
    ok = place_spellings(_table("Quang Ninh,Quảng Ninh,Vietnam,province"), countries)
    assert ok == {"quang ninh": "Quang Ninh", "quảng ninh": "Quang Ninh"}
    with pytest.raises(DataFileError, match=r"line 3: the spelling 'quang ninh'"):
        place_spellings(
            _table("Quang Ninh,,Vietnam,province", "Ha Long,Quảng Ninh,Vietnam,city"), countries
        )
    with pytest.raises(DataFileError, match=r"line 2: unknown country 'Lao'"):
        place_spellings(_table("Pakse,,Lao,city"), countries)


def test_place_words_end_a_places_name() -> None:
    assert {"city", "province", "district"} <= place_words()
