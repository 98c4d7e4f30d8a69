# Benchmark of the member registry (ccis_member). Not a test.
#
# Run from /work/main, in a database where ccis_member is installed:
#
#     CCIS_BENCH_N=100000 ./ccis shell -d ccis_dev_member --log-level=warn \
#         < benchmarks/ccis_member_bench.py
#
# Environment variables:
#   CCIS_BENCH_N      number of members to create (default 100000)
#   CCIS_BENCH_BATCH  members per create batch between timing reports (default 5000)
#   CCIS_BENCH_KEEP   1 to commit the generated members (default: rolled back at the end)
#   CCIS_BENCH_ORM    members created one by one with create() for comparison (default 500)
#   CCIS_BENCH_IMPORT rows imported through the import wizard (default 10000)
#   CCIS_BENCH_STOCK_IMPORT rows of the same shape through Odoo's stock import (base_import,
#                     one create() a row), for the ratio (default 300)
#
# It creates N members with res.partner._ccis_bulk_create (the path of the import wizard:
# identifier cleaning and checks, ICE uniqueness, name keys, serving site, status history,
# in SQL batches of 1,000) and a few hundred with the ORM create() for comparison, then times
# the operations users do every day, each beside the same operation in raw SQL:
# ICE lookup, name search, the list view's first page, read_group by province, status and
# region x category, the duplicate check of a member form, the "possible duplicates" filter
# over the whole registry, an import of 10,000 rows through the wizard (CSV) and the XLSX
# export of the registry.
# Measure an existing registry without creating members: CCIS_BENCH_N=0 CCIS_BENCH_ORM=0.
# Note: PostgreSQL cannot use an index marked indcheckxmin (built in the transaction that
# installed the addon) while any older transaction is open on the cluster; on a shared
# development machine run VACUUM FULL res_partner (or wait) before measuring.
# `env` is provided by `./ccis shell`.
import base64
import os
import random
import statistics
import sys
import time

from odoo.addons.ccis_member.tools.identifiers import make_ice

N = int(os.environ.get('CCIS_BENCH_N', 100000))
BATCH = int(os.environ.get('CCIS_BENCH_BATCH', 5000))
KEEP = os.environ.get('CCIS_BENCH_KEEP') == '1'
ORM_N = int(os.environ.get('CCIS_BENCH_ORM', 500))
IMPORT_N = int(os.environ.get('CCIS_BENCH_IMPORT', 10000))
STOCK_N = int(os.environ.get('CCIS_BENCH_STOCK_IMPORT', 300))
random.seed(20261122)
env = globals()['env']  # provided by ./ccis shell


def out(*args):
    print(*args)
    sys.stdout.flush()


def timed(func, repeat=1):
    """Median wall time in ms of ``repeat`` calls."""
    times = []
    result = None
    for _i in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def sql(query, params=None):
    def run():
        env.cr.execute(query, params)
        return env.cr.fetchall()
    return run


Partner = env['res.partner'].with_context(
    tracking_disable=True, mail_create_nolog=True, mail_notrack=True)
ref = env.ref
provinces = env['ccis.province'].search([])
rsk = [p for p in provinces if p.region_id == ref('ccis_base.ccis_region_rabat_sale_kenitra')]
weights = [30 if p in rsk else 1 for p in provinces]
sectors = env['ccis.member.sector'].search([('parent_id', '!=', False)])
courts = env['ccis.member.court'].search([])
forms = {f.member_kind: f for f in env['ccis.member.legal.form'].search([])}
kinds = ['company'] * 55 + ['trader'] * 25 + ['auto_entrepreneur'] * 10 + \
    ['cooperative'] * 6 + ['association'] * 3 + ['federation']
states = ['active'] * 70 + ['prospect'] * 10 + ['dormant'] * 15 + ['struck_off'] * 5
words = ['Atlas', 'Menara', 'Sebou', 'Bouregreg', 'Gharb', 'Zaër', 'Mamora', 'Chellah',
         'Oudayas', 'Rif', 'Souss', 'Tafilalet', 'Anfa', 'Hassan', 'Al Amal', 'Ennour',
         'Al Baraka', 'Assafa', 'Al Wafae', 'Annahda', 'Nakhil', 'Yasmine', 'Zitoun', 'Argane']
trades = ['Textile', 'Bois', 'Négoce', 'Logistique', 'Services', 'Matériaux', 'Agro',
          'Distribution', 'Conseil', 'Auto', 'Plast', 'Froid', 'Digital', 'Immobilier',
          'Tissage', 'Poterie', 'Zellige', 'Broderie', 'Transport', 'Voyages']
prefix = {'company': 'Société', 'trader': 'Ets', 'auto_entrepreneur': '',
          'cooperative': 'Coopérative', 'association': 'Association', 'federation': 'Fédération'}
base_enterprise = 700000000
existing = env['res.partner'].search_count([('ccis_is_member', '=', True)])
out('ccis_member benchmark: N=%d, %d members already in %s' % (N, existing, env.cr.dbname))


