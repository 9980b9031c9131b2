"""read_file: every encoding the corpus comes in decodes to the same text; bad bytes are refused
with a reason that names the problem, never with an exception."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from loaders.read import read_file
from models.records import Document, DocumentMeta, Rejection

TEXT = "柯桥经济技术开发区\r\n2020 年实现规上工业总产值 1590.05 亿元，比上年增长 1.69%。\n"


def _read(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Document | Rejection:
    path = tmp_path / name
    path.write_bytes(data)
    return read_file(path, DocumentMeta(file_name=name))


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),  # with the platform's byte-order mark
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        # without a byte-order mark; 开 (U+5F00) puts a NUL on the other side of its pair
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "utf-16", "utf-16-be", "utf-16-le-no-bom", "utf-16-be-no-bom"],
)
def test_decodes_every_supported_encoding_to_the_original_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = _read(tmp_path, data)
    assert isinstance(doc, Document), doc
    assert doc.encoding == encoding
    # The text is kept as written: no BOM, no newline translation, no normalisation.
    assert doc.text == TEXT
    assert doc.doc_id == hashlib.sha256(data).hexdigest()
    assert doc.n_bytes == len(data)
    assert doc.meta.file_name == "doc.txt"


def _truncated_utf8() -> bytes:
    data = TEXT.rstrip("\n。").encode("utf-8") + "元".encode()
    return data[:-1]  # cut inside the last character's three bytes


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n", "whitespace"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary"),
        (_truncated_utf8(), "truncated"),
        (b"An English report with no Chinese at all.\n", "no Chinese"),
    ],
    ids=["empty", "whitespace-only", "binary", "png", "truncated-utf-8", "no-chinese"],
)
def test_refuses_unreadable_files_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    result = _read(tmp_path, data, name="bad.txt")
    assert isinstance(result, Rejection)
    assert reason in result.reason
    assert result.file_name == "bad.txt"
    assert result.path == str(tmp_path / "bad.txt")
    assert result.n_bytes == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()


def test_a_missing_file_is_a_rejection_not_an_exception(tmp_path: Path) -> None:
    result = read_file(tmp_path / "gone.txt", DocumentMeta(file_name="gone.txt"))
    assert isinstance(result, Rejection)
    assert "cannot read" in result.reason


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    result = _read(tmp_path, TEXT.encode("utf-8") * 10)
    assert isinstance(result, Document)
    path = tmp_path / "doc.txt"
    too_large = read_file(path, DocumentMeta(file_name="doc.txt"), max_bytes=100)
    assert isinstance(too_large, Rejection)
    assert "too large" in too_large.reason
