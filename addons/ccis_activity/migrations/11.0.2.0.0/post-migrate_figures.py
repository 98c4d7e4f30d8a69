"""After the update: realised values carry what their aggregation needs.

A typed value of an averaged indicator counts as one observation (its denominator becomes
1, its numerator the value); then the stored figures of every period and line are
recomputed by the indicator engine (stocks at the end of the range, weighted averages)."""
from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    if not version:
        return
    cr.execute("""
        UPDATE ccis_indicator_value v
           SET denominator = 1, numerator = v.value
          FROM ccis_indicator_definition d
         WHERE d.id = v.definition_id AND d.measure IN ('average', 'delay')
           AND v.source = 'manual' AND COALESCE(v.denominator, 0) = 0""")
    cr.execute("""
        UPDATE ccis_indicator_value v
           SET numerator = v.value, denominator = 0
          FROM ccis_indicator_definition d
         WHERE d.id = v.definition_id AND d.measure IN ('count', 'sum', 'last')
           AND v.numerator IS NULL""")
    env = api.Environment(cr, SUPERUSER_ID, {})
    lines = env['ccis.indicator.line'].with_context(active_test=False).search([])
    for index in range(0, len(lines), 5000):
        lines[index:index + 5000]._store_figures()
