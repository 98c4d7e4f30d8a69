"""The member portal and the public directory as members and visitors use them (Playwright
driving Debian's Chromium): a demo member signs in, in French (membre1) and in Arabic
(membre2), reads its company file, submits an orientation request through the form and finds
it in its list, registers its contact to an upcoming event and cancels, pays an invoice by wire
transfer from its page, opens its certificates, states a meeting wish at a B2B meeting and
withdraws it, reads its schedule of B2B meetings, applies for a certificate of origin and
corrects the application; a visitor searches the directory (French without a language in the
URL, Arabic right to left under /ar_MA/) and opens a card. Any JavaScript error, console error
or HTTP error fails. Screenshots of the new pages go to $CCIS_BROWSER_SCREENSHOTS (/tmp)."""
import os
import re

import pytest
from odoo import fields

from ccis_browser import SCREENSHOTS, with_env

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


def _register_and_pay_data(login):
    """An upcoming event open to the member's contact (not registered yet) and an open
    invoice of the member's company with no payment started."""
    def read(env):
        user = env['res.users'].search([('login', '=', login)])
        member = user.partner_id.commercial_partner_id
        registered = env['event.registration'].search(
            [('partner_id', '=', user.partner_id.id)]).mapped('event_id')
        event = env['event.event'].search([
            ('state', 'in', ['draft', 'confirm']), ('ccis_kind', '!=', 'b2b'),
            ('date_begin', '>', fields.Datetime.now()), ('id', 'not in', registered.ids)],
            order='date_begin', limit=1)
        invoice = env['account.invoice'].search([
            ('commercial_partner_id', '=', member.id), ('type', '=', 'out_invoice'),
            ('state', '=', 'open')], order='id desc').filtered(
            lambda invoice: not invoice.payment_tx_ids)[:1]
        return event.id, event.name, invoice.id, invoice.number
    return with_env(read)


@pytest.mark.parametrize('login,locale', [('membre1', 'fr-FR'), ('membre2', 'ar-MA')])
def test_member_registers_cancels_and_pays(new_page, odoo_server, login, locale):
    """The member registers its contact to an upcoming event and cancels, then pays an
    invoice from its page (Odoo's payment form, wire transfer): the payment is pending."""
    event_id, event_name, invoice_id, number = _register_and_pay_data(login)
    assert event_id and invoice_id, '%s: no upcoming event or open invoice in the demo' % login
    page = new_page(locale)
    try:
        _member_login(page, odoo_server, login)
        _open(page, odoo_server, '/my/events', login)
        page.where = '%s: register to %s' % (login, event_name)
        page.page.click('form:has(input[name="event_id"][value="%d"]) button[type="submit"]'
                        % event_id)
        page.page.wait_for_load_state('networkidle')
        assert 'done=register' in page.page.url, page.page.url
        registration_id = with_env(lambda env: env['event.registration'].search([
            ('event_id', '=', event_id), ('partner_id.user_ids.login', '=', login)]).id)
        cancel = 'form[action="/my/events/cancel/%d"] button' % registration_id
        assert page.page.locator(cancel).count() == 1, \
            page.page.inner_text('table.o_ccis_registrations')
        page.where = '%s: cancel the registration' % login
        page.page.click(cancel)
        page.page.wait_for_load_state('networkidle')
        assert with_env(lambda env: env['event.registration'].browse(
            registration_id).state) == 'cancel'
        invoice_page = _open(page, odoo_server, '/my/invoices/%d' % invoice_id, login)
        assert number in invoice_page and 'id="portal_pay"' in invoice_page
        page.where = '%s: pay invoice %s by wire transfer' % (login, number)
        page.page.click('a[href="#portal_pay"]')
        page.page.check('#portal_pay input[type="radio"][data-provider="transfer"]')
        page.page.click('#portal_pay #o_payment_form_pay')
        page.page.wait_for_load_state('networkidle')
        page.page.wait_for_timeout(1000)
        _shot(page, 'invoice-paid-%s' % login)
        states = with_env(lambda env: env['account.invoice'].browse(invoice_id)
                          .payment_tx_ids.mapped('state'))
        assert states == ['pending'], states
        assert not page.problems, '\n'.join(page.problems)
    finally:
        def clean(env):
            env['event.registration'].search([
                ('event_id', '=', event_id), ('partner_id.user_ids.login', '=', login)]).unlink()
            invoice = env['account.invoice'].browse(invoice_id)
            transactions = invoice.payment_tx_ids
            invoice.payment_tx_id = False
            transactions.unlink()
        with_env(clean)


