# Benchmark of the action programme's indicator engine and review (ccis_activity). Not a test:
# it prints figures and asserts nothing.
#
# Run from /work/main, in a database where ccis_activity is installed:
#
#     CCIS_BENCH_YEARS=10 CCIS_BENCH_ACTIONS=2000 ./ccis shell -d ccis_dev_activity \
#         --log-level=warn < benchmarks/ccis_activity_bench.py
#
# Environment variables:
#   CCIS_BENCH_YEARS       programme years generated (default 10)
#   CCIS_BENCH_ACTIONS     actions per year (default 2000)
#   CCIS_BENCH_FIRST_YEAR  first generated year (default 2040, clear of real programmes)
#   CCIS_BENCH_REPEAT      runs of each timed read, the median is printed (default 3)
#   CCIS_BENCH_KEEP        1 to commit the generated data (default: rolled back at the end)
#   CCIS_BENCH_REUSE       1 to measure again the data kept by a run with CCIS_BENCH_KEEP=1
#                          (its computed lines are created again, without values)
#   CCIS_BENCH_PROFILE     1 to print a profile of the review and of the computation
#   CCIS_BENCH_REVIEW_ONLY 1 to time the review alone, on the data set and computed values
#                          committed by a run with CCIS_BENCH_KEEP=1
#
# With CCIS_BENCH_KEEP=1 or CCIS_BENCH_REUSE=1 the computed lines are committed and the
# tables vacuumed before the computation is timed, as they are in use: a programme's lines
# and periods exist (committed, vacuumed by autovacuum) long before the nightly computation.
# Without, the whole run is one transaction that is rolled back: PostgreSQL then checks
# again the foreign keys of every period the computation updates (rows inserted by the same
# transaction) and the computation's figure is pessimistic (printed with a note).
#
# The data set, inserted with set-based SQL: per year one programme, N actions, 10 typed
# indicators per action (two counts, two sums, two weighted averages, two stocks, a rate and
# a delay, 12 monthly periods and one realised value per month each, 40 % validated), with
# their periods' and lines' stored figures. Then, for the last year, 10 computed indicators
# per action that measure those typed values through the engine (a count, a sum, an
# average, a stock count, a stock value, a rate, a delay, ...), 12 months each.
# Timed, each beside the raw SQL of the same aggregation, as a ratio:
#   - every computed indicator of the year: the engine's measure of N x 10 lines x 12 months
#     (ccis.indicator.definition._measure_figures, one query per definition), then the
#     complete computation with the values and the periods' and lines' figures written
#     (ccis.indicator.line._compute_values);
#   - the review of the year's programme, compared with the previous year: its data, the
#     QWeb HTML of the PDF (wkhtmltopdf itself is not timed), the XLSX workbook;
#   - the grouped reads of the analysis views, whose figures the engine recomputes per group.
# `env` is provided by `./ccis shell`.
import functools
import os
import sys
import time

sys.path.insert(0, 'benchmarks')
import benchlib  # noqa: E402
from benchlib import out, ratio, timed  # noqa: E402

YEARS = int(os.environ.get('CCIS_BENCH_YEARS', 10))
ACTIONS = int(os.environ.get('CCIS_BENCH_ACTIONS', 2000))
FIRST_YEAR = int(os.environ.get('CCIS_BENCH_FIRST_YEAR', 2040))
REPEAT = int(os.environ.get('CCIS_BENCH_REPEAT', 3))
KEEP = os.environ.get('CCIS_BENCH_KEEP') == '1'
REUSE = os.environ.get('CCIS_BENCH_REUSE') == '1'
LAST_YEAR = FIRST_YEAR + YEARS - 1
# the typed indicators of every action: (measure, uom)
TYPED = [('count', 'sessions'), ('count', 'dossiers'), ('sum', 'participants'),
         ('sum', 'heures'), ('average', 'points'), ('average', '%'), ('last', 'conventions'),
         ('last', 'membres'), ('ratio', '%'), ('delay', 'jours')]
env = globals()['env']  # provided by ./ccis shell
cr = env.cr
sql = functools.partial(benchlib.sql, cr)


def compare(label, engine_ms, sql_ms):
    out('%-58s %9.0f ms   raw SQL %8.0f ms   ratio %5.1f' % (
        label, engine_ms, sql_ms, ratio(engine_ms, sql_ms)))


