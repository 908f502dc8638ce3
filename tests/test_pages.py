"""Web pages as input: titles without the site's name, the page's furniture left out and reported,
short pages skipped, the extracted text in the output, and files no reader codes reported."""

import json

import pytest

from newsevents.reading import Extracted, Failure, read, read_story
from newsevents.reading.hygiene import MIN_WORDS, clean_title, strip_furniture

STORY = [
    "The island's transport minister resigned on Tuesday after weeks of protests over a contract to expand "
    "the main port, the prime minister's office said in a statement.",
    "Opposition leaders had accused the minister of awarding the deal to a company owned by a relative, a "
    "charge he denied.",
    "Police arrested six protesters outside parliament on Monday, and the opposition said it would call a vote "
    "of no confidence next week.",
]


def page(title="Minister resigns over port deal - Island Times News", meta="", body=STORY, extra=""):
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (f"<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Minister resigns over port deal</h1>{paragraphs}{extra}</article>"
            "<footer>Island Times News, 1 Harbour Road</footer></body></html>")


@pytest.mark.parametrize("title, sites, host, expected", [
    # the page names itself: that part goes, at either end
    ("Minister resigns over port deal - Island Times News", ["Island Times News"], None, "Minister resigns over port deal"),
    ("Island Times | Minister resigns over port deal", ["Island Times"], None, "Minister resigns over port deal"),
    ("Minister resigns | Politics | islandtimes.com", [], None, "Minister resigns | Politics"),
    ("Port deal: minister quits – The Island Times", [], "islandtimes", "Port deal: minister quits"),
    # no name declared: a trailing run of capitalised words after a separator is the site's
    ("U.S. envoy meets rebels in Doha - Gulf Daily Record", [], None, "U.S. envoy meets rebels in Doha"),
    # ... but never at the cost of the headline itself
    ("Russia - Ukraine Talks Resume", [], None, "Russia - Ukraine Talks Resume"),
    ("Israel - Hamas ceasefire holds for a third day", [], None, "Israel - Hamas ceasefire holds for a third day"),
    ("Rebels seize Goma - live updates", [], None, "Rebels seize Goma - live updates"),
    ("Sudan: army retakes Khartoum airport", ["Island Times"], None, "Sudan: army retakes Khartoum airport"),
    ("Island Times", ["Island Times"], None, "Island Times"),  # all name: kept, good_title then refuses it
])
def test_site_names_are_cut_from_titles_and_headlines_are_not(title, sites, host, expected):
    assert clean_title(title, sites, host) == expected


def test_furniture_is_left_out_and_named_by_kind():
    lines = [
        STORY[0],
        "Sign up for our morning briefing newsletter, delivered to your inbox.",
        STORY[1],
        "Share this article",
        "Read more: Port workers strike for a third day",
        STORY[2],
        "Related stories",
        "- Port workers strike for a third day",
        "Opposition calls for an inquiry into contracts",
        "Subscribe now to continue reading. Already a subscriber? Log in.",
        "3 Comments",
        "What a disgrace, he should have gone months ago.",
        "Great reporting as always.",
    ]
    cleaned = strip_furniture(lines)
    assert cleaned.lines == STORY
    assert {k: len(v) for k, v in cleaned.dropped.items()} == {
        "newsletter": 1, "furniture": 1, "related": 4, "paywall": 1, "comments": 3}
    notes = cleaned.notes()
    assert any(n.startswith("a comment section left out of the coded text (3 lines)") for n in notes)
    assert any("paywall" in n and "only part of the article" in n for n in notes)


def test_prose_that_mentions_such_words_is_kept():
    lines = [
        "The minister said he would subscribe to any inquiry the opposition set up, and read more of the "
        "contract's terms aloud in parliament than any minister before him had done, officials said.",
        "Comments from the harbour master were not available.",
    ]
    assert strip_furniture(lines).lines == lines


