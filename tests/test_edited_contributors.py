"""A report cover's contributors in capitals closed by the editor's credit
(``analysis.ingest.layout.author_lists.edited_report_writers``, held-out 80). A cover of our
own, on orchard growers, in the layout of a report store's transcription."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import load_rules, read_article
from analysis.ingest.layout.author_lists import edited_contributors

RULES = load_rules()

_COVER = (
    "COLD STORES: THE VALLEY'S GROWERS - MARTA QUILL, OREN TALBOT, INES FERRAND ...\n"
    "Page content transcription\n"
    "Cold Stores: The Valley's Growers and Their Buyers MARTA QUILL, OREN TALBOT , INES "
    "FERRAND EDITED BY PAVEL HOLLIS A REPORT OF THE UPPER VALLEY INSTITUTE\n"
    "The growers of five villages now share two cold stores, and the three chapters that "
    "follow ask how the buyers answered.\n"
)


def test_the_contributors_before_the_editor_are_the_writers() -> None:
    article = read_article(_COVER)
    assert article.author == "Marta Quill; Oren Talbot; Ines Ferrand"


def test_without_the_editor_s_credit_no_list_is_read() -> None:
    """Negative: the same capitals names without ``EDITED BY`` are no contributors' list,
    and the editor never is one of the writers."""
    assert edited_contributors(_COVER.replace("EDITED BY", "AND"), RULES) == []
    assert "Pavel Hollis" not in read_article(_COVER).author


_NAME = st.tuples(
    st.sampled_from(["MARTA", "OREN", "INES", "PAVEL"]),
    st.sampled_from(["QUILL", "TALBOT", "FERRAND", "HOLLIS"]),
)


@settings(max_examples=40, deadline=None)
@given(names=st.lists(_NAME, min_size=2, max_size=5))
def test_any_capitals_list_before_edited_by_is_read_in_order(
    names: list[tuple[str, str]],
) -> None:
    line = "Cold Stores in the Valley " + ", ".join(f"{a} {b}" for a, b in names)
    found = edited_contributors(line + " EDITED BY PAVEL HOLLIS", RULES)
    assert found == [f"{a.capitalize()} {b.capitalize()}" for a, b in names]
