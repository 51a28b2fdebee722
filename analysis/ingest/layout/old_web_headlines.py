"""The title features of the old web's page types (held-out 130, fix38a), read in one call
by ``title.title_candidates``: the line right under a date line closed by a clock and
its zone (``zoned_stamps``: BBC News Online's template), right over a forum's starter
line (``thread_starters``: XenForo, phpBB), right under a vBulletin post's icon line
repeating it (``post_icons``), right under a breadcrumb trail closed by its separator
(``open_crumbs``: an old ministry page), and a Roman section number closed by a hyphen
(``roman_sections``: "I- MAIN ACTIVITIES ...", a numbered heading)."""

from __future__ import annotations

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.open_crumbs import under_open_crumb
from analysis.ingest.layout.post_icons import under_post_icon
from analysis.ingest.layout.roman_sections import roman_section_features
from analysis.ingest.layout.thread_starters import over_thread_starter
from analysis.ingest.layout.zoned_stamps import under_zoned_stamp


def old_web_features(paras: list[Paragraph], i: int) -> list[str]:
    """The title features of header line ``i`` that the old web's layouts give (see the
    module's docstring), in that order.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> old_web_features(split_lines("Home » Press room »\\nII- INWARD VISITS"), 1)
    ['numbered', 'under_open_crumb']
    """
    return (
        under_zoned_stamp(paras, i)
        + over_thread_starter(paras, i)
        + roman_section_features(paras[i].text)
        + under_open_crumb(paras, i)
        + under_post_icon(paras, i)
    )
