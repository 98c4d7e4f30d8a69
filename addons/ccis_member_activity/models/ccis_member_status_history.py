from odoo import api, fields, models
from odoo.tools import column_exists, create_column


class CcisMemberStatusHistory(models.Model):
    """A status of a member lasts until the member's next change of status: that end date makes
    the stocks "members by status at the end of a period" measurable (a 'last' indicator:
    entered on or before the end, not left by then)."""

    _inherit = 'ccis.member.status.history'

    date_end = fields.Date(
        string='Until', compute='_compute_date_end', store=True, index=True,
        help="Date of the member's next status change; empty for their current status.")

    @api.depends('partner_id.ccis_status_history_ids.date')
    def _compute_date_end(self):
        for partner in self.mapped('partner_id'):
            history = partner.ccis_status_history_ids.sorted(lambda entry: (entry.date, entry.id))
            for entry, following in zip(history, history[1:]):
                entry.date_end = following.date
            history[-1:].update({'date_end': False})

    def _auto_init(self):
        """On a registry of a million members, fill the new column in one statement rather than
        through the ORM's recomputation (which only runs when the column is missing)."""
        cr = self.env.cr
        if not column_exists(cr, self._table, 'date_end'):
            create_column(cr, self._table, 'date_end', 'date')
            cr.execute("""
                UPDATE ccis_member_status_history h SET date_end = n.next_date
                  FROM (SELECT id, lead(date) OVER (PARTITION BY partner_id
                                                    ORDER BY date, id) AS next_date
                          FROM ccis_member_status_history) n
                 WHERE n.id = h.id AND n.next_date IS NOT NULL""")
        return super(CcisMemberStatusHistory, self)._auto_init()
