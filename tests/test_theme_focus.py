"""What a paragraph is about versus a passing mention (``analysis/annotators/theme_focus.py``):
background clauses weigh less in long paragraphs, and a theme named once in a later
sentence of a long paragraph is not coded. Literal paragraphs written for these tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.annotators.theme_focus import PASSING_MENTION, THIN_EVIDENCE, clause_spans
from analysis.annotators.theme_focus_file import build_focus
from analysis.annotators.themes import ThemeDictionaryError, load_themes
from tests.conftest import _paragraph_hits

FOCUS = {
    "note": "Test focus rules.",
    "clauses": {
        "min_words": 20,
        "weight": 0.5,
        "rules": [
            {"id": "example_list", "note": "Examples.", "opens": ["such as", "including"]},
            {"id": "relative_clause", "note": "Relative.", "opens": [", which"]},
            {
                "id": "framing_adverbial",
                "note": "Setting.",
                "opens": ["amid"],
                "runs_to": "comma",
                "at_sentence_start": True,
            },
        ],
    },
    "passing_mention": {"min_words": 30, "factor": 1.5},
}
THEMES = [
    {"id": "trade", "label": "Trade", "definition": "Trade.", "terms": ["rice exports", "tariffs"]},
    {"id": "forum", "label": "Forum", "definition": "A forum.", "terms": ["regional forum"]},
]

# Three sentences, 40 words: the forum is the topic; rice exports come up once at the end.
OPENING = "The regional forum opened in the capital on Monday with delegates from nine countries."
MIDDLE = "Speakers at the regional forum praised the host for its careful work over many months."
CLOSING = "One delegate also mentioned rice exports in a short remark before lunch."


def _themes(tmp_path: Path, focus: dict | None = FOCUS) -> Path:
    data: dict = {"themes": THEMES}
    if focus is not None:
        data["focus"] = focus
    path = tmp_path / "themes.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _coded(hits: pd.DataFrame) -> set[str]:
    return set(hits.loc[hits["coded"], "theme"])


def test_a_theme_named_once_in_a_later_sentence_is_a_passing_mention(tmp_path: Path):
    hits = _paragraph_hits([f"{OPENING} {MIDDLE} {CLOSING}"], _themes(tmp_path))
    assert _coded(hits) == {"forum"}
    trade = hits.loc[hits["theme"] == "trade"]
    assert trade["rule"].tolist() == [PASSING_MENTION]
    assert trade["weight"].tolist() == [1.0]  # the hit keeps its weight: transparent


def test_the_same_mention_codes_without_the_focus_rules(tmp_path: Path):
    hits = _paragraph_hits([f"{OPENING} {MIDDLE} {CLOSING}"], _themes(tmp_path, focus=None))
    assert _coded(hits) == {"forum", "trade"}
    assert hits["rule"].eq("").all()


def test_the_topic_sentence_two_sentences_or_more_weight_keep_the_theme(tmp_path: Path):
    path = _themes(tmp_path)
    first = "The regional forum opened in the capital with talks on rice exports."
    two = f"{CLOSING} Another delegate asked about tariffs."
    strong = "One delegate also mentioned rice exports and tariffs in a short remark."
    texts = [
        f"{first} {MIDDLE} {CLOSING}",
        f"{OPENING} {MIDDLE} {two}",
        f"{OPENING} {MIDDLE} {strong}",
    ]
    hits = _paragraph_hits(texts, path)
    for doc_id in ("p0", "p1", "p2"):
        assert _coded(hits.loc[hits["doc_id"] == doc_id]) == {"forum", "trade"}, doc_id


def test_a_short_paragraph_is_never_a_passing_mention(tmp_path: Path):
    hits = _paragraph_hits([f"{OPENING} {CLOSING}"], _themes(tmp_path))  # 27 words
    assert _coded(hits) == {"forum", "trade"}


def test_a_hit_inside_an_example_list_weighs_half_in_a_long_paragraph(tmp_path: Path):
    text = (
        "The regional forum discussed many goods such as rice exports and coffee; "
        "the talks went on until late in the evening and ended with a joint photograph."
    )
    hits = _paragraph_hits([text], _themes(tmp_path))
    trade = hits.loc[hits["theme"] == "trade"]
    assert trade["weight"].tolist() == [0.5]
    assert trade["rule"].tolist() == ["clause:example_list"]
    assert _coded(hits) == {"forum"}
    # The clause ends at the semicolon: a term after it weighs in full.
    after = text.replace("late in the evening", "late on tariffs")
    hits = _paragraph_hits([after], _themes(tmp_path))
    assert hits.loc[hits["match"] == "tariffs", "weight"].tolist() == [1.0]


def test_a_short_paragraph_keeps_its_clauses_whole(tmp_path: Path):
    hits = _paragraph_hits(["Officials discussed goods such as rice exports."], _themes(tmp_path))
    assert hits["weight"].tolist() == [1.0]
    assert _coded(hits) == {"trade"}


def test_clause_spans_follow_the_openers():
    focus = build_focus(FOCUS, "test")
    assert focus is not None
    text = "Amid new tariffs, the forum met, which pleased traders including rice growers."
    spans = {(text[s:e], rule) for s, e, rule in clause_spans(text, focus)}
    assert spans == {
        ("Amid new tariffs", "framing_adverbial"),
        (", which pleased traders including rice growers", "relative_clause"),
        ("including rice growers", "example_list"),
    }
    # "which" without its comma is a restrictive clause; "amid" inside a sentence is no frame.
    plain = "The forum which met amid new tariffs closed early."
    assert clause_spans(plain, focus) == []
    # Offsets are kept only where lower case keeps the length of the text.
    assert clause_spans("İzmir traders, which sell rice, met.", focus) == []
    assert clause_spans("Izmir traders, which sell rice, met.", focus) == [
        (13, 35, "relative_clause")  # to the end of the clause: ", which sell rice, met"
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": 1}, "unknown keys"),
        ({"clauses": {"weight": 0, "rules": []}}, "above 0"),
        (
            {"clauses": {"rules": [{"id": "x", "note": "n", "opens": ["so"], "runs_to": "end"}]}},
            "runs_to",
        ),
        ({"clauses": {"rules": [{"id": "x", "note": "n"}]}}, "opens"),
        ({"passing_mention": {"min_words": 10, "factor": 2, "extra": 1}}, "unknown keys"),
    ],
)
def test_a_malformed_focus_entry_is_rejected(change: dict, message: str):
    with pytest.raises(ThemeDictionaryError, match=message):
        build_focus({**FOCUS, **change}, "test.yaml")


# --- the packaged dictionary -------------------------------------------------------------

# A long paragraph about consular protection; extreme weather comes up once, at the end.
CONSULAR = (
    "The consulate general opened a hotline for Vietnamese workers who lose their jobs or "
    "face unpaid wages, and a team of volunteer lawyers now answers calls every evening. "
    "Last year the consulate handled several hundred cases and arranged the repatriation of "
    "dozens of citizens whose contracts had ended early. "
    "Officials also plan weekend classes on extreme weather for the children of the community."
)


def test_the_packaged_coder_reads_a_world_issue_named_in_passing():
    hits = _paragraph_hits([CONSULAR])
    assert "information_culture" in _coded(hits)
    world = hits.loc[hits["theme"] == "world_situation"]
    assert world["match"].tolist() == ["extreme weather"]
    assert not world["coded"].any()
    assert world["rule"].tolist() == [PASSING_MENTION]
    # Named in the topic sentence, the same words code the paragraph.
    opening = CONSULAR.replace(
        "The consulate", "Under the new partnership with Japan, the consulate", 1
    )
    assert "major_powers" in _coded(_paragraph_hits([opening]))


def test_without_its_focus_entry_the_packaged_coder_codes_as_before():
    themes = tuple(replace(t, focus=None) for t in load_themes())
    assert "world_situation" in _coded(_paragraph_hits([CONSULAR], themes))


def test_a_theme_hashes_as_it_compares():
    first, again = load_themes(), load_themes()
    assert hash(first) == hash(again)
    changed = replace(first[0], threshold=first[0].threshold + 1)
    assert changed != first[0]
    assert hash(replace(changed, threshold=first[0].threshold)) == hash(first[0])


# --- round 8: concluding sentences and per-theme factors -----------------------------------

SUMMING_UP = "These results show that rice exports matter to the whole region today."


def test_a_concluding_sentence_is_topical_like_the_first(tmp_path: Path):
    text = f"{OPENING} {MIDDLE} {SUMMING_UP}"
    plain = _paragraph_hits([text], _themes(tmp_path))
    assert _coded(plain) == {"forum"}  # without the openers: a passing mention
    passing = {**FOCUS["passing_mention"], "topical_openers": ["These  results show", "in short"]}
    hits = _paragraph_hits([text], _themes(tmp_path, {**FOCUS, "passing_mention": passing}))
    assert _coded(hits) == {"forum", "trade"}
    assert hits.loc[hits["theme"] == "trade", "rule"].tolist() == [""]
    # The opener must begin the sentence: the same words later in it do not save it.
    later = CLOSING.replace("One delegate", "One delegate said these results show that")
    hits = _paragraph_hits(
        [f"{OPENING} {MIDDLE} {later}"], _themes(tmp_path, {**FOCUS, "passing_mention": passing})
    )
    assert _coded(hits) == {"forum"}


def test_a_theme_factor_replaces_the_paragraph_factor(tmp_path: Path):
    strong = "One delegate also mentioned rice exports and tariffs in a short remark."
    texts = [f"{OPENING} {MIDDLE} {CLOSING}", f"{OPENING} {MIDDLE} {strong}"]

    def coded(factors: dict) -> list[set[str]]:
        passing = {**FOCUS["passing_mention"], "factors": factors}
        hits = _paragraph_hits(texts, _themes(tmp_path, {**FOCUS, "passing_mention": passing}))
        return [_coded(hits.loc[hits["doc_id"] == d]) for d in ("p0", "p1")]

    assert coded({}) == [{"forum"}, {"forum", "trade"}]  # 1 < 1.5 x 1 <= 2
    assert coded({"trade": 0}) == [{"forum", "trade"}, {"forum", "trade"}]  # never passing
    assert coded({"trade": 3}) == [{"forum"}, {"forum"}]  # 2 < 3 x 1: passing too
    assert coded({"forum": 3}) == [{"forum"}, {"forum", "trade"}]  # another theme's own


@pytest.mark.parametrize(
    ("passing", "message"),
    [
        ({"factors": [1]}, "mapping of theme id"),
        ({"factors": {"trade": -1}}, "number >= 0"),
        ({"topical_openers": "in short"}, "list of phrases"),
        ({"topical_openers": ["in short", " "]}, "list of phrases"),
    ],
)
def test_a_malformed_passing_entry_is_rejected(passing: dict, message: str):
    with pytest.raises(ThemeDictionaryError, match=message):
        build_focus({**FOCUS, "passing_mention": passing}, "test.yaml")


def test_a_factor_for_an_unknown_theme_is_rejected(tmp_path: Path):
    passing = {**FOCUS["passing_mention"], "factors": {"tarifs": 0}}
    with pytest.raises(ThemeDictionaryError, match="unknown themes"):
        load_themes(_themes(tmp_path, {**FOCUS, "passing_mention": passing}))


# A long report of a year's results; the appraisal comes once, in the closing sentence.
RESULTS = (
    "Over the past year the ministry opened four new consulates, signed agreements on labour "
    "and on legal assistance with six partners and helped more than two thousand citizens "
    "abroad. It also completed border markers on a long stretch of the frontier and moved "
    "visa procedures onto a single online portal for foreign visitors. "
    "In short, the country's prestige has never been as high as it is now."
)
# A long paragraph about a relief shipment; Japan is named once, as a donor, later on.
DONATION = (
    "A cargo plane carrying tents, water filters and medicine landed at the provincial "
    "airport on Sunday morning, the second shipment for families hit by last week's floods. "
    "Local officials said the supplies would reach the worst-hit districts within two days, "
    "and that schools used as shelters would reopen next month. "
    "The shipment was paid for by the government of Japan under its partnership with "
    "Vietnam, the officials added."
)


def test_the_packaged_coder_keeps_an_appraisal_stated_once_at_the_end():
    hits = _paragraph_hits([RESULTS])
    assert "international_standing" in _coded(hits)
    assert hits.loc[hits["theme"] == "international_standing", "rule"].eq("").all()
    # Without the per-theme factor and the concluding formulas it was a passing mention.
    themes = load_themes()
    focus = replace(themes[0].focus, passing_factors=(), topical_openers=())
    old = _paragraph_hits([RESULTS], tuple(replace(t, focus=focus) for t in themes))
    assert "international_standing" not in _coded(old)


def test_the_packaged_coder_reads_a_power_named_once_as_a_donor_as_passing():
    hits = _paragraph_hits([DONATION])
    powers = hits.loc[hits["theme"] == "major_powers"]
    assert not powers.empty
    assert not powers["coded"].any()
    assert powers["rule"].str.contains(PASSING_MENTION).all()
    # At the paragraph factor (1.5) the name with its relation cue was enough to code it.
    themes = load_themes()
    focus = replace(themes[0].focus, passing_factors=())
    old = _paragraph_hits([DONATION], tuple(replace(t, focus=focus) for t in themes))
    assert "major_powers" in _coded(old)


# --- round 9: thin evidence in a long paragraph ---------------------------------------------

THIN = {"min_words": 30, "factors": {"trade": 1.5}}
# 44 words; rice exports named once, in the topic sentence (so never a passing mention).
TOPIC_ONCE = (
    "The regional forum opened with a short remark on rice exports by the host. "
    f"{MIDDLE} One delegate also praised the lunch served to the guests."
)


def test_a_listed_theme_named_once_in_a_long_paragraph_is_thin(tmp_path: Path):
    hits = _paragraph_hits([TOPIC_ONCE], _themes(tmp_path, {**FOCUS, "thin_evidence": THIN}))
    assert _coded(hits) == {"forum"}
    trade = hits.loc[hits["theme"] == "trade"]
    assert trade["rule"].tolist() == [THIN_EVIDENCE]
    assert trade["weight"].tolist() == [1.0]  # the hit keeps its weight
    # Without the entry the topic sentence codes it.
    assert _coded(_paragraph_hits([TOPIC_ONCE], _themes(tmp_path))) == {"forum", "trade"}


def test_thin_evidence_spares_more_weight_short_paragraphs_and_other_themes(tmp_path: Path):
    path = _themes(tmp_path, {**FOCUS, "thin_evidence": THIN})
    twice = TOPIC_ONCE.replace("the lunch served", "the tariffs served")  # 2 >= 1.5 x 1
    short = "The regional forum opened with a short remark on rice exports by the host."
    hits = _paragraph_hits([twice, short], path)
    for doc_id in ("p0", "p1"):
        assert _coded(hits.loc[hits["doc_id"] == doc_id]) == {"forum", "trade"}, doc_id
    # The forum is named twice but is not listed: one name would do (weight 1 = threshold).
    once = TOPIC_ONCE.replace("Speakers at the regional forum", "Speakers at the meeting")
    assert _coded(_paragraph_hits([once], path)) == {"forum"}


def test_a_passing_mention_is_named_once_even_when_thin(tmp_path: Path):
    hits = _paragraph_hits(
        [f"{OPENING} {MIDDLE} {CLOSING}"], _themes(tmp_path, {**FOCUS, "thin_evidence": THIN})
    )
    assert hits.loc[hits["theme"] == "trade", "rule"].tolist() == [PASSING_MENTION]


@pytest.mark.parametrize(
    ("thin", "message"),
    [
        ({"factors": {"trade": -1}}, "number >= 0"),
        ({"factors": [1.5]}, "mapping of theme id"),
        ({"min_words": 60, "factor": 1.5}, "unknown keys"),
        ([60], "are mappings"),
    ],
)
def test_a_malformed_thin_entry_is_rejected(thin: object, message: str):
    with pytest.raises(ThemeDictionaryError, match=message):
        build_focus({**FOCUS, "thin_evidence": thin}, "test.yaml")


def test_a_thin_factor_for_an_unknown_theme_is_rejected(tmp_path: Path):
    thin = {**THIN, "factors": {"tarifs": 1.5}}
    with pytest.raises(ThemeDictionaryError, match="thin_evidence factors name unknown"):
        load_themes(_themes(tmp_path, {**FOCUS, "thin_evidence": thin}))


# A long paragraph about a maritime protest; the press briefing is only where it was said.
BRIEFING = (
    "The ministry's spokesperson told the regular press briefing on Thursday that Vietnam "
    "had protested the presence of a foreign survey ship in its exclusive economic zone. "
    "She said the ship's activities violated the country's sovereign rights under the 1982 "
    "Convention on the Law of the Sea and asked that it leave the area at once, adding that "
    "the coast guard was following the ship."
)


def test_the_packaged_coder_reads_a_briefing_named_as_the_setting_as_thin():
    hits = _paragraph_hits([BRIEFING])
    assert "sovereignty" in _coded(hits)
    info = hits.loc[hits["theme"] == "information_culture"]
    assert not info.empty and not info["coded"].any()
    assert info["rule"].str.contains(THIN_EVIDENCE).all()
    # Without the thin-evidence entry the setting coded the paragraph.
    themes = load_themes()
    focus = replace(themes[0].focus, thin_factors=())
    old = _paragraph_hits([BRIEFING], tuple(replace(t, focus=focus) for t in themes))
    assert "information_culture" in _coded(old)
    # A paragraph about the briefings themselves names the theme more than once.
    about = BRIEFING.replace(
        "the coast guard was following the ship",
        "foreign journalists would get the ministry's statements in English from next month",
    )
    assert "information_culture" in _coded(_paragraph_hits([about]))


# A long paragraph about a storm; the East Sea is only where it formed.
STORM = (
    "A tropical depression that formed in the East Sea on Monday strengthened into a storm "
    "overnight and is expected to make landfall in the central provinces on Wednesday. "
    "Provincial authorities have moved more than ten thousand residents from low-lying "
    "villages, closed schools for two days and asked farmers to bring in the rice harvest "
    "early, while hospitals were told to keep generators ready."
)


def test_the_packaged_coder_reads_a_sea_named_as_a_place_as_thin():
    hits = _paragraph_hits([STORM])
    sea = hits.loc[hits["theme"] == "sovereignty"]
    assert sea["match"].tolist() == ["East Sea"]
    assert not sea["coded"].any() and sea["rule"].eq(THIN_EVIDENCE).all()
    # A paragraph about the sea itself names more of the theme.
    survey = (
        "A foreign survey ship entered Vietnam's exclusive economic zone in the East Sea on "
        "Monday, and the coast guard has followed it since. "
    )
    assert "sovereignty" in _coded(_paragraph_hits([survey + STORM.split(". ", 1)[1]]))
