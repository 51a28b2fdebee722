"""A machine transcript's hard-wrapped speech under a speaker's label is text, never the
headline of a page stored without one (held-out 128)."""

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

PAGE = """Episode Transcript
Speaker 1 (00:03):
Welcome back, everybody. Today we are talking about
Vietnam and how it deals with the great powers, and
I have a guest who has watched its diplomats for years.
(00:26):
Let me start with the obvious question about the
partnership with Washington.
Speaker 2 (00:41):
I'd call it something else. Hanoi doesn't think of it
as choosing between two sides.
"""


def test_the_speech_is_text_and_there_is_no_headline() -> None:
    article = read_article(PAGE)
    kinds = line_kinds(article)
    assert article.title == ""
    assert kinds["Speaker 1 (00:03):"] == "boilerplate"
    assert all(kind != "title" for kind in kinds.values())


def test_a_name_label_is_no_speaker_turn() -> None:
    page = "Border talks open in Lang Son\n\nMODERATOR:\nThe talks opened on Monday with a call to keep the gates open for fruit trucks through the winter.\n"
    assert read_article(page).title == "Border talks open in Lang Son"
