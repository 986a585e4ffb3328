"""The dashboard in real headless Chromium (Debian's package, driven by Playwright; no browser download):
the map shows Belarus at level 4, a click opens its page with the directive and a quote, hostile article
text shows as text and runs nothing, and no page logs a console error. Screenshots go to artifacts/."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = (
    "date 2024-05-02 Germany told its citizens in Belarus to leave immediately "
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> as tensions grew.'
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("serve")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "TRAVELRISK_DATA_DIR": str(data_dir)}
    env.pop("TRAVELRISK_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "travelrisk", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError(process.stdout.read() if process.stdout else "server did not start")
    key = subprocess.run(
        [sys.executable, "-m", "travelrisk", "apikeys", "create", "browser-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    posted = httpx.post(
        f"{base}/v1/articles",
        json={"text": HOSTILE, "id": "hostile", "outlet": "Test <b>Wire</b>"},
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )
    assert posted.status_code == 201, posted.text
    yield base
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.console_errors = []  # type: ignore[attr-defined]
        tab.on("console", lambda m: tab.console_errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
        tab.on("pageerror", lambda e: tab.console_errors.append(str(e)))  # type: ignore[attr-defined]
        yield tab
        browser.close()


def test_map_click_belarus_directive_and_quote(server, page):
    page.goto(server + "/")
    belarus = page.locator('#world a[data-country="BY"]')
    assert belarus.get_attribute("data-level") == "4"
    assert "level 4" in belarus.get_attribute("aria-label")
    assert page.locator("#world path.l4").count() > 10
    page.screenshot(path=str(ARTIFACTS / "home.png"))
    belarus.click()
    page.wait_for_url("**/countries/BY")
    assert page.locator("h1").inner_text().startswith("Belarus")
    directives = page.locator("#h-directives + *, section[aria-labelledby=h-directives]").first.inner_text()
    assert "leave immediately" in directives
    assert page.locator("section[aria-labelledby=h-directives] blockquote.quote").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "belarus.png"), full_page=True)
    assert page.console_errors == []


def test_hostile_article_text_is_shown_as_text_and_runs_nothing(server, page):
    page.goto(server + "/countries/BY")
    content = page.locator("main").inner_text()
    assert "<script>window.__pwned = 1</script>" in content
    assert 'onerror="window.__pwned = 2"' in content
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main script").count() == 0 and page.locator("main img").count() == 0
    assert page.locator("main b").count() == 0  # the outlet name's markup is text too
    page.screenshot(path=str(ARTIFACTS / "hostile-as-text.png"), full_page=True)
    assert page.console_errors == []


def test_search_keyboard_and_phone(server, page):
    page.goto(server + "/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"
    page.fill("#q", "Minsk")
    page.keyboard.press("Enter")
    page.wait_for_url("**/countries/BY")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/alerts")
    assert page.locator("h1").inner_text() == "Alerts"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400  # readable on a phone: no sideways scrolling of the page
    page.screenshot(path=str(ARTIFACTS / "alerts-phone.png"), full_page=True)
    assert page.console_errors == []


def test_belarus_page_shows_data_age_coverage_and_coloured_crossing_dots(server, page):
    page.goto(server + "/countries/BY")
    age = page.locator("p.dataage").inner_text()
    assert age.startswith("Newest data behind this page: 20")
    coverage = page.locator("p.coverage").inner_text()
    assert "rated by" in coverage and re.search(r"no data for it from [A-Z, ]*\bGB\b", coverage)
    colours = page.evaluate(
        """() => Object.fromEntries(['open', 'closed', 'unknown'].map(s => {
            const dot = document.querySelector('.smallmap .pt.' + s + ' circle');
            const key = document.querySelector('.crossing-legend .dot.' + s);
            return [s, [dot && getComputedStyle(dot).fill, key && getComputedStyle(key).color]];
        }))"""
    )
    assert colours["open"] == ["rgb(26, 127, 55)", "rgb(26, 127, 55)"]
    assert colours["closed"] == ["rgb(207, 34, 46)", "rgb(207, 34, 46)"]
    assert colours["unknown"][1] == "rgb(140, 149, 159)"
    assert page.locator(".smallmap .pt").count() >= 10  # every Belarus crossing with known coordinates
    page.screenshot(path=str(ARTIFACTS / "belarus-data-age.png"), full_page=True)
    assert page.console_errors == []


def test_map_shades_by_median_and_says_so_and_search_offers_a_choice(server, page):
    page.goto(server + "/")
    assert "median" in page.locator("p.lede").inner_text()
    assert "median level" in page.locator('#world a[data-country="BY"]').get_attribute("aria-label")
    page.goto(server + "/?shade=strictest")
    assert "strictest level" in page.locator('#world a[data-country="BY"]').get_attribute("aria-label")
    page.fill("#q", "guinea")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=guinea")
    choices = page.locator("ul.choices a").all_inner_texts()
    assert choices[0] == "Guinea" and {"Equatorial Guinea", "Guinea-Bissau", "Papua New Guinea"} <= set(choices)
    page.locator("ul.choices a", has_text="Equatorial Guinea").click()
    page.wait_for_url("**/countries/GQ")
    assert page.console_errors == []
