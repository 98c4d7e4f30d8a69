# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""11.0.1.1.0: after the update, the old selection columns of the member categories (kept by
the pre-migration) are checked against the new many2one fields and dropped."""
import logging

from odoo.tools import sql

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    if not version:
        return
    if sql.column_exists(cr, 'ccis_member_sector', 'category_legacy'):
        cr.execute("""SELECT count(*) FROM ccis_member_sector s
                        LEFT JOIN ccis_member_category c ON c.id = s.category_id
                       WHERE c.code IS DISTINCT FROM s.category_legacy""")
        mismatches = cr.fetchone()[0]
        if mismatches:
            _logger.warning("Member categories: %d sectors differ from their old category",
                            mismatches)
        cr.execute('ALTER TABLE ccis_member_sector DROP COLUMN category_legacy')
    if sql.column_exists(cr, 'res_partner', 'ccis_category_legacy'):
        cr.execute('ALTER TABLE res_partner DROP COLUMN ccis_category_legacy')
