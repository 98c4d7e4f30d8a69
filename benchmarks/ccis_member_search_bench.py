# Benchmark of the members' list searched by a part of the name (ccis_member's
# res_partner_search: the matches first, then the page). Not a test: it prints figures and
# asserts nothing.
#
# Run from /work/main on a registry filled by benchmarks/ccis_member_bench.py
# (CCIS_BENCH_KEEP=1, e.g. 1,000,000 members):
#
#     ./ccis shell -d ccis_dev_member --log-level=warn < benchmarks/ccis_member_search_bench.py
#
# Environment variables:
#   CCIS_BENCH_REPEAT  runs of each search, the median is printed (default 5)
#   CCIS_BENCH_WORDS   the searched words (default: the first words of the generated names,
#                      a rarer string and a missing one)
#
# For each word, as the demo agent (record rules of his units and sites) and as the
# direction (every member): the first page (80 rows) of the members' list filtered by
# name, as the list's search (search_read's search) does it: the suite's path (Odoo's
# ordered walk for at most 50 ms, else the matches gathered first), the matches gathered at
# once (context ccis_search_gather), Odoo's own query (context ccis_search_in_order), and
# the raw SQL of the gathered matches. Then the search view's filter (name, Arabic name or
# acronym). The ratio is the suite's time over the faster of Odoo's query and the raw SQL.
# `env` is provided by `./ccis shell`.
import functools
import os
import sys

sys.path.insert(0, 'benchmarks')
import benchlib  # noqa: E402
from benchlib import out  # noqa: E402

REPEAT = int(os.environ.get('CCIS_BENCH_REPEAT', 5))
WORDS = os.environ.get('CCIS_BENCH_WORDS', 'Atlas,Oasis,Digital,Souss Agro,zzqx').split(',')
env = globals()['env']  # provided by ./ccis shell
cr = env.cr
timed = functools.partial(benchlib.timed, repeat=REPEAT)


def raw(word):
    def run():
        cr.execute("""
            WITH m AS MATERIALIZED (SELECT id, display_name FROM res_partner
                                     WHERE ccis_is_member AND active AND name ILIKE %s)
            SELECT id FROM m ORDER BY display_name LIMIT 80""", ('%' + word + '%',))
        return cr.fetchall()
    return run


cr.execute("SELECT COUNT(*) FROM res_partner WHERE ccis_is_member")
out('members: %d; median of %d runs; first page of 80' % (cr.fetchone()[0], REPEAT))
out('%-44s %11s %10s %10s %10s %7s' % ('search', 'suite', 'gathered', 'Odoo', 'raw SQL',
                                       'ratio'))
users = [('direction', env.ref('ccis_base.user_direction_demo')),
         ('agent', env.ref('ccis_base.user_agent_appui_demo'))]
for word in WORDS:
    for label, user in users:
        Partner = env['res.partner'].sudo(user.id)
        domain = [('ccis_is_member', '=', True), ('name', 'ilike', word)]
        ours_ms, ours = timed(lambda: Partner.search(domain, limit=80))
        odoo_ms, odoo = timed(lambda: Partner.with_context(ccis_search_in_order=True).search(
            domain, limit=80))
        gather_ms, gathered = timed(lambda: Partner.with_context(ccis_search_gather=True).search(
            domain, limit=80))
        raw_ms, _rows = timed(raw(word))
        same = 'same' if ours.ids == odoo.ids == gathered.ids else 'DIFFERENT'
        out('%-44s %8.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f  %s (%d)' % (
            'name contains %r (%s)' % (word, label), ours_ms, gather_ms, odoo_ms, raw_ms,
            ours_ms / min(odoo_ms, raw_ms), same, len(ours)))
    Partner = env['res.partner'].sudo(users[1][1].id)
    domain = [('ccis_is_member', '=', True), '|', '|', ('name', 'ilike', word),
              ('ccis_name_ar', 'ilike', word), ('ccis_acronym', 'ilike', word)]
    ours_ms, ours = timed(lambda: Partner.search(domain, limit=80))
    odoo_ms, odoo = timed(lambda: Partner.with_context(ccis_search_in_order=True).search(
        domain, limit=80))
    out('%-44s %8.1f ms %10s %7.1f ms %10s %7s  %s' % (
        'search view filter %r (agent)' % word, ours_ms, '', odoo_ms, '', '',
        'same' if ours.ids == odoo.ids else 'DIFFERENT'))
out('load average at the end: %.2f %.2f %.2f' % os.getloadavg())
cr.rollback()
