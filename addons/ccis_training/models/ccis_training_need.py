from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

NEED_SOURCES = [
    ('survey', 'Survey'),
    ('manual', 'Entered'),
    ('meeting', 'Meeting or Visit'),
]


class CcisTrainingNeed(models.Model):
    _name = 'ccis.training.need'
    _description = 'Expressed Training Need'
    _order = 'plan_id desc, theme_id, id'
    _ccis_unit_scope = ['plan_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    plan_id = fields.Many2one('ccis.training.plan', string='Training Plan', required=True,
                              index=True, ondelete='cascade')
    unit_id = fields.Many2one(related='plan_id.unit_id', string='Unit', store=True,
                              readonly=True, index=True)
    site_id = fields.Many2one(related='plan_id.site_id', string='Site', store=True,
                              readonly=True, index=True)
    partner_id = fields.Many2one(
        'res.partner', string='Member', index=True, ondelete='cascade',
        domain=[('ccis_is_member', '=', True)])
    sector_id = fields.Many2one(related='partner_id.ccis_sector_id', string='Sector',
                                store=True, readonly=True, index=True)
    theme_id = fields.Many2one('ccis.training.theme', string='Theme', required=True,
                               index=True, ondelete='restrict')
    headcount = fields.Integer(string='People to Train', default=1)
    comment = fields.Text(string='Details')
    source = fields.Selection(NEED_SOURCES, string='Source', default='manual',
                              required=True)
    user_input_id = fields.Many2one('survey.user_input', string='Survey Response',
                                    ondelete='set null', index=True)
    plan_line_id = fields.Many2one('ccis.training.plan.line', string='Selected In',
                                   index=True, ondelete='set null')

    _sql_constraints = [
        ('answer_theme_uniq', 'unique(user_input_id, theme_id)',
         'A survey response counts only once per theme.'),
    ]

    @api.constrains('headcount')
    def _check_headcount(self):
        for need in self:
            if need.headcount < 0:
                raise ValidationError(_(
                    'Need "%s" of "%s": the number of people '
                    'to train cannot be negative.') % (need.theme_id.name, need.partner_id.name or ''))
