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
#   CCIS_BENCH_OLD_EXPORT rows exported by the former export path (ORM search of every id,
#                     xlsxwriter in constant_memory mode), for the ratio (default 100000;
#                     0: skipped)
#
# It creates N members with res.partner._ccis_bulk_create (the path of the import wizard:
# identifier cleaning and checks, ICE uniqueness, name keys, serving site, status history,
# in SQL batches of 1,000) and a few hundred with the ORM create() for comparison, then times
# the operations users do every day, each beside the same operation in raw SQL:
# ICE lookup, name search, the list view's first page, read_group by province, status and
# region x category, the duplicate check of a member form, the "possible duplicates" filter
# over the whole registry, an import of 10,000 rows through the wizard (CSV), with the audit
# trail (when ccis_audit is installed) and without it, and the XLSX export of the registry
# (streamed: time, peak memory of the process and of Python's allocations, beside the
# former path and the raw SQL read of the same rows).
# Measure an existing registry without creating members: CCIS_BENCH_N=0 CCIS_BENCH_ORM=0.
# Note: PostgreSQL cannot use an index marked indcheckxmin (built in the transaction that
# installed the addon) while any older transaction is open on the cluster; on a shared
# development machine run VACUUM FULL res_partner (or wait) before measuring.
# `env` is provided by `./ccis shell`.
import base64
import functools
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc

from odoo.addons.ccis_member.tools.identifiers import make_ice

sys.path.insert(0, 'benchmarks')
import benchlib  # noqa: E402
from benchlib import out, timed  # noqa: E402

N = int(os.environ.get('CCIS_BENCH_N', 100000))
BATCH = int(os.environ.get('CCIS_BENCH_BATCH', 5000))
KEEP = os.environ.get('CCIS_BENCH_KEEP') == '1'
ORM_N = int(os.environ.get('CCIS_BENCH_ORM', 500))
IMPORT_N = int(os.environ.get('CCIS_BENCH_IMPORT', 10000))
STOCK_N = int(os.environ.get('CCIS_BENCH_STOCK_IMPORT', 300))
OLD_EXPORT_N = int(os.environ.get('CCIS_BENCH_OLD_EXPORT', 100000))
random.seed(20261122)
env = globals()['env']  # provided by ./ccis shell
sql = functools.partial(benchlib.sql, env.cr)


# the generated registry is not audited (the import below is, when ccis_audit is installed)
Partner = env['res.partner'].with_context(
    tracking_disable=True, mail_create_nolog=True, mail_notrack=True, auditlog_disabled=True)
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
if KEEP and N:
    env.cr.commit()  # kept, whatever happens to the measurements below

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

# the list view's first page as the web client asks it (/web/dataset/search_read: the
# tree view's fields, 80 rows in the model's order, and the count for the pager), beside
# the same rows and count in raw SQL
list_view = env.ref('ccis_member.res_partner_view_tree_member')
list_fields = list(Members.fields_view_get(list_view.id, 'tree')['fields'])
list_domain = [('ccis_is_member', '=', True), ('ccis_state', '=', 'active')]


def list_page(domain, order=None, count=True):
    def run():
        Members.invalidate_cache()
        records = Members.search_read(domain, list_fields, limit=80, order=order)
        if count and len(records) == 80:
            Members.search_count(domain)
        return records
    return run


def list_sql(where, order, count=True):
    def run():
        env.cr.execute(
            "SELECT p.id, p.name, p.ccis_ice, p.ccis_rc, c.name, p.ccis_member_kind, s.complete_name,"
            " p.ccis_category_id, pr.name, si.name, p.phone, p.ccis_state, p.ccis_dormancy_proposed"
            " FROM res_partner p LEFT JOIN ccis_member_court c ON c.id = p.ccis_court_id"
            " LEFT JOIN ccis_member_sector s ON s.id = p.ccis_sector_id"
            " LEFT JOIN ccis_province pr ON pr.id = p.ccis_province_id"
            " LEFT JOIN ccis_site si ON si.id = p.ccis_site_id"
            " WHERE %s ORDER BY %s LIMIT 80" % (where, order))
        rows = env.cr.fetchall()
        if count:
            env.cr.execute("SELECT count(*) FROM res_partner p WHERE %s" % where)
        return rows
    return run


