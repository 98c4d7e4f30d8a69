from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class CcisSite(models.Model):
    _name = 'ccis.site'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Chamber Site'
    _order = 'chamber_id, sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Name', required=True, index=True)
    name_ar = fields.Char(string='Name (Arabic)')
    code = fields.Char(string='Code', required=True, index=True)
    kind = fields.Selection(
        [('head_office', 'Regional Head Office'), ('annex', 'Annex')],
        string='Type', required=True, default='annex', index=True)
    chamber_id = fields.Many2one(
        'ccis.chamber', string='Chamber', required=True, index=True, ondelete='cascade')
    company_id = fields.Many2one(
        'res.company', string='Company', related='chamber_id.company_id', store=True,
        readonly=True)
    province_ids = fields.Many2many(
        'ccis.province', 'ccis_site_province_rel', 'site_id', 'province_id',
        string='Territorial Jurisdiction',
        help='Provinces and prefectures served by this site.')
    partner_id = fields.Many2one('res.partner', string='Address')
    director_id = fields.Many2one('hr.employee', string='Director', index=True)
    unit_ids = fields.One2many('hr.department', 'site_id', string='Units')
    unit_count = fields.Integer(string='Number of Units', compute='_compute_unit_count')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_chamber_uniq', 'unique(chamber_id, code)',
         'The site code must be unique within the chamber.'),
    ]

    def _compute_unit_count(self):
        data = self.env['hr.department'].read_group(
            [('site_id', 'in', self.ids)], ['site_id'], ['site_id'])
        counts = {d['site_id'][0]: d['site_id_count'] for d in data}
        for site in self:
            site.unit_count = counts.get(site.id, 0)

    @api.constrains('kind', 'chamber_id')
    def _check_single_head_office(self):
        for site in self.filtered(lambda s: s.kind == 'head_office'):
            others = site.chamber_id.site_ids.filtered(
                lambda s: s.kind == 'head_office' and s != site)
            if others:
                raise ValidationError(_(
                    'Site "%s": chamber "%s" already has a regional head office ("%s").')
                    % (site.name, site.chamber_id.name, others[0].name))

    @api.constrains('province_ids', 'chamber_id')
    def _check_province_ids(self):
        for site in self:
            region = site.chamber_id.region_id
            for province in site.province_ids:
                if region and province.region_id != region:
                    raise ValidationError(_(
                        'Site "%s": province "%s" does not belong '
                        'to region "%s" of the chamber.') % (site.name, province.name, region.name))
                others = province.site_ids.filtered(
                    lambda s: s.chamber_id == site.chamber_id and s != site)
                if others:
                    raise ValidationError(_(
                        'Site "%s": province "%s" is already served '
                        'by site "%s" of the same chamber.') % (site.name, province.name, others[0].name))

    @api.model
    def get_site_for_province(self, province, chamber=None):
        """Return the site serving ``province`` (a ccis.province record or id).

        The site whose territorial competence lists the province wins; when no site lists
        it, the head office of a chamber of the province's region serves it. Sites of the
        given ``chamber`` only, else those of the current user's company first.
        Returns an empty recordset when no site serves the province.
        """
        # which site serves a province is public knowledge (sites are readable by every
        # role) and must not depend on the multi-company rules: read as superuser, only
        # sites are read and nothing is written
        Site = self.sudo()
        if isinstance(province, int):
            province = self.env['ccis.province'].browse(province)
        if not province:
            return self.browse()
        province = province[0]
        domain = [('chamber_id', '=', chamber.id)] if chamber else []
        sites = Site.search(domain + [('province_ids', 'in', province.ids)])
        if not sites and province.region_id:
            sites = Site.search(domain + [
                ('kind', '=', 'head_office'),
                ('chamber_id.region_id', '=', province.region_id.id)])
        if len(sites) > 1:
            company = self.env.user.company_id
            own = sites.filtered(lambda s: s.company_id == company)
            ccis = (own or sites).filtered(lambda s: s.chamber_id.kind == 'ccis')
            sites = ccis or own or sites
        return self.browse(sites[:1].id)

    @api.multi
    def _organisation_chart_roots(self):
        """The site's top units: those whose parent is not on the site, by sequence."""
        self.ensure_one()
        return self.unit_ids.filtered(
            lambda u: u.parent_id.site_id != self).sorted(key=lambda u: (u.sequence, u.name))
