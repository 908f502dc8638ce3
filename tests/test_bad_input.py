"""Every kind of bad input in one ingest: each is named by file and line, the good documents are
all coded, and the failures and warnings are in the store."""

import json

import duckdb
import pytest

from newsevents.reading import MAX_DOCUMENT, Failure, read

GOOD = "Kenyan police arrested twelve protesters in Nairobi on Monday, a police spokesman said."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "ok.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (d / "latin1.txt").write_bytes(("Le pr\u00e9sident said: " + GOOD).encode("latin-1"))
    # a single line of 100 MB: reported as too large, without holding up the rest
    with open(d / "huge.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "huge", "text": "x" * (100 * 1024 * 1024)}) + "\n")
    # a sentence of over 50,000 tokens with no full stop: coded in pieces, and reported
    runon = "Rebels attacked the town and " + "the people of the valley walked on and " * 6300 + "left."
    assert len(runon.split()) > 50_000
    (d / "runon.txt").write_text(runon, encoding="utf-8")
    (d / "broken.html").write_text("<html><body><div><p>Unclosed <b>tags <i>everywhere<p>" + GOOD + "<td></tr></table>"
                                   "<p>Officers used tear gas to break up the crowd outside parliament, where hundreds had "
                                   "gathered to protest against a new finance bill, witnesses told reporters.", encoding="utf-8")
    (d / "nothing.html").write_text("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body>", encoding="utf-8")
    (d / "teaser.html").write_text(f"<html><body><article><p>{GOOD}</p><p>Subscribe to keep reading.</p></article></body></html>",
                                   encoding="utf-8")
    (d / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (d / "batch.jsonl").write_bytes(b"\n".join([
        json.dumps({"id": "j1", "text": "Egypt's foreign minister met his Jordanian counterpart in Cairo."}).encode(),
        b'{"id": "j2", "text": "truncated',
        b"[1, 2, 3]",
        json.dumps({"id": "j1", "text": "Chad expelled the French ambassador on Tuesday."}).encode(),
        json.dumps({"id": "j4", "text": 'He said "we will not stop until the end, said the minister.'}).encode(),
        json.dumps({"id": "j5", "text": "Ghana " + "caf\u00e9 "}).encode()[:-3] + b'\xff"}',
        json.dumps({"id": "j6", "text": "Der Au\u00dfenminister traf seinen Amtskollegen in Kairo, w\u00e4hrend beide L\u00e4nder eine neue Waffenruhe und die Freilassung der Geiseln forderten, und sie sprachen \u00fcber die Lage in der Region. " * 2}).encode(),
        json.dumps({"id": "j7", "text": GOOD, "published": "last Tuesday"}).encode(),
    ]) + b"\n")
    return d


def test_reader_names_every_bad_input(corpus):
    items = list(read([str(corpus)]))
    failures = {(f.path.rsplit("/", 1)[-1], f.line): f.reason for f in items if isinstance(f, Failure)}
    articles = {a.origin.rsplit("/", 1)[-1]: a for a in items if not isinstance(a, Failure)}
    assert failures[("empty.txt", None)] == "empty file"
    assert failures[("blank.jsonl", None)] == "empty file"
    assert "binary" in failures[("image.txt", None)]
    assert f"over the {MAX_DOCUMENT:,} limit" in failures[("huge.jsonl", 1)]
    assert failures[("nothing.html", None)] == "no article text found in HTML"
    assert failures[("teaser.html", None)].startswith(f"main text is {len(GOOD.split())} words, too short to be an article")
    assert failures[("scan.pdf", None)].startswith("PDF is not supported")
    assert "JSON" in failures[("batch.jsonl", 2)] and failures[("batch.jsonl", 3)] == "not a JSON object"
    assert failures[("batch.jsonl", 7)].startswith("not English")
    assert "YYYY-MM-DD" in failures[("batch.jsonl", 8)]
    assert set(articles) == {"ok.txt", "latin1.txt", "runon.txt", "broken.html", "batch.jsonl:1", "batch.jsonl:4",
                             "batch.jsonl:5", "batch.jsonl:6"}
    # invalid UTF-8: replaced, warned about, and offsets still index the text as read
    latin = articles["latin1.txt"]
    assert "\ufffd" in latin.text and [w.line for w in latin.warnings] == [1]
    assert articles["batch.jsonl:6"].warnings[0].line == 6
    # a duplicate id is kept (documents are keyed by their text) with a warning naming both places
    dup = articles["batch.jsonl:4"].warnings
    assert len(dup) == 1 and dup[0].line == 4 and "batch.jsonl:1" in dup[0].message


@pytest.mark.slow  # a whole ingest into a DuckDB file, long run-on passage included
def test_ingest_codes_the_good_and_records_the_rest(cli, corpus, tmp_path):
    db = tmp_path / "s.duckdb"
    res = cli("ingest", str(corpus), "--db", str(db), "--workers", "1")
    assert res.returncode == 1, res.stderr  # some documents could not be coded
    assert f"skipped {corpus / 'batch.jsonl'}:2: not a JSON object" in res.stderr
    assert f"warning {corpus / 'runon.txt'}: a passage with no sentence end" in res.stderr
    con = duckdb.connect(str(db), read_only=True)
    origins = {r[0].rsplit("/", 1)[-1] for r in con.execute("SELECT origin FROM documents").fetchall()}
    assert origins == {"ok.txt", "latin1.txt", "runon.txt", "broken.html", "batch.jsonl:1", "batch.jsonl:4",
                       "batch.jsonl:5", "batch.jsonl:6"}
    rows = con.execute("SELECT kind, regexp_extract(path, '[^/]+$'), line FROM failures").fetchall()
    skipped = {(p, line) for k, p, line in rows if k == "skipped"}
    warned = {(p, line) for k, p, line in rows if k == "warning"}
    assert skipped == {("empty.txt", None), ("blank.jsonl", None), ("image.txt", None), ("huge.jsonl", 1),
                       ("nothing.html", None), ("batch.jsonl", 2), ("batch.jsonl", 3), ("batch.jsonl", 7), ("batch.jsonl", 8),
                       ("teaser.html", None), ("scan.pdf", None)}
    assert warned == {("latin1.txt", 1), ("batch.jsonl", 6), ("batch.jsonl", 4), ("runon.txt", None)}
    # the good stories were coded, and the malformed HTML still gave its text
    n = dict(con.execute("SELECT regexp_extract(origin, '[^/]+$'), n_events FROM documents").fetchall())
    assert n["ok.txt"] >= 1 and n["broken.html"] >= 1 and n["batch.jsonl:4"] >= 1 and n["runon.txt"] >= 1
    con.close()
