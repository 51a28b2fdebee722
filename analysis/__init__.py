"""Corpus analysis of articles on the Communist Party of Vietnam's external relations.

The entry point for most work is ``load_corpus``; see ``analysis.core.schema`` for the tables.
The package is laid out as the pipeline: ``core`` (shared base) < ``dates`` < ``ingest`` <
``annotators`` < ``analyses`` < ``plots`` < ``site`` < ``cli``; a module imports only from
stages before its own (the import-linter contract in ``pyproject.toml``).

The public names are loaded at first use (PEP 562 module ``__getattr__``), so
``import analysis`` and ``import analysis.core.errors`` do not import pandas, scikit-learn or
the annotators; ``from analysis import load_corpus`` imports what that name needs.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.annotators.annotate import Annotations, annotate
    from analysis.ingest.corpus import Corpus, load_corpus

# public name -> the module that defines it
_LAZY = {
    "Annotations": "analysis.annotators.annotate",
    "Corpus": "analysis.ingest.corpus",
    "annotate": "analysis.annotators.annotate",
    "load_corpus": "analysis.ingest.corpus",
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
    else:
        value = _submodule(__name__, name)  # ``analysis.core`` without importing it first
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the lazy public ones included."""
    return sorted({*globals(), *__all__})


def _submodule(package: str, name: str) -> ModuleType:
    """``package.name`` imported, or the ``AttributeError`` of a missing attribute."""
    if not name.startswith("_") and find_spec(f"{package}.{name}") is not None:
        return import_module(f"{package}.{name}")
    raise AttributeError(f"module {package!r} has no attribute {name!r}")


def submodules_on_demand(package: str) -> Callable[[str], ModuleType]:
    """A module ``__getattr__`` for a stage folder: ``analysis.core.errors`` works after
    ``import analysis`` alone, importing the submodule at first use."""

    def __getattr__(name: str) -> ModuleType:
        return _submodule(package, name)

    return __getattr__
