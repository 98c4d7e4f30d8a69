from odoo import fields, models

CASE_TYPES = [('mediation', 'Contractual Mediation'), ('arbitration', 'Arbitration')]


class ProductTemplate(models.Model):
    """The fees of the dispute resolution service in the chamber's fee schedule: for each type
    of procedure, a registration fee and an administrative fee."""
    _inherit = 'product.template'

    ccis_service_kind = fields.Selection(selection_add=[
        ('dispute_registration', 'Dispute Resolution – Registration Fee'),
        ('dispute_admin_fee', 'Dispute Resolution – Administrative Fees'),
    ])
    ccis_dispute_type = fields.Selection(
        CASE_TYPES, string='Procedure', index=True,
        help='Procedure (mediation or arbitration) for which this service is the registration fee or the '
             'administrative fees: proposed by default on cases of this type.')
