from odoo import api, fields, models


class CcisActivityTypeIndicator(models.Model):
    """An indicator proposed on the actions of an activity type, with a default target."""

    _name = 'ccis.activity.type.indicator'
    _description = 'Activity Type Indicator Template'
    _order = 'type_id, sequence, id'

    sequence = fields.Integer(string='Sequence', default=10)
    type_id = fields.Many2one(
        'ccis.activity.type', string='Activity Type', required=True, ondelete='cascade',
        index=True)
    definition_id = fields.Many2one(
        'ccis.indicator.definition', string='Indicator', required=True, ondelete='cascade')
    target = fields.Float(string='Suggested Annual Target')
    period_type = fields.Selection(
        [('month', 'Month'), ('quarter', 'Quarter')], string='Periodicity', required=True,
        default='quarter')

    @api.model
    def _ccis_withdraw_retired(self, definition_xmlids):
        """Withdraw the retired (archived) definitions of ``definition_xmlids`` from the
        activity types' proposals: an update of ccis_activity reloads its proposals of the
        typed definitions an addon replaced (ccis_replace_hooks), and an action of the type
        would start with a line of a retired indicator: the replacing addon calls this from
        its data, at each of its updates (which follow ccis_activity's)."""
        definitions = self.env['ccis.indicator.definition'].browse()
        for xmlid in definition_xmlids:
            definition = self.env.ref(xmlid, raise_if_not_found=False)
            if definition and not definition.active:
                definitions |= definition
        if definitions:
            self.search([('definition_id', 'in', definitions.ids)]).unlink()
        return True
