"""URLs as input: pages fetched from a real HTTP server on 127.0.0.1, coded as HTML files are, and
every failed fetch reported like any bad input without stopping the others."""

import http.server
import json
import threading
import time

import duckdb
import pytest

from newsevents.reading import fetch as fetching
from test_pages import page

pytestmark = pytest.mark.slow

BIG = "<html><body>" + "<p>" + "filler " * 30_000 + "</p></body></html>"


class Pages(http.server.BaseHTTPRequestHandler):
    seen: list = []  # (path, user agent, time) of every request

    def do_GET(self):  # noqa: N802 (http.server's name)
        Pages.seen.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
        routes = {
            "/port.html": (200, "text/html; charset=utf-8", page().encode()),
            "/other.html": (200, "text/html", page(title="Port deal inquiry opens | Island Times").replace(
                "<h1>Minister resigns over port deal</h1>", "<h1>Port deal inquiry opens</h1>").encode()),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n"),
            "/big.html": (200, "text/html", BIG.encode()),
            "/robots.txt": (200, "text/plain", b"User-agent: *\nCrawl-delay: 1\n\n"
                                               b"User-agent: newsevents\nDisallow: /private/\nCrawl-delay: 1\n"),
            "/private/port.html": (200, "text/html", page().encode()),
            "/teaser.html": (200, "text/html", b"<html><body><article><p>Subscribers can read the whole story of "
                                               b"the minister's resignation here today.</p></article></body></html>"),
        }
        if self.path == "/slow.html":
            time.sleep(3)
        status, kind, body = routes.get(self.path, (404, "text/html", b"<html><body>Not found</body></html>"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up waiting (the timeout test)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    """Short limits, so the failures come fast; the pause between requests is tested on its own."""
    monkeypatch.setattr(fetching, "DELAY", 0.0)
    monkeypatch.setattr(fetching, "TIMEOUT", 1)
    monkeypatch.setattr(fetching, "MAX_BYTES", 100_000)
    monkeypatch.setattr(fetching, "MAX_CRAWL_DELAY", 0.0)
    fetching._robots.clear()


def test_urls_are_fetched_coded_and_failures_reported(cli, site, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Chad expelled the French ambassador on Tuesday.", encoding="utf-8")
    urls = [f"{site}/port.html", f"{site}/missing.html", f"{site}/report.pdf", f"{site}/big.html",
            f"{site}/slow.html", f"{site}/teaser.html", "http://127.0.0.1:9/closed.html"]
    res = cli("code", *urls, story)
    assert res.returncode == 1
    docs = {d["doc_id"]: d for d in map(json.loads, res.stdout.splitlines())}
    assert set(docs) == {f"{site}/port.html", "story.txt"}  # the double slash kept, the file still coded
    fetched = docs[f"{site}/port.html"]
    assert fetched["title"] == "Minister resigns over port deal" and fetched["text"].startswith("Minister resigns")
    assert fetched["events"]
    skipped = {line.split(": ", 2)[1].removeprefix("skipped "): line.split(": ", 2)[2]
               for line in res.stderr.splitlines() if ": skipped " in line}
    assert skipped[f"{site}/missing.html"] == "HTTP 404 (Not Found)"
    assert skipped[f"{site}/report.pdf"] == "not an HTML page (content type application/pdf)"
    assert skipped[f"{site}/big.html"] == "page larger than the 0.1 MB limit"
    assert skipped[f"{site}/slow.html"] == "no answer within 1 s (timed out)"
    assert skipped[f"{site}/teaser.html"].startswith("main text is 12 words, too short to be an article")
    assert skipped["http://127.0.0.1:9/closed.html"] == "cannot connect to the host"
    assert "no such file" not in res.stderr


def test_ingest_records_the_url_and_the_failures(cli, site, tmp_path):
    db = tmp_path / "s.duckdb"
    res = cli("ingest", f"{site}/other.html", f"{site}/missing.html", "--db", db, "--workers", "1")
    assert res.returncode == 1, res.stderr
    con = duckdb.connect(str(db), read_only=True)
    docs = con.execute("SELECT doc_id, url, title, record FROM documents").fetchall()
    failures = con.execute("SELECT path, reason, kind FROM failures").fetchall()
    con.close()
    [(doc_id, url, title, record)] = docs
    assert doc_id == url == f"{site}/other.html" and title == "Port deal inquiry opens"
    assert json.loads(record)["text"].startswith("Port deal inquiry opens\n\n")
    assert failures == [(f"{site}/missing.html", "HTTP 404 (Not Found)", "skipped")]


def test_requests_to_one_host_are_spaced_and_say_who_asks(site, monkeypatch):
    monkeypatch.setattr(fetching, "DELAY", 0.6)
    Pages.seen.clear()
    fetching.fetch(f"{site}/port.html")
    fetching.fetch(f"{site}/other.html")
    (_, agent, first), (_, _, second) = [seen for seen in Pages.seen if seen[0] != "/robots.txt"]
    assert second - first >= 0.55
    assert agent.startswith("newsevents/")


def test_the_sites_robots_txt_is_read_once_and_obeyed_unless_the_user_says(cli, site, monkeypatch):
    Pages.seen.clear()
    with pytest.raises(fetching.FetchError, match="robots.txt does not allow"):
        fetching.fetch(f"{site}/private/port.html")
    assert "<h1>" in fetching.fetch(f"{site}/port.html")
    assert [path for path, _, _ in Pages.seen] == ["/robots.txt", "/port.html"]  # the kept page never asked for
    assert "<h1>" in fetching.fetch(f"{site}/private/port.html", robots=False)

    # Its crawl delay spaces our requests, where it asks for more than our own pause.
    monkeypatch.setattr(fetching, "MAX_CRAWL_DELAY", 60.0)
    Pages.seen.clear()
    fetching.fetch(f"{site}/port.html")
    fetching.fetch(f"{site}/other.html")
    first, second = (t for _, _, t in Pages.seen)
    assert second - first >= 0.95

    res = cli("code", f"{site}/private/port.html")
    assert res.returncode == 1 and "robots.txt does not allow" in res.stderr
    res = cli("code", "--ignore-robots", f"{site}/private/port.html")
    assert res.returncode == 0 and json.loads(res.stdout)["title"] == "Minister resigns over port deal"
