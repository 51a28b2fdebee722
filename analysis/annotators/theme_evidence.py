"""Evidence beyond the dictionary's exact phrases: a transparent word model per theme.

Issue 18, round 4. Term lists reach new wordings of a known concept one paragraph at a
time; this module adds one general mechanism that does not need the exact phrase: per
theme, a logistic regression on the words of a paragraph (present or absent), trained on
the development sample ``tests/data/theme_sample.csv``. Its weights
are a data file (``analysis/data/theme_model.csv``: one row per word, one column per
theme, plus an ``(intercept)`` row), so coding is reproducible and an analyst can read
every number; ``themes.yaml``'s top-level ``model:`` entry names the file and says how the
model's probability is used:

    model:
      use: false                # true: the coder uses the model; false (or absent): not
      note: ...                 # one line: what the model is and how it was trained
      file: theme_model.csv     # next to the theme file
      threshold: 0.6            # a paragraph's probability for a theme needed to add evidence
      thresholds: {theme: p}    # optional per-theme thresholds
      weight: 1                 # weight of the model's hit (the theme's threshold applies)
      show: 4                   # words shown as the hit's evidence

The packaged theme file sets ``use: false``: on the five samples' real paragraphs the model
added more wrong codes than right ones (``benchmarks/themes_results.md``, round 4), so the
default coder is the dictionary, and themes loaded from a file with ``use: false`` carry no
model (nothing is read or computed for it). ``with_word_model`` returns themes with the
file's model whatever ``use`` says (benchmarks, tests, an analyst trying it).

The model only adds evidence: it never removes a dictionary hit, and it is consulted only
for a paragraph x theme the dictionary does not code by itself. Its hit names the words
of the paragraph that contributed most (``term`` = ``model: tokyo, upgrade, ...``,
``rule`` = ``model:<probability>``) and is placed on the first of them in the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from analysis.annotators.term_index import mask_non_words
from analysis.annotators.theme_file import ThemeDictionaryError, default_themes_path
from analysis.core.data_files import data_dir, load_data_file
from analysis.core.errors import DataFileError

MODEL_FILE = "theme_model.csv"
INTERCEPT = "(intercept)"
_TOKEN = re.compile(r"\w\w+")  # scikit-learn's default tokens (\b\w\w+\b), on lower case
_MODEL_KEYS = {"use", "note", "file", "threshold", "thresholds", "weight", "show"}


@dataclass(frozen=True, eq=False)
class ThemeModel:
    """A loaded word model: ``weights[feature, theme]`` (features ``words``, themes
    ``themes``), ``intercepts[theme]``, per-theme probability ``thresholds``, the
    ``weight`` of a model hit and how many words a hit shows (``show``)."""

    note: str
    themes: tuple[str, ...]
    words: tuple[str, ...]
    weights: np.ndarray = field(repr=False)
    intercepts: np.ndarray = field(repr=False)
    thresholds: dict[str, float]
    weight: float = 1.0
    show: int = 4
    index: dict[str, int] = field(default_factory=dict, repr=False)

    def column(self, theme: str) -> int | None:
        """The column of ``theme`` in ``weights`` (None: the model does not code it)."""
        return self.themes.index(theme) if theme in self.themes else None


def paragraph_words(text: str) -> list[str]:
    """The distinct words of ``text`` as the model sees them: lower case, runs of two or more
    letters or digits (scikit-learn's default tokens), in order of first use.

    >>> paragraph_words("Lift ties with Tokyo, and lift them again.")[:5]
    ['lift', 'ties', 'with', 'tokyo', 'and']
    """
    return list(dict.fromkeys(_TOKEN.findall(text.lower())))


def present_features(model: ThemeModel, text: str) -> list[int]:
    """The rows of ``model.weights`` of the words that occur in ``text`` (each once). The
    words are the runs of word characters (``term_index.mask_non_words``, then a split: the
    same words as ``paragraph_words``, whose one-letter words are in no vocabulary), looked
    up with ``map``: about half the time of a regex and a loop."""
    found = set(map(model.index.get, mask_non_words(text.lower()).split()))
    found.discard(None)
    return list(found)  # type: ignore[arg-type]


def probabilities(model: ThemeModel, texts: Sequence[str]) -> np.ndarray:
    """The model's probability of each theme (columns, ``model.themes``) per text (rows)."""
    from scipy.sparse import csr_matrix

    cols: list[int] = []
    indptr = [0]
    for text in texts:
        cols += present_features(model, text)
        indptr.append(len(cols))
    shape = (len(texts), len(model.words))
    x = csr_matrix((np.ones(len(cols)), cols, indptr), shape=shape)
    logits = np.asarray(x @ model.weights) + model.intercepts
    return 1.0 / (1.0 + np.exp(-logits))


def top_words(model: ThemeModel, text: str, theme: str, n: int | None = None) -> list[str]:
    """The words of ``text`` with the largest positive weights for ``theme``, largest
    first (at most ``n``, default ``model.show``)."""
    column = model.column(theme)
    if column is None:
        return []
    index = model.index
    present = [(model.weights[index[g], column], g) for g in paragraph_words(text) if g in index]
    ranked = sorted(((w, g) for w, g in present if w > 0), key=lambda p: (-p[0], p[1]))
    return [g for _, g in ranked[: n or model.show]]


def _locate(sentences: Sequence[str], grams: Sequence[str]) -> tuple[int, int, int] | None:
    """The first sentence (index) holding one of ``grams`` (tried in order) and its span."""
    for gram in grams:
        body = r"\W+".join(map(re.escape, gram.split()))
        pattern = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)
        for i, text in enumerate(sentences):
            found = pattern.search(text)  # on the text itself: its offsets are the hit's
            if found is not None:
                return i, found.start(), found.end()
    return None


