"""Commands that code text: code, quotes, actor, explain, lexicon, evaluate."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..evaluation import SETS
from .common import (articles, coder_options, confidence_option, input_options, iso_date, load_coder, reporter,
                     with_text_option)


def cmd_code(args) -> int:
    coder = load_coder(args)
    failed, report = reporter()
    out = sys.stdout
    for doc in coder.pipe(articles(args, report)):
        for w in doc.warnings:
            report(w)
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0


def cmd_quotes(args) -> int:
    import textwrap

    from ..stages.quotes import by_speaker

    coder = load_coder(args)
    failed, report = reporter()
    for doc in coder.pipe(articles(args, report)):
        for w in doc.warnings:
            report(w)
        groups = by_speaker([q for q in doc.quotes if args.kind is None or q.kind in args.kind])
        if args.json:
            print(json.dumps({"doc_id": doc.doc_id, "speakers": [
                {"speaker": label, "quotes": [q.to_dict() for q in qs]} for label, qs in groups]}, ensure_ascii=False))
            continue
        head = doc.title or doc.doc_id
        print(f"== {head}" + (f" ({doc.published})" if doc.published else ""))
        for label, qs in groups:
            print(f"{label}: {len(qs)}")
            for q in qs:
                mark = {"direct": "\u201c", "mixed": "~", "indirect": "\u2192"}.get(q.kind, " ")
                body = textwrap.shorten(" ".join(q.text.split()), width=args.width)
                print(f"  {mark} {body}  ({q.kind}, {q.cue or 'no cue'}, chars {q.start}-{q.end})")
        print()
    return 1 if failed else 0


def cmd_actor(args) -> int:
    coder = load_coder(args)
    texts = [line.rstrip("\n") for line in sys.stdin] if args.texts == ["-"] else args.texts
    for text in texts:
        if text.strip():
            a = coder.actor(text, args.date)
            print(json.dumps({"text": text, **{k: getattr(a, k) if a else None for k in ("name", "country", "sector", "code")}},
                             ensure_ascii=False))
    return 0


def cmd_lexicon(args) -> int:
    from ..knowledge.dictionaries import load_verbs
    from ..knowledge.lexicon import Lexicon
    from ..knowledge.ontology import cameo_table
    from ..stages.events.compose import reachable

    lexicon = Lexicon.builtin()
    for path in args.verbs or ():
        lexicon.update(load_verbs(path))
    codes = cameo_table()
    event_codes = {c for c in codes if len(c) > 2}
    direct = {e.cameo for e in lexicon.entries.values()}
    composed = reachable(direct) & event_codes
    print(f"entries: {len(lexicon.entries)} ({sum(e.noun for e in lexicon.entries.values())} nominal)")
    print(f"CAMEO event codes with an entry of their own: {len(direct & event_codes)} of {len(event_codes)}")
    print(f"CAMEO event codes the coder can emit (entries and composition): {len(composed)} of {len(event_codes)}")
    if args.missing:
        print("not reachable: " + " ".join(sorted(event_codes - composed)))
    return 0


def cmd_explain(args) -> int:
    from .explain import explain

    coder = load_coder(args)
    if args.file:
        text = Path(args.file).read_text(encoding="utf-8")
    else:
        text = " ".join(args.sentence)
    print(explain(coder, text, args.date, structured=bool(args.file), parse=args.parse))
    return 0


def cmd_evaluate(args) -> int:
    from .. import evaluation
    from ..evaluation import format_table, run_all

    evaluation.MIN_CONFIDENCE = args.min_confidence
    gold = Path(args.gold)
    if not gold.is_dir():
        print(f"newsevents: no gold folder at {gold}; only the project's own actor cases", file=sys.stderr)
    coder = load_coder(args)
    rows = run_all(coder, gold, args.only, args.polnear_split, split=not args.whole)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], indent=1))
    elif rows:
        print(format_table(rows))
    return 0


def add_parsers(sub) -> None:
    sp = sub.add_parser("code", help="code articles and print one JSON document per line")
    input_options(sp)
    with_text_option(sp)
    coder_options(sp)
    sp.set_defaults(func=cmd_code)

    sp = sub.add_parser("quotes", help="print each story's quotations grouped by speaker")
    input_options(sp)
    sp.add_argument("--kind", action="append", choices=["direct", "mixed", "indirect"], help="only these kinds (repeatable)")
    sp.add_argument("--width", type=int, default=160, help="shorten each quotation to this many characters")
    sp.add_argument("--json", action="store_true", help="one JSON object per story instead of text")
    coder_options(sp)
    sp.set_defaults(func=cmd_quotes)

    sp = sub.add_parser("actor", help="resolve actor descriptions to country, sector and code")
    sp.add_argument("texts", nargs="+", help="actor texts, or - to read one per line from stdin")
    sp.add_argument("--date", type=iso_date, help="date on which roles are resolved (default: each person's latest role)")
    coder_options(sp)
    sp.set_defaults(func=cmd_actor)

    sp = sub.add_parser("lexicon", help="how much of CAMEO the verb lexicon covers")
    sp.add_argument("--verbs", action="append", metavar="FILE", help="extra verb lexicon file (repeatable)")
    sp.add_argument("--missing", action="store_true", help="list the codes that cannot be emitted")
    sp.set_defaults(func=cmd_lexicon)

    sp = sub.add_parser("explain", help="trace what every stage decided for a sentence or a story")
    sp.add_argument("sentence", nargs="*", help="the text to explain (or --file)")
    sp.add_argument("--file", help="a story to explain, with its structure detected as `code` does")
    sp.add_argument("--date", type=iso_date, help="publication date YYYY-MM-DD")
    sp.add_argument("--parse", action="store_true", help="show the parser's tokens, tags and dependencies too")
    coder_options(sp)
    sp.set_defaults(func=cmd_explain)

    sp = sub.add_parser("evaluate", help="score the coder on the gold sets found under --gold")
    sp.add_argument("--gold", required=True, help="folder holding plover-gsr/, case2021-task2/, petr2-gsr/, polnear/")
    sp.add_argument("--only", action="append", choices=list(SETS))
    sp.add_argument("--whole", action="store_true",
                    help="score each set whole instead of its learn and score parts apart (see evaluation/splits.py)")
    sp.add_argument("--polnear-split", choices=["dev", "train"], default="dev",
                    help="with --whole: the PolNeAR split to score (split mode learns from dev and scores train)")
    sp.add_argument("--json", action="store_true")
    confidence_option(sp)
    coder_options(sp)
    sp.set_defaults(func=cmd_evaluate)
