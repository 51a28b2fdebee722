"""Text primitives shared by every stage: normalising, sentence splitting, tokenising.

All functions are pure ``str -> ...``; none knows about DataFrames except
``split_sentences_table``, which turns a paragraphs table into a sentences table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice

import pandas as pd

from analysis.core.memory import line_memo
from analysis.core.word_count import count_word_tokens

#: Characters that render as nothing or reorder text; removed by ``normalize_text``.
INVISIBLE_CHARS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_PLAIN = (("‘", "'"), ("’", "'"), ("‛", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("\u00a0", " "))
_SPACES = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")  # runs to one space (a lone space is left as it is)

#: Words after which a full stop does not end a sentence (lower case, without the dot).
ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof assoc no nos vol st jr sr gen lt col maj capt sgt rev hon fig figs "
        "e.g i.e etc vs approx dept est inc ltd co corp jan feb mar apr jun jul aug sep sept "
        "oct nov dec art para pp p u.s u.k u.n e.u p.m a.m"
    ).split()
)

# A sentence ends at . ! ? or … followed by closing quotes/brackets, then either
# whitespace and a plausible sentence start, or (glued, as scraped pages often are)
# directly an upper-case letter followed by a lower-case one ("countries.The Party").
_SENTENCE_END = re.compile(
    r"""(?P<stop>[.!?…]+)(?P<close>["'”’)\]]*)
        (?:(?P<space>\s+)(?=["'“‘(\[]?[A-Z0-9\u00C0-\u1EF9])|(?=[A-Z][a-z]))""",
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
WORD_BEFORE_WINDOW = 40

#: The longest sentence ``iter_sentence_spans`` yields, in characters. A longer run (a
#: scraped page whose punctuation was lost: megabytes without a full stop) is cut into
#: pieces of at most this length at the last whitespace before the bound (mid-word only
#: when a piece has no whitespace at all), so no later step (date scanning, events,
#: claims) ever reads one enormous "sentence". Real sentences are far shorter (the
#: longest in the samples is about 800 characters), so they are never cut (issue 11).
MAX_SENTENCE_CHARS = 2000
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)

WORD_PATTERN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*")


def normalize_text(text: str) -> str:
    """Return ``text`` in NFC with invisible characters removed, curly quotes and
    non-breaking spaces made plain, and runs of spaces or tabs collapsed.

    >>> normalize_text("Vi\u1ec7t\u00a0Nam\u200b’s  party")
    "Việt Nam's party"

    Memoised for lines up to ``MEMO_TEXT_CHARS``: the layout rules ask it of the same
    line many times while reading a page (issue 13).
    """
    return _normalize_short(text) if len(text) <= MEMO_TEXT_CHARS else _normalize(text)


def _normalize(text: str) -> str:
    if not text.isascii():  # every character changed below but spaces is non-ASCII
        text = unicodedata.normalize("NFC", text)  # returns ``text`` itself when already NFC
        if not text.isprintable():  # every invisible character is of category Cf (format)
            text = INVISIBLE_CHARS.sub("", text)
        for char, plain in _PLAIN:
            if char in text:
                text = text.replace(char, plain)
    if "  " in text or "\t" in text or "\f" in text or "\v" in text:  # cheaper than the regex
        text = _SPACES.sub(" ", text)
    return text.strip()


def _ends_sentence(text: str, stop_start: int, glued: bool) -> bool:
    """Whether the stop at ``stop_start`` ends a sentence (not an abbreviation or initial)."""
    if text[stop_start] != ".":
        return True
    # The word before the stop: look in a short window first (searching from the start of
    # a long paragraph at every stop is quadratic), the whole text if the run fills it.
    window = max(0, stop_start - WORD_BEFORE_WINDOW)
    before = _WORD_BEFORE.search(text, window, stop_start)
    if before is not None and before.start() == window > 0:
        before = _WORD_BEFORE.search(text, 0, stop_start)
    if not before:
        return True
    word = before.group(1).lower().strip(".")
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return False  # initialisms such as "U.S" or "p.m"
    # A glued stop ("countries.The") only counts after a real lower-case word.
    return not glued or (len(word) > 1 and before.group(1)[-1].islower())


def iter_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` offsets of the sentences of one paragraph.

    Offsets index into ``text`` itself; surrounding whitespace is excluded, so
    ``text[start:end]`` is the sentence exactly as written. A sentence longer than
    ``MAX_SENTENCE_CHARS`` comes as several pieces (``bound_span``).
    """
    for start, end in _sentence_spans(text):
        if end - start <= MAX_SENTENCE_CHARS:
            yield start, end
        else:
            yield from bound_span(text, start, end)


def bound_span(
    text: str, start: int, end: int, *, limit: int = MAX_SENTENCE_CHARS
) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as consecutive pieces of at most ``limit`` characters, each cut
    at the last whitespace before the bound (mid-word only when there is none), with the
    whitespace between pieces left out.

    >>> [("ab cd ef"[s:e]) for s, e in bound_span("ab cd ef", 0, 8, limit=5)]
    ['ab cd', 'ef']
    """
    while end - start > limit:
        space = _LAST_SPACE.match(text, start, start + limit + 1)
        cut = space.end() - 1 if space and space.end() - 1 > start else start + limit
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """``iter_sentence_spans`` before long sentences are bounded."""
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    for m in _SENTENCE_END.finditer(text):
        if m.start() < start or not _ends_sentence(text, m.start(), glued=m.group("space") is None):
            continue
        end = m.end("close")
        if end > start:
            yield start, end
        start = m.end()
    end = len(text.rstrip())
    if end > start:
        yield start, end


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences.

    >>> split_sentences("Mr. Trung met the U.S. envoy. Talks went well.Both sides agreed.")
    ['Mr. Trung met the U.S. envoy.', 'Talks went well.', 'Both sides agreed.']
    """
    return [text[s:e] for s, e in iter_sentence_spans(text)]


def split_sentences_table(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return the sentences table (row unit: sentence) for a paragraphs table.

    Needs columns ``doc_id, para_id, text``; returns ``doc_id, para_id, sent_id,
    text, start, end`` with offsets into the paragraph's ``text``. The input is
    not modified.
    """
    rows = [
        (doc_id, para_id, sent_id, text[s:e], s, e)
        for doc_id, para_id, text in paragraphs[["doc_id", "para_id", "text"]].itertuples(
            index=False
        )
        for sent_id, (s, e) in enumerate(iter_sentence_spans(text))
    ]
    frame = pd.DataFrame(rows, columns=["doc_id", "para_id", "sent_id", "text", "start", "end"])
    return frame.astype(
        {
            "doc_id": "str",
            "text": "str",
            "para_id": "int64",
            "sent_id": "int64",
            "start": "int64",
            "end": "int64",
        }
    )


def alnum_key(text: str) -> str:
    """``text``'s letters and digits, case-folded: the key two spellings of one name share
    (a site's name and its host, a name and a folder).

    >>> alnum_key("Tuoi Tre News") == alnum_key("tuoitre-news")
    True
    """
    return "".join(c for c in text.casefold() if c.isalnum())


def tokenize(text: str, limit: int | None = None) -> list[str]:
    """Lower-cased word tokens (letters with inner hyphens/apostrophes, or numbers); only
    the first ``limit`` when given (without reading the rest of the text).

    >>> tokenize("People-to-people diplomacy, Việt Nam's 2022 goals")
    ['people-to-people', 'diplomacy', 'việt', "nam's", '2022', 'goals']
    """
    if limit is None:
        words = WORD_PATTERN.findall(text)
    else:
        words = [m.group(0) for m in islice(WORD_PATTERN.finditer(text), limit)]
    return [t.lower().replace("’", "'") for t in words]


#: Texts longer than this are memoised only two at a time (each cache entry keeps its
#: text alive for the life of the process: 65,536 entries could hold gigabytes) and are
#: counted without a list of their words (a megabyte line would hold millions of strings).
LONG_TEXT_CHARS = 100_000
#: Texts up to this long (a line, a paragraph) are memoised; longer ones up to
#: ``LONG_TEXT_CHARS`` (a whole article's text, counted once for ``documents.n_words``) are
#: counted each time: kept as cache keys they held the text of the last few thousand
#: articles parsed (about 60 MB at 10,000 articles).
MEMO_TEXT_CHARS = 4_000


#: A run of the scripts written without spaces between words: Han ideographs (Chinese,
#: Japanese kanji), hiragana, katakana and half-width katakana. ``WORD_PATTERN`` reads
#: such a run as one "word" (a Japanese paragraph of 200 characters counts as 5), so the
#: layout rules that use word counts (a headline's length, a body paragraph's, a boilerplate
#: line's) misjudge a page in these scripts. Korean writes spaces between words, and
#: Thai, Lao, Khmer and Burmese marks already split ``WORD_PATTERN``'s tokens: left as is.
UNSPACED_RUN = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff"  # hiragana, katakana, katakana extensions
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han ideographs
    "\uff66-\uff9f]+"  # half-width katakana
)
#: Characters per word in an unspaced run: a word of running Chinese text averages about
#: 1.5 to 1.7 characters, a Japanese one (kanji with its kana endings, particles) about 2;
#: one word per 2 characters (a run of 3 counts 2) keeps a Japanese or Chinese headline of
#: 20 to 30 characters at 10 to 15 words and a 200-character paragraph at 100, the counts
#: an English headline and paragraph of the same content get.
UNSPACED_CHARS_PER_WORD = 2
#: Any character from the lowest code point of ``UNSPACED_RUN`` up: a text with none is
#: counted without looking for runs (most lines: ASCII, Latin with diacritics, Vietnamese);
#: one character class scanned in C, five times faster than finding the text's ``max``.
_UNSPACED_PREFILTER = re.compile("[\u3040-\uffff]")


def count_words(text: str) -> int:
    """Number of words in ``text``: the word tokens ``tokenize`` finds (counted without
    the list of words: ``word_count.count_word_tokens``), except that a run of a script
    written without spaces (``UNSPACED_RUN``: Chinese, Japanese) counts one word per
    ``UNSPACED_CHARS_PER_WORD`` characters, rounded up, instead of one word. Memoised: the
    layout rules ask it of the same line several times (see ``MEMO_TEXT_CHARS`` and
    ``LONG_TEXT_CHARS``).

    >>> count_words("Da Nang hosts a delegation"), count_words("代表団がダナン市を訪問した")
    (5, 7)
    """
    if len(text) <= MEMO_TEXT_CHARS:
        return _count_short(text)
    if len(text) <= LONG_TEXT_CHARS:
        return _count_unspaced(text, count_word_tokens)
    return _count_long(text)


def _count_unspaced(text: str, count_tokens: Callable[[str], int]) -> int:
    """``count_tokens`` of ``text``, each ``UNSPACED_RUN`` counted by its length instead."""
    if text.isascii() or not _UNSPACED_PREFILTER.search(text):
        return count_tokens(text)
    runs = 0
    words = 0
    for run in UNSPACED_RUN.finditer(text):
        runs += 1
        words += -(-(run.end() - run.start()) // UNSPACED_CHARS_PER_WORD)
    if not runs:
        return count_tokens(text)
    return words + count_tokens(UNSPACED_RUN.sub(" ", text))


def count_words_of_parts(parts: Iterable[str]) -> int:
    """``count_words`` of the parts joined by whitespace (a document's text is its
    paragraphs joined by blank lines), from each part's memoised count: no token holds
    whitespace, so none spans two parts, and the whole text is not scanned again.

    >>> count_words_of_parts(["Hà Nội, 2024.", "Talks went well."])
    6
    """
    return sum(count_words(part) for part in parts)


#: Lines whose count is memoised: the layout rules ask it of a file's lines within that
#: file's parse, so a few thousand recent lines keep the hits; each entry keeps its line
#: alive (65,536 lines held about 70 MB at 10,000 articles).
MEMO_LINES = 8_192


@line_memo(MEMO_LINES)
def _normalize_short(text: str) -> str:
    return _normalize(text)


@line_memo(MEMO_LINES)
def _count_short(text: str) -> int:
    return _count_unspaced(text, count_word_tokens)


def _count_pattern(text: str) -> int:
    return sum(1 for _ in WORD_PATTERN.finditer(text))


@lru_cache(maxsize=2)
def _count_long(text: str) -> int:
    return _count_unspaced(text, _count_pattern)


#: The longest sentence an annotation's ``evidence`` or a report's quote holds whole
#: (``evidence_window``): more than real sentences need (the samples' longest has 819),
#: so only run-on text (a scraped page without full stops) is cut.
EVIDENCE_CHARS = 1_000
#: The most characters quoted from a longer (run-on) sentence: a window around the match.
EVIDENCE_WINDOW_CHARS = 400
_ELLIPSIS = "…"


def evidence_window(
    text: str,
    start: int,
    end: int,
    *,
    width: int = EVIDENCE_CHARS,
    window: int = EVIDENCE_WINDOW_CHARS,
) -> str:
    """The part of ``text`` around ``text[start:end]`` to quote as evidence: all of
    ``text`` when it has at most ``width`` characters, else at most ``window`` (or
    ``width``, if smaller) characters centred on the span (its start kept when the span
    alone is longer), cut at spaces, with "…" where text was left out. Bounded, so a
    table holds O(matches x window) text however long the sentence (a scraped page
    without full stops is one "sentence").

    >>> evidence_window("Vietnam and Laos signed it in 2023.", 30, 34, width=20)
    '…signed it in 2023.'
    """
    if len(text) <= width:
        return text
    width = min(width, window)
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text), start + width - 2)
    room = width - 2 - (end - start)  # two characters kept for the ellipses
    lo = max(0, start - room // 2)
    hi = min(len(text), lo + (end - start) + room)
    lo = max(0, min(lo, hi - (width - 2)))
    if lo > 0 and not text[lo - 1].isspace():
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", end if end < hi else start + 1, hi)
        hi = space if space >= 0 else hi
    quote = text[lo:hi].strip()
    return f"{_ELLIPSIS if lo > 0 else ''}{quote}{_ELLIPSIS if hi < len(text) else ''}"