def model_rows(
    paragraphs: Sequence[tuple[str, int, list[int], list[str]]],
    theme_ids: Sequence[str],
    coded: set[tuple[str, int, str]],
    model: ThemeModel,
) -> list[tuple]:
    """Hit rows (as ``analysis.annotators.themes.theme_hits`` builds them) of the model's evidence.

    ``paragraphs``: per paragraph ``(doc_id, para_id, sent_ids, sentence texts)``;
    ``coded``: the ``(doc_id, para_id, theme)`` the dictionary codes already (the model is
    not consulted there). One row per paragraph x theme whose probability reaches the
    theme's threshold, on the first of its top words found in a sentence.
    """
    wanted = [(t, c) for t in theme_ids if (c := model.column(t)) is not None]
    if not paragraphs or not wanted:
        return []
    probs = probabilities(model, [" ".join(texts) for *_, texts in paragraphs])
    columns = np.array([c for _, c in wanted])
    limits = np.array([model.thresholds[t] for t, _ in wanted])
    rows: list[tuple] = []
    for k, j in zip(*np.nonzero(probs[:, columns] >= limits), strict=True):
        doc_id, para_id, sent_ids, texts = paragraphs[k]
        theme, column = wanted[j]
        if (doc_id, para_id, theme) in coded:
            continue
        grams = top_words(model, " ".join(texts), theme)
        place = _locate(texts, grams)
        if place is None:
            continue
        i, start, end = place
        term = "model: " + ", ".join(grams)
        rule = f"model:{probs[k, column]:.2f}"
        match = texts[i][start:end]
        rows.append(
            (doc_id, para_id, sent_ids[i], theme, term, match, start, end, model.weight, rule)
        )
    return rows


# --- reading the model ------------------------------------------------------------------


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise DataFileError(f"{where} is {value!r}; give a number from {low:g} to {high:g}")
    return float(value)


def _checked_entry(entry: Any, source: str) -> dict[str, Any]:
    """The ``model:`` mapping of a theme file, its keys and note checked."""
    where = f"{source}: model"
    if not isinstance(entry, dict):
        raise DataFileError(f"{where} must be a mapping (note, file, threshold ...)")
    unknown = set(entry) - _MODEL_KEYS
    if unknown:
        raise DataFileError(f"{where} has unknown keys {sorted(unknown)}")
    if not str(entry.get("note") or "").strip() or not str(entry.get("file") or "").strip():
        raise DataFileError(f"{where} needs a 'note' (one line) and a 'file' (the weights CSV)")
    if not isinstance(entry.get("use", False), bool):
        raise DataFileError(
            f"{where} use is {entry['use']!r}; write 'use: true' (code with the model) or "
            "'use: false' (the dictionary alone)"
        )
    return entry


