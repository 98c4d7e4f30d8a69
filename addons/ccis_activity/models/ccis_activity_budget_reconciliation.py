from odoo import api, fields, models, tools

KINDS = [
    ('action', 'Actions'),
    ('unassigned', 'Not Allocated to an Action'),
]


class CcisActivityBudgetReconciliation(models.Model):
    """What each unit spent during a programme's year, split between the programme's actions
    and what no action claims: per unit, spent = sum of its actions + not assigned.

    A unit's spending is the analytic lines of its account and of its actions' own accounts
    dated in the programme's year. A line of the unit's account goes to the unit's action
    whose analytic tag it carries, a line of an action's own account to that action; the rest
    is "not assigned". One row per action, even without spending (with its planned budget,
    none when it is cancelled), and one per unit for what is not assigned. The actions'
    realised budget is computed by the same rule (``ccis.activity.action._analytic_expenses``).
    """

    _name = 'ccis.activity.budget.reconciliation'
    _description = 'Programme Budget Reconciliation'
    _auto = False
    _order = 'programme_id desc, unit_id, kind, action_id'
    _rec_name = 'unit_id'
    _ccis_unit_scope = ['unit_id']  # record rules: ir.rule._ccis_unit_rules

    programme_id = fields.Many2one('ccis.activity.programme', string='Action Programme',
                                   readonly=True)
    year = fields.Integer(string='Year', readonly=True, group_operator=False)
    unit_id = fields.Many2one('hr.department', string='Unit', readonly=True)
    site_id = fields.Many2one('ccis.site', string='Site', readonly=True)
    kind = fields.Selection(KINDS, string='Allocation', readonly=True)
    action_id = fields.Many2one('ccis.activity.action', string='Action', readonly=True)
    axis_id = fields.Many2one('ccis.activity.axis', string='Axis', readonly=True)
    action_state = fields.Selection(related='action_id.state', string='Action Status',
                                    readonly=True)
    company_id = fields.Many2one('res.company', string='Company', readonly=True)
    currency_id = fields.Many2one('res.currency', string='Currency', readonly=True)
    budget_planned = fields.Monetary(string='Planned Budget', readonly=True)
    amount = fields.Monetary(string='Spent', readonly=True,
                             help='Net expenses (charges minus credit notes) for the programme year.')

    @api.model_cr
    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute("""
            CREATE VIEW %s AS (
            WITH booked AS (
                -- the units' lines, in the programme of their year, with the unit's action
                -- whose tag they carry (the tags of two actions on one line are refused)
                SELECT p.id AS programme_id, u.id AS unit_id,
                       (SELECT a.id
                          FROM account_analytic_line_tag_rel r
                          JOIN ccis_activity_action a ON a.analytic_tag_id = r.tag_id
                         WHERE r.line_id = l.id AND a.programme_id = p.id AND a.unit_id = u.id
                      ORDER BY a.id LIMIT 1) AS action_id,
                       -l.amount AS amount
                  FROM account_analytic_line l
                  JOIN hr_department u ON u.analytic_account_id = l.account_id
                  JOIN ccis_activity_programme p
                    ON l.date BETWEEN p.date_start AND p.date_end
                   AND (u.company_id IS NULL OR u.company_id = p.company_id)
                UNION ALL
                -- the lines of the actions' own accounts, in their programme's year
                SELECT a.programme_id, a.unit_id, a.id, -l.amount
                  FROM ccis_activity_action a
                  JOIN ccis_activity_programme p ON p.id = a.programme_id
                  JOIN account_analytic_line l
                    ON l.account_id = a.analytic_account_id
                   AND l.date BETWEEN p.date_start AND p.date_end
                UNION ALL
                -- every action, with or without spending, for its planned budget
                SELECT a.programme_id, a.unit_id, a.id, 0.0
                  FROM ccis_activity_action a
                 WHERE a.unit_id IS NOT NULL
            )
            SELECT -- stable ids: an action's row is 2 × its id, a unit's "not assigned"
                   -- row 2 × (programme × 10^6 + unit) + 1
                   CASE WHEN b.action_id IS NULL
                        THEN (b.programme_id::bigint * 1000000 + b.unit_id) * 2 + 1
                        ELSE b.action_id::bigint * 2 END AS id,
                   b.programme_id, p.year, b.unit_id, u.site_id,
                   CASE WHEN b.action_id IS NULL THEN 'unassigned' ELSE 'action' END AS kind,
                   b.action_id, a.axis_id, p.company_id, c.currency_id,
                   CASE WHEN a.state = 'cancelled' THEN 0.0
                        ELSE COALESCE(a.budget_planned, 0.0) END AS budget_planned,
                   SUM(b.amount) AS amount
              FROM booked b
              JOIN ccis_activity_programme p ON p.id = b.programme_id
              JOIN res_company c ON c.id = p.company_id
              JOIN hr_department u ON u.id = b.unit_id
              LEFT JOIN ccis_activity_action a ON a.id = b.action_id
          GROUP BY b.programme_id, p.year, b.unit_id, u.site_id, b.action_id, a.axis_id,
                   p.company_id, c.currency_id, a.state, a.budget_planned
            )""" % self._table)
