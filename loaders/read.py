"""Read a document file: detect its encoding, decode it, refuse what is not a text document.

The decoded string is the document's *original text*: every span the warehouse stores is a
Python string offset into it. Nothing here rewrites the text (no newline translation, no
normalisation); the normalised view used by the extractors lives in ``loaders.normalise``.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from models.records import Document, DocumentMeta, Rejection

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableFile(ValueError):
    """The bytes are not a text document this warehouse can read; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _looks_like_utf16_without_bom(data: bytes) -> str | None:
    # Text in UTF-16 has a NUL in every other byte for ASCII; Chinese text has none, so only
    # trust this for documents with a good share of ASCII (digits, punctuation, newlines).
    sample = data[:4096]
    if len(sample) < 4:
        return None
    # A few NULs fall on the other side too: 开 is U+5F00 and 一 is U+4E00.
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.3 * half and even_nuls < odd_nuls / 4:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < even_nuls / 4:
        return "utf-16-be"
    return None


def _check_text(text: str) -> None:
    if not text.strip():
        raise UnreadableFile("the file holds only whitespace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise UnreadableFile("binary content (control characters in the text)")
    if not any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text):
        raise UnreadableFile("no Chinese text found: not a report about development zones")


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes: BOM, then strict UTF-8, then UTF-16 by NUL pattern, then GB18030."""
    if not data:
        raise UnreadableFile("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"starts with a {encoding} byte-order mark but does not decode: {exc.reason}") from exc
            _check_text(text)
            return Decoded(text, encoding.replace("utf-8-sig", "utf-8-bom"))
    utf16 = _looks_like_utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"looks like {utf16} but does not decode: {exc.reason}") from exc
        _check_text(text)
        return Decoded(text, utf16)
    if b"\x00" in data:
        raise UnreadableFile("binary content (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason in ("unexpected end of data", "invalid continuation byte"):
            raise UnreadableFile(f"truncated: the file ends inside a UTF-8 character (byte {exc.start} of {len(data)})") from exc
        utf8_error = exc
    else:
        _check_text(text)
        return Decoded(text, "utf-8")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            f"not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) and not GB18030 (byte {exc.start}: {exc.reason})"
        ) from exc
    _check_text(text)
    return Decoded(text, "gb18030")


def read_file(path: Path, meta: DocumentMeta, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Rejection:
    """Read one file into a Document, or a Rejection naming the reason; never raises for bad content."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            hasher = hashlib.sha256()
            with path.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    hasher.update(chunk)
            return Rejection(
                file_name=path.name,
                path=str(path),
                sha256=hasher.hexdigest(),
                n_bytes=size,
                reason=f"too large: {size} bytes, the limit is {max_bytes} (raise --max-bytes to read it)",
            )
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(file_name=path.name, path=str(path), sha256="", n_bytes=0, reason=f"cannot read: {exc.strerror}")
    digest = sha256_hex(data)
    try:
        decoded = decode_bytes(data)
    except UnreadableFile as exc:
        return Rejection(file_name=path.name, path=str(path), sha256=digest, n_bytes=len(data), reason=str(exc))
    return Document(doc_id=digest, meta=meta, encoding=decoded.encoding, n_bytes=len(data), text=decoded.text)
