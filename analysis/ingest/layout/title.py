"""The headline: candidate header lines scored by ``analysis.ingest.metadata``, the chosen
one and its copies, captions that start with it, headlines broken over lines, the evidence
kept for ``title_source`` (a document-type headline over lines: ``document_headings``)."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.date_scoring import listed_items
from analysis.ingest.glued_stamps import over_glued_stamps
from analysis.ingest.headline_context import page_keys
from analysis.ingest.layout.agency_credit_headlines import headline_over_agency_credit
from analysis.ingest.layout.alt_text_headlines import date_line_in_alt_text
from analysis.ingest.layout.app_chrome import channel_page_title
from analysis.ingest.layout.article_info import article_info_features
from analysis.ingest.layout.back_links import back_link_features
from analysis.ingest.layout.byline_headlines import byline_headline
from analysis.ingest.layout.dated_listings import first_listed_item
from analysis.ingest.layout.document_in_title import document_title_features
from analysis.ingest.layout.gallery_captions import gallery_captions
from analysis.ingest.layout.glued_headline import glued_title_features
from analysis.ingest.layout.header_reach import header_end
from analysis.ingest.layout.headline_over_text import first_text_line, headline_over_text
from analysis.ingest.layout.headline_stamps import STAMP_ROLE, stamped_headline_copy
from analysis.ingest.layout.headword_entries import as_headword
from analysis.ingest.layout.intro_notes import intro_note
from analysis.ingest.layout.lines import (
    HEADER_REACH,
    SENTENCE_STOP,
    TITLE_MAX_WORDS,
    Article,
    Paragraph,
    is_prose,
)
from analysis.ingest.layout.list_lead_ins import line_lead_in
from analysis.ingest.layout.listing_headings import item_under_listing_heading
from analysis.ingest.layout.meta_lines import over_dated_meta
from analysis.ingest.layout.old_web_headlines import old_web_features
from analysis.ingest.layout.opening_asides import blurb_start
from analysis.ingest.layout.pair_headings import pair_heading_features
from analysis.ingest.layout.place_date_lines import place_date_features
from analysis.ingest.layout.post_stamps import over_post_stamp
from analysis.ingest.layout.post_titles import title_over_date
from analysis.ingest.layout.qa_threads import question_over_answer
from analysis.ingest.layout.reader_prompts import prompt_features
from analysis.ingest.layout.reading_time_headlines import headline_over_reading_time
from analysis.ingest.layout.restated_headings import restated_heading_features
from analysis.ingest.layout.rule_titles import rule_features
from analysis.ingest.layout.section_heads import section_over_dated_text as over_dated_text
from analysis.ingest.layout.sentence_case_menus import sentence_menu_features
from analysis.ingest.layout.series_heads import series_features
from analysis.ingest.layout.speaker_labels import speaker_features
from analysis.ingest.layout.teaser_runs import standfirst_line_features
from analysis.ingest.layout.text import (
    LONE_DATELINE,
)
from analysis.ingest.layout.title_cleanup import split_headline_parts, title_glued_kind
from analysis.ingest.layout.title_page_features import page_title_features
from analysis.ingest.layout.topic_lines import as_topic
from analysis.ingest.letter_heads import letter_head_lines
from analysis.ingest.metadata import Candidate, Scoring, rank, score
from analysis.ingest.page_rules import (
    Rules,
    credited_date,
    load_rules,
    outlet_named,
    scoring_of,
    site_affix,
)
from analysis.ingest.title_scoring import title_features
from analysis.ingest.topic_kickers import place_kicker_features

#: Title features that mark a line as page chrome: such a line is never "the first".
_CHROME_FEATURES = frozenset(
    {"navigation", "chrome_word", "outlet_name", "has_date", "capitals_short", "quoted"}
    | {"speaker_label", "speaker_post"}
    | {"numbered", "name_like", "lowercase_start", "after_byline", "prose", "foreign_script"}
    | {"site_name", "organisation_name", "label_list", "under_site_name", "list_item"}
    | {"listed_item", "bracketed_motto", "agency_dateline", "section_pipe", "file_name"}
    | {"menu_run", "reader_prompt", "lead_in", "over_post_stamp"}
    | {"named_in_text", "motto", "parenthesised", "history_row"}
)


#: Title penalties that only rank a line below a likelier one (a section's kicker, a
#: subtitle, a name the text names: fix32b); dropped for the only candidate.
_RELATIVE_FEATURES = frozenset({"section_pipe", "below_title_like", "named_in_text"})


#: A quoted source opening the text: 'My Way News reports: "..."'.
SOURCE_REPORTS = re.compile(
    r"^(?P<name>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4})"
    r" (?:reports|reported|writes|wrote)\s*:\s*[\"“]"
)


#: The separators between a page title's headline and its section or site names.
TITLE_SEP = re.compile(r"^\s[|–—-]\s")


#: A source's name glued to a numeric date, alone on a line: "Bangkok Post19-07-2025".
NAME_GLUED_DATE = re.compile(
    r"^(?P<name>[A-Z][A-Za-z&.'-]*(?: [A-Z][A-Za-z&.'-]*){0,4})"
    r"\s?\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}$"
)


#: A date and time glued before the lede's first word: ", 23/08/2017 16:08The ...".
LEDE_STAMP = re.compile(r"^[,\s]*(?P<inner>\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2})")


def _only_candidate(candidates: list[Candidate], scoring: Scoring) -> list[Candidate]:
    """A lone candidate (not a person's name: that is a byline; not a pull quote: a copy
    pasted from its opening quotation has no headline) rescored without the features that
    only say "another line is likelier": a lone "Region | Headline" is the headline under
    its kicker."""
    if len(candidates) != 1 or {"name_like", "quoted"} & set(candidates[0].reasons):
        return candidates
    only = candidates[0]
    features = [*(r for r in only.reasons if r not in _RELATIVE_FEATURES), "only_candidate"]
    value = score(features, scoring.title_weights)
    return [Candidate(only.index, only.value, value, tuple(features), only.text)]


#: The small words a name in title case may hold ("Communist Party of Britain").
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "in", "&"})


def _opening_text(paras: list[Paragraph], first_prose: int, count: int = 3) -> str:
    """The page's first ``count`` paragraphs of running text (from a profile's blurb, fix33a),
    case-folded, joined by ``" \n "`` (so that a paragraph's end can be told from a sentence's)."""
    start = blurb_start(paras, first_prose)
    texts = [normalize_text(p.text).casefold() for p in paras[start:] if is_prose(p.text)]
    return " \n ".join(texts[:count])


#: (held-out 74) A name standing after a sentence's end and closing its paragraph is no
#: mention inside a sentence: the headline glued after the lede's last sentence (a
#: picture's alt text, "... cut the ribbon. Guangxi University Opens ... Centre").
_CLOSING_COPY = r"(?:^|[.!?]\s|\n\s){name}\s*(?:\n|$)"


def _named_in_text(text: str, opening: str) -> bool:
    """A short name in title case (two to six words, each capitalised or a joining word)
    that the opening paragraphs name again inside a sentence: an organisation's or a
    site's name heading the page ("Harbour Workers Union" / "... the Harbour Workers Union
    sent ..."), not a headline."""
    words = normalize_text(text).split()
    shaped = 2 <= len(words) <= 6 and all(
        w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words
    )
    name = " ".join(words).casefold()
    mentions = f" {opening} ".count(f" {name} ")
    if not shaped or not mentions:  # no copy to subtract from (perf30: before the pattern)
        return False
    copies = len(re.findall(_CLOSING_COPY.format(name=re.escape(name)), opening))
    return mentions > copies


