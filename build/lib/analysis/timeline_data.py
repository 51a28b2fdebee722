"""The data files of the timeline modules (``analysis/data``): reading them and the
error a broken one raises."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from typing import Any

import yaml

from analysis.errors import AnalysisError


def _data_text(name: str) -> str:
    return resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")


class TimelineDataError(AnalysisError):
    """A timeline data file in ``analysis/data`` cannot be read."""


def _read_yaml(name: str, build: Callable[[Any], Any]) -> Any:
    """``build`` applied to the YAML file ``analysis/data/<name>``; any problem in the file
    raises ``TimelineDataError`` naming it."""
    try:
        return build(yaml.safe_load(_data_text(name)))
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise TimelineDataError(
            f"analysis/data/{name} cannot be used ({type(exc).__name__}: {exc}); fix the "
            "entry it names (see the comments at the top of the file) or restore it with git"
        ) from exc
