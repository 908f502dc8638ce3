import json

from newsevents.reading import Failure, read


def test_bad_inputs_are_reported_and_the_rest_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\nBody text here.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("line one\nline two \xe9\n".encode("utf-8") + b"broken \xff here\n")
    lines = tmp_path / "batch.jsonl"
    lines.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "Israel struck Gaza.", "published": "2026-01-02"}),
                "{not json",
                json.dumps({"id": "c"}),
                json.dumps({"text": "No id here."}),
            ]
        ),
        encoding="utf-8",
    )
    items = list(read([str(good), str(tmp_path / "missing.txt"), str(bad), str(lines)]))
    failures = [i for i in items if isinstance(i, Failure)]
    articles = [i for i in items if not isinstance(i, Failure)]
    assert [a.doc_id for a in articles] == ["good.txt", "bad.txt", "a", "batch.jsonl:4"]
    assert articles[2].published == "2026-01-02" and not articles[2].structured
    msgs = [str(f) for f in failures]
    assert any("missing.txt" in m and "no such file" in m for m in msgs)
    assert any(m.startswith(f"{lines}:2") and "JSON" in m for m in msgs)
    assert any(m.startswith(f"{lines}:3") and "'text'" in m for m in msgs)
    # bytes that are not UTF-8 are replaced, with a warning naming the line, and the rest is read
    replaced = articles[1]
    assert replaced.text.endswith("broken \ufffd here\n") and "\xe9" in replaced.text
    assert [str(w) for w in replaced.warnings] == [f"{bad}:3: not valid UTF-8 (byte 0xff at offset 28); 1 undecodable sequence replaced with U+FFFD"]


def test_directory_and_html(tmp_path):
    (tmp_path / "story.html").write_text(
        "<html><head><title>Talks resume in Doha</title></head><body><article><h1>Talks resume in Doha</h1>"
        "<p>Qatar hosted envoys from Sudan on Monday for a new round of negotiations between the army and "
        "the Rapid Support Forces, officials said, after weeks of fighting around El Fasher.</p>"
        "<p>The mediators said both delegations had agreed to meet again next week in the Qatari capital.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    failure, art = list(read([str(tmp_path)]))  # a file no reader codes is reported, not passed over
    assert art.doc_id == "story.html"
    assert art.text.startswith("Talks resume in Doha\n\nQatar hosted envoys")  # the title once, then the story
    assert failure.path.endswith("notes.bin") and "not supported" in failure.reason


def test_gzipped_jsonl_and_globs(tmp_path):
    import gzip

    from newsevents.reading import estimate, read

    rows = [{"id": f"a{i}", "text": f"Story number {i} about talks in Cairo."} for i in range(3)]
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(__import__("json").dumps(r) + "\n")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    got = list(read([str(tmp_path / "*.jsonl.gz")]))
    articles = [a for a in got if hasattr(a, "doc_id")]
    failures = [f for f in got if not hasattr(f, "doc_id")]
    assert [a.doc_id for a in articles] == ["a0", "a1", "a2"]
    assert len(failures) == 1 and "gzip" in failures[0].reason and "broken.jsonl.gz" in failures[0].path
    assert estimate([str(tmp_path / "news.jsonl.gz")]) == 3


def test_oversized_documents_are_reported_and_others_read(tmp_path):
    from newsevents.reading import MAX_DOCUMENT, Failure, read

    (tmp_path / "huge.txt").write_text("word " * (MAX_DOCUMENT // 5 + 10), encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Police arrested ten people in Lagos.", encoding="utf-8")
    got = list(read([str(tmp_path)]))
    failures = [g for g in got if isinstance(g, Failure)]
    assert len(failures) == 1 and "huge.txt" in failures[0].path and "limit" in failures[0].reason
    assert [g.doc_id for g in got if not isinstance(g, Failure)] == ["ok.txt"]


def test_a_long_run_on_sentence_is_coded_in_pieces(code):
    text = " ".join(["Rebels attacked the town and police arrested protesters"] * 700)  # ~6,000 words, no full stop
    doc = code(text)
    assert len([e for e in doc.events if e.cameo_root == "19"]) > 100
    for e in doc.events:
        assert text[e.start : e.end] == e.sentence


def test_non_english_documents_are_reported_and_skipped(tmp_path):
    from newsevents.reading import Failure, read

    german = ("Der ägyptische Außenminister traf am Dienstag seinen jordanischen Amtskollegen in Kairo, "
              "während beide Länder eine neue Waffenruhe und die Freilassung der Geiseln forderten. ") * 3
    chinese = "埃及外交部长周二在开罗会见了约旦外交大臣，两国呼吁在加沙实现新的停火，并释放被扣押数月的人质。" * 3
    english = ("Egypt's foreign minister met his Jordanian counterpart in Cairo on Tuesday, as the two "
               "countries pressed for a new ceasefire and the release of the hostages held in Gaza. ") * 3
    for name, text in (("de.txt", german), ("zh.txt", chinese), ("en.txt", english)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    got = list(read([str(tmp_path)]))
    skipped = sorted(g.path.rsplit("/", 1)[-1] for g in got if isinstance(g, Failure))
    assert skipped == ["de.txt", "zh.txt"] and all("not English" in g.reason for g in got if isinstance(g, Failure))
    assert [g.doc_id for g in got if not isinstance(g, Failure)] == ["en.txt"]
