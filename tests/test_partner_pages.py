"""Held-out 89's classes (session 30, b89): partner governments' and international bodies'
pages, read on placeholder pages written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.layout import read_article

BODY = (
    "The two libraries will share their catalogues of rare maps and train young conservators "
    "together over the next three years, the ministry said on Tuesday.\n\n"
    "The first group of six conservators will start work in the spring, and the catalogue "
    "will be open to readers of both libraries by the end of the year."
)


def test_a_sites_greeting_banner_is_no_headline():
    """A German mission's and the Foreign Office's pages open with "Willkommen auf den Seiten
    des Auswärtigen Amts", an embassy's with "Welcome to the official website of ...": the
    greeting was taken for the headline over the real one."""
    headline = "Grußwort von Staatsministerin Anna Berger zur Eröffnung der Bibliothekswoche"
    for banner in (
        "Willkommen auf den Seiten des Auswärtigen Amts",
        "Welcome to the official website of the Embassy of Sweden in Hanoi",
    ):
        article = read_article(f"{banner}\n\n{headline}\n\n22.09.2021 - Rede\n\n{BODY}\n")
        assert article.title == headline
        kinds = {p.text: p.kind for p in article.paragraphs}
        assert kinds[banner] == "boilerplate"


def test_a_welcome_in_the_text_stays_text():
    """A sentence welcoming guests is no banner: the pattern wants a site's pages."""
    line = "Welcome to the opening of the library week, said the director to the guests."
    article = read_article(f"Libraries open a week of readings\n\n{line}\n\n{BODY}\n")
    assert {p.text: p.kind for p in article.paragraphs}[line] in {"lede", "body"}


def test_a_copying_sites_name_after_the_headline_is_its_outlet_spelling(tmp_path):
    """A copy of a social post: "<post's first words> - TopicsExpress" over the post; the
    suffix is dropped from the headline, and, spelling the address's domain, it is the
    outlet as the page prints it, not "topicsexpress.com"."""
    from benchmarks.accuracy import read_one

    opening = "Hon. Carla Mercer spoke yesterday at a reception in Ottawa to"
    page = tmp_path / "post_copy.txt"
    page.write_text(
        f"{opening} - TopicsExpress\n\n\n\n          \n\n{opening} celebrate the opening of "
        "the community library. The shelves hold three thousand books in two languages, "
        "given by families who came to Canada forty years ago.\n",
        encoding="utf-8",
    )
    doc, _ = read_one(page, "http://topicsexpress.com/Hon-Carla-Mercer-spoke-topic-8712044")
    assert doc["title"] == opening
    assert doc["outlet"] == "TopicsExpress"


def test_a_ministrys_country_pages_link_is_no_site_name(tmp_path):
    """Korea's foreign ministry's news board: "Countries Information" (a menu link) under
    "Skip navigation" was read as the site's name; the address names the site."""
    from benchmarks.accuracy import read_one

    page = tmp_path / "news_board.txt"
    page.write_text(
        "Skip navigation\n\nCountries Information\n\n  1. HOME\n  2. Press\n"
        "  3. Ministry News\nMinistry News\n\n"
        "Vice Minister Meets Lao Deputy Minister on River Ports\n\n"
        "  • Date : 2021-03-04 10:12:05\n  • Hit : 812\n\n"
        "1. The Vice Minister of Foreign Affairs met the Deputy Minister of Public Works of "
        "Laos on March 3 in Seoul and discussed cooperation on river ports and ferries.\n",
        encoding="utf-8",
    )
    doc, _ = read_one(page, "http://www.mofa.go.kr/eng/brd/m_5674/view.do?seq=320555")
    assert doc["outlet"] == "mofa.go.kr"


