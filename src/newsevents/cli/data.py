"""Commands about the data tables: `data validate FILE...` and `data schemas`."""

from __future__ import annotations

import sys


def cmd_validate(args) -> int:
    from ..knowledge.tables import problems

    bad = 0
    for path in args.files:
        try:
            schema, found = problems(path)
        except OSError as err:
            print(f"{path}: cannot read: {err.strerror or err}", file=sys.stderr)
            bad += 1
            continue
        for p in found[: args.max]:
            print(p)
        if len(found) > args.max:
            print(f"{path}: ... and {len(found) - args.max} more")
        if found:
            bad += 1
        else:
            print(f"{path}: a valid {schema.name} table")
    return 1 if bad else 0


def cmd_schemas(args) -> int:
    from ..knowledge.tables import CHECKS, SCHEMAS

    for s in SCHEMAS.values():
        print(f"{s.name}: {s.about}")
        for c in s.columns:
            print(f"  {c.name:<16} {c.check:<14} {'required' if c.required else ''}")
    print("\nchecks: " + ", ".join(CHECKS))
    return 0


def cmd_build(args) -> int:
    """Compile the knowledge base and gazetteer for the model now (install runs this), so that
    the first command does not pay for it."""
    import time

    import newsevents
    from ..knowledge.compiled import cache_dir

    started = time.monotonic()
    coder = newsevents.load(model=args.model)
    from ..knowledge.gazetteer import gazetteer

    gaz = gazetteer()
    print(f"knowledge base: {coder.kb.path}\ngazetteer: {gaz.db.execute('PRAGMA database_list').fetchone()[2]}\n"
          f"({time.monotonic() - started:.1f} s; cache folder {cache_dir()})")
    return 0


def add_parsers(sub) -> None:
    data = sub.add_parser("data", help="check data tables: a user's --actors/--verbs file or a knowledge-base overlay")
    dsub = data.add_subparsers(dest="data_command", required=True)
    sp = dsub.add_parser("validate", help="check every line of a table file without coding anything")
    sp.add_argument("files", nargs="+")
    sp.add_argument("--max", type=int, default=50, help="problems shown per file")
    sp.set_defaults(func=cmd_validate)
    sp = dsub.add_parser("schemas", help="the table kinds, their columns and checks")
    sp.set_defaults(func=cmd_schemas)
    sp = dsub.add_parser("build", help="compile the knowledge base and gazetteer now (done at install)")
    sp.add_argument("--model", help="the spaCy pipeline whose tokenizer splits the names (default: as `code`)")
    sp.set_defaults(func=cmd_build)
