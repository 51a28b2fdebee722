"""analysis.ingest.layout.viewer: a magazine or newsletter page read on a page viewer
(the publication's name, issue and page number on one line, the headline run into the
page's text). Every line below is invented."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.viewer import split_viewer_line


def test_a_page_viewers_line_names_the_publication_and_issue_and_a_capital_byline_the_writer():
    page_line = (
        "FEATURE FERRIES OF THE DELTA Passengers board a ferry at a landing stage in the delta, "
        "Monday, Jan 14, 2019 BY LENA OKAFOR* T he ferries of the delta carry more people than "
        "its bridges, and the two river ports now plan to run them twice a day again after "
        "three months of repairs to their landing stages.\n"
    )
    article = read_article(
        f"Harbour Review Magazine Delta Post Feb-Mar 2019 | Page 12\n\n{page_line}"
    )
    assert article.outlet == "Delta Post"
    assert (str(article.header_date.date_start.date()), article.header_date.precision) == (
        "2019-02-01",
        "month",
    )
    assert article.author == "Lena Okafor"
    article = read_article(f"Delta Post March 2023\n\nPage 1\n\n{page_line}")
    assert article.outlet == "Delta Post"
    # negative: a headline ending with a year and no page number is no viewer's line, and
    # "by" in lower case inside the text names no writer
    article = read_article(
        "Ferry plans for 2019\n\n" + page_line.replace("BY LENA OKAFOR*", "by the ferry board")
    )
    assert article.outlet != "Ferry plans for"
    assert article.author == ""


def test_the_headline_run_into_a_viewers_page_line():
    tail = (
        "he ferries of the delta carry more people than its bridges, and the two river ports "
        "now plan to run them twice a day again after three months of repairs.\n"
    )
    article = read_article(
        "Delta Post March 2023\n\nPage 1\n\nContents Ferries Bridges Markets\n\n"
        f"Ferries of the Delta FEATURE LENA OKAFOR T{tail}"
    )
    assert article.title == "Ferries of the Delta"
    assert article.author == "Lena Okafor"
    article = read_article(
        "Delta Post Feb-Mar 2019 | Page 12\n\nCOMMENT FERRIES OF THE DELTA Passengers board a "
        f"ferry at a landing stage, Monday, Jan 14, 2019 BY LENA OKAFOR* T{tail}"
    )
    assert article.title == "FERRIES OF THE DELTA"
    # negative: without the viewer's line, or without a kicker, the page's capitals are
    # no headline
    article = read_article(f"\nCOMMENT FERRIES OF THE DELTA Passengers board a ferry, T{tail}")
    assert article.title != "FERRIES OF THE DELTA"
    article = read_article(
        f"Delta Post Feb-Mar 2019 | Page 12\n\nHANOI, NEW DELHI AND THE DELTA Passengers T{tail}"
    )
    assert article.title != "NEW DELHI AND THE DELTA"


def _para(text: str, line: int) -> Paragraph:
    return Paragraph(text + "\n", text, line, line)


def test_split_viewer_line_labels_the_name_the_issue_and_the_page_number():
    paras = [_para("Harbour Review Magazine Delta Post Feb-Mar 2019 | Page 12", 0)]
    paras.append(_para("The ferry between the two river ports runs again.", 1))
    split_viewer_line(paras)
    pieces = [(p.text.strip(), p.kind) for p in paras[:3]]
    assert pieces == [
        ("Harbour Review Magazine Delta Post", "credit"),
        ("Feb-Mar 2019", "dateline"),
        ("| Page 12", "boilerplate"),
    ]
    assert paras[0].role == "viewer"
    assert "".join(p.raw for p in paras) == (
        "Harbour Review Magazine Delta Post Feb-Mar 2019 | Page 12\n"
        "The ferry between the two river ports runs again.\n"
    )


def test_a_line_without_a_page_number_or_issue_is_left_alone():
    for first in ("Delta Post Feb-Mar 2019", "Ferries of the delta | Page 12"):
        paras = [_para(first, 0), _para("The ferry between the two ports runs again.", 1)]
        split_viewer_line(paras)
        assert [p.kind for p in paras] == ["", ""], first


def test_the_issue_gives_the_date_of_a_page_that_prints_none():
    body = "\n\nThe ferry between the two river ports runs again, officials said.\n"
    article = read_article("Delta Post March 2023\n\nPage 1" + body)
    assert article.outlet == "Delta Post"
    assert (str(article.header_date.date_start.date()), article.header_date.precision) == (
        "2023-03-01",
        "month",
    )
