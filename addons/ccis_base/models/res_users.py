from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = 'res.users'

    ccis_unit_ids = fields.Many2many(
        'hr.department', string='Units (with Sub-units)', compute='_compute_ccis_unit_ids',
        help='Units of the user, through their employee records (and the units they manage), with all their '
             'sub-units. Used by the access rules.')
    ccis_site_ids = fields.Many2many(
        'ccis.site', string='Sites', compute='_compute_ccis_unit_ids',
        help="Sites of the user's units. Used by the access rules.")

    @api.multi
    def _compute_ccis_unit_ids(self):
        # the record rules need every user's units, whoever may read employees: read as
        # superuser, nothing is written
        Department = self.env['hr.department'].sudo()
        employees = self.env['hr.employee'].sudo().search([('user_id', 'in', self.ids)])
        managed = Department.search([('manager_id.user_id', 'in', self.ids)])
        for user in self:
            units = employees.filtered(lambda e: e.user_id == user).mapped('department_id')
            units |= managed.filtered(lambda d: d.manager_id.user_id == user)
            if units:
                units = Department.search([('id', 'child_of', units.ids)])
            user.ccis_unit_ids = units
            user.ccis_site_ids = units.mapped('site_id')

    @api.model
    def _ccis_clear_caches(self):
        """Forget the users' units: the record rules (cached per user) and the computed
        fields in this transaction. Called when employees or units change."""
        self.env['ir.rule'].clear_caches()
        self.invalidate_cache(['ccis_unit_ids', 'ccis_site_ids'])

    @api.multi
    def _ccis_default_unit(self):
        """The user's own unit: the department of their first employee record."""
        self.ensure_one()
        employee = self.env['hr.employee'].sudo().search(
            [('user_id', '=', self.id), ('department_id', '!=', False)], limit=1)
        return employee.department_id
