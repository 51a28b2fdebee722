"""Tests of ``analysis.ingest.decode``: a file's bytes to text (byte-order marks,
UTF-16 without a mark, UTF-8, cp1252) or a reason why they are not an article."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.decode import UndecodableError, decode_bytes

ARTICLE = "Hà Nội, 13/12/2021 – Đảng Cộng sản Việt Nam met the delegation.\n"


@pytest.mark.parametrize(
    ("data", "encoding", "label"),
    [
        (ARTICLE.encode("utf-8"), "utf-8", "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8", "utf-8+bom"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le", "utf-16-le+bom"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be", "utf-16-be+bom"),
        (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), "utf-32-le", "utf-32-le+bom"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le", "utf-16-le"),  # no mark: NUL pattern
        (ARTICLE.encode("utf-16-be"), "utf-16-be", "utf-16-be"),
    ],
)
def test_unicode_files_decode_to_the_article(data: bytes, encoding: str, label: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == ARTICLE
    assert (decoded.encoding, decoded.label) == (encoding, label)
    assert decoded.encode() == data


def test_windows_text_falls_back_to_cp1252() -> None:
    data = "“Quoted” – a dash and café\n".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text == "“Quoted” – a dash and café\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (codecs.BOM_UTF8 + b"   ", "only white space"),
        (b"%PDF-1.7 ...", "a PDF document"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (b"\x89PNG\r\n", "PNG image"),
        (b"text\x00with a NUL byte in the middle of a line", "NUL or control bytes"),
        (b"a" * 50 + b"\x01\x02\x03", "NUL or control bytes"),
    ],
)
def test_not_an_article_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(data)


def test_few_control_characters_are_tolerated() -> None:
    text = "x" * 200 + "\x07"  # one bell in 201 characters: under the 1 % limit
    assert decode_bytes(text.encode()).text == text


def test_undecodable_utf16_names_the_codec() -> None:
    with pytest.raises(UndecodableError, match="not decodable as utf-16-le"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8" + b"a")  # a lone surrogate, odd length


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
def test_utf8_text_round_trips(text: str) -> None:
    if not text.strip():
        return
    data = text.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encode() == data
    assert (decoded.text, decoded.encoding) == (text, "utf-8")
