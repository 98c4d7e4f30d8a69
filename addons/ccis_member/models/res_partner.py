import json
import logging
import re

from psycopg2.extras import execute_values

from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import html_escape

from ..tools import identifiers, lifecycle, normalize
from .ccis_member_status_history import STATES

_logger = logging.getLogger(__name__)

PARAM_DORMANCY_MONTHS = 'ccis_member.dormancy_months'
DEFAULT_DORMANCY_MONTHS = 24

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
# fields whose values are cleaned before being stored
_CLEANERS = {
    'ccis_ice': identifiers.clean_ice,
    'ccis_if': identifiers.clean_digits,
    'ccis_tp': identifiers.clean_digits,
    'ccis_cnss': identifiers.clean_digits,
    'ccis_manager_cin': identifiers.clean_cin,
    'ccis_rc': identifiers.clean_rc,
}


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
    # identifiers
    ccis_ice = fields.Char(
        string='ICE', size=20, index=True, copy=False, track_visibility='onchange',
        help="Identifiant commun de l'entreprise : 15 chiffres, divisible par 97.")
    ccis_rc = fields.Char(
        string='N° RC', index=True, copy=False, track_visibility='onchange',
        help='Numéro au registre du commerce, propre au tribunal qui le tient.')
    ccis_court_id = fields.Many2one(
        'ccis.member.court', string='Tribunal du RC', index=True, ondelete='restrict')
    ccis_if = fields.Char(string='Identifiant fiscal (IF)', index=True, copy=False)
    ccis_tp = fields.Char(string='Taxe professionnelle (patente)', index=True, copy=False)
    ccis_cnss = fields.Char(string='N° CNSS', index=True, copy=False)
    ccis_manager_name = fields.Char(string='Dirigeant')
    ccis_manager_cin = fields.Char(string='CIN du dirigeant', index=True, copy=False)
    ccis_ae_number = fields.Char(
        string="N° registre de l'auto-entrepreneur", index=True, copy=False)
    ccis_artisan_card = fields.Char(
        string="N° registre national de l'artisanat", index=True, copy=False)
    ccis_coop_register = fields.Char(
        string='N° registre des coopératives', index=True, copy=False,
        help='Numéro au registre central des coopératives (ODCO) ou au registre local.')
    ccis_association_declaration = fields.Char(
        string='N° récépissé de déclaration', index=True, copy=False,
        help="Récépissé de déclaration de l'association auprès de l'autorité locale.")
    ccis_association_declaration_date = fields.Date(string='Date de déclaration')
    # activity and size
    ccis_sector_id = fields.Many2one(
        'ccis.member.sector', string="Secteur d'activité", index=True, ondelete='restrict',
        track_visibility='onchange')
    ccis_category = fields.Selection(
        related='ccis_sector_id.category', string='Catégorie', store=True, readonly=True,
        index=True)
    ccis_activity = fields.Char(string='Activité exercée')
    ccis_staff_band = fields.Selection(STAFF_BANDS, string='Effectif', index=True)
    ccis_revenue_band = fields.Selection(REVENUE_BANDS, string="Chiffre d'affaires", index=True)
    ccis_capital = fields.Float(string='Capital (MAD)', digits=(16, 2))
    # territory
    ccis_province_id = fields.Many2one(
        'ccis.province', string='Province / préfecture', index=True, ondelete='restrict',
        track_visibility='onchange')
    ccis_region_id = fields.Many2one(
        related='ccis_province_id.region_id', string='Région', store=True, readonly=True,
        index=True)
    ccis_commune_id = fields.Many2one(
        'ccis.commune', string='Commune', index=True, ondelete='restrict')
    ccis_site_id = fields.Many2one(
        'ccis.site', string='Site de rattachement', compute='_compute_ccis_site_id',
        store=True, index=True,
        help='Site (siège ou annexe) dont la compétence territoriale couvre la province.')
    ccis_my_site = fields.Boolean(
        string='Servi par mon site', compute='_compute_ccis_my_site',
        search='_search_ccis_my_site')
    # dates
    ccis_creation_date = fields.Date(string='Date de création')
    ccis_registration_date = fields.Date(
        string="Date d'inscription à la chambre", index=True)
    ccis_founding_date = fields.Date(string='Date de constitution')
    ccis_members_women = fields.Integer(string='Adhérents : femmes')
    ccis_members_men = fields.Integer(string='Adhérents : hommes')
    ccis_members_total = fields.Integer(
        string='Adhérents', compute='_compute_ccis_members_total', store=True)
    ccis_bureau_line_ids = fields.One2many(
        'ccis.member.bureau.line', 'partner_id', string='Bureau')
    # lifecycle
    ccis_state = fields.Selection(
        STATES, string='Statut', index=True, copy=False,
        track_visibility='onchange')
    ccis_state_date = fields.Date(string='Statut depuis le', readonly=True, copy=False)
    ccis_status_history_ids = fields.One2many(
        'ccis.member.status.history', 'partner_id', string='Historique des statuts',
        readonly=True)
    ccis_last_activity_date = fields.Date(
        string='Dernière activité', index=True, copy=False,
        help="Dernier échange enregistré avec le ressortissant (changement de statut, "
             "document, message, participation...).")
    ccis_dormancy_proposed = fields.Boolean(
        string='Mise en sommeil proposée', index=True, readonly=True, copy=False)
    ccis_dormancy_proposed_date = fields.Date(
        string='Proposée le', readonly=True, copy=False)
    # documents
    ccis_document_ids = fields.One2many(
        'ccis.member.document', 'partner_id', string='Documents')
    ccis_document_count = fields.Integer(
        string='Nombre de documents', compute='_compute_ccis_document_count')
    ccis_request_ids = fields.One2many(
        'ccis.member.request', 'partner_id', string='Demandes')
    ccis_request_count = fields.Integer(
        string='Nombre de demandes', compute='_compute_ccis_request_count')
    # duplicates
    ccis_name_key = fields.Char(
        string='Nom normalisé', compute='_compute_ccis_name_keys', store=True, index=True)
    ccis_name_skeleton = fields.Char(
        string='Squelette du nom', compute='_compute_ccis_name_keys', store=True, index=True)
    ccis_name_ar_skeleton = fields.Char(
        string='Squelette du nom arabe', compute='_compute_ccis_name_keys', store=True,
        index=True)
    ccis_duplicate_ids = fields.Many2many(
        'res.partner', string='Doublons possibles', compute='_compute_ccis_duplicate_ids',
        search='_search_ccis_duplicate_ids')
    ccis_duplicate_count = fields.Integer(
        string='Nombre de doublons possibles', compute='_compute_ccis_duplicate_ids')

    _sql_constraints = [
        ('ccis_ice_uniq', 'unique(ccis_ice)',
         "Cet ICE est déjà attribué à un autre ressortissant."),
        ('ccis_members_positive', 'check(ccis_members_women >= 0 AND ccis_members_men >= 0)',
         "Le nombre d'adhérents ne peut pas être négatif."),
    ]

    # ------------------------------------------------------------------
    # init: indexes the ORM does not create
    # ------------------------------------------------------------------
    @api.model_cr
    def init(self):
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

    # ------------------------------------------------------------------
    # computes
    # ------------------------------------------------------------------
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

    @api.depends('name', 'ccis_name_ar', 'ccis_is_member')
    def _compute_ccis_name_keys(self):
        for partner in self:
            if not partner.ccis_is_member:
                partner.ccis_name_key = False
                partner.ccis_name_skeleton = False
                partner.ccis_name_ar_skeleton = False
                continue
            partner.ccis_name_key = normalize.name_key(partner.name)
            partner.ccis_name_skeleton = normalize.name_skeleton(partner.name)
            partner.ccis_name_ar_skeleton = normalize.name_skeleton(partner.ccis_name_ar)

    def _ccis_duplicate_domain(self):
        """Domain of the members that may be the same business as ``self``."""
        self.ensure_one()
        clauses = []
        if self.ccis_rc and self.ccis_court_id:
            clauses.append(['&', ('ccis_rc', '=', self.ccis_rc),
                            ('ccis_court_id', '=', self.ccis_court_id.id)])
        if self.ccis_name_key:
            clauses.append([('ccis_name_key', '=', self.ccis_name_key)])
        skeletons = [s for s in (self.ccis_name_skeleton, self.ccis_name_ar_skeleton) if s]
        if skeletons:
            clauses.append([('ccis_name_skeleton', 'in', skeletons)])
            clauses.append([('ccis_name_ar_skeleton', 'in', skeletons)])
        if not clauses:
            return None
        domain = ['|'] * (len(clauses) - 1)
        for clause in clauses:
            domain += clause
        own_id = self.id if isinstance(self.id, int) else 0
        return [('ccis_is_member', '=', True), ('id', '!=', own_id)] + domain

    @api.depends('name', 'ccis_name_ar', 'ccis_rc', 'ccis_court_id')
    def _compute_ccis_duplicate_ids(self):
        for partner in self:
            domain = partner.ccis_is_member and partner._ccis_duplicate_domain()
            duplicates = self.search(domain, limit=50) if domain else self.browse()
            partner.ccis_duplicate_ids = duplicates
            partner.ccis_duplicate_count = len(duplicates)

    def _search_ccis_duplicate_ids(self, operator, value):
        """Only ``('ccis_duplicate_ids', '!=', False)``: members having a possible duplicate."""
        if operator not in ('!=', '=') or value is not False:
            raise UserError(_("Recherche non prise en charge sur les doublons possibles."))
        # one pass over the members: group them by each key, keep keys shared by several
        self._cr.execute("""
            WITH keys AS (
                SELECT id, 'R' || ccis_court_id || ':' || ccis_rc AS k FROM res_partner
                 WHERE ccis_is_member AND active AND ccis_rc IS NOT NULL
                       AND ccis_court_id IS NOT NULL
                UNION ALL
                SELECT id, 'N' || ccis_name_key FROM res_partner
                 WHERE ccis_is_member AND active AND ccis_name_key IS NOT NULL
                UNION ALL
                SELECT id, 'S' || ccis_name_skeleton FROM res_partner
                 WHERE ccis_is_member AND active AND ccis_name_skeleton IS NOT NULL
                UNION ALL
                SELECT id, 'S' || ccis_name_ar_skeleton FROM res_partner
                 WHERE ccis_is_member AND active AND ccis_name_ar_skeleton IS NOT NULL
            ), shared AS (
                SELECT array_agg(DISTINCT id) AS ids FROM keys GROUP BY k
                HAVING count(DISTINCT id) > 1
            )
            SELECT DISTINCT unnest(ids) FROM shared
        """)
        ids = [row[0] for row in self._cr.fetchall()]
        return [('id', 'in' if operator == '!=' else 'not in', ids)]

    # ------------------------------------------------------------------
    # constraints
    # ------------------------------------------------------------------
    @api.model
    def _ccis_check_identifier_values(self, name, vals, court=None):
        """French error messages for identifier values (cleaned, as stored) of the member
        called ``name``; used by the constraint and by the import wizard."""
        return [message for _field, message in self._ccis_identifier_problems(name, vals)]

    @api.model
    def _ccis_identifier_problems(self, name, vals):
        """``[(field name, French message)]`` for the identifier values of ``vals``."""
        name = name or ''
        ice = vals.get('ccis_ice')
        errors = []
        code = identifiers.check_ice(ice)
        if code == 'digits':
            errors.append(('ccis_ice', _("Ressortissant « %s » : l'ICE %s ne doit contenir "
                                         "que des chiffres.") % (name, ice)))
        elif code == 'length':
            errors.append(('ccis_ice', _("Ressortissant « %s » : l'ICE %s doit compter 15 "
                                         "chiffres.") % (name, ice)))
        elif code == 'checksum':
            errors.append(('ccis_ice', _(
                "Ressortissant « %s » : l'ICE %s n'est pas valide (clé de contrôle : le "
                "nombre doit être divisible par 97).") % (name, ice)))
        if identifiers.check_if(vals.get('ccis_if')):
            errors.append(('ccis_if', _(
                "Ressortissant « %s » : l'identifiant fiscal %s doit être numérique et "
                "compter 7 ou 8 chiffres.") % (name, vals.get('ccis_if'))))
        if identifiers.check_numeric(vals.get('ccis_tp'), 5, 12):
            errors.append(('ccis_tp', _(
                "Ressortissant « %s » : le numéro de taxe professionnelle %s doit être "
                "numérique (5 à 12 chiffres).") % (name, vals.get('ccis_tp'))))
        if identifiers.check_numeric(vals.get('ccis_cnss'), 7, 10):
            errors.append(('ccis_cnss', _(
                "Ressortissant « %s » : le numéro CNSS %s doit être numérique (7 à 10 "
                "chiffres).") % (name, vals.get('ccis_cnss'))))
        if identifiers.check_cin(vals.get('ccis_manager_cin')):
            errors.append(('ccis_manager_cin', _(
                "Ressortissant « %s » : la CIN du dirigeant %s doit compter une ou deux "
                "lettres suivies de chiffres (ex. : A123456).")
                % (name, vals.get('ccis_manager_cin'))))
        if vals.get('ccis_rc') and not vals.get('ccis_court_id'):
            errors.append(('ccis_court_id', _(
                "Ressortissant « %s » : le numéro RC %s doit être accompagné du tribunal qui "
                "le tient.") % (name, vals.get('ccis_rc'))))
        return errors

    def _ccis_identifier_errors(self):
        self.ensure_one()
        vals = {f: self[f] for f in ('ccis_ice', 'ccis_if', 'ccis_tp', 'ccis_cnss',
                                     'ccis_manager_cin', 'ccis_rc')}
        vals['ccis_court_id'] = self.ccis_court_id.id
        return self._ccis_check_identifier_values(self.name, vals)

    @api.constrains('ccis_ice', 'ccis_if', 'ccis_tp', 'ccis_cnss', 'ccis_manager_cin',
                    'ccis_rc', 'ccis_court_id')
    def _check_ccis_identifiers(self):
        for partner in self:
            errors = partner._ccis_identifier_errors()
            if errors:
                raise ValidationError("\n".join(errors))

    @api.constrains('ccis_ice')
    def _check_ccis_ice_unique(self):
        with_ice = self.filtered('ccis_ice')
        if not with_ice:
            return
        seen = {}
        for partner in with_ice:
            if partner.ccis_ice in seen:
                raise ValidationError(_(
                    "Ressortissant « %s » : l'ICE %s est déjà celui du ressortissant « %s ».")
                    % (partner.name, partner.ccis_ice, seen[partner.ccis_ice].name))
            seen[partner.ccis_ice] = partner
        others = self.with_context(active_test=False).search([
            ('ccis_ice', 'in', list(seen)), ('id', 'not in', with_ice.ids)])
        for other in others:
            partner = seen[other.ccis_ice]
            raise ValidationError(_(
                "Ressortissant « %s » : l'ICE %s est déjà celui du ressortissant « %s ».")
                % (partner.name, partner.ccis_ice, other.name))

    @api.constrains('ccis_commune_id', 'ccis_province_id')
    def _check_ccis_commune(self):
        for partner in self.filtered('ccis_commune_id'):
            if partner.ccis_commune_id.province_id != partner.ccis_province_id:
                raise ValidationError(_(
                    "Ressortissant « %s » : la commune « %s » n'appartient pas à la province "
                    "« %s ».") % (partner.name, partner.ccis_commune_id.name,
                                  partner.ccis_province_id.name or ''))

    @api.onchange('ccis_commune_id')
    def _onchange_ccis_commune_id(self):
        if self.ccis_commune_id:
            self.ccis_province_id = self.ccis_commune_id.province_id

    @api.onchange('ccis_member_kind')
    def _onchange_ccis_member_kind(self):
        if self.ccis_member_kind:
            self.is_company = self.ccis_member_kind not in ('trader', 'auto_entrepreneur')

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model
    def _ccis_clean_vals(self, vals):
        for field_name, cleaner in _CLEANERS.items():
            if field_name in vals:
                vals[field_name] = cleaner(vals[field_name])
        return vals

    @api.model
    def _ccis_check_ice_free(self, ice, name, exclude_ids=()):
        """Refuse an ICE already held by another partner, naming both (called before the
        SQL unique constraint, whose message cannot name them)."""
        if not ice:
            return
        for _rec, label in self._ccis_ice_holders([ice], exclude_ids)[:1]:
            raise ValidationError(_(
                "Ressortissant « %s » : l'ICE %s est déjà celui %s.") % (name, ice, label))

    @api.model
    def create(self, vals):
        self._ccis_clean_vals(vals)
        self._ccis_check_ice_free(vals.get('ccis_ice'), vals.get('name'))
        # a member flag may come from the context (menus, Odoo's import) as well as from vals
        if vals.get('ccis_is_member', self.env.context.get('default_ccis_is_member')):
            today = fields.Date.context_today(self)
            vals.setdefault('ccis_state', 'prospect')
            vals.setdefault('ccis_state_date', vals.get('ccis_registration_date') or today)
            vals.setdefault('ccis_registration_date', today)
            vals.setdefault('ccis_last_activity_date', vals['ccis_registration_date'])
        partner = super().create(vals)
        if partner.ccis_is_member and not self.env.context.get('ccis_no_history'):
            # the history is read-only for users: written as superuser once the ORM has
            # checked the user's right to create this member (rights and rules)
            self.env['ccis.member.status.history'].sudo().create({
                'partner_id': partner.id,
                'date': partner.ccis_state_date,
                'new_state': partner.ccis_state,
                'reason': self.env.context.get('ccis_history_reason')
                or _("Enregistrement du ressortissant"),
            })
        return partner

    @api.multi
    def write(self, vals):
        self._ccis_clean_vals(vals)
        if vals.get('ccis_ice'):
            if len(self) > 1:
                raise ValidationError(_(
                    "L'ICE %s ne peut pas être attribué à plusieurs ressortissants.")
                    % vals['ccis_ice'])
            self._ccis_check_ice_free(vals['ccis_ice'], vals.get('name') or self.name,
                                      self.ids)
        if 'ccis_state' in vals and not self.env.context.get('ccis_state_change'):
            if any(p.ccis_is_member and p.ccis_state != vals['ccis_state'] for p in self):
                raise UserError(_(
                    "Le statut d'un ressortissant se change avec les boutons du formulaire "
                    "(Activer, Mettre en sommeil, Radier, Réactiver) pour que le motif soit "
                    "enregistré."))
        return super().write(vals)

    # columns computed here by _ccis_bulk_create instead of by the ORM
    _CCIS_BULK_COMPUTED = (
        'display_name', 'commercial_partner_id', 'commercial_company_name', 'partner_share',
        'ccis_name_key', 'ccis_name_skeleton', 'ccis_name_ar_skeleton', 'ccis_site_id',
        'ccis_region_id', 'ccis_category', 'ccis_members_total')

    @api.model
    def _ccis_bulk_prepare(self, vals_list):
        """The rows ``_ccis_bulk_create`` would insert for ``vals_list`` (defaults, cleaned
        identifiers, lifecycle dates, stored computed values) and the problems that prevent
        it, as ``(index in vals_list, field name, French message)``: identifier checks and
        ICE uniqueness, in the file and in the database. A few queries per distinct
        province and sector, one per 1,000 ICEs: none per row."""
        defaults = self.default_get(list(self._fields))
        today = fields.Date.context_today(self)
        province_cache, sector_cache = {}, {}
        Province, Sector = self.env['ccis.province'], self.env['ccis.member.sector']
        Site = self.env['ccis.site']
        rows, problems, ices = [], [], {}
        for index, vals in enumerate(vals_list):
            vals = dict(defaults, **self._ccis_clean_vals(dict(vals)))
            if vals.get('parent_id'):
                raise UserError(_("La création en masse ne prend pas les contacts rattachés."))
            vals['ccis_is_member'] = True
            vals.setdefault('ccis_state', 'prospect')
            vals['ccis_state'] = vals['ccis_state'] or 'prospect'
            vals['ccis_registration_date'] = vals.get('ccis_registration_date') or today
            vals['ccis_state_date'] = vals.get('ccis_state_date') or \
                vals['ccis_registration_date']
            vals['ccis_last_activity_date'] = vals.get('ccis_last_activity_date') or \
                vals['ccis_registration_date']
            name = vals.get('name') or ''
            problems += [(index, field_name, message) for field_name, message
                         in self._ccis_identifier_problems(name, vals)]
            ice = vals.get('ccis_ice')
            if ice:
                if ice in ices:
                    problems.append((index, 'ccis_ice', _(
                        "Ressortissant « %s » : l'ICE %s est déjà celui du ressortissant "
                        "« %s ».") % (name, ice, rows[ices[ice]]['name'])))
                else:
                    ices[ice] = index
            province_id = vals.get('ccis_province_id') or False
            if province_id and province_id not in province_cache:
                province = Province.browse(province_id)
                province_cache[province_id] = (province.region_id.id,
                                               Site.get_site_for_province(province).id)
            sector_id = vals.get('ccis_sector_id') or False
            if sector_id and sector_id not in sector_cache:
                sector_cache[sector_id] = Sector.browse(sector_id).category
            region_id, site_id = province_cache.get(province_id, (False, False))
            vals.update(
                display_name=name,
                commercial_company_name=name if vals.get('is_company') else False,
                partner_share=True,
                ccis_name_key=normalize.name_key(name),
                ccis_name_skeleton=normalize.name_skeleton(name),
                ccis_name_ar_skeleton=normalize.name_skeleton(vals.get('ccis_name_ar')),
                ccis_site_id=site_id, ccis_region_id=region_id,
                ccis_category=sector_cache.get(sector_id, False),
                ccis_members_total=(vals.get('ccis_members_women') or 0)
                + (vals.get('ccis_members_men') or 0),
                commercial_partner_id=False,
            )
            rows.append(vals)
        for start in range(0, len(ices), 1000):
            chunk = list(ices)[start:start + 1000]
            for rec, label in self._ccis_ice_holders(chunk):
                index = ices[rec['ccis_ice']]
                problems.append((index, 'ccis_ice', _(
                    "Ressortissant « %s » : l'ICE %s est déjà celui %s.") % (
                        rows[index]['name'], rec['ccis_ice'], label)))
        problems.sort(key=lambda problem: problem[0])
        return rows, problems

    @api.model
    def _ccis_ice_holders(self, ices, exclude_ids=()):
        """``[(record dict, label)]`` of the partners holding one of ``ices``; the label
        names the holder if the user may read it, else says only that it exists.

        The search is done as superuser on purpose: an ICE is unique in the whole
        registry, including the members the user cannot see, whose names stay hidden."""
        holders = self.sudo().with_context(active_test=False).search_read(
            [('ccis_ice', 'in', list(ices)), ('id', 'not in', list(exclude_ids))],
            ['ccis_ice', 'name'])
        readable = set(self.with_context(active_test=False).search(
            [('id', 'in', [rec['id'] for rec in holders])]).ids) if holders else set()
        return [(rec, _("du ressortissant « %s »") % rec['name'] if rec['id'] in readable
                 else _("d'un ressortissant d'un autre site, que vous ne pouvez pas "
                        "consulter")) for rec in holders]

    @api.model
    def _ccis_bulk_refused(self, rows, operation='create'):
        """Indexes of ``rows`` (values as stored, see ``_ccis_bulk_prepare``) that the
        user's record rules for ``operation`` refuse, with no row written: the rules' own
        SQL condition is evaluated on the rows, given to PostgreSQL as a ``res_partner``
        common table expression that hides the table (one query per 5,000 rows). Rules that
        join other partners would see only the rows: they refuse rather than allow."""
        if self.env.uid == SUPERUSER_ID or not rows:
            return set()
        where, params, tables = self.env['ir.rule'].domain_get(self._name, operation)
        if not where:
            return set()
        # only the columns the rules' condition names ("table"."column") are sent
        named = set(re.findall(r'"\w+"\."(\w+)"', ' '.join(where)))
        stored = {name for name, field in self._fields.items()
                  if field.store and field.column_type and name in named}
        query = """
            WITH "res_partner" AS (
                SELECT * FROM jsonb_populate_recordset(NULL::res_partner, %%s::jsonb))
            SELECT "res_partner".id FROM %s WHERE %s""" % (
            ', '.join(tables), ' AND '.join(where))
        refused = set()
        for start in range(0, len(rows), 5000):
            chunk = []
            for index, vals in enumerate(rows[start:start + 5000], start=start):
                record = {name: vals[name] for name in stored
                          if isinstance(vals.get(name), (str, int, float))
                          and vals[name] is not False}
                record['id'] = index + 1
                chunk.append(record)
            self._cr.execute(query, [json.dumps(chunk)] + params)
            allowed = {row[0] - 1 for row in self._cr.fetchall()}
            refused.update(index for index in range(start, start + len(chunk))
                           if index not in allowed)
        return refused

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

    @api.model
    def _ccis_bulk_create(self, vals_list, reason=None, prepared=None):
        """Create many members at once in SQL (imports, benchmarks).

        Same cleaning, identifier checks, ICE uniqueness, stored computed values, access
        rights and record rules and status history as ``create``, in a few statements per
        1,000 rows instead of ~100 queries per member. Not done: the default avatar image,
        followers and the "created" chatter note. Contacts with a parent or values for other
        models go through ``create``. ``prepared``: what ``_ccis_bulk_prepare`` returned for
        ``vals_list`` in this transaction, when the caller has it already.
        """
        if not vals_list:
            return self.browse()
        self.check_access_rights('create')
        rows, problems = prepared or self._ccis_bulk_prepare(vals_list)
        if problems:
            raise ValidationError("\n".join(message for _i, _f, message in problems[:50]))
        refused = self._ccis_bulk_refused(rows)
        if refused:
            sites = dict(self.env['ccis.site'].search([]).name_get())
            raise AccessError("\n".join(_(
                "Ressortissant « %s » : servi par « %s », hors des sites où vous pouvez "
                "créer des ressortissants.") % (
                    rows[index]['name'], sites.get(rows[index]['ccis_site_id'], '-'))
                for index in sorted(refused)[:50]))
        columns = [name for name, field in self._fields.items()
                   if field.store and field.column_type and name != 'id'
                   and not field.compute and not field.related and not field.company_dependent
                   and not getattr(field, 'attachment', False)
                   and name not in models.MAGIC_COLUMNS]
        columns = sorted(set(columns) | set(self._CCIS_BULK_COMPUTED))
        now = fields.Datetime.now()
        ids = []
        insert_columns = columns + ['create_uid', 'write_uid', 'create_date', 'write_date']
        query = 'INSERT INTO res_partner (%s) VALUES %%s RETURNING id' % ', '.join(
            '"%s"' % c for c in insert_columns)
        converters = [(c, self._fields[c].convert_to_column) for c in columns]
        for start in range(0, len(rows), 1000):
            values = []
            for vals in rows[start:start + 1000]:
                values.append(tuple(
                    None if vals.get(c) is None else convert(vals[c], self)
                    for c, convert in converters) + (self.env.uid, self.env.uid, now, now))
            ids += [r[0] for r in execute_values(self._cr, query, values, page_size=1000,
                                                 fetch=True)]
        self._cr.execute("UPDATE res_partner SET commercial_partner_id = id WHERE id = ANY(%s)",
                         (ids,))
        reason = reason or _("Enregistrement du ressortissant")
        history = [(pid, vals['ccis_state_date'], vals['ccis_state'], reason, self.env.uid,
                    self.env.uid, self.env.uid, now, now) for pid, vals in zip(ids, rows)]
        execute_values(self._cr, """
            INSERT INTO ccis_member_status_history
                (partner_id, date, new_state, reason, user_id,
                 create_uid, write_uid, create_date, write_date) VALUES %s""",
                       history, page_size=1000)
        self.invalidate_cache()
        members = self.browse(ids)
        members._ccis_bulk_created()
        return members

    @api.multi
    def _ccis_bulk_created(self):
        """Called by ``_ccis_bulk_create`` on the members it has just inserted in SQL: what
        other addons keep of a creation that the ORM's ``create`` would have done for them
        (``ccis_audit``: the audit trail), in batch."""
        return True

    @api.model
    def name_search(self, name, args=None, operator='ilike', limit=100):
        """A 15-digit ICE typed in a many2one finds its member directly."""
        ice = identifiers.clean_ice(name)
        if ice and ice.isdigit() and len(ice) == identifiers.ICE_LENGTH and \
                operator in ('ilike', '=', '=ilike', 'like'):
            partners = self.search([('ccis_ice', '=', ice)] + list(args or []), limit=limit)
            if partners:
                return partners.name_get()
        if name and operator == 'ilike' and limit:
            return self._ccis_name_search_by_display_name(name, list(args or []), limit)
        return super().name_search(name, args=args, operator=operator, limit=limit)

    @api.model
    def _ccis_name_search_by_display_name(self, name, args, limit):
        """res.partner's name_search, same results in the same order (display-name matches
        first, then e-mail, reference or tax-id matches, each by display name), in two searches
        that stop at ``limit``: Odoo's single query sorts every match, which takes half a
        second for a common word among a million members."""
        partners = self.search(args + [('display_name', 'ilike', name)], limit=limit,
                               order='display_name')
        if len(partners) < limit:
            partners |= self.search(
                args + [('id', 'not in', partners.ids), '|', '|', ('email', 'ilike', name),
                        ('ref', 'ilike', name), ('vat', 'ilike', name)],
                limit=limit - len(partners), order='display_name')
        return partners.name_get()

    @api.multi
    def message_post(self, **kwargs):
        message = super().message_post(**kwargs)
        if kwargs.get('message_type', 'notification') == 'comment' and \
                not self.env.context.get('ccis_no_touch'):
            self.filtered('ccis_is_member')._ccis_touch_activity()
        return message

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def _ccis_state_wizard(self, new_state):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Changement de statut'),
            'res_model': 'ccis.member.state.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_partner_ids': [(6, 0, self.ids)],
                        'default_new_state': new_state},
        }

    @api.multi
    def action_ccis_activate(self):
        return self._ccis_state_wizard('active')

    @api.multi
    def action_ccis_set_dormant(self):
        return self._ccis_state_wizard('dormant')

    @api.multi
    def action_ccis_strike_off(self):
        return self._ccis_state_wizard('struck_off')

    @api.multi
    def action_ccis_reactivate(self):
        return self._ccis_state_wizard('active')

    @api.multi
    def action_ccis_dismiss_dormancy(self):
        """The member is still active: withdraw the dormancy proposal."""
        self.write({'ccis_dormancy_proposed': False, 'ccis_dormancy_proposed_date': False,
                    'ccis_last_activity_date': fields.Date.context_today(self)})
        for partner in self:
            partner.with_context(ccis_no_touch=True).message_post(
                body=_("Proposition de mise en sommeil écartée."), subtype='mail.mt_note')
        return True

    @api.multi
    def action_ccis_merge_duplicates(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Fusionner les ressortissants'),
            'res_model': 'ccis.member.merge.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_partner_ids': [(6, 0, (self | self.ccis_duplicate_ids).ids)],
                        'default_dst_partner_id': self.id},
        }

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

    # ------------------------------------------------------------------
    # business methods
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_touch_activity(self, date=None):
        """Record that something happened with these members today (other addons call it
        for events, requests, services...)."""
        # what happened is recorded by users who may not edit the member (an event of
        # another unit, a request): as superuser, but only on the members they may read
        refused = self._ccis_refused_ids(self.ids, 'read')
        members = self.browse([pid for pid in self.ids if pid not in refused]).filtered(
            'ccis_is_member')
        if members:
            members.sudo().write({
                'ccis_last_activity_date': date or fields.Date.context_today(self),
                'ccis_dormancy_proposed': False,
                'ccis_dormancy_proposed_date': False,
            })

    @api.multi
    def _ccis_responsible_user(self):
        """Who gets the member's follow-up activities."""
        self.ensure_one()
        return (self.user_id or self.ccis_site_id.director_id.user_id
                or self.env.user)

    @api.multi
    def _ccis_set_state(self, new_state, reason, date=None):
        """Change the status of members, with the reason in the history and the chatter."""
        if not reason or not reason.strip():
            raise UserError(_("Indiquez le motif du changement de statut."))
        labels = dict(STATES)
        date = date or fields.Date.context_today(self)
        History = self.env['ccis.member.status.history']
        for partner in self:
            if not partner.ccis_is_member:
                raise UserError(_("« %s » n'est pas un ressortissant.") % partner.name)
            old = partner.ccis_state
            if not lifecycle.can_transition(old, new_state):
                raise UserError(_(
                    "Ressortissant « %s » : passage du statut « %s » au statut « %s » "
                    "impossible.") % (partner.name, labels.get(old, old), labels[new_state]))
            partner.with_context(ccis_state_change=True).write({
                'ccis_state': new_state,
                'ccis_state_date': date,
                'ccis_dormancy_proposed': False,
                'ccis_dormancy_proposed_date': False,
                'ccis_last_activity_date': fields.Date.context_today(self),
            })
            # read-only for users: written once the user's write above passed the rules
            History.sudo().create({
                'partner_id': partner.id, 'date': date, 'old_state': old,
                'new_state': new_state, 'reason': reason, 'user_id': self.env.uid,
            })
            partner.with_context(ccis_no_touch=True).message_post(
                body=_("Statut : %s → %s. Motif : %s") % (
                    labels.get(old, old), labels[new_state], html_escape(reason)),
                subtype='mail.mt_note')
        return True

    @api.model
    def _ccis_dormancy_months(self):
        # a setting every user's actions depend on (ir.config_parameter is admin-only)
        value = self.env['ir.config_parameter'].sudo().get_param(
            PARAM_DORMANCY_MONTHS, DEFAULT_DORMANCY_MONTHS)
        try:
            return int(value)
        except (TypeError, ValueError):
            return DEFAULT_DORMANCY_MONTHS

    @api.model
    def _cron_propose_dormancy(self):
        """Flag active members without activity over the configured period and give their
        responsible an activity. The status itself is never changed here."""
        today = fields.Date.from_string(fields.Date.context_today(self))
        threshold = fields.Date.to_string(
            lifecycle.dormancy_threshold(today, self._ccis_dormancy_months()))
        members = self.search([
            ('ccis_is_member', '=', True), ('ccis_state', '=', 'active'),
            ('ccis_dormancy_proposed', '=', False),
            ('ccis_last_activity_date', '<', threshold)])
        if not members:
            return members
        members.write({'ccis_dormancy_proposed': True,
                       'ccis_dormancy_proposed_date': fields.Date.to_string(today)})
        self.env['mail.activity']._ccis_schedule_todos(
            members, lambda partner: _("Mise en sommeil proposée"),
            note=lambda partner: _(
                "Aucune activité enregistrée depuis le %s : vérifier la situation du "
                "ressortissant « %s » puis le mettre en sommeil ou écarter la proposition.")
            % (partner.ccis_last_activity_date, partner.name),
            user=lambda partner: partner._ccis_responsible_user(),
            deadline=lambda partner: fields.Date.to_string(today))
        return members
