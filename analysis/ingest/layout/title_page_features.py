"""The title features a header line gets from the page's layout, beyond the line's own
(``title_scoring.title_features``): an image's alt title, a record's title under its label
rows, a labelled title field ("Headline: ..."), a site's name over its motto in brackets,
an agency copy's dateline, a caption over its photo credit, a section's pipe, a listed
item, a menu run. Read by ``layout.title.title_candidates``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.alt_over_caption import alt_over_caption
from analysis.ingest.layout.colon_titles import colon_title_over_text
from analysis.ingest.layout.history_rows import history_row
from analysis.ingest.layout.label_rows import under_label_rows
from analysis.ingest.layout.lines import FEED_DATELINE, Paragraph
from analysis.ingest.layout.menus import in_menu_run, over_menu_run
from analysis.ingest.layout.section_pipes import section_pipe
from analysis.ingest.metadata import Scoring
from analysis.ingest.page_rules import Rules, scoring_of

#: A site's name and its motto in square brackets: "The X News Magazine [Covering Y]".
_BRACKET_MOTTO = re.compile(r"^(?P<name>[^\[\]]{2,60}?)\s*\[[^\[\]]{3,80}\]$")


#: An agency copy's dateline: a place, a day and month (a year optional), the agency's
#: name in capitals: "Baku, March 3, AZERTAC", "Minsk, 4 May 2021, BELTA".
AGENCY_DATELINE = re.compile(
    r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2},\s"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
    r"(?:,? (?:19|20)\d{2})?,\s(?P<name>[A-Z][A-Z0-9&-]{2,15})$"
)


def _above_photo_credit(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """The line, a sentence with its full stop, stands right above a photo credit alone on
    its line ("Foto: AFP", "Photo: VNA"), its own copy skipped between: a caption, not a
    headline (a headline over a credit has no full stop: "Delegation heads east" / "Photo: AP");
    a table cell's closing bar is no part of it ("Name, director. |" / "Photo : X/CVN |")."""
    text = normalize_text(paras[i].text).rstrip(" |")
    if not text.endswith("."):
        return alt_over_caption(paras, i, rules)  # its alt text over it (fix34c)
    for q in paras[i + 1 : i + 3]:
        other = normalize_text(q.text)
        if other == text:
            continue
        return count_words(other) <= 6 and bool(rules.photo_credit_end.match(other))
    return False


#: The fewest words a labelled title field holds after its label ("Headline: <title>").
LABELLED_TITLE_MIN_WORDS = 3


@cache
def _title_field() -> re.Pattern[str]:
    """``title_field_labels`` of ``data/header_scoring.yaml`` as one pattern: a field's label
    and its colon opening the line (case-insensitive)."""
    labels = load_data_file("header_scoring.yaml").get("title_field_labels") or []
    return re.compile(r"^\s*(?:" + "|".join(labels) + r")\s*:\s*", re.IGNORECASE)


def labelled_title(text: str) -> bool:
    """Whether the line is a title field: a field label naming the title ("Title:",
    "Headline:", ``title_field_labels``) then ``LABELLED_TITLE_MIN_WORDS`` words or more (a
    database's record, a field-code export read as labels: ``layout/field_codes.py``)."""
    found = _title_field().match(normalize_text(text))
    return bool(found) and count_words(text[found.end() :]) >= LABELLED_TITLE_MIN_WORDS


def site_motto(text: str, scoring: Scoring) -> str:
    """The site's name of a line "Name [motto]" (the name a short line of capitalised
    words, ``site_name.max_words`` at most), or ""."""
    found = _BRACKET_MOTTO.match(normalize_text(text))
    if not found:
        return ""
    words = found.group("name").split()
    capitalised = all(w[:1].isupper() or w.casefold() in ("of", "and", "the", "&") for w in words)
    return found.group("name") if capitalised and len(words) <= scoring.site_name_max_words else ""


def page_title_features(
    paras: list[Paragraph], i: int, features: list[str], listed: set[int], rules: Rules
) -> list[str]:
    """The title features of header line ``i`` that the page's layout shows, beyond the
    line's own (``title_features``)."""
    p, scoring = paras[i], scoring_of(rules)
    found = []
    if p.role == "alt_title":
        found.append("image_alt_title")
    if history_row(p.text):
        found.append("history_row")  # "Received: ... / Accepted: ... / Published: ..."
    if under_label_rows(paras, i):
        found.append("under_label_rows")  # an archive's record title under its label rows
    if labelled_title(p.text):
        found.append("labelled_title")  # "Headline: <title>": the page labels it the title
    if site_motto(p.text, scoring):
        found.append("bracketed_motto")  # "Site Name [Motto of the site]"
    if AGENCY_DATELINE.match(normalize_text(p.text)) or FEED_DATELINE.match(normalize_text(p.text)):
        found.append("agency_dateline")  # "Baku, March 3, AZERTAC", "VIETNAM, March 4 -"
    if colon_title_over_text(paras, i):
        found.append("colon_title")  # "Title: subtitle." over the text (colon_titles)
    if _above_photo_credit(paras, i, rules) and "caption_like" not in features:
        found.append("caption_like")  # "A national flag." / (again) / "Foto: AFP"
    if section_pipe(p.text, features):
        found.append("section_pipe")  # "Asia | The ruling party": section and topic
    if i in listed:
        found.append("listed_item")  # "DUBAI: Other story - September 10, 2023"
    if in_menu_run(paras, i):
        found.append("menu_run")  # "Women's Insights" / "Gender and Development" / ...
    elif over_menu_run(paras, i):
        found.append("over_menu_run")  # "Site: Its Motto" / "Site Home" / "About Site" / ...
    return found
