"""The whole pipeline at scale, run by hand: prints figures, asserts nothing.

    .venv/bin/python bench/bench_pipeline.py [--n 100 1000 10000] [--postgres URL] [--workdir DIR]

For each N: writes a synthetic corpus of N documents (bench/corpus.py), then runs the real CLI in
subprocesses against a fresh DuckDB file (or a fresh schema set of the PostgreSQL database at
URL, which must be empty) and prints, per phase, the wall time, rows/s, MB/s and the peak
resident memory of the whole process tree (devzone, its extraction workers and dbt):

- load: `devzone load` on the fresh warehouse (migrate, hash, extract, load);
- build: `devzone build` (dbt build of every mart and test);
- rerun: `devzone run` again, nothing changed;
- ten new: ten more documents, `devzone run`.
Then each example query of the README, timed on the warehouse.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402

DEVZONE = Path(sys.executable).with_name("devzone")
_RAW_TABLES = ("paragraphs", "zones", "years", "metrics", "rankings", "honours", "projects")


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


@dataclass
class Phase:
    name: str
    seconds: float
    peak_bytes: int
    returncode: int


def run_phase(name: str, args: list[str], env: dict[str, str]) -> Phase:
    started = time.perf_counter()
    proc = subprocess.Popen([str(DEVZONE), *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        print(f"  {name} failed (exit {proc.returncode}):\n{err[-3000:]}")
    return Phase(name, seconds, peak, proc.returncode)


def _readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [q.strip() for q in re.findall(r"```sql\n(.*?)```", text, flags=re.S)]


def _raw_rows(db: Path) -> int:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return sum(con.sql(f"select count(*) from raw.{t}").fetchall()[0][0] for t in _RAW_TABLES)


def _time_queries(db: Path) -> list[tuple[str, float, int]]:
    import duckdb

    timings = []
    with duckdb.connect(str(db), read_only=True) as con:
        for query in _readme_queries():
            started = time.perf_counter()
            n = len(con.sql(query).fetchall())
            timings.append((query.splitlines()[0][:60], time.perf_counter() - started, n))
    return timings


def bench(n: int, workdir: Path, postgres: str | None) -> None:
    corpus = workdir / f"corpus_{n}"
    n_bytes = write_corpus(n, corpus)
    db = workdir / f"bench_{n}.duckdb"
    for leftover in (db, db.with_suffix(".duckdb.wal")):
        leftover.unlink(missing_ok=True)
    target = ["--dsn", postgres] if postgres else ["--db", str(db)]
    env = dict(os.environ)
    print(f"\nN = {n}: {n_bytes / 1e6:.1f} MB, {'PostgreSQL' if postgres else 'DuckDB ' + str(db)}")
    load = run_phase("load", ["load", "--docs", str(corpus), *target], env)
    rows = None if postgres else _raw_rows(db)
    build = run_phase("build", ["build", *target], env)
    rerun = run_phase("rerun", ["run", "--docs", str(corpus), *target], env)
    extra = workdir / f"corpus_{n}_plus10"
    shutil.rmtree(extra, ignore_errors=True)
    shutil.copytree(corpus, extra)
    write_corpus(n + 10, extra)
    ten = run_phase("ten new", ["run", "--docs", str(extra), *target], env)
    for phase in (load, build, rerun, ten):
        line = f"  {phase.name:8s} {phase.seconds:8.1f} s   peak RSS {phase.peak_bytes / 2**30:5.2f} GiB"
        if phase.returncode != 0:
            line += f"   FAILED (exit {phase.returncode})"
        if phase is load:
            line += f"   {n / phase.seconds:7.1f} docs/s   {n_bytes / 1e6 / phase.seconds:5.2f} MB/s"
            if rows is not None:
                line += f"   {rows / phase.seconds:9,.0f} raw rows/s ({rows:,} rows)"
        print(line)
    print(f"  fresh run (load + build) {load.seconds + build.seconds:.1f} s")
    if not postgres:
        for head, seconds, n_rows in _time_queries(db):
            print(f"  query {seconds * 1000:7.1f} ms  {n_rows:6d} rows  {head}")
    shutil.rmtree(extra, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--postgres", help="PostgreSQL URL of an empty database to bench instead of DuckDB")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/devzone-bench"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    for n in args.n:
        bench(n, args.workdir, args.postgres)


if __name__ == "__main__":
    main()
