"""Tests of ``analysis.ingest.layout.end_marks``: the end mark "./." of a Vietnamese news
item is no byline's slash (held-out 76's hard-wrapped digest, placeholder lines)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.end_marks import name_outlet_byline

TEXT = (
    "When I travel along the delta's rivers, I often meet ferry crews who have never "
    "been taught how to pull a passenger out of fast water, and who ask for that training."
)


_WORD = st.sampled_from(["Lan", "Phuong", "Duc", "Minh", "Khoa", "Hoa", "Trang", "Bao"])


def test_the_end_mark_is_no_byline_slash() -> None:
    assert name_outlet_byline("... at the port./. Quang Binh") is None
    assert name_outlet_byline("... at the port. / . Quang Binh") is None
    assert name_outlet_byline("Hoang Minh / VNA") is not None


@given(st.lists(_WORD, min_size=1, max_size=3).map(" ".join))
def test_a_place_after_an_end_mark_is_never_a_writer(place: str) -> None:
    page = (
        f"DIGEST\n\nItem one\n\nthe workers were told on Monday at the port./. {place}\n\n{TEXT}\n"
    )
    assert name_outlet_byline(f"the port./. {place}") is None
    assert place not in read_article(page).author


def test_a_day_in_brackets_is_no_outlet() -> None:
    """(held-out 102) A listing's item title closed by its day in brackets is no
    "Name (Outlet)" byline; an outlet in brackets still is."""
    assert name_outlet_byline("Storm Shelters in Central Vietnam (23/06/2022)") is None
    assert name_outlet_byline("Mai Lan (2022-06-23)") is None
    assert name_outlet_byline("Mai Lan (VNA)") is not None
    assert name_outlet_byline("Hoang Minh / VNA") is not None