def member_vals(i):
    kind = random.choice(kinds)
    # about 1 % of the names lack a distinguishing number: possible duplicates
    number = str(i) if random.random() > 0.01 else ''
    name = ' '.join(x for x in (prefix[kind], random.choice(words), random.choice(trades),
                                random.choice(words), number) if x)
    vals = {
        'name': name, 'ccis_is_member': True,
        'is_company': kind not in ('trader', 'auto_entrepreneur'),
        'ccis_member_kind': kind, 'ccis_legal_form_id': forms[kind].id,
        'ccis_sector_id': random.choice(sectors).id,
        'ccis_province_id': random.choices(provinces, weights)[0].id,
        'ccis_state': random.choice(states),
        'ccis_ice': make_ice(base_enterprise + i),
        'ccis_registration_date': '%d-%02d-15' % (random.randint(2000, 2026),
                                                  random.randint(1, 12)),
        'city': 'Rabat',
    }
    if kind in ('company', 'trader'):
        vals.update(ccis_rc=str(100000 + i), ccis_court_id=random.choice(courts).id,
                    ccis_if=str(10000000 + i))
    return vals


# ---------------------------------------------------------------- create
start = time.perf_counter()
for i in range(ORM_N):
    Partner.create(member_vals(N + i))
orm_s = time.perf_counter() - start
out('ORM create(): %d members in %.1f s = %.0f members/s (reference: per-record create with '
    'avatar image, followers, properties)' % (ORM_N, orm_s, ORM_N / orm_s))

start = time.perf_counter()
chunk_start = start
for first in range(0, N, BATCH):
    Partner._ccis_bulk_create([member_vals(i) for i in range(first, min(first + BATCH, N))])
    now = time.perf_counter()
    out('  created %7d  (%.0f members/s over the last batch)' % (
        min(first + BATCH, N), (min(first + BATCH, N) - first) / (now - chunk_start)))
    chunk_start = now
create_s = time.perf_counter() - start
env.cr.execute('ANALYZE res_partner')
total = env['res.partner'].search_count([('ccis_is_member', '=', True)])
out('create: %d members in %.1f s = %.0f members/s (_ccis_bulk_create, batches of %d); '
    'registry now %d members' % (N, create_s, N / create_s, BATCH, total))

# ---------------------------------------------------------------- lookups
Members = env['res.partner']
if N:
    samples = [make_ice(base_enterprise + random.randrange(N)) for _i in range(50)]
else:  # CCIS_BENCH_N=0: measure an existing registry (e.g. one kept with CCIS_BENCH_KEEP=1)
    env.cr.execute("SELECT ccis_ice FROM res_partner WHERE ccis_ice IS NOT NULL "
                   "ORDER BY random() LIMIT 50")
    samples = [r[0] for r in env.cr.fetchall()]


def orm_ice():
    for ice in samples:
        Members.search([('ccis_ice', '=', ice)], limit=1)


t_orm, _r = timed(orm_ice, 3)
t_sql, _r = timed(lambda: [sql("SELECT id FROM res_partner WHERE ccis_ice = %s LIMIT 1",
                               (ice,))() for ice in samples], 3)
out('ICE lookup (search, per lookup): %.2f ms   raw SQL %.2f ms   ratio %.1f' % (
    t_orm / 50, t_sql / 50, t_orm / t_sql))

for term in ('menara textile', 'Bouregreg', 'zaër bois'):
    t_orm, res = timed(lambda: Members.name_search(
        term, [('ccis_is_member', '=', True)], limit=8), 3)
    t_sql, _r = timed(sql(
        "SELECT id FROM res_partner WHERE ccis_is_member AND active AND name ILIKE %s "
        "ORDER BY display_name LIMIT 8", ('%' + term + '%',)), 3)
    out('name search %-16r (name_search, 8 results): %.1f ms   raw SQL %.1f ms   ratio %.1f'
        % (term, t_orm, t_sql, t_orm / max(t_sql, 0.01)))

t_orm, _r = timed(lambda: Members.search_read(
    [('ccis_is_member', '=', True), ('ccis_state', '=', 'active')],
    ['name', 'ccis_ice', 'ccis_rc', 'ccis_court_id', 'ccis_member_kind', 'ccis_sector_id',
     'ccis_category', 'ccis_province_id', 'ccis_site_id', 'phone', 'ccis_state'],
    limit=80, order='name'), 3)
t_sql, _r = timed(sql(
    "SELECT id, name, ccis_ice FROM res_partner WHERE ccis_is_member AND active "
    "AND ccis_state = 'active' ORDER BY name LIMIT 80"), 3)
out('list view first page (search_read 80 rows): %.1f ms   raw SQL %.1f ms   ratio %.1f' % (
    t_orm, t_sql, t_orm / t_sql))

