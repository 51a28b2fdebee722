"""A news database's export in the field-code form (Factiva: "HD", "BY", "WC", "PD", ...).

Each line opens with a field code in capitals and a space, with no colon ("HD Vietnam and
Kazakhstan set up ...", "BY Le Minh Chau", "PD 9 November 2023"), so no label of the
loader reads it: the headline kept its code. Where ``FIELD_CODE_RUN`` lines or more in a
row open with a code of ``database_field_codes`` (``data/header_scoring.yaml``), the codes
are labels: the codes given a label there are read as that label ("HD x" as "Headline:
x", "BY x" as "By x", "PD x" as "Published: x"); the others stay as they are (word count,
language, subject codes: furniture). ``raw`` is kept as it is.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.layout.lines import Paragraph

#: The fewest lines in a row opening with a field code that are read as label rows.
FIELD_CODE_RUN = 3


@cache
def field_codes() -> dict[str, str]:
    """The database field codes and the label each is read as ("" for none)."""
    codes = load_data_file("header_scoring.yaml").get("database_field_codes", {})
    return {str(code): str(label) for code, label in codes.items()}


@cache
def _code_line() -> re.Pattern[str]:
    codes = sorted(field_codes(), key=len, reverse=True)
    return re.compile(
        r"^(?P<code>" + "|".join(map(re.escape, codes)) + r")(?:\s+|$)" if codes else "(?!)"
    )


def _code(text: str) -> re.Match[str] | None:
    return _code_line().match(text.strip())


def _runs(paras: list[Paragraph]) -> list[int]:
    """The indices of the paragraphs in runs of ``FIELD_CODE_RUN`` code lines or more."""
    found: list[int] = []
    run: list[int] = []
    for i, p in enumerate([*paras, None]):
        if p is not None and _code(p.text):
            run.append(i)
            continue
        found += run if len(run) >= FIELD_CODE_RUN else []
        run = []
    return found


def label_field_codes(paras: list[Paragraph]) -> None:
    """Read the field codes of a database export as labels (in place): in a run of code
    lines, a code with a label in ``database_field_codes`` is replaced by it. A line with a
    code and nothing else keeps its text."""
    for i in _runs(paras):
        text = paras[i].text.strip()
        match = _code(text)
        value = text[match.end() :] if match else ""
        label = field_codes()[match.group("code")] if match else ""
        if label and value:
            paras[i].text = f"{label} {value}"
