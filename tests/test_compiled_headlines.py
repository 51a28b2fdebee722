"""Tests of ``analysis.ingest.layout.compiled_headlines``: a digest's headline carrying its
compiler's credit (held-out 78's hpdf.vn page, its layout with placeholder sentences on
another subject)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.compiled_headlines import compiler
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

_PAGE = (
    "News & Articles\n\n"
    "{headline}\n\n"
    "Notes, letters and essays on rivers and boats.\n\n"
    "Ferry crews train for the flood season\n\n"
    "River ferry crews in the delta provinces are practising rescues before the flood "
    "season, with new life jackets handed out at every landing.\n\n"
    "A boatyard builds its first electric ferry\n\n"
    "A family boatyard has launched a small ferry driven by batteries charged at the "
    "landing. [MORE]\n"
)


def test_the_compiled_headline_is_the_title_and_its_compiler_the_writer() -> None:
    headline = "Delta Notes – Compiled by Hanna Roos (Monday, 3 May 2021)"
    article = read_article(_PAGE.format(headline=headline))
    assert article.title == headline
    assert article.author == "Hanna Roos"
    assert "compiler" in article.author_source
    first_item = next(p for p in article.paragraphs if p.text.startswith("Ferry crews train"))
    assert first_item.kind != "title"


def test_a_dash_without_a_compiler_credit_is_no_compiled_headline() -> None:
    assert compiler("Delta Notes – Hanna Roos (Monday, 3 May 2021)", RULES) is None
    assert compiler("Delta Notes – Compiled by the river desk", RULES) is None
    assert compiler("Notes – Edited by Hanna Roos", RULES) is None  # one word before the dash
    assert compiler("Delta Notes — edited by Hanna Roos", RULES) == "Hanna Roos"
