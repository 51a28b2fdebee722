"""The report build's vocabulary: its errors, a notebook's declared parameters, a planned
run of a notebook (``Job``) and what a build produced (``BuildResult``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.core.errors import AnalysisError

if TYPE_CHECKING:
    from collections.abc import Mapping

PER_DOCUMENT_PARAMETER = "doc_id"
FILTER_PARAMETERS = ("outlets", "date_from", "date_to", "doc_ids")


class ReportError(AnalysisError):
    """The report build could not finish."""


class NotebookFailedError(ReportError):
    """A notebook raised, timed out or lost its kernel while running."""

    def __init__(
        self, notebook: str, problem: str, kept: Path | None, kernel_log: Path | None = None
    ) -> None:
        self.notebook, self.problem, self.kept = notebook, problem, kept
        self.kernel_log = kernel_log
        where = f" What it ran is kept in {kept} for debugging." if kept else ""
        if kernel_log:
            where += f" What its kernel wrote outside the notebook is in {kernel_log}."
        super().__init__(
            f"Notebook {notebook!r} failed: {problem}.{where} "
            "The previous reports were left as they were."
        )


@dataclass(frozen=True)
class Parameter:
    """A parameter a notebook declares in its ``parameters`` cell."""

    name: str
    default: object
    help: str = ""

    @property
    def kind(self) -> type:
        """The Python type of the default, which every given value must have."""
        return type(self.default)


@dataclass(frozen=True)
class NotebookSpec:
    """A report notebook: where it is, what it declares, how it appears in the site."""

    name: str
    path: Path
    title: str
    summary: str
    order: int
    in_site: bool
    parameters: Mapping[str, Parameter]
    rendered: bool = False  # its pages are the declared document page, not a kernel

    @property
    def per_document(self) -> bool:
        """Whether the notebook is run once per document (it declares ``doc_id``)."""
        return PER_DOCUMENT_PARAMETER in self.parameters


@dataclass(frozen=True)
class Job:
    """One notebook run: the notebook, its parameters and the page it produces."""

    spec: NotebookSpec
    parameters: Mapping[str, object]
    page: str  # path of the HTML page relative to the site root
    label: str


@dataclass
class BuildResult:
    """What a build produced."""

    index: Path
    pages: list[tuple[Job, float]] = field(default_factory=list)
    seconds: float = 0.0
