# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""11.0.1.1.0: the member categories become records (``ccis.member.category``, issue #12).

Before the update: the old selection columns are kept under another name (``category`` of the
sectors, ``ccis_category`` of the members: Odoo would drop them with their fields), the
categories of ``data/ccis_member_category_data.xml`` are created with their XML ids (the data
file, noupdate, leaves them as they are), and the sectors' required ``category_id`` and the
members' stored ``ccis_category_id`` are filled in SQL from the old values, so that Odoo
neither refuses the NOT NULL constraint nor recomputes every member. The post-migration
checks and drops the old columns."""
import logging

from odoo.tools import sql

_logger = logging.getLogger(__name__)

# (xml id, code, French name, sequence); the old selection's values are the codes
CATEGORIES = [
    ('ccis_member_category_commerce', 'commerce', 'Commerce', 10),
    ('ccis_member_category_industrie', 'industrie', 'Industrie', 20),
    ('ccis_member_category_services', 'services', 'Services', 30),
    ('ccis_member_category_artisanat', 'artisanat', 'Artisanat', 40),
]


def _create_categories(cr):
    """The category records with their XML ids (noupdate); {code: id}."""
    if not sql.table_exists(cr, 'ccis_member_category'):
        sql.create_model_table(cr, 'ccis_member_category', 'Catégorie de ressortissants')
    for column, kind in (('sequence', 'int4'), ('name', 'varchar'), ('code', 'varchar'),
                         ('active', 'bool')):
        if not sql.column_exists(cr, 'ccis_member_category', column):
            sql.create_column(cr, 'ccis_member_category', column, kind)
    ids = {}
    for xmlid, code, name, sequence in CATEGORIES:
        cr.execute("SELECT res_id FROM ir_model_data WHERE module = 'ccis_member' "
                   "AND name = %s", (xmlid,))
        row = cr.fetchone()
        if row:
            ids[code] = row[0]
            continue
        cr.execute("""INSERT INTO ccis_member_category (sequence, name, code, active)
                      VALUES (%s, %s, %s, TRUE) RETURNING id""", (sequence, name, code))
        ids[code] = cr.fetchone()[0]
        cr.execute("""INSERT INTO ir_model_data
                          (module, name, model, res_id, noupdate, date_init, date_update)
                      VALUES ('ccis_member', %s, 'ccis.member.category', %s, TRUE,
                              (now() at time zone 'UTC'), (now() at time zone 'UTC'))""",
                   (xmlid, ids[code]))
    return ids


def migrate(cr, version):
    if not version or not sql.column_exists(cr, 'ccis_member_sector', 'category'):
        return
    sql.rename_column(cr, 'ccis_member_sector', 'category', 'category_legacy')
    if sql.column_exists(cr, 'res_partner', 'ccis_category'):
        sql.rename_column(cr, 'res_partner', 'ccis_category', 'ccis_category_legacy')
    _create_categories(cr)
    sql.create_column(cr, 'ccis_member_sector', 'category_id', 'int4')
    cr.execute("""UPDATE ccis_member_sector s SET category_id = c.id
                    FROM ccis_member_category c WHERE c.code = s.category_legacy""")
    _logger.info("Member categories: %d sectors carried over", cr.rowcount)
    sql.create_column(cr, 'res_partner', 'ccis_category_id', 'int4')
    cr.execute("""UPDATE res_partner p SET ccis_category_id = s.category_id
                    FROM ccis_member_sector s WHERE s.id = p.ccis_sector_id""")
    _logger.info("Member categories: %d members carried over", cr.rowcount)
