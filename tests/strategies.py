"""Hypothesis strategies for article-like text (kept in one module, as pyjanitor does).

Articles are built from fragments that exercise every parser (dates in many forms,
actors, theme terms, numbers, markup, invisible characters, Vietnamese) mixed with
arbitrary text, laid out in lines and blank lines like scraped pages.
"""

from __future__ import annotations

import functools
from pathlib import Path

from hypothesis import strategies as st

FRAGMENTS = (
    "Tuesday, February 6, 2024 08:41",
    "13/12/2021| 16:40",
    "31/02/2021",
    "05/06/21",
    "from October 30 to November 1, 2022",
    "December 12-13, 2023",
    "May 21-23 last year",
    "late 2023",
    "the 2021-2025 period",
    "the 13th National Party Congress",
    "the 60th anniversary of diplomatic relations",
    "last December",
    "In 2022,",
    "1007",
    "700 billion USD",
    "247 political parties in 111 countries",
    "General Secretary Nguyen Phu Trong paid an official visit to China",
    "the Communist Party of China",
    "the Lao People's Revolutionary Party",
    "comprehensive strategic partnership",
    "people-to-people diplomacy",
    "bamboo diplomacy",
    "ASEAN and the United Nations",
    "(Photo: VNA)",
    "Related Articles",
    "TIN LIÊN QUAN",
    "By Nguyen Hong",
    "DR. LE HOAI TRUNG",
    "(VNA/VLLF)",
    "<script>alert(1)</script>",
    "$x^2$ *bold* _it_ `code`",
    "\u200b\u202e\u2066",
    "Đảng Cộng sản Việt Nam",
    "🇻🇳",
    ".",
    "-",
)

words = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30))
lines = st.lists(words, min_size=1, max_size=12).map(" ".join)
separators = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n\n"])


@st.composite
def articles(draw: st.DrawFn) -> str:
    """One article's text: lines of fragments and arbitrary text with varied line breaks."""
    body = draw(st.lists(lines, min_size=1, max_size=8))
    seps = draw(st.lists(separators, min_size=len(body), max_size=len(body)))
    return "".join(line + sep for line, sep in zip(body, seps, strict=True))


ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def real_lines() -> list[str]:
    """Every non-blank line of the layout zoo (``tests/data/layouts``) and the samples
    (``seeds``): the real header, body and footer forms a fast path must agree on."""
    paths = sorted((ROOT / "tests" / "data" / "layouts").glob("*.txt"))
    paths += sorted((ROOT / "seeds").glob("*.txt"))
    return [line for path in paths for line in path.read_text("utf-8").splitlines() if line.strip()]
