"""The gazetteer and the actors of the samples."""

from __future__ import annotations

import shutil
from itertools import pairwise
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.entities import (
    KINDS,
    MENTION_COLUMNS,
    GazetteerError,
    comention_examples,
    country_comentions,
    country_theme_counts,
    default_gazetteer_dir,
    extract_mentions,
    find_actor_mentions,
    find_mentions,
    load_gazetteer,
    mention_counts,
    name_candidates,
    party_candidates,
)
from analysis.annotators.mention_eval import (
    GoldFileError,
    gold_corpus,
    parse_marked,
    read_gold,
    score_mentions,
)
from analysis.annotators.themes import theme_hits
from analysis.core.schema import CONTENT_KINDS
from analysis.ingest.corpus import Corpus
from tests.conftest import doc_id_of, toy_corpus


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def sample_mentions(samples: Corpus) -> pd.DataFrame:
    return extract_mentions(samples)


def _mentions(text: str, gazetteer) -> list[tuple[str, str, str, str]]:
    return [(m[2], m[3], m[4], m[5]) for m in find_mentions(text, gazetteer)]


# --- ambiguity rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Party met the Communist Party of China.",
            [("Communist Party of China", "Communist Party of China", "party", "China")],
        ),
        (
            "Relations with the Workers' Party of Korea and Korea.",
            [
                ("Workers' Party of Korea", "Workers' Party of Korea", "party", "North Korea"),
                ("Korea", "South Korea", "country", "South Korea"),
            ],
        ),
        (
            "the ruling People Power Party (PPP) in the Republic of Korea",
            [
                ("People Power Party", "People Power Party", "party", "South Korea"),
                ("Republic of Korea", "South Korea", "country", "South Korea"),
            ],
        ),
        (
            "Egypt’s ruling Nation’s Future Party",
            [
                ("Egypt", "Egypt", "country", "Egypt"),
                ("Nation’s Future Party", "Nation's Future Party", "party", "Egypt"),
            ],
        ),
        ("who said so to the WHO", [("WHO", "World Health Organization", "organisation", "")]),
        (
            "US-China tensions and the U.S. envoy",
            [
                ("US", "United States", "country", "United States"),
                ("China", "China", "country", "China"),
                ("U.S.", "United States", "country", "United States"),
            ],
        ),
        (
            "Party General Secretary Trong met Trong",
            [
                ("General Secretary Trong", "Nguyen Phu Trong", "person", "Vietnam"),
                ("Trong", "Nguyen Phu Trong", "person", "Vietnam"),
            ],
        ),
        (  # "America" is no country; the region is a mention of its own kind
            "Latin America and South Africa",
            [
                ("Latin America", "Latin America", "region", ""),
                ("South Africa", "South Africa", "country", "South Africa"),
            ],
        ),
    ],
)
def test_ambiguity_rules(gazetteer, text: str, expected):
    assert _mentions(text, gazetteer) == expected


def test_party_alone_is_never_a_mention(sample_mentions: pd.DataFrame):
    assert not sample_mentions["match"].str.fullmatch(r"(?i)(the )?part(y|ies)").any()


# --- the samples ---------------------------------------------------------------------------


def test_africa_in_000(samples: Corpus, sample_mentions: pd.DataFrame):
    doc = sample_mentions.loc[sample_mentions["doc_id"] == doc_id_of(samples, "000")]
    assert {"Mozambique", "Tanzania", "Egypt", "Uganda"} <= set(doc["country"])
    assert "FRELIMO" in set(doc.loc[doc["kind"] == "party", "canonical"])
    assert {"Mozambique", "Egypt", "Uganda"} <= set(doc.loc[doc["kind"] == "country", "canonical"])


def test_partners_in_003(samples: Corpus, sample_mentions: pd.DataFrame):
    doc = sample_mentions.loc[sample_mentions["doc_id"] == doc_id_of(samples, "003")]
    countries = set(doc.loc[doc["kind"] == "country", "canonical"])
    assert {"United States", "Japan", "Russia", "India", "Holy See"} <= countries
    people = set(doc.loc[doc["kind"] == "person", "canonical"])
    assert {"Joe Biden", "Dmitry Medvedev", "Xi Jinping", "Yoon Suk Yeol"} <= people


