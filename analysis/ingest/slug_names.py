"""(fix36c) A page's own name printed twice over its text, spelt whole by a short slug.

``slug_titles`` leaves a short slug (fewer than ``whole_min_words`` words) spelt whole by a
header line alone: "southeast-asia" names a section as often as a headline, and a section's
label stands over many pages. A page whose name its header prints twice, one line under the
other (a centre's or a programme's own page: its name in the banner and again as its
heading, "Maritime Safety Center" / "Maritime Safety Center", over its description), is
that page: the address names it, and its name is its title.
"""

from __future__ import annotations

from analysis.core.text import normalize_text


def printed_twice(text: str, header: list[str]) -> bool:
    """Whether ``text`` stands twice among the ``header``'s lines (case and spaces aside).

    >>> printed_twice("Ferry Safety Center", ["Ferry Safety Center", "Ferry Safety Center"])
    True
    >>> printed_twice("Southeast Asia", ["Southeast Asia", "Ferry fares rise on the delta"])
    False
    """
    key = normalize_text(text).strip().casefold()
    return sum(normalize_text(line).strip().casefold() == key for line in header) >= 2
