"""A report's title page: the headline, the writer's bare name, the writer's post and the
day, one a line ("Mekong River Commission Funding: Issues for Congress" / "Helen R.
Ashford" / "Specialist in Asian Affairs" / "May 14, 2012", a CRS report; held-out 77).
The name right under the headline (one blank line at most between) is the writer when the
line under it is a short post (``POST_MAX_WORDS`` words at most, no sentence) and the line
under that the page's dateline: the page's own order, not a list of posts."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph

#: The most words of the writer's post under the name.
POST_MAX_WORDS = 8


def name_over_post_and_date(paras: Sequence[Paragraph], i: int, first_title: int) -> bool:
    """Whether line ``i`` stands right under the headline (line ``first_title``, within
    one blank line) with a short unlabelled post line and then a dateline under it (see
    the module's docstring); whether it is a name is the caller's test."""
    if i != first_title + 1 or i + 2 >= len(paras):
        return False
    title, post, date = paras[first_title], paras[i + 1], paras[i + 2]
    title_end = title.line + title.raw.rstrip("\n").count("\n")
    return (
        paras[i].line <= title_end + 2
        and not post.kind
        and 0 < count_words(post.text) <= POST_MAX_WORDS
        and not post.text.rstrip().endswith(".")
        and date.kind == "dateline"
    )