def test_mentions_come_only_from_content_with_exact_offsets(samples: Corpus, sample_mentions):
    assert list(sample_mentions.columns) == list(MENTION_COLUMNS)
    paragraphs = samples.paragraphs[["doc_id", "para_id", "kind"]]
    kinds = sample_mentions[["doc_id", "para_id"]].merge(paragraphs, on=["doc_id", "para_id"])
    assert set(kinds["kind"]) <= set(CONTENT_KINDS)
    keys = ["doc_id", "para_id", "sent_id"]
    joined = sample_mentions.merge(samples.sentences[[*keys, "text"]], on=keys)
    sliced = [
        t[s:e] for t, s, e in zip(joined["text"], joined["start"], joined["end"], strict=True)
    ]
    assert sliced == joined["match"].tolist()
    # Xi Jinping is named in the 000 caption, but counted only from 003's body.
    xi = sample_mentions.loc[sample_mentions["canonical"] == "Xi Jinping", "doc_id"]
    assert set(xi) == {doc_id_of(samples, "003")}
    with_captions = extract_mentions(samples, kinds=(*CONTENT_KINDS, "caption"))
    xi = with_captions.loc[with_captions["canonical"] == "Xi Jinping", "doc_id"]
    assert set(xi) == {doc_id_of(samples, "000"), doc_id_of(samples, "003")}
    assert {"Pham Minh Chinh", "Vuong Dinh Hue", "Bui Thanh Son"} <= set(with_captions["canonical"])
    assert not {"Pham Minh Chinh", "Vuong Dinh Hue"} & set(sample_mentions["canonical"])


def test_toy_corpus_skips_captions_boilerplate_and_repeats():
    mentions = extract_mentions(toy_corpus())
    assert mentions[["doc_id", "para_id", "canonical"]].values.tolist() == [
        ["a", 1, "Vietnam"],
        ["a", 1, "Laos"],
        ["a", 3, "China"],
        ["a", 3, "Communist Party of China"],
        ["b", 0, "Laos"],
        ["b", 0, "United States"],
    ]


def test_mention_counts(sample_mentions: pd.DataFrame):
    parties = mention_counts(sample_mentions, kind="party", top_n=5)
    assert len(parties) == 5 and set(parties["kind"]) == {"party"}
    assert parties.iloc[0]["canonical"] == "Communist Party of Vietnam"
    assert parties["n"].is_monotonic_decreasing
    everything = mention_counts(sample_mentions)
    assert everything["n"].sum() == len(sample_mentions)


# --- co-mentions and themes ----------------------------------------------------------------


def test_country_comentions_on_a_toy_corpus():
    mentions = extract_mentions(toy_corpus())
    expected = pd.DataFrame(
        {"country_a": ["Laos"], "country_b": ["United States"], "n_paragraphs": [1], "n_docs": [1]}
    )
    pd.testing.assert_frame_equal(country_comentions(mentions), expected, check_dtype=False)
    with_vietnam = country_comentions(mentions, exclude=())
    assert ("Laos", "Vietnam") in set(
        zip(with_vietnam["country_a"], with_vietnam["country_b"], strict=True)
    )


