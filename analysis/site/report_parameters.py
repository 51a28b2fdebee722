"""Report parameters: what each notebook declares (read with ``papermill.inspect_notebook``
and checked), command-line values read as the declared types and checked against the
corpus before anything runs, and the plan of notebook runs (``plan_jobs``)."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import nbformat
import pandas as pd

from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus
from analysis.site.notebook import apply_filters
from analysis.site.report_types import (
    FILTER_PARAMETERS,
    PER_DOCUMENT_PARAMETER,
    Job,
    NotebookSpec,
    Parameter,
    ReportError,
)

# --- 1. notebooks and their parameters ----------------------------------------------


_ASSIGNED = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)")


def _comments_above(lines: Sequence[str], number: int) -> str:
    """The comment lines just above line ``number`` (0-based) of a cell, joined."""
    above: list[str] = []
    while number > 0 and lines[number - 1].lstrip().startswith("#"):
        number -= 1
        above.insert(0, lines[number].lstrip().lstrip("#").strip())
    return " ".join(above)


def read_parameters(
    path: Path, notebook: nbformat.NotebookNode | None = None
) -> dict[str, Parameter]:
    """The parameters a notebook declares, as ``papermill.inspect_notebook`` reads its cell
    tagged ``parameters``, each with its help text (the comment at the end of its line, or
    the comment lines just above it).

    Checked here, because papermill skips what it cannot read: the cell exists, every
    assignment in it is one papermill read, and every default is a literal (string, number,
    boolean, list). Raises ``ReportError`` naming the notebook and the line."""
    import papermill

    notebook = notebook or nbformat.read(path, as_version=4)
    cells = [c for c in notebook.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        raise ReportError(f"{path}: no cell tagged 'parameters'; tag the first code cell")
    declared = papermill.inspect_notebook(str(path))
    lines = cells[0].source.splitlines()
    params: dict[str, Parameter] = {}
    for number, line in enumerate(lines):
        match = _ASSIGNED.match(line)
        if not match:
            continue
        name = match["name"]
        found = declared.get(name)
        read = f"papermill reads {name} = {found['default']}" if found else "papermill skips it"
        try:
            if found is None:
                raise ValueError(line)
            value = ast.literal_eval(found["default"])
        except (ValueError, SyntaxError) as exc:
            raise ReportError(
                f"{path}: parameters cell line {number + 1} is not 'name = literal' "
                f"(a string, number, boolean or list; {read})"
            ) from exc
        help_text = found["help"] or _comments_above(lines, number)
        params[name] = Parameter(name, value, help_text)
    return params


def select_notebooks(specs: Sequence[NotebookSpec], only: Sequence[str]) -> list[NotebookSpec]:
    """The site notebooks, or the ones named in ``only`` (which must exist)."""
    if not only:
        return [s for s in specs if s.in_site]
    names = {s.name: s for s in specs}
    unknown = [n for n in only if n not in names]
    if unknown:
        raise ParameterError("--only", unknown[0], f"must be one of {sorted(names)}")
    return [names[n] for n in dict.fromkeys(only)]


# --- 2. parameter values -------------------------------------------------------------


def coerce_value(param: Parameter, raw: str) -> object:
    """Read a command-line string as a value of the parameter's declared type.

    Lists take a JSON list or comma-separated items; booleans take true/false/yes/no/1/0.
    Strings are taken as they are: a value is data, never code.
    """
    kind = param.kind
    if kind is str:
        return raw
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered not in {"true", "false", "yes", "no", "1", "0"}:
                raise ValueError(raw)
            return lowered in {"true", "yes", "1"}
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
        if kind is list:
            if raw.strip().startswith("["):
                value = json.loads(raw)
                if not isinstance(value, list):
                    raise ValueError(raw)
                return value
            return [item.strip() for item in raw.split(",") if item.strip()]
    except (ValueError, json.JSONDecodeError) as exc:
        raise ParameterError(
            param.name,
            raw,
            f"expected {kind.__name__} (the notebook's default is {param.default!r})",
        ) from exc
    raise ParameterError(
        param.name, raw, f"type {kind.__name__} cannot be set from the command line"
    )


def parse_date_bound(name: str, value: str) -> pd.Timestamp | None:
    """A ``date_from``/``date_to`` value ("YYYY", "YYYY-MM" or "YYYY-MM-DD") as a Timestamp."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return pd.Timestamp(dt.datetime.strptime(value, fmt))
        except ValueError:
            continue
    raise ParameterError(name, value, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY")


def _check_members(name: str, values: Sequence[object], accepted: Sequence[str]) -> None:
    for value in values:
        if value not in accepted:
            shown = ", ".join(repr(a) for a in list(accepted)[:12])
            more = f" (and {len(accepted) - 12} more)" if len(accepted) > 12 else ""
            raise ParameterError(name, value, f"accepted values: {shown}{more}")


def _check_positive(name: str, value: object, minimum: int = 1) -> None:
    if not isinstance(value, int) or value < minimum:
        raise ParameterError(name, value, f"expected a whole number >= {minimum}")


def _check_themes(value: object, typed: Mapping[str, object]) -> None:
    from analysis.annotators.theme_dictionary import ThemeDictionaryError, resolve_themes

    try:
        resolve_themes(str(typed.get("theme_file") or "") or None, list(value or []))
    except ThemeDictionaryError as exc:
        raise ParameterError("theme_file", typed.get("theme_file"), str(exc)) from exc


def _check_theme_file(value: object, typed: Mapping[str, object]) -> None:
    if value and not Path(str(value)).is_file():
        raise ParameterError(
            "theme_file",
            value,
            "no such file; give the path of a YAML theme "
            "dictionary (see analysis/data/themes.yaml for the format)",
        )
    _check_themes(typed.get("themes", []), typed)


def _check_event_types(value: object, typed: Mapping[str, object]) -> None:
    from analysis.annotators.timeline import load_event_types

    _check_members("event_types", list(value or []), [t.id for t in load_event_types()])


#: Checks for parameters that notebooks declare: name -> check(value, corpus, all typed values).
VALUE_CHECKS: dict[str, Callable[[object, Corpus, Mapping[str, object]], None]] = {
    "outlets": lambda v, c, _: _check_members(
        "outlets", v, sorted(set(c.held_documents()["outlet"]) - {""})
    ),
    "doc_ids": lambda v, c, _: _check_members("doc_ids", v, c.held_documents()["doc_id"].tolist()),
    "doc_id": lambda v, c, _: _check_members(
        "doc_id", [v] if v else [], c.held_documents()["doc_id"].tolist()
    ),
    "granularity": lambda v, c, _: _check_members("granularity", [v], ["month", "quarter", "year"]),
    "top_n": lambda v, c, _: _check_positive("top_n", v),
    "k_topics": lambda v, c, _: _check_positive("k_topics", v, minimum=2),
    "themes": lambda v, c, typed: _check_themes(v, typed),
    "theme_file": lambda v, c, typed: _check_theme_file(v, typed),
    "event_types": lambda v, c, typed: _check_event_types(v, typed),
}


def validate_parameters(
    specs: Sequence[NotebookSpec], raw: Mapping[str, str], corpus: Corpus
) -> dict[str, object]:
    """Type every ``--param`` by the notebooks' declared defaults and check it against the
    corpus. Raises ``ParameterError`` naming the parameter and the accepted values."""
    declared: dict[str, Parameter] = {}
    for spec in specs:
        for name, param in spec.parameters.items():
            declared.setdefault(name, param)
    typed: dict[str, object] = {}
    for name, value in raw.items():
        if name not in declared:
            accepted = ", ".join(sorted(declared))
            raise ParameterError(
                name, value, f"no selected notebook declares it; accepted names: {accepted}"
            )
        typed[name] = coerce_value(declared[name], value)
    for name, value in typed.items():
        if name in VALUE_CHECKS:
            VALUE_CHECKS[name](value, corpus, typed)
    bounds = {n: parse_date_bound(n, str(typed.get(n, ""))) for n in ("date_from", "date_to")}
    if bounds["date_from"] and bounds["date_to"] and bounds["date_from"] > bounds["date_to"]:
        raise ParameterError(
            "date_from", typed["date_from"], f"must not be after date_to = {typed['date_to']!r}"
        )
    if "k_topics" in declared:  # the default too: a small selection cannot hold 6 topics
        check_k_topics(typed.get("k_topics", declared["k_topics"].default), corpus, typed)
    return typed


def check_k_topics(k: object, corpus: Corpus, typed: Mapping[str, object]) -> None:
    """``k_topics`` must be below the number of lede and body paragraphs of the filtered
    corpus (the topic model's bound); a selection without any has no topics to find and
    passes (its report shows an empty table). The paragraphs are counted on the corpus's
    tables as held: their text (and ``raw``, made from it) is neither read nor made in the
    build process, which forks the annotation's workers next."""
    from analysis.analyses.topics import TOPIC_KINDS
    from analysis.annotators.theme_coding import content_paragraph_rows

    _check_positive("k_topics", k, minimum=2)
    filters = {n: typed[n] for n in FILTER_PARAMETERS if n in typed}
    n = len(content_paragraph_rows(apply_filters(corpus, **filters), kinds=TOPIC_KINDS))
    if n and k >= n:  # type: ignore[operator]
        fix = (
            f"pass --param k_topics=N with N between 2 and {n - 1}"
            if n > 2
            else "select more documents (or fewer filters)"
        )
        raise ParameterError(
            "k_topics", k, f"the selected documents have only {n} lede and body paragraphs; {fix}"
        )


def plan_jobs(
    specs: Sequence[NotebookSpec], typed: Mapping[str, object], corpus: Corpus, seeds_dir: Path
) -> list[Job]:
    """One job per site notebook, and one per document for per-document notebooks (its page
    ``docs/<page_name(doc_id)>``)."""
    from analysis.site.document_pages import page_name

    jobs = []
    filters = {k: typed[k] for k in FILTER_PARAMETERS if k in typed}
    for spec in specs:
        params = {n: v for n, v in typed.items() if n in spec.parameters}
        if "seeds_dir" in spec.parameters:
            params["seeds_dir"] = str(seeds_dir)
        if not spec.per_document:
            jobs.append(Job(spec, params, f"{spec.name}.html", spec.name))
            continue
        kept = apply_filters(corpus, **filters).held_documents()["doc_id"].tolist()
        chosen = kept
        if typed.get(PER_DOCUMENT_PARAMETER):
            chosen = [typed[PER_DOCUMENT_PARAMETER]]
            if chosen[0] not in kept:
                raise ParameterError(
                    PER_DOCUMENT_PARAMETER,
                    chosen[0],
                    f"the filters {sorted(filters)} leave it out; {len(kept)} documents remain",
                )
        for doc_id in chosen:
            jobs.append(
                Job(
                    spec,
                    {**params, PER_DOCUMENT_PARAMETER: doc_id},
                    f"docs/{page_name(doc_id)}",
                    f"{spec.name} {doc_id}",
                )
            )
    return jobs
