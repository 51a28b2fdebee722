"""Tests for ``analysis.ingest.menu_run_titles``: a post's headline printed as the last
bullet of the site's menu, right over the text (fix33c), on placeholder pages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.menu_run_titles import menu_run_headline

_LEDE = (
    "Night buses between the two border towns will run every hour from next month, the "
    "transport office said on Monday, after a year of trials on weekends only."
)


def _paras(*texts: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=t, kind="", line=n + 1) for n, t in enumerate(texts)]


def test_menu_then_headline_then_text_is_read_as_the_title():
    page = "\n".join(
        [
            "  • The Example Network",
            "    • Resize:",
            "    • A",
            "  • Donate",
            "  • Night Buses Join the Border Towns",
            "",
            "    " + _LEDE,
            "",
            "    A Second Post on Another Subject",
            "",
            "    " + _LEDE,
        ]
    )
    assert read_article(page).title == "Night Buses Join the Border Towns"


def test_last_short_bullet_over_text():
    ps = _paras("• Home", "• Donate", "• Night Buses Join the Border Towns", _LEDE)
    assert menu_run_headline(ps, 2, 3)
    assert not menu_run_headline(ps, 1, 3)  # not the last bullet


@pytest.mark.parametrize(
    "texts",
    [
        # key points above a text: long bullets, a list
        ("• Vietnam and Laos agree to extend the night bus trial", "• Fares stay the same", _LEDE),
        # no bullet above: a lone bulleted line is read elsewhere (title_scoring)
        ("Hanoi, May 5 (VNA) -", "• Night Buses Join the Border Towns", _LEDE),
        # a sentence, a byline, capitals
        ("• Home", "• Night buses will join the two border towns.", _LEDE),
        ("• Home", "• By Nguyen Van An", _LEDE),
        ("• Home", "• NIGHT BUSES JOIN THE BORDER TOWNS", _LEDE),
    ],
)
def test_lists_and_labels_are_no_headline(texts):
    ps = _paras(*texts)
    assert not menu_run_headline(ps, 1, 2)


def test_not_right_over_the_text():
    ps = _paras("• Home", "• Night Buses Join the Border Towns", "• Another Item Here Too", _LEDE)
    assert not menu_run_headline(ps, 1, 3)
