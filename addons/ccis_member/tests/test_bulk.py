from odoo import models
from odoo.exceptions import AccessError, ValidationError

from .common import MemberCase, new_ice


class TestBulkLikeCreate(MemberCase):
    """``_ccis_bulk_create`` gives the records ``create()`` gives: every stored field of
    res.partner (whatever the installed addons add), the status history and the checks."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.commune = cls.env['ccis.commune'].create({
            'name': 'Commune Bulk', 'province_id': cls.province_kenitra.id})
        cls.annex_agent = cls.create_user(
            'agent_annexe_bulk', ['ccis_base.group_ccis_user'],
            'ccis_base.ccis_unit_kenitra_services_ressortissants_demo')

    def _members_vals(self):
        return [
            {'name': 'Coopérative Al Massira', 'ccis_name_ar': 'تعاونية المسيرة',
             'ccis_member_kind': 'cooperative', 'is_company': True,
             'ccis_province_id': self.province_kenitra.id, 'ccis_commune_id': self.commune.id,
             'ccis_sector_id': self.sector_pottery.id, 'ccis_members_women': 12,
             'ccis_members_men': 3, 'ccis_registration_date': '2019-05-02',
             'website': 'www.almassira.ma', 'email': 'contact@almassira.ma'},
            {'name': 'Ets Benjelloun', 'ccis_member_kind': 'trader', 'is_company': False,
             'ccis_province_id': self.province_rabat.id, 'ccis_rc': ' 12 345 ',
             'ccis_court_id': self.court_rabat.id, 'ccis_if': '1.234.567',
             'ccis_manager_cin': 'ab 12345', 'ccis_sector_id': self.sector_textile.id,
             'ccis_legal_form_id': self.form_sarl.id, 'ccis_state': 'active',
             'city': 'Rabat', 'phone': '0537000000', 'country_id': self.env.ref('base.ma').id},
            {'name': 'Sans Province', 'ccis_member_kind': 'company', 'is_company': True},
        ]

    def _stored(self, partner):
        """The stored fields of ``partner``, a reference to itself written ``'self'``."""
        values = {}
        for name, field in partner._fields.items():
            if not (field.store and field.column_type) or name == 'id' or \
                    name in models.MAGIC_COLUMNS or name == 'ccis_ice':
                continue
            value = field.convert_to_write(partner[name], partner)
            values[name] = 'self' if field.type == 'many2one' and value == partner.id else value
        return values

    def test_bulk_gives_the_records_create_gives(self):
        vals_list = self._members_vals()
        for vals in vals_list:
            vals['ccis_is_member'] = True
        created = self.Partner.browse()
        for vals in vals_list:
            created |= self.Partner.create(dict(vals, ccis_ice=new_ice()))
        bulk = self.Partner._ccis_bulk_create(
            [dict(vals, ccis_ice=new_ice()) for vals in vals_list])
        self.assertEqual(len(bulk), len(created))
        for by_create, by_bulk in zip(created, bulk):
            with self.subTest(member=by_create.name):
                expected, found = self._stored(by_create), self._stored(by_bulk)
                self.assertEqual(
                    {name: (expected[name], found[name]) for name in expected
                     if expected[name] != found[name]}, {})
                self.assertEqual(
                    by_bulk.ccis_status_history_ids.mapped(
                        lambda line: (line.date, line.old_state, line.new_state, line.reason)),
                    by_create.ccis_status_history_ids.mapped(
                        lambda line: (line.date, line.old_state, line.new_state, line.reason)))
        # the values the ORM computes, checked on their own
        cooperative = bulk[0]
        self.assertEqual(cooperative.ccis_site_id, self.site_kenitra)
        self.assertEqual(cooperative.ccis_members_total, 15)
        self.assertEqual(cooperative.commercial_partner_id, cooperative)
        self.assertEqual(bulk[1].ccis_rc, '12 345')
        self.assertEqual(bulk[1].ccis_if, '1234567')

    def test_bulk_create_runs_the_constraints(self):
        """Python constraints of res.partner run on the rows, as after create()."""
        commune = self.env['ccis.commune'].create({
            'name': 'Commune Ailleurs', 'province_id': self.province_sale.id})
        with self.assertRaisesRegex(ValidationError, "n'appartient pas à la province"):
            self.Partner._ccis_bulk_create([{
                'name': 'Mauvaise Commune', 'ccis_province_id': self.province_rabat.id,
                'ccis_commune_id': commune.id}])
        self.assertFalse(self.Partner.search([('name', '=', 'Mauvaise Commune')]))

    def test_ice_twice_in_one_bulk_refused(self):
        ice = new_ice()
        with self.assertRaisesRegex(ValidationError, "l'ICE %s est déjà celui du "
                                                     "ressortissant « Premier »" % ice):
            self.Partner._ccis_bulk_create([{'name': 'Premier', 'ccis_ice': ice},
                                            {'name': 'Second', 'ccis_ice': ice}])
        self.assertFalse(self.Partner.search([('ccis_ice', '=', ice)]))

    def test_refused_rows_leave_nothing(self):
        user = self.annex_agent
        with self.assertRaises(AccessError):
            self.Partner.sudo(user)._ccis_bulk_create([
                {'name': 'Bulk Kénitra', 'ccis_province_id': self.province_kenitra.id},
                {'name': 'Bulk Rabat', 'ccis_province_id': self.province_rabat.id}])
        self.assertFalse(self.Partner.search([('name', 'like', 'Bulk ')]))
        rows = self.Partner._ccis_bulk_prepare([
            {'name': 'Bulk Kénitra', 'ccis_province_id': self.province_kenitra.id},
            {'name': 'Bulk Rabat', 'ccis_province_id': self.province_rabat.id}])[0]
        self.assertEqual(self.Partner.sudo(user)._ccis_bulk_refused(rows),
                         {1: self.site_head.id})
        self.assertFalse(self.Partner.search([('name', 'like', 'Bulk ')]))
