from odoo import api, fields, models

from .structure_rules import order_parents_first


class CcisStructureTemplate(models.Model):
    """An organisation structure that can be applied to a chamber (sites, units, missions)."""
    _name = 'ccis.structure.template'
    _description = 'Structure Template'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Name', required=True)
    chamber_kind = fields.Selection(
        [('ccis', 'Chamber of Commerce, Industry and Services'),
         ('artisanat', 'Chamber of Crafts'),
         ('other', 'Other Chamber')],
        string='Chamber Type', required=True, default='ccis')
    description = fields.Text(string='Description')
    site_ids = fields.One2many(
        'ccis.structure.template.site', 'template_id', string='Sites', copy=True)
    line_ids = fields.One2many(
        'ccis.structure.template.line', 'template_id', string='Units', copy=True)
    line_count = fields.Integer(string='Number of Units', compute='_compute_line_count')
    active = fields.Boolean(string='Active', default=True)

    def _compute_line_count(self):
        for template in self:
            template.line_count = len(template.line_ids)

    # -- business methods -------------------------------------------------------------

    @api.multi
    def apply_to_chamber(self, chamber):
        """Create the template's sites, units and missions in ``chamber`` (record or id).

        Idempotent: a site of the same code in the chamber (or the chamber's head office
        for the template's head office), a unit of the same code in the
        chamber, a mission of the same name in the unit are reused, never created twice.
        Existing records are left as they are. Returns the numbers created.
        """
        self.ensure_one()
        if isinstance(chamber, int):
            chamber = self.env['ccis.chamber'].browse(chamber)
        Site = self.env['ccis.site'].with_context(active_test=False)
        Unit = self.env['hr.department'].with_context(active_test=False)
        Mission = self.env['ccis.unit.mission'].with_context(active_test=False)
        result = {'sites': 0, 'units': 0, 'missions': 0}

        sites = {}
        for tmpl_site in self.site_ids:
            site = Site.search([('chamber_id', '=', chamber.id),
                                ('code', '=', tmpl_site.code)], limit=1)
            if not site and tmpl_site.kind == 'head_office':
                # a chamber has one head office: the template's is the existing one
                site = chamber.head_office_id
            if not site:
                served = chamber.site_ids.mapped('province_ids')
                provinces = tmpl_site.province_ids.filtered(
                    lambda p: p not in served
                    and (not chamber.region_id or p.region_id == chamber.region_id))
                site = Site.create({
                    'name': tmpl_site.name,
                    'name_ar': tmpl_site.name_ar,
                    'code': tmpl_site.code,
                    'kind': tmpl_site.kind,
                    'sequence': tmpl_site.sequence,
                    'chamber_id': chamber.id,
                    'province_ids': [(6, 0, provinces.ids)],
                })
                result['sites'] += 1
            sites[tmpl_site] = site

        units = {}
        for line in self._lines_parents_first():
            unit = Unit.search([('ccis_chamber_id', '=', chamber.id),
                                ('code', '=', line.code)], limit=1)
            if not unit:
                unit = Unit.create({
                    'name': line.name,
                    'code': line.code,
                    'ccis_kind': line.ccis_kind,
                    'sequence': line.sequence,
                    'site_id': sites[line.site_tmpl_id].id,
                    'parent_id': units[line.parent_id].id if line.parent_id else False,
                    'company_id': chamber.company_id.id,
                })
                result['units'] += 1
            units[line] = unit
            existing = set(Mission.search([('unit_id', '=', unit.id)]).mapped('name'))
            to_create = [{
                'unit_id': unit.id,
                'sequence': mission.sequence,
                'name': mission.name,
                'description': mission.description,
            } for mission in line.mission_ids if mission.name not in existing]
            for vals in to_create:
                Mission.create(vals)
            result['missions'] += len(to_create)
        return result

    @api.multi
    def _lines_parents_first(self):
        """The template's lines, every parent before its children."""
        self.ensure_one()
        lines = order_parents_first(self.line_ids, lambda line: line.parent_id or None)
        return self.env['ccis.structure.template.line'].concat(*lines)
