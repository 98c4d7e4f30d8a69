from odoo import fields, models


class CcisActivityType(models.Model):
    """A kind of action (training, B2B meeting, fair...), following the missions of the
    chamber's units, with the indicators a new action of that type proposes."""

    _name = 'ccis.activity.type'
    _description = "Type d'activité"
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string="Type d'activité", required=True, translate=True)
    code = fields.Char(string='Code', index=True)
    description = fields.Text(
        string='Missions couvertes', translate=True,
        help="Départements et missions de l'organigramme que ce type d'activité sert.")
    axis_id = fields.Many2one(
        'ccis.activity.axis', string='Axe par défaut', ondelete='set null',
        help="Axe proposé pour une nouvelle action de ce type.")
    unit_ids = fields.Many2many(
        'hr.department', 'ccis_activity_type_unit_rel', 'type_id', 'unit_id',
        string='Unités concernées')
    mission_ids = fields.Many2many(
        'ccis.unit.mission', 'ccis_activity_type_mission_rel', 'type_id', 'mission_id',
        string='Missions')
    template_ids = fields.One2many(
        'ccis.activity.type.indicator', 'type_id', string="Modèles d'indicateurs", copy=True)
    color = fields.Integer(string='Couleur')
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', "Le code d'un type d'activité doit être unique."),
    ]

    def _indicator_line_values(self):
        """Values of the indicator lines an action of this type starts with."""
        self.ensure_one()
        return [{
            'definition_id': template.definition_id.id,
            'target': template.target,
            'period_type': template.period_type,
        } for template in self.template_ids]
