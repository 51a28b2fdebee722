"""Tests of the ``chrome_prose`` entry of ``data/header_scoring.yaml`` added for held-out
148 (fix148a): a PHP diagnostic a server prints above the page ("Deprecated:
str_replace(): ... in /home/<site>/.../photon-cdn.php on line 80", "Warning: ...",
"Notice: ...") is the server's, never the page's lede, so the headline under it stays the
title (placeholder pages in the fixture's layout)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Ferry service to the outer islands resumes"
TEXT = (
    "The ferry service to the outer islands resumed on Monday after two weeks of repairs "
    "to the landing stage, the port office said.\n\n"
    "The first boat left at seven in the morning with forty passengers and a load of rice.\n"
)
WARNINGS = {
    "deprecated": "Deprecated: str_replace(): Passing null to parameter #3 ($subject) of "
    "type array|string is deprecated in /home/harbour/public_html/wp-content/plugins/"
    "jetpack new/modules/photon-cdn.php on line 80",
    "warning": 'Warning: Undefined array key "lang" in /var/www/html/wp-content/themes/'
    "port/header.php on line 12",
    "notice": "Notice: Trying to get property 'ID' of non-object in "
    "/home/site/public_html/wp-includes/class-wp-query.php on line 4055",
}


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_the_headline_under_php_warnings(name: str) -> None:
    warning = WARNINGS[name]
    page = f"{warning}\n\n{warning}\n\n{HEADLINE}\n\n{TEXT}"
    article = read_article(page)
    assert article.title == HEADLINE
    assert article.paragraphs[0].kind == "boilerplate"


def test_a_headline_about_a_warning_stays() -> None:
    headline = "Warning: floods close the coast road"
    assert read_article(f"{headline}\n\n{TEXT}").title == headline
