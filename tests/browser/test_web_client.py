"""The web client in a real browser (Playwright driving Debian's Chromium): log in, open three
apps from the main menu; any JavaScript error, server error or error dialog fails the test."""
import os

import pytest

import odoo

CHROMIUM = os.environ.get('CCIS_CHROMIUM', '/usr/bin/chromium')
CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync',
                 '--disable-dev-shm-usage']
# the apps opened from the main menu: the suite's own first, then HR and accounting
APPS = os.environ.get('CCIS_BROWSER_APPS', 'ccis_base.ccis_root_menu,hr.menu_hr_root,account.menu_finance').split(',')

pytestmark = pytest.mark.browser


def _menu_ids(xmlids):
    registry = odoo.registry(odoo.tools.config['db_name'])
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        return [(xmlid, env.ref(xmlid).id) for xmlid in xmlids if env.ref(xmlid, raise_if_not_found=False)]


@pytest.fixture
def page(odoo_server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={'width': 1600, 'height': 900}, locale='fr-FR')
        page = context.new_page()
        page.problems = []
        # console 'error' lines count too: Odoo logs failed RPCs and QWeb errors there
        page.on('pageerror', lambda error: page.problems.append('JavaScript error: %s' % error))
        page.on('console', lambda message: message.type == 'error' and page.problems.append(
            'console error: %s' % message.text))
        page.on('response', lambda response: response.status >= 400 and page.problems.append(
            'HTTP %d on %s' % (response.status, response.url)))
        page.set_default_timeout(60000)
        yield page
        browser.close()


def _wait_for_client(page):
    page.wait_for_selector('#oe_main_menu_navbar .oe_application_menu_placeholder')
    page.wait_for_selector('.o_main_content .o_control_panel')
    # no 'networkidle': the bus keeps a long-polling request open
    page.wait_for_selector('.o_loading', state='hidden')


def _open_app(page, xmlid):
    """Click an app of the top menu (behind "More" when the bar is full)."""
    link = page.locator('#oe_main_menu_navbar a[data-menu-xmlid="%s"]' % xmlid)
    if not link.is_visible():
        page.click('#menu_more_container > a')
    link.click()


def _fail_on_error_dialog(page):
    dialogs = page.locator('.modal .o_dialog_warning, .modal .o_error_detail, .o_crash_manager, '
                           '.modal .o_dialog_error')
    assert dialogs.count() == 0, dialogs.first.inner_text()


def test_login_and_open_three_apps(page, odoo_server):
    menus = _menu_ids(APPS)
    assert len(menus) == 3, 'apps missing from the test database: %s' % menus
    page.goto(odoo_server.url + '/web/login')
    page.fill('input[name="login"]', 'admin')
    page.fill('input[name="password"]', 'admin')
    page.click('form.oe_login_form button[type="submit"]')
    _wait_for_client(page)
    assert '/web' in page.url
    for xmlid, menu_id in menus:
        _open_app(page, xmlid)
        try:
            # the app's own menu shows in the side bar once it is open
            page.wait_for_selector('.oe_secondary_menu[data-menu-parent="%d"]' % menu_id, state='visible')
        except Exception:
            page.screenshot(path='/tmp/ccis-browser-%s.png' % xmlid)
            raise AssertionError('%s (menu %s) did not open: %s\n%s' % (
                xmlid, menu_id, page.url, '\n'.join(page.problems)))
        _wait_for_client(page)
        _fail_on_error_dialog(page)
        assert page.locator('.o_main_content .o_content').count() >= 1, xmlid
    assert not page.problems, '\n'.join(page.problems)
    assert not odoo_server.errors(), '\n'.join(odoo_server.errors())


def _login(page, server, login='admin'):
    page.goto(server.url + '/web/login')
    page.fill('input[name="login"]', login)
    page.fill('input[name="password"]', login)
    page.click('form.oe_login_form button[type="submit"]')
    _wait_for_client(page)


def _suite_actions():
    """The window actions of the suite's menus: (menu path, action id, view types)."""
    registry = odoo.registry(odoo.tools.config['db_name'])
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        data = env['ir.model.data'].search([('module', '=like', 'ccis\\_%'), ('model', '=', 'ir.ui.menu')])
        menus = env['ir.ui.menu'].browse(data.mapped('res_id')).exists()
        actions = []
        for menu in menus.sorted('complete_name'):
            action = menu.action
            if action and action._name == 'ir.actions.act_window' and action.id not in [a[1] for a in actions]:
                actions.append((menu.complete_name, action.id, action.view_mode.split(','), action.target))
        return actions


def test_every_suite_menu_opens_in_every_view(page, odoo_server):
    """Each menu of the suite's addons, in each of its views (list, kanban, pivot, graph,
    calendar, form...), as the administrator: no JavaScript error, no error dialog."""
    actions = _suite_actions()
    assert len(actions) > 20
    _login(page, odoo_server)
    for name, action_id, view_types, target in actions:
        page.goto('%s/web#action=%d' % (odoo_server.url, action_id))
        if target == 'new':
            # a wizard: its form opens in a dialog, closed again
            page.wait_for_selector('.modal-dialog .o_form_view')
            _fail_on_error_dialog(page)
            page.click('.modal-dialog .modal-header .close')
            page.wait_for_selector('.modal-dialog', state='detached')
            assert not page.problems, '%s: %s' % (name, '\n'.join(page.problems))
            continue
        _wait_for_client(page)
        _fail_on_error_dialog(page)
        for view_type in view_types:
            switch = page.locator('.o_cp_switch_buttons button[data-view-type="%s"]' % view_type)
            if switch.count():
                switch.click()
                page.wait_for_selector('.o_loading', state='hidden')
                page.wait_for_timeout(150)
                _fail_on_error_dialog(page)
        assert not page.problems, '%s: %s' % (name, '\n'.join(page.problems))
    assert not odoo_server.errors(), '\n'.join(odoo_server.errors())