for label, domain, where, order, sql_order in (
        ('active members', list_domain, "p.ccis_is_member AND p.active AND "
         "p.ccis_state = 'active'", None, 'p.display_name, p.id'),
        ('all members', [('ccis_is_member', '=', True)], "p.ccis_is_member AND p.active",
         None, 'p.display_name, p.id'),
        ('active, by name', list_domain, "p.ccis_is_member AND p.active AND "
         "p.ccis_state = 'active'", 'name', 'p.name, p.id')):
    t_orm, _r = timed(list_page(domain, order, count=False), 5)
    t_sql, _r = timed(list_sql(where, sql_order, count=False), 5)
    t_orm_count, _r = timed(list_page(domain, order), 3)
    t_sql_count, _r = timed(list_sql(where, sql_order), 3)
    with benchlib.query_time(env.cr) as spent:
        timed(list_page(domain, order, count=False), 5)
    out('list view first page, %-16s (search_read of the %d list fields, 80 rows): %.1f ms'
        ' (its %d queries %.1f ms, Odoo\'s Python the rest)'
        '   raw SQL %.1f ms   ratio %.1f;  with the pager\'s count: %.1f ms   raw SQL %.1f ms'
        '   ratio %.1f' % (label, len(list_fields), t_orm, spent['count'] / 5, spent['ms'] / 5,
                           t_sql, t_orm / t_sql, t_orm_count, t_sql_count,
                           t_orm_count / t_sql_count))

# ---------------------------------------------------------------- distributions
for label, groupby, column in (
        ('province', ['ccis_province_id'], 'ccis_province_id'),
        ('status', ['ccis_state'], 'ccis_state'),
        ('region x category', ['ccis_region_id', 'ccis_category_id'],
         'ccis_region_id, ccis_category_id')):
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
    [('ccis_is_member', '=', True), ('ccis_duplicate_ids', '!=', False)]), 3)
# the anchor: the same members in one raw SQL pass, every member's keys grouped at once
t_sql, rows = timed(sql("""
    WITH keys AS (
        SELECT id, 'R' || ccis_court_id || ':' || ccis_rc AS k FROM res_partner
         WHERE ccis_is_member AND active AND ccis_rc IS NOT NULL AND ccis_court_id IS NOT NULL
        UNION ALL
        SELECT id, 'N' || ccis_name_key FROM res_partner
         WHERE ccis_is_member AND active AND ccis_name_key IS NOT NULL
        UNION ALL
        SELECT id, 'S' || ccis_name_skeleton FROM res_partner
         WHERE ccis_is_member AND active AND ccis_name_skeleton IS NOT NULL
        UNION ALL
        SELECT id, 'S' || ccis_name_ar_skeleton FROM res_partner
         WHERE ccis_is_member AND active AND ccis_name_ar_skeleton IS NOT NULL
    ), shared AS (
        SELECT array_agg(DISTINCT id) AS ids FROM keys GROUP BY k HAVING count(DISTINCT id) > 1
    )
    SELECT count(*) FROM (SELECT DISTINCT unnest(ids) FROM shared) AS flagged"""), 3)
out('"possible duplicates" filter over the whole registry: %.0f ms (%d members flagged)'
    '   raw SQL, one pass grouping every key: %.0f ms (%d)   ratio %.2f'
    % (t_orm, res, t_sql, rows[0][0], t_orm / t_sql))

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
audited = 'auditlog.log' in env and env['auditlog.rule'].search_count(
    [('model_id.model', '=', 'res.partner'), ('state', '=', 'subscribed')])
import_s = None


