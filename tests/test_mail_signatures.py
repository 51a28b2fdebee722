"""Tests of ``analysis.ingest.layout.mail_signatures``: a mail's signature under "--" is
its sender's, not the shared article's writer (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

SHARED = """Ferry links on the delta: a quiet success

Shared from the institute's blog. My notes below, for the river file.

Ferry links on the delta: a quiet success

Anna Berg

Oct 7, 2024

When the provinces of the delta pooled their ferry budgets in 2019, few expected the scheme to last. Five years on it carries more passengers than ever.

The lesson, the planners say, is that a network needs one timetable, not five.

--

Le Van Tam
"""


def test_the_senders_signature_is_no_second_writer():
    assert read_article(SHARED).author == "Anna Berg"


def test_a_signature_alone_is_left_to_the_writers_rules():
    # no byline above the separator: the signature is not set apart
    page = SHARED.replace("Anna Berg\n\n", "")
    assert "Anna Berg" not in read_article(page).author
    assert read_article(page).author == read_article(page.replace("--\n", "")).author
