"""Load a folder of article files into the core tables (see ``analysis.schema``).

    >>> from analysis import load_corpus
    >>> corpus = load_corpus("seeds")            # doctest: +SKIP
    >>> corpus.documents[["doc_id", "title", "outlet", "published"]]   # doctest: +SKIP

Every ``.txt`` file becomes one document unless it cannot be read, in which case it
is listed in ``rejected`` with the reason (or, with ``strict=True``, the load stops
with ``RejectedFileError``). Nothing is lost: each paragraph keeps its raw characters.
"""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import schema
from analysis.cache import CorpusCache, Parsed, cache_enabled, concat_parsed, default_cache_dir
from analysis.dates import DateMatch, parse_date
from analysis.dates.lexicon import MONTHS
from analysis.decode import UndecodableError, decode_bytes
from analysis.errors import AnalysisError, RejectedFileError, SeedsNotFoundError, safe_name
from analysis.layout import PARAGRAPH_ROW, outlet_from_url, paragraph_rows, read_article
from analysis.sidecar import SIDECAR_NAME, SidecarError, read_sidecar
from analysis.stories import mark_stories
from analysis.text import count_words, normalize_text, split_sentences_table

log = logging.getLogger(__name__)

DEFAULT_MAX_FILE_MB = 10.0
PROGRESS_EVERY = 250
PROJECT_ROOT = Path(__file__).resolve().parents[1]
# theme_coding.csv: a hand-coded sample for the theme validation (analysis.validation).
IGNORED_NAMES = {SIDECAR_NAME, "readme.md", "readme.txt", "theme_coding.csv"}
ENGINES = ("serial", "dask")
DASK_PARTITION_FILES = 500


class EngineError(AnalysisError, ValueError):
    """An unknown ``engine``, or one whose package is not installed."""


@dataclass(frozen=True)
class Corpus:
    """The core tables of one corpus. Frozen: every method returns a new ``Corpus``."""

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    rejected: pd.DataFrame
    seeds_dir: str = ""
    """The absolute seeds folder the corpus was read from ("" when not known). The ``path``
    columns are relative to it; ``file_path`` gives a file's absolute path."""

    def file_path(self, path: str) -> Path:
        """The absolute path of a ``documents.path`` or ``rejected.path`` value (for code
        that must open the file again; never for display)."""
        return Path(self.seeds_dir or ".") / path

    @property
    def corpus_hash(self) -> str:
        """Short hash of the documents' contents: the same files give the same hash."""
        lines = sorted(
            f"{d}:{s}"
            for d, s in zip(self.documents["doc_id"], self.documents["sha256"], strict=True)
        )
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self.documents)} documents, {len(self.paragraphs)} paragraphs, "
            f"{len(self.sentences)} sentences, {len(self.rejected)} rejected, "
            f"hash {self.corpus_hash})"
        )

    def select(self, doc_ids: Iterable[str]) -> Corpus:
        """A corpus holding only ``doc_ids`` (in their original order)."""
        keep = set(doc_ids)
        return replace(
            self,
            documents=self.documents[self.documents["doc_id"].isin(keep)].reset_index(drop=True),
            paragraphs=self.paragraphs[self.paragraphs["doc_id"].isin(keep)].reset_index(drop=True),
            sentences=self.sentences[self.sentences["doc_id"].isin(keep)].reset_index(drop=True),
        )

    def filter(
        self,
        *,
        outlets: Iterable[str] = (),
        date_from: str | pd.Timestamp | None = None,
        date_to: str | pd.Timestamp | None = None,
        doc_ids: Iterable[str] = (),
    ) -> Corpus:
        """Documents from any of ``outlets``, published within ``[date_from, date_to]``, and
        among ``doc_ids``; an empty filter keeps everything. Undated documents are left out
        as soon as a date bound is given."""
        docs = self.documents
        mask = pd.Series(True, index=docs.index)
        if outlets := list(outlets):
            mask &= docs["outlet"].isin(outlets)
        if doc_ids := list(doc_ids):
            mask &= docs["doc_id"].isin(doc_ids)
        if date_from:
            mask &= docs["published"] >= pd.Timestamp(date_from)
        if date_to:
            mask &= docs["published"] <= pd.Timestamp(date_to)
        return self.select(docs.loc[mask, "doc_id"])


