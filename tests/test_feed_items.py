"""A web feed saved as its XML source is read as the page of its first item (held-out 113:
a paper's section feed and a WordPress site's feed, each saved from its "RSS" link)."""

from __future__ import annotations

from analysis.ingest.feed_items import first_item, is_feed, with_first_item
from analysis.ingest.layout import read_article

RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour '
    "Weekly - River News</title><lastBuildDate>Tue, 12 May 2026 07:30:00 GMT</lastBuildDate>"
    "<item><title>Ferry board opens a second river crossing</title><description>The crossing "
    "halves the wait.</description><pubDate>Mon, 11 May 2026 09:00:00 GMT</pubDate>"
    '<content:encoded><![CDATA[ <h2>The crossing halves the wait.</h2><p class="x">The '
    "ferry board opened a second crossing at the river mouth on Monday.</p> ]]>"
    "</content:encoded></item><item><title>Keepers vote on a new roster</title>"
    "<pubDate>Sun, 10 May 2026 08:00:00 GMT</pubDate></item></channel></rss>\n"
)

WORDPRESS = "\n".join(
    [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0"',
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
        "\t>",
        "",
        "<channel>",
        "\t<title>River news</title>",
        "\t<lastBuildDate>Wed, 23 May 2012 09:12:05 +0000</lastBuildDate>",
        "\t\t\t<item>",
        "\t\t<title>Keepers&#8217; union signs a pact with the ferry board&#160;</title>",
        "\t\t<pubDate>Tue, 22 May 2012 18:40:00 +0000</pubDate>",
        "\t\t<dc:creator>admin</dc:creator>",
        "\t\t<description><![CDATA[",
        "",
        "The union and the board agreed on night shifts. ",
        "Last [...]]]></description>",
        "\t\t</item>",
        "\t</channel>",
        "</rss>",
        "",
    ]
)

ATOM = (
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "<title>River Desk</title><updated>2024-03-07T10:00:00Z</updated>\n"
    '<entry><title type="html">Pilots&apos; school opens in the delta</title>\n'
    "<published>2024-03-05T08:00:00+07:00</published><updated>2024-03-06T09:00:00Z</updated>\n"
    "<content>Forty pilots began a course on Monday.</content></entry>\n</feed>\n"
)


def test_an_rss_feed_is_its_first_items_title_and_day() -> None:
    title, day = first_item(RSS)
    assert title == "Ferry board opens a second river crossing"
    assert str(day.date_start.date()) == "2026-05-11"  # the item's, not the channel's
    title, day = first_item(WORDPRESS)
    assert title == "Keepers’ union signs a pact with the ferry board"  # references decoded
    assert str(day.date_start.date()) == "2012-05-22"


def test_an_atom_feed_is_its_first_entrys_title_and_day() -> None:
    title, day = first_item(ATOM)
    assert title == "Pilots' school opens in the delta"
    assert str(day.date_start.date()) == "2024-03-05"  # <published> before <updated>


def test_the_article_of_a_feed_takes_the_items_title_and_date() -> None:
    article = with_first_item(read_article(RSS), RSS)
    assert article.title == "Ferry board opens a second river crossing"
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2026-05-11"
    assert article.title_source == "feed item"


def test_pages_that_are_no_feed_are_left_alone() -> None:
    for text in (
        "<!DOCTYPE html><html><head><title>Ferry news</title></head><body><p>Text</p></body>",
        "Ferry board opens a second crossing\n\nThe <item> tag opens each story of a feed.\n",
        '<?xml version="1.0"?><urlset><url><loc>https://example.org/a</loc></url></urlset>',
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
        "Hanoi, May 5 (VNA) - A ferry line opened in the delta.\n",
    ):
        assert not is_feed(text), text
        assert first_item(text) == ("", None)
        article = read_article(text)
        assert with_first_item(article, text) == article
