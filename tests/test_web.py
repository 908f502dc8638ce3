import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from browser import available, chrome
from conftest import serving
HOSTILE = 'Mayor attacked\n\nRebels attacked the town hall in Goma on Monday. <script>document.title="pwned"</script> <img src=x onerror="document.title=\'pwned\'">\n'


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
    with serving(tmp_path / "own.duckdb", "--time-limit", "0.5") as base:
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
