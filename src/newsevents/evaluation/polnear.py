"""PolNeAR attributions: quote and speaker scoring as the gold README defines it.

A predicted quote matches a gold Content when it covers at least half of the gold characters; the
speaker is right when the predicted speaker mention overlaps the gold Source. Direct gold contents are
those containing a quotation mark. Where an article has several annotators, the first file is used.
"""

from __future__ import annotations

from pathlib import Path

from ..records import Article
from . import Row, f1, ratio

MARKS = ('"', "“", "”", "''")


def parse_ann(text: str) -> list[dict]:
    spans: dict[str, list[tuple[int, int]]] = {}
    kinds: dict[str, str] = {}
    attributions = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            kind, _, ranges = parts[1].partition(" ")
            kinds[parts[0]] = kind
            spans[parts[0]] = [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))]
        elif parts[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in parts[1].split())
            attributions.append(roles)
    out = []
    for roles in attributions:
        content = spans.get(roles.get("Content", ""))
        if not content:
            continue
        out.append({"content": content, "source": spans.get(roles.get("Source", "")), "cue": spans.get(roles.get("Cue", ""))})
    return out


def _overlap(a: tuple[int, int], ranges: list[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in ranges)


def load(gold: Path, split: str = "dev") -> list[tuple[str, str, list[dict]]] | None:
    root = gold / "polnear" / split
    if not (root / "text").is_dir():
        return None
    anns = sorted((root / "attributions").glob("*.ann"))
    out = []
    for txt in sorted((root / "text").glob("*.txt")):
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == txt.stem]
        if not mine:
            continue
        text = txt.read_text(encoding="utf-8")
        out.append((txt.stem, text, parse_ann(mine[0].read_text(encoding="utf-8"))))
    return out


def run(coder, gold: Path, split: str = "dev") -> list[Row] | None:
    data = load(gold, split)
    if data is None:
        return None
    articles = [Article(doc_id=name, text=text) for name, text, _ in data]
    stats = {k: 0 for k in ("pred_d", "pred_d_ok", "gold_d", "gold_d_found", "pred_all", "pred_all_ok", "gold_all", "gold_all_found", "spk_d_n", "spk_d_ok", "spk_all_n", "spk_all_ok")}
    for (name, text, gold_attrs), doc in zip(data, coder.pipe(articles)):
        preds = [(q.start, q.end, q) for q in doc.quotes]
        direct_preds = [p for p in preds if p[2].kind == "direct"]
        matched_pred: set[int] = set()
        for g in gold_attrs:
            size = sum(e - s for s, e in g["content"])
            is_direct = any(m in "".join(text[s:e] for s, e in g["content"]) for m in MARKS)
            hit = next((p for p in preds if _overlap((p[0], p[1]), g["content"]) * 2 >= size), None)
            stats["gold_all"] += 1
            if is_direct:
                stats["gold_d"] += 1
            if hit is None:
                continue
            matched_pred.add(id(hit[2]))
            stats["gold_all_found"] += 1
            if is_direct:
                stats["gold_d_found"] += 1
            if g["source"]:
                sp = hit[2].speaker
                ok = sp is not None and _overlap((sp.start, sp.end), g["source"]) > 0
                stats["spk_all_n"] += 1
                stats["spk_all_ok"] += ok
                if is_direct:
                    stats["spk_d_n"] += 1
                    stats["spk_d_ok"] += ok
        stats["pred_all"] += len(preds)
        stats["pred_all_ok"] += sum(id(p[2]) in matched_pred for p in preds)
        stats["pred_d"] += len(direct_preds)
        stats["pred_d_ok"] += sum(id(p[2]) in matched_pred for p in direct_preds)
    s = stats
    name = "polnear" if split == "dev" else f"polnear-{split}"
    pd, rd = ratio(s["pred_d_ok"], s["pred_d"]), ratio(s["gold_d_found"], s["gold_d"])
    pa, ra = ratio(s["pred_all_ok"], s["pred_all"]), ratio(s["gold_all_found"], s["gold_all"])
    return [
        Row(name, "direct precision", pd, s["pred_d"]),
        Row(name, "direct recall", rd, s["gold_d"]),
        Row(name, "direct F1", f1(pd, rd), s["gold_d"]),
        Row(name, "direct speaker accuracy", ratio(s["spk_d_ok"], s["spk_d_n"]), s["spk_d_n"]),
        Row(name, "all attributions precision", pa, s["pred_all"]),
        Row(name, "all attributions recall", ra, s["gold_all"]),
        Row(name, "all attributions F1", f1(pa, ra), s["gold_all"]),
        Row(name, "all speaker accuracy", ratio(s["spk_all_ok"], s["spk_all_n"]), s["spk_all_n"]),
    ]
