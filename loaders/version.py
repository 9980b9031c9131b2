"""The extractor's version: a fingerprint of the code and dictionaries that turn text into rows.

Stored with every loaded document, so a run re-extracts documents whose bytes are unchanged but
whose rows came from other rules: improved rules reach an existing warehouse without --reload.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_SOURCES = (("loaders", "**/*.py"), ("models", "records.py"), ("seeds/reference", "*.csv"))
# How rows are scheduled, timed and written, not what they say: changing these re-extracts nothing.
_NOT_EXTRACTION = frozenset(
    {
        "loaders/load.py",
        "loaders/prefetch.py",
        "loaders/pipeline.py",
        "loaders/budget.py",
        "loaders/lifeline.py",
        "loaders/version.py",
    }
)


def extractor_version(root: Path = _ROOT) -> str:
    """sha256 (16 hex digits) over the extraction code and the reference dictionaries, by path."""
    digest = hashlib.sha256()
    for folder, pattern in _SOURCES:
        for path in sorted((root / folder).glob(pattern)):
            name = path.relative_to(root).as_posix()
            if name in _NOT_EXTRACTION:
                continue
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