# --- one file ------------------------------------------------------------------------


def _date_fields(match: DateMatch | None, source: str, evidence: str) -> dict[str, object]:
    if match is None or match.date_start is None:
        return {
            "published": pd.NaT,
            "published_precision": "",
            "date_source": "",
            "date_evidence": "",
        }
    precision = match.precision if match.precision in ("day", "month") else "year"
    return {
        "published": match.date_start,
        "published_precision": precision,
        "date_source": source,
        "date_evidence": evidence,
    }


def parse_document(
    doc_id: str, path: str, data: bytes
) -> tuple[dict[str, object], list[tuple[str, int, str, str, str, int, int]]]:
    """Parse one file's bytes into its documents row and its paragraphs rows (tuples in
    ``layout.PARAGRAPH_ROW`` order).

    Raises ``UndecodableError`` when the bytes are not an article's text.
    """
    decoded = decode_bytes(data)
    article = read_article(decoded.text)
    paragraphs = paragraph_rows(doc_id, article)
    content_kinds = set(schema.CONTENT_KINDS)
    text = "\n\n".join(
        text
        for _, _, kind, text, _, _, repeat_of in paragraphs
        if kind in content_kinds and repeat_of < 0
    )
    if article.footer_date is not None and article.footer_date.date_start is not None:
        dates = _date_fields(article.footer_date, "footer", article.footer_evidence)
        page = article.header_date.date_start if article.header_date else pd.NaT
    else:
        dates = _date_fields(article.header_date, "header", article.header_evidence)
        page = pd.NaT
    row = {
        "doc_id": doc_id,
        "path": path,
        "sha256": hashlib.sha256(data).hexdigest(),
        "encoding": decoded.label,
        "title": article.title,
        "outlet": article.outlet,
        "credited": article.credited,
        "author": article.author,
        **dates,
        "page_date": page if page is not None else pd.NaT,
        "date_flags": ";".join(dict.fromkeys(article.flags)),
        "date_reason": article.date_reason,
        "title_source": article.title_source,
        "author_source": article.author_source,
        "outlet_source": article.outlet_source,
        "metadata_flags": ";".join(dict.fromkeys(article.metadata_flags)),
        "url": "",
        "n_words": count_words(text),
        "duplicate_of": "",
        "story_id": doc_id,
        "text": text,
    }
    return row, paragraphs


# --- the folder ----------------------------------------------------------------------


def resolve_seeds_dir(seeds_dir: str | Path) -> Path:
    """``seeds_dir`` as given, or, when it is relative and missing from the current folder,
    relative to the project folder (so ``"seeds"`` works from a notebook in the checkout's
    ``analysis/notebooks/``)."""
    path = Path(seeds_dir)
    if not path.is_absolute() and not path.is_dir() and (PROJECT_ROOT / path).is_dir():
        return PROJECT_ROOT / path
    return path


SYMLINK_REASON = "symbolic link (not followed); copy the file itself into the seeds folder"
NOT_REGULAR = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link swapped in after the listing is not followed
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in is not waited on
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class UnreadableFileError(UndecodableError):
    """A seeds entry that is not a regular file this loader may open (a symbolic link, a
    FIFO, a device), or one that cannot be opened or read; the message is the reason."""


def display_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a zip made on Windows; ``os.listdir``
    keeps them as surrogates) are written as ``\\xNN``, so the name can be shown, stored
    in Parquet and used as a doc_id; valid names are returned unchanged."""
    return os.fsencode(name).decode("utf-8", "backslashreplace") if _has_surrogates(name) else name


_SURROGATES = re.compile("[\ud800-\udfff]")


def _has_surrogates(name: str) -> bool:
    return _SURROGATES.search(name) is not None


def doc_id_of(path: Path) -> str:
    """The doc_id of an article file: its name without the extension (see ``display_name``)."""
    return display_name(path.stem)


def _not_regular(mode: int) -> str:
    what = NOT_REGULAR.get(stat.S_IFMT(mode), "not a regular file")
    return f"{what}, not a regular file; only regular .txt files are read"


def _entry_problem(entry: os.DirEntry[str]) -> str | None:
    """Why a seeds-folder entry cannot be an article file (checked without following or
    opening it), or None for a regular file."""
    try:
        if entry.is_symlink():
            return SYMLINK_REASON
        info = entry.stat(follow_symlinks=False)
    except OSError as exc:  # gone since the listing, or no permission to look
        return f"cannot be examined ({exc.strerror or exc}); check that it exists"
    if stat.S_ISREG(info.st_mode):
        return None
    return _not_regular(info.st_mode)


def _unique_ids(candidates: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Keep one file per doc_id ignoring letter case (page names must not collide on a
    case-insensitive disk): the ``.txt``-lowercase one, else the first by name. The others
    are rejected with the name they collide with."""
    keyed = [(doc_id_of(p).casefold(), p.suffix != ".txt", p.name, p) for p in candidates]
    kept: dict[str, Path] = {}
    rejected = []
    for key, _, _, path in sorted(keyed, key=lambda k: k[:3]):
        if key in kept:
            rejected.append(
                (
                    display_name(path.name),
                    f"same doc_id as {display_name(kept[key].name)} apart from letter case; "
                    "doc_ids must differ in more than case: rename one of the files",
                )
            )
        else:
            kept[key] = path
    return sorted(kept.values()), rejected


