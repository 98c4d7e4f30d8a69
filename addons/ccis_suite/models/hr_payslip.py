from odoo import api, models


class HrPayslip(models.Model):
    """The journal entry of a payslip charges the salary costs to the employee's unit: its
    expense lines without an analytic account (Odoo 11 only takes the salary rule's) get the
    contract's analytic account, or the employee's department's."""

    _inherit = 'hr.payslip'

    def _ccis_analytic_account(self):
        self.ensure_one()
        return (self.contract_id.analytic_account_id
                or self.contract_id.department_id.analytic_account_id
                or self.employee_id.department_id.analytic_account_id)

    @api.multi
    def action_payslip_done(self):
        res = super(HrPayslip, self).action_payslip_done()
        for slip in self.filtered('move_id'):
            slip.move_id.line_ids._ccis_charge_to(slip._ccis_analytic_account())
        return res
