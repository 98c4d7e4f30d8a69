"""Before the update: the definitions' aggregation becomes a consequence of their measure.

An existing definition that averaged or kept the last value said so by its aggregation only
(its measure was left at 'count'): give it the measure of the same meaning, so that the
recomputed aggregation keeps it. Counts and sums keep their measure.
"""


def migrate(cr, version):
    if not version:
        return
    cr.execute("""
        UPDATE ccis_indicator_definition
           SET measure = aggregation
         WHERE aggregation IN ('average', 'last')
           AND (measure IS NULL OR measure IN ('count', 'sum'))""")
