"""Headless Chromium for the end-to-end tests and the README screenshots (Debian's chromium and
chromium-driver, which `make test` installs where missing)."""

from __future__ import annotations

import shutil
import tempfile
import time
import urllib.request

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def available() -> bool:
    return bool(shutil.which("chromium") and shutil.which("chromedriver"))


def chrome(width: int = 1280, height: int = 900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    # The machine's network is closed: without these, Chromium keeps trying to reach Google.
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--window-size={width},{height}", f"--user-data-dir={tempfile.mkdtemp()}"):
        opts.add_argument(flag)
    return webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))


def wait_for_server(base: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/api/stats", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server at {base} did not start")
