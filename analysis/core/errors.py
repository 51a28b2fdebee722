"""One exception hierarchy for the package; every message names the input and the fix."""

from __future__ import annotations

import unicodedata


class AnalysisError(Exception):
    """Base class for every error this package raises on purpose."""


class CorpusError(AnalysisError):
    """The seeds folder or one of its files cannot be used."""


class SeedsNotFoundError(CorpusError):
    """The seeds folder does not exist or is not a folder."""

    def __init__(self, path: object) -> None:
        super().__init__(
            f"Seeds folder {str(path)!r} does not exist or is not a folder. "
            "Create it and put one .txt file per article in it, or pass the right folder "
            "(--seeds DIR on the command line, seeds_dir=... in a notebook)."
        )


class RejectedFileError(CorpusError):
    """A file could not be read as an article (raised only with ``strict=True``)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{safe_name(self.path)}: {safe_name(reason, limit=1000)}")


class ParameterError(AnalysisError):
    """A report or function parameter has a bad value."""

    def __init__(self, name: str, value: object, expected: str) -> None:
        self.name = name
        self.value = value
        super().__init__(f"Parameter {name!r} = {value!r} is invalid; {expected}")


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def safe_name(name: object, *, limit: int = 300) -> str:
    """``name`` (a path, file name or doc_id) made safe to print on one log line or in a
    message: line breaks, tabs, backslashes, terminal escape sequences and every other
    control, format or undecodable character are written as escapes (``\\n``, ``\\x1b``,
    ``\\u202e``; a byte that was not UTF-8 in a file name as ``\\xNN``), and the result is
    cut at ``limit`` characters with an ellipsis.

        >>> safe_name("evil\\n[ERROR] forged\\x1b[2J.txt")
        'evil\\\\n[ERROR] forged\\\\x1b[2J.txt'
    """
    text = str(name)
    out = []
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(char)[0] == "C" or char in "\u2028\u2029":
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    escaped = "".join(out)
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"


class DataFileError(AnalysisError, ValueError):
    """A data file (``analysis/data/*`` or an analyst's own copy of one) cannot be used.

    ``file`` is the file, ``entry`` the place in it (``outlets[12].markers``, ``line 7,
    column ordinal``) and ``fix`` what to do; the message says all three on one line.
    Subclasses (the theme dictionary's, the gazetteer's ...) keep their own names so a
    caller may catch either."""

    def __init__(self, message: str, *, file: str = "", entry: str = "", fix: str = "") -> None:
        self.file = file
        self.entry = entry
        self.fix = fix
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled with its file, entry and fix (an error raised in a worker process)."""
        kwargs = {"file": self.file, "entry": self.entry, "fix": self.fix}
        return (_rebuild_data_file_error, (type(self), str(self), kwargs))


def _rebuild_data_file_error(
    cls: type[DataFileError], message: str, kwargs: dict[str, str]
) -> DataFileError:
    """A ``DataFileError`` (or subclass) as it was pickled."""
    error = cls.__new__(cls)
    DataFileError.__init__(error, message, **kwargs)
    return error
