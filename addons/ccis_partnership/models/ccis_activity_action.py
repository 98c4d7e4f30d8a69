from odoo import api, fields, models


class CcisActivityAction(models.Model):
    """The agreements and commitments a programme action implements."""
    _inherit = 'ccis.activity.action'

    partnership_commitment_ids = fields.Many2many(
        'ccis.partnership.commitment', 'ccis_partnership_commitment_action_rel', 'action_id',
        'commitment_id', 'Agreement Commitments',
        help='Partnership agreement commitments that this action implements.')
    partnership_agreement_ids = fields.Many2many(
        'ccis.partnership.agreement', string='Agreements Implemented',
        compute='_compute_partnership_agreement_ids')
    partnership_agreement_count = fields.Integer(
        'Agreements', compute='_compute_partnership_agreement_ids')

    @api.depends('partnership_commitment_ids.agreement_id')
    def _compute_partnership_agreement_ids(self):
        for action in self:
            agreements = action.mapped('partnership_commitment_ids.agreement_id')
            action.partnership_agreement_ids = agreements
            action.partnership_agreement_count = len(agreements)

    @api.multi
    def action_view_partnership_agreements(self):
        self.ensure_one()
        action = self.env.ref(
            'ccis_partnership.ccis_partnership_agreement_action').read()[0]
        action['domain'] = [('id', 'in', self.partnership_agreement_ids.ids)]
        action['context'] = {}
        return action
