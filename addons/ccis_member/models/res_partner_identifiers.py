"""The member's Moroccan identifiers: ICE, RC and its court, IF, TP, CNSS, CIN, registers.

``_ccis_identifier_problems`` is the one place that says what is wrong with them: the
rules of ``tools/identifiers.py`` (the ICE's is ``stdnum.ma.ice``) and the ICE's
uniqueness, with French messages naming the member and the field. The constraint
``_check_ccis_identifiers``, the member import's validation and the creation in bulk use
it; the unique index on ``ccis_ice`` is the backstop, checked when the transaction
commits so that the constraint says it first, naming the holder.
"""
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import identifiers

# fields whose values are cleaned before being stored
CLEANERS = {
    'ccis_ice': identifiers.clean_ice,
    'ccis_if': identifiers.clean_digits,
    'ccis_tp': identifiers.clean_digits,
    'ccis_cnss': identifiers.clean_digits,
    'ccis_manager_cin': identifiers.clean_cin,
    'ccis_rc': identifiers.clean_rc,
}
# the values _ccis_identifier_problems reads
IDENTIFIER_FIELDS = ('ccis_ice', 'ccis_if', 'ccis_tp', 'ccis_cnss', 'ccis_manager_cin',
                     'ccis_rc', 'ccis_court_id')


class ResPartner(models.Model):
    _inherit = 'res.partner'

    # no index of their own: the ICE's unique index and the (RC, court) index serve their
    # searches (a second B-tree would only slow every insert)
    ccis_ice = fields.Char(
        string='ICE', size=20, copy=False, track_visibility='onchange',
        help='Common company identifier: 15 digits, divisible by 97.')
    ccis_rc = fields.Char(
        string='RC No.', copy=False, track_visibility='onchange',
        help='Trade register number, specific to the court that keeps it.')
    ccis_court_id = fields.Many2one(
        'ccis.member.court', string='RC Court', index=True, ondelete='restrict')
    ccis_if = fields.Char(string='Tax Identifier (IF)', index=True, copy=False)
    ccis_tp = fields.Char(string='Professional Tax (Patente)', index=True, copy=False)
    ccis_cnss = fields.Char(string='CNSS No.', index=True, copy=False)
    ccis_manager_name = fields.Char(string='Manager')
    ccis_manager_cin = fields.Char(string="Manager's CIN", index=True, copy=False)
    ccis_ae_number = fields.Char(
        string='Auto-Entrepreneur Register No.', index=True, copy=False)
    ccis_artisan_card = fields.Char(
        string='National Crafts Register No.', index=True, copy=False)
    ccis_coop_register = fields.Char(
        string='Cooperative Register No.', index=True, copy=False,
        help='Number in the central register of cooperatives (ODCO) or in the local register.')
    ccis_association_declaration = fields.Char(
        string='Declaration Receipt No.', index=True, copy=False,
        help="Receipt of the association's declaration to the local authority.")
    ccis_association_declaration_date = fields.Date(string='Declaration Date')

    _sql_constraints = [
        # deferred: checked at commit, after _check_ccis_identifiers has named the holder
        ('ccis_ice_uniq', 'unique(ccis_ice) DEFERRABLE INITIALLY DEFERRED',
         'This ICE is already assigned to another member.'),
    ]

    @api.constrains(*IDENTIFIER_FIELDS)
    def _check_ccis_identifiers(self):
        problems = self._ccis_identifier_problems([dict(
            {name: partner[name] for name in IDENTIFIER_FIELDS},
            id=partner.id, name=partner.name, ccis_court_id=partner.ccis_court_id.id)
            for partner in self])
        if problems:
            raise ValidationError("\n".join(message for _i, _f, message in problems))

    @api.model
    def _ccis_identifier_problems(self, vals_list):
        """What is wrong with the identifiers of the members described by ``vals_list``
        (values as stored, with ``name``, and ``id`` for an existing member), as
        ``[(index in vals_list, field name, French message)]``, by index: each value's
        rule, an ICE given twice in ``vals_list`` or held by another partner. No query
        per member: one per 1,000 ICEs."""
        messages = {
            ('ccis_ice', 'digits'): _(
                'Member "%s": ICE %s must contain only digits.'),
            ('ccis_ice', 'length'): _(
                'Member "%s": ICE %s must have 15 digits.'),
            ('ccis_ice', 'checksum'): _(
                'Member "%s": ICE %s is not valid (check key: the number must be divisible by 97).'),
            'ccis_if': _(
                'Member "%s": tax identifier %s must be numeric and have 7 or 8 digits.'),
            'ccis_tp': _(
                'Member "%s": professional tax number %s must be numeric (5 to 12 digits).'),
            'ccis_cnss': _(
                'Member "%s": CNSS number %s must be numeric (7 to 10 digits).'),
            'ccis_manager_cin': _(
                'Member "%s": the manager\'s CIN %s must have one or two letters followed by digits (e.g. '
                'A123456).'),
        }
        problems, ices = [], {}
        for index, vals in enumerate(vals_list):
            name = vals.get('name') or ''
            for field_name, code in identifiers.problems(vals):
                if field_name == 'ccis_court_id':
                    message = _(
                        'Member "%s": RC number %s must come '
                        'with the court that keeps it.') % (name, vals.get('ccis_rc'))
                else:
                    message = messages.get((field_name, code), messages.get(field_name)) % (
                        name, vals.get(field_name))
                problems.append((index, field_name, message))
            ice = vals.get('ccis_ice')
            if not ice:
                continue
            if ice in ices:
                problems.append((index, 'ccis_ice', _(
                    'Member "%s": ICE %s already belongs to member "%s".')
                    % (name, ice, vals_list[ices[ice]].get('name') or '')))
            else:
                ices[ice] = index
        own_ids = {vals['id'] for vals in vals_list if isinstance(vals.get('id'), int)}
        chunks = list(ices)
        for start in range(0, len(chunks), 1000):
            for rec, label in self._ccis_ice_holders(chunks[start:start + 1000], own_ids):
                index = ices[rec['ccis_ice']]
                problems.append((index, 'ccis_ice', _(
                    'Member "%s": ICE %s already belongs to %s.') % (
                        vals_list[index].get('name') or '', rec['ccis_ice'], label)))
        problems.sort(key=lambda problem: problem[0])
        return problems

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
        named, hidden = _('member "%s"'), _('a member of another site, which you cannot view')
        return [(rec, named % rec['name'] if rec['id'] in readable else hidden) for rec in holders]

    @api.model
    def _ccis_clean_vals(self, vals):
        """Write the identifiers of ``vals`` as stored (in place); return ``vals``."""
        for field_name, cleaner in CLEANERS.items():
            if field_name in vals:
                vals[field_name] = cleaner(vals[field_name])
        return vals

    @api.model
    def create(self, vals):
        return super().create(self._ccis_clean_vals(vals))

    @api.multi
    def write(self, vals):
        return super().write(self._ccis_clean_vals(vals))

    @api.model
    def name_search(self, name, args=None, operator='ilike', limit=100):
        """A 15-digit ICE typed in a many2one finds its member directly."""
        ice = identifiers.clean_ice(name)
        if ice and ice.isdigit() and len(ice) == identifiers.ICE_LENGTH and \
                operator in ('ilike', '=', '=ilike', 'like'):
            partners = self.search([('ccis_ice', '=', ice)] + list(args or []), limit=limit)
            if partners:
                return partners.name_get()
        return super().name_search(name, args=args, operator=operator, limit=limit)
