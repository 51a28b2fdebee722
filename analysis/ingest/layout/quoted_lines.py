"""An e-mail forward whose every line is quoted (held-out 82): ``>Headline`` over
``>`` lines of the story, as a mail archive shows a message that quotes another whole.

The quote markers are the mail program's, not the article's: when every non-blank line
of the file opens with one, ``split_lines`` reads each line without its markers, so the
headline and the text are read as in any article. The markers stay in the paragraphs'
``raw`` (the loader never deletes). A file with a single unquoted line (a sender's note
over a quoted story, a reply) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The quote markers opening a line: one or more ">" (nested quotes), spaces between.
_MARKERS = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?")

#: The fewest non-blank lines a file needs to be read as a quoted forward: a headline
#: and two lines of text.
QUOTED_MIN_LINES = 3


def quoted_throughout(lines: Sequence[str]) -> bool:
    """True when every non-blank line opens with a quote marker, and there are at least
    ``QUOTED_MIN_LINES`` of them.

    >>> quoted_throughout([">Headline\\n", ">First line.\\n", "\\n", "> > Second line.\\n"])
    True
    >>> quoted_throughout(["Note from a colleague\\n", ">Headline\\n", ">Text.\\n", ">More.\\n"])
    False
    """
    non_blank = [line for line in lines if line.strip()]
    return len(non_blank) >= QUOTED_MIN_LINES and all(_MARKERS.match(line) for line in non_blank)


def unquoted(line: str) -> str:
    """The line without its opening quote markers (a line of markers only becomes blank).

    >>> unquoted(">> Talks held on river data\\n")
    'Talks held on river data\\n'
    >>> unquoted("No marker > here")
    'No marker > here'
    """
    return _MARKERS.sub("", line, count=1)
