"""The document manifest (seeds/manifest.csv): what the team knows about each document.

A CSV file, or tab-separated when its name ends in .tsv; one row per document, named in the
``file`` column (or ``doc``). Every other column is optional: title, publisher, kind,
published_on, report_year, origin, url. Unknown columns are ignored, so a list of fetched pages
(doc, url, …) serves as a manifest as it is."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from models.records import DocumentMeta

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_KINDS = {"yearbook", "newspaper", "article", "government_report"}
_URL = re.compile(r"^https?://[^\s/]+\S*$", re.IGNORECASE)


class ManifestError(ValueError):
    """A manifest row is malformed; the message names the file, the line and the field."""


def load_manifest(path: Path) -> dict[str, DocumentMeta]:
    """Manifest rows by file name; an absent manifest is an empty one."""
    if not path.exists():
        return {}
    metas: dict[str, DocumentMeta] = {}
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for line_no, row in enumerate(csv.DictReader(fh, delimiter=delimiter), start=2):
            row = {k: (v or "").strip() for k, v in row.items() if k is not None}
            name = row.get("file") or row.get("doc", "")
            if not name:
                raise ManifestError(f"{path}:{line_no}: the 'file' (or 'doc') column is empty")
            kind = row.get("kind", "")
            if kind and kind not in _KINDS:
                raise ManifestError(f"{path}:{line_no}: kind {kind!r} is not one of {sorted(_KINDS)}")
            published = row.get("published_on", "")
            if published and not _DATE.match(published):
                raise ManifestError(f"{path}:{line_no}: published_on {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            report_year = row.get("report_year", "")
            if report_year and not re.fullmatch(r"\d{4}", report_year):
                raise ManifestError(f"{path}:{line_no}: report_year {report_year!r} is not a year")
            url = row.get("url", "")
            if url and not _URL.match(url):
                raise ManifestError(f"{path}:{line_no}: url {url!r} is not an http(s):// address")
            metas[name] = DocumentMeta(
                file_name=name,
                title=row.get("title") or None,
                publisher=row.get("publisher") or None,
                kind=kind or "unknown",  # type: ignore[arg-type]
                kind_source="manifest" if kind else "unknown",
                published_on=published or None,
                published_on_source="manifest" if published else "unknown",
                report_year=int(report_year) if report_year else None,
                report_year_source="manifest" if report_year else "unknown",
                report_year_rule="manifest" if report_year else None,
                origin=row.get("origin") or None,
                url=url or None,
            )
    return metas
