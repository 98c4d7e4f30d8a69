"""Fixtures of the browser tests: one Chromium per session (Playwright driving Debian's
Chromium) and tabs that record what goes wrong in them (see ccis_browser.py)."""
import pytest

from ccis_browser import CHROMIUM, CHROMIUM_ARGS, Page


@pytest.fixture
def chromium():
    """A browser for the test (not kept for the session: another test may start its own)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                             headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium):
    """Open browser tabs (``new_page(locale)``), closed after the test."""
    pages = []

    def factory(locale='fr-FR'):
        page = Page(chromium, locale)
        pages.append(page)
        return page
    yield factory
    for page in pages:
        page.close()
