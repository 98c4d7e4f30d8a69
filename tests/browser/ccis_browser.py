"""What the browser tests share: a tab that records every JavaScript error, console error,
failed HTTP request and error dialog, and the walk through the suite's menus."""
import os
import re
import time

import odoo

CHROMIUM = os.environ.get('CCIS_CHROMIUM', '/usr/bin/chromium')
CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync',
                 '--disable-dev-shm-usage']
# what the web client shows when an RPC fails: warnings (access errors, user errors) and crashes
ERROR_DIALOGS = ('.modal .o_dialog_warning, .modal .o_error_detail, .o_crash_manager, '
                 '.modal .o_dialog_error')
SCREENSHOTS = os.environ.get('CCIS_BROWSER_SCREENSHOTS', '/tmp')


class Page(object):
    """A browser tab with what went wrong in it: ``problems`` (JavaScript errors, console
    errors, HTTP errors) and the requests still running (the bus's long polling aside)."""

    def __init__(self, browser, locale='fr-FR'):
        self.context = browser.new_context(viewport={'width': 1600, 'height': 900}, locale=locale)
        self.page = self.context.new_page()
        self.page.set_default_timeout(60000)
        self.problems = []
        self.pending = set()
        self.where = 'login'
        page = self.page
        # console 'error' lines count too: Odoo logs failed RPCs and QWeb errors there
        page.on('pageerror', lambda error: self.problem('JavaScript error: %s' % error))
        page.on('console', lambda message: message.type == 'error' and self.problem(
            'console error: %s' % message.text))
        page.on('response', lambda response: response.status >= 400 and self.problem(
            'HTTP %d on %s' % (response.status, response.url)))
        page.on('request', self._started)
        page.on('requestfinished', lambda request: self.pending.discard(request))
        page.on('requestfailed', lambda request: self.pending.discard(request))

    def _started(self, request):
        if '/longpolling/' not in request.url:
            self.pending.add(request)

    def problem(self, text):
        self.problems.append('%s: %s' % (self.where, text))

    def close(self):
        self.context.close()

    def wait_idle(self, quiet=0.1, timeout=60):
        """Until no request has run for ``quiet`` seconds (the client renders what an RPC
        returns as soon as it comes, so an idle network means a drawn screen)."""
        deadline = time.time() + timeout
        busy = time.time()
        while True:
            self.page.wait_for_timeout(30)
            now = time.time()
            if self.pending:
                busy = now
            elif now - busy >= quiet:
                return
            if now > deadline:
                self.problem('still loading after %d s: %s' % (
                    timeout, ', '.join(sorted(r.url for r in self.pending))[:500]))
                return

    def login(self, server, login, password=None):
        self.page.goto(server.url + '/web/login')
        self.page.fill('input[name="login"]', login)
        self.page.fill('input[name="password"]', password or login)
        self.page.click('form.oe_login_form button[type="submit"]')
        self.page.wait_for_selector('#oe_main_menu_navbar .oe_application_menu_placeholder')
        self.page.wait_for_selector('.o_main_content .o_control_panel')
        self.wait_idle()

    def check_dialogs(self):
        """Record an error dialog; then reload the client, so that the next screens are
        opened from a sound client (a crashed one fails on everything after)."""
        dialogs = self.page.locator(ERROR_DIALOGS)
        if dialogs.count():
            self.problem('error dialog: %s' % dialogs.first.inner_text()[:500])
            self.screenshot()
            self.page.goto(self.page.url.split('#')[0])
            self.page.wait_for_selector('.o_main_content .o_control_panel')
            self.wait_idle()
            return False
        return True

    def check(self, check, *args):
        """Record what ``check(self, *args)`` finds wrong on the screen (None: nothing)."""
        found = check(self, *args) if check else None
        if found:
            self.problem(found)
            self.screenshot()

    def box(self, selector):
        """The bounding box of the first element ``selector`` shown, None if none is."""
        elements = self.page.locator(selector)
        return elements.first.bounding_box() if elements.count() else None

    def wait_for_selector(self, selector, what, timeout=30000):
        """Wait for ``selector``; False (a problem) if it does not show."""
        try:
            self.page.wait_for_selector(selector, timeout=timeout)
            self.wait_idle()
            return True
        except Exception:  # pylint: disable=broad-except
            self.problem('%s did not open in %d s' % (what, timeout / 1000))
            self.screenshot()
            return False

    def wait_for_action(self, action_id, title, timeout=30000):
        """Wait until the window action ``action_id`` named ``title`` is drawn or an error
        dialog shows; False (a problem) if neither. Drawn: its name is in the breadcrumbs (a
        calendar adds its period), or, for dashboards and settings (no breadcrumbs), the client
        has written the action's model in the URL (the menu's URL has none)."""
        try:
            self.page.wait_for_function(
                '([id, title]) => [...document.querySelectorAll(".o_control_panel .breadcrumb li")]'
                '.some(li => li.textContent.trim().startsWith(title)) || '
                '(/[#&]model=/.test(location.hash) '
                ' && new RegExp("[#&]action=" + id + "(&|$)").test(location.hash)) || '
                'document.querySelector(%r)' % ERROR_DIALOGS, arg=[action_id, title],
                timeout=timeout)
            return True
        except Exception:  # pylint: disable=broad-except
            crumbs = self.page.locator('.o_control_panel .breadcrumb').all_inner_texts()
            self.problem('"%s" did not open in %d s (breadcrumbs: %s)' % (
                title, timeout / 1000, ' / '.join(crumbs)))
            self.screenshot()
            return False

    def screenshot(self):
        name = re.sub(r'[^A-Za-z0-9]+', '_', self.where)[-80:]
        self.page.screenshot(path=os.path.join(SCREENSHOTS, 'ccis-browser-%s.png' % name))


