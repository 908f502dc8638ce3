import json
from importlib import resources
from pathlib import Path

import duckdb
import pytest

EXAMPLES = Path(str(resources.files("newsevents") / "examples"))
KEYS = {"doc_id", "title", "standfirst", "byline", "captions", "dateline", "credit", "published", "actors", "events", "quotes", "places", "warnings", "text"}


def test_code_examples_end_to_end(cli):
    res = cli("code", str(EXAMPLES))
    assert res.returncode == 0, res.stderr
    docs = {d["doc_id"]: d for d in map(json.loads, res.stdout.splitlines())}
    assert len(docs) == 4
    for d in docs.values():
        assert set(d) == KEYS and d["text"] is None  # plain text: the input is the text
        text = (EXAMPLES / d["doc_id"]).read_text(encoding="utf-8")
        for item in d["events"] + d["quotes"] + d["actors"]:
            assert 0 <= item["start"] < item["end"] <= len(text)
        for q in d["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
        for e in d["events"]:
            assert text[e["start"] : e["end"]] == e["sentence"]
    eg = docs["egypt-jordan-talks.txt"]
    assert eg["published"] == "2026-11-18" and eg["dateline"] == "CAIRO (AFP)"
    assert len(eg["captions"]) == 1
    ev = {(e["source"] and e["source"]["code"], e["plover"]["type"], e["target"] and e["target"]["code"]) for e in eg["events"]}
    assert ("EGYGOV", "CONSULT", "JORGOV") in ev
    assert ("YEMREB", "ASSAULT", None) in ev
    mob = [e for e in eg["events"] if e["plover"]["type"] == "MOBILIZE" and e["quantity"]]
    assert mob and mob[0]["quantity"]["value"] == 5000 and mob[0]["source"]["code"] == "ISRMIL"
    assert {q["speaker"]["name"] for q in eg["quotes"] if q["kind"] == "direct"} == {"Ayman Safadi"}
    reports = {(q["speaker"]["text"], q["text"]) for q in eg["quotes"] if q["kind"] == "indirect"}
    assert ("the British military", "Houthi forces fired two missiles at a tanker in the Red Sea") in reports
    un = docs["un-sanctions.txt"]
    assert {("RUS", "REJECT"), ("CHN", "REJECT")} <= {(e["source"]["code"], e["plover"]["type"]) for e in un["events"] if e["source"]}
    assert un["credit"].startswith("Reporting by")


def test_bad_input_is_named_and_others_still_coded(cli, tmp_path):
    (tmp_path / "ok.jsonl").write_text('{"id": "k1", "text": "Chad expelled the French ambassador."}\n{oops\n', encoding="utf-8")
    res = cli("code", str(tmp_path / "ok.jsonl"), str(tmp_path / "nope.txt"))
    assert res.returncode == 1
    assert f"{tmp_path / 'ok.jsonl'}:2" in res.stderr and "nope.txt" in res.stderr
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["doc_id"] for d in docs] == ["k1"]


def test_actor_command_reads_stdin(cli):
    res = cli("actor", "-", "--date", "2024-12-01", stdin="UK Foreign Secretary David Lammy\nEmirati\n")
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert out[0] == {"text": "UK Foreign Secretary David Lammy", "name": "David Lammy", "country": "GBR", "sector": "GOV", "code": "GBRGOV"}
    assert out[1]["country"] == "ARE"


def test_ingest_is_idempotent_and_records_failures(cli, tmp_path):
    db = tmp_path / "s.duckdb"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    first = cli("ingest", str(EXAMPLES), str(tmp_path / "in"), "--db", str(db))
    second = cli("ingest", str(EXAMPLES), "--db", str(db))
    assert "stored 4 documents" in first.stderr and "stored 0 documents, 4 already stored" in second.stderr
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    assert con.execute("SELECT reason FROM failures").fetchall() == [("empty file",)]
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 5
    con.close()


