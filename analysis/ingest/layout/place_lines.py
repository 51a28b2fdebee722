"""A writer's place printed as "City, ST" (held-out 79): an essay's page prints "Seattle, WA"
under the headline, the city, a comma and a US state's or a Canadian province's two-letter
code (``place_codes`` of ``data/page_layout.yaml``). Its form is a surname-first name's
("Pham, Thu Trang"), but a given name is never two capitals alone that are a state's code,
so the line is a place, not a writer."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file

#: One to three capitalised words, a comma, then two capital letters closing the line.
_CITY_CODE = re.compile(
    r"^\s*[A-ZÀ-Ỹ][\w'’.-]*(?:\s+[A-ZÀ-Ỹ][\w'’.-]*){0,2},\s+(?P<code>[A-Z]{2})\.?\s*$"
)


@cache
def _codes() -> frozenset[str]:
    """``place_codes`` of ``data/page_layout.yaml``, read once."""
    return frozenset(load_data_file("page_layout.yaml").get("place_codes") or [])


def city_and_code(text: str) -> bool:
    """Whether ``text`` is a city and a state's or province's code ("Seattle, WA",
    "Salt Lake City, UT").

    >>> city_and_code("Seattle, WA"), city_and_code("Smith, John"), city_and_code("Smith, JQ")
    (True, False, False)
    """
    found = _CITY_CODE.match(text)
    return found is not None and found.group("code") in _codes()
