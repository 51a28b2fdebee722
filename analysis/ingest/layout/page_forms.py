"""The page forms of held-out 79 read after the text is labelled, registered in
``read_article`` as two calls: a cable's routing block and a quotation cut short at the
text's end (labels), then the dates such forms give when the page gave none."""

from __future__ import annotations

from analysis.ingest.layout.cable_header import CableHeader, cable_date, label_cable
from analysis.ingest.layout.cut_quotes import label_cut_quote
from analysis.ingest.layout.issue_seasons import issue_season_date
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.layout.masthead_dates import masthead_run_date
from analysis.ingest.page_rules import Rules


def label_page_forms(paras: list[Paragraph]) -> CableHeader | None:
    """Label a cable's routing block and numbered paragraphs (``cable_header``) and a last
    quotation cut short (``cut_quotes``), in place; the cable's block, or None."""
    cable = label_cable(paras)
    label_cut_quote(paras)
    return cable


def date_page_forms(article: Article, cable: CableHeader | None, rules: Rules) -> None:
    """With no date read, the cable's date-time group, else an issue season's year, else
    the issue's day in a masthead run (fix81)."""
    cable_date(article, cable)
    issue_season_date(article, rules)
    masthead_run_date(article)
