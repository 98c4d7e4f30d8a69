from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import normalize
from .res_partner import MEMBER_KINDS

ALIAS_CATEGORIES = [
    ('legal_form', 'Legal Form'),
    ('kind', 'Member Type'),
    ('sector', 'Business Sector'),
    ('province', 'Province / Prefecture'),
    ('court', 'Court'),
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
    _description = 'Member Import Synonym'
    _order = 'category, name'

    name = fields.Char(
        string='Spelling in Files', required=True,
        help='As found in the files; case, accents, periods, hyphens and spaces do not matter.')
    category = fields.Selection(
        ALIAS_CATEGORIES, string='Data Type', required=True, index=True)
    legal_form_id = fields.Many2one(
        'ccis.member.legal.form', string='Legal Form', ondelete='cascade')
    member_kind = fields.Selection(MEMBER_KINDS, string='Member Type')
    sector_id = fields.Many2one(
        'ccis.member.sector', string='Business Sector', ondelete='cascade')
    province_id = fields.Many2one(
        'ccis.province', string='Province / Prefecture', ondelete='cascade')
    court_id = fields.Many2one('ccis.member.court', string='Court', ondelete='cascade')
    target_name = fields.Char(string='Recognized Value', compute='_compute_target_name')
    key = fields.Char(
        string='Comparison Key', compute='_compute_key', store=True, index=True)
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('key_uniq', 'unique(category, key)',
         'This spelling is already a synonym for this data type.'),
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
        labels = dict(self._fields['category']._description_selection(self.env))
        for alias in self:
            if not alias.key:
                raise ValidationError(_(
                    'Synonym "%s": the spelling must contain at least one letter or digit.') % (alias.name or ''))
            target = ALIAS_TARGETS[alias.category]
            others = [name for name in ALIAS_TARGETS.values() if name != target and alias[name]]
            if not alias[target] or others:
                raise ValidationError(_(
                    'Synonym "%s": enter the recognized value '
                    'in field "%s", and only that one.') % (alias.name, labels[alias.category]))

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
