"""A byline printed after the day on one line: "March 14, 2024 | By Name", "14/03/2024 by
Name" (a blog's or a magazine's meta line under the headline, the day first). Once the
dates are taken out of such a line (``bylines.without_dates``), the writer's label opens
what is left and comes off like any byline's label; read by ``bylines.byline_names``."""

from __future__ import annotations

from analysis.ingest.page_rules import Rules


def label_after_date(text: str, rest: str, rules: Rules) -> str:
    """``rest`` (``text`` without its dates) without the writer's label that a date stood
    before ("By Name" left by "March 14, 2024 | By Name"); ``rest`` as it is when ``text``
    held no date or no label opens ``rest``.

    ``rules.byline_prefix`` reads the label ("By", "Posted by", "Story by", "Author:").
    """
    if rest.strip() == text.strip():
        return rest  # no date was taken out: a label there was read before, or is a name's
    prefix = rules.byline_prefix.match(rest)
    return prefix.group("name").strip() if prefix else rest
