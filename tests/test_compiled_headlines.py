"""Tests of ``analysis.ingest.layout.compiled_headlines``: a digest's headline carrying its
compiler's credit (held-out 78's hpdf.vn page, its layout with placeholder sentences on
another subject)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout import read_article
from analysis.ingest.layout.compiled_headlines import _compiled_line, compiler
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


def _compiler_slow(text: str) -> str | None:
    """``compiler`` without perf30's dash gate: the pattern run on every line."""
    found = _compiled_line().match(text.strip())
    if found is None or not looks_like_name(found.group("name"), RULES):
        return None
    names = byline_names(found.group("name"), RULES)
    return names[0] if len(names) == 1 and len(found.group("head").split()) >= 2 else None


@given(
    st.sampled_from(["Mekong Notes", "Notes", "River boats and ferries", ""]),
    st.sampled_from([" – ", " - ", " — ", " ", "-", " : "]),
    st.sampled_from(["Compiled by ", "compiled BY ", "by ", ""]),
    st.sampled_from(["Anna Berg", "Le Van Minh", "the desk", ""]),
    st.sampled_from(["", " (Monday, 3 May 2021)", " (x)", "  "]),
)
def test_the_dash_gate_keeps_every_answer_of_the_pattern(
    head: str, dash: str, credit: str, name: str, day: str
) -> None:
    # perf30: headline lines of words, a dash of three kinds (or none), a credit and a day
    text = head + dash + credit + name + day
    assert compiler(text, RULES) == _compiler_slow(text)
