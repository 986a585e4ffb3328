"""/docs and /redoc in real headless Chromium (Debian's package, driven by Playwright) with every request to
another host blocked: both render the API from the server alone, and the Content-Security-Policy lets their
scripts run (a violation would show as a console error)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn

from travelrisk.api.app import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed"),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('docs-browser') / 'travelrisk.db'}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def browser_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        )
        tab = browser.new_page()
        tab.outside = []  # type: ignore[attr-defined]
        tab.errors = []  # type: ignore[attr-defined]

        def route(request_route):
            host = urlsplit(request_route.request.url).hostname
            if request_route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
                request_route.continue_()
            else:  # never leaves the machine: recorded and refused
                tab.outside.append(request_route.request.url)  # type: ignore[attr-defined]
                request_route.abort()

        tab.route("**/*", route)
        tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
        tab.on("pageerror", lambda e: tab.errors.append(str(e)))  # type: ignore[attr-defined]
        yield tab
        browser.close()


def test_swagger_ui_renders_offline(base, browser_page):
    browser_page.goto(f"{base}/docs")
    browser_page.wait_for_selector(".opblock", timeout=30_000)
    assert browser_page.locator(".opblock").count() >= 10
    assert "articles" in browser_page.locator(".opblock-summary-path").all_inner_texts().__str__()
    assert browser_page.outside == [] and browser_page.errors == []


def test_redoc_renders_offline(base, browser_page):
    browser_page.goto(f"{base}/redoc")
    browser_page.wait_for_selector("text=Post Article", state="attached", timeout=30_000)
    assert browser_page.outside == []
    # ReDoc's bundle shows its maker's logo from their CDN in the footer: the policy blocks it (no request
    # leaves), which Chromium reports on the console. Anything else on the console is a failure.
    blocked_logo = [e for e in browser_page.errors if "cdn.redoc.ly" in e and "Content Security Policy" in e]
    assert [e for e in browser_page.errors if e not in blocked_logo] == []
