# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""11.0.1.1.0: the minutes' circulation date (``date_circulated``).

The minutes already submitted or approved get the best date the database holds of their
circulation to the members: the last submission for approval traced in their chatter (the
tracking of their state), kept no later than their approval; without it, the approval date for
approved minutes and the last change of the record for submitted ones; never before the
meeting. Drafts stay without one. (SQL: approved minutes are locked against writes.)"""
import logging

_logger = logging.getLogger(__name__)

SUBMITTED_LABEL = "Soumis à l'approbation"


def migrate(cr, version):
    if not version:
        return
    cr.execute("""
        WITH labels AS (
            SELECT %(label)s AS label
             UNION
            SELECT value FROM ir_translation
             WHERE type = 'selection' AND src = %(label)s AND COALESCE(value, '') != ''
        ), submitted AS (
            SELECT m.res_id, MAX(m.date)::date AS date
              FROM mail_message m
              JOIN mail_tracking_value t ON t.mail_message_id = m.id
             WHERE m.model = 'ccis.minutes' AND t.field = 'state'
               AND t.new_value_char IN (SELECT label FROM labels)
             GROUP BY m.res_id
        )
        UPDATE ccis_minutes p
           SET date_circulated = GREATEST(
                   p.meeting_date::date,
                   CASE WHEN p.state = 'approved' AND p.approval_date IS NOT NULL
                        THEN LEAST(COALESCE(s.date, p.approval_date), p.approval_date)
                        ELSE COALESCE(s.date, p.write_date::date, p.create_date::date)
                   END)
          FROM ccis_minutes q
          LEFT JOIN submitted s ON s.res_id = q.id
         WHERE q.id = p.id AND p.state IN ('submitted', 'approved')
           AND p.date_circulated IS NULL AND p.meeting_date IS NOT NULL
    """, {'label': SUBMITTED_LABEL})
    _logger.info("Minutes: circulation date filled on %d submitted or approved minutes",
                 cr.rowcount)
