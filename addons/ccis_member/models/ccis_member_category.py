import re

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

CODE_PATTERN = re.compile(r'^[a-z][a-z0-9_]*$')


class CcisMemberCategory(models.Model):
    """The categories of the chamber's members (commerce, industrie, services, and
    artisanat for the trades): one list used by the registry (sectors, members), the
    organs (seats of the elected members) and the representations."""
    _name = 'ccis.member.category'
    _description = 'Catégorie de ressortissants'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Libellé', required=True, translate=True)
    code = fields.Char(
        string='Code', required=True, index=True,
        help="Code technique, en minuscules sans accent (ex. commerce), repris par les "
             "imports et les exports.")
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)',
         'Le code de la catégorie de ressortissants doit être unique.'),
    ]

    @api.constrains('code')
    def _check_code(self):
        for category in self:
            if not CODE_PATTERN.match(category.code or ''):
                raise ValidationError(_(
                    "Catégorie « %s » : le code « %s » n'est pas valide ; attendu : des "
                    "lettres minuscules sans accent, des chiffres ou « _ », en commençant "
                    "par une lettre (ex. commerce).") % (category.name, category.code))
