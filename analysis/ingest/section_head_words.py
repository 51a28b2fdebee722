"""The last word of a section's name (held-out 132): a news site's story page opens with
its section's label, "External Affairs", over the headline, and the address files the story
under the same words (``/external-affairs/<slug>``). "Affairs" is no section label alone
(``section_labels`` of ``data/header_scoring.yaml`` match whole labels: "News", "Opinion"),
but it closes a section's name ("Foreign Affairs", "Public Affairs", "Trade Policy"): the
words listed under ``section_head_words`` (misses66) end such names. A site-name line
ending with one, spelled by a folder of the address, is the page's section
(``section_slugs.section_in_address``); a masthead ending with "Times" or "Herald" is not."""

from __future__ import annotations

from analysis.ingest.metadata import Scoring


def section_head_word(word: str, scoring: Scoring) -> bool:
    """Whether ``word`` (one word, any case, closing punctuation ignored) is the last word of
    a section's name (``scoring.section_head_words``).

    >>> from analysis.ingest.page_rules import load_rules, scoring_of
    >>> scoring = scoring_of(load_rules())
    >>> section_head_word("Affairs", scoring), section_head_word("Times", scoring)
    (True, False)
    """
    return word.strip(" .,:;-–—").casefold() in scoring.section_head_words
