from odoo import api, fields, models


class EventEvent(models.Model):
    _inherit = 'event.event'

    ccis_opportunity_ids = fields.One2many(
        'ccis.business.opportunity', 'event_id', string='Business Opportunities')
    ccis_opportunity_count = fields.Integer(
        string='Number of Opportunities', compute='_compute_ccis_opportunity_count')

    def _compute_ccis_opportunity_count(self):
        opportunities = {g['event_id'][0]: g['event_id_count'] for g in
                         self.env['ccis.business.opportunity'].read_group(
                             [('event_id', 'in', self.ids)], ['event_id'], ['event_id'])}
        for event in self:
            event.ccis_opportunity_count = opportunities.get(event.id, 0)

    @api.multi
    def action_ccis_view_opportunities(self):
        self.ensure_one()
        action = self.env.ref(
            'ccis_business_opportunity.ccis_business_opportunity_action').read()[0]
        action['domain'] = [('event_id', '=', self.id)]
        action['context'] = {'default_event_id': self.id, 'default_origin': 'event'}
        return action
