from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

FREQUENCY_SELECTION = [
    ('annual', 'Yearly'),
    ('quarterly', 'Quarterly'),
    ('monthly', 'Monthly'),
]


class CcisEconomicIndicator(models.Model):
    """A series of the regional economic database (business creations, exports, jobs...):
    what is measured, in which unit, how often and by whom by default."""
    _name = 'ccis.economic.indicator'
    _description = 'Economic Indicator (Series)'
    _order = 'theme_id, sequence, name'

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Indicator', required=True, translate=True, index=True)
    code = fields.Char('Code', required=True, index=True,
                       help='Indicator code, used in the "indicator code" column of imported files.')
    uom = fields.Char('Unit of Measure', required=True, default='nombre', translate=True)
    theme_id = fields.Many2one('ccis.economic.theme', 'Theme', required=True, index=True,
                               ondelete='restrict')
    frequency = fields.Selection(FREQUENCY_SELECTION, 'Periodicity', required=True,
                                 default='annual')
    source = fields.Char('Default Source',
                         help='Organization publishing the series (HCP, OMPIC, Office des changes...); used '
                              'for values entered or imported without a source.')
    description = fields.Text('Definition', translate=True)
    value_ids = fields.One2many('ccis.economic.value', 'indicator_id', 'Values')
    value_count = fields.Integer('Number of Values', compute='_compute_value_count')
    active = fields.Boolean('Active', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The economic indicator code must be unique.'),
    ]

    def _compute_value_count(self):
        data = self.env['ccis.economic.value'].read_group(
            [('indicator_id', 'in', self.ids)], ['indicator_id'], ['indicator_id'])
        counts = {row['indicator_id'][0]: row['indicator_id_count'] for row in data}
        for indicator in self:
            indicator.value_count = counts.get(indicator.id, 0)

    @api.multi
    def write(self, vals):
        if 'frequency' in vals:
            changed = self.filtered(lambda indicator: indicator.frequency != vals['frequency'])
            used = self.env['ccis.economic.value'].search(
                [('indicator_id', 'in', changed.ids)], limit=1)
            if used:
                raise ValidationError(_(
                    'Indicator "%s": the frequency cannot '
                    'change while the series has values.') % used.indicator_id.name)
        return super(CcisEconomicIndicator, self).write(vals)

    @api.multi
    def name_get(self):
        return [(indicator.id, '[%s] %s' % (indicator.code, indicator.name))
                for indicator in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        if name:
            args = ['|', ('code', '=ilike', name + '%'), ('name', operator, name)] + (args or [])
            return self.search(args, limit=limit).name_get()
        return super(CcisEconomicIndicator, self).name_search(name, args, operator, limit)

    @api.multi
    def action_view_values(self):
        self.ensure_one()
        action = self.env.ref('ccis_economic_watch.ccis_economic_value_action').read()[0]
        action['domain'] = [('indicator_id', '=', self.id)]
        action['context'] = {'default_indicator_id': self.id}
        return action