def test_evaluate_without_gold_scores_only_the_projects_own_sets(cli, tmp_path):
    res = cli("evaluate", "--gold", str(tmp_path))
    assert res.returncode == 0
    rows = res.stdout.splitlines()[1:]
    assert rows and {r.split()[0] for r in rows} == {"actor-cases", "offtopic"}


def test_quotes_command_groups_by_speaker(cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        'Talks stall in Nairobi\n\n'
        'Kenyan President William Ruto said on Monday that the talks would resume next week. '
        '"We will not give up," Ruto told reporters. "Peace is close."\n\n'
        'The opposition said the talks were a sham.\n',
        encoding="utf-8",
    )
    res = cli("quotes", str(story), "--published", "2024-05-06")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].startswith("== Talks stall in Nairobi")
    ruto = lines.index(next(l for l in lines if l.startswith("William Ruto [KENGOV]")))
    assert lines[ruto].endswith(": 2")  # the report and the two-part quotation
    res = cli("quotes", str(story), "--published", "2024-05-06", "--json", "--kind", "direct")
    got = json.loads(res.stdout)
    assert [g["speaker"] for g in got["speakers"]] == ["William Ruto [KENGOV]"]
    assert got["speakers"][0]["quotes"][0]["parts"]


def test_code_reads_a_story_from_stdin(cli):
    story = "Talks in Doha\n\nDOHA (AFP) - Qatar hosted envoys from Sudan on Monday, officials said.\n"
    res = cli("code", "-", "--published", "2026-03-04", stdin=story)
    assert res.returncode == 0, res.stderr
    [doc] = [json.loads(line) for line in res.stdout.splitlines()]
    assert doc["doc_id"] == "stdin" and doc["title"] == "Talks in Doha" and doc["dateline"] == "DOHA (AFP)"
    assert doc["published"] == "2026-03-04"


def test_version_usage_errors_and_the_module_entry_points(cli, monkeypatch, capsys):
    import runpy

    import pytest

    import newsevents

    assert cli("--version") == (0, f"newsevents {newsevents.__version__}\n", "")
    res = cli("code", "story.txt", "--published", "last Tuesday")
    assert res.returncode == 2 and "expected YYYY-MM-DD, got 'last Tuesday'" in res.stderr
    res = cli("query")
    assert res.returncode == 2 and "--db" in res.stderr
    # `python -m newsevents` and `python -m newsevents.cli` run the same main
    for module in ("newsevents", "newsevents.cli"):
        monkeypatch.setattr("sys.argv", ["newsevents", "--version"])
        with pytest.raises(SystemExit) as exit_:
            runpy.run_module(module, run_name="__main__")
        assert exit_.value.code == 0 and capsys.readouterr().out == f"newsevents {newsevents.__version__}\n"


def test_a_missing_user_file_is_named_and_exits_2(cli, tmp_path):
    res = cli("code", str(tmp_path / "story.txt"), "--verbs", str(tmp_path / "no-such-verbs.txt"))
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.startswith("newsevents: ") and "no-such-verbs.txt" in res.stderr


