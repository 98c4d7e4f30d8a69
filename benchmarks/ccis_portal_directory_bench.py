# Benchmark of the public business directory (ccis_portal, /annuaire). Not a test.
#
# Run from /work/main, in a database where ccis_portal is installed:
#
#     CCIS_BENCH_N=200000 ./ccis shell -d ccis_bench --log-level=warn \
#         < benchmarks/ccis_portal_directory_bench.py
#
# Environment variables:
#   CCIS_BENCH_N     members to generate (default 200000; half active, a third of those
#                    published in the directory)
#   CCIS_BENCH_KEEP  1 to commit the generated members (default: rolled back at the end), e.g.
#                    to time the pages over HTTP afterwards with
#                    benchmarks/ccis_portal_directory_http.py
#   CCIS_BENCH_REUSE 1 to time again the members a run with CCIS_BENCH_KEEP=1 committed
#                    (nothing generated)
#
# It generates the members with res.partner._ccis_bulk_create (the import path), then times
# the directory's page query as the public user (res.partner._ccis_directory_page: what
# /annuaire runs), median of five runs, beside the raw SQL of the same page. Everything is
# rolled back unless CCIS_BENCH_KEEP=1. `env` is provided by `./ccis shell`.
import functools
import os
import random
import statistics
import sys
import time

from odoo.addons.ccis_member.tools.identifiers import make_ice

sys.path.insert(0, 'benchmarks')
import benchlib  # noqa: E402
from benchlib import out  # noqa: E402

N = int(os.environ.get('CCIS_BENCH_N', 200000))
rng = random.Random(2031)
env = globals()['env']  # provided by ./ccis shell
sql = functools.partial(benchlib.sql, None)
Partner = env['res.partner']
provinces = env['ccis.province'].search([]).ids
sectors = env['ccis.member.sector'].search([]).ids
words = ['Atlas', 'Menara', 'Rif', 'Souss', 'Oasis', 'Bouregreg', 'Gharb', 'Zaer', 'Saiss',
         'Chaouia', 'Tafilalet', 'Draa', 'Doukkala', 'Loukkos', 'Sebou', 'Oum Errabia']
kinds = ['Textile', 'Agro', 'Logistique', 'Conseil', 'Plast', 'Services', 'Négoce',
         'Industries', 'Digital', 'Matériaux', 'Hôtellerie', 'Transport']


REUSE = os.environ.get('CCIS_BENCH_REUSE') == '1'
start = time.perf_counter()
for first in range(0, 0 if REUSE else N, 10000):
    Partner.with_context(auditlog_disabled=True)._ccis_bulk_create([{
        'name': '%s %s %s %d' % (rng.choice(words), rng.choice(kinds),
                                 rng.choice(['SARL', 'SA', 'SARL AU']), i),
        'is_company': True, 'ccis_is_member': True, 'ccis_member_kind': 'company',
        'ccis_ice': make_ice(700000000 + i),
        'ccis_state': 'active' if i % 2 else 'prospect',
        'ccis_province_id': rng.choice(provinces), 'ccis_sector_id': rng.choice(sectors),
        'city': 'Ville %d' % (i % 50),
    } for i in range(first, min(first + 10000, N))])
if not REUSE:
    out('ccis_portal directory benchmark: %d members created in %.0f s' % (
        N, time.perf_counter() - start))
env.cr.execute("""UPDATE res_partner SET ccis_directory_published = true,
                         ccis_directory_show_phone = true
                   WHERE ccis_is_member AND ccis_state = 'active' AND id % 3 = 0""")
env.cr.execute('ANALYZE res_partner')
env.cr.execute("SELECT count(*), count(*) FILTER (WHERE ccis_directory_published "
               "AND ccis_state = 'active') FROM res_partner WHERE ccis_is_member")
out('members: %d, published and active: %d' % env.cr.fetchone())
public = Partner.sudo(env.ref('base.public_user'))


def raw(search=None, page=1):
    """The same page in raw SQL: 21 published active members by name (a name search gathers
    the matches first, as _ccis_directory_matches does)."""
    where = ("ccis_directory_published AND ccis_is_member AND ccis_state = 'active' "
             "AND active")
    limit = 'LIMIT 21 OFFSET %d' % ((page - 1) * 20)
    if search:
        env.cr.execute("WITH matches AS MATERIALIZED (SELECT id, name, city FROM res_partner "
                       "WHERE %s AND name ILIKE %%s) SELECT id, name, city FROM matches "
                       "ORDER BY name, id %s" % (where, limit), ['%' + search + '%'])
    else:
        env.cr.execute("SELECT id, name, city FROM res_partner WHERE %s ORDER BY name, id %s"
                       % (where, limit))
    return env.cr.fetchall()


def bench(label, sql=None, **kwargs):
    runs, sql_runs = [], []
    cards = []
    for _i in range(5):
        env.cache.invalidate()
        begin = time.perf_counter()
        cards, _has_next = public._ccis_directory_page(**kwargs)
        runs.append((time.perf_counter() - begin) * 1000)
        if sql:
            begin = time.perf_counter()
            sql()
            sql_runs.append((time.perf_counter() - begin) * 1000)
    line = '%-36s %3d cards  median %7.1f ms' % (label, len(cards), statistics.median(runs))
    if sql_runs:
        sql_ms = statistics.median(sql_runs)
        line += '   SQL %6.1f ms   ratio %5.1f' % (sql_ms, statistics.median(runs) / sql_ms)
    out(line)


bench('page 1', sql=lambda: raw())
bench('page 50', sql=lambda: raw(page=50), page=50)
bench('page 500', sql=lambda: raw(page=500), page=500)
bench("name 'menara digital'", sql=lambda: raw('menara digital'), search='menara digital')
bench("name 'oasis'", sql=lambda: raw('oasis'), search='oasis')
bench("name '12345' (rare)", sql=lambda: raw('12345'), search='12345')
bench('sector', sector_id=sectors[3])
bench('province', province_id=provinces[2])
bench("province + 'rif'", province_id=provinces[2], search='rif')
if os.environ.get('CCIS_BENCH_KEEP') == '1':
    env.cr.commit()
    out('committed')
else:
    env.cr.rollback()
    out('rolled back')