def test_an_html_page_is_read_clean(tmp_path):
    meta = '<meta property="og:site_name" content="Island Times News">'
    extra = ("<p>Sign up for our newsletter to get the latest news delivered to your inbox.</p>"
             "<p>Subscribe now to continue reading. Already a subscriber? Log in.</p>")
    (tmp_path / "port.html").write_text(page(meta=meta, extra=extra), encoding="utf-8")
    [art] = read([str(tmp_path / "port.html")])
    assert isinstance(art, Extracted) and art.doc_id == "port.html"
    # the title once, without the site's name; no markup, no furniture
    assert art.text.startswith("Minister resigns over port deal\n\nThe island's transport minister")
    assert art.text.count("Minister resigns over port deal") == 1
    assert "<" not in art.text and "newsletter" not in art.text and "Subscribe" not in art.text
    assert [w.message.split(" left out")[0] for w in art.warnings] == ["a newsletter sign-up", "a paywall or subscription teaser"]


def test_a_page_too_short_to_be_an_article_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "teaser.html").write_text(page(body=[STORY[0]]), encoding="utf-8")
    [failure] = read([str(tmp_path / "teaser.html")])
    assert isinstance(failure, Failure)
    words = len(STORY[0].split())
    assert failure.reason.startswith(f"main text is {words} words, too short to be an article") and f"under {MIN_WORDS}" in failure.reason


