"""Layouts of the unseen batches held-out 45 and 46 (benchmarks/layout_batches.md), each on an
invented page: the general mechanism a miss called for, and a negative case it must leave
alone."""

from __future__ import annotations

from analysis.ingest.layout import read_article

_BODY = (
    "\n\nThe ferry between the two river ports will run twice a day again from Monday after "
    "three months of repairs to its landing stages.\n\n"
    "Local officials said the crossing saves drivers almost two hours on the coast road.\n"
)
_TITLE = "Ferry service resumes across the river"


def test_a_footer_menu_and_file_site_buttons_are_no_writer():
    for chrome in ("Home Terms Privacy GDPR", "About Us | Contact | Disclaimer", "DOWNLOAD FILE"):
        article = read_article(f"{_TITLE}{_BODY}\n{chrome}\n")
        assert article.author == "", chrome
        assert article.paragraphs[-1].kind == "boilerplate", chrome
    article = read_article(f"Report DMCA / Copyright\n\n{_TITLE}{_BODY}")
    assert article.outlet == ""
    # negative: a writer's name at the foot is still read
    article = read_article(f"{_TITLE}{_BODY}\nNguyen Van An\n")
    assert article.author == "Nguyen Van An"
