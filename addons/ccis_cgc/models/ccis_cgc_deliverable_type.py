from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import schedule

PERIODICITIES = [
    ('monthly', 'Mensuelle'),
    ('quarterly', 'Trimestrielle'),
    ('yearly', 'Annuelle'),
]


class CcisCgcDeliverableType(models.Model):
    """A kind of deliverable the CGC produces for its clients (a VAT return, the corporate
    tax return, the financial statements...), with its legal due date rule."""
    _name = 'ccis.cgc.deliverable.type'
    _description = 'Type de livrable du CGC'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Livrable', required=True, translate=True)
    code = fields.Char(string='Code', required=True, index=True)
    periodicity = fields.Selection(
        PERIODICITIES, string='Périodicité', required=True, default='yearly',
        help="Un livrable par mois, par trimestre ou par exercice.")
    due_months = fields.Integer(
        string="Mois après la fin de la période", required=True, default=3,
        help="L'échéance tombe ce nombre de mois après la fin de la période (0 : dans le mois "
             "de fin de période).")
    due_day = fields.Integer(
        string="Jour de l'échéance", required=True, default=31,
        help="Jour du mois d'échéance ; 31 désigne le dernier jour du mois.")
    description = fields.Text(string='Base légale et remarques', translate=True)
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'Le code d\'un type de livrable doit être unique.'),
    ]

    @api.constrains('due_months', 'due_day')
    def _check_due_rule(self):
        for deliverable_type in self:
            if not 1 <= deliverable_type.due_day <= 31:
                raise ValidationError(_(
                    "Type de livrable « %s » : le jour de l'échéance doit être compris entre "
                    "1 et 31 (31 : dernier jour du mois).") % deliverable_type.name)
            if not 0 <= deliverable_type.due_months <= 24:
                raise ValidationError(_(
                    "Type de livrable « %s » : le nombre de mois après la fin de la période "
                    "doit être compris entre 0 et 24.") % deliverable_type.name)

    @api.multi
    def _due_date(self, year, period):
        """The due date (a date) of this type's deliverable for ``period`` of ``year``."""
        self.ensure_one()
        return schedule.due_date(year, self.periodicity, period, self.due_months,
                                 self.due_day)
