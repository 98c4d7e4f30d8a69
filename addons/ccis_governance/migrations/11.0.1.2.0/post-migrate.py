# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""11.0.1.2.0: the old category values of the seats and representations become the matching
records of ``ccis.member.category`` (found by their XML ids; "Artisanat et métiers", code
``trades``, is the category ``artisanat``), the attendees follow their seat, and the old
columns are dropped."""
import logging

from odoo.tools import sql

_logger = logging.getLogger(__name__)

XMLIDS = {
    'commerce': 'ccis_member_category_commerce',
    'industrie': 'ccis_member_category_industrie',
    'services': 'ccis_member_category_services',
    'trades': 'ccis_member_category_artisanat',
}


def migrate(cr, version):
    if not version:
        return
    values = ', '.join(cr.mogrify('(%s, %s)', item).decode() for item in XMLIDS.items())
    for table in ('ccis_organ_member', 'ccis_representation'):
        if not sql.column_exists(cr, table, 'category_legacy'):
            continue
        cr.execute("""
            UPDATE {table} t SET category_id = d.res_id
              FROM (VALUES {values}) AS m(code, xmlid)
              JOIN ir_model_data d ON d.module = 'ccis_member' AND d.name = m.xmlid
                                  AND d.model = 'ccis.member.category'
             WHERE m.code = t.category_legacy
        """.format(table=table, values=values))
        _logger.info("Member categories: %d rows of %s carried over", cr.rowcount, table)
        cr.execute('ALTER TABLE {} DROP COLUMN category_legacy'.format(table))
    cr.execute("""UPDATE ccis_meeting_attendee a SET category_id = m.category_id
                    FROM ccis_organ_member m
                   WHERE m.id = a.member_id AND a.category_id IS DISTINCT FROM m.category_id""")
    _logger.info("Member categories: %d attendees carried over", cr.rowcount)
    if sql.column_exists(cr, 'ccis_meeting_attendee', 'category_legacy'):
        cr.execute('ALTER TABLE ccis_meeting_attendee DROP COLUMN category_legacy')
