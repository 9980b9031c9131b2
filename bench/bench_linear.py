"""Extraction time against document size on adversarial text, run by hand: prints figures,
asserts nothing.

    .venv/bin/python bench/bench_linear.py [--sizes 0.25,0.5,1] [--family facts ...]

For each record family, one sentence that family extracts is repeated on a single line (no
paragraph breaks: the worst case for anything that scans a paragraph per figure) up to each size
in MB of UTF-8; a few texts without any sentence structure are measured too. Prints seconds per
MB at each size and the growth from the smallest to the largest size (1.0 = linear).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.extract import extract_document  # noqa: E402
from loaders.infer import infer_meta  # noqa: E402
from loaders.reference import load_reference  # noqa: E402
from models.records import Document, DocumentMeta  # noqa: E402

CASES = {
    "metrics": "2022年,某某经济开发区实现规模以上工业总产值123.4亿元,同比增长12.5%,其中高新技术产业产值56.7亿元。",
    "rankings": "在全省开发区综合考评中,某某高新区位列第3位,较上年前移2位。",
    "honours": "某某经济开发区荣获“国家级绿色园区”称号,被评为省级示范园区。",
    "projects": "总投资12亿元的某某新材料项目签约落户某某经济开发区,年内开工建设。",
    "zones": "某某经济开发区、某某高新区、某某工业园区和全市省级以上开发区",
    "years": "2021年、2022年和2023年以来,去年、今年、上年、前三季度、1-7月",
    "table_rows": "某某园区\t123.4\t12.5\t3\n",
    "digits_only": "1234567890",
    "dots_and_digits": "1.1.1.1.",
    "open_brackets": "(((《“【",
    "units_without_numbers": "亿元万元%个百分点家",
}


def _document(text: str) -> Document:
    data = text.encode("utf-8")
    return infer_meta(
        Document(doc_id="0" * 64, meta=DocumentMeta(file_name="bench.txt"), encoding="utf-8", n_bytes=len(data), text=text)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,0.5,1", help="sizes in MB, comma-separated")
    parser.add_argument("--family", action="append", choices=sorted(CASES), help="only these cases")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    reference = load_reference()
    print(f"| case | {' | '.join(f's/MB at {s:g} MB' for s in sizes)} | growth | records at {sizes[-1]:g} MB |")
    print(f"|---|{'---|' * len(sizes)}---|---|")
    for name in args.family or CASES:
        sentence = CASES[name]
        per_mb: list[float] = []
        n_records = 0
        for size in sizes:
            repeats = max(1, int(size * 1024 * 1024 / len(sentence.encode("utf-8"))))
            doc = _document("标题\n" + sentence * repeats)
            started = time.perf_counter()
            extraction = extract_document(doc, reference)
            elapsed = time.perf_counter() - started
            per_mb.append(elapsed / (doc.n_bytes / 1024 / 1024))
            n_records = sum(len(getattr(extraction, f)) for f in ("zones", "years", "metrics", "rankings", "honours", "projects"))
        cells = " | ".join(f"{v:.2f}" for v in per_mb)
        print(f"| {name} | {cells} | {per_mb[-1] / per_mb[0]:.2f} | {n_records} |", flush=True)


if __name__ == "__main__":
    main()
