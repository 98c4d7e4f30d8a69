import base64
import io
import itertools

import xlsxwriter

from odoo.tests.common import SavepointCase

from ..tools.identifiers import make_ice

_counter = itertools.count(1)


def new_ice():
    """A valid ICE not used by the demo data."""
    return make_ice(900000000 + next(_counter) * 37)


def xlsx_file(rows):
    """Base64 XLSX workbook whose first sheet holds ``rows`` (first row = header)."""
    output = io.BytesIO()
    book = xlsxwriter.Workbook(output, {'in_memory': True})
    sheet = book.add_worksheet()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.close()
    return base64.b64encode(output.getvalue())


def csv_file(rows, sep=';', encoding='utf-8'):
    text = "\n".join(sep.join(str(v) for v in row) for row in rows)
    return base64.b64encode(text.encode(encoding))


class MemberCase(SavepointCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Partner = cls.env['res.partner'].with_context(tracking_disable=True)
        ref = cls.env.ref
        cls.province_rabat = ref('ccis_base.ccis_province_rabat')
        cls.province_sale = ref('ccis_base.ccis_province_sale')
        cls.province_kenitra = ref('ccis_base.ccis_province_kenitra')
        cls.province_khemisset = ref('ccis_base.ccis_province_khemisset')
        cls.site_head = ref('ccis_base.ccis_site_head_office_demo')
        cls.site_kenitra = ref('ccis_base.ccis_site_kenitra_demo')
        cls.court_rabat = ref('ccis_member.ccis_member_court_tc_rabat')
        cls.court_kenitra = ref('ccis_member.ccis_member_court_tpi_kenitra')
        cls.sector_textile = ref('ccis_member.ccis_member_sector_ind_text')
        cls.sector_pottery = ref('ccis_member.ccis_member_sector_art_pot')
        cls.form_sarl = ref('ccis_member.ccis_member_legal_form_sarl')
        cls.user_agent = ref('ccis_base.user_agent_appui_demo')
        cls.user_manager = ref('ccis_base.user_manager_appui_demo')
        cls.user_annex = ref('ccis_base.user_director_kenitra_demo')
        cls.user_direction = ref('ccis_base.user_direction_demo')
        cls.user_audit = ref('ccis_base.user_audit_demo')
        cls.user_bureau = ref('ccis_base.user_bureau_demo')
        cls.member_rabat = cls.create_member(
            name='Société Test Rabat', ccis_province_id=cls.province_rabat.id,
            ccis_rc='55001', ccis_court_id=cls.court_rabat.id, ccis_state='active')
        cls.member_kenitra = cls.create_member(
            name='Société Test Kénitra', ccis_province_id=cls.province_kenitra.id,
            ccis_state='active')

    @classmethod
    def create_user(cls, login, groups, unit_xmlid):
        """A user of ``groups`` (xml ids) with an employee in the demo unit ``unit_xmlid``."""
        user = cls.env['res.users'].with_context(no_reset_password=True).create({
            'name': login.title(), 'login': login, 'email': '%s@example.ma' % login,
            'groups_id': [(6, 0, [cls.env.ref(xmlid).id for xmlid in groups])]})
        cls.env['hr.employee'].create({'name': user.name, 'user_id': user.id,
                                       'department_id': cls.env.ref(unit_xmlid).id})
        return user

    def import_file(self, rows, user=None, name='ressortissants.csv', builder=csv_file):
        """Run the import wizard on ``rows`` as ``user``; return the wizard."""
        Wizard = self.env['ccis.member.import.wizard']
        if user:
            Wizard = Wizard.sudo(user)
        wizard = Wizard.create({'file': builder(rows), 'file_name': name})
        wizard.action_import()
        return wizard

    @classmethod
    def create_member(cls, **vals):
        values = {
            'name': 'Membre %s' % next(_counter),
            'ccis_is_member': True,
            'is_company': True,
            'ccis_member_kind': 'company',
            'ccis_ice': new_ice(),
            'ccis_sector_id': cls.sector_textile.id,
            'ccis_legal_form_id': cls.form_sarl.id,
            'ccis_province_id': cls.province_rabat.id,
        }
        values.update(vals)
        return cls.Partner.create(values)