def title_candidates(paras: list[Paragraph], rules: Rules) -> list[Candidate]:
    """Every header line that could be the headline, scored (best first)."""
    scoring = scoring_of(rules)
    first_prose = first_text_line(paras, rules)
    candidates: list[Candidate] = []
    first_seen = False
    keys = page_keys(paras, limit=120)
    header = paras[: header_end(paras, first_prose, HEADER_REACH * 2)]  # menus don't count
    listed = listed_items([p.text for p in header], scoring)
    opening = _opening_text(paras, first_prose)
    wholes, parts = split_headline_parts([p.text if not p.kind else "" for p in header])
    parts = parts | letter_head_lines(header, len(header))  # addressee blocks (letter_heads)
    for i, p in enumerate(header):
        skip = p.kind or not 0 < count_words(p.text) <= TITLE_MAX_WORDS or i in parts  # '* * *'
        if skip or LONE_DATELINE.fullmatch(p.text.strip()):  # a lede's dateline: no headline
            continue
        features = title_features(
            paras,
            i,
            first_candidate=False,
            is_prose=(is_prose(p.text) or intro_note(p.text))
            and not headline_over_text(paras, i, rules),
            is_outlet_name=outlet_named(p.text, rules) is not None,
            has_site_name=site_affix(p.text, rules),
            first_prose=first_prose,
            scoring=scoring,
            keys=keys,
        )
        features += page_title_features(paras, i, features, listed, rules)
        features += ["repeated"] * (i in wholes and "repeated" not in features)
        features += ["post_title_over_date"] * title_over_date(paras, i)  # (post_titles)
        features += ["over_glued_stamps"] * over_glued_stamps(paras, i)  # a related item's
        features += ["over_dated_meta"] * over_dated_meta(paras, i)  # (meta_lines, b93)
        features = as_topic(features, paras, i)  # a note's topic, not a name (topic_lines)
        features = glued_title_features(features, paras, i)  # no name glued to a lede
        features += speaker_features(paras, i, rules)  # "Speech of Ms X, SC" (speaker_labels)
        features += prompt_features(p.text)  # "Follow us on:" (reader_prompts)
        features += line_lead_in(paras, i) + over_dated_text(paras, i, first_prose, scoring)
        features += rule_features(paras, i) + old_web_features(paras, i)  # "=====", (b130)
        features += place_kicker_features(paras, i) + pair_heading_features(paras, i)  # fix43c
        features += over_post_stamp(paras, i) + channel_page_title(paras, i)  # social chrome
        features += standfirst_line_features(paras, i)  # "..., writes X", fix42a, fix43a
        features = series_features(features, paras, i, scoring)  # "Region Briefs" (fix35a)
        features += sentence_menu_features(paras, i, features)  # "Mail to editor" (fix35a)
        features += article_info_features(p.text)  # "Category: ... Hits: 0" (fix36a)
        features += place_date_features(p.text, features)  # "Place | D Month YYYY" (fix36a)
        features = headline_over_reading_time(features, p.text, scoring)  # (fix36a)
        features += document_title_features(paras, i, first_prose) + back_link_features(paras, i)
        features += restated_heading_features(
            paras, i, first_prose, features, scoring.title_weights
        )
        if _named_in_text(p.text, opening):
            features.append("named_in_text")
        features = as_headword(features, paras, i, first_prose)  # an entry's headword (b124)
        if not first_seen and not _CHROME_FEATURES.intersection(features):
            features.append("first_candidate")  # the first line that can be a headline
            first_seen = True
        value = score(features, scoring.title_weights)
        candidates.append(Candidate(i, p.text, value, tuple(features), p.text))
    return rank(_only_candidate(_mark_subtitles(candidates, scoring), scoring))


