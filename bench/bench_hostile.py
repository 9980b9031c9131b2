"""Hostile input files against `devzone run`, run by hand: prints a Markdown report, asserts nothing.

    .venv/bin/python bench/bench_hostile.py [--timeout S] [--extract-timeout S] [--workers N]

Builds a temporary folder with the five seed documents and one file of each hostile kind (empty,
binary, re-encoded, truncated, oversized, symlinked, ...), runs `devzone run` on it twice into a
fresh DuckDB file, and prints per kind what the warehouse did with the file against what we
expect, the time `loaders.pipeline.process` takes on that file alone, the exit status and wall
time of both runs, and whether the second run changed anything. A run past its timeout is killed
(its whole process group) and reported as stalled.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.manifest import load_manifest  # noqa: E402
from loaders.pipeline import Source, discover, process  # noqa: E402
from loaders.read import DEFAULT_MAX_BYTES  # noqa: E402
from loaders.reference import load_reference  # noqa: E402
from models.records import Rejection  # noqa: E402
from models.tables import RECORD_TABLES, metadata  # noqa: E402

SEEDS = sorted((ROOT / "seeds" / "documents").glob("*.txt"))
SENTENCE = "2022年，某某经济开发区实现规模以上工业总产值123.4亿元，同比增长12.5%。"


@dataclass(frozen=True)
class Kind:
    label: str
    file_name: str
    expected: tuple[str, ...]  # acceptable outcomes
    reason_prefix: str = ""  # a quarantine must give this reason


@dataclass(frozen=True)
class Run:
    exit_code: int | None  # None: killed at the timeout
    seconds: float
    stderr: str


@dataclass(frozen=True)
class Snapshot:
    documents: dict[str, tuple[str, int, int]]  # file name -> (doc_id, records, facts)
    quarantine: dict[str, str]  # file name -> reason
    counts: dict[str, int]  # raw table -> rows


def build_folder(docs: Path, outside: Path) -> list[Kind]:
    """Fill ``docs`` with the seeds and the hostile files; ``outside`` holds what symlinks point at."""
    kinds = []
    seed = [p.read_bytes() for p in SEEDS]
    text = [b.decode("utf-8") for b in seed]

    def add(label: str, name: str, data: bytes | str, expected: tuple[str, ...], reason: str = "") -> None:
        (docs / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kinds.append(Kind(label, name, expected, reason))

    ok, bad, gone = ("loaded",), ("quarantined",), ("quarantined", "absent")
    for path in SEEDS:
        shutil.copyfile(path, docs / path.name)
        kinds.append(Kind("good seed", path.name, ok))
    add("empty file", "h01_empty.txt", b"", bad)
    add("whitespace only", "h02_whitespace_only.txt", " \n\t\u3000\r\n  \n", bad)
    add("binary garbage", "h03_binary_garbage.txt", random.Random(42).randbytes(64 * 1024), bad)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    add("PNG renamed .txt", "h04_png_header.txt", png + random.Random(4).randbytes(4096), bad)
    add("NUL bytes in Chinese text", "h05_nul_bytes.txt", SENTENCE[:20] + "\x00\x00" + SENTENCE[20:], bad)
    # 000 is the seed whose text GBK can encode and has the most ASCII (for UTF-16 without BOM).
    add("GBK copy of a seed", "h06_gbk_seed.txt", text[0].encode("gbk"), ok)
    add("UTF-16 with BOM copy", "h07_utf16_bom_seed.txt", text[1].encode("utf-16"), ok)
    add("UTF-16 LE without BOM", "h08_utf16le_nobom_seed.txt", text[0].encode("utf-16-le"), ok)
    add("truncated UTF-8 (mid-character)", "h09_truncated_utf8.txt", seed[1][: len(seed[1]) // 2 + 1], bad)
    middle = seed[3].index(b"\n", len(seed[3]) // 2) + 1  # \x80\xff starts no character in UTF-8 or GB18030
    add("invalid UTF-8, not GB18030", "h10_invalid_bytes.txt", seed[3][:middle] + b"\x80\xff" + seed[3][middle:], bad)
    add("5 MB on one line", "h11_5mb_one_line.txt", SENTENCE * (5 * 2**20 // len(SENTENCE.encode()) + 1), ok)
    add("10,000-character paragraph", "h12_10k_paragraph.txt", "某某经济开发区\n\n" + SENTENCE.replace("2022", "2021") * 250, ok)
    huge = docs / "h13_over_size_limit.txt"
    huge.write_text(SENTENCE)
    os.truncate(huge, DEFAULT_MAX_BYTES + 2**20)  # sparse: the size check must trip before any decoding
    kinds.append(Kind("over the size limit", huge.name, bad, "too large"))
    add("duplicate bytes of a seed", "h14_duplicate_of_seed.txt", seed[0], bad, "duplicate")
    (docs / "hdir.txt").mkdir()
    kinds.append(Kind("directory named .txt", "hdir.txt", ("absent",)))
    (outside / "outside.txt").write_text("某某经济开发区2022年实现营业收入88.8亿元。\n")
    (docs / "hlink.txt").symlink_to(outside / "outside.txt")
    kinds.append(Kind("symlink to a file outside", "hlink.txt", gone))
    (docs / "h17_broken_link.txt").symlink_to(outside / "missing.txt")
    kinds.append(Kind("broken symlink", "h17_broken_link.txt", gone))
    # Root reads a mode-000 file all the same, so there the honest expectation is a load.
    locked = ok if os.geteuid() == 0 else bad
    add("no read permission (chmod 000)", "h18_no_read_permission.txt", SENTENCE.replace("123.4", "77.7"), locked)
    os.chmod(docs / "h18_no_read_permission.txt", 0)
    absurd = "2022年，某某经济开发区实现工业总产值123456789012345678901234567亿元，同比增长12.5%。\n"
    add("absurd 27-digit figure", "h19_absurd_figure.txt", absurd + SENTENCE.replace("123.4", "55.5"), ("loaded", "quarantined"))
    zero_width = "2022年，某某经济开发区实现规模以上工业总产值12\u200b3.4亿元，同比增长1\ufeff2.5%，工业投资5\u200d6.7亿元。"
    add("zero-width characters in figures", "h20_zero_width.txt", zero_width, ok)
    add(
        "bidi marks",
        "h21_bidi_marks.txt",
        "2022年，\u202e某某经济开发区实现工业总产值\u200e123.4亿元\u202c，增长\u200f12.5%。",
        ok,
    )
    add("combining marks", "h22_combining_marks.txt", "2022年，某某开\u0301发区实现工业总产值1\u03012\u03003.4亿元\u0308。", ok)
    table = "某某经济开发区主要经济指标\n指标\t2021年\t2022年\t增速\n规模以上工业总产值（亿元）\t110.2\t123.4\n营业收入（亿元）\t\t\t12.5%\n利润（亿元）\t8.1\n固定资产投资（亿元）\t\t45.6\t\t\t\n"
    add("table with missing cells", "h23_ragged_table.txt", table, ok)
    add(
        "ASCII English only",
        "h24_ascii_english.txt",
        "In 2022 the zone's industrial output was 12.34 billion yuan, up 12.5%.\n" * 50,
        bad,
    )
    add(
        "1.6 MB line of '1.1.1.1.'",
        "h25_dotted_digits_line.txt",
        "某某经济开发区主要指标：" + "1.1.1.1." * 200_000 + "实现工业总产值123.4亿元。",
        ok,
    )
    add(
        "deeply nested brackets", "h26_nested_brackets.txt", "某某经济开发区" + "（【(" * 20_000 + SENTENCE + ")】）" * 20_000, ok
    )
    add("name with spaces, Chinese, quotes", "h27 开发区 \"年报\" '2022'.txt", SENTENCE.replace("123.4", "66.6"), ok)
    add("CRLF copy of a seed", "h28_crlf_seed.txt", text[3].replace("\n", "\r\n"), ok)
    add("lone CR copy of a seed", "h29_cr_seed.txt", text[4].replace("\n", "\r"), ok)
    return kinds


def run_devzone(docs: Path, db: Path, workers: int, timeout: float) -> Run:
    command = [str(ROOT / ".venv" / "bin" / "devzone"), "run", "--docs", str(docs), "--db", str(db), "--workers", str(workers)]
    started = time.monotonic()
    # A session of its own, so that a stall is ended with the pool workers and dbt it started.
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, stderr = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, stderr = proc.communicate()
        code = None
    return Run(code, time.monotonic() - started, stderr)


def snapshot(db: Path) -> Snapshot:
    if not db.exists():
        return Snapshot({}, {}, {})
    records = " UNION ALL ".join(f"SELECT doc_id FROM raw.{t.name}" for t in RECORD_TABLES)
    with duckdb.connect(str(db), read_only=True) as con:
        documents = con.execute(
            f"SELECT d.file_name, d.doc_id, count(r.doc_id), (SELECT count(*) FROM raw.metrics m WHERE m.doc_id = d.doc_id) "
            f"FROM raw.documents d LEFT JOIN ({records}) r USING (doc_id) GROUP BY d.file_name, d.doc_id"
        ).fetchall()
        quarantine = con.execute("SELECT file_name, reason FROM raw.quarantine ORDER BY file_name").fetchall()
        counts = {t.name: con.execute(f"SELECT count(*) FROM raw.{t.name}").fetchall()[0][0] for t in metadata.sorted_tables}
    return Snapshot({name: (doc_id, n, facts) for name, doc_id, n, facts in documents}, dict(quarantine), counts)


def _time_one(source: Source, conn: Connection) -> None:
    reference = load_reference()  # outside the clock: every worker of a run builds it once
    started = time.perf_counter()
    result = process(source, reference)
    elapsed = time.perf_counter() - started
    if isinstance(result, Rejection):
        conn.send(f"{elapsed:.2f} s, rejected")
    else:
        conn.send(f"{elapsed:.2f} s, {len(result.metrics)} facts")


def time_extractions(sources: list[Source], timeout: float) -> dict[str, str]:
    """Each file through ``process`` in a process of its own, so that a stall is killed, not waited on."""
    context = multiprocessing.get_context("spawn")
    times = {}
    for source in sources:
        receiver, sender = context.Pipe(duplex=False)
        worker = context.Process(target=_time_one, args=(source, sender))
        worker.start()
        sender.close()  # the child's end only: a child that dies then reads as EOF, not as a stall
        try:
            times[source.path.name] = receiver.recv() if receiver.poll(timeout) else f"stalled > {timeout:.0f} s"
        except EOFError:
            times[source.path.name] = "extraction process died"
        worker.kill()
        worker.join()
    return times


def outcome(kind: Kind, snap: Snapshot, run: Run, discovered: set[str]) -> tuple[str, str]:
    if kind.file_name in snap.documents:
        _, n, facts = snap.documents[kind.file_name]
        return "loaded", f"{n} records ({facts} facts)"
    if kind.file_name in snap.quarantine:
        return "quarantined", snap.quarantine[kind.file_name]
    if run.exit_code is None and kind.file_name in discovered:
        return "stalled", "not reached before the timeout"
    return "absent", "not picked up" if kind.file_name not in discovered else "picked up, not stored"


def describe(run: Run) -> str:
    status = f"exit {run.exit_code}" if run.exit_code is not None else "killed at the timeout (stalled)"
    return f"{status}, {run.seconds:.1f} s wall"


def cell(text: str, width: int = 90) -> str:
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=600, help="seconds per `devzone run`")
    parser.add_argument("--extract-timeout", type=float, default=60, help="seconds per file in the timing pass")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stderr-lines", type=int, default=15, help="last lines of each run's stderr to print")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp, tempfile.TemporaryDirectory(prefix="outside-") as outside:
        docs, db = Path(tmp) / "docs", Path(tmp) / "warehouse.duckdb"
        docs.mkdir()
        kinds = build_folder(docs, Path(outside))
        sources = discover(docs, load_manifest(ROOT / "seeds" / "manifest.csv"))
        discovered = {s.path.name for s in sources}

        first = run_devzone(docs, db, args.workers, args.timeout)
        before = snapshot(db)
        second = run_devzone(docs, db, args.workers, args.timeout)
        after = snapshot(db)
        times = time_extractions(sources, args.extract_timeout)

    print(f"# Hostile files: {len(kinds) - len(SEEDS)} kinds plus {len(SEEDS)} seeds, `devzone run --workers {args.workers}`\n")
    print("| # | kind | file | expected | outcome | reason / records | match | alone through `process` | run 2 |")
    print("|---|---|---|---|---|---|---|---|---|")
    mismatches = 0
    for i, kind in enumerate(kinds, 1):
        result, detail = outcome(kind, before, first, discovered)
        match = result in kind.expected and (result != "quarantined" or detail.startswith(kind.reason_prefix))
        mismatches += not match
        expected = " or ".join(kind.expected) + (f": {kind.reason_prefix}" if kind.reason_prefix else "")
        same = (before.documents.get(kind.file_name), before.quarantine.get(kind.file_name)) == (
            after.documents.get(kind.file_name),
            after.quarantine.get(kind.file_name),
        )
        print(
            f"| {i} | {kind.label} | `{cell(kind.file_name, 40)}` | {expected} | {result} | {cell(detail)} "
            f"| {'yes' if match else '**no**'} | {times.get(kind.file_name, 'not discovered')} | {'unchanged' if same else '**changed**'} |"
        )

    seeds_loaded = sum(p.name in before.documents for p in SEEDS)
    changed = {t: (before.counts.get(t), n) for t, n in after.counts.items() if before.counts.get(t) != n}
    print(f"\n- good seeds loaded: {seeds_loaded} of {len(SEEDS)}")
    print(f"- files not as expected: {mismatches} of {len(kinds)}")
    print(f"- run 1: {describe(first)}")
    print(f"- run 2: {describe(second)}")
    counts = ", ".join(f"{t} {n}" for t, n in after.counts.items()) or "no warehouse"
    counts_same = "equal" if not changed else "changed: " + ", ".join(f"{t} {a} → {b}" for t, (a, b) in changed.items())
    idempotent = second.exit_code == 0 and not changed and bool(after.counts)
    print(f"- idempotent (run 2 exit 0 and raw.* row counts equal): {'yes' if idempotent else '**no**'}; counts {counts_same}")
    print(f"- raw.* rows after run 2: {counts}")
    for name, run in (("run 1", first), ("run 2", second)):
        print(f"\n<details><summary>{name} stderr, last {args.stderr_lines} lines</summary>\n\n```")
        print("\n".join(run.stderr.splitlines()[-args.stderr_lines :]))
        print("```\n</details>")


if __name__ == "__main__":
    main()
