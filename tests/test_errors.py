"""The package's errors (``analysis/core/errors.py``): names made safe to print on one line, data-
file errors that keep their file, entry and fix across processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.core.data_files import (
    load_data_file,
)
from analysis.core.errors import DataFileError, safe_name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain name.txt", "plain name.txt"),
        ("Việt Nam – đối ngoại.txt", "Việt Nam – đối ngoại.txt"),
        ("a\nb\rc\td.txt", "a\\nb\\rc\\td.txt"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("bidi\u202etxt.exe", "bidi\\u202etxt.exe"),
        ("undecodable \udce9.txt", "undecodable \\xe9.txt"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_safe_name_escapes_what_could_forge_a_line_or_drive_a_terminal(
    name: str, shown: str
) -> None:
    assert safe_name(name) == shown
    assert safe_name("x" * 500, limit=20) == "x" * 19 + "…"


def test_the_error_keeps_file_entry_and_fix_across_processes(tmp_path: Path):
    """A worker process's error reaches the parent whole (it is pickled)."""
    import pickle

    from analysis.annotators.gazetteer import GazetteerError

    copy = tmp_path / "outlets.yaml"
    copy.write_text("outlets: []\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_data_file("outlets.yaml", path=copy, error=GazetteerError)
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is GazetteerError and str(again) == str(info.value)
    assert (again.file, again.entry, again.fix) == (str(copy), "outlets", info.value.fix)
