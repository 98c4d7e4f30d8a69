from odoo import _, api, fields, models
from odoo.exceptions import UserError


class CcisB2bMeeting(models.Model):
    _inherit = 'ccis.b2b.meeting'

    opportunity_id = fields.Many2one('ccis.business.opportunity',
                                     string='Business Opportunity', ondelete='set null')

    @api.multi
    def action_create_opportunity(self):
        """Turn the outcome of a held meeting into a business opportunity."""
        self.ensure_one()
        if self.state != 'held' or self.outcome not in ('follow_up', 'agreement', 'contact'):
            raise UserError(_(
                'Meeting "%s": only a meeting held with a positive '
                'outcome can become a business opportunity.') % self.display_name)
        if not self.opportunity_id:
            event = self.event_id
            self.opportunity_id = self.env['ccis.business.opportunity'].create({
                'name': _('%s — %s / %s') % (
                    event.name, self.member_a_id.name or self.registration_a_id.name,
                    self.member_b_id.name or self.registration_b_id.name),
                'origin': 'event',
                'event_id': event.id,
                'meeting_id': self.id,
                'origin_partner_id': self.member_a_id.id,
                'sector_id': (self.member_a_id.ccis_sector_id
                              or self.member_b_id.ccis_sector_id).id,
                'country_id': event.ccis_country_id.id or event.company_id.country_id.id,
                'description': self.outcome_note or False,
                'interested_partner_ids': [
                    (6, 0, (self.member_a_id | self.member_b_id).ids)],
                'unit_id': event.unit_id.id,
            })
        return {
            'type': 'ir.actions.act_window',
            'res_model': 'ccis.business.opportunity',
            'res_id': self.opportunity_id.id,
            'view_mode': 'form',
        }
