"""The per-document page ("Document profile"), declared as data and shown in a notebook.

``analysis/data/document_page.yaml`` declares the page: an introduction and sections, each
with prose (Markdown) and one table made by an ``analysis.analyses.profile`` function, drawn by
``analysis.site.notebook.table_html``. ``load_document_page`` reads and checks it. The same
declaration drives both places the page appears, so they cannot drift apart:
``notebooks/document.ipynb`` calls ``show_document_page(corpus, doc_id)`` for one document in
JupyterLab, and the report site renders every document's page from it without a kernel
(``analysis.site.document_pages``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

import pandas as pd

from analysis.analyses import profile
from analysis.core.errors import DataFileError
from analysis.ingest.corpus import Corpus
from analysis.site.notebook import TABLE_CSS, table_html

DECLARATION = Path(__file__).resolve().parents[1] / "data" / "document_page.yaml"
#: The profile functions a section may show, each with its whole-corpus form and the
#: expensive table that form takes (computed once by ``precompute``), if any.
PROFILE_TABLES: dict[str, tuple[Callable[..., pd.DataFrame], str | None]] = {
    "document_metadata": (profile.metadata_by_document, None),
    "document_outline": (profile.outline_by_document, None),
    "document_themes": (profile.themes_by_document, "hits"),
    "document_keyterms": (profile.keyterms_by_document, "keyness"),
    "document_event_list": (profile.events_by_document, "sources"),
}
SECTION_KEYS = frozenset({"heading", "text", "table", "arguments", "caption", "what", "max_rows"})


class PageDeclarationError(DataFileError):
    """The document page's declaration (``document_page.yaml``) cannot be used."""


@dataclass(frozen=True)
class Section:
    """One section of the document page: a heading, its prose and one profile table."""

    heading: str
    text: str  # Markdown
    table: str  # a key of PROFILE_TABLES
    arguments: Mapping[str, object] = field(default_factory=dict)
    caption: str = ""  # a string.Template: $doc_id is the document's id
    what: str = "rows"
    max_rows: int = 20

    @property
    def markdown(self) -> str:
        """The section's heading and prose as Markdown."""
        return f"## {self.heading}\n\n{self.text}"

    def show(self, doc_id: str) -> dict[str, object]:
        """The ``table_html`` keywords that draw this section's table for ``doc_id``."""
        caption = Template(self.caption).substitute(doc_id=doc_id)
        return {"max_rows": self.max_rows, "caption": caption, "what": self.what}

    def for_document(self, corpus: Corpus, doc_id: str) -> pd.DataFrame:
        """The section's table for one document (the ``analysis.analyses.profile`` function)."""
        return getattr(profile, self.table)(corpus, doc_id, **self.arguments)

    def for_corpus(self, corpus: Corpus, given: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
        """The section's table for every document of ``corpus`` at once (``doc_id`` column),
        from the whole-corpus form of the profile function and the ``given`` expensive
        tables."""
        function, expensive = PROFILE_TABLES[self.table]
        kwargs = dict(self.arguments)
        if expensive:
            kwargs[expensive] = given[expensive]
        return function(corpus, **kwargs)

    def html(self, frame: pd.DataFrame, doc_id: str) -> str:
        """One document's ``frame`` drawn as the notebook draws it (its stylesheet is left
        to the page's head)."""
        return table_html(frame, **self.show(doc_id)).removeprefix(TABLE_CSS)  # type: ignore[arg-type]


@dataclass(frozen=True)
class DocumentPage:
    """The declared document page: an introduction (Markdown) and its sections."""

    intro: str
    sections: tuple[Section, ...]


def _section(entry: object, where: str) -> Section:
    """One declared section, checked; ``PageDeclarationError`` names what is wrong."""
    if not isinstance(entry, dict):
        raise PageDeclarationError(f"{where}: expected a mapping of {sorted(SECTION_KEYS)}")
    unknown = sorted(set(entry) - SECTION_KEYS)
    missing = sorted({"heading", "text", "table"} - set(entry))
    if unknown or missing:
        raise PageDeclarationError(
            f"{where}: unknown keys {unknown}, missing keys {missing}; a section takes "
            f"{sorted(SECTION_KEYS)}"
        )
    if entry["table"] not in PROFILE_TABLES:
        raise PageDeclarationError(
            f"{where}: table {entry['table']!r} is not one of {sorted(PROFILE_TABLES)}"
        )
    arguments = entry.get("arguments") or {}
    if not isinstance(arguments, dict):
        raise PageDeclarationError(f"{where}: arguments must be a mapping of name: value")
    max_rows = entry.get("max_rows", 20)
    if isinstance(max_rows, bool) or not isinstance(max_rows, int) or max_rows < 1:
        raise PageDeclarationError(f"{where}: max_rows must be a whole number >= 1")
    section = Section(
        heading=str(entry["heading"]),
        text=str(entry["text"]),
        table=str(entry["table"]),
        arguments=dict(arguments),
        caption=str(entry.get("caption") or ""),
        what=str(entry.get("what") or "rows"),
        max_rows=max_rows,
    )
    try:
        section.show("doc")
    except (KeyError, ValueError) as exc:
        raise PageDeclarationError(
            f"{where}: caption {section.caption!r} may only use $doc_id ({exc!r})"
        ) from exc
    return section


def load_document_page(path: Path | None = None) -> DocumentPage:
    """The declared document page in ``path`` (default ``DECLARATION``), checked.

    Raises ``PageDeclarationError`` naming the file and the section that cannot be used."""
    from analysis.core.data_files import load_data_file

    path = path or DECLARATION
    data = load_data_file("document_page.yaml", path=path, error=PageDeclarationError)
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        raise PageDeclarationError(f"{path}: expected 'intro' and a list of 'sections'")
    sections = tuple(
        _section(entry, f"{path.name} section {n}")
        for n, entry in enumerate(data["sections"], start=1)
    )
    return DocumentPage(str(data.get("intro") or ""), sections)


def show_document_page(corpus: Corpus, doc_id: str, page: DocumentPage | None = None) -> None:
    """Show the declared document page for ``doc_id`` in a notebook: the introduction, then
    each section's prose and table (what the site's page of that document shows)."""
    from IPython.display import Markdown, display

    from analysis.site.notebook import show_table

    page = page or load_document_page()
    display(Markdown(page.intro))
    for section in page.sections:
        display(Markdown(section.markdown))
        show_table(section.for_document(corpus, doc_id), **section.show(doc_id))  # type: ignore[arg-type]
