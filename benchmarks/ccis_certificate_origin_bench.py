# Benchmark of the certificates of origin register (ccis_certificate_origin). Not a test.
#
# Run from /work/main, in a database where ccis_certificate_origin is installed (demo data):
#
#     CCIS_BENCH_N=100000 ./ccis shell -d ccis_bench --log-level=warn \
#         < benchmarks/ccis_certificate_origin_bench.py
#
# Environment variables:
#   CCIS_BENCH_N          certificates to add to the register (default 100000)
#   CCIS_BENCH_EXPORTERS  exporting members they are spread over (default 2000)
#   CCIS_BENCH_KEEP       1 to commit them (default: rolled back at the end)
#
# The exporters are created as members with res.partner._ccis_bulk_create (the import path);
# the certificates are written in SQL, ten years of issued ones (2 % cancelled) over the
# chamber's sites and issuing units, numbered per site and year, then the register is read as
# users read it, as a counter agent (record rules by unit and site apply) and, for the
# reference, in raw SQL: search by number, by exporter name, the monthly counts per site of
# a year (the register's pivot), the certificates-issued figure of the review (the indicator
# engine) and the register's first page.
# `env` is provided by `./ccis shell`.
import functools
import os
import random
import sys
import time

from odoo.addons.ccis_member.tools.identifiers import make_ice

sys.path.insert(0, 'benchmarks')
import benchlib  # noqa: E402
from benchlib import out, timed  # noqa: E402

N = int(os.environ.get('CCIS_BENCH_N', 100000))
EXPORTERS = int(os.environ.get('CCIS_BENCH_EXPORTERS', 2000))
KEEP = os.environ.get('CCIS_BENCH_KEEP') == '1'
random.seed(20261204)
env = globals()['env']  # provided by ./ccis shell
sql = functools.partial(benchlib.sql, env.cr)
ref = env.ref


def compare(label, orm, raw, repeat=7):
    orm_ms, orm_result = timed(orm, repeat)
    sql_ms, sql_result = timed(raw, repeat)
    out('%-44s %9.1f ms   SQL %8.1f ms   ratio %6.1f   (%s / %s rows)' % (
        label, orm_ms, sql_ms, orm_ms / max(sql_ms, 0.01), _size(orm_result),
        _size(sql_result)))


def _size(result):
    try:
        return len(result)
    except TypeError:
        return result


# ---------------------------------------------------------------- exporters
Partner = env['res.partner'].with_context(tracking_disable=True, mail_create_nolog=True)
rsk = ref('ccis_base.ccis_region_rabat_sale_kenitra')
provinces = env['ccis.province'].search([('region_id', '=', rsk.id)])
sector = env['ccis.member.sector'].search([('parent_id', '!=', False)], limit=1)
form = env['ccis.member.legal.form'].search([('member_kind', '=', 'company')], limit=1)
words = ['Atlas', 'Sebou', 'Gharb', 'Mamora', 'Chellah', 'Oudayas', 'Zaër', 'Bouregreg']
trades = ['Agrumes', 'Export', 'Conserves', 'Textile', 'Câbles', 'Emballage', 'Primeurs']
start = time.perf_counter()
Partner._ccis_bulk_create([{
    'name': 'Exportateur %s %s %d' % (random.choice(words), random.choice(trades), i),
    'ccis_is_member': True, 'is_company': True, 'ccis_member_kind': 'company',
    'ccis_legal_form_id': form.id, 'ccis_sector_id': sector.id,
    'ccis_province_id': random.choice(provinces).id, 'ccis_state': 'active',
    'ccis_ice': make_ice(810000000 + i), 'ccis_registration_date': '2015-01-15',
} for i in range(EXPORTERS)])
env.cr.execute("SELECT id FROM res_partner WHERE name LIKE 'Exportateur %%'")
exporters = [row[0] for row in env.cr.fetchall()]
out('ccis_certificate_origin benchmark: %d exporters in %.1f s' % (
    len(exporters), time.perf_counter() - start))

# ---------------------------------------------------------------- certificates (SQL)
units = env['hr.department'].search([('site_id', '!=', False)])
country_codes = ['ES', 'FR', 'DE', 'IT', 'US', 'SN', 'CI', 'MR', 'GB', 'NL']
countries = env['res.country'].search([('code', 'in', country_codes)]).ids
start = time.perf_counter()
rows = []
numbers = {}
for i in range(N):
    unit = random.choice(units)
    year = 2017 + i * 10 // N
    issue = '%d-%02d-%02d' % (year, random.randint(1, 12), random.randint(1, 28))
    key = (unit.site_id.id, year)
    numbers[key] = numbers.get(key, 0) + 1
    state = 'cancelled' if random.random() < 0.02 else 'issued'
    rows.append((
        'CO/B%d/%d/%06d' % (unit.site_id.id, year, numbers[key]), state, issue, issue,
        random.choice(exporters), unit.id, unit.site_id.id, random.choice(countries),
        'Importateur %d' % random.randrange(5000), 'sea', 1000.0 * random.randint(10, 900),
        '%02d' % random.randint(1, 97), 300.0, 'bench-%d-%d' % (i, random.getrandbits(48)),
        year, issue if state == 'cancelled' else None, env.uid, env.uid))
