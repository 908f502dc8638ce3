"""What the knowledge base costs: the time it takes to load and the resident memory it adds, beyond
the spaCy pipeline, in a fresh process (issue 17's budget: at most 1.5 s and 300 MB).

    python benchmarks/kb_cost.py [--runs 5]

Each run is a new interpreter. One kind loads the spaCy model and parses the bundled example stories;
the other loads the coder (`newsevents.load`: the same model, the knowledge base, the stages) and
codes the same stories, so that the names they look up are read in. The differences of the median
load times and of the growth of VmRSS are what the knowledge base and the stages add. The
compiled files must exist (make install builds them); the first run after a change to the data
builds them again, and is not counted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

COMMON = r"""
import json, sys, time
from importlib import resources

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024

import newsevents
from newsevents.stages.parse import load_model
stories = [f.read_text(encoding="utf-8") for f in sorted(resources.files("newsevents").joinpath("examples").iterdir())
           if f.name.endswith(".txt")]
base, t0 = rss(), time.perf_counter()
"""
# the spaCy pipeline alone, over the same stories
SPACY = COMMON + r"""
nlp = load_model()
loaded = time.perf_counter() - t0
for s in stories:
    nlp(s)
print(json.dumps({"load_s": loaded, "rss_mb": (rss() - base) / 2**20}))
"""
# the coder: the pipeline, the knowledge base (opened on first use) and the stages
CODER = COMMON + r"""
coder = newsevents.load()
coder.actor("Egypt")
loaded = time.perf_counter() - t0
for s in stories:
    coder.code(s, published="2026-01-01")
print(json.dumps({"load_s": loaded, "rss_mb": (rss() - base) / 2**20}))
"""


def once(program: str) -> dict:
    out = subprocess.run([sys.executable, "-c", program], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    once(CODER)  # builds the compiled files if the data changed
    spacy_runs = [once(SPACY) for _ in range(args.runs)]
    coder_runs = [once(CODER) for _ in range(args.runs)]
    med = lambda runs, k: statistics.median(r[k] for r in runs)  # noqa: E731
    load = med(coder_runs, "load_s") - med(spacy_runs, "load_s")
    rss = med(coder_runs, "rss_mb") - med(spacy_runs, "rss_mb")
    print(f"spaCy alone: {med(spacy_runs, 'load_s'):.2f} s, {med(spacy_runs, 'rss_mb'):.0f} MB; "
          f"the coder: {med(coder_runs, 'load_s'):.2f} s, {med(coder_runs, 'rss_mb'):.0f} MB")
    print(f"knowledge base and stages: load {load:.2f} s, {rss:.0f} MB resident (medians of {args.runs} runs; "
          f"budget 1.5 s and 300 MB)")
    return 0 if load <= 1.5 and rss <= 300 else 1


if __name__ == "__main__":
    raise SystemExit(main())
