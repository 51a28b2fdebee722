"""The old web's title features in one call (``layout/old_web_headlines.py``, fix38a):
each layout's line gets its feature, and a plain line none."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.old_web_headlines import old_web_features


def _features(text: str, i: int, dateline: int | None = None) -> list[str]:
    paras = split_lines(text)
    if dateline is not None:
        paras[dateline].kind = "dateline"
    return old_web_features(paras, i)


@pytest.mark.parametrize(
    ("text", "i", "dateline", "expected"),
    [
        ("Monday, 5 March, 2001, 10:05 GMT\nRiver ports open", 1, 0, ["under_zoned_stamp"]),
        (
            "River ports\nDiscussion in 'Asia' started by lan_h, 3/5/2009.",
            0,
            None,
            ["over_thread_starter"],
        ),
        ("II- INWARD VISITS\nText.", 0, None, ["numbered"]),
        ("Home » Press room »\nPress Release No 11", 1, None, ["under_open_crumb"]),
        (
            "Default River ports of the delta\nRiver ports of the delta",
            1,
            None,
            ["under_post_icon"],
        ),
        ("Ports and quays\nRiver ports open to barges", 1, None, []),
    ],
)
def test_old_web_features(text: str, i: int, dateline: int | None, expected: list[str]) -> None:
    assert _features(text, i, dateline) == expected
