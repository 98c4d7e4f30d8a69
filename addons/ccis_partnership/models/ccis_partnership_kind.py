from odoo import fields, models


class CcisPartnershipKind(models.Model):
    """A kind of agreement (convention-cadre, protocole de coopération, accord de
    jumelage...): the chamber's own list, edited by the suite administrator."""
    _name = 'ccis.partnership.kind'
    _description = "Type de convention"
    _order = 'sequence, name'

    sequence = fields.Integer('Séquence', default=10)
    name = fields.Char('Type de convention', required=True, translate=True)
    code = fields.Char('Code')
    description = fields.Text('Description', translate=True)
    active = fields.Boolean('Actif', default=True)

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'Ce type de convention existe déjà.'),
    ]
