"""Tests of ``analysis.ingest.blog_posts``: a blog post's headline is the line under its
date header, and the date header over it is the post's date."""

from __future__ import annotations

from analysis.ingest.blog_posts import blog_line, blog_page
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules, scoring_of

SCORING = scoring_of(load_rules())

#: The Blogger label page of held-out 60 (a blog reposting a defence department release):
#: the label line twice, the post's date header and headline in capitals, the release's
#: source, the release's own headline, byline and dateline a day earlier.
_LABEL_PAGE = (
    "Showing posts with label VIETNAM. Show all posts\n"
    "Showing posts with label VIETNAM. Show all posts\n\n"
    "Thursday, July 14, 2016\n\n"
    "NAVY ENGINEERS HELP REBUILD A SCHOOL IN QUANG TRI\n\n"
    "FROM:  U.S. DEFENSE DEPARTMENT\n\n"
    "Seabees, Vietnamese Builders Finish Classroom Block\n"
    "By Dana Whitfield\n"
    "DoD News, Defense Media Activity\n\n"
    "WASHINGTON, July 13, 2016 – Navy construction sailors and Vietnamese builders have "
    "finished a four-room classroom block in Quang Tri province, replacing one lost to "
    "floods last autumn.\n\n"
    "The project took eleven weeks, and the design follows the province's standard plan.\n"
)


def test_the_post_headline_under_its_date_header() -> None:
    article = read_article(_LABEL_PAGE)
    assert article.title == "NAVY ENGINEERS HELP REBUILD A SCHOOL IN QUANG TRI"
    assert "under_post_date" in article.title_source
    assert str(article.header_date.date_start.date()) == "2016-07-14"  # the post's date


def test_without_the_blog_lines_the_date_line_is_no_post_header() -> None:
    page = _LABEL_PAGE.replace("Showing posts with label VIETNAM. Show all posts\n", "")
    assert not blog_page(split_lines(page), SCORING)
    assert "under_post_date" not in read_article(page).title_source


def test_blog_line() -> None:
    assert blog_line("Showing posts with label VIETNAM. Show all posts", SCORING)
    assert not blog_line("Navy engineers help rebuild a school", SCORING)


#: Held-out 110's Blogger repost of a broadcaster's story: the post's date header, the
#: headline, a caption, the writer and service, "Original report from <city>" and the
#: story's own day (two days earlier), paragraphs, then Blogger's "No comments:".
_REPOST = (
    "Friday, April 9, 2010\n\n"
    "Border Town Opens A Library For Children\n\n"
    "Children (L) and a volunteer at the new library\n"
    "By Sok Dara, VOA Khmer\n"
    "Original report from Phnom Penh\n"
    "07 April 2010\n\n"
    "A library for children opened in a border town on Wednesday, a provincial official said.\n"
    "Volunteers from both sides of the border gave the first 2,000 books.\n\n"
    "No comments:\n"
)


def test_no_comments_footer_makes_a_blog_page_dated_by_its_post() -> None:
    assert blog_line("No comments:", SCORING)
    assert blog_page(split_lines(_REPOST), SCORING)
    assert str(read_article(_REPOST).header_date.date_start.date()) == "2010-04-09"


def test_comment_words_in_running_text_are_no_blog_line() -> None:
    assert not blog_line("No comments on the new border market yet, officials said.", SCORING)
    assert not blog_line("Hanoi, May 5 (VNA) - No comments", SCORING)
    assert not blog_line("No comment", SCORING)
