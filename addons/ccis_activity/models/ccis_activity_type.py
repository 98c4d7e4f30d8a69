from odoo import fields, models


class CcisActivityType(models.Model):
    """A kind of action (training, B2B meeting, fair...), following the missions of the
    chamber's units, with the indicators a new action of that type proposes."""

    _name = 'ccis.activity.type'
    _description = 'Activity Type'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Activity Type', required=True, translate=True)
    code = fields.Char(string='Code', index=True)
    description = fields.Text(
        string='Covered Missions', translate=True,
        help='Departments and missions of the organisation chart that this activity type serves.')
    axis_id = fields.Many2one(
        'ccis.activity.axis', string='Default Axis', ondelete='set null',
        help='Axis suggested for a new action of this type.')
    unit_ids = fields.Many2many(
        'hr.department', 'ccis_activity_type_unit_rel', 'type_id', 'unit_id',
        string='Units Concerned')
    mission_ids = fields.Many2many(
        'ccis.unit.mission', 'ccis_activity_type_mission_rel', 'type_id', 'mission_id',
        string='Missions')
    template_ids = fields.One2many(
        'ccis.activity.type.indicator', 'type_id', string='Indicator Templates', copy=True)
    color = fields.Integer(string='Color')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The code of an activity type must be unique.'),
    ]

    def _indicator_line_values(self):
        """Values of the indicator lines an action of this type starts with."""
        self.ensure_one()
        return [{
            'definition_id': template.definition_id.id,
            'target': template.target,
            'period_type': template.period_type,
        } for template in self.template_ids]
