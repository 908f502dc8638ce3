"""Registries: parts added from outside the package, by entry point or in code, without editing it."""

import json
import textwrap

import pytest

import newsevents
from newsevents import registry
from newsevents.cli import main


@pytest.fixture()
def plugin(tmp_path, monkeypatch):
    """An installed distribution of our own: a module and the entry points that name it, on sys.path."""

    def install(name: str, module_source: str, entry_points: str):
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
        info = tmp_path / f"{name}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(textwrap.dedent(entry_points), encoding="utf-8")
        monkeypatch.syspath_prepend(str(tmp_path))
        registry._entry_points.cache_clear()  # the installed set changed

    yield install
    registry._entry_points.cache_clear()
    for reg, name in ((registry.exporters, "dyads"), (registry.stages, "count_events")):
        reg.unregister(name)


def test_an_exporter_from_another_package_is_used_from_the_cli(plugin, tmp_path, capsys):
    plugin("toy_exporter", '''
        import json

        def write_dyads(store, out):
            """One line per event: source code and target code."""
            rows = store.con.execute("SELECT source_code, target_code FROM events ORDER BY content_hash, idx").fetchall()
            for s, t in rows:
                out.write(json.dumps({"source": s, "target": t}) + "\\n")
            return len(rows)
    ''', '''
        [newsevents_exporters]
        dyads = toy_exporter:write_dyads
    ''')
    assert "dyads" in registry.exporters.names()
    story = tmp_path / "story.txt"
    story.write_text("Egypt's foreign minister met his Jordanian counterpart in Cairo.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(story), "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "dyads"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line) for line in captured.out.splitlines()] == [{"source": "EGYGOV", "target": "JORGOV"}]
    assert "exported 1 events (dyads)" in captured.err
    assert main(["export", "--db", str(db), "--format", "nosuch"]) == 2
    assert "formats are" in capsys.readouterr().err and "dyads" in registry.exporters.names()


def test_a_stage_from_another_package_runs_where_the_settings_put_it(plugin):
    plugin("toy_stage", '''
        def make(coder):
            def count_events(ctx):
                ctx.document.extensions["toy_stage"] = {"events": len(ctx.document.events)}
            count_events.requires = ("events",)
            return count_events
    ''', '''
        [newsevents_stages]
        count_events = toy_stage:make
    ''')
    coder = newsevents.load(stages=[*newsevents.DEFAULT_STAGES, "count_events"])
    doc = coder.code("Egypt's foreign minister met his Jordanian counterpart in Cairo.")
    assert doc.extensions == {"toy_stage": {"events": 1}}
    assert doc.to_dict()["extensions"] == {"toy_stage": {"events": 1}}
    assert newsevents.Document.from_dict(doc.to_dict()) == doc
    with pytest.raises(newsevents.SettingsError, match="needs events before it"):
        newsevents.load(stages=["structure", "parse", "count_events"])


def test_a_stage_registered_in_code_can_drop_events(coder):
    @registry.stages.register("drop_statements_test")
    def make(c):
        def drop(ctx):
            ctx.document.events = [e for e in ctx.document.events if e.plover.type is not None]
        return drop

    try:
        mine = newsevents.load(stages=[*newsevents.DEFAULT_STAGES, "drop_statements_test"])
    finally:
        registry.stages.unregister("drop_statements_test")
    text = "The minister made a statement on Tuesday. Egypt's foreign minister met his Jordanian counterpart."
    assert any(e.plover.type is None for e in coder.code(text).events)
    assert all(e.plover.type is not None for e in mine.code(text).events)
    with pytest.raises(registry.RegistryError, match="no stage named 'nosuch'"):
        newsevents.load(stages=["nosuch"])


def test_a_knowledge_source_adds_entries_to_the_compiled_base(coder):
    from newsevents.knowledge.kb import Entry, KnowledgeBuilder

    @registry.knowledge_sources.register("toy_parties")
    def toy_parties(builder):
        builder.add("Party of the Blue Lake", Entry("org", "toy:blue", "Party of the Blue Lake", country="KEN", sector="PTY"))

    from newsevents.knowledge.compiled import fingerprint

    try:
        toy_parties.version = "1"
        builder = KnowledgeBuilder(coder.kb.tokenize)
        registry.knowledge_sources.get("toy_parties")(builder)
        assert builder.cased[("Party", "of", "the", "Blue", "Lake")][0].sector == "PTY"
        before = fingerprint("names", "x")
        toy_parties.version = "2"
        assert fingerprint("names", "x") != before  # a new version of a source rebuilds the compiled file
    finally:
        registry.knowledge_sources.unregister("toy_parties")
    assert "toy_parties" not in registry.knowledge_sources.names()
