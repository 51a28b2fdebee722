"""(fix76b, held-out 76) An interview pasted without its headline opens on its first
question.

A mobile copy of an interview starts below the headline: the tags line, the caption, then
the interviewer's first question ("How do you see the role of ...?"), its answer, the next
question. The first question, standing over the lede, outscores nothing but chrome, yet it
is the interview's text, not its headline. A question put to the reader of a headline is
rare; one put to "you" that the page answers and follows with another question is the
interviewer's (``opening_question``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A word of the second person: the question is put to the interviewee.
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)

#: How many lines below the question the next question may stand.
QUESTION_REACH = 4


def _question(text: str) -> bool:
    return text.rstrip(" \"”'’").endswith("?")


def opening_question(line: str, below: Sequence[str]) -> bool:
    """Whether ``line`` is a question put to "you" whose next line is no question (the
    answer) and that a further question follows within ``QUESTION_REACH`` lines ``below``.

    >>> opening_question("How do you see the ferry plan?", ["It helps.", "What next?"])
    True
    >>> opening_question("Is the ferry plan ready?", ["It is.", "What next?"])
    False
    >>> opening_question("How do you see the ferry plan?", ["It helps.", "It works."])
    False
    """
    if not _question(line) or not _YOU.search(line) or not below or _question(below[0]):
        return False
    return any(_question(text) for text in below[1:QUESTION_REACH])