def test_comention_examples_quote_a_sentence_naming_both_first():
    far_apart = "Cuba " + "and its many partners " * 15 + "agreed with India on it."
    corpus = toy_corpus(
        [
            ("a", 0, "body", "Laos sent a delegation. Later, Cambodia replied to it.", -1),
            ("a", 1, "body", "Talks with Russia covered trade. Brazil listened.", -1),
            ("b", 0, "body", "Leaders of Cambodia and Laos met in the spring.", -1),
            (
                "b",
                1,
                "body",
                "Japan and Cambodia signed the plan. " + "More words follow. " * 30,
                -1,
            ),
            ("b", 2, "body", far_apart, -1),
        ]
    )
    mentions = extract_mentions(corpus)
    pairs = country_comentions(mentions)
    examples = comention_examples(corpus, mentions, pairs)
    assert examples[pairs.columns].equals(pairs)
    by_pair = examples.set_index(["country_a", "country_b"])
    # named in one sentence (document b) beats named apart in an earlier paragraph (a)
    assert tuple(by_pair.loc[("Cambodia", "Laos"), ["doc_id", "para_id"]]) == ("b", 0)
    assert by_pair.loc[("Cambodia", "Laos"), "example"] == (
        "Leaders of Cambodia and Laos met in the spring."
    )
    assert by_pair.loc[("Cambodia", "Japan"), "example"] == "Japan and Cambodia signed the plan."
    # named only in two sentences of a paragraph: both sentences, in text order
    assert by_pair.loc[("Brazil", "Russia"), "example"] == (
        "Talks with Russia covered trade. … Brazil listened."
    )
    # named far apart in one long sentence: a short quote around each name
    far = by_pair.loc[("Cuba", "India"), "example"]
    assert len(far_apart) > 300 and len(far) <= 225
    assert far.startswith("Cuba and") and far.endswith("with India on it.") and " … " in far


def test_country_comentions_in_the_samples(sample_mentions: pd.DataFrame):
    pairs = country_comentions(sample_mentions)
    assert (pairs["country_a"] < pairs["country_b"]).all()
    assert "Vietnam" not in set(pairs["country_a"]) | set(pairs["country_b"])
    top = pairs.iloc[0]
    assert (top["country_a"], top["country_b"]) == ("Cambodia", "Laos")


def test_country_theme_counts(samples: Corpus, sample_mentions: pd.DataFrame):
    counts = country_theme_counts(sample_mentions, theme_hits(samples))
    table = counts.set_index(["country", "theme"])["n_paragraphs"]
    assert table[("China", "neighbours")] >= 3
    assert table[("Mozambique", "party_to_party")] >= 1
    assert table.get(("Mozambique", "pandemic"), 0) == 0


# --- the data files --------------------------------------------------------------------------


@pytest.fixture()
def gazetteer_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "gaz"
    folder.mkdir()
    for path in default_gazetteer_dir().glob("gazetteer_*.csv"):
        shutil.copy(path, folder / path.name)
    return folder


def test_party_candidates_list_parties_missing_from_the_gazetteer(
    samples: Corpus, gazetteer_copy: Path
):
    assert party_candidates(samples).empty  # every party of the samples is known
    parties = gazetteer_copy / "gazetteer_parties.csv"
    lines = parties.read_text(encoding="utf-8").splitlines()
    parties.write_text(
        "\n".join(line for line in lines if not line.startswith("Amanat Party")) + "\n",
        encoding="utf-8",
    )
    edited = load_gazetteer(gazetteer_copy)
    candidates = party_candidates(samples, edited)
    assert candidates["candidate"].tolist() == ["Amanat Party"]
    assert candidates.iloc[0]["doc_id"] == doc_id_of(samples, "000")
    assert "Amanat Party" not in set(extract_mentions(samples, edited)["canonical"])


def test_party_candidates_ignore_party_organs():
    corpus = toy_corpus(
        [
            (
                "t",
                0,
                "body",
                "The Party General Secretary and the National Party Congress met.",
                -1,
            ),
            ("t", 1, "body", "Through the Party, the Green Future Party of Atlantis grew.", -1),
        ]
    )
    assert party_candidates(corpus)["candidate"].tolist() == ["Green Future Party of Atlantis"]


