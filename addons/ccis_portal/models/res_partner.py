import logging

from odoo import api, fields, models

_logger = logging.getLogger(__name__)

# the members the public directory shows: the partial indexes below carry this predicate
DIRECTORY_DOMAIN = [
    ('ccis_is_member', '=', True),
    ('ccis_directory_published', '=', True),
    ('ccis_state', '=', 'active'),
    ('active', '=', True),
]


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_directory_published = fields.Boolean(
        string='Published in Directory', copy=False, track_visibility='onchange',
        help='The member has agreed to be listed in the public directory (name, sector, city and the contact '
             'details ticked below), as long as it is active.')
    ccis_directory_show_email = fields.Boolean(string='Publish Email', copy=False)
    ccis_directory_show_phone = fields.Boolean(string='Publish Phone', copy=False)
    ccis_directory_show_website = fields.Boolean(string='Publish Website', copy=False)
    ccis_directory_show_address = fields.Boolean(string='Publish Address', copy=False)
    ccis_update_request_ids = fields.One2many(
        'ccis.portal.update.request', 'partner_id', string='Update Requests')

    @api.model_cr
    def init(self):
        cr = self._cr
        # the directory's pages: published active members by name (one ordered index scan
        # per page), by sector or territory then name
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_directory_name_index
            ON res_partner (name, id) WHERE
                ccis_is_member AND ccis_directory_published AND ccis_state = 'active'
                AND active""")
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_directory_sector_index
            ON res_partner (ccis_sector_id, name, id) WHERE
                ccis_is_member AND ccis_directory_published AND ccis_state = 'active'
                AND active""")
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_directory_province_index
            ON res_partner (ccis_province_id, name, id) WHERE
                ccis_is_member AND ccis_directory_published AND ccis_state = 'active'
                AND active""")
        cr.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if not cr.fetchone():
            _logger.info("pg_trgm not available: the directory searches names without a "
                         "trigram index")
            return
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_directory_name_trgm_index
            ON res_partner USING gin (name gin_trgm_ops) WHERE
                ccis_is_member AND ccis_directory_published AND ccis_state = 'active'
                AND active""")

    @api.model
    def _ccis_directory_domain(self, search=None, sector_id=None, province_id=None):
        domain = list(DIRECTORY_DOMAIN)
        if search:
            domain.append(('name', 'ilike', search))
        if sector_id:
            domain.append(('ccis_sector_id', 'child_of', sector_id))
        if province_id:
            domain.append(('ccis_province_id', '=', province_id))
        return domain

    @api.model
    def _ccis_directory_page(self, search=None, sector_id=None, province_id=None,
                             page=1, per_page=20):
        """The cards of one page of the public directory and whether a next page exists:
        one query of ``per_page + 1`` rows, no count over the registry.

        The directory is public: the members are searched as superuser within the directory
        domain only, and each card holds only the published values (``_ccis_directory_card``).
        """
        page = max(int(page or 1), 1)
        domain = self._ccis_directory_domain(search, sector_id, province_id)
        offset = (page - 1) * per_page
        if search:
            partners = self.sudo().browse(
                self._ccis_directory_matches(domain, per_page + 1, offset))
        else:
            partners = self.sudo().search(domain, limit=per_page + 1, offset=offset,
                                          order='name, id')
        has_next = len(partners) > per_page
        return [p._ccis_directory_card() for p in partners[:per_page]], has_next

    @api.model
    def _ccis_directory_matches(self, domain, limit, offset):
        """Ids of one page, in name order, of the directory's members that ``domain`` (with a
        name search) selects: the matching members are gathered first (through the trigram
        index on the published members' names), then sorted. Left to itself, PostgreSQL
        walks the name index in order and filters each name, which reads most of the
        directory for a common word that sorts late: 570-740 ms for "oasis" at 1,000,000
        members (benchmarks/ccis_portal_directory_bench.py), against tens of ms this way."""
        query = self.sudo()._where_calc(domain)
        from_clause, where_clause, params = query.get_sql()
        self.env.cr.execute(
            'WITH matches AS MATERIALIZED (SELECT "res_partner".id, "res_partner".name '
            'FROM %s WHERE %s) SELECT id FROM matches ORDER BY name, id LIMIT %%s OFFSET %%s'
            % (from_clause, where_clause), params + [limit, offset])
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def _ccis_directory_member(self, partner_id):
        """The card of a published active member, or None (the page answers 404)."""
        partner = self.sudo().search(
            [('id', '=', partner_id)] + DIRECTORY_DOMAIN, limit=1)
        return partner._ccis_directory_card() if partner else None

    def _ccis_directory_card(self):
        """The public values of one member: name, sector, city and the contact fields it
        chose to publish; nothing else of the registry."""
        self.ensure_one()
        card = {
            'id': self.id,
            'name': self.name,
            'sector': self.ccis_sector_id.name or '',
            'city': self.city or '',
            'province': self.ccis_province_id.name or '',
        }
        if self.ccis_directory_show_email:
            card['email'] = self.email or ''
        if self.ccis_directory_show_phone:
            card['phone'] = self.phone or ''
        if self.ccis_directory_show_website:
            card['website'] = self.website or ''
        if self.ccis_directory_show_address:
            card['address'] = ', '.join(
                part for part in (self.street, self.street2, self.zip) if part)
        return card
