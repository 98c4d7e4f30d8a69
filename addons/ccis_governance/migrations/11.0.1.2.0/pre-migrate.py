# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""11.0.1.2.0: the category of the seats and representations becomes a record of
``ccis.member.category`` (ccis_member, issue #12). Before the update the old selection columns
are kept under another name (Odoo would drop them with their fields), and the attendees'
stored related ``category_id`` is created empty so that Odoo does not recompute every
attendee: the post-migration fills them all."""
from odoo.tools import sql

TABLES = ('ccis_organ_member', 'ccis_representation', 'ccis_meeting_attendee')


def migrate(cr, version):
    if not version:
        return
    for table in TABLES:
        if sql.column_exists(cr, table, 'category'):
            sql.rename_column(cr, table, 'category', 'category_legacy')
    if not sql.column_exists(cr, 'ccis_meeting_attendee', 'category_id'):
        sql.create_column(cr, 'ccis_meeting_attendee', 'category_id', 'int4')
