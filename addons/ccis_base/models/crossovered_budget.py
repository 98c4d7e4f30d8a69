from datetime import date

from odoo import api, fields, models


class CrossoveredBudget(models.Model):
    _inherit = 'crossovered.budget'

    @api.model
    def _ccis_create_demo_budgets(self, chamber_id):
        """Demo: one budget per department of the chamber for the current year, on the
        departments' analytic accounts, with two positions of the Moroccan chart."""
        chamber = self.env['ccis.chamber'].browse(chamber_id)
        company = chamber.company_id
        Account = self.env['account.account']
        Position = self.env['account.budget.post']
        positions = []
        for name, prefixes, amount in (
                ('Achats et charges externes', ('612', '613', '614'), 250000.0),
                ('Charges de personnel', ('617',), 900000.0)):
            domain = [('company_id', '=', company.id), ('deprecated', '=', False)]
            domain += ['|'] * (len(prefixes) - 1)
            domain += [('code', '=like', prefix + '%') for prefix in prefixes]
            accounts = Account.search(domain)
            if not accounts:
                continue
            position = Position.search([('name', '=', name),
                                        ('company_id', '=', company.id)], limit=1)
            if not position:
                position = Position.create({
                    'name': name,
                    'company_id': company.id,
                    'account_ids': [(6, 0, accounts.ids)],
                })
            positions.append((position, amount))
        if not positions:
            return False
        year = date.today().year
        date_from = fields.Date.to_string(date(year, 1, 1))
        date_to = fields.Date.to_string(date(year, 12, 31))
        departments = self.env['hr.department'].search([
            ('ccis_chamber_id', '=', chamber.id), ('ccis_kind', '=', 'department'),
            ('analytic_account_id', '!=', False)])
        for unit in departments:
            name = 'Budget %s – %s' % (year, unit.analytic_account_id.name)
            if self.search([('name', '=', name), ('company_id', '=', company.id)]):
                continue
            scale = 1.0 if unit.site_id.kind == 'head_office' else 0.4
            budget = self.create({
                'name': name,
                'date_from': date_from,
                'date_to': date_to,
                'company_id': company.id,
                'crossovered_budget_line': [(0, 0, {
                    'general_budget_id': position.id,
                    'analytic_account_id': unit.analytic_account_id.id,
                    'date_from': date_from,
                    'date_to': date_to,
                    'planned_amount': -amount * scale,
                }) for position, amount in positions],
            })
            budget.action_budget_confirm()
            budget.action_budget_validate()
        return True
