from odoo import fields, models


class CalendarEvent(models.Model):
    """A hearing of a mediation or arbitration case: seen only by those who see the case
    (security/ccis_mediation_security.xml)."""
    _inherit = 'calendar.event'

    ccis_mediation_case_id = fields.Many2one(
        'ccis.mediation.case', string='Mediation / Arbitration Case', index=True,
        ondelete='cascade')
