"""The data files of the timeline modules (``analysis/data``): reading them and the
error a broken one raises."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from analysis.core.data_files import data_dir, load_data_file
from analysis.core.errors import DataFileError


def _data_text(name: str) -> str:
    """The text of ``analysis/data/<name>`` (a test may replace this to feed a broken copy)."""
    return (data_dir() / name).read_text(encoding="utf-8")


class TimelineDataError(DataFileError):
    """A timeline data file in ``analysis/data`` cannot be read."""


def _read_yaml(name: str, build: Callable[[Any], Any]) -> Any:
    """``build`` applied to the YAML file ``analysis/data/<name>`` (checked against its
    schema); any problem in the file raises ``TimelineDataError`` naming it."""
    data = load_data_file(name, text=_data_text(name), error=TimelineDataError)
    try:
        return build(data)
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise TimelineDataError(
            f"analysis/data/{name} cannot be used ({type(exc).__name__}: {exc}); fix the "
            "entry it names (see the comments at the top of the file) or restore it with git"
        ) from exc
