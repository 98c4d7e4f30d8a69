"""The member registry on ``res.partner``: what every member has.

The other parts of the member are in their own files, each an inheritance of
``res.partner``: identifiers (``res_partner_identifiers.py``), territory
(``res_partner_territory.py``), lifecycle (``res_partner_lifecycle.py``), possible
duplicates (``res_partner_duplicates.py``) and the creation in bulk of the import
(``res_partner_bulk.py``).
"""
import logging

from odoo import SUPERUSER_ID, api, fields, models

_logger = logging.getLogger(__name__)

MEMBER_KINDS = [
    ('company', 'Company'),
    ('trader', 'Trader or Craftsman (Individual)'),
    ('auto_entrepreneur', 'Auto-Entrepreneur'),
    ('cooperative', 'Cooperative'),
    ('association', 'Association'),
    ('federation', 'Federation'),
]
STAFF_BANDS = [
    ('0', 'No Employees'),
    ('1_9', '1 to 9 Employees'),
    ('10_49', '10 to 49 Employees'),
    ('50_199', '50 to 199 Employees'),
    ('200_499', '200 to 499 Employees'),
    ('500', '500 Employees or More'),
]
REVENUE_BANDS = [
    ('lt_1', 'Less than MAD 1 million'),
    ('1_10', 'MAD 1 to 10 million'),
    ('10_50', 'MAD 10 to 50 million'),
    ('50_175', 'MAD 50 to 175 million'),
    ('gt_175', 'Over MAD 175 million'),
]


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_is_member = fields.Boolean(
        string='Member', index=True, copy=False,
        help='Company, craftsman, cooperative or association served by the chamber.')
    ccis_member_kind = fields.Selection(
        MEMBER_KINDS, string='Member Type', index=True,
        track_visibility='onchange')
    ccis_legal_form_id = fields.Many2one(
        'ccis.member.legal.form', string='Legal Form', index=True, ondelete='restrict')
    ccis_name_ar = fields.Char(string='Corporate Name (Arabic)')
    ccis_acronym = fields.Char(string='Acronym / Trade Name')
    # activity and size
    ccis_sector_id = fields.Many2one(
        'ccis.member.sector', string='Business Sector', index=True, ondelete='restrict',
        track_visibility='onchange')
    ccis_category_id = fields.Many2one(
        related='ccis_sector_id.category_id', string='Category', store=True, readonly=True,
        index=True)
    ccis_activity = fields.Char(string='Business Activity')
    ccis_staff_band = fields.Selection(STAFF_BANDS, string='Headcount', index=True)
    ccis_revenue_band = fields.Selection(REVENUE_BANDS, string='Revenue', index=True)
    ccis_capital = fields.Float(string='Capital (MAD)', digits=(16, 2))
    # dates
    ccis_creation_date = fields.Date(string='Creation Date')
    ccis_registration_date = fields.Date(
        string='Chamber Registration Date', index=True)
    ccis_founding_date = fields.Date(string='Incorporation Date')
    # cooperatives and associations
    ccis_members_women = fields.Integer(string='Members: Women')
    ccis_members_men = fields.Integer(string='Members: Men')
    ccis_members_total = fields.Integer(
        string='Total Members', compute='_compute_ccis_members_total', store=True)
    ccis_bureau_line_ids = fields.One2many(
        'ccis.member.bureau.line', 'partner_id', string='Bureau')
    # documents and requests
    ccis_document_ids = fields.One2many(
        'ccis.member.document', 'partner_id', string='Documents')
    ccis_document_count = fields.Integer(
        string='Number of Documents', compute='_compute_ccis_document_count')
    ccis_request_ids = fields.One2many(
        'ccis.member.request', 'partner_id', string='Requests')
    ccis_request_count = fields.Integer(
        string='Number of Requests', compute='_compute_ccis_request_count')

    _sql_constraints = [
        ('ccis_members_positive', 'check(ccis_members_women >= 0 AND ccis_members_men >= 0)',
         'The number of members cannot be negative.'),
    ]

    @api.model_cr
    def init(self):
        """Indexes the ORM does not create."""
        cr = self._cr
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_rc_court_index
            ON res_partner (ccis_rc, ccis_court_id) WHERE ccis_rc IS NOT NULL""")
        # the active members only, with their id: the distributions by status and province
        # (read_group counts ids) and the count of the members' list's pager read this index
        # alone; the former index also held the archived members, and no id
        cr.execute("DROP INDEX IF EXISTS res_partner_ccis_member_state_index")
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_active_member_state_index
            ON res_partner (ccis_state, ccis_province_id) INCLUDE (id)
            WHERE ccis_is_member AND active""")
        try:
            with cr.savepoint():
                cr.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception:  # pylint: disable=broad-except
            _logger.info("pg_trgm not available: no trigram index on member names")
            return
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_name_trgm_index
            ON res_partner USING gin (name gin_trgm_ops) WHERE ccis_is_member""")
        # the members' search view looks for a name in the name, the Arabic name and the
        # acronym (one bitmap OR, res_partner_search.py gathers the matches first)
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_name_ar_trgm_index
            ON res_partner USING gin (ccis_name_ar gin_trgm_ops) WHERE ccis_is_member""")
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_acronym_trgm_index
            ON res_partner USING gin (ccis_acronym gin_trgm_ops) WHERE ccis_is_member""")
        # res.partner's name_search filters on these four columns with ILIKE (one bitmap
        # OR): without trigram indexes it scans the whole table
        cr.execute("""CREATE INDEX IF NOT EXISTS res_partner_display_name_trgm_index
                      ON res_partner USING gin (display_name gin_trgm_ops)""")
        cr.execute("""CREATE INDEX IF NOT EXISTS res_partner_email_trgm_index
                      ON res_partner USING gin (email gin_trgm_ops)""")
        cr.execute("""CREATE INDEX IF NOT EXISTS res_partner_ref_trgm_index
                      ON res_partner USING gin (ref gin_trgm_ops)""")
        cr.execute("""CREATE INDEX IF NOT EXISTS res_partner_vat_trgm_index
                      ON res_partner USING gin (vat gin_trgm_ops)""")

    @api.depends('ccis_members_women', 'ccis_members_men')
    def _compute_ccis_members_total(self):
        for partner in self:
            partner.ccis_members_total = partner.ccis_members_women + partner.ccis_members_men

    def _compute_ccis_document_count(self):
        data = self.env['ccis.member.document'].read_group(
            [('partner_id', 'in', self.ids)], ['partner_id'], ['partner_id'])
        counts = {d['partner_id'][0]: d['partner_id_count'] for d in data}
        for partner in self:
            partner.ccis_document_count = counts.get(partner.id, 0)

    def _compute_ccis_request_count(self):
        data = self.env['ccis.member.request'].read_group(
            [('partner_id', 'in', self.ids)], ['partner_id'], ['partner_id'])
        counts = {d['partner_id'][0]: d['partner_id_count'] for d in data}
        for partner in self:
            partner.ccis_request_count = counts.get(partner.id, 0)

    @api.onchange('ccis_member_kind')
    def _onchange_ccis_member_kind(self):
        if self.ccis_member_kind:
            self.is_company = self.ccis_member_kind not in ('trader', 'auto_entrepreneur')

    @api.model
    def name_search(self, name, args=None, operator='ilike', limit=100):
        """res.partner's name search, in two steps that stop at ``limit``: the display-name
        matches first (by display name), then ``super()`` for the rest (e-mail, reference,
        tax id). Odoo's single query sorts every match, which takes half a second for a
        common word among a million members. Same results in the same order."""
        if not (name and operator == 'ilike' and limit):
            return super().name_search(name, args=args, operator=operator, limit=limit)
        args = list(args or [])
        partners = self.search(args + [('display_name', 'ilike', name)], limit=limit,
                               order='display_name')
        if len(partners) == limit:
            return partners.name_get()
        if partners:
            # fewer than ``limit``: every display-name match is found
            args = args + [('id', 'not in', partners.ids)]
        others = super().name_search(name, args=args, operator=operator,
                                     limit=limit - len(partners))
        return partners.name_get() + others

    @api.multi
    def action_ccis_documents(self):
        self.ensure_one()
        action = self.env.ref('ccis_member.ccis_member_document_action').read()[0]
        action['domain'] = [('partner_id', '=', self.id)]
        action['context'] = {'default_partner_id': self.id}
        return action

    @api.multi
    def action_ccis_requests(self):
        self.ensure_one()
        action = self.env.ref('ccis_member.ccis_member_request_action').read()[0]
        action['domain'] = [('partner_id', '=', self.id)]
        action['context'] = {'default_partner_id': self.id}
        return action

    @api.model
    def _ccis_refused_ids(self, ids, operation):
        """The ids among ``ids`` that the user's record rules refuse for ``operation``
        (what ``check_access_rule`` checks, without raising): one query per 1,000 ids."""
        if self.env.uid == SUPERUSER_ID or not ids:
            return set()
        where, params, tables = self.env['ir.rule'].domain_get(self._name, operation)
        if not where:
            return set()
        query = 'SELECT "res_partner".id FROM %s WHERE "res_partner".id IN %%s AND %s' % (
            ', '.join(tables), ' AND '.join(where))
        allowed = set()
        for sub_ids in self._cr.split_for_in_conditions(list(ids)):
            self._cr.execute(query, [sub_ids] + params)
            allowed.update(row[0] for row in self._cr.fetchall())
        return set(ids) - allowed
