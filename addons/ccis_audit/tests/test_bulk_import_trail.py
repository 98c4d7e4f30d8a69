from odoo.addons.ccis_member.tests.common import MemberCase, new_ice

HEADER = ['Raison sociale', 'ICE', 'Province', 'Ville']


class TestBulkImportTrail(MemberCase):
    """Members created by the import (in SQL, not through ``create``) are in the audit
    trail as those created one by one: who created them, with the values given."""

    def _creation_logs(self, records):
        return self.env['auditlog.log'].search([
            ('model_id.model', '=', records._name), ('res_id', 'in', records.ids),
            ('method', '=', 'create')])

    def test_imported_members_are_logged(self):
        ices = [new_ice(), new_ice()]
        rows = [HEADER, ['Import Audit Un', ices[0], 'Rabat', 'Rabat'],
                ['Import Audit Deux', ices[1], 'Salé', 'Salé']]
        wizard = self.import_file(rows, self.user_agent)
        self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
        members = self.Partner.search([('ccis_ice', 'in', ices)])
        self.assertEqual(len(members), 2)
        logs = self._creation_logs(members)
        self.assertEqual(sorted(logs.mapped('res_id')), sorted(members.ids))
        self.assertEqual(logs.mapped('user_id'), self.user_agent)
        self.assertEqual(set(logs.mapped('name')), {'Import Audit Un', 'Import Audit Deux'})
        log = logs.filtered(lambda log: log.name == 'Import Audit Un')
        values = {line.field_id.name: (line.old_value_text, line.new_value_text)
                  for line in log.line_ids}
        self.assertEqual(values['name'], (False, 'Import Audit Un'))
        self.assertEqual(values['ccis_ice'], (False, ices[0]))
        self.assertIn('Rabat', values['ccis_province_id'][1])
        self.assertNotIn('fax', values)  # left empty
        self.assertFalse([name for name in values if name.startswith(('message_', 'image'))])
        # and their first status
        history = self.env['ccis.member.status.history'].search(
            [('partner_id', 'in', members.ids)])
        self.assertEqual(len(self._creation_logs(history)), 2)

    def test_bulk_logging_takes_no_query_per_member(self):
        Partner = self.Partner.sudo(self.user_agent)

        def queries(count):
            members = Partner._ccis_bulk_create([
                {'name': 'Masse %d' % index, 'ccis_ice': new_ice(), 'is_company': True,
                 'ccis_province_id': self.province_rabat.id} for index in range(count)])
            before = self.env.cr.sql_log_count
            members._ccis_bulk_created()
            return self.env.cr.sql_log_count - before, members

        few, _members = queries(3)
        many, members = queries(40)
        self.assertEqual(len(self._creation_logs(members)), 80)  # the hook ran twice
        self.assertLessEqual(many, few + 2)

    def test_nothing_logged_without_the_rule(self):
        # (in SQL: unsubscribe() would unpatch the registry beyond this test's savepoint)
        rule = self.env.ref('ccis_audit.auditlog_rule_res_partner')
        self.env.cr.execute("UPDATE auditlog_rule SET state = 'draft' WHERE id = %s", rule.ids)
        rule.invalidate_cache()
        members = self.Partner.sudo(self.user_agent)._ccis_bulk_create([
            {'name': 'Sans Journal', 'ccis_ice': new_ice(), 'is_company': True,
             'ccis_province_id': self.province_rabat.id}])
        self.assertFalse(self._creation_logs(members))

    def test_bulk_log_holds_what_create_logs(self):
        """A member created in bulk has the creation log a member created by ``create()``
        has: the same fields with the same values (written by COPY, text with a tab and a
        line break included), its name from its stored display name."""
        vals = {'is_company': True, 'ccis_is_member': True, 'ccis_member_kind': 'company',
                'ccis_province_id': self.province_rabat.id, 'ccis_state': 'active',
                'ccis_sector_id': self.sector_textile.id, 'ccis_legal_form_id': self.form_sarl.id,
                'city': 'Rabat\tHassan', 'ccis_activity': 'Tissage\nà la main \\ broderie'}
        Partner = self.Partner.sudo(self.user_agent)
        by_create = Partner.create(dict(vals, name='Parité', ccis_ice=new_ice()))
        by_bulk = Partner._ccis_bulk_create([dict(vals, name='Parité', ccis_ice=new_ice())])
        own = {'ccis_ice', 'commercial_partner_id'}  # (the member itself)

        def lines(member):
            log = self._creation_logs(member)
            self.assertEqual(len(log), 1)
            return log.name, {line.field_id.name: (line.new_value, line.new_value_text)
                              for line in log.line_ids if line.field_id.name not in own}

        self.assertEqual(lines(by_bulk), lines(by_create))
        self.assertEqual(lines(by_bulk)[1]['city'], ('Rabat\tHassan', 'Rabat\tHassan'))
