"""Peak memory of `newsevents ingest` over a large corpus made from the bundled examples.

    python benchmarks/memory.py --n 20000 --workers 2

Each article is an example story with a reference line added, so every text (and content hash) is
new. The ingest runs as a subprocess; the resident memory of it and its worker processes is summed
every half second, and the peak is reported with the rate.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
        todo.extend(children.get(p, ()))
    return total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    examples = [p.read_text(encoding="utf-8") for p in sorted((resources.files("newsevents") / "examples").iterdir())]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for i in range(args.n):
                text = examples[i % len(examples)] + f"\n\nReference {i}.\n"
                f.write(json.dumps({"id": f"story-{i}", "text": text, "published": "2026-11-18"}) + "\n")
        db = Path(tmp) / "big.duckdb"
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "ingest", str(corpus), "--db", str(db),
                                 "--workers", str(args.workers)], stderr=subprocess.PIPE, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.5)
        took = time.monotonic() - start
        print(proc.stderr.read().strip().splitlines()[-1])
    print(f"{args.n} articles, {args.workers} workers: {took:.0f} s ({args.n / took:.1f} articles/s), "
          f"peak memory of ingest and its workers {peak / 2**20:.0f} MB")
    return 0 if proc.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