def list_article_files(seeds_dir: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The ``.txt`` files to load (sorted) and the other entries, each with the reason
    skipped (paths relative to ``seeds_dir``).

    Only regular files are taken, and nothing is opened here: a symbolic link (even one
    pointing inside the folder), a FIFO, a device or a socket is listed with its reason;
    a file name holding control characters (a line break, an escape) is refused, and a
    name that is not valid UTF-8 gets a doc_id with ``\\xNN`` escapes (``display_name``).
    Two names whose doc_ids differ only in letter case keep one (see ``_unique_ids``).
    Hidden entries, sub-folders, ``metadata.csv`` and README files are passed over.
    """
    if not seeds_dir.is_dir():
        raise SeedsNotFoundError(seeds_dir)
    candidates, skipped = [], []
    with os.scandir(seeds_dir) as entries:
        listing = sorted(entries, key=lambda e: e.name)
    for entry in listing:
        name = entry.name
        if name.startswith(".") or name.lower() in IGNORED_NAMES:
            continue
        if entry.is_dir(follow_symlinks=False):
            continue
        shown = display_name(name)
        problem = _entry_problem(entry)
        if problem is None and _CONTROL_CHARS.search(shown):
            problem = (
                "file name holds control characters (a line break, tab, escape or "
                "text-direction override); rename the file"
            )
        suffix = os.path.splitext(name)[1]
        if problem is None and suffix.lower() != ".txt":
            problem = (
                f"not a .txt file ({display_name(suffix) or 'no extension'}); "
                "save articles as .txt to include them"
            )
        if problem is None:
            candidates.append(seeds_dir / name)
        else:
            skipped.append((shown, problem))
    files, clashes = _unique_ids(candidates)
    return files, skipped + clashes


_CONTROL_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters a file name may not hold: C0/C1 controls (line breaks, tabs, the escape that
starts terminal sequences), Unicode line and paragraph separators, and the bidirectional
overrides and isolates that make a name display as another."""


def _read_one(path: Path, max_bytes: int) -> bytes:
    """The bytes of one article file, opened without following a symbolic link and read
    only when it is a regular file (checked on the open file, so nothing swapped in after
    the listing is read) of at most ``max_bytes``.

    Raises ``UnreadableFileError`` (an ``UndecodableError``) with the reason otherwise.
    """
    try:
        handle = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableFileError(SYMLINK_REASON) from exc
        raise UnreadableFileError(
            f"cannot be opened ({exc.strerror or exc}); check that it exists and is readable"
        ) from exc
    with os.fdopen(handle, "rb", buffering=0, closefd=True) as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(_not_regular(info.st_mode))
        if info.st_size > max_bytes:
            raise UnreadableFileError(_too_large(info.st_size, max_bytes))
        try:
            data = _read_at_most(fh, max_bytes + 1)
        except OSError as exc:
            raise UnreadableFileError(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # it grew after the size check
        raise UnreadableFileError(_too_large(len(data), max_bytes))
    return data


def _read_at_most(fh: io.RawIOBase, limit: int) -> bytes:
    chunks, total = [], 0
    while total < limit:
        chunk = fh.read(min(limit - total, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"too large for one article ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit); "
        "split it into one file per article or raise max_file_mb"
    )


MAX_SIDECAR_BYTES = 200_000_000
MAX_LOGGED_REJECTED = 10
"""Rejected files logged one by one; the rest are summed up in one line."""


def read_sidecar_file(seeds_dir: Path) -> pd.DataFrame | None:
    """``seeds_dir/metadata.csv`` read as ``analysis.sidecar.read_sidecar`` reads it, or
    None when there is none. It is opened like an article file (``_read_one``): a symbolic
    link, a FIFO or a device named ``metadata.csv`` is never read and raises
    ``SidecarError`` with the reason."""
    path = seeds_dir / SIDECAR_NAME
    try:
        os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SidecarError(f"{SIDECAR_NAME}: cannot be read ({exc.strerror or exc})") from exc
    try:
        data = _read_one(path, MAX_SIDECAR_BYTES)
    except UndecodableError as exc:
        raise SidecarError(f"{SIDECAR_NAME}: {exc}; the metadata in it is not used") from exc
    return read_sidecar(path, data=data)


def describe_folder(seeds_dir: Path, *, max_file_mb: float = DEFAULT_MAX_FILE_MB) -> Iterator[str]:
    """One line per thing ``load_corpus(seeds_dir)`` reads, read the way it reads them:
    each article file's name and the sha256 of its bytes (or why it cannot be read), each
    entry skipped with its reason, and ``metadata.csv``'s sha256 (or its problem). Equal
    lines mean an equal corpus, whatever the files' sizes and modification times say
    (``analysis.shared_cache.folder_key`` hashes them)."""
    files, skipped = list_article_files(seeds_dir)
    yield f"seeds\x1f{os.fsencode(str(seeds_dir.resolve())).hex()}"
    for path in files:
        try:
            digest = hashlib.sha256(_read_one(path, int(max_file_mb * 1e6))).hexdigest()
        except (UndecodableError, OSError) as exc:
            digest = f"unreadable: {exc}"
        yield f"file\x1f{os.fsencode(path.name).hex()}\x1f{digest}"
    for name, reason in skipped:
        yield f"skipped\x1f{name.encode('utf-8', 'backslashreplace').hex()}\x1f{reason}"
    try:
        data = _read_one(seeds_dir / SIDECAR_NAME, MAX_SIDECAR_BYTES)
        yield f"sidecar\x1f{hashlib.sha256(data).hexdigest()}"
    except UnreadableFileError as exc:
        if not isinstance(exc.__cause__, FileNotFoundError):
            yield f"sidecar\x1f{exc}"


def log_rejected(rejected: Sequence[tuple[str, str]], *, limit: int = MAX_LOGGED_REJECTED) -> None:
    """One warning per rejected file for the first ``limit``, then one line for the rest
    (so 20,000 unreadable files write ``limit + 1`` lines, also with ``--quiet``); names
    and reasons are escaped with ``analysis.errors.safe_name``."""
    for path, reason in rejected[:limit]:
        log.warning("skipped %s: %s", safe_name(path), safe_name(reason, limit=1000))
    if len(rejected) > limit:
        log.warning(
            "… and %s more files skipped; see the overview's rejected files "
            "(corpus.rejected) for every file and reason",
            f"{len(rejected) - limit:,}",
        )


_URL_DAY = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
_URL_MONTH = re.compile(
    r"/((?:19|20)\d{2})/?(0[1-9]|1[0-2]|(?<=/)[1-9])/"
)  # "/2021/06/", "/201410/"
#: A year segment, then the day and a month's name: "/2012/nov/28/", "/2012/28_nov_1.html".
_URL_NAMED = re.compile(
    r"/(?P<year>(?:19|20)\d{2})/(?:(?P<mon>[a-z]{3,9})/(?P<day>[0-3]?\d)"
    r"|(?P<day2>[0-3]?\d)[_-](?P<mon2>[a-z]{3,9}))(?![a-z\d])",
    re.I,
)


def _url_named_date(path: str) -> DateMatch | None:
    """The date of ``_URL_NAMED`` when its month word is a month's name or abbreviation
    (``analysis.dates.lexicon.MONTHS``), else None."""
    for found in _URL_NAMED.finditer(path):
        month = MONTHS.get((found.group("mon") or found.group("mon2")).casefold())
        day = int(found.group("day") or found.group("day2"))
        try:
            first = pd.Timestamp(int(found.group("year")), month or 0, day)
        except (ValueError, TypeError):
            continue
        return DateMatch(found.start(), found.end(), found.group(0), first, first, "day")
    return None


def url_date(url: str) -> DateMatch | None:
    """The date in a web address: "/2017/05/16/", "-20190227", "/2012/nov/28/",
    "/2012/28_nov_1.html", "/2021/06/" or "/201410/" (month), or None.

    >>> str(url_date("https://example.org/news/2017/05/16/a-title/").date_start.date())
    '2017-05-16'
    >>> str(url_date("https://example.org/a-title-20190227.html").date_start.date())
    '2019-02-27'
    """
    path = url.split("?", 1)[0]
    named = _url_named_date(path)
    if named is not None:
        return named
    for pattern, precision in ((_URL_DAY, "day"), (_URL_MONTH, "month")):
        for found in pattern.finditer(path):
            year, month = int(found.group(1)), int(found.group(2))
            day = int(found.group(3)) if precision == "day" else 1
            try:
                first = pd.Timestamp(year, month, day)
            except ValueError:
                continue
            last = first if precision == "day" else first + pd.offsets.MonthEnd(0)
            return DateMatch(found.start(), found.end(), found.group(0), first, last, precision)
    return None


_OUTLET_COLUMNS = ("outlet", "credited", "outlet_source", "metadata_flags")


def apply_sidecar(documents: pd.DataFrame, sidecar: pd.DataFrame) -> pd.DataFrame:
    """Overlay ``metadata.csv`` values onto ``documents``; returns a new frame.

    A sidecar ``published`` sets ``date_source = "sidecar"``; a sidecar ``url`` holding a
    date ("/2017/05/16/", "-20190227") is used (``date_source = "url"``) only when the text
    gave none. A field taken from the sidecar has ``metadata.csv`` as its source. A ``url``
    without a sidecar ``outlet`` names the outlet by its host (``layout.outlet_from_url``).
    """
    docs = documents.copy()
    unknown = sorted(set(sidecar.index) - set(docs["doc_id"]))
    if unknown:
        log.warning(
            "metadata.csv names %d unknown doc_id(s): %s",
            len(unknown),
            ", ".join(safe_name(d, limit=80) for d in unknown[:10]),
        )
    for i, doc_id in docs["doc_id"].items():
        if doc_id not in sidecar.index:
            continue
        values = sidecar.loc[doc_id]
        for column in ("title", "outlet", "author", "url"):
            if values.get(column):
                docs.loc[i, column] = values[column]
                if f"{column}_source" in docs.columns:
                    docs.loc[i, f"{column}_source"] = f"metadata.csv: {values[column]}"
        if values.get("url") and not values.get("outlet"):  # the outlet from the address
            row = [docs.loc[i, c] if c in docs.columns else "" for c in _OUTLET_COLUMNS]
            fields = outlet_from_url(values["url"], *("" if pd.isna(v) else str(v) for v in row))
            for column, value in (fields or {}).items():
                if column in docs.columns:
                    docs.loc[i, column] = value
        published = values.get("published") or ""
        if published:
            match = parse_date(published)
            if match is None or match.date_start is None:
                log.warning(
                    "metadata.csv: %s: cannot read published=%s; keeping the parsed date",
                    safe_name(doc_id),
                    safe_name(repr(published), limit=100),
                )
            else:
                for key, value in _date_fields(
                    match, "sidecar", f"metadata.csv: {published}"
                ).items():
                    docs.loc[i, key] = value
        elif values.get("url") and pd.isna(docs.loc[i, "published"]):
            match = url_date(values["url"])
            if match is not None:
                for key, value in _date_fields(match, "url", values["url"]).items():
                    docs.loc[i, key] = value
                if "date_reason" in docs.columns:
                    docs.loc[i, "date_reason"] = (
                        f"no date in the text; read from the URL: {match.text}"
                    )
    return docs


def mark_duplicates(documents: pd.DataFrame) -> pd.DataFrame:
    """Set ``duplicate_of`` to the first doc_id with the same normalised body; new frame."""
    key = documents["text"].map(
        lambda t: hashlib.sha1(normalize_text(t).lower().encode()).hexdigest()
    )
    first = documents["doc_id"].groupby(key).transform("first")
    has_text = documents["text"].str.len() > 0
    duplicate_of = first.where(has_text & (first != documents["doc_id"]), "")
    return documents.assign(duplicate_of=duplicate_of.astype("str"))


def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})


def build_documents(rows: list[dict[str, object]] | pd.DataFrame) -> pd.DataFrame:
    """The documents table from parsed rows (or a frame with the same columns), with the
    schema's column order and dtypes."""
    if isinstance(rows, pd.DataFrame):
        frame = rows[list(schema.DOCUMENT_COLUMNS)]
    elif not rows:
        frame = _empty(schema.DOCUMENT_COLUMNS)
    else:
        frame = pd.DataFrame(rows, columns=list(schema.DOCUMENT_COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[us]")
    frame["page_date"] = pd.to_datetime(frame["page_date"]).astype("datetime64[us]")
    frame["n_words"] = frame["n_words"].astype("int64")
    return frame


@dataclass(frozen=True)
class _Batch:
    """What parsing a run of files gave: every readable file as ``(doc_id, path, sha256)``,
    the newly parsed documents, paragraphs and sentences, and the files rejected."""

    listing: list[tuple[str, str, str]]
    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    rejected: list[tuple[str, str]]


def parse_files(
    paths: Sequence[Path],
    *,
    max_bytes: int,
    known: frozenset[str] = frozenset(),
    strict: bool = False,
) -> _Batch:
    """Read every file of ``paths`` and parse those whose sha256 is not in ``known``
    (``listing`` and ``rejected`` name files relative to their folder).

    A pure function of the files (the unit the ``dask`` engine maps over partitions).
    Unreadable files are rejected (or, with ``strict=True``, raise ``RejectedFileError``).
    """
    listing: list[tuple[str, str, str]] = []
    rows: list[dict[str, object]] = []
    paragraphs: list[tuple[str, int, str, str, str, int, int]] = []
    rejected: list[tuple[str, str]] = []
    parsed: set[str] = set()
    for path in paths:
        doc_id, shown = doc_id_of(path), display_name(path.name)
        try:
            data = _read_one(path, max_bytes)
            sha = hashlib.sha256(data).hexdigest()
            if sha not in known and sha not in parsed:
                row, rows_of_paragraphs = parse_document(doc_id, shown, data)
                rows.append(row)
                paragraphs.extend(rows_of_paragraphs)
                parsed.add(sha)
        except (UndecodableError, OSError) as exc:
            reason = str(exc) if isinstance(exc, UndecodableError) else exc.strerror or str(exc)
            if strict:
                raise RejectedFileError(shown, reason) from exc
            rejected.append((shown, reason))
            continue
        listing.append((doc_id, shown, sha))
    frame = pd.DataFrame(paragraphs, columns=list(PARAGRAPH_ROW)).astype(PARAGRAPH_DTYPES)
    sentences = split_sentences_table(frame[frame["kind"].isin(schema.SENTENCE_KINDS)])
    return _Batch(listing, build_documents(rows), frame, sentences, rejected)


def _split(files: Sequence[Path], n_parts: int) -> list[Sequence[Path]]:
    size = max(1, -(-len(files) // max(1, n_parts)))
    return [files[i : i + size] for i in range(0, len(files), size)]


def _parse_all(
    files: Sequence[Path],
    *,
    max_bytes: int,
    known: frozenset[str],
    strict: bool,
    engine: str,
    jobs: int = 1,
) -> list[_Batch]:
    """``parse_files`` over every file: in this process (``"serial"``; in ``jobs`` worker
    processes when above 1, except in strict mode), or over partitions with Dask
    (``"dask"``: the current Dask scheduler or client, threads by default)."""
    if engine == "serial" and jobs > 1 and not strict:
        from analysis.parallel import map_chunks

        parts = [list(part) for part in _split(files, -(-len(files) // PROGRESS_EVERY))]
        parse = partial(parse_files, max_bytes=max_bytes, known=known, strict=strict)
        return map_chunks(parse, parts, jobs=jobs, total=len(parts), what="reading files")
    if engine == "serial":
        batches = []
        for n, part in enumerate(_split(files, -(-len(files) // PROGRESS_EVERY)), start=1):
            batches.append(parse_files(part, max_bytes=max_bytes, known=known, strict=strict))
            log.info("read %d of %d files", min(n * PROGRESS_EVERY, len(files)), len(files))
        return batches
    if engine == "dask":
        try:
            import dask
        except ImportError as exc:
            raise EngineError(
                "engine='dask' needs Dask: pip install 'vn-diplomacy-corpus[dask]'"
            ) from exc
        parts = _split(files, max(1, -(-len(files) // DASK_PARTITION_FILES)))
        tasks = [
            dask.delayed(parse_files)(list(part), max_bytes=max_bytes, known=known, strict=strict)
            for part in parts
        ]
        return list(dask.compute(*tasks))
    raise EngineError(f"engine = {engine!r} is invalid; must be one of {list(ENGINES)}")


PARAGRAPH_DTYPES = {
    "doc_id": "str",
    "para_id": "int64",
    "kind": "str",
    "text": "str",
    "raw": "str",
    "line": "int64",
    "repeat_of": "int64",
}


def _keyed(
    document_frames: list[pd.DataFrame],
    paragraph_frames: list[pd.DataFrame],
    sentence_frames: list[pd.DataFrame],
) -> Parsed:
    """Newly parsed files as a cache entry: tables keyed by sha256 (see ``analysis.cache``)."""
    documents = pd.concat(document_frames, ignore_index=True)
    documents = documents[~documents["sha256"].duplicated()].reset_index(drop=True)
    sha_of = dict(zip(documents["doc_id"], documents["sha256"], strict=True))

    def keyed(frames: list[pd.DataFrame]) -> pd.DataFrame:
        frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
        kept = frame["doc_id"].isin(sha_of)  # a file whose content came in twice: once
        if not kept.all():
            frame = frame[kept].reset_index(drop=True)
        return frame.assign(doc_id=frame["doc_id"].map(sha_of)).rename(columns={"doc_id": "sha256"})

    return Parsed(documents, keyed(paragraph_frames), keyed(sentence_frames))


def _assemble(
    listing: list[tuple[str, str, str]], parsed: Parsed | None
) -> tuple[pd.DataFrame, ...]:
    """The documents, paragraphs and sentences tables of the files in ``listing`` (in
    that order), taken from ``parsed`` by sha256."""
    if not listing or parsed is None:
        empty_paras = _empty(schema.PARAGRAPH_COLUMNS).astype(
            {"para_id": "int64", "line": "int64", "repeat_of": "int64"}
        )
        return build_documents([]), empty_paras, split_sentences_table(empty_paras)
    files = pd.DataFrame(listing, columns=["doc_id", "path", "sha256"]).astype("str")
    documents = files.merge(
        parsed.documents.drop(columns=["doc_id", "path"]), on="sha256", how="left", validate="m:1"
    )
    documents = build_documents(documents)

    paragraphs = _expand(parsed.paragraphs, listing, ["para_id"], schema.PARAGRAPH_COLUMNS)
    sentences = _expand(parsed.sentences, listing, ["para_id", "sent_id"], schema.SENTENCE_COLUMNS)
    return documents, paragraphs, sentences


def _expand(
    table: pd.DataFrame,
    listing: list[tuple[str, str, str]],
    order: list[str],
    columns: tuple[str, ...],
) -> pd.DataFrame:
    """Rows of a sha256-keyed ``table`` for each file of ``listing`` in turn (a content
    listed under two names twice), sorted by ``order`` within a file, with its doc_id.

    Works on row positions and takes the table once: a merge and a sort would each copy
    the whole text.
    """
    codes, shas = pd.factorize(table["sha256"])
    keys = [table[c].to_numpy() for c in reversed(order)]
    ranked = np.lexsort([*keys, codes])  # rows grouped by sha256, in ``order`` within
    bounds = np.searchsorted(codes[ranked], np.arange(len(shas) + 1))
    code_of = {sha: i for i, sha in enumerate(shas)}
    pieces, doc_ids = [], []
    for doc_id, _path, sha in listing:
        code = code_of.get(sha)
        if code is None:
            continue
        rows = ranked[bounds[code] : bounds[code + 1]]
        pieces.append(rows)
        doc_ids.append(np.full(len(rows), doc_id, dtype=object))
    if not pieces:
        frame = table.iloc[0:0].rename(columns={"sha256": "doc_id"})
        return frame.astype({"doc_id": "str"})[list(columns)]
    rows = np.concatenate(pieces)
    if len(rows) == len(table) and (rows == np.arange(len(rows))).all():
        frame = table.reset_index(drop=True)  # already in order: no copy of the text
    else:
        frame = table.take(rows).reset_index(drop=True)
    frame["sha256"] = pd.array(np.concatenate(doc_ids), dtype="str")
    return frame.rename(columns={"sha256": "doc_id"})[list(columns)]


def _open_cache(cache: bool | str | Path | None, seeds: Path) -> CorpusCache | None:
    if cache is None:
        cache = cache_enabled()
    if cache is False:
        return None
    root = default_cache_dir(seeds) if cache is True else Path(cache)
    return CorpusCache(root)


def load_corpus(
    seeds_dir: str | Path = "seeds",
    *,
    strict: bool = False,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    cache: bool | str | Path | None = None,
    engine: str = "serial",
    jobs: int | None = None,
) -> Corpus:
    """Load every article in ``seeds_dir`` into a ``Corpus``.

    Files that cannot be read (empty, binary, undecodable, too large, not .txt) are
    listed in ``corpus.rejected`` with the reason and logged as warnings; with
    ``strict=True`` the first such file raises ``RejectedFileError`` instead. A missing
    folder raises ``SeedsNotFoundError``. ``seeds_dir/metadata.csv``, when present,
    overrides parsed metadata (see ``analysis.sidecar``).

    ``cache``: parsed files are kept in a Parquet cache keyed by their content (see
    ``analysis.cache``), so a reload parses only new or changed files; ``None`` (default)
    uses ``analysis.cache.default_cache_dir(seeds_dir)`` (beside the seeds when that folder
    is the user's own, else the user's cache directory) unless ``$VN_CORPUS_CACHE=0``,
    ``False`` turns it off, a path puts it there. Only regular files are read (see
    ``list_article_files``); ``path`` columns are relative to the folder.
    ``engine``: ``"serial"`` parses in this process, ``"dask"`` maps the per-file parse
    over partitions with Dask (same tables).
    ``jobs``: worker processes for the serial engine's parse (``None``: ``$VN_CORPUS_JOBS``,
    else 1); worth it from about a thousand new files, same tables.
    """
    from analysis.parallel import check_jobs, default_jobs

    jobs = default_jobs() if jobs is None else check_jobs(jobs)
    seeds = resolve_seeds_dir(seeds_dir)
    files, rejected = list_article_files(seeds)
    if strict and rejected:
        raise RejectedFileError(*rejected[0])
    try:
        sidecar = read_sidecar_file(seeds)
    except SidecarError as exc:
        if strict:
            raise
        sidecar = None
        rejected.append((SIDECAR_NAME, str(exc)))
    store = _open_cache(cache, seeds)
    cached = store.read() if store is not None else None
    known = frozenset(cached.documents["sha256"]) if cached is not None else frozenset()
    batches = _parse_all(
        files,
        max_bytes=int(max_file_mb * 1e6),
        known=known,
        strict=strict,
        engine=engine,
        jobs=jobs if len(files) - len(known) > PROGRESS_EVERY else 1,
    )
    listing = [item for b in batches for item in b.listing]
    n_parsed = sum(len(b.documents) for b in batches)
    rejected += [item for b in batches for item in b.rejected]
    parsed = cached
    if n_parsed:
        fresh = _keyed(
            [b.documents for b in batches],
            [b.paragraphs for b in batches],
            [b.sentences for b in batches],
        )
        del batches  # the parsed batches are in ``fresh`` now: free them before assembling
        if store is not None:
            store.write(fresh)
        parsed = concat_parsed([p for p in (cached, fresh) if p is not None])
    log.info(
        "parsed %d of %d files (%d from the cache)",
        n_parsed,
        len(files),
        len(listing) - n_parsed,
    )
    log_rejected(rejected)
    documents, paragraphs, sentences = _assemble(listing, parsed)
    if sidecar is not None:
        documents = apply_sidecar(documents, sidecar)
    documents = mark_stories(mark_duplicates(documents))
    return Corpus(
        documents=documents,
        paragraphs=paragraphs,
        sentences=sentences,
        rejected=pd.DataFrame(rejected, columns=list(schema.REJECTED_COLUMNS)).astype("str"),
        seeds_dir=str(seeds.resolve()),
    )
