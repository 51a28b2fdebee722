"""Tests for ``analysis.ingest.layout.alt_over_caption`` (fix34c): a lead picture's alt
text over the caption that opens with its words is no headline; on placeholder pages."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.layout import read_article
from analysis.ingest.layout.alt_over_caption import alt_over_caption
from analysis.ingest.page_rules import load_rules

_LEDE = (
    "Night buses between the two border towns will run every hour from next month, the "
    "transport office said on Monday, after a year of trials on weekends only."
)
_CAPTION = "Night buses parked at the depot in Lang Son province, in May 2021. A driver waits."


def _paras(*texts: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=t, kind="", line=n + 1) for n, t in enumerate(texts)]


def test_alt_text_over_its_caption_is_not_the_headline():
    page = "\n\n".join(
        [
            "Night Buses Join the Border Towns: a Small Step That Matters",
            "The trial service shows what two provinces can do together.",
            "Night buses parked at the depot",
            _CAPTION,
            "Photograph: Tran Van Minh/Reuters",
            _LEDE,
        ]
    )
    title = read_article(page).title
    assert title == "Night Buses Join the Border Towns: a Small Step That Matters"


def test_alt_over_caption_and_its_negatives():
    rules = load_rules()
    credit = "Photograph: Tran Van Minh/Reuters"
    assert alt_over_caption(_paras("Night buses parked at the depot", _CAPTION, credit), 0, rules)
    # a headline over a caption sharing three words only (a leader's title and name)
    ps = _paras("Night buses join towns", "Night buses stand in the rain.", credit)
    assert not alt_over_caption(ps, 0, rules)
    # no photo credit under the caption: a headline over its standfirst
    ps = _paras("Night buses parked at the depot", _CAPTION, _LEDE)
    assert not alt_over_caption(ps, 0, rules)
    # a sentence with its stop, a line as long as the next one
    ps = _paras("Night buses parked at the depot.", _CAPTION, credit)
    assert not alt_over_caption(ps, 0, rules)
    ps = _paras(_CAPTION, _CAPTION, credit)
    assert not alt_over_caption(ps, 0, rules)
