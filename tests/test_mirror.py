"""The tests mirror the modules: every module of ``analysis`` (other than ``__init__`` and
``__main__``) has its own test file in ``tests/``, so a new module cannot come without one.

The rule: module ``analysis/.../<folder>/<name>.py`` is tested in ``tests/test_<name>.py``.
Where several modules (or a module and a package) share a name, the one(s) nearest the
top of the package keep ``tests/test_<name>.py`` and a deeper one is tested in
``tests/test_<folder>_<name>.py``: ``analysis/ingest/bylines.py`` in ``test_bylines.py``,
``analysis/ingest/layout/bylines.py`` in ``test_layout_bylines.py``, and
``analysis/ingest/layout/dates.py`` in ``test_layout_dates.py`` (``test_dates.py`` tests
the package ``analysis.dates``). Modules of the same name at the same depth
(``analysis/annotators/themes.py`` and ``analysis/plots/themes.py``) share one file.
"""

from __future__ import annotations

import pkgutil
from collections import defaultdict
from pathlib import Path

import analysis

TESTS = Path(__file__).resolve().parent


def walk(paths: list[str], prefix: str) -> list[tuple[str, bool]]:
    """Every module and package under ``paths`` as (dotted name, is a package), found with
    ``pkgutil.iter_modules`` folder by folder (nothing is imported)."""
    found = []
    for info in pkgutil.iter_modules(paths, prefix):
        found.append((info.name, info.ispkg))
        if info.ispkg:
            folder = Path(info.module_finder.path) / info.name.rsplit(".", 1)[-1]
            found += walk([str(folder)], info.name + ".")
    return found


def expected_test_files(names: list[tuple[str, bool]]) -> dict[str, str]:
    """The test file each module needs under the rule of the module docstring, by module."""
    depth_by_name: dict[str, list[int]] = defaultdict(list)
    for dotted, _ in names:
        depth_by_name[dotted.rsplit(".", 1)[-1]].append(dotted.count("."))
    expected = {}
    for dotted, is_package in names:
        *parents, name = dotted.split(".")
        if is_package or name == "__main__":
            continue
        shallowest = min(depth_by_name[name])
        if dotted.count(".") == shallowest:
            expected[dotted] = f"test_{name}.py"
        else:
            expected[dotted] = f"test_{parents[-1]}_{name}.py"
    return expected


def missing_test_files(names: list[tuple[str, bool]], tests: Path) -> list[str]:
    """``module -> tests/<file>`` for every module whose test file does not exist."""
    return [
        f"{module} -> tests/{file}"
        for module, file in sorted(expected_test_files(names).items())
        if not (tests / file).is_file()
    ]


def test_every_module_has_its_test_file() -> None:
    names = walk(list(analysis.__path__), "analysis.")
    assert len(names) > 50  # the walk found the package
    missing = missing_test_files(names, TESTS)
    assert not missing, "modules without a test file:\n" + "\n".join(missing)


def test_the_rule_on_invented_modules(tmp_path: Path) -> None:
    names = [
        ("pkg.cli", False),
        ("pkg.__main__", False),
        ("pkg.dates", True),
        ("pkg.dates.scan", False),
        ("pkg.ingest", True),
        ("pkg.ingest.bylines", False),
        ("pkg.ingest.layout", True),
        ("pkg.ingest.layout.bylines", False),
        ("pkg.ingest.layout.dates", False),
        ("pkg.annotators.themes", False),
        ("pkg.plots.themes", False),
    ]
    assert expected_test_files(names) == {
        "pkg.cli": "test_cli.py",
        "pkg.dates.scan": "test_scan.py",
        "pkg.ingest.bylines": "test_bylines.py",
        "pkg.ingest.layout.bylines": "test_layout_bylines.py",
        "pkg.ingest.layout.dates": "test_layout_dates.py",
        "pkg.annotators.themes": "test_themes.py",
        "pkg.plots.themes": "test_themes.py",
    }
    for file in ("test_cli.py", "test_scan.py", "test_bylines.py", "test_themes.py"):
        (tmp_path / file).write_text("")
    assert missing_test_files(names, tmp_path) == [
        "pkg.ingest.layout.bylines -> tests/test_layout_bylines.py",
        "pkg.ingest.layout.dates -> tests/test_layout_dates.py",
    ]


def test_walk_finds_nested_modules_without_importing(tmp_path: Path) -> None:
    package = tmp_path / "toy"
    (package / "inner").mkdir(parents=True)
    for path in ("__init__.py", "a.py", "inner/__init__.py", "inner/b.py"):
        (package / path).write_text("raise RuntimeError('imported')\n")
    assert sorted(walk([str(package)], "toy.")) == [
        ("toy.a", False),
        ("toy.inner", True),
        ("toy.inner.b", False),
    ]
