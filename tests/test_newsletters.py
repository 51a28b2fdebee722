"""The sender of a newsletter on a mailing platform's archive page is the outlet
(``analysis.ingest.newsletters``, used by ``domain_sites.site_of_domain``)."""

from __future__ import annotations

import pytest

from analysis.core import schema
from analysis.ingest.layout import outlet_from_url, read_article
from analysis.ingest.newsletters import mailing_host, newsletter_name, newsletter_sender

#: The head of held-out 54's chamber newsletter on a mailing platform.
CHAMBER_PAGE = (
    "AmCham Vietnam Weekly Update - 41st Week of 2020 - October 11, 2020\n"
    "Executive Director Update\n"
    "Flood Relief for the Central Provinces\n"
    "Colleagues, many of you have asked how to help the families affected by the floods "
    "in Quang Tri and Thua Thien Hue this week. We have set up a members' relief fund.\n\n"
    "Recent and Upcoming Events\n\n"
    "Thank you to everyone who joined our Business Intelligence Briefing on the new Decree "
    "on labour permits on Tuesday. The slides are now on our website. [ LINK]\n"
)
CHAMBER_URL = "https://myemail.constantcontact.com/AmCham-Vietnam-Weekly-Update.html?soid=1"


@pytest.mark.parametrize(
    ("text", "name", "sender"),
    [
        ("AmCham Vietnam Weekly Update - 41st Week of 2020 - October 11, 2020",
         "AmCham Vietnam Weekly Update", "AmCham Vietnam"),
        ("EuroCham Monthly Newsletter", "EuroCham Monthly Newsletter", "EuroCham"),
        ("VBF E-News | May 2021", "VBF E-News", "VBF"),
        # no newsletter's name: a headline about an update, the name not closing the phrase
        ("Leaders agree trade update", "", ""),
        ("Weekly Update on the Talks in Hanoi", "", ""),
    ],
)  # fmt: skip
def test_newsletter_name_and_sender(text: str, name: str, sender: str) -> None:
    assert newsletter_name(text) == name
    assert newsletter_sender([name] if name else []) == sender


def _url_outlet(text: str, url: str) -> str:
    article = read_article(text)
    fields = outlet_from_url(
        url,
        article.outlet,
        article.credited,
        article.outlet_source,
        ";".join(article.metadata_flags),
        article.outlet_kind,
        schema.SITE_NAMES_SEPARATOR.join(article.site_names),
    )
    return fields["outlet"] if fields else article.outlet


def test_a_newsletters_sender_is_the_outlet_on_a_mailing_platform() -> None:
    assert mailing_host("constantcontact.com")
    assert _url_outlet(CHAMBER_PAGE, CHAMBER_URL) == "AmCham Vietnam"
    # negative: on any other unlisted host the site's domain stays the outlet
    assert _url_outlet(CHAMBER_PAGE, "https://example-chamber-news.org/weekly") == (
        "example-chamber-news.org"
    )
    # negative: a platform's page that names no newsletter keeps the platform's domain
    page = CHAMBER_PAGE.replace("AmCham Vietnam Weekly Update - ", "")
    assert _url_outlet(page, CHAMBER_URL) == "constantcontact.com"


#: A forum's monthly digest on a mailing platform (held-out 99's form): the platform's
#: browser link, the sender's name alone, an issue title that is no newsletter's name, a
#: letter, and the platform's footer with the sender's copyright notice.
DIGEST_PAGE = (
    "View this email in your browser\n"
    "Harbour Policy Forum\n"
    "Ferry Affairs Monthly – Issue 12\n"
    "May 2024\n"
    "Dear colleagues,\n"
    "May was a busy month for the ferry lines, with two new routes and a round of safety "
    "talks that had been postponed twice. This issue gathers what we found most telling.\n"
    "Warm regards,\n"
    "Copyright © 2024 Harbour Policy Forum, All rights reserved.\n"
    "You are receiving this email because you subscribed to our monthly briefing.\n"
)
DIGEST_URL = "https://us21.campaign-archive.com/?u=3f2a8c61d0b7e45a9c1d2e0f&id=9c1b7d4e2a"


def _sidecar_outlet(text: str, url: str) -> str:
    import pandas as pd

    from analysis.ingest.corpus import build_documents, parse_document
    from analysis.ingest.sidecar_overlay import apply_sidecar

    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return str(apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]["outlet"])


def test_a_newsletters_copyright_notice_names_its_sender_on_a_mailing_platform() -> None:
    """(fix33b, held-out 99) No newsletter's name in the headline: the footer's copyright
    notice names the sender. Negatives: the notice on another host leaves the host's
    address, and a sentence about rights names no sender."""
    from analysis.ingest.newsletters import copyright_sender

    assert copyright_sender(DIGEST_PAGE.splitlines()) == "Harbour Policy Forum"
    assert copyright_sender(["© 2021 Harbour Forum. All rights reserved."]) == "Harbour Forum"
    assert copyright_sender(["The forum said all rights reserved to members, in 2024."]) == ""
    assert _sidecar_outlet(DIGEST_PAGE, DIGEST_URL) == "Harbour Policy Forum"
    # negatives: on another site's address the notice's holder is no sender the platform
    # shows; a platform's page with neither the notice nor the name line keeps the
    # platform's domain (the name line alone is read as the site's name)
    assert _sidecar_outlet(DIGEST_PAGE, "https://harbour-digest.org/may-2024") == (
        "harbour-digest.org"
    )
    notice = "Copyright © 2024 Harbour Policy Forum, All rights reserved.\n"
    no_notice = DIGEST_PAGE.replace(notice, "")
    assert _sidecar_outlet(no_notice, DIGEST_URL) == "Harbour Policy Forum"
    bare = no_notice.replace("Harbour Policy Forum\n", "")
    assert _sidecar_outlet(bare, DIGEST_URL) == "campaign-archive.com"
