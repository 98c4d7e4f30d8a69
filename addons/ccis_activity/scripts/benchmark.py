"""Scale benchmark of the action programme (issue 5, point 10).

Run in an Odoo shell on a database where ccis_activity is installed; everything happens in
one transaction that is rolled back at the end (nothing is kept):

    BENCH_YEARS=10 BENCH_ACTIONS=2000 BENCH_INDICATORS=10 \
        ./ccis shell -d ccis_dev_activity --log-level=warn \
        < addons/ccis_activity/scripts/benchmark.py

The data (programmes, actions, indicator lines, monthly periods and one realised value per
period) is inserted with set-based SQL, then the script times, through the ORM and the
record rules:
  - the review of one programme (data + QWeb HTML of the PDF + XLSX), full year and a
    half-year range, compared with the previous year;
  - the grouped reads behind the dashboards (pivot/graph views), as the direction and as a
    unit's staff member.
Targets: review < 10 s, grouped reads < 2 s.
"""
import os
import time

YEARS = int(os.environ.get('BENCH_YEARS', 10))
ACTIONS = int(os.environ.get('BENCH_ACTIONS', 2000))
INDICATORS = int(os.environ.get('BENCH_INDICATORS', 10))
FIRST_YEAR = int(os.environ.get('BENCH_FIRST_YEAR', 2040))
KEEP = os.environ.get('BENCH_KEEP') == '1'

env = env  # noqa: F821 (provided by the Odoo shell)
cr = env.cr


def timed(label, function, *args):
    start = time.time()
    result = function(*args)
    print('%-62s %8.2f s' % (label, time.time() - start))
    return result


def populate():
    company = env.user.company_id.id
    uid = env.uid
    axes = env['ccis.activity.axis'].search([]).ids
    units = env['hr.department'].search([('site_id', '!=', False)]).ids
    aggregations = ['sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'average', 'average', 'last',
                    'last']
    definitions = []
    for index in range(INDICATORS):
        definitions.append(env['ccis.indicator.definition'].create({
            'name': 'Indicateur de charge %s' % index, 'code': 'BENCH_%s' % index,
            'uom': 'nombre', 'aggregation': aggregations[index % len(aggregations)]}).id)
    cr.execute("""
        INSERT INTO ccis_activity_programme (name, year, company_id, date_start, date_end,
                                             state, create_uid, write_uid, create_date,
                                             write_date)
        SELECT 'Programme de charge ' || y, y, %s, make_date(y, 1, 1), make_date(y, 12, 31),
               'execution', %s, %s, now(), now()
          FROM generate_series(%s, %s) AS y""",
               (company, uid, uid, FIRST_YEAR, FIRST_YEAR + YEARS - 1))
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
    cr.execute("""
        INSERT INTO ccis_indicator_line (definition_id, name, aggregation, source,
            programme_id, year, axis_id, action_id, unit_id, site_id, user_id, period_type,
            target, realised, has_values, rate, value_count, sequence, create_uid,
            write_uid, create_date, write_date)
        SELECT d.id, d.name, d.aggregation, 'manual', a.programme_id, a.year, a.axis_id,
               a.id, a.unit_id, a.site_id, a.user_id, 'month', 1200, 0, true, 0, 12, 10,
               %s, %s, now(), now()
          FROM ccis_activity_action a
          CROSS JOIN ccis_indicator_definition d
         WHERE a.year >= %s AND d.id = ANY(%s)""", (uid, uid, FIRST_YEAR, definitions))
    cr.execute("""
        INSERT INTO ccis_indicator_period (line_id, sequence, name, date_start, date_end,
            target, realised, rate, definition_id, programme_id, year, axis_id, action_id,
            unit_id, site_id, create_uid, write_uid, create_date, write_date)
        SELECT l.id, m, 'M' || m || ' ' || l.year, make_date(l.year, m, 1),
               (make_date(l.year, m, 1) + interval '1 month - 1 day')::date, 100,
               80 + (l.id + m) %% 40, 80 + (l.id + m) %% 40, l.definition_id, l.programme_id,
               l.year, l.axis_id, l.action_id, l.unit_id, l.site_id, %s, %s, now(), now()
          FROM ccis_indicator_line l
          CROSS JOIN generate_series(1, 12) AS m
         WHERE l.year >= %s""", (uid, uid, FIRST_YEAR))
    cr.execute("""
        INSERT INTO ccis_indicator_value (line_id, period_id, date, value, source, state,
            definition_id, programme_id, year, axis_id, action_id, unit_id, site_id,
            create_uid, write_uid, create_date, write_date)
        SELECT p.line_id, p.id, p.date_end, p.realised, 'manual',
               CASE WHEN p.sequence < 10 THEN 'validated' ELSE 'draft' END, p.definition_id,
               p.programme_id, p.year, p.axis_id, p.action_id, p.unit_id, p.site_id,
               %s, %s, now(), now()
          FROM ccis_indicator_period p
         WHERE p.year >= %s""", (uid, uid, FIRST_YEAR))
    # the stored aggregates of the lines, set-based as the ORM would compute them
    cr.execute("""
        UPDATE ccis_indicator_line l
           SET realised = CASE l.aggregation WHEN 'sum' THEN s.total
                               WHEN 'average' THEN s.total / s.count ELSE s.last END,
               rate = CASE l.aggregation WHEN 'sum' THEN s.total
                           WHEN 'average' THEN s.total / s.count ELSE s.last END
                      / l.target * 100
          FROM (SELECT line_id, SUM(value) AS total, COUNT(*) AS count,
                       (ARRAY_AGG(value ORDER BY date DESC, id DESC))[1] AS last
                  FROM ccis_indicator_value WHERE year >= %s GROUP BY line_id) s
         WHERE s.line_id = l.id""", (FIRST_YEAR,))
    cr.execute('ANALYZE ccis_activity_action')
    cr.execute('ANALYZE ccis_indicator_line')
    cr.execute('ANALYZE ccis_indicator_period')
    cr.execute('ANALYZE ccis_indicator_value')
    env['ccis.activity.action'].invalidate_cache()


