"""(fix36c) A post's date printed before its headline on the headline's line.

A blog network's or a magazine's post page can print the post's date and its headline on
one line ("March 9, 2010 Weekly Roundup": the date's box and the title side by side, saved
as one line of text). The page is dated by that line, and the date went into the title.
When the page's date was read from the headline's own line, opening it (a whole day, month
name or numbers), and two words or more follow it opening with a capital, the date is the
post's stamp, not a word of the headline: it is left out of the title. A headline whose
date is not the page's (the page dated by another line: "April 30, 1975 Remembered" over a
dated byline) keeps it, and so does a year alone ("1975 Remembered"), a date in figures
("30.4.1975 The day the ferries stopped": a post's date box prints the month's name, while a
headline opening with a day in figures names the day it is about, ``date_glued_headlines``)
or a date inside the headline.
"""

from __future__ import annotations

from analysis.core.text import count_words, normalize_text
from analysis.ingest.line_evidence import PageArticle

#: The fewest words of the headline after the post's date.
REST_MIN_WORDS = 2


def without_own_date(title: str, evidence: str, date_text: str, precision: str) -> str:
    """``title`` without the page's own date opening it (see the module's docstring);
    ``evidence`` is the line the page's date was read from, ``date_text`` the date as
    printed there, ``precision`` its precision.

    >>> without_own_date("March 9, 2010 Weekly Roundup", "March 9, 2010 Weekly Roundup",
    ...     "March 9, 2010", "day")
    'Weekly Roundup'
    >>> without_own_date("April 30, 1975 Remembered", "By Name, May 2, 2025",
    ...     "May 2, 2025", "day")
    'April 30, 1975 Remembered'
    >>> without_own_date("30.4.1975 The day the ferries stopped",
    ...     "30.4.1975 The day the ferries stopped", "30.4.1975", "day")
    '30.4.1975 The day the ferries stopped'
    """
    line, title = normalize_text(evidence).strip(), normalize_text(title).strip()
    if precision != "day" or not date_text or line != title or not title.startswith(date_text):
        return title
    if not any(ch.isalpha() for ch in date_text):  # a day in figures: the headline's own
        return title
    rest = title[len(date_text) :].strip(" ,:–—-|")
    if count_words(rest) < REST_MIN_WORDS or not rest[:1].isupper():
        return title
    return rest


def title_without_own_date(article: PageArticle) -> None:
    """Leave the page's own date out of the title it opens, in place (module docstring)."""
    date = article.header_date
    evidence = str(getattr(article, "header_evidence", "") or "")
    if date is None or not article.title:
        return
    title = without_own_date(article.title, evidence, date.text, date.precision)
    if title != normalize_text(article.title).strip():
        article.title = title
        article.title_source += "; the post's date opening the line left out (dated_headlines)"
