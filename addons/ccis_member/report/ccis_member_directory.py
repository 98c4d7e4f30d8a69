from odoo import api, fields, models


class ReportCcisMemberDirectory(models.AbstractModel):
    _name = 'report.ccis_member.report_member_directory'
    _description = 'Member Directory (PDF)'

    @api.model
    def get_report_values(self, docids, data=None):
        wizards = self.env['ccis.member.export.wizard'].browse(docids)
        return {
            'doc_ids': docids,
            'doc_model': 'ccis.member.export.wizard',
            'docs': wizards,
            'groups': wizards[:1]._directory_groups() if wizards else [],
            'company': self.env.user.company_id,
            'today': fields.Date.context_today(self),
        }
