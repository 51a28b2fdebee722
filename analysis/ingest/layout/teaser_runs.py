"""A run of short teaser sentences opening a page saved without its headline (fix43a).

A page copied from a site's teaser lines (b141: an article saved from the lines its site
prints beside the story, "Vietnam and Israel are drawing closer in defence." / the same
thought in other words / "Closer ties may help ..." / the text) opens with short
sentences each closed by its full stop, one a paragraph. A headline closed by a full stop
(twenty in the zoo) stands over a date, a byline or the text's first paragraph, not over
two more such sentences. A line in a run of at least ``RUN_LINES + 1`` such lines
in a row, each a short sentence (at most ``TEASER_MAX_WORDS`` words, closed by its stop),
gives the title feature ``teaser_run``, unless it is in title case, a headline's style.
The standfirst features of a line (``writer_standfirsts``, ``said_clauses``) are gathered
here too, for the title scorer.
"""

from __future__ import annotations

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.said_clauses import said_clause_features
from analysis.ingest.layout.writer_standfirsts import writer_standfirst_features

#: The short sentences under the first that make the run.
RUN_LINES = 2

#: The most words of a teaser's sentence.
TEASER_MAX_WORDS = 12


def _short_sentence(text: str) -> bool:
    line = normalize_text(text).strip()
    return line.endswith(".") and 0 < count_words(line) <= TEASER_MAX_WORDS


def _title_case(text: str) -> bool:
    """Most words capitalised: a headline's style ("Provinces Receive First Gauges.")."""
    words = [w for w in text.split() if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) > len(words) / 2


def teaser_run(paras: list[Paragraph], i: int) -> list[str]:
    """``["teaser_run"]`` when line ``i`` stands in a run of at least ``RUN_LINES + 1``
    short teaser sentences (the module's docstring), else []."""
    if not _short_sentence(paras[i].text) or _title_case(paras[i].text):
        return []
    start, end = i, i
    while start > 0 and not paras[start - 1].kind and _short_sentence(paras[start - 1].text):
        start -= 1
    while end + 1 < len(paras) and not paras[end + 1].kind and _short_sentence(paras[end + 1].text):
        end += 1
    return ["teaser_run"] if end - start >= RUN_LINES else []


def standfirst_line_features(paras: list[Paragraph], i: int) -> list[str]:
    """The title features that say line ``i`` is a standfirst or a teaser: a writer's
    credit closing it (``writer_standfirst``), a reporting clause (``said_clause``), a
    run of teaser sentences (``teaser_run``)."""
    text = paras[i].text
    return writer_standfirst_features(text) + said_clause_features(text) + teaser_run(paras, i)
