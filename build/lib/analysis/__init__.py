"""Corpus analysis of articles on the Communist Party of Vietnam's external relations.

The entry point for most work is ``load_corpus``; see ``analysis.schema`` for the tables.
"""

from importlib.metadata import PackageNotFoundError, version

from analysis.annotate import Annotations, annotate
from analysis.corpus import Corpus, load_corpus

try:
    __version__ = version("vn-diplomacy-corpus")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

__all__ = ["Annotations", "Corpus", "__version__", "annotate", "load_corpus"]
