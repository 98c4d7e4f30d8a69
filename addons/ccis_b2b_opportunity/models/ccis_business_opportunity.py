from odoo import fields, models


class CcisBusinessOpportunity(models.Model):
    _inherit = 'ccis.business.opportunity'

    meeting_id = fields.Many2one('ccis.b2b.meeting', string='B2B Meetings',
                                 ondelete='set null')
