"""Time `newsevents code` against a bare spaCy parse of the same texts with the same model.

    python benchmarks/speed.py --gold ../shared/gold   # the 84 PolNeAR dev articles
    python benchmarks/speed.py --texts DIR             # any folder of .txt files
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsevents.pipeline import Coder
from newsevents.schema import Article


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--gold", help="gold folder; uses polnear/dev/text")
    p.add_argument("--texts", help="folder of .txt files")
    p.add_argument("--model")
    args = p.parse_args()
    folder = Path(args.texts) if args.texts else Path(args.gold or "") / "polnear" / "dev" / "text"
    files = sorted(folder.glob("*.txt"))
    if not files:
        print(f"no .txt files under {folder}; nothing to measure", file=sys.stderr)
        return 0
    texts = [f.read_text(encoding="utf-8") for f in files]
    coder = Coder(model=args.model)
    list(coder.nlp.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    for _ in coder.nlp.pipe(texts, batch_size=32):
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in coder.code(Article(f.name, t) for f, t in zip(files, texts)):
        pass
    full = time.perf_counter() - t0
    n = len(texts)
    print(f"articles: {n}")
    print(f"bare spaCy parse: {bare:.1f} s ({n / bare:.2f} articles/s)")
    print(f"newsevents code:  {full:.1f} s ({n / full:.2f} articles/s)")
    print(f"ratio: {full / bare:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
