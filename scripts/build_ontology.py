"""Regenerate src/newsevents/knowledge/data/cameo.tsv from the reference CAMEO and CAMEO->PLOVER tables.

Only the ontology every coder needs is kept: code, short name, Goldstein weight, quad class and the
PLOVER type/mode/context. Descriptions and usage notes stay in the reference files.

    python scripts/build_ontology.py ../shared/reference
"""

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "knowledge" / "data" / "cameo.tsv"


def quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def plover_table(path: Path) -> dict[str, tuple[str, str, str]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        fields += [""] * (3 - len(fields))
        table[m.group(1)] = (fields[0], fields[1], fields[2].replace(" ", ""))
    return table


def main(ref: Path) -> None:
    plover = plover_table(ref / "plover" / "CAMEO2PLOVER-2021.txt")
    rows = []
    with open(ref / "cameo-codes.csv", encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            code = rec["code"]
            # A root row (two digits) names the PLOVER type for its family; sub-codes fall back on it.
            # The 2021 table leaves out CAMEO 02 (APPEAL); PLOVER folds appeals into REQUEST, so an
            # appeal takes the row of the matching demand (0231 -> 1031). CAMEO 01 (statements) has no
            # PLOVER type and stays empty.
            key = "10" + code[2:] if code.startswith("02") else code
            ptype, pmode, pctx = plover.get(key) or ("", "", "")
            if not ptype:
                ptype = (plover.get(key[:3]) or plover.get(key[:2]) or ("", "", ""))[0]
            rows.append((code, rec["name"].strip(), rec["goldstein"], str(quad_class(code)), ptype, pmode, pctx))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"))
