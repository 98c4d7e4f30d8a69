from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

from .common import CcisActivityCommon


class TestReplaceHooks(CcisActivityCommon):
    """The installation hooks an addon builds with ccis_replace_hooks (hooks_tools.py): before
    its data, the typed definitions it replaces are retired; after, their lines and typed values
    are carried over to its computed definitions, which take their code and lose their
    "(calculé)" mark. Nothing typed is lost."""

    def _xmlid(self, name, record):
        self.env['ir.model.data'].create({
            'module': 'ccis_test_hooks', 'name': name, 'model': record._name,
            'res_id': record.id})
        return 'ccis_test_hooks.%s' % name

    def test_typed_definition_retired_and_carried_over(self):
        typed = self._create_definition('TH_PART', 'Entreprises partenaires (test)', 'count')
        computed = self._create_definition(
            'TH_PART_CALC', 'Entreprises partenaires (test) (calculé)', 'count',
            source='computed', model_name='res.partner',
            domain="[('is_company', '=', True), ('name', 'like', 'Société hooks test')]",
            date_field='create_date')
        line = self._create_line(self.action, typed, 12.0)
        self._values(line, [('%s-03-31' % self.YEAR, 4.0), ('%s-06-30' % self.YEAR, 5.0)])
        replaced = [(self._xmlid('typed', typed), self._xmlid('computed', computed), None)]
        pre_init_hook, post_init_hook = ccis_replace_hooks(replaced)

        pre_init_hook(self.env.cr)
        self.assertFalse(typed.active)
        self.assertEqual(typed.code, 'TH_PART_RETIRE')
        self.assertIn('Entreprises partenaires (test)', typed.description)

        post_init_hook(self.env.cr, self.env.registry)
        self.assertEqual(line.definition_id, computed)
        typed_values = line.value_ids.filtered(lambda value: value.source == 'manual')
        self.assertEqual(sorted(typed_values.mapped('value')), [4.0, 5.0])
        self.assertEqual(computed.code, 'TH_PART')
        self.assertEqual(computed.name, 'Entreprises partenaires (test)')

    def test_hooks_of_nothing_installed_do_nothing(self):
        """A database without the typed definitions (a fresh installation): nothing to do."""
        pre_init_hook, post_init_hook = ccis_replace_hooks([
            ('ccis_test_hooks.absent', 'ccis_test_hooks.absent_too', None)])
        pre_init_hook(self.env.cr)
        post_init_hook(self.env.cr, self.env.registry)