def _mark_subtitles(candidates: list[Candidate], scoring: Scoring) -> list[Candidate]:
    """A candidate right under another headline-like line (good length, no feature against
    it) is more likely the subtitle: it gains the ``below_title_like`` feature."""
    candidates = gallery_captions(candidates, scoring.title_weights)  # captions twice (b146)
    by_index = {c.index: c for c in candidates}
    marked = []
    for c in candidates:
        above = by_index.get(c.index - 1)
        if (
            above is not None
            and "repeated" not in c.reasons  # the headline printed twice is no subtitle
            and "good_length" in above.reasons
            and not any(scoring.title_weights.get(f, 0.0) < 0 for f in above.reasons)
        ):
            features = (*c.reasons, "below_title_like")
            c = Candidate(
                c.index, c.value, score(list(features), scoring.title_weights), features, c.text
            )
        marked.append(c)
    return marked


def choose_title(paras: list[Paragraph], rules: Rules) -> tuple[Candidate | None, Candidate | None]:
    """The winning headline candidate (None when none scores enough) and a close runner-up."""
    scoring = scoring_of(rules)
    ranked = title_candidates(paras, rules)
    if not ranked or ranked[0].score < scoring.title_min:
        over_credit = _headline_over_source_credit(paras, scoring, rules)
        over_credit = over_credit or _headline_under_its_caption(paras, scoring)
        over_credit = over_credit or question_over_answer(paras, scoring)
        over_credit = over_credit or date_line_in_alt_text(paras, scoring)
        over_credit = over_credit or byline_headline(paras, scoring)  # (byline_headlines)
        over_credit = over_credit or first_listed_item(paras, scoring)  # (dated_listings)
        over_credit = over_credit or item_under_listing_heading(paras, scoring)  # (fix35c)
        over_credit = over_credit or headline_over_agency_credit(paras, scoring, rules)  # b129
        if over_credit is not None:
            return over_credit, None
        return None, ranked[0] if ranked else None
    best = ranked[0]
    runner = next(
        (c for c in ranked[1:] if best.score - c.score <= scoring.title_margin and c.score > 0),
        None,
    )
    return best, runner


