"""Time `newsevents code` against a bare spaCy parse of the same texts with the same model.

    python benchmarks/speed.py --gold ../shared/gold   # the 84 PolNeAR dev articles
    python benchmarks/speed.py --texts DIR             # any folder of .txt files
    python benchmarks/speed.py --gold ../shared/gold --split all --workers 1 2   # 924 articles, 1 and 2 processes

Each of the two is warmed up, then timed --repeat times, alternating, and the medians are compared:
on a shared machine one run of each can differ by a third either way.

With --workers, each count is timed twice: a bare spaCy parse (nlp.pipe with n_process) and
`newsevents` coding through its process pool, after every worker has loaded its model.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

import newsevents
from newsevents import Article


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--gold", help="gold folder; uses polnear/dev/text")
    p.add_argument("--texts", help="folder of .txt files")
    p.add_argument("--model")
    p.add_argument("--split", choices=["dev", "train", "all"], default="dev", help="PolNeAR split(s) to use with --gold")
    p.add_argument("--workers", type=int, nargs="*", help="also time the process pool with these worker counts")
    p.add_argument("--repeat", type=int, default=3, help="timed runs of each (their medians are compared)")
    args = p.parse_args()
    if args.texts:
        files = sorted(Path(args.texts).glob("*.txt"))
        folder = Path(args.texts)
    else:
        root = Path(args.gold or "") / "polnear"
        splits = ["dev", "train"] if args.split == "all" else [args.split]
        files = sorted(f for sp in splits for f in (root / sp / "text").glob("*.txt"))
        folder = root
    if not files:
        print(f"no .txt files under {folder}; nothing to measure", file=sys.stderr)
        return 0
    texts = [f.read_text(encoding="utf-8") for f in files]
    coder = newsevents.load(model=args.model)
    list(coder.nlp.pipe(texts[:2]))  # warm up: the model, and the knowledge base's lazy tables
    list(coder.pipe(Article(f.name, t) for f, t in zip(files[:2], texts[:2])))
    bares, fulls = [], []
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        for _ in coder.nlp.pipe(texts, batch_size=32):
            pass
        bares.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in coder.pipe(Article(f.name, t) for f, t in zip(files, texts)):
            pass
        fulls.append(time.perf_counter() - t0)
    bare, full = statistics.median(bares), statistics.median(fulls)
    n = len(texts)
    print(f"articles: {n}; runs of each: {len(bares)} (medians; ratios of the runs {min(f / b for f, b in zip(fulls, bares)):.2f}"
          f"-{max(f / b for f, b in zip(fulls, bares)):.2f}x)")
    print(f"bare spaCy parse: {bare:.1f} s ({n / bare:.2f} articles/s)")
    print(f"newsevents code:  {full:.1f} s ({n / full:.2f} articles/s)")
    print(f"ratio: {full / bare:.2f}x")
    for workers in args.workers or ():
        pool_rates(files, texts, workers, coder)
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


def pool_rates(files, texts, workers: int, coder) -> None:
    from newsevents.engines.pool import ParallelCoder

    nlp = coder.nlp

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
        pass
    bare = time.perf_counter() - t0
    articles = [Article(f.name, t) for f, t in zip(files, texts)]
    with ParallelCoder(workers, coder.settings) as pool:
        list(pool.pipe(articles[: 8 * workers]))  # every worker has its model loaded
        t0 = time.perf_counter()
        n = sum(1 for _ in pool.pipe(articles))
        full = time.perf_counter() - t0
    print(f"{workers} worker(s): bare parse {n / bare:.2f} articles/s, newsevents {n / full:.2f} articles/s "
          f"(ratio {full / bare:.2f}x)")


if __name__ == "__main__":
    raise SystemExit(main())
