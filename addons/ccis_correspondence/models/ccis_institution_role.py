from odoo import fields, models


class CcisInstitutionRole(models.Model):
    """The institutional role of a contact of the chamber (wali, governor, minister, member of
    parliament, regional director of an administration...): data the chamber edits."""
    _name = 'ccis.institution.role'
    _description = 'Fonction institutionnelle'
    _order = 'sequence, name'

    sequence = fields.Integer('Séquence', default=10)
    name = fields.Char('Fonction', required=True, translate=True)
    category = fields.Selection([
        ('state', 'Administration de l\'État'),
        ('territorial', 'Collectivité territoriale'),
        ('elected', 'Élu'),
        ('public_body', 'Établissement ou organisme public'),
        ('international', 'Organisme international / diplomatique'),
        ('professional', 'Organisation professionnelle'),
    ], 'Catégorie', required=True, default='state')
    active = fields.Boolean('Actif', default=True)

    _sql_constraints = [
        ('name_uniq', 'unique (name)', 'Cette fonction institutionnelle existe déjà.'),
    ]