def raw_insert_s(last_id):
    """Seconds to store again, in raw SQL, the members an import has just created (those
    after ``last_id``) and their status rows: one ``INSERT ... SELECT`` each, into the same
    tables with the same indexes and foreign keys (new ids and ICEs; copied to temporary
    tables first, untimed). The database's own share of the import, its anchor."""
    env.cr.execute("SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
                   "FROM information_schema.columns WHERE table_name = 'res_partner' "
                   "AND table_schema = current_schema()")
    columns = env.cr.fetchone()[0]
    env.cr.execute('SAVEPOINT bench_raw_insert')
    env.cr.execute('CREATE TEMP TABLE bench_members AS SELECT id AS old_id, %s FROM res_partner '
                   'WHERE id > %%s' % columns, (last_id,))
    env.cr.execute("UPDATE bench_members SET id = nextval('res_partner_id_seq'), "
                   "ccis_ice = 'R' || old_id")
    env.cr.execute('UPDATE bench_members SET commercial_partner_id = id')
    history = 'partner_id, date, new_state, reason, user_id, create_uid, write_uid, ' \
        'create_date, write_date'
    env.cr.execute('CREATE TEMP TABLE bench_history AS SELECT m.id AS %s FROM '
                   'ccis_member_status_history h JOIN bench_members m ON m.old_id = h.partner_id'
                   % history.replace(', ', ', h.'))
    start = time.perf_counter()
    env.cr.execute('INSERT INTO res_partner (%s) SELECT %s FROM bench_members' % (
        columns, columns))
    env.cr.execute('INSERT INTO ccis_member_status_history (%s) SELECT %s FROM bench_history'
                   % (history, history))
    elapsed = time.perf_counter() - start
    env.cr.execute('ROLLBACK TO SAVEPOINT bench_raw_insert')
    return elapsed


for audit in ((True, False) if audited else (False,)) if IMPORT_N else ():
    Wizard = env['ccis.member.import.wizard'].with_context(auditlog_disabled=not audit)
    wizard = Wizard.create({'file': data, 'file_name': 'bench.csv'})
    env.cr.execute('SAVEPOINT bench_import')
    env.cr.execute('SELECT coalesce(max(id), 0) FROM auditlog_log' if audited else 'SELECT 0')
    last_log = env.cr.fetchone()[0]
    env.cr.execute('SELECT max(id) FROM res_partner')
    last_partner = env.cr.fetchone()[0]
    start = time.perf_counter()
    wizard.action_import()
    elapsed = time.perf_counter() - start
    logs = 0
    if audited:
        env.cr.execute("SELECT count(*) FROM auditlog_log l JOIN res_partner p ON p.id = l.res_id "
                       "JOIN ir_model m ON m.id = l.model_id AND m.model = 'res.partner' "
                       "WHERE l.id > %s AND l.method = 'create'", (last_log,))
        logs = env.cr.fetchone()[0]
    out('import wizard%s: %d CSV rows in %.1f s = %.0f rows/s (state %s, %d created, %d errors'
        '%s)' % (' with the audit trail' if audit else ' without the audit trail' if audited
                 else '', IMPORT_N, elapsed, IMPORT_N / elapsed, wizard.state,
                 wizard.create_count, wizard.error_count,
                 ', %d creation logs' % logs if audited else ''))
    if not audit:
        raw_s = raw_insert_s(last_partner)
        out('  the same members and status rows stored by raw SQL (INSERT ... SELECT, same '
            'indexes and foreign keys): %.1f s = %.0f rows/s; wizard (read, check, store) / '
            'raw SQL ratio %.1f' % (raw_s, IMPORT_N / raw_s, elapsed / raw_s))
    env.cr.execute('ROLLBACK TO SAVEPOINT bench_import')
    Members.invalidate_cache()
    import_s = import_s or elapsed

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
def peak_rss_reset():
    """Reset the process's peak resident memory (Linux), to measure one step's peak."""
    try:
        with open('/proc/self/clear_refs', 'w') as clear:
            clear.write('5')
    except OSError:
        pass


def peak_rss_mb():
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def rss_mb():
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024.0


