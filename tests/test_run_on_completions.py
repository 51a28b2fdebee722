"""A cut document title printed twice across a separator, completed from inside the text
layer's run-on first page (``analysis.ingest.layout.run_on_completions``, fix42e). A page
of our own, on river ferries, in a document store's layout."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.run_on_completions import first_of_doubled, run_on_completion

#: A store's page: the cut title twice, a page count, the first page run into one line.
_STORE = (
    "Ferry Links and the River Towns of ... · Ferry Links and the...\n\n"
    "18\n"
    "44 Review of Delta Studies, Vol. 3, Issue 2, pps. 44-70. ISSN 0000-0000. © 2019 by "
    "the Trustees of an Example Press. All rights reserved. Ask the press for leave to "
    "copy any part of this article. research article mara quill Ferry Links and the "
    "River Towns of the Lower Delta T he landings of the lower river were rebuilt in the "
    "years after the flood, and the towns on both banks came to share the boats. This "
    "article follows the timetables the towns agreed and the fares they set together.\n"
)


def test_a_doubled_cut_title_is_completed_inside_the_run_on_page() -> None:
    title = read_article(_STORE).title
    assert title == "Ferry Links and the River Towns of the Lower Delta"


def test_what_is_not_completed() -> None:
    """Negatives: a page title with a site's name, a run-on line going on in lower case,
    a short line."""
    assert first_of_doubled("Ferry Links and the River Towns - Delta Daily") == ""
    title = "Ferry Links and the River Towns of ... · Ferry Links and the..."
    lower = split_lines("x " * 160 + "Ferry Links and the River Towns of the delta were old.\n")
    assert run_on_completion(title, lower, 15) == ""
    short = split_lines("Ferry Links and the River Towns of the Lower Delta\n")
    assert run_on_completion(title, short, 15) == ""
