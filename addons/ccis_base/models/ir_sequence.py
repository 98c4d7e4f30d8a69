from odoo import api, models


class IrSequence(models.Model):
    """Gapless numbering that holds under concurrent transactions.

    The suite's legal registers (decisions, minutes, member requests) use Odoo's ``no_gap``
    sequences: the number is taken by updating the sequence's row, so a transaction that rolls
    back gives its number back, and two transactions never read the same counter (the second
    fails to serialise, and Odoo's request layer, ``odoo.service.model.check``, retries it). A
    ``standard`` sequence is a PostgreSQL sequence: never twice the same number, but a
    rolled-back transaction loses its number for good (a silent gap).

    ``_next`` updates the sequence's own row first, which does two things:

    - the drawers of one sequence take turns: the second one *waits* for the first to end, then
      fails to serialise and starts over at once. Odoo's own draw locks the row with
      ``NOWAIT``: the second drawer failed while the first was still working and started
      over, again and again (in the load test, 41 failed draws for 136 requests in a minute,
      99 for 124 once the retries came sooner);
    - the yearly counter (``use_date_range``) is created once: the first number of a year
      creates that year's counter, and two transactions drawing it at once would each create
      one and both give number 1."""

    _inherit = 'ir.sequence'

    def _next(self):
        if self.implementation == 'no_gap':
            self.env.cr.execute(
                "UPDATE ir_sequence SET number_next = number_next WHERE id = %s", (self.id,))
        return super(IrSequence, self)._next()

    @api.model
    def _ccis_make_gapless(self, code_patterns):
        """Switch the sequences whose code matches one of ``code_patterns`` (``=like``) to
        ``no_gap``, keeping their next numbers (called from the addons' data at each update)."""
        for pattern in code_patterns:
            for sequence in self.search([('code', '=like', pattern),
                                         ('implementation', '=', 'standard')]):
                # read from the PostgreSQL sequences before the switch drops them
                following = [(counter, counter.number_next_actual)
                             for counter in sequence.date_range_ids]
                sequence.write({'implementation': 'no_gap',
                                'number_next': sequence.number_next_actual})
                for counter, number_next in following:
                    counter.number_next = number_next
        return True

    @api.model
    def _ccis_create_yearly(self, name, code, prefix, padding):
        """A register's numbering: gapless (``no_gap``), restarted each year (``prefix`` may
        hold ``%(range_year)s``), for every company. Sequences are configuration: the caller
        decides who may have one made (e.g. as superuser for a new site or organ)."""
        return self.create({
            'name': name,
            'code': code,
            'prefix': prefix,
            'padding': padding,
            'use_date_range': True,
            'implementation': 'no_gap',
            'company_id': False,
        })