# ---------------------------------------------------------------- distributions
for label, groupby, column in (
        ('province', ['ccis_province_id'], 'ccis_province_id'),
        ('status', ['ccis_state'], 'ccis_state'),
        ('region x category', ['ccis_region_id', 'ccis_category'],
         'ccis_region_id, ccis_category')):
    t_orm, _r = timed(lambda: Members.read_group(
        [('ccis_is_member', '=', True)], groupby, groupby, lazy=False), 3)
    t_sql, _r = timed(sql(
        "SELECT %s, count(*) FROM res_partner WHERE ccis_is_member AND active GROUP BY %s"
        % (column, column)), 3)
    out('read_group by %-18s: %.1f ms   raw SQL %.1f ms   ratio %.1f' % (
        label, t_orm, t_sql, t_orm / t_sql))

# ---------------------------------------------------------------- duplicates
sample_members = Members.search([('ccis_is_member', '=', True)], limit=20,
                                order='id desc')


def dup_form():
    Members.invalidate_cache()
    for member_id in sample_members.ids:
        Members.browse(member_id).ccis_duplicate_ids


t_orm, _r = timed(dup_form, 3)
out('duplicate check of one member form (RC+court, name key, skeletons): %.1f ms' % (
    t_orm / 20))
t_orm, res = timed(lambda: Members.search_count(
    [('ccis_is_member', '=', True), ('ccis_duplicate_ids', '!=', False)]), 1)
out('"possible duplicates" filter over the whole registry: %.0f ms (%d members flagged)'
    % (t_orm, res))

# ---------------------------------------------------------------- import wizard
header = ['Raison sociale', 'Type', 'ICE', 'RC', 'Tribunal', 'IF', 'Secteur', 'Province',
          'Ville', 'Statut']
court_name = courts[0].name
sector_codes = sectors.mapped('code')
province_names = [p.name for p in rsk]
lines = [';'.join(header)]
env.cr.execute("SELECT coalesce(max(id), 0) FROM res_partner")
offset = N + ORM_N + 10 + (0 if N else 200000 + env.cr.fetchone()[0])
for i in range(IMPORT_N):
    lines.append(';'.join([
        'Import %s %s %d' % (random.choice(words), random.choice(trades), i), 'Société',
        make_ice(base_enterprise + offset + i), str(900000 + offset + i), court_name,
        str(20000000 + i), random.choice(sector_codes), random.choice(province_names),
        'Kénitra', 'Actif']))
data = base64.b64encode('\n'.join(lines).encode('utf-8'))
wizard = env['ccis.member.import.wizard'].create({'file': data, 'file_name': 'bench.csv'})
start = time.perf_counter()
wizard.action_import()
import_s = time.perf_counter() - start
out('import wizard: %d CSV rows in %.1f s = %.0f rows/s (state %s, %d created, %d errors)' % (
    IMPORT_N, import_s, IMPORT_N / import_s, wizard.state, wizard.create_count,
    wizard.error_count))

# Odoo's stock import (base_import: load(), one create() a row) of rows of the same shape
if STOCK_N and IMPORT_N:
    columns = ['name', 'ccis_ice', 'ccis_rc', 'ccis_court_id', 'ccis_if', 'ccis_province_id', 'city']
    stock_lines = [','.join(columns)]
    for i in range(IMPORT_N, IMPORT_N + STOCK_N):
        stock_lines.append(','.join('"%s"' % value for value in [
            'Stock %s %s %d' % (random.choice(words), random.choice(trades), i),
            make_ice(base_enterprise + offset + i), str(900000 + offset + i), court_name,
            str(20000000 + i), random.choice(province_names), 'Kénitra']))
    importer = env['base_import.import'].with_context(
        default_ccis_is_member=True, default_is_company=True).create({
            'res_model': 'res.partner', 'file': '\n'.join(stock_lines).encode('utf-8'),
            'file_name': 'stock.csv', 'file_type': 'text/csv'})
    start = time.perf_counter()
    messages = importer.do(columns, {'headers': True, 'quoting': '"', 'separator': ',',
                                     'encoding': 'utf-8'})
    stock_s = time.perf_counter() - start
    errors = [m for m in messages if m.get('type') == 'error']
    out("Odoo's stock import (base_import): %d rows in %.1f s = %.0f rows/s (%d errors); "
        "the wizard is %.0fx faster" % (
            STOCK_N, stock_s, STOCK_N / stock_s, len(errors),
            (IMPORT_N / import_s) / (STOCK_N / stock_s)))

# ---------------------------------------------------------------- export
export_n = min(total, 100000)
wizard = env['ccis.member.export.wizard'].create({'report': 'registry'})
start = time.perf_counter()
wizard._xlsx_content()
export_s = time.perf_counter() - start
out('XLSX export of the registry: %d rows in %.1f s (%.0f rows/s)' % (
    total + IMPORT_N, export_s, (total + IMPORT_N) / export_s))
t_sql, _r = timed(sql("SELECT name, ccis_ice, ccis_rc FROM res_partner WHERE ccis_is_member "
                      "AND active ORDER BY name, id"), 1)
out('  (raw SQL read of the same rows: %.0f ms)' % t_sql)

if KEEP:
    env.cr.commit()
    out('generated members committed')
else:
    env.cr.rollback()
    out('generated members rolled back')