#: The most words of a repost's headline standing over its source's credit line.
OVER_CREDIT_MAX_WORDS = 15


def _headline_over_source_credit(
    paras: list[Paragraph], scoring: Scoring, rules: Rules
) -> Candidate | None:
    """A short line right above a credit line giving a listed source and its date ("Border
    Talks End Without Deal" over "Khmer Times | 30 August 2016"): a repost's headline,
    standing below the page's first text (a blog's own words, a caption), so outside the
    header; used only when the header holds no headline."""
    for i in range(min(len(paras), HEADER_REACH) - 1):
        p, below = paras[i], paras[i + 1]
        if p.kind or below.kind != "credit" or is_prose(p.text) or p.text.rstrip().endswith("."):
            continue
        if count_words(p.text) <= OVER_CREDIT_MAX_WORDS and credited_date(below.text, rules):
            return Candidate(i, p.text, scoring.title_min, ("over_source_credit",), p.text)
    return None


#: What a lead image's caption adds after the headline it repeats: "Credit:", "Photo: X".
_CAPTION_TAIL = re.compile(r"(?i)^(?:\(?\s*(?:photo|image|picture|credit|source)s?\b[^.]{0,60})?$")


def _headline_under_its_caption(paras: list[Paragraph], scoring: Scoring) -> Candidate | None:
    """A short line printed right under a caption that repeats it with a credit label
    ("Title Credit:" / "Title"): a blog's headline given only after its first paragraph,
    under its lead image; used only when the header holds no headline."""
    for i in range(1, min(len(paras), HEADER_REACH)):
        p, above = paras[i], normalize_text(paras[i - 1].text)
        text = normalize_text(p.text).strip()
        if p.kind not in ("", "heading") or is_prose(text) or text.endswith("."):
            continue
        tail = above[len(text) :].strip() if above.startswith(text) else ""
        if count_words(text) <= OVER_CREDIT_MAX_WORDS and tail and _CAPTION_TAIL.match(tail):
            return Candidate(i, p.text, scoring.title_min, ("under_its_caption",), p.text)
    return None


def label_title(paras: list[Paragraph], rules: Rules | None = None) -> str:
    """Label the best-scoring header line as the title (see ``choose_title``); its exact
    copies elsewhere in the header become boilerplate. Returns the title or ""."""
    rules = rules or load_rules()
    best, _ = choose_title(paras, rules)
    if best is None:
        return ""
    paras[best.index].kind = "title"
    mark_title_copies(paras, best.index)
    return paras[best.index].text


def mark_title_copies(paras: list[Paragraph], title_index: int) -> None:
    """Unlabelled exact copies of the headline are boilerplate (a repeated headline)."""
    key = normalize_text(paras[title_index].text).casefold()
    for i, p in enumerate(paras):
        if i == title_index or p.kind or len(p.text) > 2 * len(key) + 10:
            continue
        if normalize_text(p.text).casefold() == key:
            p.kind = "boilerplate"


def label_captions(paras: list[Paragraph], title: str) -> None:
    """Captions with the title glued to their front (not the lede glued to it without a
    space), and image titles right above a caption."""
    for i, p in enumerate(paras):
        if p.kind:
            continue
        if stamped_headline_copy(p.text, title):  # "Headline 03/14/13 [Last modified: ...]"
            p.kind, p.role = "dateline", STAMP_ROLE
            continue
        glued = title_glued_kind(p, title)
        if glued is not None:
            p.kind = glued
            continue
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if (
            nxt is not None
            and nxt.kind == "caption"
            and nxt.block == p.block
            and not is_prose(p.text)
            and not SENTENCE_STOP.search(p.text)
        ):
            p.kind = "caption"


def title_evidence(article: Article, best: Candidate | None, runner: Candidate | None) -> None:
    """Fill ``article.title_source`` (and flags) from the chosen and runner-up headlines."""
    paras = article.paragraphs
    if best is None:
        article.metadata_flags.append("no_headline")
        article.title_source = "no headline: " + (
            f"best line scored too low, {runner.describe(paras)}" if runner else "no header line"
        )
        return
    article.title_source = best.describe(paras)
    if runner is not None:
        article.title_source += f"; runner-up {runner.text[:60]!r} {runner.describe(paras)}"
        article.metadata_flags.append("title_uncertain")
