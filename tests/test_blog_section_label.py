"""(b146) A site's blog section label ('Blog') over a post saved without its headline is no
headline (``section_labels`` of ``analysis/data/header_scoring.yaml``)."""

from __future__ import annotations

from analysis.ingest.layout import read_article


def test_a_blog_label_over_a_post_without_headline_is_no_title() -> None:
    page = (
        "Blog\n"
        "3 May 2021The river partnership grew during the spring mission, and the team's lead "
        "looks back on what it brought. Read his blog.\n"
        '"The week gave us new partners along the delta and a plan for the next two years."\n'
        "The models show the coast retreating unless the farms change how they use water.\n"
    )
    assert read_article(page).title == ""


def test_a_blog_label_over_a_headline_leaves_the_headline() -> None:
    page = (
        "Blog\n\n"
        "What the delta mission taught us about river sand\n\n"
        "The spring mission visited four provinces and met farmers, dredgers and officials.\n\n"
        "Its findings will shape the next round of projects on the river.\n"
    )
    assert read_article(page).title == "What the delta mission taught us about river sand"
