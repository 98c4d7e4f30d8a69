from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_event_registration_ids = fields.One2many(
        'event.registration', 'ccis_member_id', string='Event Participations')
    ccis_event_count = fields.Integer(
        string='Events', compute='_compute_ccis_event_count')
    ccis_training_count = fields.Integer(
        string='Training Sessions', compute='_compute_ccis_event_count')
    ccis_is_training_body = fields.Boolean(
        string='Training Provider', index=True,
        help='Training body or firm partnering with the chamber.')

    def _compute_ccis_event_count(self):
        Registration = self.env['event.registration']
        domain = [('ccis_member_id', 'in', self.ids), ('state', '!=', 'cancel')]
        events = {g['ccis_member_id'][0]: g['ccis_member_id_count'] for g in
                  Registration.read_group(domain, ['ccis_member_id'], ['ccis_member_id'])}
        trainings = {g['ccis_member_id'][0]: g['ccis_member_id_count'] for g in
                     Registration.read_group(domain + [('ccis_kind', '=', 'training')],
                                             ['ccis_member_id'], ['ccis_member_id'])}
        for partner in self:
            partner.ccis_event_count = events.get(partner.id, 0)
            partner.ccis_training_count = trainings.get(partner.id, 0)

    @api.multi
    def action_ccis_event_registrations(self):
        self.ensure_one()
        action = self.env.ref('ccis_event.event_registration_ccis_action').read()[0]
        action['domain'] = [('ccis_member_id', '=', self.id)]
        action['context'] = {'default_ccis_member_id': self.id,
                             'search_default_group_kind': 1}
        return action
