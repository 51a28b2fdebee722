"""The core tables: their row unit and columns, documented in one place.

Every analysis takes and returns tidy DataFrames. The loader (`analysis.corpus`)
produces the four core tables below; annotators add long tables keyed by
``(doc_id, para_id, sent_id)``.

documents (one row per readable file)
    doc_id               file stem, stable across runs (str)
    path                 path of the file as given to the loader (str)
    sha256               hex digest of the file's bytes (str)
    encoding             codec the bytes were decoded with (str)
    title                article headline (str, may be empty)
    outlet               publishing outlet, canonical name (str, may be empty)
    credited             agency credited next to the outlet, e.g. "VNA" (str, may be empty)
    author               author(s) in title case, "; "-separated (str, may be empty)
    published            publication date (datetime64, NaT when unknown)
    published_precision  "day" / "month" / "year" (str, empty when NaT)
    date_source          "header" / "footer" / "sidecar" / "url" / "inferred" (str, may be empty)
    date_evidence        the exact text the date was read from (str, may be empty)
    page_date            date shown on the web page when the article says it was
                         first published elsewhere (datetime64, NaT otherwise)
    date_flags           problems seen while reading dates, ";"-separated (str)
    url                  source address from the sidecar (str, may be empty)
    n_words              words in `text` (int)
    duplicate_of         doc_id of the first document with the same body text (str, may be empty)
    text                 clean body: lede, headings and body paragraphs joined by blank lines,
                         without captions, boilerplate, credits or repeated paragraphs (str)

paragraphs (one row per paragraph; a paragraph is one non-blank line of the file, or a
piece of one when a byline or credit is glued to it)
    doc_id, para_id      para_id is the order in the file, from 0 (int)
    kind                 one of PARAGRAPH_KINDS
    text                 the paragraph's clean text (str)
    raw                  the exact characters of the file this paragraph covers, including
                         the line breaks and blank lines after it: joining `raw` in para_id
                         order rebuilds the decoded file exactly (str)
    line                 1-based line number in the file (int)
    repeat_of            para_id of the paragraph this one repeats (a second copy of the
                         lede), or -1 (int); repeats are left out of `documents.text`

sentences (one row per sentence of title, lede, heading, body and caption paragraphs)
    doc_id, para_id, sent_id   sent_id counts from 0 within the paragraph (int)
    text                 the sentence (str)
    start, end           character offsets into `paragraphs.text` (int)

rejected (one row per file that could not be read as an article)
    path                 the file (str)
    reason               why, and what to do about it (str)
"""

from __future__ import annotations

PARAGRAPH_KINDS = (
    "title",
    "byline",
    "dateline",
    "lede",
    "heading",
    "body",
    "caption",
    "boilerplate",
    "credit",
)

#: Paragraph kinds whose text is the article itself (what analyses read).
CONTENT_KINDS = ("lede", "heading", "body")

#: Paragraph kinds that are split into sentences.
SENTENCE_KINDS = ("title", "lede", "heading", "body", "caption")

DOCUMENT_COLUMNS = (
    "doc_id",
    "path",
    "sha256",
    "encoding",
    "title",
    "outlet",
    "credited",
    "author",
    "published",
    "published_precision",
    "date_source",
    "date_evidence",
    "page_date",
    "date_flags",
    "url",
    "n_words",
    "duplicate_of",
    "text",
)
PARAGRAPH_COLUMNS = ("doc_id", "para_id", "kind", "text", "raw", "line", "repeat_of")
SENTENCE_COLUMNS = ("doc_id", "para_id", "sent_id", "text", "start", "end")
REJECTED_COLUMNS = ("path", "reason")
