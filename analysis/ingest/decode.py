"""Turn a file's bytes into text, or say why they are not an article.

Encodings are tried in a fixed order: a byte-order mark decides (UTF-8, UTF-16,
UTF-32); otherwise UTF-16 without a mark is recognised by its NUL bytes, then
strict UTF-8, then cp1252 (what Windows editors save). Binary files (PDF, images,
office documents, anything with NUL bytes or many control characters) are refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or Office document (.docx/.xlsx)",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc/.xls)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document",
}
CONTROL_SHARE_LIMIT = 0.01
UTF16_MIN_BYTES = 32  # shorter input is too little evidence to call it BOM-less UTF-16


class UndecodableError(ValueError):
    """The bytes are not text this loader can read; the message is the reason."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the codec that produced it."""

    text: str
    encoding: str
    bom: bytes = b""

    def encode(self) -> bytes:
        """The original bytes again (BOM included): ``decode_bytes(b).encode() == b``."""
        return self.bom + self.text.encode(self.encoding)

    @property
    def label(self) -> str:
        """Codec name as shown in the documents table, e.g. ``utf-16-le+bom``."""
        return self.encoding + ("+bom" if self.bom else "")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every other position, else None."""
    sample = data[:4096]
    if len(sample) < UTF16_MIN_BYTES:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # C0 controls other than \t \n \v \f \r


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(len(text), 1)


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article file's bytes.

    Raises ``UndecodableError`` with a reader-facing reason for empty, binary or
    undecodable input.
    """
    if not data.strip():
        raise UndecodableError("empty file (no text at all); delete it or paste the article in")
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise UndecodableError(f"binary file ({what}), not text; save the article as .txt")
    bom, candidates = next(((bom, [enc]) for bom, enc in BOMS if data.startswith(bom)), (b"", []))
    if not candidates:
        guessed = _utf16_without_bom(data)
        candidates = [guessed] if guessed else ["utf-8", "cp1252", "latin-1"]
    for encoding in candidates:
        try:
            text = data[len(bom) :].decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _control_share(text) > CONTROL_SHARE_LIMIT:
            raise UndecodableError(
                "binary file (NUL or control bytes), not text; save the article as .txt"
            )
        if not text.strip():
            raise UndecodableError("empty file (only white space); delete it or add the text")
        return Decoded(text, encoding, bom)
    raise UndecodableError(f"not decodable as {candidates[0]}; re-save the file as UTF-8 text")
