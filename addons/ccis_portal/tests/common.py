import itertools
import re

from werkzeug.test import Client
from werkzeug.wrappers import BaseResponse

import odoo
from odoo.service import security
from odoo.tests.common import SavepointCase, get_db_name

from odoo.addons.ccis_member.tools.identifiers import make_ice

_counter = itertools.count(1)
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PDF = b'%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'


def new_ice():
    """A valid ICE used neither by the demo data nor by ccis_member's tests."""
    return make_ice(950000000 + next(_counter) * 41)


def portal_fixture(env, suffix=''):
    """Two member companies A and B (active, head-office territory), each with a document, an
    orientation request and a contact holding a portal account; returns a dict."""
    Partner = env['res.partner'].with_context(tracking_disable=True)
    ref = env.ref
    data = {}
    for key, name, province in (('a', 'Alpha Confection', 'ccis_base.ccis_province_rabat'),
                                ('b', 'Bravo Conserves', 'ccis_base.ccis_province_kenitra')):
        member = Partner.create({
            'name': '%s %s' % (name, suffix), 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'active', 'ccis_ice': new_ice(),
            'ccis_province_id': ref(province).id,
            'ccis_sector_id': ref('ccis_member.ccis_member_sector_ind_text').id,
            'street': 'Rue secrète %s' % key.upper(), 'city': 'Ville %s' % key.upper(),
            'phone': '+212 500 00 00 0%s' % ('1' if key == 'a' else '2'),
            'email': 'contact-%s@example.ma' % key,
        })
        contact = Partner.create({'name': 'Contact %s' % key.upper(), 'parent_id': member.id,
                                  'email': 'user-%s%s@example.ma' % (key, suffix)})
        user = env['res.users'].with_context(no_reset_password=True).create({
            'name': contact.name, 'login': 'portal_%s%s' % (key, suffix),
            'password': 'portal_%s' % key, 'partner_id': contact.id, 'lang': 'fr_FR',
            'groups_id': [(6, 0, [ref('base.group_portal').id])]})
        document = env['ccis.member.document'].create({
            'partner_id': member.id, 'name': 'Statuts %s' % key.upper(),
            'type_id': env['ccis.member.document.type'].search([], limit=1).id,
            'issue_date': '2031-01-10', 'expiry_date': '2033-01-10'})
        member_request = env['ccis.member.request'].create({
            'partner_id': member.id, 'channel': 'visit', 'subject': 'Question %s' % key,
            'category_id': ref('ccis_member.ccis_member_request_category_fiscal').id,
            'date': '2031-03-01'})
        data.update({'member_' + key: member, 'contact_' + key: contact, 'user_' + key: user,
                     'document_' + key: document, 'request_' + key: member_request})
    return data


class PortalCase(SavepointCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for key, value in portal_fixture(cls.env).items():
            setattr(cls, key, value)
        cls.agent = cls.env.ref('ccis_base.user_agent_appui_demo')
        cls.annex = cls.env.ref('ccis_base.user_director_kenitra_demo')


class HttpPortalCase(odoo.tests.common.TransactionCase):
    """Requests to Odoo's WSGI application in the test's process and transaction (as the
    verification page's tests of ccis_certificate_origin do): anonymous, or with the session
    of a portal user."""

    def setUp(self):
        super().setUp()
        self.registry.enter_test_mode()
        self.addCleanup(self.registry.leave_test_mode)
        self.env = self.env(cr=self.registry.cursor())
        for key, value in portal_fixture(self.env, suffix='h').items():
            setattr(self, key, value)
        self.client = self.new_client()

    def new_client(self, user=None):
        session = odoo.http.root.session_store.new()
        session.db = get_db_name()
        if user:
            session.uid = user.id
            session.login = user.login
            session.session_token = security.compute_session_token(
                session, self.env(user=user.id))
            session.context = {'lang': user.lang, 'uid': user.id}
        odoo.http.root.session_store.save(session)
        client = Client(odoo.http.root, BaseResponse)
        client.set_cookie('localhost', 'session_id', session.sid)
        return client

    def _sync(self):
        for env in list(self.env.all):
            env.cache.invalidate()
        self.registry.test_cr.commit()

    def get(self, url, client=None):
        self._sync()
        return (client or self.client).get(url)

    def post(self, url, data, client=None):
        self._sync()
        return (client or self.client).post(url, data=data)

    def csrf(self, url, client=None):
        response = self.get(url, client)
        self.assertEqual(response.status_code, 200)
        return CSRF_RE.search(response.get_data(as_text=True)).group(1)


def certificate_desk(env, code='TCO'):
    """A unit of the head office that issues certificates of origin, named by the system
    parameter, with an agent (its manager); returns (unit, agent)."""
    ref = env.ref
    unit = env['hr.department'].create({
        'name': 'Guichet des certificats %s' % code, 'code': code, 'ccis_kind': 'service',
        'site_id': ref('ccis_base.ccis_site_head_office_demo').id,
        'parent_id': ref('ccis_base.ccis_unit_services_ressortissants_demo').id,
        'company_id': env.user.company_id.id})
    agent = env['res.users'].with_context(no_reset_password=True).create({
        'name': 'Agent certificats %s' % code, 'login': 'agent_co_%s' % code.lower(),
        'email': 'agent-co-%s@example.ma' % code.lower(),
        'groups_id': [(6, 0, [ref('ccis_base.group_ccis_user').id])]})
    employee = env['hr.employee'].create({'name': agent.name, 'user_id': agent.id,
                                          'department_id': unit.id})
    unit.manager_id = employee
    env['res.users']._ccis_clear_caches()
    env['ir.config_parameter'].sudo().set_param('ccis_portal.certificate_unit_codes',
                                                'KEN-DSR,%s' % code)
    return unit, agent


def application(env, **header):
    """A complete online application as the portal posts it: header, goods rows (the
    first filled, the others empty) and the required documents; returns
    (values, lines, files)."""
    ref = env.ref
    values = {
        'consignee_name': 'Importadora Valencia SL',
        'consignee_address': 'Calle Mayor 1, Valencia',
        'consignee_country_id': str(ref('base.es').id),
        'destination_country_id': str(ref('base.es').id),
        'transport_mode': 'road', 'transport_details': 'Camion via Tanger Med',
        'invoice_reference': 'FA-2032-0042', 'copies': '1',
    }
    values.update(header)
    empty = {'name': '', 'hs_code': '', 'origin_country_id': str(ref('base.ma').id),
             'quantity': '', 'uom': '', 'gross_weight': '', 'net_weight': '', 'value': ''}
    lines = [dict(empty, name='Chemises en coton', hs_code='6205.20', quantity='1 200',
                  uom='cartons', gross_weight='2 400,5', net_weight='2200', value='480000')]
    lines += [dict(empty) for _i in range(4)]
    files = {ref('ccis_certificate_origin.%s' % xmlid).id: ('%s.pdf' % xmlid[-8:], PDF)
             for xmlid in ('ccis_certificate_document_type_invoice',
                           'ccis_certificate_document_type_dum',
                           'ccis_certificate_document_type_packing_list')}
    return values, lines, files
