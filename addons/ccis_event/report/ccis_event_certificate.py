from odoo import _, api, models
from odoo.exceptions import UserError


class CcisEventCertificateReport(models.AbstractModel):
    """Certificates of attendance: only for participants present at a training session."""

    _name = 'report.ccis_event.report_ccis_event_certificate'
    _description = 'Certificate of Attendance'

    @api.model
    def get_report_values(self, docids, data=None):
        registrations = self.env['event.registration'].browse(docids)
        eligible = registrations.filtered('ccis_certificate_available')
        if not eligible:
            raise UserError(_('No certificate: only participants present at a training session receive one.'))
        return {
            'doc_ids': eligible.ids,
            'doc_model': 'event.registration',
            'docs': eligible,
            'company': self.env.user.company_id,
        }
