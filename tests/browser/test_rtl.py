"""The web client in Arabic, right to left (Playwright driving Debian's Chromium): the demo user
"arabe" logs in from an Arabic browser, opens the suite's screens; the menus are on the right,
the stylesheets are the mirrored ones, dates are Moroccan, nothing fails. A French user's
client stays left to right (the Arabic user's walk through every menu of the suite, each screen
checked mirrored, is in test_roles.py). Screenshots go to $CCIS_SCREENSHOT_DIR (default: a temporary
folder named in the test's output)."""
import os

import pytest

import odoo

CHROMIUM = os.environ.get('CCIS_CHROMIUM', '/usr/bin/chromium')
CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync',
                 '--disable-dev-shm-usage']
WIDTH, HEIGHT = 1400, 850

# (screenshot name, menu of the suite, view to switch to)
SCREENS = [
    ('members_kanban', 'ccis_member.res_partner_member_menu', 'kanban'),
    ('members_list', 'ccis_member.res_partner_member_menu', 'list'),
    ('meetings_calendar', 'ccis_governance.ccis_meeting_menu', 'calendar'),
    ('indicators_pivot', 'ccis_activity.ccis_indicator_period_menu', 'pivot'),
    ('indicators_graph', 'ccis_activity.ccis_indicator_period_menu', 'graph'),
    ('programmes_list', 'ccis_activity.ccis_activity_programme_menu', 'list'),
]

pytestmark = pytest.mark.browser


def _xmlid_ids(xmlids):
    registry = odoo.registry(odoo.tools.config['db_name'])
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        return {xmlid: env.ref(xmlid).id for xmlid in xmlids}


@pytest.fixture(scope='module')
def screenshot_dir(tmp_path_factory):
    path = os.environ.get('CCIS_SCREENSHOT_DIR') or str(tmp_path_factory.mktemp('rtl'))
    os.makedirs(path, exist_ok=True)
    print('screenshots in %s' % path)
    return path


def _browser_page(playwright, locale):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    context = browser.new_context(viewport={'width': WIDTH, 'height': HEIGHT}, locale=locale)
    page = context.new_page()
    page.problems = []
    page.on('pageerror', lambda error: page.problems.append('JavaScript error: %s' % error))
    page.on('console', lambda message: message.type == 'error' and page.problems.append(
        'console error: %s' % message.text))
    page.on('response', lambda response: response.status >= 400 and page.problems.append(
        'HTTP %d on %s' % (response.status, response.url)))
    page.set_default_timeout(120000)
    return browser, page


@pytest.fixture
def arabic_page():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser, page = _browser_page(playwright, 'ar-MA')
        yield page
        browser.close()


@pytest.fixture
def french_page():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser, page = _browser_page(playwright, 'fr-FR')
        yield page
        browser.close()


def _wait_for_client(page):
    page.wait_for_selector('#oe_main_menu_navbar .oe_application_menu_placeholder')
    page.wait_for_selector('.o_main_content .o_control_panel')
    page.wait_for_selector('.o_loading', state='hidden')


def _login(page, server, login):
    page.goto(server.url + '/web/login')
    page.fill('input[name="login"]', login)
    page.fill('input[name="password"]', login)
    page.click('form.oe_login_form button[type="submit"]')
    _wait_for_client(page)


def _fail_on_error_dialog(page):
    dialogs = page.locator('.modal .o_dialog_warning, .modal .o_error_detail, .o_crash_manager, '
                           '.modal .o_dialog_error')
    assert dialogs.count() == 0, dialogs.first.inner_text()


def _box(page, selector):
    box = page.locator(selector).first.bounding_box()
    assert box, 'not displayed: %s' % selector
    return box


def _stylesheets(page):
    return page.eval_on_selector_all('link[rel="stylesheet"]', 'links => links.map(l => l.href)')


def _open_menu(page, xmlid, menu_id, view_type):
    link = page.locator('.o_sub_menu a[data-menu-xmlid="%s"]' % xmlid).first
    if not link.is_visible():
        # the menu is in a folded section of the side menu
        page.goto('%s#menu_id=%d' % (page.url.split('#')[0], menu_id))
    else:
        link.click()
    page.wait_for_selector('.o_loading', state='hidden')
    switch = page.locator('.o_cp_switch_buttons button[data-view-type="%s"]' % view_type)
    if switch.count() and switch.is_visible():
        switch.click()
    page.wait_for_selector('.o_content .o_view_manager_content > div', state='attached')
    page.wait_for_selector('.o_loading', state='hidden')
    page.wait_for_timeout(500)  # charts and calendars draw after their data
    _fail_on_error_dialog(page)


