from odoo import fields, models


class CcisInstitutionRole(models.Model):
    """The institutional role of a contact of the chamber (wali, governor, minister, member of
    parliament, regional director of an administration...): data the chamber edits."""
    _name = 'ccis.institution.role'
    _description = 'Institutional Role'
    _order = 'sequence, name'

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Function', required=True, translate=True)
    category = fields.Selection([
        ('state', 'State Administration'),
        ('territorial', 'Local Authority'),
        ('elected', 'Elected Member'),
        ('public_body', 'Public Establishment or Body'),
        ('international', 'International / Diplomatic Body'),
        ('professional', 'Professional Organization'),
    ], 'Category', required=True, default='state')
    active = fields.Boolean('Active', default=True)

    _sql_constraints = [
        ('name_uniq', 'unique (name)', 'This institutional role already exists.'),
    ]
