"""The header's credit and byline lines, in order: an outlet's "<Outlet> reports" line
first (a source, so no byline test reads it as a writer, ``outlet_reports``), then the
bylines that say so (``bylines.label_marked_bylines``), then an official's signature of
name over posts over the text (``official_bylines``), which a marked byline outranks."""

from __future__ import annotations

from analysis.ingest.layout.bylines import label_marked_bylines
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.official_bylines import label_official_bylines
from analysis.ingest.layout.outlet_reports import label_outlet_reports
from analysis.ingest.page_rules import Rules


def label_header_credits(paras: list[Paragraph], rules: Rules) -> None:
    """Label the header's outlet credits and bylines, in place."""
    label_outlet_reports(paras, rules)
    label_marked_bylines(paras, rules)
    label_official_bylines(paras, rules)
