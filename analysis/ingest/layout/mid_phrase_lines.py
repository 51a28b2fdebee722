"""A header line that stops mid-phrase and goes on in the next line of the file (fix32a).

A print copy pasted as plain text hard-wraps its standfirst at a column's width ("Long-
delayed line opens as planners bet on rail to" / "ease gridlock ..."): the first piece is
headline-length, closes no sentence and holds no date, so under a paper's name in
capitals it looked like the headline under a site's motto, and the real headline between
them was read as the motto. A line that ends in a joining word (``wrap_joining_words`` of
``data/page_layout.yaml``: "to", "of", "the" ...) with a line opening in lower case right
under it (no blank line between) is a piece of a wrapped paragraph, no whole headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.ingest.metadata import Para
from analysis.ingest.page_rules import load_rules


def goes_on_below(paras: Sequence[Para], i: int) -> bool:
    """Whether paragraph ``i`` stops after a joining word and the next line of the file,
    unlabelled and opening in lower case, goes on with it (see the module's docstring)."""
    if not 0 <= i < len(paras) - 1:
        return False
    upper, lower = paras[i], paras[i + 1]
    words = upper.text.split()
    if not words or words[-1].casefold() not in load_rules().wrap_joining_words:
        return False
    return not lower.kind and lower.line == upper.line + 1 and lower.text[:1].islower()
