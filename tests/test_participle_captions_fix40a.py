"""(fix40a) A photo caption that words the picture's moment in a participle after the people
it shows ("Vice Chairman Name and the Governor of X exchanging the memorandum of
understanding", "... shaking hands with ...", "... posing for a group photo"), opening a copy
saved from its caption down, is a caption (``caption_markers`` of
``data/header_scoring.yaml``), never the headline; a headline's finite verb ("... exchange
memorandum ...") and a participle opening the line stay headlines."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

SCORING = load_scoring()

TEXT = (
    "The visiting delegation described the lacquer villages of its home region and the "
    "schools that keep the old techniques alive.\n"
    "Both sides agreed that craft fairs would come first, with potters invited to exhibit "
    "in each other's towns next spring.\n"
    "By Placeholder Writer\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Deputy Chairman Le Van An and the Mayor of Placeholdertown exchanging the memorandum "
        "of cooperation",
        "Provincial leaders and the visiting delegation posing for a group photo",
        "Secretary Tran Thi Binh shaking hands with the guests at the provincial hall",
    ],
)
def test_a_participle_caption_is_no_headline(caption: str) -> None:
    assert SCORING.caption_marker.search(caption)
    assert read_article(f"{caption}\n{TEXT}").title == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Placeholder province and Gifu exchange memorandum on craft villages",
        "Exchanging experience in keeping craft villages alive",
    ],
)
def test_a_finite_or_opening_verb_stays_a_headline(headline: str) -> None:
    assert not SCORING.caption_marker.search(headline)
    assert read_article(f"{headline}\n{TEXT}").title == headline
