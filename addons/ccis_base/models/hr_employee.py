from odoo import api, models


class HrEmployee(models.Model):
    _inherit = 'hr.employee'

    # a user's units (res.users.ccis_unit_ids) come from their employee records: the
    # record rules that use them are cached, so clear them when the link changes

    @api.model
    def create(self, vals):
        employee = super(HrEmployee, self).create(vals)
        self.env['res.users']._ccis_clear_caches()
        return employee

    @api.multi
    def write(self, vals):
        res = super(HrEmployee, self).write(vals)
        if {'department_id', 'user_id', 'active', 'company_id'} & set(vals):
            self.env['res.users']._ccis_clear_caches()
        return res

    @api.multi
    def unlink(self):
        res = super(HrEmployee, self).unlink()
        self.env['res.users']._ccis_clear_caches()
        return res