def with_env(function):
    """Run ``function(env)`` as the superuser on the test database, committed."""
    registry = odoo.registry(odoo.tools.config['db_name'])
    with registry.cursor() as cr:
        return function(odoo.api.Environment(cr, odoo.SUPERUSER_ID, {}))


def suite_menus(login):
    """The suite's menus (those of the ccis_* addons) that ``login`` sees and that open an
    action, in menu order: [(menu id, menu path, action model, action id, action name in the
    user's language, view types, target)]."""
    def read(env):
        user = env['res.users'].search([('login', '=', login)])
        assert user, 'no user %s in the test database' % login
        env = env(context={'lang': user.lang})
        data = env['ir.model.data'].search([('module', '=like', 'ccis\\_%'),
                                            ('model', '=', 'ir.ui.menu')])
        # what the web client shows: the visible menus whose parents are all visible
        visible = set(env['ir.ui.menu'].sudo(user).search([]).ids)
        menus = env['ir.ui.menu'].browse(data.mapped('res_id')).exists()
        result = []
        for menu in menus.sorted(lambda m: m.complete_name):
            action = menu.action
            ancestors = menu.search([('id', 'parent_of', menu.id)])
            if not action or not set(ancestors.ids) <= visible:
                continue
            views = action.view_mode.split(',') if action._name == 'ir.actions.act_window' else []
            result.append((menu.id, menu.complete_name, action._name, action.id, action.name,
                           views, getattr(action, 'target', 'current')))
        return result
    return with_env(read)


def walk_menus(page, server, menus, full=None, check=None):
    """Open each menu's action and each of its views, then the first record's form; returns
    (actions opened, views opened). Problems are recorded on ``page``.

    ``full``: the action ids to open (None: all); the others are walked by another role
    (tests/integration/test_suite_ui.py asks, as each role, what the client asks when it opens
    them: their views and the records of the first).

    ``check(page, target)``: called when an action is drawn (a wizard: its dialog); returns
    what is wrong on the screen (recorded as a problem), or None."""
    opened, views = set(), 0
    for menu_id, name, action_model, action_id, title, view_types, target in menus:
        if action_id in opened:
            continue  # the same action under two menus: opened once
        opened.add(action_id)
        if full is not None and action_id not in full:
            continue
        page.where = name
        page.page.goto('%s/web#menu_id=%d&action=%d' % (server.url, menu_id, action_id))
        if target == 'new':
            # a wizard: its form opens in a dialog, closed again
            views += 1
            if page.wait_for_selector('.modal-dialog .o_form_view, %s' % ERROR_DIALOGS, name) \
                    and page.check_dialogs():
                page.check(check, target)
                page.page.keyboard.press('Escape')
                page.page.wait_for_selector('.modal-dialog', state='detached')
                page.wait_idle()
            continue
        if action_model == 'ir.actions.act_window' and not page.wait_for_action(action_id, title):
            continue
        page.wait_idle()
        views += 1
        if not page.check_dialogs():
            continue
        page.check(check, target)
        if action_model != 'ir.actions.act_window':
            continue
        for view_type in view_types:
            switch = page.page.locator('.o_cp_switch_buttons button[data-view-type="%s"]' % view_type)
            if view_type == 'form' or not switch.count():
                continue
            if 'active' not in (switch.get_attribute('class') or ''):
                page.where = '%s [%s]' % (name, view_type)
                switch.click()
                page.wait_idle()
                views += 1
                page.check_dialogs()
        if 'form' in view_types:
            views += open_first_record(page, name)
    return len(opened), views


def open_first_record(page, name):
    """From the list (or kanban) view, open the first record in its form; 1 if one opened."""
    for view_type, record in (('list', '.o_list_view tbody tr.o_data_row'),
                              ('kanban', '.o_kanban_view .o_kanban_record:not(.o_kanban_ghost)')):
        switch = page.page.locator('.o_cp_switch_buttons button[data-view-type="%s"]' % view_type)
        if not switch.count():
            continue
        if 'active' not in (switch.get_attribute('class') or ''):
            switch.click()
            page.wait_idle()
        rows = page.page.locator(record)
        if not rows.count():
            return 0
        page.where = '%s [form]' % name
        rows.first.click()
        page.wait_idle()
        if not page.check_dialogs():
            return 1
        if page.page.locator('.o_list_view tr.o_selected_row').count():
            # an editable list: the record opened in its row; leave it unchanged
            page.page.keyboard.press('Escape')
            page.wait_idle()
        elif not page.page.locator('.o_form_view').count():
            page.problem('the form of the first record did not open')
            page.screenshot()
        return 1
    return 0
