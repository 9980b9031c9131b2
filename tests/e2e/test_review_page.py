"""`devzone review` (devzone.review.write_review): a static HTML page per seed document, checked as
written and as rendered by headless Chromium (Debian's `chromium` package; the browser tests skip
without it): the page renders, and the number of highlights equals the number of records."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest
from e2e_pipeline import PipelineRuns

from devzone.config import Warehouse
from devzone.errors import UserError
from devzone.review import _Span, render_text, write_review

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (Debian: apt-get install chromium)"
)
RECORD_TABLES = ("metrics", "rankings", "honours", "projects", "zones", "years")


class _Marks(HTMLParser):
    """Collects the record highlights (mark.rec) and continuation fragments of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.heads: list[str] = []
        self.fragments: list[str] = []
        self.body: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if tag == "mark" and "rec" in classes:
            self.heads.append(values.get("data-rec") or "")
        elif tag == "mark" and "rec-cont" in classes:
            self.fragments.append(values.get("data-rec") or "")
        elif tag == "body":
            self.body = values


def _marks(html_text: str) -> _Marks:
    parser = _Marks()
    parser.feed(html_text)
    return parser


def _record_ids(db: Path) -> dict[str, tuple[str, set[str]]]:
    """file name -> (doc_id, record ids of every raw record table)."""
    with duckdb.connect(str(db), read_only=True) as con:
        docs = dict(con.execute("select doc_id, file_name from raw.documents").fetchall())
        ids: dict[str, set[str]] = {doc_id: set() for doc_id in docs}
        for table in RECORD_TABLES:
            for doc_id, record_id in con.execute(f"select doc_id, record_id from raw.{table}").fetchall():
                ids[doc_id].add(record_id)
    return {docs[doc_id]: (doc_id, ids[doc_id]) for doc_id in docs}


@pytest.fixture(scope="module")
def review(duckdb_pipeline: PipelineRuns, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """The pages of the session's seed warehouse (tests/e2e/conftest.py)."""
    db = Path(duckdb_pipeline.db)
    return db, write_review(Warehouse.resolve(str(db)), tmp_path_factory.mktemp("review"))


def _page_of(pages: list[Path], file_name: str) -> Path:
    return next(p for p in pages if p.name == f"{Path(file_name).stem}.html")


@pytest.mark.e2e
def test_a_page_per_document_and_an_index(review: tuple[Path, list[Path]]) -> None:
    db, pages = review
    records = _record_ids(db)
    assert pages[-1].name == "index.html"
    assert sorted(p.name for p in pages[:-1]) == sorted(f"{Path(name).stem}.html" for name in records)
    index = pages[-1].read_text(encoding="utf-8")
    assert all(f'href="{p.name}"' in index for p in pages[:-1])


@pytest.mark.e2e
def test_every_record_is_highlighted_once_in_the_written_page(review: tuple[Path, list[Path]]) -> None:
    db, pages = review
    for file_name, (_, ids) in _record_ids(db).items():
        marks = _marks(_page_of(pages, file_name).read_text(encoding="utf-8"))
        assert len(marks.heads) == len(ids), file_name
        assert set(marks.heads) == ids
        assert set(marks.fragments) <= ids


@pytest.mark.e2e
def test_page_lists_the_numbers_no_record_covers(review: tuple[Path, list[Path]]) -> None:
    _, pages = review
    page = pages[0].read_text(encoding="utf-8")
    assert 'id="uncovered"' in page and "Numbers no record covers" in page
    assert 'src="http' not in page and 'href="http' not in page  # self-contained: nothing to fetch


def _dump_dom(page: Path) -> str:
    assert CHROMIUM is not None
    profile = tempfile.mkdtemp(prefix="devzone-chromium-")
    try:
        done = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.e2e
@needs_chromium
def test_pages_render_in_chromium_with_one_highlight_per_record(review: tuple[Path, list[Path]]) -> None:
    db, pages = review
    for file_name, (_, ids) in _record_ids(db).items():
        dom = _marks(_dump_dom(_page_of(pages, file_name)))
        # the page's script ran and counted the highlights the browser built
        assert dom.body.get("data-rendered-highlights") == str(len(ids)), file_name
        assert dom.body.get("data-rendered-records") == str(len(ids)), file_name
        assert len(dom.heads) == len(ids) and set(dom.heads) == ids


def test_crossing_spans_are_split_and_keep_one_head_each() -> None:
    def span(start: int, end: int, key: str) -> _Span:
        return _Span(
            start, end, 1, key, f'<mark class="rec" data-rec="{key}">', f'<mark class="rec-cont" data-rec="{key}">', "</mark>"
        )

    out = render_text("0123456789", [span(0, 6, "a"), span(3, 9, "b"), span(4, 5, "c"), span(7, 7, "d")])
    marks = _marks(out)
    assert sorted(marks.heads) == ["a", "b", "c", "d"]
    assert marks.fragments == ["b"]
    assert out.count("<mark") == out.count("</mark>")
    assert "".join(ch for ch in out if ch.isdigit()) == "0123456789"


def test_review_refuses_a_file_as_its_folder(tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="not a folder"):
        write_review(Warehouse.resolve(str(tmp_path / "missing.duckdb")), target)
    with pytest.raises(UserError, match="no warehouse"):
        write_review(Warehouse.resolve(str(tmp_path / "missing.duckdb")), tmp_path / "out")
