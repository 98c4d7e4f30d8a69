from odoo import fields, models

CASE_TYPES = [('mediation', 'Médiation conventionnelle'), ('arbitration', 'Arbitrage')]


class ProductTemplate(models.Model):
    """The fees of the dispute resolution service in the chamber's fee schedule: for each type
    of procedure, a registration fee and an administrative fee."""
    _inherit = 'product.template'

    ccis_service_kind = fields.Selection(selection_add=[
        ('dispute_registration', "Règlement des différends – droit d'enregistrement"),
        ('dispute_admin_fee', 'Règlement des différends – frais administratifs'),
    ])
    ccis_dispute_type = fields.Selection(
        CASE_TYPES, string='Procédure', index=True,
        help="Procédure (médiation ou arbitrage) dont ce service est le droit d'enregistrement "
             "ou les frais administratifs : proposé par défaut sur les dossiers de ce type.")
