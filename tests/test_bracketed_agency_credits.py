"""A caption closed by a photographer's credit in brackets naming a picture agency is a
caption, not a headline (b150, held-out 150), on placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.photo_credit_tails import credit_at_end
from analysis.ingest.page_rules import load_rules

COPY = (
    ".\n"
    "By Marta Oyelaran\n"
    "March 4, 2022 at 6:00 a.m. EST\n"
    "\n"
    "Fishing boats wait at a quay in Da Nang on Feb. 2, 2021. (Ilse Varga/AFP/Getty Images)\n"
    "DA NANG — Placeholder text: harbour pilots say the new quay rules took effect this week.\n"
    "Placeholder text: the port office published a timetable for the inspections.\n"
)


def test_a_bracketed_agency_credit_closes_a_caption():
    rules = load_rules()
    caption = "Boats in Da Nang on Feb. 2, 2021. (Ilse Varga/AFP/Getty Images)"
    assert credit_at_end(caption, rules)
    assert credit_at_end("Boats in Da Nang. (Ilse Varga/Getty Images)", rules)


def test_a_wire_alone_in_brackets_is_left_out():
    rules = load_rules()
    assert credit_at_end("Boats in Da Nang on Feb. 2. (Ilse Varga/VNA)", rules) is None
    assert credit_at_end("Talks went on (Ilse Varga/Getty Images)", rules) is None


def test_a_copy_without_headline_takes_no_caption_for_title():
    article = read_article(COPY)
    assert article.title == ""
    assert article.author == "Marta Oyelaran"
