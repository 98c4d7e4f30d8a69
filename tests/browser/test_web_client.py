"""The web client in a real browser (Playwright driving Debian's Chromium): log in, open three
apps from the main menu; any JavaScript error, server error or error dialog fails the test.
Every menu of the suite, for every role, is test_roles.py."""
import os

import pytest

from ccis_browser import with_env

# the apps opened from the main menu: the suite's own first, then HR and accounting
APPS = os.environ.get('CCIS_BROWSER_APPS', 'ccis_base.ccis_root_menu,hr.menu_hr_root,account.menu_finance').split(',')

pytestmark = pytest.mark.browser


def _menu_ids(xmlids):
    return with_env(lambda env: [(xmlid, env.ref(xmlid).id) for xmlid in xmlids
                                 if env.ref(xmlid, raise_if_not_found=False)])


def _open_app(page, xmlid):
    """Click an app of the top menu (behind "More" when the bar is full)."""
    link = page.locator('#oe_main_menu_navbar a[data-menu-xmlid="%s"]' % xmlid)
    if not link.is_visible():
        page.click('#menu_more_container > a')
    link.click()


def test_login_and_open_three_apps(new_page, odoo_server):
    menus = _menu_ids(APPS)
    assert len(menus) == 3, 'apps missing from the test database: %s' % menus
    errors_before = len(odoo_server.errors())
    tab = new_page()
    tab.login(odoo_server, 'admin')
    page = tab.page
    assert '/web' in page.url
    for xmlid, menu_id in menus:
        tab.where = xmlid
        _open_app(page, xmlid)
        try:
            # the app's own menu shows in the side bar once it is open
            page.wait_for_selector('.oe_secondary_menu[data-menu-parent="%d"]' % menu_id, state='visible')
        except Exception:
            tab.screenshot()
            raise AssertionError('%s (menu %s) did not open: %s\n%s' % (
                xmlid, menu_id, page.url, '\n'.join(tab.problems)))
        page.wait_for_selector('.o_main_content .o_control_panel')
        tab.wait_idle()
        tab.check_dialogs()
        assert page.locator('.o_main_content .o_content').count() >= 1, xmlid
    problems = tab.problems + odoo_server.errors()[errors_before:]
    assert not problems, '\n'.join(problems)
