from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import mute_logger

from .common import PortalCase


class TestUpdateRequest(PortalCase):
    """The member proposes, the staff of its site approve (the registry changes) or refuse
    (nothing changes)."""

    def submit(self, **values):
        Update = self.env['ccis.portal.update.request'].sudo(self.user_a)
        return Update._ccis_portal_submit(
            dict(Update._ccis_values_from_partner(self.member_a), **values))

    def test_approve_writes_registry(self):
        update = self.submit(city='Témara', website='www.alpha.ma', staff_band='10_49',
                             directory_published=True, directory_show_phone=True)
        self.assertEqual(update.state, 'submitted')
        self.assertIn('Ville : « Ville A » → « Témara »', update.sudo().change_summary)
        self.assertEqual(self.member_a.city, 'Ville A')
        activity = update.sudo().activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.member_a._ccis_responsible_user())
        update.sudo(self.agent).action_approve()
        self.assertEqual(update.state, 'approved')
        self.assertEqual(self.member_a.city, 'Témara')
        self.assertEqual(self.member_a.website, 'http://www.alpha.ma')
        self.assertEqual(self.member_a.ccis_staff_band, '10_49')
        self.assertTrue(self.member_a.ccis_directory_published)
        self.assertTrue(self.member_a.ccis_directory_show_phone)
        self.assertEqual(update.validation_user_id, self.agent)
        self.assertFalse(update.sudo().activity_ids)

    def test_refuse_keeps_registry(self):
        update = self.submit(phone='+212 699 99 99 99').sudo(self.agent)
        with self.assertRaisesRegex(UserError, 'indiquez le motif du refus'):
            update.action_refuse()
        update.refuse_reason = 'Numéro non vérifiable'
        update.action_refuse()
        self.assertEqual(update.state, 'refused')
        self.assertEqual(self.member_a.phone, '+212 500 00 00 01')
        with self.assertRaisesRegex(UserError, 'impossible à l\'état « Refusée »'):
            update.action_approve()

    def test_invalid_email(self):
        with self.assertRaisesRegex(ValidationError, "l'adresse e-mail « pas-un-email » n'est "
                                                     "pas valide"):
            self.submit(email='pas-un-email')

    def test_other_site_staff_cannot_approve(self):
        """Member A is served by the head office: the Kénitra annex does not validate it."""
        update = self.submit(city='Témara')
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            update.sudo(self.annex).action_approve()
        self.assertEqual(self.member_a.city, 'Ville A')
        self.assertEqual(update.sudo().state, 'submitted')
