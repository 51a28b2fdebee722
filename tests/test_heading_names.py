"""Group headings, a release's bilingual head and a search box's label are no writer's name
(``not_name_words`` in ``data/header_scoring.yaml``, read by ``bylines.looks_like_name``;
fix38a, held-out 130): "OUTWARD VISITS", "THÔNG CÁO BÁO CHÍ", "Specified Search". Names in
capitals and names near those words stay names."""

from __future__ import annotations

import pytest

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.page_rules import load_rules


@pytest.mark.parametrize(
    "line",
    [
        "OUTWARD VISITS",
        "INWARD VISITS",
        "OTHER ACTIVITIES",
        "THÔNG CÁO BÁO CHÍ",
        "Specified Search",
        "Advanced Search",
    ],
)
def test_headings_and_labels_are_no_names(line: str) -> None:
    assert not looks_like_name(line, load_rules())


@pytest.mark.parametrize("line", ["LE VAN BANG", "Tran Thu Ha", "Daniel Visser", "Thong Nguyen"])
def test_names_stay_names(line: str) -> None:
    assert looks_like_name(line, load_rules())
