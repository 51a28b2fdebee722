"""An alert e-mail's or a digest's issue label before its date (held-out 99): "Daily update ⋅
April 18, 2024" under a search engine's alert, "Weekly digest, May 3, 2024" give the issue's
day (``published_labels`` of ``data/header_scoring.yaml``); "update" after a period word is
no revision label (``updated_labels``), while "Updated ..." beside a published date still
is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.accuracy import read_one

LEDE = (
    "Foreign Minister Tran Quoc Hung and his Brazilian counterpart agreed in Brasilia on "
    "Wednesday to raise two-way trade to $15 billion by 2030 and to open new routes."
)


def _published(tmp_path: Path, *header: str) -> str:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*header, LEDE]) + "\n", encoding="utf-8")
    doc, _ = read_one(path)
    return (
        ""
        if doc["published"] is None or str(doc["published"]) == "NaT"
        else str(doc["published"].date())
    )


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("Daily update ⋅ April 18, 2024", "2024-04-18"),
        ("Daily update April 18, 2024", "2024-04-18"),
        ("Weekly digest, May 3, 2024", "2024-05-03"),
        ("Monthly briefing: June 2, 2024", "2024-06-02"),
    ],
)
def test_an_issue_label_dates_the_alert_or_digest(tmp_path: Path, label: str, day: str) -> None:
    assert _published(tmp_path, "Trade target for two partners is raised again", label) == day


def test_an_alert_e_mail_is_dated_by_its_daily_update_line(tmp_path: Path) -> None:
    header = (
        "Google Alerts",
        "Vietnam foreign minister",
        "Daily update ⋅ April 18, 2024",
        "NEWS",
        "Vietnam, Brazil agree to lift two-way trade target to $15 billion",
        "VnExpress International",
    )
    assert _published(tmp_path, *header) == "2024-04-18"


def test_an_updated_line_still_yields_to_the_published_date(tmp_path: Path) -> None:
    header = (
        "Trade target for two partners is raised again",
        "Published April 10, 2024",
        "Updated April 18, 2024",
    )
    assert _published(tmp_path, *header) == "2024-04-10"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        (("Trade target for two partners is raised again", "Hanoi, May 5 (VNA) - " + LEDE), ""),
        (
            ("Trade target for two partners is raised again", "By Minh Anh", "May 5, 2024"),
            "2024-05-05",
        ),
        (
            ("Vietnam Update | June 19, 2020", "Trade target for two partners is raised again"),
            "2020-06-19",
        ),
    ],
)
def test_common_header_forms_keep_their_dates(tmp_path: Path, header: tuple, day: str) -> None:
    assert _published(tmp_path, *header) == day
