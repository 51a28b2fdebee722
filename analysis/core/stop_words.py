"""English function words, read from the package's ``english_stop_words.txt``.

scikit-learn's ``ENGLISH_STOP_WORDS`` as data: the loader and the annotators need the list
but not scikit-learn, whose import costs a process about 66 MB and half a second.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.core.data_files import load_data_file


@lru_cache(maxsize=1)  # packaged data: read once per process
def english_stop_words() -> frozenset[str]:
    """The packaged English function words, lower case.

    >>> {"the", "of", "and"} <= english_stop_words()
    True
    """
    return frozenset(word.lower() for word in load_data_file("english_stop_words.txt"))
