"""The names of the features each header scorer computes, so that a weight in
``data/header_scoring.yaml`` that names none of them is caught when the file loads.

A weight is read by name (``metadata.score``): a weight whose name no scorer ever gives a
line weighs nothing, silently (a stray ``menu_run`` sat among the date weights for a
session). ``check_weight_names`` refuses such a name with the file, the section and the
entry, and lists the section's features. A new feature is added here and in the scorer
that computes it (``tests/test_scoring_features.py`` checks that the scorers give no
feature missing from these lists).
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.core.errors import DataFileError

#: The features of a headline candidate: the checks of ``title_scoring._TITLE_CHECKS``
#: and the ones ``layout/title.py`` and ``layout/topic_lines.py`` add around them.
TITLE_FEATURES: frozenset[str] = frozenset(
    """above_lede after_byline after_date agency_dateline before_date_or_byline
    before_standfirst below_title_like colon_title blog_line bracketed_motto capitals_short
    above_blog_heading
    caption_like chrome_word comma_end compiled_headline cut_copy date_place dated_series
    clause_goes_on
    echoed_in_lede file_name
    series_under_date writer_standfirst
    over_post_stamp
    first_candidate foreign_script good_length has_date history_row image_alt_title issue_line
    label_list lead_in list_item listed_item long lowercase_start menu_run motto name_like
    named_in_text navigation numbered only_candidate opening_question other_language
    organisation_name outlet_name over_dated_meta over_glued_stamps over_menu_run
    over_reading_time over_rule over_type_label post_title_over_date quoted_in_digest_title
    parenthesised prose quoted reader_prompt repeated section_pipe sentence_end site_name
    speaker_label speaker_post top_label topic_heading under_label_rows under_opening_caption
    under_article_type under_post_date under_site_name under_topic_kicker upload_name very_short
    document_code over_document_code open_pipe_cell over_clock under_caption_cell
    wrapped_label bracket_numbered field_label keyword_chain section_over_dated_text
    place_kicker under_place_kicker headword
    labelled_title""".split()  # fix31d .. b108, b109, fix33a, b121, b124
) | {"article_info", "document_in_headline", "names_document_below"}  # fix36a
TITLE_FEATURES |= {"restates_headline_above", "restated_below"}  # fix36a
TITLE_FEATURES |= {"under_back_link"}  # held-out 129 (layout/back_links.py)
TITLE_FEATURES |= {"record_field"}  # fix41a (layout/record_fields.py)
TITLE_FEATURES |= {"under_zoned_stamp"}  # held-out 130 (layout/zoned_stamps.py)
TITLE_FEATURES |= {"over_thread_starter", "under_open_crumb", "under_post_icon"}  # fix38a
TITLE_FEATURES |= {"said_clause"}  # fix42a (layout/said_clauses.py)
TITLE_FEATURES |= {"gallery_caption"}  # b146 (layout/gallery_captions.py)
TITLE_FEATURES |= {"teaser_run"}  # fix43a (layout/teaser_runs.py)
TITLE_FEATURES |= {"pair_heading_first"}  # fix43c (layout/pair_headings.py)

#: The features of a date candidate: the kind of its line (``dateline``, ``header_line``,
#: ``title_line``, ``lede_dateline``, ``publication_note``, ``text_stamp``) and the marks
#: of ``date_scoring.date_features`` and ``date_candidates``.
DATE_FEATURES: frozenset[str] = frozenset(
    """before_headline caption_line chrome_beside date_span dateline day_precision embedded_post
    file_stamp glued_stamp header_line issue_line lede_dateline listed_item month_precision
    letter_date publication_note published_label repeated_line site_clock table_row text_stamp
    time_of_day title_line today_label unheaded_clock updated_label""".split()
)
DATE_FEATURES |= {"copyright_notice"}  # held-out 129 (ingest/copyright_dates.py)

#: The features of each weighted section of ``header_scoring.yaml``.
SECTION_FEATURES: dict[str, frozenset[str]] = {"title": TITLE_FEATURES, "date": DATE_FEATURES}


def unknown_weights(names: Iterable[str], section: str) -> list[str]:
    """The names among ``names`` that are no feature of ``section`` (in their order).

    >>> unknown_weights(["dateline", "menu_run"], "date")
    ['menu_run']
    """
    known = SECTION_FEATURES.get(section, frozenset())
    return [name for name in names if name not in known]


def check_weight_names(
    names: Iterable[str], section: str, path: str, *, error: type[DataFileError] = DataFileError
) -> None:
    """Raise ``error`` naming the file ``path``, the ``section`` and the first weight of
    ``names`` that names no feature of that section, with the section's features listed."""
    stray = unknown_weights(names, section)
    if stray:
        known = ", ".join(sorted(SECTION_FEATURES.get(section, ())))
        entry = f"{section}.weights.{stray[0]}"
        fix = "fix the name, remove the weight, or declare a new feature in scoring_features.py"
        raise error(
            f"{path}: {entry} names no {section} feature; {fix} (the {section} features: {known})",
            file=path,
            entry=entry,
            fix=fix,
        )
