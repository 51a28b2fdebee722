"""One exception hierarchy for the package; every message names the input and the fix."""

from __future__ import annotations


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
        super().__init__(f"{self.path}: {reason}")


class ParameterError(AnalysisError):
    """A report or function parameter has a bad value."""

    def __init__(self, name: str, value: object, expected: str) -> None:
        self.name = name
        self.value = value
        super().__init__(f"Parameter {name!r} = {value!r} is invalid; {expected}")