def populate():
    company = env.user.company_id.id
    uid = env.uid
    axes = env['ccis.activity.axis'].search([]).ids
    units = env['hr.department'].search([('site_id', '!=', False)]).ids
    Definition = env['ccis.indicator.definition']
    typed = Definition.browse()
    for index, (measure, uom) in enumerate(TYPED):
        typed |= Definition.create({
            'name': 'Indicateur saisi de charge %s (%s)' % (index, measure),
            'code': 'BENCH_%s' % index, 'uom': uom, 'measure': measure,
            'direction': 'lower' if measure == 'delay' else 'higher'})
    cr.execute("""
        INSERT INTO ccis_activity_programme (name, year, company_id, date_start, date_end,
                                             state, create_uid, write_uid, create_date,
                                             write_date)
        SELECT 'Programme de charge ' || y, y, %s, make_date(y, 1, 1), make_date(y, 12, 31),
               'execution', %s, %s, now(), now()
          FROM generate_series(%s, %s) AS y""", (company, uid, uid, FIRST_YEAR, LAST_YEAR))
    cr.execute("""
        INSERT INTO ccis_activity_action (name, reference, programme_id, year, company_id,
            axis_id, unit_id, site_id, user_id, date_start, date_end, state, progress,
            budget_planned, budget_actual, create_uid, write_uid, create_date, write_date)
        SELECT 'Action de charge ' || n, 'BENCH/' || p.year || '/' || n, p.id, p.year,
               p.company_id, (%s::int[])[1 + n %% %s], u.id, u.site_id, %s,
               make_date(p.year, 1 + n %% 6, 1), make_date(p.year, 7 + n %% 6, 28),
               (ARRAY['planned', 'in_progress', 'done'])[1 + n %% 3], (n %% 100),
               1000 * (1 + n %% 50), 900 * (1 + n %% 50), %s, %s, now(), now()
          FROM ccis_activity_programme p
         CROSS JOIN generate_series(1, %s) AS n
          JOIN hr_department u ON u.id = (%s::int[])[1 + n %% %s]
         WHERE p.year >= %s""",
               (axes, len(axes), uid, uid, uid, ACTIONS, units, len(units), FIRST_YEAR))
    lines = insert_lines(typed, 'manual', FIRST_YEAR, figures=True)
    # one value a month per typed line: its period's figure (40 % validated)
    cr.execute("""
        INSERT INTO ccis_indicator_value (line_id, period_id, date, value, numerator,
            denominator, source, state, validated_date, definition_id, programme_id, year,
            axis_id, action_id, unit_id, site_id, create_uid, write_uid, create_date,
            write_date)
        SELECT p.line_id, p.id, p.date_end - (p.line_id %% 20), p.realised, p.numerator,
               p.denominator, 'manual',
               CASE WHEN p.sequence %% 5 < 2 THEN 'validated' ELSE 'draft' END,
               CASE WHEN p.sequence %% 5 < 2
                    THEN p.date_end - (p.line_id %% 20) + (p.id %% 30) * interval '1 day'
                    END,
               p.definition_id, p.programme_id, p.year, p.axis_id, p.action_id, p.unit_id,
               p.site_id, %s, %s, now(), now()
          FROM ccis_indicator_period p
         WHERE p.line_id = ANY(%s)""", (uid, uid, lines))
    # the lines' stored figures (what ccis.indicator.line._store_figures computes, set-based
    # here): totals, weighted averages, the stock of the last month, rates
    cr.execute("""
        UPDATE ccis_indicator_line l
           SET numerator = CASE WHEN l.measure = 'last' THEN s.last ELSE s.numerator END,
               denominator = s.denominator, value_count = s.count, has_values = true,
               realised = CASE WHEN l.measure IN ('count', 'sum') THEN s.numerator
                               WHEN l.measure = 'last' THEN s.last
                               WHEN l.measure = 'ratio'
                               THEN s.numerator / NULLIF(s.denominator, 0) * 100
                               ELSE s.numerator / NULLIF(s.denominator, 0) END
          FROM (SELECT line_id, SUM(numerator) AS numerator, SUM(denominator) AS denominator,
                       COUNT(*) AS count,
                       (ARRAY_AGG(realised ORDER BY sequence DESC))[1] AS last
                  FROM ccis_indicator_period WHERE year >= %s GROUP BY line_id) s
         WHERE s.line_id = l.id""", (FIRST_YEAR,))
    cr.execute("""UPDATE ccis_indicator_line SET rate = realised / NULLIF(target, 0) * 100
                   WHERE year >= %s""", (FIRST_YEAR,))
    return typed