columns = ('name, state, date, issue_date, partner_id, unit_id, site_id, destination_country_id, '
           'consignee_name, transport_mode, total_value, hs_chapter, fee_amount, access_token, '
           'year, cancel_date, create_uid, write_uid')
for first in range(0, N, 5000):
    chunk = rows[first:first + 5000]
    values = ','.join(env.cr.mogrify('(' + ','.join(['%s'] * 18) + ", now() at time zone 'UTC', "
                                     "now() at time zone 'UTC')", row).decode()
                      for row in chunk)
    env.cr.execute('INSERT INTO ccis_certificate_origin (%s, create_date, write_date) VALUES %s'
                   % (columns, values))
env.cr.execute('ANALYZE ccis_certificate_origin')
env.cr.execute('ANALYZE res_partner')
total = env['ccis.certificate.origin'].search_count([])
out('certificates: %d written in %.1f s (SQL); register now %d' % (
    N, time.perf_counter() - start, total))

# ---------------------------------------------------------------- reading the register
agent = ref('ccis_base.user_agent_appui_demo')
unit = ref('ccis_base.ccis_unit_appui_promotion_demo')
Certificate = env['ccis.certificate.origin'].sudo(agent)
Admin = env['ccis.certificate.origin']
# the agent's units: his own and their sub-units (what the record rules give him)
agent_units = tuple(env['hr.department'].search([('id', 'child_of', agent.ccis_unit_ids.ids)]).ids)
env.cr.execute("SELECT name FROM ccis_certificate_origin WHERE unit_id = %s "
               "AND name LIKE 'CO/B%%' ORDER BY random() LIMIT 1", [unit.id])
number = env.cr.fetchone()[0]
env.cr.execute("SELECT name FROM res_partner WHERE id = %s", [exporters[7]])
exporter = env.cr.fetchone()[0]
out('as %s (unit %s); number %s; exporter %r' % (agent.login, unit.name, number, exporter))

compare('search by number (agent, record rules)',
        lambda: Certificate.search([('name', '=', number)]),
        sql('SELECT id FROM ccis_certificate_origin WHERE name = %s', [number]))
compare('search by exporter name (agent)',
        lambda: Certificate.search([('partner_id', 'ilike', exporter)]),
        sql('SELECT c.id FROM ccis_certificate_origin c JOIN res_partner p '
            'ON p.id = c.partner_id WHERE p.name ILIKE %s AND c.unit_id IN %s '
            'ORDER BY c.issue_date DESC, c.id DESC', ['%' + exporter + '%', agent_units]))
compare('search by exporter name (direction: all)',
        lambda: Admin.search([('partner_id', 'ilike', exporter)]),
        sql('SELECT c.id FROM ccis_certificate_origin c JOIN res_partner p '
            'ON p.id = c.partner_id WHERE p.name ILIKE %s '
            'ORDER BY c.issue_date DESC, c.id DESC', ['%' + exporter + '%']))
compare('monthly counts per site, one year (pivot)',
        lambda: Admin.read_group([('state', '!=', 'draft'), ('year', '=', 2025)],
                                 ['site_id', 'issue_date'], ['site_id', 'issue_date:month'],
                                 lazy=False),
        sql("SELECT site_id, date_trunc('month', issue_date), count(*) "
            "FROM ccis_certificate_origin WHERE state != 'draft' AND year = 2025 "
            "GROUP BY 1, 2"), repeat=5)
compare('monthly counts per site, ten years (pivot)',
        lambda: Admin.read_group([('state', '!=', 'draft')], ['site_id', 'issue_date'],
                                 ['site_id', 'issue_date:month'], lazy=False),
        sql("SELECT site_id, date_trunc('month', issue_date), count(*) "
            "FROM ccis_certificate_origin WHERE state != 'draft' GROUP BY 1, 2"), repeat=3)
issued = ref('ccis_certificate_origin.ccis_indicator_definition_certificate_issued')
compare('review figure CO_EMIS, a year, one unit',
        lambda: issued.compute_measure('2025-01-01', '2025-12-31', unit),
        sql("SELECT count(*) FROM ccis_certificate_origin WHERE state IN ('issued', "
            "'cancelled') AND issue_date BETWEEN '2025-01-01' AND '2025-12-31' "
            "AND unit_id IN (SELECT id FROM hr_department WHERE id = %s OR parent_id = %s)",
            [unit.id, unit.id]), repeat=5)
compare('register first page (agent, 80 rows)',
        lambda: Certificate.search_read([], ['name', 'issue_date', 'partner_id',
                                             'destination_country_id', 'state'], limit=80),
        sql('SELECT c.id, c.name, c.issue_date, p.name, c.destination_country_id, c.state '
            'FROM ccis_certificate_origin c JOIN res_partner p ON p.id = c.partner_id '
            'WHERE c.unit_id IN %s ORDER BY c.issue_date DESC, c.id DESC LIMIT 80', [agent_units]))

if KEEP:
    env.cr.commit()
    out('kept (committed)')
else:
    env.cr.rollback()
    out('rolled back')
