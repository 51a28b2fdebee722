"""The docstring examples (``>>>``) of every module of ``analysis`` run and hold.

The modules are found with ``pkgutil.walk_packages`` and their examples with
``doctest.DocTestFinder``, one test per module that has examples. This is used instead of
pytest's ``--doctest-modules``: that option collects the files under ``testpaths`` by path,
so it would need ``analysis`` added to the collected paths and would import every module
(``__main__`` included, which runs the command line) at collection time; here only the
modules are imported, by name, and ``__main__`` is left out.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import analysis

OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _raise(name: str) -> None:
    """A sub-package that cannot be imported fails the collection (walk_packages would
    otherwise skip its modules silently)."""
    raise ImportError(f"cannot import {name}")


def _modules_with_examples() -> list[str]:
    """The dotted names of the package's modules whose docstrings hold examples."""
    names = []
    finder = doctest.DocTestFinder()
    walk = pkgutil.walk_packages(analysis.__path__, prefix="analysis.", onerror=_raise)
    for info in walk:
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue
        module = importlib.import_module(info.name)
        if any(test.examples for test in finder.find(module)):
            names.append(info.name)
    return sorted(names)


MODULES = _modules_with_examples()


def test_examples_are_found() -> None:
    """The walk finds the modules known to carry examples (the finder is not silently empty)."""
    assert {"analysis.core.text", "analysis.core.normalize"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name: str) -> None:
    """Every example in the module's docstrings gives the output it shows."""
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner(optionflags=OPTIONS)
    for test in doctest.DocTestFinder().find(module):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
