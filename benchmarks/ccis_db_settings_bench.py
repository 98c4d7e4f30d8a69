# The effect of PostgreSQL's per-session settings on the suite's heavy reads (README,
# "Database care"). Not a test: it prints figures and asserts nothing.
#
# Run from /work/main on a large registry (e.g. 1,000,000 members, see
# benchmarks/ccis_member_bench.py or ccis_portal_directory_bench.py with CCIS_BENCH_KEEP=1):
#
#     ./ccis shell -d ccis_dev_member --log-level=warn < benchmarks/ccis_db_settings_bench.py
#
# Environment variables:
#   CCIS_BENCH_REPEAT  runs of each read, the median is printed (default 5)
#
# Each read is what a screen asks (the registry's analysis by province, status, region x
# category; the members' list searched by name; the dashboard's counts), through the ORM
# as the direction user, timed with the server's settings, then with one setting changed for
# the transaction (SET LOCAL): JIT compilation off, work_mem 4 MB (PostgreSQL's default) /
# 64 MB, random_page_cost 1.1 (SSD). The ratio is the setting's time over the server's.
# shared_buffers and effective_cache_size cannot change per session: the README gives them.
# `env` is provided by `./ccis shell`.
import os
import statistics
import time

REPEAT = int(os.environ.get('CCIS_BENCH_REPEAT', 5))
env = globals()['env']  # provided by ./ccis shell
cr = env.cr
direction = env.ref('ccis_base.user_direction_demo', raise_if_not_found=False) or env.user
Partner = env['res.partner'].sudo(direction.id)
MEMBERS = [('ccis_is_member', '=', True)]
READS = [
    ('members by province (pivot)', lambda: Partner.read_group(
        MEMBERS, ['ccis_province_id'], ['ccis_province_id'])),
    ('members by status (pivot)', lambda: Partner.read_group(
        MEMBERS, ['ccis_state'], ['ccis_state'])),
    ('members by region x category', lambda: Partner.read_group(
        MEMBERS, ['ccis_region_id', 'ccis_category_id'], ['ccis_region_id', 'ccis_category_id'],
        lazy=False)),
    ('list searched by name (80 rows)', lambda: Partner.search_read(
        MEMBERS + [('name', 'ilike', 'Oasis')], ['name', 'ccis_ice', 'city'], limit=80)),
    ('members created this year (count)', lambda: Partner.search_count(
        MEMBERS + [('create_date', '>=', '2026-01-01')])),
]
SETTINGS = [
    ('jit = off', "SET LOCAL jit = off"),
    ('work_mem = 4MB', "SET LOCAL work_mem = '4MB'"),
    ('work_mem = 64MB', "SET LOCAL work_mem = '64MB'"),
    ('random_page_cost = 1.1', "SET LOCAL random_page_cost = 1.1"),
]


def median_ms(func):
    runs = []
    for _run in range(REPEAT):
        env.clear()
        start = time.perf_counter()
        func()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def server_setting(name):
    cr.execute('SHOW %s' % name)
    return cr.fetchone()[0]


cr.execute("SELECT COUNT(*) FROM res_partner WHERE ccis_is_member")
print('members: %d; server: jit=%s work_mem=%s random_page_cost=%s shared_buffers=%s; '
      'median of %d runs' % (cr.fetchone()[0], server_setting('jit'),
                             server_setting('work_mem'), server_setting('random_page_cost'),
                             server_setting('shared_buffers'), REPEAT))
header = '%-36s %10s' % ('read', 'server') + ''.join(
    ' %22s' % label for label, _sql in SETTINGS)
print(header)
for label, read in READS:
    cr.execute('SAVEPOINT bench')
    base = median_ms(read)
    cells = []
    for _setting, sql in SETTINGS:
        cr.execute('SAVEPOINT setting')
        cr.execute(sql)
        value = median_ms(read)
        cr.execute('ROLLBACK TO SAVEPOINT setting')
        cells.append(' %12.1f ms (%4.2f)' % (value, value / base if base else 0))
    cr.execute('ROLLBACK TO SAVEPOINT bench')
    print('%-36s %7.1f ms' % (label, base) + ''.join(cells))
print('load average at the end: %.2f %.2f %.2f' % os.getloadavg())
cr.rollback()
