"""A paper's promotional line over an old article page is chrome, never the headline
(held-out 119: "The Economic Times daily newspaper is available online now." won over the
indented headline)."""

from analysis.ingest.layout import read_article

PAGE = """The Delta Courier daily newspaper is available online now.

    Ferry crews from two provinces train together on night rescues

    Synopsis

    The crews will also share radio procedures for the flood season.

    Staff Bureau
    CAN THO: Crews of river ferries from two provinces trained together on night rescues this week, as traffic on the delta's channels keeps growing.

    Officials said the drills would be repeated before every flood season.
"""


def test_a_papers_online_promo_line_is_no_headline() -> None:
    assert read_article(PAGE).title == (
        "Ferry crews from two provinces train together on night rescues"
    )


def test_a_headline_about_an_archive_online_stays() -> None:
    text = PAGE.replace(
        "The Delta Courier daily newspaper is available online now.",
        "Newspaper archive of 1975 is available online now for researchers",
    ).replace("    Ferry crews from two provinces train together on night rescues\n\n", "")
    assert read_article(text).title.startswith("Newspaper archive of 1975")
