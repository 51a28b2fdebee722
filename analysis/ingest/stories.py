"""Stories told by several outlets: near-duplicate grouping of documents.

Vietnamese state media syndicate: one VNA story appears, lightly edited, on VietnamPlus,
Nhan Dan, Viet Nam News, VOV and provincial sites, with other headers, bylines and
captions, a shortened lede, a paragraph dropped or added, and spelling variants such as
"Viet Nam" / "Vietnam". ``group_stories`` gives every document the ``story_id`` of the
story it tells, so that prevalence figures can count a story once.

How (content-defined fingerprints, as in Manber's and Broder's near-duplicate detection):

1. ``shingle_sets``: the clean body (``documents.text``) is folded (diacritics removed,
   lower case, punctuation and spaces dropped), and one shingle is taken at the start of
   every word: the next ``SHINGLE_CHARS`` letters, hashed to 32 bits. Shingles that ignore
   spaces make "Viet Nam" and "Vietnam" the same text; starting them at words keeps their
   number at about the number of words. All documents are hashed together in numpy.
2. Fingerprints are the shingles whose hash is 0 modulo ``FINGERPRINT_MOD``: the same text
   gives the same fingerprints wherever it stands, so the share of fingerprints two
   documents have in common estimates how much of the shorter one the longer contains. An
   inverted index (fingerprint -> documents) gives every pair that shares at least
   ``MIN_SHARED_FINGERPRINTS``; fingerprints found in more than ``MAX_FINGERPRINT_DOCS``
   documents are stock phrases and are left out (``analysis.ingest.fingerprint_pairs``).
3. Each candidate pair is verified on the exact shingle sets (made again, for the
   documents of the candidate pairs only: step 1 keeps each document's fingerprints and
   its number of shingles, a quarter of its shingles): the pair tells one story when
   the shared shingles are at least ``MIN_CONTAINMENT`` of the shorter text (so a trimmed
   copy still matches the full story) and at least ``MIN_JACCARD`` of both together (so a
   one-paragraph brief is not swallowed by a long article that quotes it).
4. Verified pairs are joined transitively; the story's id is the doc_id of its earliest
   published member (ties and undated members by doc_id).

MinHash with LSH (``datasketch``) finds the same pairs but estimates Jaccard similarity, not
containment, and its 128 hash permutations per shingle cost about 10 CPU seconds at 10,000
articles before any candidate is checked; one fingerprint test per shingle costs nothing.
Exact copies are also marked by ``analysis.ingest.corpus.mark_duplicates`` (``duplicate_of``);
they fall into the same story here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np
import pandas as pd

from analysis.core.document_text import iter_document_texts
from analysis.core.rows import take_rows
from analysis.ingest.fingerprint_pairs import FINGERPRINT_MOD, print_candidates

#: Letters in one shingle (about three words of English).
SHINGLE_CHARS = 18
#: Documents whose texts are turned into Python strings at once.
TEXT_BATCH_DOCS = 500
MIN_CONTAINMENT = 0.6
MIN_JACCARD = 0.3
#: Characters of folded text hashed in one numpy pass (its arrays take about 30 bytes a
#: character while it runs: 8 MB).
CHUNK_CHARS = 250_000
#: Fingerprints gathered into one array while they are found (1 MB: above the C library's
#: threshold for memory mapped apart, so the array is not kept between freed text).
GATHER_VALUES = 262_144

#: Characters of one document's text that are fingerprinted (its start): articles are far
#: shorter (the samples at most 20,000 characters), so all of an article counts; a page
#: of megabytes costs no more than this, whatever its length (issue 11: hashing a 10 MB
#: text at once took over 200 MB of numpy arrays).
MAX_SHINGLE_TEXT_CHARS = 1_000_000
#: Letters that Unicode does not decompose into a base letter and a mark.
_FOLD_EXTRA = (("đ", "d"), ("Đ", "D"), ("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"))
#: ``texts_at(positions)``: the texts at ``positions`` (of the documents grouped), in order.
TextsAt = Callable[[np.ndarray], Iterable[str]]


def fold_for_matching(text: str) -> str:
    """``text`` in lower case, ASCII only: diacritics removed (``đ`` becomes ``d``), other
    characters that have no ASCII form dropped.

    >>> fold_for_matching("Việt Nam – Đà Nẵng")
    'viet nam  da nang'
    """
    if not text.isascii():
        for letter, plain in _FOLD_EXTRA:  # str.replace: ten times faster than str.translate
            if letter in text:
                text = text.replace(letter, plain)
        decomposed = unicodedata.normalize("NFKD", text)
        text = decomposed.encode("ascii", "ignore").decode("ascii")
    return text.lower()


def _is_letter(codes: np.ndarray) -> np.ndarray:
    return ((codes >= ord("a")) & (codes <= ord("z"))) | ((codes >= ord("0")) & (codes <= ord("9")))


def _shingle_chunk(texts: Sequence[str]) -> list[np.ndarray]:
    """``shingle_sets`` for texts whose folded length fits in memory at once."""
    pad = "\x00" * (SHINGLE_CHARS + 1)  # kept between documents: no shingle crosses one
    pieces = [fold_for_matching(t) for t in texts]
    offsets = np.cumsum([0] + [len(p) + len(pad) for p in pieces])  # where each text starts
    codes = np.frombuffer(pad.join(pieces).encode("ascii") + pad.encode(), dtype=np.uint8)
    letter = ((codes >= 97) & (codes <= 122)) | ((codes >= 48) & (codes <= 57))  # a-z, 0-9
    kept = letter | (codes == 0)
    starts = np.flatnonzero(letter & ~np.concatenate([[False], letter[:-1]]))  # word starts
    packed = np.concatenate([codes[kept], np.zeros(SHINGLE_CHARS, np.uint8)]).astype(np.uint64)
    at = (np.cumsum(kept) - 1)[starts]  # each word start's index in ``packed``
    hashes = np.zeros(len(starts), dtype=np.uint64)
    with np.errstate(over="ignore"):  # the polynomial hash wraps modulo 2**64 on purpose
        for offset in range(SHINGLE_CHARS):
            hashes = hashes * np.uint64(1_000_003) + packed[at + offset]
        mixed = (hashes ^ (hashes >> np.uint64(31))) * np.uint64(0xBF58476D1CE4E5B9)
    hashes32 = (mixed >> np.uint64(32)).astype(np.uint32)
    bounds = np.searchsorted(starts, offsets)  # the word starts of text i: bounds[i]:bounds[i+1]
    return [np.unique(hashes32[bounds[i] : bounds[i + 1]]) for i in range(len(texts))]


def _shingle_chunks(texts: Iterable[str]) -> Iterator[list[np.ndarray]]:
    """``shingle_sets`` of ``texts``, ``CHUNK_CHARS`` characters of them at a time (a text
    longer than ``MAX_SHINGLE_TEXT_CHARS`` cut to its start)."""
    chunk: list[str] = []
    size = 0
    for text in texts:
        text = text[:MAX_SHINGLE_TEXT_CHARS]
        chunk.append(text)
        size += len(text)
        if size >= CHUNK_CHARS:
            yield _shingle_chunk(chunk)
            chunk, size = [], 0
    if chunk:
        yield _shingle_chunk(chunk)


def shingle_sets(texts: Iterable[str]) -> list[np.ndarray]:
    """The distinct 32-bit shingle hashes of each text (see the module docstring), sorted;
    of a text longer than ``MAX_SHINGLE_TEXT_CHARS``, those of its start.

    >>> spaced, joined = shingle_sets(["Viet Nam and Laos", "Vietnam and Laos"])
    >>> len(spaced), len(joined), set(joined) <= set(spaced)
    (4, 3, True)
    >>> [len(s) for s in shingle_sets(["", "Đà Nẵng", "..."])]
    [0, 2, 0]
    """
    return [s for chunk in _shingle_chunks(texts) for s in chunk]


def story_shingles(text: str) -> np.ndarray:
    """``shingle_sets`` of one text."""
    return shingle_sets([text])[0]


def fingerprints(texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of each text, its fingerprints (its shingles that are 0 modulo ``FINGERPRINT_MOD``)
    and its number of shingles: ``(values, n_prints, sizes)``, ``values`` every text's
    fingerprints one after the other (``n_prints`` of each, sorted). A chunk of texts'
    shingles at a time: the whole sets (four times the fingerprints) are never held; the
    chunks' fingerprints are gathered into arrays of ``GATHER_VALUES`` or more
    (``_gathered``), not kept as thousands of small ones between the texts' freed memory.

    >>> values, n_prints, sizes = fingerprints(["Viet Nam and Laos", "", "Vietnam and Laos"])
    >>> n_prints.tolist(), sizes.tolist(), bool((values % FINGERPRINT_MOD == 0).all())
    ([2, 0, 2], [4, 0, 3], True)
    """
    held: list[tuple[np.ndarray, ...]] = []
    pending: list[tuple[np.ndarray, ...]] = []
    for chunk in _shingle_chunks(texts):
        prints = [s[s % FINGERPRINT_MOD == 0] for s in chunk]
        pending.append(
            (
                np.concatenate(prints),
                np.array([len(p) for p in prints], dtype=np.int64),
                np.array([len(s) for s in chunk], dtype=np.int64),
            )
        )
        del chunk, prints
        if sum(len(part[0]) for part in pending) >= GATHER_VALUES:
            held.append(_gathered(pending))
            pending = []
    if pending:
        held.append(_gathered(pending))
    if not held:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0, dtype=np.uint32), empty, empty
    values, n_prints, sizes = _gathered(held)
    return values, n_prints, sizes


