"""The one way this package reads its data files (``analysis/data``) and an analyst's
copies of them: parse, check against the file's schema, and raise one ``DataFileError``
naming the file, the entry and the fix.

Each data file ``NAME.EXT`` has a JSON Schema in ``analysis/data/schemas/NAME.schema.yaml``
(written in YAML so it can carry comments). What is checked is the parsed content:

- ``.yaml``: the document (read with ``load_yaml``: safe tags, no anchors or aliases);
- ``.csv``: the rows as a list of ``{column: text}`` (leading ``#`` lines are comments;
  every cell is a string, so numbers and dates are checked with ``pattern``); the
  schema's ``items.required`` are the columns the header must have;
- ``.txt``: the list of non-empty lines, ``#`` starting a comment.

``load_data_file`` returns the YAML data, a ``DataFrame`` of strings for a CSV (the
line number of its first row in ``.attrs["first_line"]``) or the list of words of a
text file. It does not cache: the modules that use a file keep what they build from it.
The schemas are checked with ``fastjsonschema`` (compiled once per file, imported at the
first load), so importing this module costs nothing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis.core.errors import DataFileError
from analysis.core.yaml_files import load_yaml

SCHEMA_FOLDER = "schemas"
DEFAULT_FIX = "see the comments at the top of the file, or restore it with git"


def data_dir() -> Path:
    """The folder of the data files shipped with the package."""
    return Path(str(resources.files("analysis") / "data"))


def data_file_names() -> list[str]:
    """Names of every data file shipped with the package (schemas excluded), sorted."""
    return sorted(p.name for p in data_dir().iterdir() if p.is_file())


def schema_path(name: str) -> Path:
    """Path of the schema of the data file ``name`` (``outlets.yaml`` ->
    ``schemas/outlets.schema.yaml``)."""
    return data_dir() / SCHEMA_FOLDER / f"{Path(name).stem}.schema.yaml"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of the data file ``name`` (read once)."""
    path = schema_path(name)
    if not path.is_file():
        raise DataFileError(
            f"{name}: no schema; add {SCHEMA_FOLDER}/{path.name} next to the data files",
            file=name,
            entry="(schema)",
            fix=f"add {SCHEMA_FOLDER}/{path.name}",
        )
    return load_yaml(path.read_text(encoding="utf-8"), str(path))


def _fail(
    error: type[DataFileError], file: str, entry: str, problem: str, fix: str = DEFAULT_FIX
) -> DataFileError:
    """``error`` whose one-line message names the file, the entry, the problem and the fix."""
    message = f"{file}: {entry}: {problem}; fix: {fix}"
    return error(" ".join(message.split()), file=file, entry=entry, fix=fix)


def _entry(parts: list[Any], kind: str, lines: list[int]) -> str:
    """``outlets[12].markers`` for a YAML path; ``line 7, column ordinal`` for a CSV row
    or ``line 7`` for a text file's word (``lines``: the line of each row or word)."""
    if kind in (".csv", ".txt") and parts and isinstance(parts[0], int):
        where = f"line {lines[parts[0]]}"
        return f"{where}, column {parts[1]}" if len(parts) > 1 else where
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(whole file)"


def _read_csv(text: str, file: str, error: type[DataFileError]) -> pd.DataFrame:
    """A CSV whose leading ``#`` and blank lines are comments, every cell a string."""
    lines = text.splitlines(keepends=True)
    skip = 0
    while skip < len(lines) and (lines[skip].startswith("#") or not lines[skip].strip()):
        skip += 1
    try:
        table = pd.read_csv(io.StringIO("".join(lines[skip:])), dtype="str", keep_default_na=False)
    except (ValueError, pd.errors.ParserError) as exc:
        raise _fail(error, file, "(file)", f"is not valid CSV ({exc})") from None
    table.attrs["first_line"] = skip + 2
    return table


def _read_words(text: str) -> tuple[list[str], list[int]]:
    """The words of a one-per-line list (``#`` starts a comment) and their line numbers."""
    words, lines = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
            lines.append(number)
    return words, lines


