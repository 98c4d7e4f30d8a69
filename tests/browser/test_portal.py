"""The member portal and the public directory as members and visitors use them (Playwright
driving Debian's Chromium): a demo member signs in, in French (membre1) and in Arabic
(membre2), reads its company file, submits an orientation request through the form and finds
it in its list, opens its events and certificates; a visitor searches the directory and opens
a card. Any JavaScript error, console error or HTTP error fails."""
import re

import pytest

from ccis_browser import with_env

pytestmark = pytest.mark.browser

ARABIC = re.compile('[\u0600-\u06ff]')


def _member_login(page, server, login):
    page.where = '%s: login' % login
    page.page.goto(server.url + '/web/login')
    page.page.fill('input[name="login"]', login)
    page.page.fill('input[name="password"]', login)
    page.page.click('form.oe_login_form button[type="submit"]')
    page.page.wait_for_load_state('networkidle')


def _open(page, server, path, login):
    page.where = '%s: %s' % (login, path)
    response = page.page.goto(server.url + path)
    page.page.wait_for_load_state('networkidle')
    assert response.status == 200, '%s answered %s' % (path, response.status)
    return page.page.content()


def _company_of(login):
    def read(env):
        user = env['res.users'].search([('login', '=', login)])
        return user.partner_id.commercial_partner_id.name
    return with_env(read)


@pytest.mark.parametrize('login,locale', [('membre1', 'fr-FR'), ('membre2', 'ar-MA')])
def test_member_portal_flows(new_page, odoo_server, login, locale):
    page = new_page(locale)
    company = _company_of(login)
    subject = 'Demande portail test navigateur %s' % login
    try:
        _member_login(page, odoo_server, login)
        home = _open(page, odoo_server, '/my', login)
        for link in ('/my/company', '/my/requests', '/my/events', '/my/certificates'):
            assert link in home, '%s: no entry %s on /my' % (login, link)
        assert company in _open(page, odoo_server, '/my/company', login)
        if login == 'membre2':
            # the member works in Arabic: the portal speaks it
            assert ARABIC.search(page.page.inner_text('body'))
        _open(page, odoo_server, '/my/requests/new', login)
        page.page.select_option('select[name="category_id"]', index=1)
        page.page.fill('input[name="subject"]', subject)
        page.page.fill('textarea[name="description"]', 'Envoyée depuis le test du portail.')
        page.where = '%s: submit a request' % login
        page.page.click('form[action="/my/requests/new"] button[type="submit"]')
        page.page.wait_for_load_state('networkidle')
        assert re.search(r'/my/requests/\d+', page.page.url), page.page.url
        assert subject in page.page.content()
        assert subject in _open(page, odoo_server, '/my/requests', login)
        _open(page, odoo_server, '/my/events', login)
        _open(page, odoo_server, '/my/certificates', login)
        _open(page, odoo_server, '/my/invoices', login)
        assert not page.problems, '\n'.join(page.problems)
    finally:
        # the request is committed by the server: the other tests find the demo data as it was
        with_env(lambda env: env['ccis.member.request'].search(
            [('subject', '=', subject)]).unlink())


def test_member_cannot_open_another_members_request(new_page, odoo_server):
    """membre1 changes the id in the URL to membre2's request: not found, nothing shown."""
    def other_request(env):
        user = env['res.users'].search([('login', '=', 'membre2')])
        found = env['ccis.member.request'].search(
            [('partner_id', 'child_of', user.partner_id.commercial_partner_id.id)], limit=1)
        return found.id, found.subject
    request_id, subject = with_env(other_request)
    assert request_id, 'membre2 has no demo request'
    page = new_page()
    _member_login(page, odoo_server, 'membre1')
    response = page.page.goto(odoo_server.url + '/my/requests/%d' % request_id)
    assert response.status == 404
    assert subject not in page.page.content()


def test_public_directory(new_page, odoo_server):
    def published(env):
        member = env['res.partner'].search([('ccis_directory_published', '=', True),
                                            ('ccis_state', '=', 'active')], limit=1)
        return member.name
    name = with_env(published)
    assert name, 'no member published in the demo directory'
    page = new_page()
    _open(page, odoo_server, '/annuaire', 'visitor')
    page.page.fill('input[name="search"]', name.split()[0])
    page.where = 'visitor: directory search'
    page.page.click('form[action="/annuaire"] button[type="submit"]')
    page.page.wait_for_load_state('networkidle')
    assert name in page.page.content()
    page.page.click('a[href^="/annuaire/"]:has-text("%s")' % name)
    page.page.wait_for_load_state('networkidle')
    assert re.search(r'/annuaire/[^/?]+-\d+', page.page.url), page.page.url
    assert name in page.page.content()
    assert not page.problems, '\n'.join(page.problems)
