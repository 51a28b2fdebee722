"""A writer's name printed twice in a row in the header: a profile card's avatar, whose
alt text is the member's name, over the name itself ("Thanh Vo" / "Thanh Vo" / "Trade
Policy Adviser at ASEAN Business Council" / "Published Apr 2, 2024", a LinkedIn article,
held-out 99). Neither copy says "By", and the pair was read as a site's name printed over
itself. Two equal consecutive header lines that read as a person's name (and name no listed
outlet) are the writer: the first copy is the avatar's (boilerplate), the second a byline.
A site's or section's name printed twice is no person's name and stays."""

from __future__ import annotations

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, outlet_named

#: The kinds a copy may carry when this step runs (not yet read as anything else).
_FREE_KINDS = ("", "heading", "boilerplate")


def label_twin_names(paras: list[Paragraph], first_prose: int, rules: Rules) -> None:
    """Label the first pair of equal name lines above ``first_prose`` (see the docstring)."""
    if any(p.kind == "byline" for p in paras[:first_prose]):
        return  # the page's byline is read already
    for i in range(min(first_prose, len(paras)) - 1):
        first, second = paras[i], paras[i + 1]
        text = normalize_text(first.text).strip()
        if (
            first.kind in _FREE_KINDS
            and second.kind in _FREE_KINDS
            and text
            and text == normalize_text(second.text).strip()
            and looks_like_name(text, rules)
            and not outlet_named(text, rules)
        ):
            first.kind = "boilerplate"
            second.kind, second.role = "byline", "author"
            return
