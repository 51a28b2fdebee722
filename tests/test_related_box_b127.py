"""The days under a heading of the section's other stories below the text are the items',
though their teasers are read as text (``related_items.related_list_days``, held-out 127)."""

from analysis.ingest.layout import read_article

PAGE = """Bulgaria and Vietnam to open a joint language centre

Bulgaria and Vietnam will open a joint language centre in Sofia, the education ministry said after talks with a visiting delegation.

The centre will offer courses in Vietnamese and Bulgarian from the autumn term.

More from category

Parliament approves new rules for public tenders

Members of parliament adopted amendments to the procurement act that shorten the deadlines for appeals..

published on 2/9/24 4:05 PM
"""


def test_the_items_days_under_the_heading_leave_the_story_undated() -> None:
    assert read_article(PAGE).header_date is None


def test_a_heading_above_the_text_is_a_sidebar_left_alone() -> None:
    page = "More from category\n\n" + PAGE.replace("More from category\n\n", "")
    page = page.replace(
        "Bulgaria and Vietnam to open", "Monday, 3 March 2025\n\nBulgaria and Vietnam to open", 1
    )
    assert read_article(page).header_date is not None
