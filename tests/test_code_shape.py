"""Issue 16's code-shape gates on ``analysis/``: no module over 500 lines, no function
over 60 lines (by ``ast``), no function or method above cyclomatic complexity 15 (by
radon). Each test names every offender, so that a merge cannot break a gate silently."""

from __future__ import annotations

import ast
from pathlib import Path

from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
MAX_COMPLEXITY = 15


def _modules() -> list[Path]:
    """Every Python module of the package, in path order."""
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    """A module's path from the repository root ("analysis/ingest/corpus.py")."""
    return path.relative_to(PACKAGE.parent).as_posix()


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int, int]]:
    """``(name, first line, lines)`` of each function or method of ``source`` (nested
    ones too) longer than ``limit`` lines, from its ``def`` to its last line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = node.end_lineno - node.lineno + 1
            if length > limit:
                found.append((node.name, node.lineno, length))
    return sorted(found, key=lambda f: f[1])


def complex_functions(source: str, limit: int = MAX_COMPLEXITY) -> list[tuple[str, int, int]]:
    """``(name, first line, complexity)`` of each function or method of ``source`` whose
    cyclomatic complexity (radon's ``cc_visit``) is above ``limit``; a class's own
    figure (radon's summary of its methods) is not a function's and is not read."""
    found = [
        (block.fullname, block.lineno, block.complexity)
        for block in cc_visit(source)
        if not hasattr(block, "methods") and block.complexity > limit
    ]
    return sorted(found, key=lambda f: f[1])


def test_the_checks_see_a_long_and_a_complex_function() -> None:
    body = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(40))
    source = f"class A:\n    def pick(self, x):\n{body.replace('    ', '        ')}"
    source += "        return -1\n\n\ndef short(x):\n    return x\n"
    assert long_functions(source) == [("pick", 2, 82)]
    assert complex_functions(source) == [("A.pick", 2, 41)]
    assert long_functions(source, limit=82) == []
    assert complex_functions(source, limit=41) == []


def test_no_module_over_500_lines() -> None:
    offenders = [
        f"{_name(path)}: {lines} lines"
        for path in _modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not offenders, f"modules over {MAX_MODULE_LINES} lines: " + "; ".join(offenders)


def test_no_function_over_60_lines() -> None:
    offenders = [
        f"{_name(path)}:{line} {name}: {length} lines"
        for path in _modules()
        for name, line, length in long_functions(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"functions over {MAX_FUNCTION_LINES} lines: " + "; ".join(offenders)


def test_no_function_above_complexity_15() -> None:
    offenders = [
        f"{_name(path)}:{line} {name}: complexity {complexity}"
        for path in _modules()
        for name, line, complexity in complex_functions(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"functions above complexity {MAX_COMPLEXITY}: " + "; ".join(offenders)
