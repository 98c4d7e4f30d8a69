import re

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

CODE_PATTERN = re.compile(r'^[a-z][a-z0-9_]*$')


class CcisMemberCategory(models.Model):
    """The categories of the chamber's members (commerce, industrie, services, and
    artisanat for the trades): one list used by the registry (sectors, members), the
    organs (seats of the elected members) and the representations."""
    _name = 'ccis.member.category'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Member Category'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Label', required=True, translate=True)
    code = fields.Char(
        string='Code', required=True, index=True,
        help='Technical code, in lowercase without accents (e.g. commerce), used by imports and exports.')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)',
         'The member category code must be unique.'),
    ]

    @api.constrains('code')
    def _check_code(self):
        for category in self:
            if not CODE_PATTERN.match(category.code or ''):
                raise ValidationError(_(
                    'Category "%s": code "%s" is not valid; expected: lowercase letters without accents, '
                    'digits or "_", starting with a letter (e.g. commerce).') % (category.name, category.code))
