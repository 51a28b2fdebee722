"""Tests of ``analysis.ingest.html_text``: an HTML page's source read as the article's
text (headline, "Published:", "By", then the page's blocks; scripts, styles, buttons
and the head left out)."""

from __future__ import annotations

from hypothesis import given

from analysis.ingest.html_text import html_article_text, is_html_page
from tests.strategies import articles

PAGE = """<!DOCTYPE html>
<html><head>
<title>Delegation visits Laos | Example News</title>
<meta property="og:title" content="Delegation visits Laos">
<meta property="article:published_time" content="2023-05-02T08:15:00+07:00">
<meta name="author" content="Nguyen Hong">
<style>p { color: red }</style>
<script>var x = "not text";</script>
</head><body>
<nav><ul><li>Home</li><li>Politics</li></ul></nav>
<h1>Delegation visits Laos</h1>
<p>A Party delegation   arrived in
Vientiane on Tuesday.</p>
<p>Both sides signed a plan &amp; a memorandum.</p>
<button>Share</button>
<figure><figcaption>(Photo: placeholder)</figcaption></figure>
<footer>Copyright Example News</footer>
</body></html>"""


def test_page_is_read_as_headline_notes_and_blocks() -> None:
    lines = html_article_text(PAGE).split("\n\n")
    assert lines[:2] == ["Home", "Politics"]  # a menu stays; the layout reader labels it
    at = lines.index("Delegation visits Laos")
    assert lines[at + 1 : at + 3] == ["Published: 2023-05-02 08:15", "By Nguyen Hong"]
    assert "A Party delegation arrived in Vientiane on Tuesday." in lines
    assert "Both sides signed a plan & a memorandum." in lines
    assert "(Photo: placeholder)" in lines
    assert lines[-1] == "Copyright Example News\n"


def test_scripts_styles_buttons_and_head_are_left_out() -> None:
    text = html_article_text(PAGE)
    for hidden in ("not text", "color: red", "Share", "| Example News"):
        assert hidden not in text


def test_headline_falls_back_to_h1_then_title() -> None:
    h1 = "<html><head><title>Site | T</title></head><body><h1>Real</h1><p>Body.</p></body>"
    assert html_article_text(h1).split("\n\n")[0] == "Real"
    title = "<html><head><title>Only title</title></head><body><p>Body.</p></body></html>"
    assert html_article_text(title) == "Only title\n\nBody.\n"


def test_author_meta_that_is_not_a_person_is_dropped() -> None:
    page = '<html><head><meta name="author" content="Example News Online Desk Team"></head>'
    page += "<body><p>Body.</p></body></html>"
    assert "By " not in html_article_text(page)
    lower = page.replace("Example News Online Desk Team", "staff")
    assert "By " not in html_article_text(lower)


def test_published_date_from_other_keys_and_none_when_unreadable() -> None:
    page = '<html><head><meta itemprop="datePublished" content="2021-12-13"></head><p>x</p>'
    assert "Published: 2021-12-13\n" in html_article_text(page)
    bad = page.replace("2021-12-13", "last Tuesday")
    assert "Published" not in html_article_text(bad)


def test_repeated_blocks_are_kept_once_in_a_row() -> None:
    page = "<html><body><p>Same</p><p>Same</p><p>Other</p><p>Same</p></body></html>"
    assert html_article_text(page) == "Same\n\nOther\n\nSame\n"


def test_is_html_page() -> None:
    assert is_html_page("<!-- saved -->\n<!doctype html><p>x")
    assert is_html_page("  <HTML lang='vi'>")
    assert not is_html_page("Hanoi (VNA) - <b>bold</b> in a text file")
    assert not is_html_page("")


def test_plain_text_is_unchanged() -> None:
    text = "Title\n\n<p>not a page</p>\n"
    assert html_article_text(text) == text


@given(articles())
def test_text_files_pass_through_unchanged(text: str) -> None:
    if not is_html_page(text):
        assert html_article_text(text) == text
