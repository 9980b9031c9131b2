"""Extraction speed and memory on the seed documents, run by hand: prints figures, asserts nothing.

    .venv/bin/python bench/bench_extract.py [--repeat N] [--docs DIR] [--peers]

Reads every document once, then extracts each of them N times in this process (pure extraction:
no database), and prints documents/s, characters/s, MB/s, records/s and the peak resident memory.
With --peers, also the MB/s of jionlp.ner.extract_money and cn2an.transform on the same texts in
the same process (`pip install -e '.[bench]'` installs them).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.extract import extract_document  # noqa: E402
from loaders.infer import infer_meta  # noqa: E402
from loaders.manifest import load_manifest  # noqa: E402
from loaders.read import read_file  # noqa: E402
from loaders.reference import load_reference  # noqa: E402
from models.records import Document, DocumentMeta  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--docs", type=Path, default=ROOT / "seeds" / "documents")
    parser.add_argument("--peers", action="store_true", help="time jionlp and cn2an on the same texts")
    args = parser.parse_args()

    reference = load_reference()
    manifest = load_manifest(ROOT / "seeds" / "manifest.csv")
    docs: list[Document] = []
    for path in sorted(args.docs.glob("*.txt")):
        doc = read_file(path, manifest.get(path.name, DocumentMeta(file_name=path.name)))
        if isinstance(doc, Document):
            docs.append(infer_meta(doc))
    chars = sum(len(d.text) for d in docs)

    started = time.perf_counter()
    first = extract_document(docs[0], reference)
    warmup = time.perf_counter() - started

    records = 0
    started = time.perf_counter()
    for _ in range(args.repeat):
        for doc in docs:
            extraction = extract_document(doc, reference)
            records += len(extraction.metrics) + len(extraction.rankings) + len(extraction.honours) + len(extraction.projects)
    elapsed = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n_docs = len(docs) * args.repeat
    print(f"documents      {len(docs)} ({chars} characters), repeated {args.repeat} times")
    print(f"first document {warmup * 1000:.0f} ms (includes building caches; {len(first.metrics)} facts)")
    print(f"elapsed        {elapsed:.2f} s")
    print(f"documents/s    {n_docs / elapsed:.1f}")
    print(f"characters/s   {chars * args.repeat / elapsed:,.0f}")
    print(f"records/s      {records / elapsed:,.0f}")
    print(f"peak RSS       {peak_mib:.0f} MiB")
    n_bytes = sum(len(d.text.encode("utf-8")) for d in docs) * args.repeat
    print(f"MB/s           {n_bytes / 1e6 / elapsed:.3f}  devzone (all six families)")
    if args.peers:
        for name, seconds in _peers([d.text for d in docs], args.repeat):
            print(f"MB/s           {n_bytes / 1e6 / seconds:.3f}  {name}")


def _peers(texts: list[str], repeat: int) -> list[tuple[str, float]]:
    """Seconds each peer takes over ``texts`` ``repeat`` times, after one warm-up pass."""
    import cn2an
    import jionlp

    peers: dict[str, Callable[[str], object]] = {
        "jionlp.ner.extract_money": jionlp.ner.extract_money,
        "cn2an.transform": lambda text: cn2an.transform(text, "cn2an"),
    }
    timings = []
    warnings.simplefilter("ignore")  # cn2an warns about every number word it leaves alone
    for name, function in peers.items():
        for text in texts:
            function(text)
        started = time.perf_counter()
        for _ in range(repeat):
            for text in texts:
                function(text)
        timings.append((name, time.perf_counter() - started))
    return timings


if __name__ == "__main__":
    main()