def insert_lines(definitions, source, first_year, figures=False):
    """Lines of ``definitions`` on every action from ``first_year``, with 12 monthly periods
    (targets: a twelfth of 1,200 for counts and sums, the level for the others); with
    ``figures``, each period holds the figure of one typed value of its month: what each
    measure needs (tools/indicator.py)."""
    uid = env.uid
    cr.execute("""
        INSERT INTO ccis_indicator_line (definition_id, name, measure, aggregation, source,
            programme_id, year, axis_id, action_id, unit_id, site_id, user_id, period_type,
            target, realised, numerator, denominator, has_values, rate, value_count,
            sequence, create_uid, write_uid, create_date, write_date)
        SELECT d.id, d.name, d.measure, d.aggregation, %s, a.programme_id, a.year,
               a.axis_id, a.id, a.unit_id, a.site_id, a.user_id, 'month',
               CASE WHEN d.measure IN ('count', 'sum') THEN 1200 ELSE 100 END,
               0, 0, 0, false, 0, 0, 10, %s, %s, now(), now()
          FROM ccis_activity_action a
         CROSS JOIN ccis_indicator_definition d
         WHERE a.year >= %s AND a.reference LIKE 'BENCH/%%' AND d.id = ANY(%s)
     RETURNING id""", (source, uid, uid, first_year, definitions.ids))
    lines = [row[0] for row in cr.fetchall()]
    cr.execute("""
        INSERT INTO ccis_indicator_period (line_id, sequence, name, date_start, date_end,
            target, realised, numerator, denominator, has_values, rate, definition_id,
            programme_id, year, axis_id, action_id, unit_id, site_id, create_uid,
            write_uid, create_date, write_date)
        SELECT l.id, m, 'M' || m || ' ' || l.year, make_date(l.year, m, 1),
               (make_date(l.year, m, 1) + interval '1 month - 1 day')::date,
               CASE WHEN l.measure IN ('count', 'sum') THEN 100 ELSE l.target END,
               f.value * k.flag, f.numerator * k.flag, f.denominator * k.flag, k.flag = 1,
               f.value * k.flag / l.target * 100, l.definition_id, l.programme_id, l.year,
               l.axis_id, l.action_id, l.unit_id, l.site_id, %s, %s, now(), now()
          FROM ccis_indicator_line l
         CROSS JOIN generate_series(1, 12) AS m
         CROSS JOIN (SELECT CASE WHEN %s THEN 1 ELSE 0 END AS flag) k
         CROSS JOIN LATERAL (SELECT CASE WHEN l.measure = 'ratio' THEN 20 + (l.id + m) %% 30
                                         WHEN l.measure IN ('average', 'delay')
                                         THEN 5 + (l.id + m) %% 10
                                         ELSE 0 END AS base) b
         CROSS JOIN LATERAL (
            SELECT CASE l.measure
                     WHEN 'ratio' THEN floor(b.base * 0.7) / b.base * 100
                     WHEN 'last' THEN 100 + m * 5 + l.id %% 20
                     ELSE 60 + (l.id + m) %% 40 END AS value,
                   CASE l.measure
                     WHEN 'ratio' THEN floor(b.base * 0.7)
                     WHEN 'average' THEN (60 + (l.id + m) %% 40) * b.base
                     WHEN 'delay' THEN (60 + (l.id + m) %% 40) * b.base
                     WHEN 'last' THEN 100 + m * 5 + l.id %% 20
                     ELSE 60 + (l.id + m) %% 40 END AS numerator,
                   b.base AS denominator) f
         WHERE l.id = ANY(%s)""", (uid, uid, figures, lines))
    return lines