def test_a_blog_archive_of_dated_posts_is_dated_by_its_top_post():
    """A Blogger year archive saved without the platform's furniture: each post under its
    own date header; the first header, right over the top post's title, is the page's day,
    not a site's clock (it was outranked by the second post's)."""
    page = (
        "Thursday, December 4, 2014\n\nRain tanks for schools in the hills\n\n"
        "Forty schools in the hills of the province received a rain tank and a filter this "
        "year, and pupils no longer carry bottles of water from home.\n\n"
        "Wednesday, November 19, 2014\n\nChildren draw their rivers\n\n"
        "More than five hundred children sent drawings of their rivers to a competition, "
        "and the winning drawings now hang in the provincial library.\n"
    )
    article = read_article(page)
    assert article.title == "Rain tanks for schools in the hills"
    assert article.header_date is not None
    assert str(article.header_date.date_start)[:10] == "2014-12-04"


def test_a_column_named_after_an_office_holder_is_no_headline():
    """ "From the British Ambassador" over an old embassy page's capitals headline, and
    "Prime Minister's Diary" over a government magazine's piece: the column's name won
    the headline."""
    message = "AMBASSADOR'S MESSAGE ON THE OPENING OF THE RIVER SCIENCE EXCHANGE"
    lunch = "Japan-Viet Nam Leaders' Lunch on Flood Warnings"
    for column, headline in (
        ("From the British Ambassador", message),
        ("Prime Minister's Diary", lunch),
        ("Ambassador's Corner", lunch),
    ):
        caption = "Minister Sato shaking hands with the Director of the Hydrology Institute"
        article = read_article(f"{column}\n\n{headline}\n\n{caption}\n\n{BODY}\n")
        assert article.title.casefold() == headline.casefold(), column


def test_a_closing_sentence_opened_by_an_amount_is_text():
    """An ADB brief's last line, "$60 million equivalent loan from ...", is a sentence of
    the text, though no capital letter opens it."""
    page = (
        "Loan for river ports in the Red River Delta\n\n"
        "The project will rebuild three river ports on the Red River and deepen the "
        "channels that lead to them, so that larger barges can carry rice and building "
        "materials between the provinces and the seaports.\n\n\n"
        "$60 million equivalent loan from ADB's Asian Development Fund.\n"
    )
    kinds = {p.text: p.kind for p in read_article(page).paragraphs}
    assert kinds["$60 million equivalent loan from ADB's Asian Development Fund."] == "body"


def test_a_box_of_dated_related_headlines_is_no_archive_of_posts():
    """Dated headlines without text under them (a related-stories box) do not make a page
    an archive of dated posts; the archive's posts each have their paragraphs."""
    from analysis.ingest.blog_posts import dated_posts

    related = (
        "Ferry line opens on the Red River\n\n" + BODY + "\n\nRelated stories\n\n"
        "March 3, 2024\n\nBarges return to the canal\n\n"
        "March 2, 2024\n\nPort cranes arrive by sea\n"
    )
    assert not dated_posts(read_article(related).paragraphs)
    # Headings with a teaser line of a few words under them are still no posts.
    teasers = [
        SimpleNamespace(text=text, kind=kind, line=n)
        for n, (kind, text) in enumerate(
            [
                ("dateline", "March 3, 2024"),
                ("heading", "Barges return to the canal"),
                ("body", "Two barges came back today."),
                ("dateline", "March 2, 2024"),
                ("heading", "Port cranes arrive by sea"),
                ("body", "The cranes are here now."),
            ]
        )
    ]
    assert not dated_posts(teasers)
    posts = [
        p
        if p.kind != "body"
        else SimpleNamespace(text=BODY.split("\n\n")[0], kind="body", line=p.line)
        for p in teasers
    ]
    assert dated_posts(posts)
    archive = (
        "Thursday, December 4, 2014\n\nRain tanks for schools in the hills\n\n"
        + BODY.split("\n\n")[0]
        + "\n\nWednesday, November 19, 2014\n\nChildren draw their rivers\n\n"
        + BODY.split("\n\n")[1]
        + "\n"
    )
    assert dated_posts(read_article(archive).paragraphs)
