from odoo.exceptions import ValidationError

from .common import MemberCase


class TestSudoPaths(MemberCase):
    """Where the registry's code runs as superuser, it first checks what the user may do on
    each record touched, and tells nothing of the records the user cannot see."""

    def _restrict_reading_to_sites(self):
        self.env.ref('base.group_user').write({'implied_ids': [
            (4, self.env.ref('ccis_member.group_ccis_member_site_read').id)]})
        self.env['ir.rule'].clear_caches()

    def test_activity_recorded_only_on_members_the_user_reads(self):
        self._restrict_reading_to_sites()
        members = self.member_rabat | self.member_kenitra
        members.write({'ccis_last_activity_date': '2020-01-01'})
        members.sudo(self.user_agent)._ccis_touch_activity('2024-06-30')
        self.assertEqual(self.member_rabat.ccis_last_activity_date, '2024-06-30')
        self.assertEqual(self.member_kenitra.ccis_last_activity_date, '2020-01-01')

    def test_taken_ice_does_not_name_a_hidden_member(self):
        self._restrict_reading_to_sites()
        with self.assertRaises(ValidationError) as error:
            self.Partner.sudo(self.user_agent).create({
                'name': 'Copie', 'ccis_is_member': True,
                'ccis_province_id': self.province_rabat.id,
                'ccis_ice': self.member_kenitra.ccis_ice})
        self.assertIn("que vous ne pouvez pas consulter", error.exception.name)
        self.assertNotIn(self.member_kenitra.name, error.exception.name)

    def test_taken_ice_names_a_visible_member(self):
        with self.assertRaisesRegex(ValidationError, 'Société Test Rabat'):
            self.Partner.sudo(self.user_agent).create({
                'name': 'Copie', 'ccis_is_member': True,
                'ccis_province_id': self.province_rabat.id,
                'ccis_ice': self.member_rabat.ccis_ice})