def test_the_output_carries_the_text_its_offsets_index(cli, tmp_path):
    (tmp_path / "port.html").write_text(page(), encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Chad expels envoy\n\nChad expelled the French ambassador on Tuesday.\n", encoding="utf-8")
    res = cli("code", tmp_path / "port.html", tmp_path / "plain.txt")
    assert res.returncode == 0, res.stderr
    html_doc, plain = map(json.loads, res.stdout.splitlines())
    text = html_doc["text"]
    assert html_doc["title"] == "Minister resigns over port deal" and plain["text"] is None
    assert html_doc["events"] and html_doc["actors"]
    for item in html_doc["events"] + html_doc["actors"] + html_doc["places"]:
        assert text[item["start"] : item["end"]] == (item["sentence"] if "sentence" in item else item["text"])
    # --with-text: plain text too
    res = cli("code", "--with-text", tmp_path / "plain.txt")
    [plain] = map(json.loads, res.stdout.splitlines())
    assert plain["text"] == (tmp_path / "plain.txt").read_text(encoding="utf-8")
    assert plain["events"][0]["sentence"] == plain["text"][plain["events"][0]["start"] : plain["events"][0]["end"]]


def test_ingest_stores_the_text(cli, tmp_path):
    import duckdb

    (tmp_path / "port.html").write_text(page(), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    res = cli("ingest", tmp_path / "port.html", "--db", db, "--workers", "1")
    assert res.returncode == 0, res.stderr
    con = duckdb.connect(str(db), read_only=True)
    [(record,)] = con.execute("SELECT record FROM documents").fetchall()
    con.close()
    assert json.loads(record)["text"].startswith("Minister resigns over port deal\n\n")


def test_files_no_reader_codes_are_reported_not_ignored(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text("Chad expelled the French ambassador on Tuesday.", encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (folder / "memo.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (folder / "notes.md").write_text("# notes\n", encoding="utf-8")
    (folder / ".hidden.pdf").write_bytes(b"%PDF-1.7")
    # a page saved by a browser: its asset folder is part of the page, not input of its own
    (folder / "saved.html").write_text(page(), encoding="utf-8")
    (folder / "saved_files").mkdir()
    (folder / "saved_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    scan = tmp_path / "scan.txt"  # named outright, with a suffix that lies
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    items = list(read([str(folder), str(scan)]))
    failures = {f.path.rsplit("/", 1)[-1]: f.reason for f in items if isinstance(f, Failure)}
    assert {a.doc_id for a in items if not isinstance(a, Failure)} == {"story.txt", "saved.html"}
    assert set(failures) == {"report.pdf", "photo.jpg", "memo.docx", "notes.md", "scan.txt"}
    assert failures["report.pdf"].startswith("PDF is not supported") and "pdftotext" in failures["report.pdf"]
    assert failures["scan.txt"].startswith("PDF is not supported")
    assert failures["photo.jpg"].startswith("an image is not supported")
    assert failures["memo.docx"].startswith("an office document is not supported")
    assert failures["notes.md"].startswith("no reader for .md files")


def test_an_upload_is_read_as_its_file_would_be():
    story = read_story(page().encode(), "port.html", "2026-03-04")
    assert isinstance(story, Extracted) and story.text.startswith("Minister resigns over port deal\n\n")
    assert story.published == "2026-03-04"
    failure = read_story(b"%PDF-1.7\n", "report.pdf")
    assert isinstance(failure, Failure) and str(failure).startswith("report.pdf: PDF is not supported")


@pytest.mark.parametrize("head, h1, expected", [
    # the headline shown on the page wins over a title written for search engines and tabs
    ('<title>Port minister quits | Island Times</title><meta property="og:title" content="Port minister quits">',
     "<h1>Minister resigns over port deal</h1>", "Minister resigns over port deal"),
    # a dot in the headline does not make it the site's name
    ("<title>U.S. envoy meets rebels in Doha - Gulf Daily Record</title>", "", "U.S. envoy meets rebels in Doha"),
    # an author line or a site logo in <h1> is no headline; an empty <title> is passed over
    ("<title>Minister resigns over port deal</title>", "<h1>By Jane Doe</h1>", "Minister resigns over port deal"),
    ("<title></title>", "<h1>Minister resigns over port deal</h1>", "Minister resigns over port deal"),
    ('<title>Island Times</title><meta property="og:site_name" content="Island Times">', "", None),
])
def test_the_title_is_the_headline(head, h1, expected):
    from newsevents.reading.pages import page_article

    html = f"<html><head>{head}</head><body><article>{h1}{''.join(f'<p>{p}</p>' for p in STORY)}</article></body></html>"
    art = page_article(html, "p.html", None, doc_id="p.html")
    first = art.text.split("\n\n")[0]
    assert (first if first != STORY[0] and "\n" not in first else None) == expected
    assert art.text.count("Minister resigns over port deal") <= 1


def _headless(title: str) -> str:
    """A saved page whose headline is only in its <title> (no <h1>, no metadata)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"<html><head><title>{title}</title></head><body><article>{paragraphs}</article></body></html>"


def test_a_sites_name_is_learned_from_its_other_pages(tmp_path):
    # The suffix neither looks like a name nor is declared: only its recurrence gives it away.
    titles = {"a.html": "Minister resigns over port deal | news of the islands",
              "b.html": "Opposition calls for inquiry into contracts | news of the islands",
              "c.html": "Port workers strike for a third day | news of the islands"}
    for name, title in titles.items():
        (tmp_path / name).write_text(_headless(title), encoding="utf-8")
    arts = list(read([str(tmp_path)]))
    assert [a.text.split("\n")[0] for a in arts] == [
        "Minister resigns over port deal", "Opposition calls for inquiry into contracts", "Port workers strike for a third day"]

    # A page alone in its folder keeps such a suffix: nothing shows it is not headline.
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "a.html").write_text(_headless(titles["a.html"]), encoding="utf-8")
    [art] = read([str(alone / "a.html")])
    assert art.text.split("\n")[0] == titles["a.html"]


def test_two_copies_of_one_page_teach_no_site_name():
    from newsevents.reading.sites import SiteNames

    names = SiteNames()
    names.learn("s", "a.html", "Port deal signed | Gazette")
    names.learn("s", "a-copy.html", "Port deal signed | Gazette")
    assert names.names("s") == []
    names.learn("s", "b.html", "Strike ends | Gazette")
    assert names.names("s") == ["Gazette"]
