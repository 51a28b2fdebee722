"""A header line where the site speaks to its reader, not a headline: a label or prompt
whose value was a widget the saved text lost ("Follow us on:" over the social icons,
"Share:"), a search form's prompts ("First, enter a politician or zip code" / "Now, choose
a category") and a sponsor's credit ("With support from the University of X"). Such a line
stands above the headline on every page of its site (held-out 77).

Two readings, each on the line alone: the page's own evidence, a short line closed by a
colon right after a preposition, a phrase cut before its object ("Follow us on:", "Share
via:"; at most ``PROMPT_MAX_WORDS`` words), where the object was the widget the text lost
(a topic closed by a colon over its text, "Mekong-Lancang Water Centre:", and a longer
headline introducing a quotation, "Lavrov in a statement after talks with ...:", are
headlines), and the
openings of ``reader_prompts`` in ``data/header_scoring.yaml`` (a form's or widget's verbs
in the imperative and a sponsor's credit, after an optional "First," / "Now," / "Please"),
on a line of at most ``OPENING_MAX_WORDS`` words not closed by a full stop. A third, on the
shape alone: a search box's question to the reader, a question word and "you" in a
question of at most ``PROMPT_MAX_WORDS`` words ("Where do you travel?", "What are you
looking for?", held-out 82), the box itself lost. Each gives the title feature
``reader_prompt``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.app_chrome import app_chrome_line
from analysis.ingest.page_rules import alternation

#: The most words of a label or prompt closed by a colon with nothing after it.
PROMPT_MAX_WORDS = 5

#: The most words of a line opening with a prompt of ``reader_prompts``.
OPENING_MAX_WORDS = 10

#: The prepositions that leave a phrase closed by a colon without its object.
_CUT_BEFORE_OBJECT = re.compile(r"\b(?:on|to|via|with|in|at|by|for|from|of)\s*:$", re.I)

#: A step word before a form's prompt: "First, enter ...", "Now, choose ...", "Please select".
_STEP = r"(?:(?:first|then|now|next|finally|please)\s*,?\s+)?"


#: A search box's question to the reader: a question word, "you" and a question mark.
_READER_QUESTION = re.compile(r"^(?:where|what|which|how)\b.*\byou\b.*\?$", re.I)


@cache
def _opening() -> re.Pattern[str]:
    prompts = load_data_file("header_scoring.yaml").get("reader_prompts") or ["(?!)"]
    return re.compile(rf"^{_STEP}(?:{alternation(prompts)})\b", re.I)


def reader_prompt(text: str) -> bool:
    """Whether the header line ``text`` speaks to the reader (see the module's docstring).

    >>> reader_prompt("Follow us on:"), reader_prompt("Now, choose a category")
    (True, True)
    >>> reader_prompt("Choosing a category of rice for the dry season")
    False
    >>> reader_prompt("Mekong-Lancang Water Centre:")
    False
    >>> reader_prompt("Where do you travel?"), reader_prompt("Where do river ports grow?")
    (True, False)
    """
    line = normalize_text(text).strip()
    words = count_words(line)
    if words <= PROMPT_MAX_WORDS and (
        _CUT_BEFORE_OBJECT.search(line) or _READER_QUESTION.match(line)
    ):
        return True
    return words <= OPENING_MAX_WORDS and not line.endswith(".") and bool(_opening().match(line))


def prompt_features(text: str) -> list[str]:
    """The title feature ``reader_prompt`` when ``text`` is such a line or a platform's
    reaction credit or app prompt (``app_chrome``), else []."""
    return ["reader_prompt"] if reader_prompt(text) or app_chrome_line(text) else []
