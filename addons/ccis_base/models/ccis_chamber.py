from odoo import api, fields, models


class CcisChamber(models.Model):
    _name = 'ccis.chamber'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Chamber'
    _order = 'name'

    name = fields.Char(string='Name', required=True, index=True)
    name_ar = fields.Char(string='Name (Arabic)')
    code = fields.Char(string='Acronym')
    kind = fields.Selection(
        [('ccis', 'Chamber of Commerce, Industry and Services'),
         ('artisanat', 'Chamber of Crafts'),
         ('other', 'Other Chamber')],
        string='Type', required=True, default='ccis')
    region_id = fields.Many2one('ccis.region', string='Region', index=True, ondelete='restrict')
    company_id = fields.Many2one(
        'res.company', string='Company', required=True, index=True,
        default=lambda self: self.env.user.company_id)
    partner_id = fields.Many2one(
        'res.partner', string='Head Office Address',
        help="Address of the chamber's head office (by default, the company's).")
    site_ids = fields.One2many('ccis.site', 'chamber_id', string='Sites')
    head_office_id = fields.Many2one(
        'ccis.site', string='Head Office', compute='_compute_head_office_id')
    site_count = fields.Integer(string='Number of Sites', compute='_compute_counts')
    unit_count = fields.Integer(string='Number of Units', compute='_compute_counts')
    active = fields.Boolean(string='Active', default=True)

    @api.depends('site_ids.kind')
    def _compute_head_office_id(self):
        for chamber in self:
            chamber.head_office_id = chamber.site_ids.filtered(
                lambda s: s.kind == 'head_office')[:1]

    def _compute_counts(self):
        units = self.env['hr.department'].read_group(
            [('ccis_chamber_id', 'in', self.ids)], ['ccis_chamber_id'], ['ccis_chamber_id'])
        unit_counts = {d['ccis_chamber_id'][0]: d['ccis_chamber_id_count'] for d in units}
        for chamber in self:
            chamber.site_count = len(chamber.site_ids)
            chamber.unit_count = unit_counts.get(chamber.id, 0)

    @api.multi
    def action_view_units(self):
        self.ensure_one()
        action = self.env.ref('ccis_base.hr_department_ccis_action').read()[0]
        action['domain'] = [('ccis_chamber_id', '=', self.id)]
        action['context'] = {'search_default_group_site': 1}
        return action

    @api.multi
    def action_apply_structure_template(self):
        self.ensure_one()
        action = self.env.ref('ccis_base.ccis_structure_apply_wizard_action').read()[0]
        action['context'] = {'default_chamber_id': self.id}
        return action