def computed_definitions(typed):
    """10 computed definitions measuring the typed values of the data set, per action."""
    Definition = env['ccis.indicator.definition']
    code = {measure_index: definition.id for measure_index, definition in enumerate(typed)}
    common = {'source': 'computed', 'model_name': 'ccis.indicator.value', 'date_field': 'date',
              'unit_field': 'unit_id', 'ccis_action_field': 'action_id', 'uom': 'nombre'}

    def define(index, name, measure, typed_index, **values):
        values.setdefault('domain', "[('definition_id', '=', %d)]" % code[typed_index])
        return Definition.create(dict(common, code='BENCH_C%s' % index,
                                      name='Indicateur calculé de charge %s' % name,
                                      measure=measure, **values))

    validated = define('5n', 'valeurs validées', 'count', 0,
                       domain="[('definition_id', '=', %d), ('state', '=', 'validated')]"
                       % code[0])
    count = define(0, 'valeurs', 'count', 0)
    return Definition.browse([record.id for record in (
        count,
        define(1, 'somme', 'sum', 2, measure_field='value'),
        define(2, 'moyenne', 'average', 4, measure_field='value'),
        define(3, 'stock de valeurs', 'last', 1),
        define(4, 'dernière valeur', 'last', 6, measure_field='value'),
        define(5, 'taux de validation', 'ratio', 0, numerator_id=validated.id,
               denominator_id=count.id, model_name=False, date_field=False,
               unit_field=False, ccis_action_field=False, domain='[]'),
        define(6, 'délai de validation', 'delay', 0, date_end_field='validated_date'),
        define(7, 'somme des numérateurs', 'sum', 8, measure_field='numerator'),
        define(8, 'valeurs à valider', 'count', 3,
               domain="[('definition_id', '=', %d), ('state', '=', 'draft')]" % code[3]),
        define(9, 'observations moyennes', 'average', 9, measure_field='denominator'),
    )])


out('ccis_activity benchmark: %d years x %d actions x %d indicators x 12 months (%s-%s) in %s'
    % (YEARS, ACTIONS, len(TYPED), FIRST_YEAR, LAST_YEAR, cr.dbname))
Definition = env['ccis.indicator.definition']
REVIEW_ONLY = os.environ.get('CCIS_BENCH_REVIEW_ONLY') == '1'
PROFILE = os.environ.get('CCIS_BENCH_PROFILE') == '1'
computed = Definition.search([('code', '=like', 'BENCH_C%'), ('code', '!=', 'BENCH_C5n')])
Line = env['ccis.indicator.line']
if REVIEW_ONLY:
    out('the review only, on the data set and computed values kept by a run with '
        'CCIS_BENCH_KEEP=1 (CCIS_BENCH_REVIEW_ONLY=1)')
    if PROFILE:
        import cProfile
        import pstats
