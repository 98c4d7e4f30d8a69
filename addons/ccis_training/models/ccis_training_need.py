from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

NEED_SOURCES = [
    ('survey', 'Questionnaire'),
    ('manual', 'Saisie'),
    ('meeting', 'Rencontre ou visite'),
]


class CcisTrainingNeed(models.Model):
    _name = 'ccis.training.need'
    _description = 'Besoin de formation exprimé'
    _order = 'plan_id desc, theme_id, id'
    _ccis_unit_scope = ['plan_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    plan_id = fields.Many2one('ccis.training.plan', string='Plan de formation', required=True,
                              index=True, ondelete='cascade')
    unit_id = fields.Many2one(related='plan_id.unit_id', string='Unité', store=True,
                              readonly=True, index=True)
    site_id = fields.Many2one(related='plan_id.site_id', string='Site', store=True,
                              readonly=True, index=True)
    partner_id = fields.Many2one(
        'res.partner', string='Ressortissant', index=True, ondelete='cascade',
        domain=[('ccis_is_member', '=', True)])
    sector_id = fields.Many2one(related='partner_id.ccis_sector_id', string='Secteur',
                                store=True, readonly=True, index=True)
    theme_id = fields.Many2one('ccis.training.theme', string='Thème', required=True,
                               index=True, ondelete='restrict')
    headcount = fields.Integer(string='Personnes à former', default=1)
    comment = fields.Text(string='Précisions')
    source = fields.Selection(NEED_SOURCES, string='Source', default='manual',
                              required=True)
    user_input_id = fields.Many2one('survey.user_input', string='Réponse au questionnaire',
                                    ondelete='set null', index=True)
    plan_line_id = fields.Many2one('ccis.training.plan.line', string='Retenu dans',
                                   index=True, ondelete='set null')

    _sql_constraints = [
        ('answer_theme_uniq', 'unique(user_input_id, theme_id)',
         "Une réponse au questionnaire ne compte qu'une fois par thème."),
    ]

    @api.constrains('headcount')
    def _check_headcount(self):
        for need in self:
            if need.headcount < 0:
                raise ValidationError(_(
                    "Besoin « %s » de « %s » : le nombre de personnes à former ne peut pas "
                    "être négatif.") % (need.theme_id.name, need.partner_id.name or ''))
