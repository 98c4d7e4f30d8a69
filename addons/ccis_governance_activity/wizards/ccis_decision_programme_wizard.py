from odoo import api, fields, models


class CcisDecisionProgrammeWizard(models.TransientModel):
    """Turn a decision or recommendation into an action of the programme: the user chooses the
    programme (its year), the axis, the activity type (which proposes the indicators) and the
    unit; the action is dated within the programme's year, whatever the deadline."""

    _name = 'ccis.decision.programme.wizard'
    _description = 'Programme Action from a Decision'

    decision_id = fields.Many2one('ccis.decision', string='Decision', required=True,
                                  readonly=True, ondelete='cascade')
    programme_id = fields.Many2one(
        'ccis.activity.programme', string='Action Programme', required=True,
        domain=[('state', '!=', 'closed')],
        help='Programme (year) the action belongs to; its dates stay within that year.')
    axis_id = fields.Many2one('ccis.activity.axis', string='Axis', required=True)
    type_id = fields.Many2one(
        'ccis.activity.type', string='Activity Type',
        help="Suggests the action's default axis and indicators.")
    unit_id = fields.Many2one('hr.department', string='Responsible Unit', required=True)
    date_start = fields.Date(string='Planned Start', compute='_compute_dates')
    date_end = fields.Date(string='Planned End', compute='_compute_dates')

    @api.model
    def default_get(self, fields_list):
        values = super(CcisDecisionProgrammeWizard, self).default_get(fields_list)
        decision = self.env['ccis.decision'].browse(
            values.get('decision_id') or self.env.context.get('default_decision_id'))
        if decision:
            values.setdefault('programme_id', decision._default_programme().id)
            values.setdefault('axis_id', decision._default_axis().id)
            values.setdefault('unit_id', (decision.responsible_unit_id or decision.unit_id).id)
        return values

    @api.depends('decision_id', 'programme_id')
    def _compute_dates(self):
        for wizard in self:
            if wizard.decision_id and wizard.programme_id:
                vals = wizard.decision_id.with_context(
                    ccis_programme_id=wizard.programme_id.id)._prepare_programme_action_vals()
                wizard.date_start, wizard.date_end = vals['date_start'], vals['date_end']

    @api.onchange('type_id')
    def _onchange_type_id(self):
        if self.type_id.axis_id:
            self.axis_id = self.type_id.axis_id

    @api.multi
    def action_create(self):
        """Create the action (ccis_governance's code path, with the choices made here) and
        open it."""
        self.ensure_one()
        return self.decision_id.with_context(
            ccis_programme_id=self.programme_id.id, ccis_axis_id=self.axis_id.id,
            ccis_activity_type_id=self.type_id.id, ccis_unit_id=self.unit_id.id,
        ).action_create_programme_action()