Report = env['report.ccis_member.report_member_export_xlsx']
total = Members.search_count([('ccis_is_member', '=', True)])
region = env['ccis.region'].search([], limit=1, order='id desc')
for label, values in (('region %s' % region.name, {'region_id': region.id}),
                      ('whole registry', {})):
    wizard = env['ccis.member.export.wizard'].create(dict(report='registry', **values))
    Members.invalidate_cache()
    with tempfile.TemporaryFile() as output:
        before = rss_mb()
        peak_rss_reset()
        start = time.perf_counter()
        rows = Report._write_registry(wizard, output)
        export_s = time.perf_counter() - start
        peak = peak_rss_mb()
        size = output.tell()
    tracemalloc.start()
    with tempfile.TemporaryFile() as output:
        Report._write_registry(wizard, output)
    _current, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    out('XLSX export (streamed), %-22s: %d rows in %.1f s (%.0f rows/s), %.1f MB file; '
        'process peak %.0f MB (%+.0f MB over its %.0f MB before), Python allocations peak '
        '%.1f MB' % (label, rows, export_s, rows / export_s, size / 1e6, peak, peak - before,
                     before, traced / 1e6))
t_sql, _r = timed(sql("SELECT name, ccis_ice, ccis_rc FROM res_partner WHERE ccis_is_member "
                      "AND active ORDER BY name, id"), 1)
out('  raw SQL read of the same rows (3 columns, fetched at once): %.0f ms; streamed export / '
    'raw SQL ratio %.0f' % (t_sql, export_s * 1000 / t_sql))
start = time.perf_counter()
content = wizard._xlsx_content()
out('  through the report action (_xlsx_content, bytes returned): %.1f s, %.1f MB' % (
    time.perf_counter() - start, len(content) / 1e6))
del content

if OLD_EXPORT_N:
    # the former path: the ids by an ORM search, rows by SQL chunks, xlsxwriter
    # (constant_memory)
    import datetime as _datetime
    from odoo.addons.ccis_base.tools import xlsx as _xlsx
    from odoo.addons.ccis_member.report.ccis_member_export_xlsx import REGISTRY_COLUMNS
    Members.invalidate_cache()
    peak_rss_reset()
    before = rss_mb()
    start = time.perf_counter()
    ids = Members.search([('ccis_is_member', '=', True)], order='name, id',
                         limit=OLD_EXPORT_N).ids
    query, _params = Report._registry_query(wizard)
    query = query.replace(query[query.index(' WHERE '):query.index(' ORDER BY ')],
                          ' WHERE "res_partner".id = ANY(%s)')
    output = tempfile.TemporaryFile()
    book = _xlsx.workbook(output, {'constant_memory': True})
    sheet = book.add_worksheet('Registre')
    date_format = book.add_format({'num_format': 'dd/mm/yyyy'})
    selections = Report._selections()
    select_columns = {i: selections[f] for i, f in enumerate(REGISTRY_COLUMNS)
                      if f in selections}
    row = 1
    for first in range(0, len(ids), 5000):
        env.cr.execute(query, (ids[first:first + 5000],))
        for values in env.cr.fetchall():
            for col, value in enumerate(values):
                if col in select_columns:
                    value = select_columns[col].get(value, value)
                if value is None or value is False:
                    continue
                if isinstance(value, _datetime.date):
                    sheet.write_datetime(row, col, value, date_format)
                else:
                    sheet.write(row, col, value)
            row += 1
    book.close()
    old_s = time.perf_counter() - start
    out('former export path (ORM search of the ids, xlsxwriter constant_memory): %d rows in '
        '%.1f s (%.0f rows/s, %.0f s per million), process peak %+.0f MB; the streamed export '
        'is %.1fx faster' % (len(ids), old_s, len(ids) / old_s, old_s * 1e6 / len(ids),
                             peak_rss_mb() - before, (rows / export_s) / (len(ids) / old_s)))
    output.close()

if KEEP:
    env.cr.commit()
    out('generated members committed')
else:
    env.cr.rollback()
    out('generated members rolled back')
