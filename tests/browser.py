"""A real browser for the page tests: Debian's chromium, headless, driven by Selenium through Debian's
chromedriver at a device's viewport; the test is skipped, saying what to install, where either is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

POLL = 0.05  # seconds between a wait's looks (selenium's 0.5 s default idles up to that per wait)
QUIET = (  # nothing of chromium's own goes out to the network
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
)


@contextmanager
def chromium(profile: Path, size: tuple[int, int], pixel_ratio: int = 1) -> Iterator[WebDriver]:
    """A headless chromium emulating a device of `size` CSS pixels, its profile in `profile`; quit after."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if binary is None or chromedriver is None:
        pytest.skip("no chromium and chromedriver (Debian: chromium, chromium-driver; .ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", *QUIET):
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={profile}")
    metrics = {"width": size[0], "height": size[1], "pixelRatio": pixel_ratio}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


def waiting(browser: WebDriver, seconds: float = 15) -> WebDriverWait[WebDriver]:
    """A wait of at most `seconds` on `browser` that looks every POLL seconds."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, seconds, poll_frequency=POLL)
