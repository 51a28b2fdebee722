"""The per-document page declaration (``analysis/site/document_page.py``): a declaration that
cannot be used names its section and stops the build first; captions are text, not code."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.site import document_page
from analysis.site.document_page import PageDeclarationError, load_document_page
from analysis.site.reports import (
    ReportError,
    build_reports,
)
from tests.conftest import SEEDS


def _declaration(tmp_path: Path, section: str) -> Path:
    path = tmp_path / "document_page.yaml"
    path.write_text(
        "intro: '# A page'\nsections:\n  - heading: Themes\n    text: Prose.\n" + section,
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("    table: plot_themes\n", r"section 1: table 'plot_themes' is not one of"),
        (
            "    table: document_themes\n    colour: red\n",
            r"sections\[0\]: must not contain \{'colour'\}",
        ),
        ("    table: document_themes\n    caption: '${os}'\n", r"caption '\$\{os\}' may only"),
        (
            "    table: document_themes\n    max_rows: 0\n",
            r"sections\[0\]\.max_rows: .*fix: write a whole number",
        ),
        ("    text_only: yes\n", r"sections\[0\]\.table: is missing"),
    ],
)
def test_a_declaration_that_cannot_be_used_names_the_section(tmp_path, section, message):
    with pytest.raises(PageDeclarationError, match=message):
        load_document_page(_declaration(tmp_path, section))


def test_a_caption_is_text_not_code(tmp_path):
    path = _declaration(
        tmp_path, "    table: document_themes\n    caption: '$doc_id.__class__ {doc_id}'\n"
    )
    assert load_document_page(path).sections[0].show("<b>")["caption"] == "<b>.__class__ {doc_id}"
    html_text = load_document_page(path).sections[0].html(pd.DataFrame({"a": [1]}), "<b>")
    assert "&lt;b&gt;.__class__ {doc_id}" in html_text


def test_a_broken_declaration_stops_the_build_first(tmp_path, monkeypatch):
    monkeypatch.setattr(document_page, "DECLARATION", _declaration(tmp_path, "    table: nope\n"))
    with pytest.raises(ReportError, match=r"section 1: table 'nope'"):
        build_reports(SEEDS, tmp_path / "site", only=["document"])
    assert not (tmp_path / "site").exists()
