"""Corpus analysis of articles on the Communist Party of Vietnam's external relations.

The entry point for most work is ``load_corpus``; see ``analysis.schema`` for the tables.

The public names are loaded at first use (PEP 562 module ``__getattr__``), so
``import analysis`` and ``import analysis.errors`` do not import pandas, scikit-learn or
the annotators; ``from analysis import load_corpus`` imports what that name needs.
"""

from __future__ import annotations

import sys
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.annotate import Annotations, annotate
    from analysis.corpus import Corpus, load_corpus

# public name -> the module that defines it
_LAZY = {
    "Annotations": "analysis.annotate",
    "Corpus": "analysis.corpus",
    "load_corpus": "analysis.corpus",
}

__all__ = ["Annotations", "Corpus", "__version__", "annotate", "load_corpus"]


def _version() -> str:
    """The installed distribution's version, or ``0+unknown`` in an uninstalled tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vn-diplomacy-corpus")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is used, and keep it."""
    if name == "__version__":
        value: Any = _version()
    elif name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
    elif not name.startswith("_") and find_spec(f"{__name__}.{name}") is not None:
        value = import_module(f"{__name__}.{name}")  # ``analysis.corpus`` without importing it
    else:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the lazy public ones included."""
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    """The package's module type: ``analysis.annotate`` is the function ``annotate``, as
    it was when this file imported it, even though a submodule of the same name exists
    (importing the submodule binds its name on the package; this property ignores that)."""

    @property
    def annotate(self) -> Any:
        """``analysis.annotate.annotate``, imported at first use."""
        return import_module("analysis.annotate").annotate

    @annotate.setter
    def annotate(self, _module: Any) -> None:
        """The import system binding the submodule: nothing to keep (sys.modules has it)."""


sys.modules[__name__].__class__ = _Package
