from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

MEMBER_ROLES = [
    ('president', 'President'),
    ('vice_president', 'Vice-President'),
    ('treasurer', 'Treasurer'),
    ('deputy_treasurer', 'Deputy Treasurer'),
    ('rapporteur', 'Secretary-Rapporteur'),
    ('deputy_rapporteur', 'Deputy Secretary-Rapporteur'),
    ('committee_president', 'Committee President'),
    ('committee_vice_president', 'Committee Vice-President'),
    ('member', 'Member'),
]


class CcisOrganMember(models.Model):
    """The seat of an elected member in an organ, for a mandate."""
    _name = 'ccis.organ.member'
    _inherit = ['ccis.period.mixin']
    _description = 'Organ Member'
    _order = 'organ_id, role_sequence, partner_id'
    _rec_name = 'partner_id'
    _ccis_unit_scope = ['organ_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    organ_id = fields.Many2one(
        'ccis.organ', 'Organ', required=True, index=True, ondelete='cascade')
    organ_kind = fields.Selection(related='organ_id.kind', store=True, readonly=True)
    partner_id = fields.Many2one(
        'res.partner', 'Elected Member', required=True, index=True, ondelete='restrict')
    email = fields.Char(related='partner_id.email', readonly=True)
    role = fields.Selection(MEMBER_ROLES, 'Function', required=True, default='member',
                            index=True)
    role_sequence = fields.Integer('Rank', compute='_compute_role_sequence', store=True)
    category_id = fields.Many2one(
        'ccis.member.category', 'Category', index=True, ondelete='restrict')
    site_id = fields.Many2one(
        'ccis.site', 'Site', index=True,
        help='Head office or annex on behalf of which the member was elected.')
    date_start = fields.Date('Term Start')
    date_end = fields.Date('Term End')
    voting = fields.Boolean(
        'Deliberative Vote', default=True,
        help='Unchecked: advisory vote, the member is counted neither for the quorum nor for the votes.')
    is_current = fields.Boolean(
        'Current Term', compute='_compute_is_current', search='_search_is_current')
    note = fields.Text('Notes')

    _sql_constraints = [
        ('member_unique', 'unique(organ_id, partner_id, date_start)',
         'An elected member can only have one term per organ and start date.'),
    ]

    @api.depends('role')
    def _compute_role_sequence(self):
        order = {key: index for index, (key, _label) in enumerate(MEMBER_ROLES)}
        for member in self:
            member.role_sequence = order.get(member.role, 99)

    @api.constrains('date_start', 'date_end')
    def _check_dates(self):
        for member in self:
            if member.date_start and member.date_end and member.date_end < member.date_start:
                raise ValidationError(_(
                    'Term of "%s" (%s): the term end (%s) is before its start (%s).')
                    % (member.partner_id.name, member.organ_id.name,
                       member.date_end, member.date_start))

    @api.multi
    def name_get(self):
        roles = dict(self._fields['role']._description_selection(self.env))
        return [(m.id, '%s (%s)' % (m.partner_id.name, roles.get(m.role, '')))
                for m in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        args = list(args or [])
        if name:
            args = [('partner_id.name', operator, name)] + args
        return self.search(args, limit=limit).name_get()