def test_arabic_user_right_to_left(arabic_page, odoo_server, screenshot_dir):
    page = arabic_page
    ids = _xmlid_ids(['ccis_base.ccis_root_menu'] + [xmlid for _name, xmlid, _view in SCREENS])

    # the login page of an Arabic browser reads from the right
    page.goto(odoo_server.url + '/web/login')
    assert page.evaluate('document.documentElement.dir') == 'rtl'
    page.screenshot(path=os.path.join(screenshot_dir, 'login.png'))

    _login(page, odoo_server, 'arabe')
    assert page.evaluate('document.documentElement.dir') == 'rtl'
    bundles = [url for url in _stylesheets(page) if '/web.assets_' in url]
    assert bundles and all('/rtl/' in url for url in bundles), bundles

    # Moroccan dates in the browser: week from Monday, Moroccan month names, digits 0-9
    assert page.evaluate('moment.locale()') == 'ar-ma'
    assert page.evaluate('moment.localeData().firstDayOfWeek()') == 1
    assert page.evaluate('moment.months().join(" ")') == (
        'يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر')
    assert page.evaluate('moment("2026-12-03").format("L")') == '03/12/2026'

    # the suite's app, from the top menu, and its side menu on the right
    page.click('#oe_main_menu_navbar a[data-menu-xmlid="ccis_base.ccis_root_menu"]')
    page.wait_for_selector('.oe_secondary_menu[data-menu-parent="%d"]' % ids['ccis_base.ccis_root_menu'],
                           state='visible')
    _wait_for_client(page)
    side_menu = _box(page, '.o_sub_menu')
    content = _box(page, '.o_main_content')
    apps = _box(page, '#oe_main_menu_navbar .oe_application_menu_placeholder')
    systray = _box(page, '#oe_main_menu_navbar .oe_systray')
    assert side_menu['x'] >= WIDTH / 2 and side_menu['x'] + side_menu['width'] >= WIDTH - 2, side_menu
    assert content['x'] + content['width'] <= side_menu['x'] + 1, (content, side_menu)
    assert apps['x'] + apps['width'] >= WIDTH - 30, apps
    assert systray['x'] < WIDTH / 2, systray

    for name, xmlid, view_type in SCREENS:
        _open_menu(page, xmlid, ids[xmlid], view_type)
        page.screenshot(path=os.path.join(screenshot_dir, '%s.png' % name))
        assert not page.problems, '%s: %s' % (name, '\n'.join(page.problems))

    # a year reads 2026, not 2.026
    years = page.locator('.o_list_view tbody td.o_list_number').all_inner_texts()
    assert any(year.strip() in ('2025', '2026') for year in years), years
    # a form, its chatter (in Arabic) and a dialog opened from it, mirrored too
    page.click('.o_list_view tbody tr.o_data_row td:not(.o_list_record_selector)')
    page.wait_for_selector('.o_form_view .o_chatter')
    page.wait_for_selector('.o_loading', state='hidden')
    sheet = _box(page, '.o_form_sheet .oe_title')
    buttons = _box(page, '.o_form_sheet .oe_button_box')
    assert sheet['x'] > buttons['x'], (sheet, buttons)  # the title on the right
    assert page.locator('.o_chatter_button_new_message').inner_text().strip() == 'إرسال رسالة'
    page.screenshot(path=os.path.join(screenshot_dir, 'programme_form.png'))
    page.click('.o_chatter_button_schedule_activity')
    page.wait_for_selector('.modal-dialog .o_form_view')
    page.wait_for_selector('.o_loading', state='hidden')
    dialog = _box(page, '.modal-dialog')
    close = _box(page, '.modal-dialog .modal-header .close')
    assert close['x'] < dialog['x'] + dialog['width'] / 2, (close, dialog)
    page.screenshot(path=os.path.join(screenshot_dir, 'activity_dialog.png'))
    page.click('.modal-dialog .modal-header .close')
    page.wait_for_selector('.modal-dialog', state='detached')

    assert not page.problems, '\n'.join(page.problems)
    assert not odoo_server.errors(), '\n'.join(odoo_server.errors())


def test_french_user_left_to_right(french_page, odoo_server, screenshot_dir):
    page = french_page
    _login(page, odoo_server, 'agent')
    assert page.evaluate('document.documentElement.dir') == ''
    assert not [url for url in _stylesheets(page) if '/rtl/' in url]
    root = _xmlid_ids(['ccis_base.ccis_root_menu'])['ccis_base.ccis_root_menu']
    page.click('#oe_main_menu_navbar a[data-menu-xmlid="ccis_base.ccis_root_menu"]')
    page.wait_for_selector('.oe_secondary_menu[data-menu-parent="%d"]' % root, state='visible')
    _wait_for_client(page)
    side_menu = _box(page, '.o_sub_menu')
    assert side_menu['x'] < 2, side_menu
    page.screenshot(path=os.path.join(screenshot_dir, 'french.png'))
    assert not page.problems, '\n'.join(page.problems)
