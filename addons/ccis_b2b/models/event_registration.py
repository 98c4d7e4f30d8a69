from odoo import api, fields, models


class EventRegistration(models.Model):
    _inherit = 'event.registration'

    ccis_wish_ids = fields.One2many('ccis.b2b.wish', 'registration_id',
                                    string='Offers and Wishes')
    ccis_meeting_ids = fields.Many2many(
        'ccis.b2b.meeting', string='B2B Meetings', compute='_compute_ccis_meeting_ids')
    ccis_meeting_count = fields.Integer(
        string='Meetings', compute='_compute_ccis_meeting_ids')

    def _compute_ccis_meeting_ids(self):
        Meeting = self.env['ccis.b2b.meeting']
        meetings = Meeting.search(['|', ('registration_a_id', 'in', self.ids),
                                   ('registration_b_id', 'in', self.ids)])
        for registration in self:
            mine = meetings.filtered(
                lambda m: registration in (m.registration_a_id | m.registration_b_id))
            registration.ccis_meeting_ids = mine
            registration.ccis_meeting_count = len(mine)

    @api.multi
    def action_ccis_print_agenda(self):
        return self.env.ref('ccis_b2b.ccis_event_b2b_agenda_report').report_action(self)
