"""Tests of ``analysis.ingest.digest_titles`` (titlefix27): a digest's first item, quoted
in the digest's own title above it, is not the page's headline."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from analysis.core.text import normalize_text
from analysis.ingest.digest_titles import quoted_in_digest_title
from analysis.ingest.layout import read_article

FOLDER = Path(__file__).parent / "data" / "layouts"

ITEM = "Harbour pilots sit a new exam"
# A digest's mirror of our own, in the fixture's layout: its title quoting the first item
# (printed twice, as the mirror prints it), the item list, the item. Printed once, the
# title still loses to the item printed twice (list and heading): see layout_batches.md.
DIGEST_PAGE = (
    f"Port Letter: “{ITEM}” plus 6 more\n\n"
    * 2
    + f"- {ITEM}\n\n- Dredging starts at the east basin\n\n- Tug crews ask for a night rota\n\n"
    f"{ITEM}\n\nPosted: 4 Feb 2015 09:10 AM PST\n\n"
    "Harbour pilots in the northern ports will sit a written and a practical exam from next "
    "year, the port authority said, after two groundings in the channel last winter.\n\n"
    "The exam will cover tides, night signals and the handling of larger container ships.\n"
)


def test_the_digest_title_is_the_headline() -> None:
    assert read_article(DIGEST_PAGE).title == f"Port Letter: “{ITEM}” plus 6 more"


def test_the_fixture_digest_title_is_the_headline() -> None:
    (path,) = FOLDER.glob("kimedia_mirror_digest_*.txt")
    title = read_article(path.read_text(encoding="utf-8")).title
    assert title == "KI Media: “Night buses to the coast resume [-About time]” plus 24 more"


def test_a_page_title_ending_with_the_quoted_headline_does_not_count() -> None:
    assert quoted_in_digest_title(ITEM, [f"Port Letter: “{ITEM}” plus 6 more"])
    assert not quoted_in_digest_title(ITEM, [f"Port Letter: “{ITEM}”"])
    assert not quoted_in_digest_title(ITEM, [f"Port Letter: {ITEM} plus 6 more"])  # unquoted
    assert not quoted_in_digest_title("Ports", ["“Ports” plus 6 more"])  # too short a title


@given(st.text(min_size=12, max_size=60), st.text(max_size=40))
def test_a_line_is_never_quoted_in_lines_that_do_not_hold_it(line: str, other: str) -> None:
    if line.strip() not in other:
        assert not quoted_in_digest_title(line, [other])


_OPEN, _CLOSE = '"“‘«', '"”’»'


def _quoted_slow(line: str, above: list[str]) -> bool:
    """``quoted_in_digest_title`` without its literal gate (perf30): the pattern compiled
    and run on every line above, as before the gate."""
    key = normalize_text(line).strip().lstrip("-–•·* ")
    if len(key) < 12:
        return False
    pattern = re.compile(f"[{_OPEN}]{re.escape(key)}[{_CLOSE}]\\s*\\w")
    return any(pattern.search(normalize_text(text)) for text in above)


_PIECES = st.sampled_from(["“", "”", '"', "«", "»", " ", "  ", "-", "•", ":", " plus 6", "\n"])


@given(
    st.text(alphabet="aAb c-“”\"'«»:\n\t", min_size=0, max_size=30),
    st.lists(st.tuples(st.text(max_size=8), _PIECES, _PIECES, st.text(max_size=8)), max_size=4),
)
def test_the_gate_keeps_every_answer_of_the_full_pattern(line: str, parts: list) -> None:
    # perf30: the lines above are built around the line itself (quoted or not, glued or
    # spaced) as well as of other text, so that both answers are reached
    above = [f"{a}{q}{line}{c}{b}" for a, q, c, b in parts] + [a + b for a, _, _, b in parts]
    assert quoted_in_digest_title(line, above) == _quoted_slow(line, above)
