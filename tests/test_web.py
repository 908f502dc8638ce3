"""The web UI and HTTP API. The fast tests call the app in this process (TestClient) on a small
store coded here; the slow ones start `newsevents serve` as a user does, or drive Chromium."""

import contextlib
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import newsevents.web.app as web_app
from browser import available, chrome
from conftest import EXAMPLES, serving
from newsevents.engines.local import ingest
from newsevents.reading import read
from newsevents.records import Article
from newsevents.store import Store
from newsevents.web import create_app

HOSTILE = 'Mayor attacked\n\nRebels attacked the town hall in Goma on Monday. <script>document.title="pwned"</script> <img src=x onerror="document.title=\'pwned\'">\n'
# Markup inside a sentence with an event, so that it is stored and shown on the explore page.
STORED_HOSTILE = "Rebels attacked the <script>alert(1)</script> town hall in Goma on Monday.\n"
STORY = ("Troops clash\n\nSudanese troops attacked rebels in Darfur on Sunday, the army said.\n"
         '"We will not give up," said the rebel commander.\n')
PAGES = ("/annotate", "/explore", "/dyad", "/dyad?source=UKR", "/network", "/map", "/docs")


@contextlib.contextmanager
def client_on(db: Path, coder, **options):
    app = create_app(str(db), coder, **options)
    try:
        yield TestClient(app)
    finally:
        app.state.store.close()


@pytest.fixture(scope="module")
def client(coder, tmp_path_factory):
    """The app over the example stories and a hostile one, coded here into a store of their own."""
    db = tmp_path_factory.mktemp("web-fast") / "small.duckdb"
    store = Store(db)
    try:
        articles = [*read([str(EXAMPLES)]), Article("hostile", STORED_HOSTILE, "2026-11-18", origin="hostile")]
        stored, _, failures = ingest(coder, articles, store, lambda _: None)
    finally:
        store.close()
    assert (stored, failures) == (5, 0)
    with client_on(db, coder, allow_save=True) as c:  # the Save form's escaping is tested on it
        yield c


def rows(body: str) -> list[str]:
    """The cells of each row of the explore table."""
    return re.findall(r'<tr class="quad\d" data-dyad="[^"]*">\s*(.*?)\s*</tr>', body, re.S)


def stored_events(client, **query) -> list[dict]:
    r = client.get("/api/events", params={"limit": 1000, **query})
    assert r.status_code == 200
    return r.json()


