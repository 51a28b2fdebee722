"""A line in capitals between two paragraphs of running text is the text's subheading, not
a writer (held-out 92).

A state portal's copy of an agency story sets its subheadings in capitals ("SHARED
LANDINGS" between two paragraphs), and two capitalised words read as a name in capitals to
the byline reader, which made the subheading the page's writer and lost it from the text.
A writer's name is printed above the text, under it, or beside a label ("By NAME"), not
alone between two paragraphs of the text; so an unmarked byline in capitals with running
text (``lines.is_prose``) right above and right below it is taken back as a heading.
"""

from __future__ import annotations

from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.page_rules import Rules

#: The most words of a subheading in capitals.
SUBHEAD_MAX_WORDS = 6

#: The kinds a paragraph of running text may have when the bylines are read.
_TEXT_KINDS = ("", "lede", "body")


def _capitals(text: str) -> bool:
    """A short line whose letters are all capitals."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _running_text(p: Paragraph) -> bool:
    """A paragraph of running text not labelled as anything else."""
    return p.kind in _TEXT_KINDS and is_prose(p.text)


def capital_subhead(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Byline ``i`` is a subheading in capitals: no byline label, at most
    ``SUBHEAD_MAX_WORDS`` words, running text right above and right below it."""
    p = paras[i]
    if not 0 < i < len(paras) - 1 or rules.byline_prefix.match(p.text):
        return False
    short = len(p.text.split()) <= SUBHEAD_MAX_WORDS and _capitals(p.text)
    return short and _running_text(paras[i - 1]) and _running_text(paras[i + 1])


def label_capital_subheads(paras: list[Paragraph], rules: Rules) -> None:
    """Relabel, in place, each byline that is a subheading in capitals
    (``capital_subhead``) as a heading."""
    for i, p in enumerate(paras):
        if p.kind == "byline" and capital_subhead(paras, i, rules):
            p.kind, p.role = "heading", ""
