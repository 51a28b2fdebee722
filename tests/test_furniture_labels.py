"""Tests of the labels a page's furniture takes (``layout.furniture_labels.label_furniture``)."""

from __future__ import annotations

from hypothesis import given

from analysis.ingest.layout.furniture_labels import label_furniture
from analysis.ingest.layout.header_pieces import split_header_pieces
from analysis.ingest.layout.lines import Paragraph, prose_span, split_lines
from analysis.ingest.page_rules import load_rules
from tests.strategies import articles

RULES = load_rules()


@given(articles())
def test_furniture_labels_never_lose_text(text: str) -> None:
    if not text.strip():
        return
    paras = split_lines(text)
    split_header_pieces(paras, RULES)
    label_furniture(paras, RULES)
    assert "".join(p.raw for p in paras) == text
    assert all(isinstance(p, Paragraph) and p.text == p.text.strip() for p in paras)
    first, last = prose_span(paras)
    assert first <= last


def test_a_templates_settings_line_is_boilerplate_a_json_record_of_sentences_is_not() -> None:
    """China Daily Hong Kong's opinion page (held-out 65): a style sheet's path and the
    template's settings, an object whose values are one token each, is boilerplate; read as
    the page's first paragraph, it had kept the headline below it from being scored. A
    record whose values are sentences stays unlabelled (the literature index's JSON page)."""
    from pathlib import Path

    zoo = Path(__file__).parent / "data" / "layouts"
    page = "chinadailyhk_banner_gif_outlet_json_config_breadcrumb_gt_weekday_date_time_title_by_name_repeated_line.txt"
    paras = split_lines((zoo / page).read_text(encoding="utf-8"))
    label_furniture(paras, RULES)
    kinds = {p.line: p.kind for p in paras}
    assert kinds[5] == "boilerplate"  # //www.../style.css {"dm":"https://...","hr":"/",...}
    assert kinds[8] == ""  # the headline, left to the title scoring
    record = split_lines((zoo / "json_record_page.txt").read_text(encoding="utf-8"))
    label_furniture(record, RULES)
    assert record[0].kind == ""
    from analysis.ingest.layout import read_article

    assert read_article((zoo / page).read_text(encoding="utf-8")).title == (
        "Port twinning can anchor a calmer Beibu Gulf"
    )
