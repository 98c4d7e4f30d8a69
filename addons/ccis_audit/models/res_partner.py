from odoo import api, models


class ResPartner(models.Model):
    _inherit = 'res.partner'

    @api.multi
    def _ccis_bulk_created(self):
        """Members created in bulk (the member import) are in the audit trail as those
        created one by one: their creation and that of their first status."""
        res = super(ResPartner, self)._ccis_bulk_created()
        Rule = self.env['auditlog.rule']
        Rule._ccis_log_bulk_create(self)
        Rule._ccis_log_bulk_create(self.env['ccis.member.status.history'].sudo().search(
            [('partner_id', 'in', self.ids)]))
        return res