def test_gazetteer_errors_name_the_file_and_problem(gazetteer_copy: Path):
    people = gazetteer_copy / "gazetteer_people.csv"
    people.write_text(people.read_text(encoding="utf-8") + "Someone Else,Trong,Nobody,Vietnam\n")
    with pytest.raises(GazetteerError, match=r"'Trong' names more than one actor"):
        load_gazetteer(gazetteer_copy)
    people.write_text("name,role\nX,Y\n", encoding="utf-8")
    with pytest.raises(
        GazetteerError, match=r"gazetteer_people.csv.*lacks column\(s\) \['aliases'"
    ):
        load_gazetteer(gazetteer_copy)
    people.unlink()
    with pytest.raises(GazetteerError, match="Cannot read gazetteer file"):
        load_gazetteer(gazetteer_copy)


@given(
    st.lists(
        st.sampled_from(
            [
                "China",
                "Communist Party of China",
                "Lao",
                "Laos",
                "the",
                "Party",
                "US",
                "U.S.",
                "Workers' Party of Korea",
                "Korea",
                "(",
                ")",
                "PPP",
                "People Power Party",
                "-",
                "x",
            ]
        ),
        max_size=25,
    )
)
@settings(max_examples=200, deadline=None)
def test_mentions_never_overlap_and_point_at_their_text(gazetteer, words: list[str]):
    text = " ".join(words)
    found = find_mentions(text, gazetteer)
    for start, end, match, *_ in found:
        assert text[start:end] == match
    ends = [e for _, e, *_ in found]
    starts = [s for s, *_ in found]
    assert all(s >= e for s, e in zip(starts[1:], ends[:-1], strict=False))


# --- spellings, flags and second mentions (issue 15) ---------------------------------------


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


ARTICLE = [
    ("z", 0, "body", "General Secretary Tô Lâm received Thongloun Sisoulith in Hà Nội.", -1),
    ("z", 1, "body", "Lâm thanked the Lao leader. The General Secretary spoke first.", -1),
    ("z", 2, "body", "Le Trong Nghia, a researcher, took notes; Xi was not there.", -1),
    ("y", 0, "body", "Lâm arrived. The Lao leader waved.", -1),
]


def test_second_mentions_resolve_within_an_article():
    mentions = extract_mentions(toy_corpus(ARTICLE))
    z = mentions.loc[mentions["doc_id"] == "z"]
    assert z[["para_id", "match", "canonical", "flag"]].values.tolist() == [
        [0, "Tô Lâm", "To Lam", ""],
        [0, "Thongloun Sisoulith", "Thongloun Sisoulith", ""],
        [1, "Lâm", "To Lam", "coreference"],
        [1, "Lao", "Laos", "demonym"],
        [1, "leader", "Thongloun Sisoulith", "coreference"],
    ]  # "The General Secretary" fits both; "Xi" was never named; "Trong" is in a name
    y = mentions.loc[mentions["doc_id"] == "y"]
    assert y["canonical"].tolist() == ["Laos"]  # no earlier full name in that article
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert set(mentions["surface"]) >= {"To Lam", "Lam", "leader"}


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


def test_name_candidates_lists_names_the_gazetteer_lacks():
    corpus = toy_corpus(
        [
            ("n", 0, "body", "Prime Minister Aronil Vessatha met the CICA envoy.", -1),
            ("n", 1, "body", "Aronil Vessatha and Pham Minh Chinh spoke.", -1),
            ("n", 2, "body", "The People Power Party (PPP) of Korea agreed.", -1),
        ]
    )
    table = name_candidates(corpus)
    assert table[["candidate", "n"]].values.tolist() == [
        ["Aronil Vessatha", 2],
        ["CICA", 1],
    ]  # known names (Pham Minh Chinh, the bracketed PPP) and roles are not listed
    assert table.iloc[0]["sentence"].startswith("Prime Minister Aronil")


# --- the actor zoo ----------------------------------------------------------------------------

ZOO = Path(__file__).parent / "data" / "actors.csv"


def test_zoo_precision_and_recall_per_kind():
    sentences, gold = read_gold(ZOO, KINDS)
    assert len(sentences) >= 150 and sentences["text"].str.contains("[\u00c0-\u1ef9]").sum() >= 30
    scores = score_mentions(extract_mentions(gold_corpus(sentences)), gold, KINDS)
    scores = scores.set_index("kind")
    assert (scores.loc[list(KINDS), "n_gold"] >= 15).all()
    assert (scores.loc[list(KINDS), ["precision", "recall"]] >= 0.97).all().all(), scores


