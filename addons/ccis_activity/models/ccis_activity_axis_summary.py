from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class CcisActivityAxisSummary(models.Model):
    """The written summary of one axis of a programme: what the unit in charge of the axis
    tells the bureau and the general assembly beside the figures (achievements, difficulties,
    outlook). Printed in the review under the axis's figures."""

    _name = 'ccis.activity.axis.summary'
    _description = 'Programme Axis Summary'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'programme_id desc, axis_sequence, id'
    _rec_name = 'axis_id'
    # every user reads the summaries (the review prints them all); the unit in charge writes
    # its own, an annex director those of the annex, the direction all (ir.rule._ccis_unit_rules)
    _ccis_unit_scope = {'paths': ['unit_id'], 'everyone_reads': True}

    programme_id = fields.Many2one(
        'ccis.activity.programme', string='Action Programme', required=True, index=True,
        ondelete='cascade', track_visibility='onchange')
    year = fields.Integer(related='programme_id.year', store=True, readonly=True,
                          string='Year', index=True)
    axis_id = fields.Many2one('ccis.activity.axis', string='Axis', required=True, index=True,
                              ondelete='restrict', track_visibility='onchange')
    axis_sequence = fields.Integer(related='axis_id.sequence', store=True, readonly=True,
                                   string='Axis Order')
    user_id = fields.Many2one('res.users', string='Author', index=True,
                              default=lambda self: self.env.user, track_visibility='onchange')
    summary = fields.Text(
        string='Summary', track_visibility='onchange',
        help='Achievements, difficulties and outlook of the axis, printed in the review.')

    _sql_constraints = [
        ('programme_axis_unique', 'unique(programme_id, axis_id)',
         'Only one summary per axis and per programme.'),
    ]

    @api.constrains('programme_id', 'axis_id')
    def _check_axis(self):
        for summary in self.sudo():
            if not summary.axis_id.active:
                raise ValidationError(_(
                    'Summary of axis "%s" (programme %s): the axis is archived.')
                    % (summary.axis_id.name, summary.programme_id.name))

    @api.multi
    def name_get(self):
        return [(summary.id, '%s — %s' % (summary.programme_id.year, summary.axis_id.name))
                for summary in self]
