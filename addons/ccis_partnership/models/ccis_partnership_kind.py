from odoo import fields, models


class CcisPartnershipKind(models.Model):
    """A kind of agreement (convention-cadre, protocole de coopération, accord de
    jumelage...): the chamber's own list, edited by the suite administrator."""
    _name = 'ccis.partnership.kind'
    _description = 'Agreement Type'
    _order = 'sequence, name'

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Agreement Type', required=True, translate=True)
    code = fields.Char('Code')
    description = fields.Text('Description', translate=True)
    active = fields.Boolean('Active', default=True)

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'This agreement type already exists.'),
    ]
