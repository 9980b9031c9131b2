"""Write a synthetic corpus of N documents made from the seed documents, for the benchmarks.

    .venv/bin/python bench/corpus.py N OUT_DIR [--seeds DIR]

Document i is seed i mod 5 with every year from 1990 to 2039 shifted by an offset that depends on
i, and a closing line with its number, so that every file has different bytes (nothing is a
duplicate) while keeping the seeds' writing, density of figures and size (about 15 KB a file).
Files that already exist with the right bytes are left alone, so a corpus can be extended.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_YEAR = re.compile(r"(?<![0-9０-９])(19[9][0-9]|20[0-3][0-9])(?![0-9０-９])")


def _shift(text: str, offset: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group(1)) + offset), text)


def document(seeds: list[tuple[str, str]], i: int) -> tuple[str, str]:
    """The file name and text of document ``i``."""
    stem, text = seeds[i % len(seeds)]
    offset = (i // len(seeds)) % 11 - 5
    return f"{i:05d}_{stem}.txt", f"{_shift(text, offset)}\n（样本 {i}）\n"


def write_corpus(n: int, out: Path, seeds_dir: Path = ROOT / "seeds" / "documents") -> int:
    """Write documents 0 … n-1 into ``out``; returns the number of bytes of the corpus."""
    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        name, text = document(seeds, i)
        data = text.encode("utf-8")
        path = out / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds" / "documents")
    args = parser.parse_args()
    total = write_corpus(args.n, args.out, args.seeds)
    print(f"{args.n} documents, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