def _shot(page, name):
    page.page.screenshot(path=os.path.join(SCREENSHOTS, 'ccis-portal-%s.png' % name),
                         full_page=True)


def _b2b_registrations(login):
    """The registrations of the member's company to the demo B2B meetings: the one still
    open to wishes (ccis_portal's demo) and the one whose schedule is planned (ccis_event's),
    with the name of a company to ask for."""
    def read(env):
        member = env['res.users'].search([('login', '=', login)]).partner_id.commercial_partner_id
        open_event = env.ref('ccis_portal_b2b.event_event_b2b_sourcing_demo')
        planned = env.ref('ccis_b2b.event_event_b2b_agro_demo')
        Registration = env['event.registration']
        mine = Registration.search([('event_id', '=', open_event.id),
                                    ('ccis_member_id', '=', member.id)], limit=1)
        target = env.ref('ccis_portal_b2b.event_registration_b2b_sourcing_fatima_zahra_idrissi_demo')
        scheduled = Registration.search([('event_id', '=', planned.id),
                                         ('ccis_member_id', '=', member.id)]).filtered(
            'ccis_meeting_count')[:1]
        return mine.id, target.id, target.ccis_member_id.name, scheduled.id
    return with_env(read)


@pytest.mark.parametrize('login,locale', [('membre1', 'fr-FR'), ('membre2', 'ar-MA')])
def test_member_b2b_wishes_and_schedule(new_page, odoo_server, login, locale):
    registration_id, target_id, target_name, scheduled_id = _b2b_registrations(login)
    assert registration_id and scheduled_id, '%s: no demo B2B registration' % login
    page = new_page(locale)
    try:
        _member_login(page, odoo_server, login)
        events = _open(page, odoo_server, '/my/events', login)
        assert '/my/events/b2b/%d' % registration_id in events
        _open(page, odoo_server, '/my/events/b2b/%d' % registration_id, login)
        page.page.select_option('select[name="target_registration_id"]', str(target_id))
        page.page.select_option('select[name="priority"]', '3')
        page.page.fill('input[name="description"]', 'Souhait du test navigateur')
        page.where = '%s: add a B2B wish' % login
        page.page.click('form.o_ccis_b2b_wish_form button[type="submit"]')
        page.page.wait_for_load_state('networkidle')
        wishes = page.page.inner_text('table.o_ccis_b2b_wishes')
        assert target_name in wishes and 'Souhait du test navigateur' in wishes, wishes
        _shot(page, 'b2b-wishes-%s' % login)
        page.where = '%s: withdraw the B2B wish' % login
        row = page.page.locator('table.o_ccis_b2b_wishes tr', has_text='Souhait du test navigateur')
        row.locator('button[type="submit"]').click()
        page.page.wait_for_load_state('networkidle')
        assert 'Souhait du test navigateur' not in page.page.content()
        # the B2B meeting whose schedule the chamber planned: the meetings, no more wishes
        _open(page, odoo_server, '/my/events/b2b/%d' % scheduled_id, login)
        assert page.page.locator('table.o_ccis_b2b_schedule tbody tr').count() >= 1
        assert page.page.locator('.o_ccis_b2b_closed').count() == 1
        assert page.page.locator('form.o_ccis_b2b_wish_form').count() == 0
        if login == 'membre2':
            assert page.page.evaluate('document.documentElement.dir') == 'rtl'
        _shot(page, 'b2b-schedule-%s' % login)
        assert not page.problems, '\n'.join(page.problems)
    finally:
        with_env(lambda env: env['ccis.b2b.wish'].search(
            [('description', '=', 'Souhait du test navigateur')]).unlink())