def _weights_table(path: Path, theme_ids: Sequence[str], error: type[DataFileError]) -> Any:
    """The weights CSV, checked with its schema; only the columns of ``theme_ids`` are kept
    (an analyst's dictionary may drop a theme: the model then says nothing about it)."""
    table = load_data_file(MODEL_FILE, path=path, error=error)
    if INTERCEPT not in set(table["word"]):
        raise error(f"{path}: no {INTERCEPT!r} row; the model needs its intercepts")
    return table[["word", *(c for c in table.columns[1:] if c in theme_ids)]]


def model_path(folder: Path, name: str) -> Path:
    """Where the weights file ``name`` of a theme file in ``folder`` is: next to it, else
    (an analyst's copy of themes.yaml elsewhere) the package's copy of that name."""
    here = folder / name
    if here.is_file():
        return here
    packaged = data_dir() / name
    return packaged if packaged.is_file() else here


def load_theme_model(
    entry: Any,
    folder: Path,
    source: str,
    theme_ids: Sequence[str],
    error: type[DataFileError] = DataFileError,
    *,
    force: bool = False,
) -> ThemeModel | None:
    """The ``ThemeModel`` of a theme file's ``model:`` entry; None when the entry is absent
    or says ``use: false`` (its settings are still checked, its weights are not read), unless
    ``force``. The weights file is read from ``folder`` (the theme file's folder;
    ``model_path``). Raises ``error`` naming the file and the problem."""
    if entry is None:
        return None
    try:
        entry = _checked_entry(entry, source)
        threshold = _number(entry.get("threshold", 0.5), f"{source}: model threshold", 0, 1)
        per_theme = entry.get("thresholds") or {}
        if not isinstance(per_theme, dict) or set(per_theme) - set(theme_ids):
            raise DataFileError(f"{source}: model thresholds must map theme ids to numbers")
        thresholds = {t: threshold for t in theme_ids} | {
            t: _number(v, f"{source}: model thresholds {t}", 0, 1) for t, v in per_theme.items()
        }
        weight = _number(entry.get("weight", 1.0), f"{source}: model weight", 0, math.inf)
        show = int(_number(entry.get("show", 4), f"{source}: model show", 1, 20))
    except DataFileError as exc:
        raise error(str(exc)) from None
    if not (force or entry.get("use", False)):
        return None
    path = model_path(folder, str(entry["file"]))
    table = _weights_table(path, theme_ids, error)
    try:
        return build_model(
            table, thresholds=thresholds, weight=weight, show=show, note=str(entry["note"])
        )
    except ValueError as exc:
        raise error(f"{path}: a weight is not a number ({exc})") from None


def build_model(
    table: Any, *, thresholds: dict[str, float], weight: float = 1.0, show: int = 4, note: str = ""
) -> ThemeModel:
    """A ``ThemeModel`` from a weights table (``theme_model.csv``'s layout: column ``word``
    with an ``(intercept)`` row, a column of weights per theme)."""
    values = table[list(table.columns[1:])].astype("float64").to_numpy()
    is_intercept = (table["word"] == INTERCEPT).to_numpy()
    words = tuple(table.loc[~is_intercept, "word"])
    return ThemeModel(
        note=" ".join(note.split()),
        themes=tuple(table.columns[1:]),
        words=words,
        weights=values[~is_intercept],
        intercepts=values[is_intercept][0],
        thresholds=thresholds,
        weight=weight,
        show=show,
        index={g: i for i, g in enumerate(words)},
    )


# --- training (benchmarks/theme_model.py) ----------------------------------------------


def train_weights(
    texts: Sequence[str],
    codes: Sequence[set[str]],
    theme_ids: Sequence[str],
    *,
    c: float = 10.0,
) -> Any:
    """Per theme, an L2 logistic regression (liblinear, balanced classes, ``C=c``) on the
    presence of the words (``paragraph_words``) seen in at least two of ``texts``, function
    words included (without them the model gained less recall on the round-3 held-out
    batches and added more false positives on the samples); deterministic. Returns the
    weights table as ``theme_model.csv`` holds it (rows ``(intercept)`` and one
    per word, a column per theme)."""
    import pandas as pd
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = CountVectorizer(
        binary=True,
        min_df=2,
        preprocessor=str.lower,
        tokenizer=_TOKEN.findall,
        token_pattern=None,
    )
    x = vectorizer.fit_transform(list(texts))
    columns = {}
    for theme in theme_ids:
        y = np.array([theme in c for c in codes])
        fitted = LogisticRegression(
            C=c, class_weight="balanced", solver="liblinear", max_iter=2000, random_state=0
        ).fit(x, y)
        columns[theme] = np.concatenate([fitted.intercept_, fitted.coef_[0]])
    words = [INTERCEPT, *vectorizer.get_feature_names_out()]
    return pd.DataFrame({"word": words, **columns})


