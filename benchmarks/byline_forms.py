"""Byline forms on a placeholder page: the writer the loader reads for each (fix38c).

Each case of ``byline_forms.json`` puts credit lines in the header (``head``, under the
headline, over the date) or after the text (``foot``) of one invented page, and gives the
writer the zoo README's author rules name (``gold``, ``"; "``-separated, ``""`` for none);
``date`` replaces the page's date line (``""``: none). A first-sight proxy for the author
field: the forms English-language sites print, whether or not a zoo page holds them.

    PYTHONHASHSEED=0 PYTHONPATH=. .venv/bin/python benchmarks/byline_forms.py [--misses]

Prints the share of writers read right and of pages whose headline stayed the title.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.ingest.layout import read_article  # noqa: E402

CASES = Path(__file__).with_suffix(".json")
HEADLINE = "Vietnam and Chile widen fruit trade under new protocol"
LEDE = (
    "Hanoi and Santiago agreed on Tuesday to open their markets to each other's fresh fruit, "
    "officials of both trade ministries said after a meeting in the capital."
)
BODY = (
    "The protocol covers longan, dragon fruit and cherries, and sets out the inspection steps "
    "that exporters must follow before each shipment leaves port.",
    "Trade between the two countries reached about 1.8 billion US dollars last year, according "
    "to figures released by the customs office in the spring.",
    "Both sides said they would review the arrangement within two years and consider adding "
    "other products if the first season runs smoothly.",
)


def page(case: dict) -> str:
    """The placeholder page of one case: masthead, headline, credits, date, text, footer."""
    date = case.get("date", "March 14, 2024")
    lines = ["Fruit Trade Weekly", HEADLINE, *case.get("head", []), *([date] if date else [])]
    lines += [LEDE, *BODY, *case.get("foot", [])]
    return "\n\n".join(lines) + "\n"


def _names(text: str) -> set[str]:
    return {name.strip().casefold() for name in text.split(";") if name.strip()}


def main(argv: list[str] | None = None) -> int:
    """Print the writers read right and the headlines kept (exit 0)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong case")
    args = parser.parse_args(argv)
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    right = titled = 0
    for case in cases:
        article = read_article(page(case))
        ok = _names(article.author) == _names(case["gold"])
        right += ok
        titled += article.title == HEADLINE
        if args.misses and not ok:
            credit = case.get("head") or case.get("foot")
            print(f"  {credit!r}: got {article.author!r}, gold {case['gold']!r}")
    n = len(cases)
    print(
        f"[byline forms: {n} cases] writers right {100.0 * right / n:.1f} % ({right}), "
        f"headline kept {100.0 * titled / n:.1f} % ({titled})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