def test_gold_marks_parse_and_errors_name_the_row(tmp_path: Path):
    assert parse_marked("[Hà Nội](country:Vietnam:metonym)'s envoy") == (
        "Hà Nội's envoy",
        [(0, 6, "Hà Nội", "Vietnam", "country", "metonym")],
    )
    bad = tmp_path / "gold.csv"
    bad.write_text("article,text\nA,fine\nA,[Laos](nation:Laos)\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold.csv' row 3: mark 'Laos' has kind 'nation'"):
        read_gold(bad, KINDS)


# --- validation of the data files ----------------------------------------------------------


def test_packaged_lists_cover_the_field(gazetteer):
    entries = gazetteer.entries
    countries = entries.loc[entries["kind"] == "country"].drop_duplicates("canonical")
    current = countries.loc[countries["detail"] != "Former state"]
    assert len(current) == 195  # 193 UN members and 2 observer states
    for path in default_gazetteer_dir().glob("gazetteer_*.csv"):
        assert path.read_text(encoding="utf-8").startswith("# "), f"{path.name} states no source"
    flags = entries.groupby("flag")["surface"].size()
    assert flags["demonym"] > 150 and flags["metonym"] > 150
    people = entries.loc[entries["kind"] == "person", "canonical"]
    assert {"Nguyen Van Linh", "Do Muoi", "Le Kha Phieu", "Nong Duc Manh", "To Lam"} <= set(people)


@pytest.mark.parametrize(
    ("filename", "line", "message"),
    [
        ("gazetteer_people.csv", "Nobody,,x,Atlantis,,", r"row 99: country 'Atlantis'"),
        ("gazetteer_people.csv", ",,x,Laos,,", r"gazetteer_people.csv' row 99: empty 'name'"),
        ("gazetteer_parties.csv", "Other Party,CPV,,Laos,", r"'CPV' names more than one"),
        ("gazetteer_regions.csv", "Somewhere,(brackets)", r"must start with a letter"),
        ("gazetteer_variants.csv", "lonely,", r"gazetteer_variants.csv' row \d+: give a word"),
    ],
)
def test_data_errors_name_the_file_and_row(gazetteer_copy: Path, filename, line, message):
    path = gazetteer_copy / filename
    if not path.exists():
        shutil.copy(default_gazetteer_dir() / filename, path)
    text = path.read_text(encoding="utf-8")
    if filename == "gazetteer_people.csv":  # put the bad row on line 99
        lines = text.splitlines()
        text = "\n".join(lines[:98]) + "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(gazetteer_copy)


def test_context_file_is_validated(gazetteer_copy: Path):
    (gazetteer_copy / "gazetteer_context.yaml").write_text("roles: President\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"gazetteer_context.yaml'.*'locative_before'"):
        load_gazetteer(gazetteer_copy)


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


def test_lookup_folds_like_the_matcher(gazetteer):
    assert gazetteer.lookup("Việt Nam") == ("Vietnam", "country", "Vietnam")
    assert gazetteer.lookup("the Philippines")[0] == "Philippines"
    with pytest.raises(KeyError):
        gazetteer.lookup("Atlantis")


def test_people_may_share_a_short_name_but_not_a_name(gazetteer_copy: Path):
    people = gazetteer_copy / "gazetteer_people.csv"
    text = people.read_text(encoding="utf-8")
    people.write_text(text + "Truong Van Lam,,Someone,Vietnam,Lam,\n", encoding="utf-8")
    assert load_gazetteer(gazetteer_copy).shorts["Lam"] == ("To Lam", "Truong Van Lam")
    people.write_text(text + "Truong Van Lam,Trong,Someone,Vietnam,Lam,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"'Trong' names more than one actor"):
        load_gazetteer(gazetteer_copy)


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
