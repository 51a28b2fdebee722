"""The sender of a newsletter on a mailing platform's archive page is the outlet
(``analysis.ingest.newsletters``, used by ``outlet_refine.site_of_domain``)."""

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
