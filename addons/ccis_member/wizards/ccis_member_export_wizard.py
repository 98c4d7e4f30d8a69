"""Exports of the member registry: XLSX workbooks (report action
ccis_member.ccis_member_export_xlsx_report, report/ccis_member_export_xlsx.py) and the
business directory as a PDF (QWeb report)."""
from collections import OrderedDict

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..models.res_partner import MEMBER_KINDS
from ..models.ccis_member_status_history import STATES


class CcisMemberExportWizard(models.TransientModel):
    _name = 'ccis.member.export.wizard'
    _description = 'Member Register Exports'

    report = fields.Selection(
        [('registry', 'Member Register'),
         ('distribution', 'Breakdown Tables'),
         ('directory', 'Directory of Active Members')],
        string='Export', required=True, default='registry')
    site_id = fields.Many2one('ccis.site', string='Site')
    region_id = fields.Many2one('ccis.region', string='Region')
    member_kind = fields.Selection(MEMBER_KINDS, string='Member Type')
    category_id = fields.Many2one('ccis.member.category', string='Category')
    state = fields.Selection(STATES, string='Standing')

    def _domain(self):
        domain = [('ccis_is_member', '=', True)]
        if self.site_id:
            domain.append(('ccis_site_id', '=', self.site_id.id))
        if self.region_id:
            domain.append(('ccis_region_id', '=', self.region_id.id))
        if self.member_kind:
            domain.append(('ccis_member_kind', '=', self.member_kind))
        if self.category_id:
            domain.append(('ccis_category_id', '=', self.category_id.id))
        if self.report == 'directory':
            domain.append(('ccis_state', '=', 'active'))
        elif self.state:
            domain.append(('ccis_state', '=', self.state))
        return domain

    def _directory_groups(self):
        """[(sector label, [member dicts])] of the members to list, by sector and name."""
        Partner = self.env['res.partner']
        members = Partner.search(self._domain(), order='ccis_sector_id, name')
        groups = OrderedDict()
        for rec in members.read(['name', 'ccis_name_ar', 'ccis_sector_id', 'ccis_activity',
                                 'street', 'city', 'phone', 'email', 'website',
                                 'ccis_province_id']):
            sector = rec['ccis_sector_id'][1] if rec['ccis_sector_id'] else _('Unclassified')
            groups.setdefault(sector, []).append(rec)
        return sorted(groups.items(), key=lambda item: item[0])

    def _xlsx_report_name(self):
        """The workbook's file name (without .xlsx): the export and today's date."""
        self.ensure_one()
        names = {'registry': 'registre_ressortissants', 'distribution': 'repartitions',
                 'directory': 'annuaire_ressortissants'}
        return '%s_%s' % (names[self.report], fields.Date.context_today(self))

    def _xlsx_content(self):
        """The workbook's bytes, as its report action prints them."""
        self.ensure_one()
        return self.env.ref('ccis_member.ccis_member_export_xlsx_report').render(self.ids)[0]

    @api.multi
    def action_export_xlsx(self):
        self.ensure_one()
        return self.env.ref('ccis_member.ccis_member_export_xlsx_report').report_action(
            self, config=False)

    @api.multi
    def action_print_directory(self):
        self.ensure_one()
        if self.report != 'directory':
            raise UserError(_('Only the directory is available as PDF.'))
        return self.env.ref('ccis_member.ccis_member_directory_report').report_action(self)