else:
    if REUSE and Definition.search([('code', '=', 'BENCH_C0')]):
        # the data set of a run with CCIS_BENCH_KEEP=1; its computed values are removed so that
        # the computation below is a first one
        computed = Definition.search([('code', '=like', 'BENCH_C%'), ('code', '!=', 'BENCH_C5n')],
                                     order='id')
        cr.execute("DELETE FROM ccis_indicator_line WHERE definition_id = ANY(%s) AND year = %s",
                   (computed.ids, LAST_YEAR))
        computed_lines = insert_lines(computed, 'computed', LAST_YEAR)
        out('data set of a previous run reused, its computed lines created again '
            '(CCIS_BENCH_REUSE=1)')
    else:
        start = time.perf_counter()
        typed_definitions = populate()
        out('data set inserted in %.0f s (SQL)' % (time.perf_counter() - start))
        computed = computed_definitions(typed_definitions)
        computed_lines = insert_lines(computed, 'computed', LAST_YEAR)
    for table in ('ccis_activity_action', 'ccis_indicator_line', 'ccis_indicator_period',
                  'ccis_indicator_value'):
        cr.execute('SELECT COUNT(*) FROM %s' % table)
        out('  %-28s %10d rows' % (table, cr.fetchone()[0]))

    # ---------------------------------------------------------------- every indicator of a year
    TABLES = ('ccis_activity_action', 'ccis_indicator_line', 'ccis_indicator_period',
              'ccis_indicator_value')
    if KEEP or REUSE:
        import odoo
        start = time.perf_counter()
        cr.commit()
        with odoo.sql_db.db_connect(cr.dbname).cursor() as vacuum_cr:
            vacuum_cr.autocommit(True)
            for table in TABLES:
                vacuum_cr.execute('VACUUM ANALYZE %s' % table)
        out('computed lines committed, tables vacuumed in %.0f s' % (time.perf_counter() - start))
    else:
        for table in TABLES:
            cr.execute('ANALYZE %s' % table)
        out('(one transaction: the periods updated by the computation were inserted by it, '
            'their foreign keys are checked again; see the header)')
    env.clear()
    out('load average at start: %.2f %.2f %.2f' % os.getloadavg())
    out('== every computed indicator of %s: %d lines x 12 months' % (
        LAST_YEAR, len(computed_lines)))
    cr.execute("""SELECT p.id, p.date_start, p.date_end, l.action_id, l.definition_id
                    FROM ccis_indicator_period p JOIN ccis_indicator_line l ON l.id = p.line_id
                   WHERE l.id = ANY(%s)""", (computed_lines,))
    requests = {}
    for period_id, date_start, date_end, action_id, definition_id in cr.fetchall():
        requests.setdefault(definition_id, []).append(
            (period_id, date_start, date_end, None, action_id))

    def engine_measure():
        figures = {}
        for definition in computed:
            figures.update(definition._measure_figures(requests[definition.id]))
        return figures

    def raw_measure():
        # the same aggregations, hand-written: per definition, per action and month
        rows = 0
        for definition in computed:
            if definition.measure == 'ratio':
                parts = [definition.numerator_id, definition.denominator_id]
            else:
                parts = [definition]
            for part in parts:
                domain = part._eval_domain()
                typed_id, state = domain[0][2], (domain[1][2] if len(domain) > 1 else None)
                if part.measure == 'last' and part.measure_field:
                    query = """SELECT DISTINCT ON (action_id, m) action_id, m, value FROM (
                                   SELECT v.action_id, g.m, v.value, v.date, v.id
                                     FROM ccis_indicator_value v
                                     JOIN generate_series(1, 12) g(m)
                                       ON v.date <= (make_date(%(y)s, g.m, 1)
                                                     + interval '1 month - 1 day')::date
                                    WHERE v.definition_id = %(d)s AND v.year = %(y)s) s
                                ORDER BY action_id, m, date DESC, id DESC"""
                elif part.measure == 'last':
                    query = """SELECT v.action_id, g.m, COUNT(*)
                                 FROM ccis_indicator_value v
                                 JOIN generate_series(1, 12) g(m)
                                   ON v.date <= (make_date(%(y)s, g.m, 1)
                                                 + interval '1 month - 1 day')::date
                                WHERE v.definition_id = %(d)s AND v.year = %(y)s
                             GROUP BY 1, 2"""
                elif part.measure == 'delay':
                    query = """SELECT action_id, date_trunc('month', validated_date),
                                      AVG(EXTRACT(EPOCH FROM validated_date - date::timestamp))
                                 FROM ccis_indicator_value
                                WHERE definition_id = %(d)s AND year = %(y)s
                                  AND validated_date IS NOT NULL
                             GROUP BY 1, 2"""
                else:
                    column = part.measure_field or 'id'
                    aggregate = {'count': 'COUNT(*)', 'sum': 'SUM(%s)' % column,
                                 'average': 'SUM(%s), COUNT(%s)' % (column, column)}[part.measure]
                    query = """SELECT action_id, date_trunc('month', date), {aggregate}
                                 FROM ccis_indicator_value
                                WHERE definition_id = %(d)s AND year = %(y)s {state}
                             GROUP BY 1, 2""".format(
                        aggregate=aggregate, state="AND state = %(s)s" if state else '')
                cr.execute(query, {'d': typed_id, 'y': LAST_YEAR, 's': state})
                rows += len(cr.fetchall())
        return rows

    engine_ms, figures = timed(engine_measure, REPEAT)
    sql_ms, _rows = timed(raw_measure, REPEAT)
    compare('measure (engine: %d figures)' % len(figures), engine_ms, sql_ms)
    Line = env['ccis.indicator.line']
    lines = Line.browse(computed_lines)
    PROFILE = os.environ.get('CCIS_BENCH_PROFILE') == '1'
    if PROFILE:
        import cProfile
        import pstats
        profile = cProfile.Profile()
        profile.enable()
    start = time.perf_counter()
    lines._compute_values('%s-12-31' % LAST_YEAR)
    full_ms = (time.perf_counter() - start) * 1000
    if PROFILE:
        profile.disable()
        pstats.Stats(profile, stream=sys.stdout).sort_stats('cumtime').print_stats(25)
    compare('compute + write values, periods and lines', full_ms, sql_ms)
    cr.execute("SELECT COUNT(*) FROM ccis_indicator_value WHERE source = 'computed' AND year = %s",
               (LAST_YEAR,))
    out('  computed values written: %d; target < 60 s: %s' % (
        cr.fetchone()[0], 'met' if full_ms < 60000 else 'NOT met'))
    start = time.perf_counter()
    lines._compute_values('%s-12-31' % LAST_YEAR)
    out('  recomputation with nothing changed: %.0f ms' % ((time.perf_counter() - start) * 1000))

