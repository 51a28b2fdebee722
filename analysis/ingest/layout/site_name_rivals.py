"""Header lines shaped like a site's name that are something else (used by
``analysis.ingest.layout.site_name_lines.site_name_line``): a print headline under the web
headline, over its deck; a topic tag or a menu's item; a person the text writes about; an
office's title (fix81)."""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.menus import opens_indented_menu
from analysis.ingest.layout.official_bylines import posts_line
from analysis.ingest.page_rules import Rules, scoring_of

#: Words a deck (the line of summary under a print headline) has at least.
DECK_MIN_WORDS = 5


def under_title_over_deck(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` stands under the chosen headline and over a deck (a header
    line of ``DECK_MIN_WORDS`` words or more that is no date, byline or text and closes
    with no stop or bracket, unlike a caption or a sentence): a weekly's
    print headline ("Crepes Come Home") between its web headline and the deck, not the
    site's name, which stands under a headline only right above the text or the date."""
    if not any(q.kind == "title" for q in paras[:i]) or i + 1 >= len(paras):
        return False
    deck = paras[i + 1].text.strip()
    headline_like = not deck.endswith((".", "!", "?", ")"))  # no sentence, no caption
    return paras[i + 1].kind == "heading" and headline_like and len(deck.split()) >= DECK_MIN_WORDS


def topic_tag(
    text: str, words: list[str], i: int, paras: list[Paragraph], first_prose: int, rules: Rules
) -> bool:
    """Whether header line ``i`` is a menu's item or a topic tag, not the site's name: a
    line under a menu's section label ("Home" / "Navy News"), a person the text writes about
    ("Arvind Menon") or a common noun the page writes in lower case ("Coffee"), or the
    first item of a menu whose other items, indented alike, follow on the next lines
    ("Ambassador Imformation" / "     Embassy Imformation" / ..., ``menus``); or an
    office's title alone ("Prime Minister", ``office_title``, fix81)."""
    if office_title(words):
        return True
    if i and scoring_of(rules).section_label.match(normalize_text(paras[i - 1].text)):
        return True
    if opens_indented_menu(paras, i):
        return True
    if person_in_text(text, paras[max(first_prose, 0) :], rules):
        return True
    return common_word_elsewhere(words, paras[:i] + paras[i + 1 :])


#: How many paragraphs of the text are read for a person's name (``person_in_text``).
PERSON_TEXT_REACH = 8


def person_in_text(text: str, text_paras: list[Paragraph], rules: Rules) -> bool:
    """Whether a header line is a person's name ("Arvind Menon", a topic tag above the
    headline) that the text gives in full and then by its last word alone ("Menon also
    invited ..."), as a text refers to a person and never to an outlet."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not looks_like_name(text, rules):
        return False
    body = " ".join(p.text for p in text_paras[:PERSON_TEXT_REACH] if p.kind in ("lede", "body"))
    full = len(re.findall(rf"(?<!\w){re.escape(text)}(?!\w)", body))
    alone = len(re.findall(rf"(?<!\w){re.escape(words[-1])}(?!\w)", body))
    return full >= 1 and alone > full


def common_word_elsewhere(words: list[str], others: list[Paragraph]) -> bool:
    """Whether a one-word header line ("Coffee", a topic label beside the headline) is a
    common noun the page's other first lines write in lower case ("... source of coffee
    beans"): a site's one-word name is not written so on its own page."""
    if len(words) != 1 or not words[0][:1].isupper() or not words[0][1:].islower():
        return False
    word = re.escape(words[0].casefold())
    text = " ".join(p.text for p in others[:PERSON_TEXT_REACH])
    return re.search(rf"(?<!\w){word}(?!\w)", text) is not None  # case-sensitive


#: The most words an office's title has ("Deputy Prime Minister", "Minister for Foreign Affairs"
#: has a lower-case word and is not read).
OFFICE_TITLE_MAX_WORDS = 4


def office_title(words: list[str]) -> bool:
    """Whether a header line's ``words`` are an office's title alone ("Prime Minister",
    "Foreign Minister", "Deputy Secretary"): every word capitalised, at most
    ``OFFICE_TITLE_MAX_WORDS``, the last a post word (``official_posts`` of
    ``data/page_layout.yaml``). A release's issuing office under its headline, never the
    name of the site that prints it (fix81: "Prime Minister" on a repost of a release);
    "Office of the Prime Minister" (a lower-case word) is not read."""
    if not 1 <= len(words) <= OFFICE_TITLE_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return not any("," in w for w in words) and posts_line(words[-1])
