from odoo import fields, models


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_convention_ids = fields.One2many(
        'ccis.training.convention', 'training_body_id', string='Training Agreements')
