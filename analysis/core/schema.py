"""The core tables: their row unit and columns, documented in one place.

Every analysis takes and returns tidy DataFrames. The loader (`analysis.ingest.corpus`)
produces the four core tables below; annotators add long tables keyed by
``(doc_id, para_id, sent_id)``. Where an annotation or a report quotes its sentence
(``evidence`` of events and claims, theme quotes, party candidates), it quotes at most
``text.EVIDENCE_CHARS`` (1,000) characters: the whole sentence, or for run-on text (a
scraped page without full stops is one "sentence") a window of at most
``text.EVIDENCE_WINDOW_CHARS`` (400) around the match, cut at spaces and marked with
"…"; the full sentence is ``sentences.text`` under the same key.

documents (one row per readable file)
    doc_id               file stem, stable across runs (str)
    path                 the file's name, relative to the seeds folder (str; the
                         absolute path is ``Corpus.file_path(path)``)
    sha256               hex digest of the file's bytes (str)
    encoding             codec the bytes were decoded with (str)
    title                article headline (str, may be empty)
    outlet               publishing outlet, canonical name (str, may be empty)
    credited             agency credited next to the outlet, e.g. "VNA", or the source a
                         site's lede credits ("Vietnam News" on a Vientiane Times page)
                         (str, may be empty)
    author               author(s) in title case, "; "-separated (str, may be empty)
    published            publication date (datetime64, NaT when unknown)
    published_precision  "day" / "month" / "year" (str, empty when NaT)
    date_source          "header" / "footer" / "text" (a live page's first time stamp in its
                         text, when the header has no date) / "sidecar" / "url" /
                         "inferred" (str, may be empty)
    date_evidence        the exact text the date was read from (str, may be empty)
    page_date            date shown on the web page when the article says it was
                         first published elsewhere (datetime64, NaT otherwise)
    date_flags           problems seen while reading dates, ";"-separated (str); "news_day":
                         the date is the news day in brackets ("Jumat (13/9/2024)"), the
                         day of the event, which a full date in ``url`` outranks;
                         "above_headline": a date line above the headline, maybe the
                         site's clock (the day the page was saved), outranked the same way;
                         "impossible_month": only the year was read, from a date whose
                         month's slot holds a number above 12 ("09:15, 2020/15/23");
                         "yearless_day": no date read, the text opens with a day and no
                         year ("MARCH 12 --"), quoted in ``date_reason``; an address of
                         another month then gives no date either (``date_conflict``)
    date_reason          which line gave the date and why (its score and features), and the
                         runner-up when another date came close (str, may be empty)
    title_source         which line is the headline and why ("line 3 (score 3.0: good_length,
                         before_date_or_byline)"), the close runner-up, or why there is no
                         headline; "metadata.csv: ..." when the sidecar gave it (str)
    author_source        the byline line(s) the authors were read from (str, may be empty)
    outlet_source        the line that names the outlet and how (credit, marker, site name,
                         byline, dateline), and other outlets named (str, may be empty)
    outlet_kind          how the outlet was found, for rules to read (``outlet_source`` is
                         prose for readers): "site", "credit", "byline", "self_reference",
                         "mention", "publisher", "issuer", "url", "sidecar" or "" (str)
    site_names           when the text names no outlet, the names the page's furniture carries
                         (capitalised runs, a site's marker opening a text paragraph), for
                         rules to read once ``url`` gives the site's domain ("Socialist
                         Action" for socialistaction.net); separated by " | " (str, may be
                         empty)
    metadata_flags       ";"-separated flags an analyst should check: ``no_headline`` (no
                         line good enough to be the headline), ``title_uncertain`` (a close
                         runner-up), ``date_conflict`` (another date came close),
                         ``ambiguous_day_month`` (nothing on the page settles 03/04 vs 04/03,
                         nor the outlet's ``date_order`` in ``data/outlets.yaml``),
                         ``outlet_unlisted`` (the outlet was read from a site-name line, a
                         dateline, a note or the address, and is not in
                         ``data/outlets.yaml``), ``year_from_page`` (the lede's dateline has
                         no year; the year is the one the page prints elsewhere, e.g. its
                         clock), ``series_year`` (the page's only date is the year of the
                         series number opening its headline's line, "2022/14 “Title”"),
                         ``copyright_year`` (the page's only date is the year of a copyright
                         notice in its opening paragraph); every flag in ``METADATA_FLAGS``
    url                  source address from the sidecar (str, may be empty); a date in it
                         is used when the text has none, or only a news day
                         (``date_source = "url"``)
    n_words              words in `text` (int)
    duplicate_of         doc_id of the first document with the same body text (str, may be empty)
    story_id             doc_id of the first-published document telling the same story
                         (syndicated copies, lightly edited; see ``analysis.ingest.stories``); the
                         document's own doc_id when no other carries it (str)
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
    path                 the file, relative to the seeds folder (str)
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

#: How ``documents.site_names`` joins its names.
SITE_NAMES_SEPARATOR = " | "

#: The flags ``documents.metadata_flags`` may carry (described with the column above).
METADATA_FLAGS = (
    "no_headline",
    "title_uncertain",
    "date_conflict",
    "ambiguous_day_month",
    "outlet_unlisted",
    "year_from_page",
    "series_year",
    "copyright_year",
)

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
    "date_reason",
    "title_source",
    "author_source",
    "outlet_source",
    "outlet_kind",
    "site_names",
    "metadata_flags",
    "url",
    "n_words",
    "duplicate_of",
    "story_id",
    "text",
)
PARAGRAPH_COLUMNS = ("doc_id", "para_id", "kind", "text", "raw", "line", "repeat_of")
SENTENCE_COLUMNS = ("doc_id", "para_id", "sent_id", "text", "start", "end")
REJECTED_COLUMNS = ("path", "reason")
