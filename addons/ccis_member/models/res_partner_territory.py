"""Where the member is: province (and its region), commune, and the site that serves it."""
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_province_id = fields.Many2one(
        'ccis.province', string='Province / Prefecture', index=True, ondelete='restrict',
        track_visibility='onchange')
    ccis_region_id = fields.Many2one(
        related='ccis_province_id.region_id', string='Region', store=True, readonly=True,
        index=True)
    ccis_commune_id = fields.Many2one(
        'ccis.commune', string='Commune', index=True, ondelete='restrict')
    ccis_site_id = fields.Many2one(
        'ccis.site', string='Home Site', compute='_compute_ccis_site_id',
        store=True, index=True,
        help='Site (head office or annex) whose territorial jurisdiction covers the province.')
    ccis_my_site = fields.Boolean(
        string='Served by My Site', compute='_compute_ccis_my_site',
        search='_search_ccis_my_site')

    @api.depends('ccis_province_id', 'ccis_province_id.site_ids')
    def _compute_ccis_site_id(self):
        Site = self.env['ccis.site']
        cache = {}
        for partner in self:
            province = partner.ccis_province_id
            if not province:
                partner.ccis_site_id = False
                continue
            if province.id not in cache:
                cache[province.id] = Site.get_site_for_province(province).id
            partner.ccis_site_id = cache[province.id]

    def _compute_ccis_my_site(self):
        sites = self.env.user.ccis_site_ids
        for partner in self:
            partner.ccis_my_site = partner.ccis_site_id in sites

    def _search_ccis_my_site(self, operator, value):
        positive = (operator == '=') == bool(value)
        return [('ccis_site_id', 'in' if positive else 'not in',
                 self.env.user.ccis_site_ids.ids)]

    @api.constrains('ccis_commune_id', 'ccis_province_id')
    def _check_ccis_commune(self):
        # the members whose commune lies in another province, found by one query (a bulk
        # import checks its 10,000 new members at once; their values are stored already)
        self.env.cr.execute("""
            SELECT p.id FROM res_partner p JOIN ccis_commune c ON c.id = p.ccis_commune_id
             WHERE p.id IN %s AND c.province_id IS DISTINCT FROM p.ccis_province_id
             ORDER BY p.id LIMIT 1""", (tuple(self.ids) or (0,),))
        for partner in self.browse([row[0] for row in self.env.cr.fetchall()]):
            if partner.ccis_commune_id.province_id != partner.ccis_province_id:
                raise ValidationError(_(
                    'Member "%s": commune "%s" does not '
                    'belong to province "%s".') % (partner.name, partner.ccis_commune_id.name,
                                                   partner.ccis_province_id.name or ''))

    @api.onchange('ccis_commune_id')
    def _onchange_ccis_commune_id(self):
        if self.ccis_commune_id:
            self.ccis_province_id = self.ccis_commune_id.province_id
