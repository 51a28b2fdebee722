"""(b146) A gallery's captions, each printed twice back to back, are no headline printed
twice (``analysis/ingest/layout/gallery_captions.py``)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

_GALLERY = (
    "| 12.4°C Harbour Town\n\n"
    "Fishing families wait for news of the crews lost at sea last winter\n\n\n"
    "Boats stay tied up in the harbour a week after the storm\n\n"
    "Boats stay tied up in the harbour a week after the storm\n\n"
    "A skipper mends his nets on the quay\n\n"
    "A skipper mends his nets on the quay\n\n"
    "Boats stay tied up in the harbour a week after the storm\n\n"
    "Months after the storm, relatives in the fishing town are still waiting for answers.\n\n"
    "The coastguard said on Tuesday that the search for two missing boats had ended.\n\n"
    "Local officials have promised a review of the warnings sent to the fleet.\n"
)


def test_captions_printed_twice_each_are_no_headline() -> None:
    title = read_article(_GALLERY).title
    assert title == "Fishing families wait for news of the crews lost at sea last winter"


def test_a_headline_printed_twice_is_still_the_headline() -> None:
    page = (
        "Home | World\n\n"
        "Ferry service to the islands resumes after a month\n\n"
        "Ferry service to the islands resumes after a month\n\n"
        "A picture of the ferry at the pier\n\n"
        "The island ferry sailed again on Monday after repairs to its engines.\n\n"
        "Operators said timetables would return to normal by the weekend.\n"
    )
    assert read_article(page).title == "Ferry service to the islands resumes after a month"


def test_a_clock_printed_twice_over_a_headline_printed_twice_is_no_gallery() -> None:
    page = (
        "The Valley Post\n"
        "Local World Business\n"
        "Today: March 4, 2025\n"
        "Today: March 4, 2025\n\n"
        "Two provinces agree to share a new river port\n\n"
        "Two provinces agree to share a new river port\n"
        "October 17, 2023\n\n"
        "Officials from both provinces signed the port plan on Tuesday after a week of talks.\n\n"
        "Work on the first berths is due to start next spring.\n"
    )
    assert read_article(page).title == "Two provinces agree to share a new river port"
