"""Headless Chromium driven by Selenium, for the browser tests of ``goalbook serve`` and the
guide's picture of the page (docs/pictures/make.py): Debian's chromium and chromedriver, a
profile of its own, no background network, downloads into a given folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

BROWSERS = ("chromium", "chromium-browser")
DRIVERS = ("chromedriver",)
_QUIET = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage")  # fmt: skip


def binary(names: tuple[str, ...]) -> str | None:
    """The first of ``names`` on PATH or in /usr/bin, or None."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
        if Path(f"/usr/bin/{name}").exists():
            return f"/usr/bin/{name}"
    return None


def start(
    profile: Path, downloads: Path | None = None, size: tuple[int, int] = (1280, 800)
) -> WebDriver:
    """A headless Chromium window of ``size`` with its profile in ``profile``; files it
    downloads go to ``downloads`` without asking. RuntimeError when it is not installed."""
    browser, driver = binary(BROWSERS), binary(DRIVERS)
    if browser is None or driver is None:
        raise RuntimeError("chromium is not installed: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in (*_QUIET, f"--window-size={size[0]},{size[1]}", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    if downloads is not None:
        options.add_experimental_option("prefs", {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        })  # fmt: skip
    chrome = webdriver.Chrome(options=options, service=Service(driver))
    if downloads is not None:
        chrome.execute_cdp_cmd("Browser.setDownloadBehavior",
                               {"behavior": "allow", "downloadPath": str(downloads)})  # fmt: skip
    chrome.set_window_size(*size)
    return chrome
