"""Tests of ``analysis.ingest.layout.document_codes`` (held-out 100): a line of document
codes is never a headline, and the short title printed right over a document's number is
read (a placeholder page in the form of a parliament's adopted text)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.document_codes import code_features, code_line, reference_line

ADOPTED = (
    "Procedure : 2021/2871(RSP)\n"
    "Document stages in plenary\n"
    "Document selected : RC-B9-0412/2021\n\n"
    "Texts tabled :\n\n"
    "RC-B9-0412/2021\n\n"
    "Texts adopted :\n\n"
    "P9_TA(2021)0388\n\n"
    "Texts adopted\n"
    "Thursday, 16 September 2021 - Strasbourg\n"
    "Ferry safety on the Danube and the rights of river crews\n"
    "P9_TA(2021)0388RC-B9-0412/2021\n\n"
    "European Parliament resolution of 16 September 2021 on ferry safety on the Danube and "
    "the rights of river crews (2021/2871(RSP))\n\n"
    "The European Parliament,\n\n"
    "–  having regard to its previous resolutions on river transport,\n"
    "A. whereas river crews on several lines have worked without contracts for months, and "
    "inspections of their ferries have been cut back since 2019;\n"
    "1. Calls on the operators to sign contracts with their crews without delay and to "
    "publish the inspection reports of their ferries;\n"
)


def test_the_short_title_over_the_number_is_the_headline() -> None:
    assert read_article(ADOPTED).title == "Ferry safety on the Danube and the rights of river crews"


@pytest.mark.parametrize(
    "line", ["RC-B9-0412/2021", "P9_TA(2021)0388", "PE 406.118v01-00", "B6-0244/2008"]
)
def test_code_lines(line: str) -> None:
    assert code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "APEC 2017",  # an event's name and year: a headline may be that short
        "COVID-19 cases rise in the port towns",
        "G20 summit opens",
        "Hanoi, May 5 (VNA) - The ferry line reopened",
        "By Nguyen Van An",
        "Updated: 6 May 2021, 14:22",
        "Decree 15/2020/ND-CP on ferry fines",
        "PDF 138kWORD 52k",
    ],
)
def test_lines_of_words_are_no_code_lines(line: str) -> None:
    assert not code_line(line)


def test_features_of_a_title_over_its_number_and_of_a_label() -> None:
    paras = [
        SimpleNamespace(text=t) for t in ("Texts tabled :", "RC-B9-0412/2021", "Ferry rules", "X")
    ]
    assert code_features(paras, 0) == []  # a label over a code is no title
    assert code_features(paras, 1) == ["document_code"]
    paras = [SimpleNamespace(text=t) for t in ("Ferry safety on the Danube", "P9_TA(2021)0388")]
    assert code_features(paras, 0) == ["over_document_code"]


def test_a_reference_line_alone_is_a_code_line_feature() -> None:
    """(held-out 123) "AI Index: ASA 41/2514/2015" between a statement's date and headline."""
    for line in ("AI Index: ASA 41/2514/2015", "Ref: PO/118/19", "Our ref: HB/7"):
        assert reference_line(line), line
        assert code_features([SimpleNamespace(text=line)], 0) == ["document_code"]
    for line in (
        "Index: how the ports compare",
        "Reference: the 2019 port report",
        "Symbol of the talks",
        "Ref: PO/118/19 and the port rules that followed",
        "",
    ):
        assert not reference_line(line), line