def _gathered(parts: Sequence[tuple[np.ndarray, ...]]) -> tuple[np.ndarray, ...]:
    """Tuples of arrays joined field by field (one tuple of the joined arrays).

    >>> _gathered([(np.array([1]), np.array([2])), (np.array([3]), np.array([4]))])
    (array([1, 3]), array([2, 4]))
    """
    return tuple(np.concatenate(field) for field in zip(*parts, strict=True))


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of distinct values share."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 0:
        return 0
    at = np.searchsorted(b, a).clip(max=len(b) - 1)
    return int((b[at] == a).sum())


def _verified(a: np.ndarray, b: np.ndarray) -> bool:
    shared = _shared(a, b)
    containment = shared / min(len(a), len(b))
    jaccard = shared / (len(a) + len(b) - shared)
    return containment >= MIN_CONTAINMENT and jaccard >= MIN_JACCARD


def similar_pairs(texts_at: TextsAt, n: int) -> list[tuple[int, int]]:
    """Positions ``(i, j)``, ``i < j``, of the ``n`` texts that tell one story (sorted).

    ``texts_at(positions)`` gives the texts at ``positions`` (of ``0 .. n - 1``), in that
    order; it is read twice: every text for its fingerprints (``fingerprints``), then the
    texts of the candidate pairs for their shingle sets (``verified_pairs``), so that the
    whole corpus's shingle sets are never held at once.

    >>> story = " ".join(f"Viet Nam and Laos signed accord {n}" for n in range(12))
    >>> texts = [story, story.replace("Viet Nam", "Vietnam"), "x"]
    >>> similar_pairs(lambda positions: [texts[p] for p in positions], 3)
    [(0, 1)]
    """
    values, n_prints, sizes = fingerprints(texts_at(np.arange(n)))
    candidates = print_candidates(values, n_prints, sizes)
    del values
    return verified_pairs(candidates, texts_at)