def test_home_and_static_files(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/annotate"
    for name, kind in (("app.js", "javascript"), ("style.css", "text/css"), ("plotly.min.js", "javascript")):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and kind in r.headers["content-type"] and r.content
    assert client.get("/static/other.js").status_code == 404


def test_every_page_has_the_nav_and_loads_scripts_only_from_the_package(client):
    for path in PAGES:
        r = client.get(path)
        assert r.status_code == 200 and "text/html" in r.headers["content-type"], path
        head = r.text.split("<main>")[0]
        assert "http://" not in head and "https://" not in head
        assert head.count("<nav><a href=\"/annotate\"") == 1 and head.count(' class="on"') == 1, path
        for src in re.findall(r'<script src="([^"]*)"', r.text):
            assert src.startswith("/static/"), (path, src)


def test_annotate_form(client):
    body = client.get("/annotate").text
    assert '<a href="/annotate" class="on">' in body and "<h1>Annotate a story</h1>" in body
    assert '<form class="annotate" method="post" action="/annotate" enctype="multipart/form-data">' in body
    assert '<textarea name="text"' in body and 'type="file" name="file"' in body and 'class="error"' not in body


def test_annotate_without_text_asks_for_it(client):
    r = client.post("/annotate", data={"text": "  \n", "published": ""})
    assert r.status_code == 200 and '<p class="error">Paste a story or choose a file.</p><form class="annotate"' in r.text


def test_annotated_story_links_each_trigger_to_its_event_row(client):
    r = client.post("/annotate", data={"text": STORY, "published": "2026-11-18"})
    assert r.status_code == 200 and "<h1>Annotated story</h1>" in r.text
    story = r.text.split('<article class="story">')[1].split("</article>")[0]
    # the trigger also lies in a quotation ("..., the army said"): its classes are sorted
    found = re.search(r'<span class="quad4 quote trig" data-ev="(\d+)" tabindex="0">attacked</span>', story)
    assert found and '<span class="quad4 trig" data-ev="0" tabindex="0">clash</span>' in story
    ev = found.group(1)
    row = re.search(rf'<tr data-ev="{ev}" class="quad4">(.*?)</tr>', r.text).group(1)
    assert row.startswith("<td>SDNMIL</td><td>ASSAULT <small>") and "<td>2026-11-15</td><td>Darfur</td><td>-10.0</td>" in row
    assert '<span class="actor quote">rebels</span>' in story and '<span class="quote">We will not give up,</span>' in story
    assert story.count("<br>\n") == STORY.count("\n")
    assert '<span class="kind">direct</span> We will not give up,' in r.text  # the quotations by speaker
    assert '<input type="hidden" name="published" value="2026-11-18">' in r.text  # for "Save to store"
    assert '<p class="legend">' in r.text


def test_annotate_an_uploaded_file_read_in_memory_whatever_its_name(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = f"../../..{tmp_path}/planted.txt"
    r = client.post("/annotate", data={"published": "2026-11-18"},
                    files={"file": (name, b"Chad expelled the French ambassador on Tuesday.", "text/plain")})
    assert r.status_code == 200 and '<span class="quad4 trig" data-ev="0" tabindex="0">expelled</span>' in r.text
    assert "<td>TCD</td><td>SANCTION" in r.text
    assert not list(tmp_path.iterdir())


def test_an_uploaded_html_page_is_read_as_the_command_line_reads_it(coder, tmp_path):
    from test_pages import page

    markup = page(extra="<p>Subscribe now to continue reading. Already a subscriber? Log in.</p>").encode()
    with client_on(tmp_path / "own.duckdb", coder, allow_save=True) as c:
        r = c.post("/annotate", data={"published": "2026-03-04"}, files={"file": ("port.html", markup, "text/html")})
    assert r.status_code == 200
    story = r.text.split('<article class="story">')[1].split("</article>")[0]
    assert re.sub(r"<[^>]+>", "", story).startswith("Minister resigns over port deal")
    assert "DOCTYPE" not in r.text and "&lt;p&gt;" not in r.text and "Subscribe now" not in r.text
    assert "transport minister" in story and "</td>" in r.text  # the extracted story, coded
    # "Save to store" sends the text that was coded: the extract, not the markup
    saved = re.search(r'<input type="hidden" name="text" value="([^"]*)"', r.text).group(1)
    assert saved.startswith("Minister resigns over port deal\n\nThe island&#39;s transport minister") and "&lt;" not in saved


def test_an_upload_that_cannot_be_coded_gets_a_page_saying_why(client):
    r = client.post("/annotate", data={"published": ""}, files={"file": ("report.pdf", b"%PDF-1.7\n", "application/pdf")})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert '<p class="error">Cannot code report.pdf: PDF is not supported' in r.text
    r = client.post("/annotate", data={"published": ""},
                    files={"file": ("menu.html", b"<html><body><nav>Home</nav></body></html>", "text/html")})
    assert r.status_code == 400 and "Cannot code menu.html: no article text found in HTML" in r.text


def test_an_upload_past_the_time_limit_gets_a_page_not_json(coder, tmp_path):
    coder.code("Chad expelled the French ambassador.")
    long_story = ("Rebels attacked the town and police arrested protesters in Goma on Monday. " * 4000).encode()
    Store(tmp_path / "own.duckdb").close()
    with client_on(tmp_path / "own.duckdb", coder, time_limit=0.2) as c:
        r = c.post("/annotate", data={"published": ""}, files={"file": ("long.txt", long_story, "text/plain")})
        assert r.status_code == 503 and r.headers["content-type"].startswith("text/html") and "0.2 s limit" in r.text


def test_text_and_parameters_are_escaped_on_the_pages(client):
    body = client.post("/annotate", data={"text": HOSTILE, "published": "2026-11-18"}).text
    assert "<script>document.title" not in body and "&lt;script&gt;document.title" in body
    assert "<img src=x" not in body and "&lt;img src=x" in body
    hidden = body.split('<input type="hidden" name="text" value="')[1].split('">')[0]
    assert "<" not in hidden and '"' not in hidden
    body = client.get("/explore", params={"q": "alert"}).text
    assert len(rows(body)) == 1 and "<script>alert" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    for path, params in (("/explore", {"source": '"><script>x</script>'}), ("/dyad", {"source": "<b>x</b>"}),
                         ("/dyad", {"target": '"><i>'})):
        body = client.get(path, params=params).text
        assert "<script>x" not in body and "<b>x" not in body and "<i>" not in body, (path, params)


def test_explore_filters(client):
    everything = rows(client.get("/explore").text)
    assert len(everything) == len(stored_events(client)) > 25
    body = client.get("/explore", params={"type": "ASSAULT"}).text
    assert '<input name="type" value="ASSAULT"' in body
    assault = rows(body)
    assert 0 < len(assault) < len(everything) and all("<td>ASSAULT <small" in r for r in assault)
    dyad = rows(client.get("/explore", params={"source": "MLICVL", "target": "MLI"}).text)
    assert len(dyad) == 2 and all(r.startswith('<td class="date">2026-11-') and
                                  '<td class="actor"><code>MLICVL</code>' in r and '<td class="actor"><code>MLI</code>' in r for r in dyad)
    one_day = rows(client.get("/explore", params={"since": "2026-11-17", "until": "2026-11-17"}).text)
    assert len(one_day) == 1 and one_day[0].startswith('<td class="date">2026-11-17</td>')
    body = client.get("/explore", params={"q": "vetoed"}).text
    assert len(rows(body)) == 2 and 'data-dyad="/dyad?source=RUS&amp;target=IGOUNO"' in body
    assert "<p>No events match.</p>" in client.get("/explore", params={"q": "no sentence says this"}).text


def test_explore_pages(client, monkeypatch):
    monkeypatch.setattr(web_app, "PAGE", 4)
    total = len(stored_events(client, type="ASSAULT"))
    seen, page = [], 1
    while True:
        body = client.get("/explore", params={"type": "ASSAULT", "page": page}).text
        found = rows(body)
        seen += found
        pager = body.split('<p class="pager">')[1].split("</p>")[0]
        assert (f'<a href="/explore?type=ASSAULT&amp;page={page - 1}">previous</a>' in pager) == (page > 1)
        if '">next</a>' not in pager:
            break
        assert len(found) == 4 and f'<a href="/explore?type=ASSAULT&amp;page={page + 1}">next</a>' in pager
        page += 1
    assert page == -(-total // 4) > 1 and len(seen) == total == len(set(seen))
    assert client.get("/explore", params={"page": 0}).status_code == 422


def test_bad_dates_get_422(client):
    for path, params in (("/explore", {"since": "yesterday"}), ("/explore", {"until": "2026-13-01"}),
                         ("/api/events", {"since": "2026-02-30"}), ("/api/events", {"until": "0"})):
        r = client.get(path, params=params)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"][0] == "query", (path, params)
    r = client.post("/api/code", json={"text": "Chad expelled the French ambassador.", "published": "2026-02-30"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "published"]
    assert client.post("/api/code", json={"text": "x", "published": "not a date"}).status_code == 422
    assert client.post("/annotate", data={"text": "x", "published": "2026-02-30"}).status_code == 422


def test_dyad_pages(client):
    body = client.get("/dyad").text
    assert "<h1>Dyads</h1>" in body and "plotly.min.js" not in body
    assert '<li><a href="/dyad?source=MLICVL&amp;target=MLI">MLICVL → MLI</a> (2)</li>' in body
    body = client.get("/dyad", params={"source": "MLICVL", "target": "MLI"}).text
    assert "<h1>MLICVL → MLI: 2 events</h1>" in body and '<div id="dyad-chart" class="plotly-graph-div"' in body
    assert '<script src="/static/plotly.min.js"></script>' in body and '<input name="source" value="MLICVL"' in body
    assert "<h1>any → UKR: " in client.get("/dyad", params={"target": "UKR"}).text


def test_network_and_map(client):
    body = client.get("/network").text
    assert "<h1>Actor network</h1>" in body and '<div id="network-chart"' in body and ("MLICVL \\u2192 MLI: 2" in body or "MLICVL → MLI: 2" in body)  # plotly escapes unless orjson is there
    assert client.get("/network", params={"limit": 1}).status_code == 422
    body = client.get("/map").text
    assert "<h1>Where events happened</h1>" in body and '<div id="map-chart"' in body and "Bamako: " in body


def test_api_docs_page_lists_every_operation(client):
    body = client.get("/docs").text
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {"/api/code", "/api/events", "/api/actors", "/api/dyads", "/api/stats"}
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert f"<li><code>{method.upper()} {path}</code> — {op['summary']}" in body
    assert "<code>GET /api/events</code> — Stored events, filtered (source, target, type, since, until, q, limit, offset)</li>" in body


def test_api_code(client):
    r = client.post("/api/code", json={"text": "Kenyan police arrested 40 protesters in Nairobi on Tuesday.", "published": "2026-11-18"})
    doc = r.json()
    assert r.status_code == 200 and doc["doc_id"] == "pasted"
    assert doc["events"][0]["cameo"] == "173" and doc["events"][0]["date"] == "2026-11-17"
    assert client.post("/api/code", json={"published": "2026-11-18"}).status_code == 422
    assert client.post("/api/code", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422


def test_api_events(client):
    everything = stored_events(client)
    assert {"event_date", "source_code", "target_code", "plover_type", "sentence"} <= set(everything[0])
    assault = stored_events(client, type="ASSAULT", source="RUS")
    assert assault and all(e["plover_type"] == "ASSAULT" and e["source_code"].startswith("RUS") for e in assault)
    assert {e["event_date"] for e in stored_events(client, since="2026-11-17", until="2026-11-17")} == {"2026-11-17"}
    assert stored_events(client, q="vetoed") == [e for e in everything if "vetoed" in e["sentence"]]
    assert client.get("/api/events", params={"limit": 3, "offset": 2}).json() == everything[2:5]
    assert client.get("/api/events", params={"offset": 1_000_000_000}).json() == []
    for bad in ({"limit": 0}, {"limit": 1001}, {"offset": -1}, {"offset": 1_000_000_001}):
        assert client.get("/api/events", params=bad).status_code == 422, bad


def test_api_actors_dyads_and_stats(client):
    actors = client.get("/api/actors").json()
    assert actors[0] == {"code": "EGYGOV", "events": 6} and [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)
    assert len(client.get("/api/actors", params={"limit": 3}).json()) == 3
    dyads = client.get("/api/dyads").json()
    assert {"source": "MLICVL", "target": "MLI", "events": 2, "mean_goldstein": -6.5} in dyads
    assert dyads[0]["events"] == 2 and [d["events"] for d in dyads] == sorted((d["events"] for d in dyads), reverse=True)
    assert len(client.get("/api/dyads", params={"limit": 2}).json()) == 2
    stats = client.get("/api/stats").json()
    assert {"by type", "by dyad", "by day"} <= set(stats) and ["2026-11-17", 1] in stats["by day"]


def test_a_request_over_the_size_limit_gets_413(client):
    r = client.post("/api/code", content=b" " * (web_app.MAX_BODY + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "larger than" in r.text


def test_coding_past_the_time_limit_gets_503_and_the_coder_goes_on(coder, tmp_path):
    # Coding once first: the town gazetteer loads on a coder's first story and takes seconds,
    # which would spend the short story's limit below.
    coder.code("Chad expelled the French ambassador.")
    long_story = "Rebels attacked the town and police arrested protesters in Goma on Monday. " * 4000  # 300 kB
    with client_on(tmp_path / "own.duckdb", coder, time_limit=0.2, allow_save=True) as c:
        r = c.post("/api/code", json={"text": long_story})
        assert r.status_code == 503 and "0.2 s limit" in r.json()["detail"]
        r = c.post("/api/code", json={"text": "Chad expelled the French ambassador."})
        assert r.status_code == 200 and r.json()["events"]


def test_save_stores_a_story_once(coder, tmp_path):
    story = {"text": "Chad expelled the French ambassador on Tuesday.", "published": "2026-11-18"}
    with client_on(tmp_path / "saved.duckdb", coder, allow_save=True) as c:
        assert "<p>No events match.</p>" in c.get("/explore").text
        for _ in range(2):
            r = c.post("/save", data=story, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/explore"
        found = rows(c.get("/explore").text)
        assert len(found) == 1 and '<code>TCD</code> <span class="name">Chad</span></td><td class="actor"><code>FRAGOV</code>' in found[0]
        assert re.search(r'<td class="story">web-[0-9a-f]{12}</td>', found[0])


# -- slow: `newsevents serve` in a subprocess, as a user starts it ---------------------------------


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.headers.get("content-type", ""), r.read().decode("utf-8")


def post(url, data: bytes, content_type: str):
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


@pytest.mark.slow
def test_api_code_events_actors_dyads_stats(server):
    status, body = post(server + "/api/code", json.dumps(
        {"text": "Kenyan police arrested 40 protesters in Nairobi on Tuesday.", "published": "2026-11-18"}).encode(), "application/json")
    doc = json.loads(body)
    assert status == 200 and doc["events"][0]["cameo"] == "173" and doc["events"][0]["date"] == "2026-11-17"
    _, _, body = get(server + "/api/events?type=ASSAULT&source=RUS")
    events = json.loads(body)
    assert events and all(e["plover_type"] == "ASSAULT" and e["source_code"].startswith("RUS") for e in events)
    _, _, body = get(server + "/api/events?since=2026-11-17&until=2026-11-17")
    assert {e["event_date"] for e in json.loads(body)} == {"2026-11-17"}
    assert json.loads(get(server + "/api/actors")[2])[0]["events"] > 0
    assert "mean_goldstein" in json.loads(get(server + "/api/dyads")[2])[0]
    assert "by type" in json.loads(get(server + "/api/stats")[2])
    spec = json.loads(get(server + "/openapi.json")[2])
    assert {"/api/code", "/api/events", "/api/actors", "/api/dyads", "/api/stats"} <= set(spec["paths"])


@pytest.mark.slow
def test_api_rejects_bad_input(server):
    status, _ = post(server + "/api/code", json.dumps({"text": "x", "published": "not a date"}).encode(), "application/json")
    assert status == 422
    import http.client

    host, port = server.rsplit("/", 1)[-1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.putrequest("POST", "/api/code")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", "3000000")  # refused on the header, before the body is read
    conn.endheaders()
    conn.send(b"{}")
    assert conn.getresponse().status == 413
    conn.close()
    with pytest.raises(urllib.error.HTTPError) as err:
        get(server + "/api/events?since=yesterday")
    assert err.value.code == 422


@pytest.mark.slow
def test_pages_serve_no_third_party_script(server):
    for path in ("/annotate", "/explore", "/dyad?source=UKR", "/network", "/map", "/docs"):
        status, ctype, body = get(server + path)
        assert status == 200 and "text/html" in ctype
        assert "http://" not in body.split("<main>")[0] and "https://" not in body.split("<main>")[0]
        for src in [s.split('"')[0] for s in body.split('<script src="')[1:]]:
            assert src.startswith("/static/"), src


@pytest.mark.slow
def test_article_text_is_escaped(server):
    data = urllib.parse.urlencode({"text": HOSTILE, "published": "2026-11-18"}).encode()
    status, body = post(server + "/annotate", data, "application/x-www-form-urlencoded")
    assert status == 200
    assert "<script>document.title" not in body and "&lt;script&gt;document.title" in body
    assert "<img src=x" not in body and "&lt;img src=x" in body


@pytest.mark.slow
@pytest.mark.skipif(not available(), reason="needs Debian's chromium and chromium-driver (make test installs them)")
def test_browser_annotate_explore_and_dyad(server):
    from selenium.webdriver.support.ui import WebDriverWait

    driver = chrome()
    try:
        driver.get(server + "/annotate")
        story = "Troops clash\n\nSudanese troops attacked rebels in Darfur on Sunday, the army said.\n" + HOSTILE
        driver.find_element("name", "text").send_keys(story)
        driver.find_element("name", "published").send_keys("11182026")
        driver.find_element("css selector", "form.annotate button").click()
        wait = WebDriverWait(driver, 60)
        trigger = wait.until(lambda d: next((t for t in d.find_elements("css selector", "span.trig[data-ev]")
                                             if t.text == "attacked"), False))
        row = driver.find_element("css selector", f'tr[data-ev="{trigger.get_attribute("data-ev")}"]')
        assert "SDN" in row.text and "ASSAULT" in row.text
        # hovering the trigger lights its table row
        from selenium.webdriver import ActionChains

        ActionChains(driver).move_to_element(trigger).perform()
        wait.until(lambda d: "lit" in row.get_attribute("class"))
        assert driver.title != "pwned" and "<script>" in driver.find_element("css selector", "article.story").text

        driver.get(server + "/explore")
        all_rows = driver.find_elements("css selector", "table.explore tr[data-dyad]")
        driver.find_element("name", "type").send_keys("ASSAULT")
        driver.find_element("css selector", "form.filters button").click()
        wait.until(lambda d: "type=ASSAULT" in d.current_url)
        rows = driver.find_elements("css selector", "table.explore tr[data-dyad]")
        assert 0 < len(rows) < len(all_rows)
        assert all("ASSAULT" in r.text for r in rows)
        rows[-1].click()  # a row opens its dyad's chart
        chart = wait.until(lambda d: d.find_elements("css selector", "#dyad-chart .main-svg"))
        assert "/dyad" in driver.current_url and chart
    finally:
        driver.quit()


@pytest.mark.slow
def test_a_request_past_the_time_limit_gets_503_and_the_server_goes_on(tmp_path):
    long_story = "Rebels attacked the town and police arrested protesters in Goma on Monday. " * 4000  # 300 kB
    with serving(tmp_path / "own.duckdb", "--time-limit", "0.5", "--allow-save") as base:
        status, body = post(base + "/api/code", json.dumps({"text": long_story}).encode(), "application/json")
        assert status == 503 and "0.5 s limit" in body
        status, body = post(base + "/api/code", json.dumps({"text": "Chad expelled the French ambassador."}).encode(), "application/json")
        assert status == 200 and json.loads(body)["events"]


@pytest.mark.slow
def test_an_upload_is_read_in_memory_whatever_its_name(server, tmp_path):
    # A hostile file name must not become a path: nothing is written under it, here or above.
    name = f"../../..{tmp_path}/planted.txt"
    boundary = "xYzBoundary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\nChad expelled the French ambassador on Tuesday.\r\n"
            f"--{boundary}--\r\n").encode()
    status, html = post(server + "/annotate", body, f"multipart/form-data; boundary={boundary}")
    assert status == 200 and "expelled" in html
    assert not list(tmp_path.iterdir()) and not Path("planted.txt").exists()


# -- rough edges (issue 19) ------------------------------------------------------------------------------
def test_explore_shows_actor_names_readable_headers_and_encoded_pager_links(client, monkeypatch):
    body = client.get("/explore", params={"source": "EGYGOV"}).text
    headers = re.findall(r"<th>([^<]*)</th>", body.split('<table class="explore">')[1].split("</tr>")[0])
    assert headers == ["Date", "Source", "Target", "Event type", "Goldstein", "Confidence", "Place", "Story", "Sentence"]
    assert '<td class="actor"><code>EGYGOV</code> <span class="name">' in body
    assert '<td class="actor"><code>JORGOV</code> <span class="name">his Jordanian counterpart</span></td>' in body
    assert all('<td class="sentence">' in r for r in rows(body))
    monkeypatch.setattr(web_app, "PAGE", 1)
    body = client.get("/explore", params={"q": " the ", "since": "2026-11-01"}).text
    pager = body.split('<p class="pager">')[1].split("</p>")[0]
    assert pager == '<a href="/explore?since=2026-11-01&amp;q=+the+&amp;page=2">next</a>'


def test_the_explore_table_keeps_short_cells_on_one_line_and_wraps_the_sentence():
    css = (Path(web_app.__file__).parent / "static" / "style.css").read_text(encoding="utf-8")
    rules = dict(re.findall(r"(table\.explore td(?:\.\w+)?) \{([^}]*)\}", css))
    assert "white-space: nowrap" in rules["table.explore td"]
    assert "white-space: normal" in rules["table.explore td.sentence"] and "min-width" in rules["table.explore td.sentence"]


def test_unknown_codes_are_422_on_the_pages_and_the_api_naming_the_valid_ones(client):
    r = client.get("/explore", params={"type": "NO-SUCH-TYPE"})
    assert r.status_code == 422 and "<p class=\"error\">unknown event type &#39;NO-SUCH-TYPE&#39;" in r.text
    assert "ASSAULT, COERCE" in r.text and '<input name="type" value="NO-SUCH-TYPE"' in r.text
    r = client.get("/api/events", params={"target": "ZZZ"})
    detail = r.json()["detail"][0]
    assert r.status_code == 422 and detail["loc"] == ["query", "target"] and "GOV, HLH" in detail["msg"]
    r = client.get("/dyad", params={"source": "QQQMIL"})
    assert r.status_code == 422 and "unknown source &#39;QQQMIL&#39;" in r.text
    assert client.get("/api/events", params={"type": "19", "source": "rus"}).json()  # known codes in any case


def test_a_read_only_server_hides_save_and_refuses_it(coder, example_store):
    with client_on(example_store, coder) as c:  # read-only unless told to save
        before = stored_events(c)
        body = c.post("/annotate", data={"text": STORY, "published": "2026-11-18"}).text
        assert 'action="/save"' not in body and "<code>newsevents serve --allow-save</code>" in body
        r = c.post("/save", data={"text": STORY, "published": "2026-11-18"}, follow_redirects=False)
        assert r.status_code == 403 and "--allow-save" in r.json()["detail"]
        assert stored_events(c) == before


@pytest.mark.parametrize("n", [2, 12, 60, pytest.param(250, marks=pytest.mark.slow)])
def test_network_labels_run_outward_and_stand_apart(n):
    import math

    from newsevents.web.charts import LABEL_PX, network_figure

    pairs = [(f"C{i:03d}MIL", f"C{(i + 1) % n:03d}GOV", i + 1, 1 + i % 4) for i in range(n // 2 or 1)]
    fig = network_figure(pairs)
    labels = {a.text: a for a in fig.layout.annotations}
    assert len(labels) == len({c for p in pairs for c in p[:2]})
    lo, hi = fig.layout.xaxis.range
    px = (fig.layout.width - fig.layout.margin.l - fig.layout.margin.r) / (hi - lo)  # pixels per unit
    assert fig.layout.yaxis.scaleanchor == "x" and fig.layout.height == fig.layout.width  # a round ring
    angles = []
    for a in labels.values():
        theta = math.degrees(math.atan2(a.y, a.x)) % 360
        along = -a.textangle % 180  # the text runs along the node's radius, either way up
        assert min(abs(along - theta % 180), 180 - abs(along - theta % 180)) < 1e-6, a.text
        assert a.xshift * a.x >= 0 and a.yshift * a.y >= 0  # pushed outward, off the marker
        angles.append(math.radians(theta))
    angles.sort()
    gaps = [b - a for a, b in zip(angles, angles[1:] + [angles[0] + 2 * math.pi])]
    # where two neighbouring labels start (the ring's edge), they are more than a line of text apart
    assert min(gaps) * px > 1.2 * LABEL_PX
    reach = max(len(t) for t in labels) * LABEL_PX * 0.65 + px  # the longest label ends inside the plot
    assert reach < hi * px