def _sections(out: str) -> dict[str, list[str]]:
    """explain's output by stage: a header line ("places:") then its indented steps."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in out.splitlines():
        if line and not line.startswith(" "):
            current = sections.setdefault(line.rstrip(":"), [])
        elif current is not None:
            current.append(line.strip())
    return sections


def test_explain_traces_what_the_stages_decided(cli, tmp_path):
    sentence = "Police arrested 40 protesters in Nairobi on Tuesday."
    res = cli("explain", "--date", "2026-11-20", *sentence.split())
    assert res.returncode == 0, res.stderr
    sections = _sections(res.stdout)
    start = sentence.index("Nairobi")
    assert any(line.startswith(f"[{start}:{start + 7}] 'Nairobi': city Nairobi (KEN)") for line in sections["places"])
    assert any("'Tuesday' -> 2026-11-17" in line for line in sections["dates"])
    story = tmp_path / "story.txt"
    story.write_text(f"Arrests in Nairobi\n\nNAIROBI (AFP) - {sentence}\n", encoding="utf-8")
    res = cli("explain", "--file", str(story), "--date", "2026-11-20")
    assert res.returncode == 0, res.stderr
    kinds = [line.split()[-1] for line in _sections(res.stdout)["structure"]]
    assert "title" in kinds and "dateline" in kinds


def test_lexicon_command_reports_cameo_coverage_and_takes_user_verbs(cli, tmp_path):
    def coverage(*extra):
        res = cli("lexicon", "--missing", *extra)
        assert res.returncode == 0, res.stderr
        entries, direct, emitted, missing = res.stdout.splitlines()
        n_entries = int(entries.split()[1])
        own, total = map(int, direct.rsplit(":", 1)[1].split(" of "))
        reachable, total2 = map(int, emitted.rsplit(":", 1)[1].split(" of "))
        assert total == total2 and own <= reachable <= total
        unreachable = missing.removeprefix("not reachable:").split()
        assert len(unreachable) == total - reachable
        return n_entries, unreachable

    n, unreachable = coverage()
    mine = tmp_path / "mine.tsv"
    mine.write_text("id\tpattern\tcameo\nmine.parley\tparley >with\t044\n", encoding="utf-8")
    n_mine, unreachable_mine = coverage("--verbs", str(mine))
    assert n_mine == n + 1 and "044" not in unreachable_mine and set(unreachable_mine) <= set(unreachable)


def test_evaluate_json_with_only(cli, tmp_path):
    res = cli("evaluate", "--gold", str(tmp_path / "absent"), "--only", "actors", "--json")
    assert res.returncode == 0
    assert "no gold folder" in res.stderr
    rows = json.loads(res.stdout)
    assert rows and {r["dataset"] for r in rows} == {"actor-cases"}
    assert all(set(r) == {"dataset", "measure", "part", "value", "n"} and 0 <= r["value"] <= 1 for r in rows)
    res = cli("evaluate", "--gold", str(tmp_path), "--only", "plover")
    assert res.returncode == 0 and res.stdout == ""  # no plover set there: nothing to score


def test_progress_line_shows_count_rate_time_left_and_failures(monkeypatch):
    import io
    from types import SimpleNamespace

    from newsevents.cli import progress

    now = [100.0]
    monkeypatch.setattr(progress, "time", SimpleNamespace(monotonic=lambda: now[0]))
    out = io.StringIO()
    bar = progress.Progress(10, stream=out, enabled=True)
    now[0] = 101.0
    bar.update(2)
    assert out.getvalue() == "\r" + "coded 2/10  2.0 docs/s  ETA 0:04".ljust(78)
    now[0] = 101.2
    bar.update(3)  # within half a second of the last line: not redrawn
    assert out.getvalue().count("\r") == 1
    bar.update(4, skipped=1, failures=2, force=True)
    assert out.getvalue().endswith("\rcoded 4/9  3.3 docs/s  ETA 0:01  (1 already stored, 2 failures)".ljust(79))
    bar.close()
    assert out.getvalue().endswith("\n")
    long = progress.Progress(100_000, stream=io.StringIO(), enabled=True)
    now[0] += 1
    long.update(1)
    assert "ETA 27:46:39" in long.stream.getvalue()
    quiet = progress.Progress(10, stream=io.StringIO())  # not a terminal: no progress line
    quiet.update(5, force=True)
    quiet.close()
    assert quiet.stream.getvalue() == "" and not quiet.shown


# -- rough edges (issue 19) ------------------------------------------------------------------------------
def test_query_with_an_unknown_code_exits_2_listing_the_valid_ones(cli, example_store):
    res = cli("query", "--db", example_store, "--type", "FOO")
    assert res.returncode == 2 and res.stdout == ""
    assert "unknown event type 'FOO'" in res.stderr and "ACCUSE, AGREE, AID, ASSAULT" in res.stderr
    res = cli("query", "--db", example_store, "--type", "21")
    assert res.returncode == 2 and "a CAMEO code begins with a root 01, 02" in res.stderr
    res = cli("query", "--db", example_store, "--source", "ISQ", "--target", "RUS")
    assert res.returncode == 2 and "unknown source 'ISQ' (did you mean" in res.stderr and "ISR" in res.stderr
    res = cli("query", "--db", example_store, "--target", "RUSXX")
    assert res.returncode == 2 and "unknown target 'RUSXX'" in res.stderr and "GOV, HLH" in res.stderr
    ok = cli("query", "--db", example_store, "--type", "19", "--source", "rus", "--target", "UKR")
    assert ok.returncode == 0 and ok.stderr == "" and "RUS" in ok.stdout


def _interrupt(proc, ready: str, timeout: float = 120) -> tuple[str, str]:
    """Send Ctrl-C's signal once `ready` appears on the process's stderr; its stdout and all of its stderr."""
    import signal
    import time

    seen = ""
    deadline = time.monotonic() + timeout
    while ready not in seen and time.monotonic() < deadline:
        ch = proc.stderr.read(1)
        if not ch:
            break
        seen += ch
    assert ready in seen, seen
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return out, seen + err


@pytest.mark.slow
def test_ctrl_c_stops_an_ingest_with_one_line_and_status_130(tmp_path):
    import subprocess

    from conftest import CLI, INTERRUPTIBLE, ROOT

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"s{i:03d}.txt").write_text(f"Rebels attacked the town of Goma on Monday, killing {i + 2} people.\n",
                                              encoding="utf-8")
    proc = subprocess.Popen([*CLI, "ingest", str(folder), "--db", str(tmp_path / "s.duckdb"), "--workers", "1", "--progress"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **INTERRUPTIBLE)
    _, err = _interrupt(proc, "coded 1/")
    assert proc.returncode == 130 and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert lines[-1] == ("newsevents: interrupted; the documents stored so far are kept, and the same command again "
                         "codes the rest") and lines[-2].startswith("coded ")


@pytest.mark.slow
def test_serve_prints_its_url_and_ctrl_c_stops_it(example_store):
    import signal
    import socket
    import subprocess
    import urllib.request

    from conftest import CLI, INTERRUPTIBLE, ROOT

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*CLI, "serve", "--db", str(example_store), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **INTERRUPTIBLE)
    url = f"http://127.0.0.1:{port}/"
    first = proc.stderr.readline()
    assert first == f"newsevents: serving {url} reading (read-only) {example_store}; Ctrl-C stops it\n"
    from browser import wait_for_server

    wait_for_server(url.rstrip("/"))
    with urllib.request.urlopen(url + "explore", timeout=30) as r:
        assert r.status == 200
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err == "newsevents: stopped\n" and out == ""



def _main_raising(error, monkeypatch) -> int:
    """`newsevents.cli.main` over an ingest command that raises `error`."""
    import argparse

    from newsevents import cli

    def run(args):
        raise error

    parser = argparse.ArgumentParser()
    monkeypatch.setattr(parser, "parse_args", lambda argv: argparse.Namespace(command="ingest", func=run))
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    return cli.main([])


@pytest.mark.parametrize("error", [RuntimeError("Query interrupted"), KeyboardInterrupt()])
def test_a_ctrl_c_duckdb_reports_as_its_own_error_ends_the_command_like_any_ctrl_c(error, monkeypatch, capsys):
    assert _main_raising(error, monkeypatch) == 130
    assert "documents stored so far are kept" in capsys.readouterr().err


def test_other_runtime_errors_are_not_taken_for_ctrl_c(monkeypatch):
    with pytest.raises(RuntimeError, match="something else"):
        _main_raising(RuntimeError("something else broke"), monkeypatch)


def test_a_ctrl_c_that_cuts_a_progress_line_short_prints_its_message_on_a_line_of_its_own(monkeypatch, capsys):
    import io

    from newsevents.cli.progress import Progress

    progress = Progress(400, stream=io.StringIO(), enabled=True)
    progress.update(1, force=True)  # "\rcoded 1/400 ...", no end of line yet
    try:
        _main_raising(KeyboardInterrupt(), monkeypatch)
    finally:
        progress.close()
    assert capsys.readouterr().err.startswith("\nnewsevents: interrupted")
    assert not Progress.line_open
