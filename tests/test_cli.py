import json
from importlib import resources
from pathlib import Path

import duckdb

EXAMPLES = Path(str(resources.files("newsevents") / "examples"))
KEYS = {"doc_id", "title", "standfirst", "byline", "captions", "dateline", "credit", "published", "actors", "events", "quotes", "places", "warnings"}


def test_code_examples_end_to_end(cli):
    res = cli("code", str(EXAMPLES))
    assert res.returncode == 0, res.stderr
    docs = {d["doc_id"]: d for d in map(json.loads, res.stdout.splitlines())}
    assert len(docs) == 4
    for d in docs.values():
        assert set(d) == KEYS
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


def test_evaluate_without_gold_scores_only_the_projects_actor_cases(cli, tmp_path):
    res = cli("evaluate", "--gold", str(tmp_path))
    assert res.returncode == 0
    rows = res.stdout.splitlines()[1:]
    assert rows and all(r.startswith("actor-cases") for r in rows)


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
