from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import schedule

PERIODICITIES = [
    ('monthly', 'Monthly'),
    ('quarterly', 'Quarterly'),
    ('yearly', 'Yearly'),
]


class CcisCgcDeliverableType(models.Model):
    """A kind of deliverable the CGC produces for its clients (a VAT return, the corporate
    tax return, the financial statements...), with its legal due date rule."""
    _name = 'ccis.cgc.deliverable.type'
    _description = 'CGC Deliverable Type'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Deliverable', required=True, translate=True)
    code = fields.Char(string='Code', required=True, index=True)
    periodicity = fields.Selection(
        PERIODICITIES, string='Periodicity', required=True, default='yearly',
        help='One deliverable per month, per quarter or per fiscal year.')
    due_months = fields.Integer(
        string='Months after the End of the Period', required=True, default=3,
        help='The due date falls this number of months after the end of the period (0: in the month the '
             'period ends).')
    due_day = fields.Integer(
        string='Due Day', required=True, default=31,
        help='Day of the due month; 31 means the last day of the month.')
    description = fields.Text(string='Legal Basis and Remarks', translate=True)
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The code of a deliverable type must be unique.'),
    ]

    @api.constrains('due_months', 'due_day')
    def _check_due_rule(self):
        for deliverable_type in self:
            if not 1 <= deliverable_type.due_day <= 31:
                raise ValidationError(_(
                    'Deliverable type "%s": the due day must be '
                    'between 1 and 31 (31: last day of the month).') % deliverable_type.name)
            if not 0 <= deliverable_type.due_months <= 24:
                raise ValidationError(_(
                    'Deliverable type "%s": the number of months after the end of the period must be between '
                    '0 and 24.') % deliverable_type.name)

    @api.multi
    def _due_date(self, year, period):
        """The due date (a date) of this type's deliverable for ``period`` of ``year``."""
        self.ensure_one()
        return schedule.due_date(year, self.periodicity, period, self.due_months,
                                 self.due_day)
