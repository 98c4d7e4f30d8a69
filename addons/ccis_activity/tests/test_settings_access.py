from odoo.exceptions import AccessError, ValidationError
from odoo.tests.common import SavepointCase


class TestSettingsAccess(SavepointCase):
    """The direction sets the action programme's thresholds from Chambre › Configuration ›
    Programme d'action › Paramètres, without Odoo's general settings (administrators only)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.direction = cls.env.ref('ccis_base.user_direction_demo')
        cls.agent = cls.env.ref('ccis_base.user_agent_appui_demo')
        cls.menu = cls.env.ref('ccis_activity.ccis_activity_settings_menu')

    def _wizard(self, user):
        Wizard = self.env[self.menu.action.res_model].sudo(user)
        return Wizard.create(Wizard.default_get(list(Wizard._fields)))

    def test_direction_opens_and_saves_the_settings(self):
        visible = self.env['ir.ui.menu'].sudo(self.direction).search([('id', '=', self.menu.id)])
        self.assertEqual(visible, self.menu)
        wizard = self._wizard(self.direction)
        wizard.write({'rate_threshold_warning': 40.0, 'rate_threshold_success': 85.0})
        wizard.action_save()
        self.assertEqual(self.env['res.config.settings']._ccis_rate_thresholds(), (40.0, 85.0))
        self.assertEqual(self._wizard(self.direction).rate_threshold_success, 85.0)

    def test_no_menu_of_the_direction_opens_the_general_settings(self):
        menus = self.env['ir.ui.menu'].sudo(self.direction).search([])
        settings = menus.filtered(
            lambda m: m.action and m.action._name == 'ir.actions.act_window'
            and m.action.res_model == 'res.config.settings')
        self.assertFalse(settings, settings.mapped('complete_name'))

    def test_thresholds_are_checked(self):
        wizard = self._wizard(self.direction)
        wizard.write({'rate_threshold_warning': 90.0, 'rate_threshold_success': 60.0})
        with self.assertRaises(ValidationError):
            wizard.action_save()

    def test_staff_cannot_change_them(self):
        self.assertFalse(self.env['ir.ui.menu'].sudo(self.agent).search(
            [('id', '=', self.menu.id)]))
        wizard = self._wizard(self.agent)
        with self.assertRaises(AccessError):
            wizard.action_save()
