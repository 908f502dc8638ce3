"""The public API: newsevents.load / code, Coder.code / pipe, typed records and their JSON."""

import doctest
import json
from pathlib import Path

import pytest

import newsevents
from newsevents.cli import main

ROOT = Path(__file__).resolve().parents[1]

STORY = """Kenya and Uganda agree to reopen border crossings

NAIROBI (Reuters) - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday, and the two leaders agreed to reopen three border crossings.

Police arrested 14 protesters outside parliament on Tuesday, a police spokesman said.

"We will not allow violence on our streets," Ruto said.
"""


def test_the_readme_examples_run():
    failures, tried = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert tried >= 5 and failures == 0


def test_code_gives_what_the_command_prints(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(newsevents, "_default", None)  # the cached default coder, as a fresh user gets it
    doc = newsevents.code(STORY, published="2026-11-18")
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main(["code", str(path), "--published", "2026-11-18"]) == 0
    printed = json.loads(capsys.readouterr().out)
    mine = doc.to_dict()
    for key in ("events", "quotes", "actors", "places", "title", "dateline", "published"):
        assert mine[key] == printed[key], key
    assert mine["events"] and mine["quotes"]


def test_records_are_typed_and_round_trip(code):
    doc = code(STORY, published="2026-11-18", structured=True)
    e = next(e for e in doc.events if e.plover.type == "CONSULT")
    assert isinstance(e, newsevents.Event) and isinstance(e.source, newsevents.Actor)
    assert isinstance(e.location, newsevents.Place) and e.location.name == "Nairobi"
    assert e.date == "2026-11-16" and e.source.code == "KENGOV"
    assert all(isinstance(p, newsevents.Place) for p in doc.places)
    assert all(isinstance(q, newsevents.Quote) for q in doc.quotes)
    d = doc.to_dict()
    assert newsevents.Document.from_dict(d) == doc
    assert newsevents.Document.from_dict(json.loads(json.dumps(d))).to_dict() == d
    assert "extensions" not in d  # the contract is unchanged unless a third-party stage adds to it


def test_pipe_takes_strings_and_records_in_order(coder):
    items = [
        "Chile recalled its ambassador from Peru.",
        {"id": "r1", "text": "Israeli jets struck Gaza on Tuesday.", "published": "2026-11-20"},
        newsevents.Article("a1", "Turkey condemned the attack.", "2026-11-20"),
    ]
    docs = list(coder.pipe(items, batch_size=2))
    assert [d.doc_id for d in docs][1:] == ["r1", "a1"] and docs[0].doc_id.startswith("text-")
    assert docs[1].events[0].date == "2026-11-17"
    assert [d.to_dict() for d in docs] == [d.to_dict() for d in coder.pipe(items)]
    with pytest.raises(TypeError, match="item 1"):
        list(coder.pipe([42]))


def test_settings_are_checked(coder):
    with pytest.raises(newsevents.SettingsError, match="unknown setting 'modle'"):
        newsevents.load(modle="x")
    assert coder.stage_names == list(newsevents.DEFAULT_STAGES)


def test_a_timeout_stops_coding(coder):
    with pytest.raises(newsevents.CodingTimeout):
        coder.code("Rebels attacked the town. " * 2000, timeout=0.0)


def test_the_package_exports_what_it_documents():
    assert set(newsevents.__all__) >= {"load", "code", "Coder", "Document", "Event", "Actor", "Quote", "Place", "Warning"}
    assert (ROOT / "src" / "newsevents" / "py.typed").exists()
    for name in newsevents.__all__:
        assert getattr(newsevents, name) is not None