# ---------------------------------------------------------------- the review
programme = env['ccis.activity.programme'].search([('year', '=', LAST_YEAR)])
Wizard = env['ccis.activity.review.wizard']
wizard = Wizard.create({'programme_id': programme.id})
report = env.ref('ccis_activity.ccis_activity_review_report')
out('== review of %s (compared with %s; %d actions, %d indicator lines)' % (
    programme.name, LAST_YEAR - 1, ACTIONS, ACTIONS * (len(TYPED) + len(computed))))
# a first rendering compiles the templates (once per server process): not timed
report.render_qweb_html(wizard.ids)
data_ms, data = timed(wizard._get_review_data, REPEAT)
html_ms, html = timed(lambda: report.render_qweb_html(wizard.ids)[0], REPEAT)
xlsx_ms, xlsx = timed(wizard._xlsx_content, REPEAT)
review_sql_ms, _rows = timed(sql("""
    SELECT l.year, l.axis_id, l.definition_id, SUM(v.value), SUM(v.numerator),
           SUM(v.denominator), COUNT(v.id)
      FROM ccis_indicator_line l
      JOIN ccis_indicator_value v ON v.line_id = l.id
     WHERE l.year IN %s
  GROUP BY 1, 2, 3""", ((LAST_YEAR - 1, LAST_YEAR),)), REPEAT)
compare('review data (both years)', data_ms, review_sql_ms)
compare('PDF: data + QWeb HTML (%d KB)' % (len(html) // 1024), html_ms, review_sql_ms)
compare('XLSX: data + workbook (%d KB)' % (len(xlsx) // 1024), xlsx_ms, review_sql_ms)
# the data once, the HTML and the workbook from it
total = html_ms + xlsx_ms - data_ms
compare('all three: data once, QWeb HTML and workbook from it', total, review_sql_ms)
out('  review (data / PDF HTML / XLSX / all three): %.0f / %.0f / %.0f / %.0f ms; '
    'target < 2 s: %s' % (data_ms, html_ms - data_ms, xlsx_ms - data_ms, total,
                          'met' if total < 2000 else 'NOT met'))
half = Wizard.create({'programme_id': programme.id, 'date_from': programme.date_start,
                      'date_to': '%s-06-30' % LAST_YEAR})
half_ms, _data = timed(half._get_review_data, REPEAT)
compare('review data, first half-year', half_ms, review_sql_ms)

# ---------------------------------------------------------------- analysis views
out('== grouped reads of the analysis views (figures recomputed per indicator)')
direction = env.ref('ccis_base.user_direction_demo', raise_if_not_found=False) or env.user
Period = env['ccis.indicator.period'].sudo(direction.id)
reads = [
    ('periods by indicator (pivot rows, year)', Period, [('year', '=', LAST_YEAR)],
     ['definition_id', 'target', 'realised', 'rate'], ['definition_id'],
     """SELECT definition_id, SUM(target), SUM(realised) FROM ccis_indicator_period
         WHERE year = %s GROUP BY 1"""),
    ('periods by indicator and quarter (year)', Period, [('year', '=', LAST_YEAR)],
     ['definition_id', 'date_start', 'target', 'realised', 'rate'],
     ['definition_id', 'date_start:quarter'],
     """SELECT definition_id, date_trunc('quarter', date_start), SUM(target), SUM(realised)
          FROM ccis_indicator_period WHERE year = %s GROUP BY 1, 2"""),
    ('lines by indicator (year)', Line.sudo(direction.id), [('year', '=', LAST_YEAR)],
     ['definition_id', 'target', 'realised', 'rate'], ['definition_id'],
     """SELECT definition_id, SUM(target), SUM(realised) FROM ccis_indicator_line
         WHERE year = %s GROUP BY 1"""),
]
for label, model, domain, fields_, groupby, query in reads:
    orm_ms, _groups = timed(lambda: model.read_group(domain, fields_, groupby, lazy=False),
                            REPEAT)
    raw_ms, _rows = timed(sql(query, (LAST_YEAR,)), REPEAT)
    compare(label, orm_ms, raw_ms)

if PROFILE:
    for label, function in (('review data', wizard._get_review_data),
                            ('PDF HTML', lambda: report.render_qweb_html(wizard.ids)),
                            ('XLSX', wizard._xlsx_content)):
        profile = cProfile.Profile()
        profile.enable()
        function()
        profile.disable()
        out('== profile: %s' % label)
        pstats.Stats(profile, stream=sys.stdout).sort_stats('tottime').print_stats(15)

out('load average at the end: %.2f %.2f %.2f' % os.getloadavg())
if KEEP:
    cr.commit()
    out('generated data committed')
else:
    cr.rollback()
    out('generated data rolled back')
