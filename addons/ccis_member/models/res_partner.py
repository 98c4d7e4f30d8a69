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
    ('company', 'Société'),
    ('trader', 'Commerçant ou artisan (personne physique)'),
    ('auto_entrepreneur', 'Auto-entrepreneur'),
    ('cooperative', 'Coopérative'),
    ('association', 'Association'),
    ('federation', 'Fédération'),
]
STAFF_BANDS = [
    ('0', 'Sans salarié'),
    ('1_9', '1 à 9 salariés'),
    ('10_49', '10 à 49 salariés'),
    ('50_199', '50 à 199 salariés'),
    ('200_499', '200 à 499 salariés'),
    ('500', '500 salariés et plus'),
]
REVENUE_BANDS = [
    ('lt_1', "Moins de 1 MDH"),
    ('1_10', "1 à 10 MDH"),
    ('10_50', "10 à 50 MDH"),
    ('50_175', "50 à 175 MDH"),
    ('gt_175', "Plus de 175 MDH"),
]


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_is_member = fields.Boolean(
        string='Ressortissant', index=True, copy=False,
        help="Entreprise, artisan, coopérative ou association servi par la chambre.")
    ccis_member_kind = fields.Selection(
        MEMBER_KINDS, string='Type de ressortissant', index=True,
        track_visibility='onchange')
    ccis_legal_form_id = fields.Many2one(
        'ccis.member.legal.form', string='Forme juridique', index=True, ondelete='restrict')
    ccis_name_ar = fields.Char(string='Raison sociale (arabe)')
    ccis_acronym = fields.Char(string='Sigle / enseigne')
    # activity and size
    ccis_sector_id = fields.Many2one(
        'ccis.member.sector', string="Secteur d'activité", index=True, ondelete='restrict',
        track_visibility='onchange')
    ccis_category_id = fields.Many2one(
        related='ccis_sector_id.category_id', string='Catégorie', store=True, readonly=True,
        index=True)
    ccis_activity = fields.Char(string='Activité exercée')
    ccis_staff_band = fields.Selection(STAFF_BANDS, string='Effectif', index=True)
    ccis_revenue_band = fields.Selection(REVENUE_BANDS, string="Chiffre d'affaires", index=True)
    ccis_capital = fields.Float(string='Capital (MAD)', digits=(16, 2))
    # dates
    ccis_creation_date = fields.Date(string='Date de création')
    ccis_registration_date = fields.Date(
        string="Date d'inscription à la chambre", index=True)
    ccis_founding_date = fields.Date(string='Date de constitution')
    # cooperatives and associations
    ccis_members_women = fields.Integer(string='Adhérents : femmes')
    ccis_members_men = fields.Integer(string='Adhérents : hommes')
    ccis_members_total = fields.Integer(
        string='Adhérents', compute='_compute_ccis_members_total', store=True)
    ccis_bureau_line_ids = fields.One2many(
        'ccis.member.bureau.line', 'partner_id', string='Bureau')
    # documents and requests
    ccis_document_ids = fields.One2many(
        'ccis.member.document', 'partner_id', string='Documents')
    ccis_document_count = fields.Integer(
        string='Nombre de documents', compute='_compute_ccis_document_count')
    ccis_request_ids = fields.One2many(
        'ccis.member.request', 'partner_id', string='Demandes')
    ccis_request_count = fields.Integer(
        string='Nombre de demandes', compute='_compute_ccis_request_count')

    _sql_constraints = [
        ('ccis_members_positive', 'check(ccis_members_women >= 0 AND ccis_members_men >= 0)',
         "Le nombre d'adhérents ne peut pas être négatif."),
    ]

    @api.model_cr
    def init(self):
        """Indexes the ORM does not create."""
        cr = self._cr
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_rc_court_index
            ON res_partner (ccis_rc, ccis_court_id) WHERE ccis_rc IS NOT NULL""")
        cr.execute("""
            CREATE INDEX IF NOT EXISTS res_partner_ccis_member_state_index
            ON res_partner (ccis_state, ccis_province_id) WHERE ccis_is_member""")
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
