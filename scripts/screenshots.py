"""Screenshots of each page for the README: a server on a store of the bundled examples, driven by
headless Chromium (Debian's chromium and chromium-driver).

    python scripts/screenshots.py            # writes docs/*.png
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import chrome, wait_for_server  # noqa: E402


def main() -> int:
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.duckdb"
        subprocess.run([sys.executable, "-m", "newsevents.cli", "ingest", str(ROOT / "src/newsevents/examples"), "--db", str(db)], check=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db), "--port", str(port)])
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for_server(base)
            driver = chrome(width=1400, height=1000)
            try:
                story = (ROOT / "src/newsevents/examples/egypt-jordan-talks.txt").read_text(encoding="utf-8")
                driver.get(base + "/annotate")
                driver.find_element("name", "text").send_keys(story)
                driver.find_element("css selector", "form.annotate button").click()
                time.sleep(1)
                driver.save_screenshot(str(out / "annotate.png"))
                for name, path in (("explore", "/explore"), ("dyad", "/dyad?source=UKR&target=RUSMIL"),
                                   ("network", "/network"), ("map", "/map")):
                    driver.get(base + path)
                    time.sleep(1.5)
                    driver.save_screenshot(str(out / f"{name}.png"))
            finally:
                driver.quit()
        finally:
            server.terminate()
            server.wait()
    print("wrote", ", ".join(sorted(p.name for p in out.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
