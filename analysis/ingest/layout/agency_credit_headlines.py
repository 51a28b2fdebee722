"""A headline printed under its standfirst and over the agency's name alone (held-out 129).

A business paper's short agency item, stored as text, opens with its standfirst, then the
headline, then the agency's name alone on a line ("VNA"), then the site's rating legend: no
line of the header scores as a headline, as the page's first line is running text. When the
header holds no headline, a short line (no sentence, no stop, at most ``MAX_WORDS`` words)
standing right under the page's first paragraph of running text and right over a credit line
that is a listed outlet's or agency's name alone is the headline: the credit closes the item's
header as a byline would, and the item ends there: no running text follows the credit (a
stub's rating legend or the site's chrome may). A blog's repost, its own words first, then the
reposted story's headline over its source's name and the story's text, is read only with the
source's date on the credit line (``title._headline_over_source_credit``). A caption over the
credit holds its own credit ("(Photo: VNA)") and a subheading over a closing credit stands under
several paragraphs, not under the first.
"""

from __future__ import annotations

from analysis.core.text import count_words
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph, is_prose
from analysis.ingest.metadata import Candidate, Scoring
from analysis.ingest.page_rules import Rules, outlet_named

#: The most words of such a headline.
MAX_WORDS = 15

#: The most words of the credit line: an agency's or outlet's name alone.
CREDIT_MAX_WORDS = 4


def _name_alone(p: Paragraph, rules: Rules) -> bool:
    """Whether ``p`` is a credit line holding a listed outlet's or agency's name alone."""
    text = p.text.strip()
    return (
        p.kind == "credit"
        and count_words(text) <= CREDIT_MAX_WORDS
        and bool(outlet_named(text, rules))
    )


def headline_over_agency_credit(
    paras: list[Paragraph], scoring: Scoring, rules: Rules
) -> Candidate | None:
    """The headline under the first paragraph and over an agency's name (module docstring);
    used only when the header holds no headline."""
    lines = [i for i, p in enumerate(paras[:HEADER_REACH]) if p.text.strip()]
    if len(lines) < 3 or not is_prose(paras[lines[0]].text):
        return None
    i, below = lines[1], paras[lines[2]]
    text = paras[i].text.strip()
    if paras[i].kind or is_prose(text) or text.endswith(".") or count_words(text) > MAX_WORDS:
        return None
    if not _name_alone(below, rules) or any(is_prose(p.text) for p in paras[lines[2] + 1 :]):
        return None  # no agency's name alone, or text goes on under it (a repost's story)
    return Candidate(i, paras[i].text, scoring.title_min, ("over_agency_credit",), paras[i].text)
