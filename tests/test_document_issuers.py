"""The issuer a document prints in capitals at its head names the outlet of a document
host's page (fix36d, held-out 123; placeholder pages): "HARBOUR RIGHTS INTERNATIONAL" over
"PUBLIC STATEMENT" on a document store's copy; the near cases (a document's kind, a
writer's name or a reader's button in capitals, the same heading on a site of its own, a
host whose text names its publisher) keep what they had."""

from __future__ import annotations

from analysis.ingest.document_issuers import document_issuer
from tests.page_reading import read_page

PAGE = """PDF - Harbour Rights International

advertisement
HARBOUR RIGHTS INTERNATIONAL
PUBLIC STATEMENT
7 October 2015
Viet Nam: Ferry crews' advocates must be freed
Three people who helped ferry crews record what happened to their boats are now held in
a provincial detention centre, and the group wants them released without delay.
No relative has been allowed to see them, and no charge sheet has reached their homes.
"""


def test_a_document_hosts_page_takes_the_issuer_heading_the_document() -> None:
    url = "https://studylib.net/doc/123/pdf---harbour-rights-international"
    assert read_page(PAGE, url)["outlet"].casefold() == "harbour rights international"
    # negative: the same page on a site of its own keeps that site's address
    assert read_page(PAGE, "https://harbourcopies.org/doc/123")["outlet"] == "harbourcopies.org"


def test_only_a_bodys_name_in_capitals_is_an_issuer() -> None:
    host = "scribd.com"
    assert document_issuer(host, ["Ana Ruiz", "UNITED NATIONS", "General Assembly"]) == (
        "UNITED NATIONS"
    )
    # negatives: a document's kind, a writer's name, a button, a name not in capitals,
    # one word, a long run of capitals (a title)
    assert document_issuer(host, ["PUBLIC STATEMENT"]) == ""
    assert document_issuer(host, ["LANH TRAN", "CONTINUE READING"]) == ""
    assert document_issuer(host, ["Harbour Rights International"]) == ""
    assert document_issuer(host, ["INTERNATIONAL"]) == ""
    assert document_issuer(host, ["THE FERRY CREWS OF THE GULF AND THE UNITED NATIONS"]) == ""
