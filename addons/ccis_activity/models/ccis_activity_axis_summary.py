from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class CcisActivityAxisSummary(models.Model):
    """The written summary of one axis of a programme: what the unit in charge of the axis
    tells the bureau and the general assembly beside the figures (achievements, difficulties,
    outlook). Printed in the review under the axis's figures."""

    _name = 'ccis.activity.axis.summary'
    _description = "Synthèse d'un axe du programme"
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'programme_id desc, axis_sequence, id'
    _rec_name = 'axis_id'
    # every user reads the summaries (the review prints them all); the unit in charge writes
    # its own, an annex director those of the annex, the direction all (ir.rule._ccis_unit_rules)
    _ccis_unit_scope = {'paths': ['unit_id'], 'everyone_reads': True}

    programme_id = fields.Many2one(
        'ccis.activity.programme', string="Programme d'action", required=True, index=True,
        ondelete='cascade', track_visibility='onchange')
    year = fields.Integer(related='programme_id.year', store=True, readonly=True,
                          string='Année', index=True)
    axis_id = fields.Many2one('ccis.activity.axis', string='Axe', required=True, index=True,
                              ondelete='restrict', track_visibility='onchange')
    axis_sequence = fields.Integer(related='axis_id.sequence', store=True, readonly=True,
                                   string="Ordre de l'axe")
    user_id = fields.Many2one('res.users', string='Rédacteur', index=True,
                              default=lambda self: self.env.user, track_visibility='onchange')
    summary = fields.Text(
        string='Synthèse', track_visibility='onchange',
        help="Réalisations, difficultés et perspectives de l'axe, imprimées dans le bilan.")

    _sql_constraints = [
        ('programme_axis_unique', 'unique(programme_id, axis_id)',
         "Une seule synthèse par axe et par programme."),
    ]

    @api.constrains('programme_id', 'axis_id')
    def _check_axis(self):
        for summary in self.sudo():
            if not summary.axis_id.active:
                raise ValidationError(_(
                    "Synthèse de l'axe « %s » (programme %s) : l'axe est archivé.")
                    % (summary.axis_id.name, summary.programme_id.name))

    @api.multi
    def name_get(self):
        return [(summary.id, '%s — %s' % (summary.programme_id.year, summary.axis_id.name))
                for summary in self]
