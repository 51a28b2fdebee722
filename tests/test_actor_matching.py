"""Finding actors in one text (``analysis/annotators/actor_matching.py``): spelling families, flags
(demonym, metonym, coreference), original offsets, headlines in capitals."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.entities import (
    find_actor_mentions,
)


def _flagged(text: str, gazetteer) -> list[tuple[str, str, str, str]]:
    return [(m.match, m.canonical, m.kind, m.flag) for m in find_actor_mentions(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Việt Nam", [("Việt Nam", "Vietnam", "country", "")]),
        ("Viet Nam", [("Viet Nam", "Vietnam", "country", "")]),
        ("Viet-Nam", [("Viet-Nam", "Vietnam", "country", "")]),
        ("VN", [("VN", "Vietnam", "country", "")]),
        ("the Vietnamese side", [("Vietnamese", "Vietnam", "country", "demonym")]),
        ("Nguyễn Phú Trọng", [("Nguyễn Phú Trọng", "Nguyen Phu Trong", "person", "")]),
        ("Nguyen Phu Trong", [("Nguyen Phu Trong", "Nguyen Phu Trong", "person", "")]),
        (
            "Đảng Cộng sản Việt Nam",
            [("Đảng Cộng sản Việt Nam", "Communist Party of Vietnam", "party", "")],
        ),
        (
            "the Communist Party of Viet Nam",
            [("Communist Party of Viet Nam", "Communist Party of Vietnam", "party", "")],
        ),
        (
            "the Lao People’s Revolutionary Party, the LPRP",
            [
                (
                    "Lao People’s Revolutionary Party",
                    "Lao People's Revolutionary Party",
                    "party",
                    "",
                ),
                ("LPRP", "Lao People's Revolutionary Party", "party", ""),
            ],
        ),
        ("Türkiye", [("Türkiye", "Turkey", "country", "")]),
        ("Côte d’Ivoire", [("Côte d’Ivoire", "Côte d'Ivoire", "country", "")]),
        (
            "UNCLOS",
            [("UNCLOS", "United Nations Convention on the Law of the Sea", "organisation", "")],
        ),
        ("Hà Nội's stance", [("Hà Nội", "Vietnam", "country", "metonym")]),
        (
            "Beijing and Vientiane",
            [
                ("Beijing", "China", "country", "metonym"),
                ("Vientiane", "Laos", "country", "metonym"),
            ],
        ),
        ("talks held in Hà Nội", []),  # a place
        ("delegates arrived in Beijing", []),
        ("as seen in Hanoi's reply", [("Hanoi", "Vietnam", "country", "metonym")]),
        ("a museum in Ho Chi Minh City", []),
        ("the train from Lao Cai", []),
        ("the Mekong Delta", [("Mekong Delta", "Mekong", "region", "")]),
    ],
)
def test_spelling_families(gazetteer, text: str, expected):
    assert _flagged(text, gazetteer) == expected


def test_evidence_keeps_the_article_spelling_at_original_offsets(gazetteer):
    text = "Ông Tô\u0302 Lâm và Việt Nam"  # a decomposed circumflex: offsets shift
    found = find_actor_mentions(text, gazetteer)
    assert [(m.match, m.canonical) for m in found] == [
        ("Tô\u0302 Lâm", "To Lam"),
        ("Việt Nam", "Vietnam"),
    ]
    assert all(text[m.start : m.end] == m.match for m in found)


def test_the_role_resolves_when_one_person_holds_it(gazetteer):
    text = "Joe Biden met Nguyen Phu Trong. The General Secretary spoke of peace."
    assert _flagged(text, gazetteer)[-1] == (
        "General Secretary",
        "Nguyen Phu Trong",
        "person",
        "coreference",
    )
    assert _flagged("The President of the CPP met Hun Sen.", gazetteer)[0][1] == (
        "Cambodian People's Party"
    )


def test_a_headline_in_capitals(gazetteer):
    text = "TÔ LÂM MEETS XI JINPING; VIỆT NAM, THE LPRP AND ASEAN IN HÀ NỘI"
    assert [(m.match, m.canonical) for m in find_actor_mentions(text, gazetteer)] == [
        ("TÔ LÂM", "To Lam"),
        ("XI JINPING", "Xi Jinping"),
        ("VIỆT NAM", "Vietnam"),  # not "NAM", the Non-Aligned Movement
        ("LPRP", "Lao People's Revolutionary Party"),
        ("ASEAN", "Association of Southeast Asian Nations"),
    ]


def test_seats_of_government_are_metonyms(gazetteer):
    assert _flagged("The Kremlin and the White House disagreed.", gazetteer) == [
        ("Kremlin", "Russia", "country", "metonym"),
        ("White House", "United States", "country", "metonym"),
    ]


def test_the_role_of_a_country_and_the_city_of_a_capital(gazetteer):
    text = "Abdel Fattah el-Sisi welcomed Luong Cuong. The President of Vietnam spoke."
    assert _flagged(text, gazetteer)[-2:] == [
        ("President", "Luong Cuong", "person", "coreference"),
        ("Vietnam", "Vietnam", "country", ""),
    ]
    assert _flagged("a Hanoi-based institute and the Hanoi Party Committee", gazetteer) == []


@given(
    st.lists(
        st.sampled_from(
            [
                "Việt Nam",
                "Vie\u0302\u0323t Nam",  # decomposed: folding drops marks, offsets map back
                "Tô Lâm",
                "Lâm",
                "Hà Nội",
                "in",
                "the",
                "Lao",
                "leader",
                "General Secretary",
                "Đảng Cộng sản Việt Nam",
                "VIỆT NAM",
                "Ho Chi Minh City",
                "’s",
                "-",
                "(",
                ")",
                "x",
            ]
        ),
        max_size=20,
    )
)
@settings(max_examples=200, deadline=None)
def test_folded_matching_points_at_the_original_text(gazetteer, words: list[str]):
    text = " ".join(words)
    found = find_actor_mentions(text, gazetteer, {})
    for m in found:
        assert text[m.start : m.end] == m.match
        assert m.match.strip() == m.match and m.match
    assert all(a.end <= b.start for a, b in pairwise(found))
