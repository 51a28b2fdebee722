"""Tests of ``analysis.ingest.layout.speaker_labels``: a speech page's label line (a
document type and its speaker) and the speaker's post under it are no headline."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.speaker_labels import speaker_features, speaker_label
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

#: The speech page of held-out 57 (doj.gov.hk): the label, the speaker's post, the
#: occasion (the headline), the date, the salutation, numbered paragraphs.
_SPEECH_PAGE = (
    "Speech of Ms Helen Kwok, SC\n"
    "Deputy Secretary for Justice\n"
    "Reception for the Delegation of the Viet Nam Bar Federation\n"
    "12 June 2019 (Wednesday)\n\n"
    "President, members of the delegation, ladies and gentlemen,\n\n"
    "  1. Good evening, and welcome to Hong Kong. Your delegation of twenty lawyers from "
    "Hanoi, Da Nang and Ho Chi Minh City is the largest we have received from Viet Nam, and "
    "we are delighted to host you this week.\n"
    "  2. We are keen to share our experience of mediation with the Vietnamese legal "
    "community, and several training visits have already been arranged for the coming year.\n"
)


def test_the_occasion_under_a_speakers_label_is_the_headline() -> None:
    article = read_article(_SPEECH_PAGE)
    assert article.title == "Reception for the Delegation of the Viet Nam Bar Federation"


def test_a_label_alone_over_the_text_stays_the_headline() -> None:
    """Negative: with no occasion line, the label is the only candidate and stays."""
    alone = _SPEECH_PAGE.replace("Deputy Secretary for Justice\n", "").replace(
        "Reception for the Delegation of the Viet Nam Bar Federation\n", ""
    )
    assert read_article(alone).title == "Speech of Ms Helen Kwok, SC"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Speech of Ms Helen Kwok, SC", True),
        ("Remarks by Dr Tran Van Binh", True),
        ("Keynote Address by Ms Le Thi Hoa, Deputy Minister of Foreign Affairs", True),
        ("Speech by Prime Minister Pham Minh Chinh at the ASEAN Summit", False),
        (
            "Message of the CP of Vietnam to the 21st Congress of the Portuguese Communist Party",
            False,
        ),
        ("Statement by the Spokesperson", False),
        ("Visit of Ms Helen Kwok", False),  # no document type
        ("Joint Statement of Viet Nam and Laos", False),
    ],
)
def test_speaker_label(line: str, expected: bool) -> None:
    assert speaker_label(line, RULES) is expected


@dataclass
class _P:
    text: str


def test_speaker_features_mark_the_label_and_the_post_under_it() -> None:
    paras = [_P(t) for t in _SPEECH_PAGE.splitlines()[:3]]
    assert speaker_features(paras, 0, RULES) == ["speaker_label"]
    assert speaker_features(paras, 1, RULES) == ["speaker_post"]
    assert speaker_features(paras, 2, RULES) == []
