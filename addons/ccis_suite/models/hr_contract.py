from odoo import api, models


class HrContract(models.Model):
    """A contract carries the analytic account of its department (the employee's unit): the
    payslips of the contract charge their salary costs to it."""

    _inherit = 'hr.contract'

    @api.onchange('department_id')
    def _onchange_department_id_ccis_analytic(self):
        if self.department_id.analytic_account_id:
            self.analytic_account_id = self.department_id.analytic_account_id

    @api.model
    def create(self, vals):
        if not vals.get('analytic_account_id'):
            department = self.env['hr.department'].browse(vals.get('department_id'))
            if not department and vals.get('employee_id'):
                department = self.env['hr.employee'].browse(vals['employee_id']).department_id
            if department.analytic_account_id:
                vals = dict(vals, analytic_account_id=department.analytic_account_id.id)
        return super(HrContract, self).create(vals)