@pytest.mark.parametrize('login,locale', [('membre1', 'fr-FR'), ('membre2', 'ar-MA')])
def test_member_corrects_certificate_application(new_page, odoo_server, login, locale,
                                                 tmp_path):
    """The member applies online, then corrects its application (a goods line added, the
    DUM replaced): the page of the application shows the correction."""
    def doc_types(env):
        types = env['ccis.certificate.origin']._ccis_portal_document_types()
        return [(t.id, t.required) for t in types], env.ref('base.es').id
    types, spain = with_env(doc_types)
    pdf = tmp_path / 'piece.pdf'
    pdf.write_bytes(b'%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')
    consignee = 'Importateur test navigateur %s' % login
    page = new_page(locale)
    try:
        _member_login(page, odoo_server, login)
        _open(page, odoo_server, '/my/certificates/new', login)
        page.page.fill('input[name="consignee_name"]', consignee)
        page.page.select_option('select[name="destination_country_id"]', str(spain))
        page.page.select_option('select[name="transport_mode"]', 'road')
        for name, value in (('name', 'Chemises en coton'), ('hs_code', '6205.20'),
                            ('quantity', '100'), ('gross_weight', '250'),
                            ('net_weight', '240'), ('value', '50000')):
            page.page.fill('input[name="line_1_%s"]' % name, value)
        for type_id, required in types:
            if required:
                page.page.set_input_files('input[name="document_%d"]' % type_id, str(pdf))
        page.where = '%s: apply for a certificate' % login
        page.page.click('form.o_ccis_certificate_form button[type="submit"]')
        page.page.wait_for_load_state('networkidle')
        match = re.search(r'/my/certificates/(\d+)', page.page.url)
        assert match, page.page.url
        page.where = '%s: correct the application' % login
        page.page.click('a.o_ccis_certificate_edit')
        page.page.wait_for_load_state('networkidle')
        assert page.page.input_value('input[name="line_1_hs_code"]') == '6205.20'
        for name, value in (('name', 'Pantalons de travail'), ('hs_code', '6203.42'),
                            ('quantity', '50'), ('gross_weight', '120'),
                            ('net_weight', '110'), ('value', '30000')):
            page.page.fill('input[name="line_2_%s"]' % name, value)
        _shot(page, 'certificate-edit-%s' % login)
        page.page.click('form.o_ccis_certificate_form button[type="submit"]')
        page.page.wait_for_load_state('networkidle')
        assert re.search(r'/my/certificates/%s\?corrected=1' % match.group(1), page.page.url), \
            page.page.url
        lines = page.page.inner_text('table.o_ccis_certificate_lines')
        assert 'Pantalons de travail' in lines and '6203.42' in lines, lines
        _shot(page, 'certificate-corrected-%s' % login)
        assert not page.problems, '\n'.join(page.problems)
    finally:
        with_env(lambda env: env['ccis.certificate.origin'].search(
            [('consignee_name', '=', consignee), ('state', '=', 'draft')]).unlink())


def test_public_directory_languages(new_page, odoo_server):
    """A visitor reads the directory in French without a language in the URL (whatever the
    browser's language), in Arabic right to left under /ar_MA/."""
    page = new_page('en-US')
    _open(page, odoo_server, '/annuaire', 'visitor')
    assert page.page.url.rstrip('/').endswith('/annuaire'), page.page.url
    assert page.page.evaluate('document.documentElement.lang') == 'fr-FR'
    assert page.page.evaluate('document.documentElement.dir') in ('', 'ltr')
    _open(page, odoo_server, '/ar_MA/annuaire', 'visitor')
    assert page.page.evaluate('document.documentElement.dir') == 'rtl'
    assert ARABIC.search(page.page.inner_text('body'))
    _shot(page, 'directory-ar')
    assert not page.problems, '\n'.join(page.problems)