def verified_pairs(candidates: pd.DataFrame, texts_at: TextsAt) -> list[tuple[int, int]]:
    """The ``candidates`` (``i``, ``j``: positions) that tell one story (``_verified`` on
    their exact shingle sets, made for the documents of the candidates only), sorted."""
    if candidates.empty:
        return []
    docs = np.union1d(candidates["i"].to_numpy(), candidates["j"].to_numpy())
    sets = dict(zip(docs.tolist(), shingle_sets(texts_at(docs)), strict=True))
    return sorted(
        (int(i), int(j))
        for i, j in zip(candidates["i"].tolist(), candidates["j"].tolist(), strict=True)
        if _verified(sets[i], sets[j])
    )


def _components(n: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [root(i) for i in range(n)]


def _texts_in_order(text: pd.Series, positions: np.ndarray) -> Iterator[str]:
    """The values of ``text`` at ``positions`` ("" for missing), ``TEXT_BATCH_DOCS`` at a
    time: neither the column in this order nor a list of all its strings is held at once
    (nor the whole column copied per batch: ``core.rows.take_rows``)."""
    for first in range(0, len(positions), TEXT_BATCH_DOCS):
        batch = take_rows(text.to_frame(), positions[first : first + TEXT_BATCH_DOCS]).iloc[:, 0]
        yield from batch.fillna("").astype(str).tolist()


def group_stories(documents: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> pd.Series:
    """The ``story_id`` of every document (a Series aligned with ``documents``).

    Needs ``doc_id``, ``published`` and ``text``, or, for documents held without their
    text, the ``paragraphs`` it is made from (``core.document_text.iter_document_texts``,
    a batch at a time). A story's id is the doc_id of its first published member; a
    document that shares its story with no other keeps its own doc_id.
    """
    order = (
        documents[["published", "doc_id"]]
        .assign(_pos=np.arange(len(documents)))
        .sort_values(["published", "doc_id"], na_position="last", kind="stable")
    )
    positions = order["_pos"].to_numpy()

    def texts_at(at: np.ndarray) -> Iterable[str]:
        if paragraphs is None:
            return _texts_in_order(documents["text"], positions[at])
        return iter_document_texts(documents["doc_id"], paragraphs, positions[at])

    component = _components(len(order), similar_pairs(texts_at, len(order)))
    first_doc = order["doc_id"].to_numpy()[component]
    story = pd.Series(first_doc, index=positions).sort_index()
    return pd.Series(story.to_numpy(), index=documents.index, name="story_id", dtype="str")


def mark_stories(documents: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> pd.DataFrame:
    """``documents`` with ``story_id`` set by ``group_stories`` (``paragraphs``: for
    documents held without their text); a new frame."""
    return documents.assign(story_id=group_stories(documents, paragraphs))


def stories_table(documents: pd.DataFrame) -> pd.DataFrame:
    """Stories carried by more than one document, one row per story.

    Columns: ``story_id``, ``n_documents``, ``first_outlet`` and ``first_published`` (of the
    earliest member: who carried it first), ``outlets`` (every outlet, "; "-separated, in
    order of publication), ``doc_ids`` (likewise) and ``title`` (the first member's).
    Sorted by size, then story_id.
    """
    columns = ["story_id", "n_documents", "first_outlet", "first_published", "outlets"]
    columns += ["doc_ids", "title"]
    if "story_id" not in documents.columns or documents.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    docs = documents.sort_values(["published", "doc_id"], na_position="last", kind="stable")
    sizes = docs.groupby("story_id")["doc_id"].transform("size")
    shared = docs[sizes > 1]
    if shared.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns}).astype(
            {"n_documents": "int64"}
        )
    grouped = shared.groupby("story_id", sort=False)
    table = pd.DataFrame(
        {
            "n_documents": grouped["doc_id"].size(),
            "first_outlet": grouped["outlet"].first(),
            "first_published": grouped["published"].first(),
            "outlets": grouped["outlet"].agg(lambda s: "; ".join(dict.fromkeys(s.fillna("")))),
            "doc_ids": grouped["doc_id"].agg("; ".join),
            "title": grouped["title"].first(),
        }
    ).reset_index()
    return table.sort_values(["n_documents", "story_id"], ascending=[False, True]).reset_index(
        drop=True
    )[columns]


def one_per_story(documents: pd.DataFrame) -> pd.DataFrame:
    """The first-published document of each story among ``documents`` (all rows when there
    is no ``story_id`` column): the documents to count when a story counts once. Works on a
    selection too: a story whose first member was filtered out is still counted once."""
    if "story_id" not in documents.columns:
        return documents
    first = documents.sort_values(["published", "doc_id"], na_position="last", kind="stable")
    keep = first.drop_duplicates("story_id").index
    return documents.loc[documents.index.isin(keep)]