def _parse(text: str, kind: str, file: str, error: type[DataFileError]) -> tuple[Any, Any, list]:
    """(what ``load_data_file`` returns, what the schema checks, line of each row)."""
    if kind == ".csv":
        table = _read_csv(text, file, error)
        first = table.attrs["first_line"]
        return table, table.to_dict("records"), list(range(first, first + len(table)))
    if kind == ".txt":
        words, lines = _read_words(text)
        return words, words, lines
    try:
        data = load_yaml(text, file)
    except yaml.YAMLError as exc:
        raise _fail(error, file, "(file)", f"is not valid YAML ({exc})") from None
    return data, data, []


def _check_columns(table: pd.DataFrame, schema: dict[str, Any], file: str, error: type) -> None:
    """A CSV's header has every column the schema requires."""
    required = schema.get("items", {}).get("required", [])
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise _fail(
            error,
            file,
            "header",
            f"lacks column(s) {missing}",
            f"add the column(s) to the first line after the comments ({', '.join(required)})",
        )


@cache
def _validator(name: str) -> Callable[[Any], Any]:
    """The compiled check of the schema of data file ``name`` (compiled once)."""
    import fastjsonschema

    return fastjsonschema.compile(load_schema(name))


def _path_parts(data: Any, path: list[str]) -> list[Any]:
    """A fastjsonschema path (``['data', 'outlets', '12', 'markers']``) as keys and list
    indexes of ``data`` (``['outlets', 12, 'markers']``)."""
    parts: list[Any] = []
    node = data
    for part in path[1:]:
        key: Any = part
        if isinstance(node, list) and part.isdigit():
            key = int(part)
        elif isinstance(node, dict) and key not in node and part.lstrip("-").isdigit():
            key = int(part) if int(part) in node else part  # a YAML key read as a number
        parts.append(key)
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            node = None
    return parts


def validate_data(
    data: Any,
    name: str,
    file: str,
    *,
    kind: str = ".yaml",
    lines: list[int] | None = None,
    error: type[DataFileError] = DataFileError,
) -> None:
    """Raise ``error`` naming the first entry of ``data`` that breaks the schema of the
    data file ``name``, the problem and the fix (the ``description`` of the part of the
    schema it breaks)."""
    import fastjsonschema

    try:
        _validator(name)(data)
    except fastjsonschema.JsonSchemaValueException as found:
        parts = _path_parts(data, list(found.path or ["data"]))
        problem = found.message.removeprefix(str(found.name)).strip()
        if found.rule == "required" and isinstance(found.value, dict):
            missing = [k for k in found.rule_definition if k not in found.value]
            parts.append(missing[0] if missing else "?")
            problem = f"is missing (required here: {', '.join(map(repr, found.rule_definition))})"
        else:
            shown = repr(found.value)
            problem += f" (found {shown if len(shown) <= 80 else shown[:79] + '…'})"
        definition = found.definition if isinstance(found.definition, dict) else {}
        fix = str(definition.get("description", DEFAULT_FIX))
        raise _fail(error, file, _entry(parts, kind, lines or []), problem, fix) from None


def load_data_file(
    name: str,
    *,
    path: str | Path | None = None,
    text: str | None = None,
    source: str | None = None,
    error: type[DataFileError] = DataFileError,
) -> Any:
    """The content of the data file ``name`` (``outlets.yaml``, ``periods.csv`` ...),
    checked against its schema.

    Read from the package's ``analysis/data`` unless ``path`` (an analyst's copy) or
    ``text`` (already read) is given; ``source`` is how messages name the file
    (``analysis/data/<name>`` or the path by default). Any problem raises ``error`` (a
    ``DataFileError``) naming the file, the entry and the fix.

    >>> load_data_file("periods.csv")["period"].tolist()[:2]
    ['11th', '12th']
    """
    kind = Path(name).suffix
    where = Path(path) if path is not None else data_dir() / name
    file = source or (str(where) if path is not None else f"analysis/data/{name}")
    if text is None:
        try:
            text = where.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(
                error,
                file,
                "(file)",
                f"cannot be read ({exc})",
                "restore it or pass the right path",
            ) from None
    result, checked, lines = _parse(text, kind, file, error)
    schema = load_schema(name)
    if kind == ".csv":
        _check_columns(result, schema, file, error)
    validate_data(checked, name, file, kind=kind, lines=lines, error=error)
    return result
