from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import normalize
from .res_partner import MEMBER_KINDS

ALIAS_CATEGORIES = [
    ('legal_form', 'Forme juridique'),
    ('kind', 'Type de ressortissant'),
    ('sector', "Secteur d'activité"),
    ('province', 'Province / préfecture'),
    ('court', 'Tribunal'),
]
# category -> field holding the value the alias stands for
ALIAS_TARGETS = {
    'legal_form': 'legal_form_id',
    'kind': 'member_kind',
    'sector': 'sector_id',
    'province': 'province_id',
    'court': 'court_id',
}


class CcisMemberAlias(models.Model):
    """Another spelling of a reference value, recognised by the member import: « S.A.R.L »,
    « Association », « تعاونية », « Préfecture de Rabat »... Case, accents, punctuation and
    spaces do not matter (see ``tools/normalize.lookup_key``)."""
    _name = 'ccis.member.alias'
    _description = "Synonyme pour l'import des ressortissants"
    _order = 'category, name'

    name = fields.Char(
        string='Écriture dans les fichiers', required=True,
        help="Telle qu'on la trouve dans les fichiers ; majuscules, accents, points, "
             "tirets et espaces sont indifférents.")
    category = fields.Selection(
        ALIAS_CATEGORIES, string='Donnée', required=True, index=True)
    legal_form_id = fields.Many2one(
        'ccis.member.legal.form', string='Forme juridique', ondelete='cascade')
    member_kind = fields.Selection(MEMBER_KINDS, string='Type de ressortissant')
    sector_id = fields.Many2one(
        'ccis.member.sector', string="Secteur d'activité", ondelete='cascade')
    province_id = fields.Many2one(
        'ccis.province', string='Province / préfecture', ondelete='cascade')
    court_id = fields.Many2one('ccis.member.court', string='Tribunal', ondelete='cascade')
    target_name = fields.Char(string='Valeur reconnue', compute='_compute_target_name')
    key = fields.Char(
        string='Clé de comparaison', compute='_compute_key', store=True, index=True)
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('key_uniq', 'unique(category, key)',
         "Cette écriture est déjà un synonyme pour cette donnée."),
    ]

    @api.depends('name', 'category')
    def _compute_key(self):
        for alias in self:
            prefixes = normalize.PLACE_PREFIXES if alias.category == 'province' else ()
            alias.key = normalize.lookup_key(alias.name, prefixes) or False

    @api.depends('category', 'legal_form_id', 'member_kind', 'sector_id', 'province_id',
                 'court_id')
    def _compute_target_name(self):
        kinds = dict(self._fields['member_kind']._description_selection(self.env))
        for alias in self:
            value = alias.category and alias[ALIAS_TARGETS[alias.category]]
            if isinstance(value, models.BaseModel):
                alias.target_name = value.display_name
            else:
                alias.target_name = kinds.get(value, '')

    @api.constrains('name', 'category', 'legal_form_id', 'member_kind', 'sector_id',
                    'province_id', 'court_id')
    def _check_target(self):
        labels = dict(ALIAS_CATEGORIES)
        for alias in self:
            if not alias.key:
                raise ValidationError(_(
                    "Synonyme « %s » : l'écriture doit contenir au moins une lettre ou un "
                    "chiffre.") % (alias.name or ''))
            target = ALIAS_TARGETS[alias.category]
            others = [name for name in ALIAS_TARGETS.values() if name != target and alias[name]]
            if not alias[target] or others:
                raise ValidationError(_(
                    "Synonyme « %s » : indiquez la valeur reconnue dans le champ « %s », et "
                    "seulement celui-là.") % (alias.name, labels[alias.category]))

    @api.model
    def _ccis_entries(self, category):
        """``[(spelling, value)]`` of the active aliases of ``category``; the value is a
        record id, or a kind's code."""
        target = ALIAS_TARGETS[category]
        entries = []
        for rec in self.search_read([('category', '=', category)], ['name', target]):
            value = rec[target]
            entries.append((rec['name'], value[0] if isinstance(value, (list, tuple))
                            else value))
        return entries
