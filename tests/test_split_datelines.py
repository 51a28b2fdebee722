"""A documentary edition's dateline broken after the day, the year and time on the next
line ("Washington, August 12," / "1964—6:20 p.m."), is joined and dates the page
(``broken_lines._year_under_day``; fix31b, held-out 97)."""

import pandas as pd

from analysis.ingest.layout import read_article

TITLE = "Telegram From the Harbour Office to the River Board"
BODY = (
    "The harbour board met on Tuesday to discuss the dredging of the inner channel, which "
    "has silted up since the spring floods and now turns away the larger barges.\n\n"
    "Members agreed to ask the province for a loan and to hire a second dredger before "
    "the dry season, when the water drops by a metre.\n"
)


def _read(top: str) -> tuple[pd.Timestamp | None, list[str]]:
    article = read_article(f"{TITLE}\n{top}\n{BODY}")
    found = article.header_date
    return (found.date_start if found is not None else None), [p.text for p in article.paragraphs]


def test_a_dateline_broken_after_the_day_is_joined() -> None:
    for top, day in (
        ("Washington, August 12,\n1964—6:20 p.m.", "1964-08-12"),
        ("Saigon, June 5,\n1962, 9 a.m.", "1962-06-05"),
        ("Hanoi, May 5,\n2024 – 10:20", "2024-05-05"),
    ):
        date, texts = _read(top)
        assert date == pd.Timestamp(day), top
        assert top.replace("\n", " ") in texts, top


def test_other_lines_after_a_day_stay_apart() -> None:
    for top in (
        "Hanoi, May 5,\n2024 was the year the channel silted up",
        "Hanoi, May 5 (VNA) -\n1964—6:20 p.m.",
        "Updated: May 5,\n1,200 barges wait at the mouth of the channel",
    ):
        _, texts = _read(top)
        assert top.replace("\n", " ") not in texts, top
