"""Every menu of the suite, as every role, in the browser: each demo user logs in (password =
login) in the language under test and opens every menu of the suite they see, in every view of
its action (list, kanban, pivot, graph, calendar...) and the first record's form. Any error
dialog, JavaScript error, console error, HTTP error or server error fails the role.

Each action is walked (every view, the first record's form) once per language, by the first
role of ``ROLES`` that sees it (the least privileged first, admin last); for the other roles that
see it, tests/integration/test_suite_ui.py asks, as them, what the web client asks when they
open it (its views, the records of its first view). ``CCIS_BROWSER_FULL=1`` walks every action
for every role in the browser.

Languages: ``CCIS_BROWSER_LANGS`` (default ``fr_FR``; a comma-separated list, e.g.
``fr_FR,ar_MA``). Whatever the list, the demo user ``arabe`` (a unit agent who works in Moroccan
Arabic) walks every menu in ``ar_MA``, right to left. In a language read from the right, every
screen is also checked mirrored: the side menu on the right, a dialog's close button on the
left."""
import os
import time

import pytest

from ccis_browser import suite_menus, walk_menus, with_env

pytestmark = pytest.mark.browser

ROLES = ('agent', 'chef', 'annexe', 'direction', 'audit', 'president', 'elu', 'admin')
# the fewest menus of the suite a role sees: the staff roles see most of the suite, an elected
# member (elu) only "Mes instances": organs, meetings, minutes, decisions, representations
MIN_MENUS = {'elu': 5}
LANGS = os.environ.get('CCIS_BROWSER_LANGS', 'fr_FR').split(',')


def _set_lang(login, lang):
    """Give ``login`` the language ``lang``; returns the one it had."""
    def write(env):
        assert env['res.lang'].search([('code', '=', lang)]), 'language %s not installed' % lang
        user = env['res.users'].search([('login', '=', login)])
        previous = user.lang
        user.write({'lang': lang})
        return previous
    return with_env(write)


# (login, language): every role in every language under test, and the Arabic-speaking agent
WALKS = [(login, lang) for lang in LANGS for login in ROLES] + [('arabe', 'ar_MA')]
FULL = os.environ.get('CCIS_BROWSER_FULL') == '1'


def _right_to_left(page, target):
    """What is not mirrored on the screen drawn (see ``walk_menus``), None if all is."""
    width = page.page.viewport_size['width']
    if target == 'new':
        close = page.box('.modal-dialog .modal-header .close')
        if not close or close['x'] >= width / 2:
            return "the dialog's close button is not on the left: %s" % close
        return None
    side_menu = page.box('.o_sub_menu')
    if not side_menu or side_menu['x'] < width / 2:
        return 'the side menu is not on the right: %s' % side_menu
    return None


def _full_actions(login, lang):
    """The actions ``login`` walks in ``lang``: those no role before it in ``WALKS`` walks in
    that language; all of them with ``CCIS_BROWSER_FULL=1``."""
    mine = {menu[3] for menu in suite_menus(login)}
    if FULL:
        return mine
    before = WALKS[:WALKS.index((login, lang))]
    for other, other_lang in before:
        if other_lang == lang:
            mine -= {menu[3] for menu in suite_menus(other)}
    return mine


@pytest.mark.parametrize('login,lang', WALKS)
def test_every_menu_opens_for_the_role(new_page, odoo_server, login, lang):
    menus = suite_menus(login)
    assert len(menus) >= MIN_MENUS.get(login, 21), '%s sees only %d menus of the suite' % (
        login, len(menus))
    errors_before = len(odoo_server.errors())
    previous = _set_lang(login, lang)
    try:
        start = time.time()
        page = new_page(lang.replace('_', '-'))
        page.login(odoo_server, login, 'admin' if login == 'admin' else None)
        full = _full_actions(login, lang)
        rtl = with_env(lambda env: env['res.lang']._lang_get(lang).direction == 'rtl')
        actions, views = walk_menus(page, odoo_server, menus, full,
                                    _right_to_left if rtl else None)
        print('\n%s (%s): %d menus, %d actions (%d walked here), %d views and forms opened in '
              '%.0f s' % (login, lang, len(menus), actions, len(full), views,
                          time.time() - start))
    finally:
        _set_lang(login, previous)
    problems = page.problems + odoo_server.errors()[errors_before:]
    assert not problems, '%s (%s):\n%s' % (login, lang, '\n'.join(problems))
