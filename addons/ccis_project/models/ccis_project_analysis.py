from odoo import api, fields, models, tools

KINDS = [
    ('expense', 'Expense'),
    ('funding', 'Revenue Before Opening'),
    ('revenue', 'Revenue After Opening'),
]


class CcisProjectAnalysis(models.Model):
    """The analytic lines of the structuring projects' accounts, read as spending and revenue:
    a line of negative amount is an expense; a line of positive amount is revenue the project
    brings the chamber when it is dated on or after the opening date (before, it is a funding:
    a subsidy, a partner's contribution). Read-only (a database view): the lines are the
    accounting's."""
    _name = 'ccis.project.analysis'
    _description = 'Expenses and Revenues of Structuring Projects'
    _auto = False
    _order = 'date desc, id desc'
    _ccis_unit_scope = ['project_id.unit_id']

    name = fields.Char('Label', readonly=True)
    date = fields.Date('Date', readonly=True)
    project_id = fields.Many2one('project.project', 'Structuring Project', readonly=True)
    kind_id = fields.Many2one('ccis.structuring.project.kind', 'Project Type', readonly=True)
    unit_id = fields.Many2one('hr.department', 'Unit', readonly=True)
    site_id = fields.Many2one('ccis.site', 'Site', readonly=True)
    partner_id = fields.Many2one('res.partner', 'Partner', readonly=True)
    kind = fields.Selection(KINDS, 'Kind', readonly=True)
    company_id = fields.Many2one('res.company', 'Company', readonly=True)
    currency_id = fields.Many2one('res.currency', 'Currency', readonly=True)
    amount = fields.Monetary('Amount', readonly=True)
    amount_spent = fields.Monetary('Spent', readonly=True)
    amount_revenue = fields.Monetary('Revenues', readonly=True,
                                     help="Revenues after the project's opening.")

    @api.model_cr
    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute("""
            CREATE VIEW %s AS (
            SELECT l.id, l.name, l.date, p.id AS project_id, p.ccis_kind_id AS kind_id,
                   p.unit_id, u.site_id, l.partner_id, l.company_id, c.currency_id, l.amount,
                   CASE WHEN l.amount < 0 THEN 'expense'
                        WHEN p.ccis_opening_date IS NOT NULL
                             AND l.date >= p.ccis_opening_date THEN 'revenue'
                        ELSE 'funding' END AS kind,
                   CASE WHEN l.amount < 0 THEN -l.amount ELSE 0 END AS amount_spent,
                   CASE WHEN l.amount > 0 AND p.ccis_opening_date IS NOT NULL
                             AND l.date >= p.ccis_opening_date THEN l.amount
                        ELSE 0 END AS amount_revenue
              FROM account_analytic_line l
              JOIN project_project p ON p.analytic_account_id = l.account_id
              LEFT JOIN hr_department u ON u.id = p.unit_id
              LEFT JOIN res_company c ON c.id = l.company_id
             WHERE p.ccis_kind_id IS NOT NULL
            )""" % self._table)