def counts():
    for table in ('ccis_activity_programme', 'ccis_activity_action', 'ccis_indicator_line',
                  'ccis_indicator_period', 'ccis_indicator_value'):
        cr.execute('SELECT COUNT(*) FROM %s' % table)
        print('%-62s %10d' % (table, cr.fetchone()[0]))


def review(wizard):
    data = wizard._get_review_data()
    report = env.ref('ccis_activity.ccis_activity_review_report')
    html, _format = report.with_env(wizard.env).render_qweb_html(wizard.ids)
    return data, html


def dashboards(user_env):
    year = FIRST_YEAR + YEARS - 1
    Period = user_env['ccis.indicator.period']
    Action = user_env['ccis.activity.action']
    Line = user_env['ccis.indicator.line']
    Value = user_env['ccis.indicator.value']
    reads = [
        ('actions by axis and state (year)', Action.read_group,
         [('year', '=', year)], ['axis_id', 'state', 'budget_planned', 'budget_actual'],
         ['axis_id', 'state']),
        ('actions by unit (all years)', Action.read_group,
         [], ['unit_id', 'budget_planned', 'budget_actual'], ['unit_id']),
        ('indicator periods by axis and quarter (year)', Period.read_group,
         [('year', '=', year)], ['axis_id', 'target', 'realised'],
         ['axis_id', 'date_start:quarter']),
        ('indicator periods by unit (year)', Period.read_group,
         [('year', '=', year)], ['unit_id', 'rate'], ['unit_id']),
        ('indicator periods by site and year (all years)', Period.read_group,
         [], ['site_id', 'target', 'realised'], ['site_id', 'year']),
        ('indicator lines by axis (year)', Line.read_group,
         [('year', '=', year)], ['axis_id', 'target', 'realised', 'rate'], ['axis_id']),
        ('realised values by definition and month (year)', Value.read_group,
         [('year', '=', year)], ['definition_id', 'value'], ['definition_id', 'date:month']),
    ]
    for label, method, domain, fields_, groupby in reads:
        read_fields = fields_ + [name.split(':')[0] for name in groupby]
        timed('  ' + label, lambda: method(domain, read_fields, groupby, lazy=False))


print('== populate: %s years x %s actions x %s indicators x 12 months'
      % (YEARS, ACTIONS, INDICATORS))
timed('insert (SQL)', populate)
counts()
programme = env['ccis.activity.programme'].search([('year', '=', FIRST_YEAR + YEARS - 1)])
Wizard = env['ccis.activity.review.wizard']
wizard = Wizard.create({'programme_id': programme.id})
print('== review of %s (compared with the previous year)' % programme.name)
data = timed('full year: data only', wizard._get_review_data)
data, html = timed('full year: data + QWeb HTML', review, wizard)
print('%-62s %10d' % ('  actions in the review', sum(a['planned'] for a in data['axes'])))
print('%-62s %10d' % ('  HTML size (bytes)', len(html)))
xlsx = timed('full year: XLSX (data + workbook)', wizard._xlsx_content)
print('%-62s %10d' % ('  XLSX size (bytes)', len(xlsx)))
half = Wizard.create({'programme_id': programme.id, 'date_from': programme.date_start,
                      'date_to': '%s-06-30' % programme.year})
timed('half year: data only', half._get_review_data)
timed('half year: data + QWeb HTML', review, half)
print('== dashboards (grouped reads) as the direction')
direction = env.ref('ccis_base.user_direction_demo', raise_if_not_found=False) or env.user
dashboards(env(user=direction.id))
staff = env.ref('ccis_base.user_agent_appui_demo', raise_if_not_found=False)
if staff:
    print('== dashboards (grouped reads) as a unit staff member (record rules)')
    dashboards(env(user=staff.id))
if os.environ.get('BENCH_PROFILE') == '1':
    import cProfile
    import pstats
    profile = cProfile.Profile()
    profile.enable()
    half._get_review_data()
    profile.disable()
    pstats.Stats(profile).sort_stats('cumulative').print_stats(25)
if KEEP:
    cr.commit()
    print('data kept (BENCH_KEEP=1)')
else:
    cr.rollback()
    print('rolled back')