def _paragraphs(
    doc_ids: Sequence[str], para_ids: Sequence[int], sent_ids: Sequence[int], texts: Sequence[str]
) -> list[tuple[str, int, list[int], list[str]]]:
    """Consecutive sentences grouped by paragraph: ``(doc_id, para_id, sent_ids, texts)``."""
    out: list[tuple[str, int, list[int], list[str]]] = []
    for doc_id, para_id, sent_id, text in zip(doc_ids, para_ids, sent_ids, texts, strict=True):
        if out and out[-1][0] == doc_id and out[-1][1] == para_id:
            out[-1][2].append(sent_id)
            out[-1][3].append(text)
        else:
            out.append((doc_id, para_id, [sent_id], [text]))
    return out


def model_evidence(
    rows: Sequence[tuple], columns: Sequence[Sequence[Any]], themes: Sequence[Any]
) -> list[tuple]:
    """The model's hit rows for sentences ``columns`` (doc_id, para_id, sent_id, text lists,
    in paragraph order) given the dictionary's hit ``rows`` (``theme_hits``' tuples): empty
    when ``themes`` carry no model."""
    model = themes[0].model if themes else None
    if model is None:
        return []
    threshold = {t.id: t.threshold for t in themes}
    score: dict[tuple[str, int, str], float] = {}
    for row in rows:
        key = (row[0], row[1], row[3])
        score[key] = score.get(key, 0.0) + row[8]
    coded = {k for k, v in score.items() if v > 0 and v >= threshold[k[2]] - 1e-9}
    return model_rows(_paragraphs(*columns), list(threshold), coded, model)


def dictionary_only(themes: Sequence[Any]) -> tuple[Any, ...]:
    """``themes`` without their model: coding with the dictionary's terms and rules alone
    (to measure the dictionary by itself, or to code without learned evidence)."""
    return tuple(replace(t, model=None) for t in themes)


def with_word_model(
    themes: Sequence[Any] | str | Path | None = None, path: str | Path | None = None
) -> tuple[Any, ...]:
    """``themes`` carrying the word model of the theme file ``path``, whatever its ``use:``
    says: to measure the model (benchmarks, the validation workflow) or to code with it
    without editing the file.

    ``themes``: loaded themes, a theme file or None (the packaged one); ``path``: the theme
    file whose ``model:`` entry is used (default: ``themes`` when it is a file, else the
    packaged themes.yaml). The model covers the themes it has weights for. Raises
    ``ThemeDictionaryError`` naming the file when it has no ``model:`` entry or a bad one.

    >>> themes = with_word_model()
    >>> themes[0].model is not None and themes[0].model is themes[-1].model
    True
    """
    from analysis.annotators.theme_dictionary import resolve_themes

    if path is None and isinstance(themes, str | Path):
        path = themes
    loaded = resolve_themes(themes)
    source = Path(path) if path is not None else default_themes_path()
    model = _file_model(_read_text(source), str(source), tuple(t.id for t in loaded))
    return tuple(replace(t, model=model) for t in loaded)


def _read_text(source: Path) -> str:
    try:
        return source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ThemeDictionaryError(f"Cannot read theme dictionary {str(source)!r}: {exc}") from None


@lru_cache(maxsize=8)  # keyed by the file's text: an edited theme file is a new entry
def _file_model(text: str, source: str, theme_ids: tuple[str, ...]) -> ThemeModel:
    """The model of a theme file's text (cached: the weights are read once per file)."""
    data = load_data_file("themes.yaml", text=text, source=source, error=ThemeDictionaryError)
    entry = data.get("model") if isinstance(data, dict) else None
    if entry is None:
        raise ThemeDictionaryError(
            f"{source} has no 'model:' entry; add one (note, file, threshold ...) to use a "
            "word model"
        )
    folder = Path(source).parent
    model = load_theme_model(entry, folder, source, theme_ids, ThemeDictionaryError, force=True)
    assert model is not None  # forced
    return model
