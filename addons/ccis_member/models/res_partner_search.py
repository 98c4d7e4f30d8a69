"""Lists of partners searched by a part of their name: a bounded walk, else the matches
first.

A list filtered by ``name ilike 'atlas'`` and ordered by display name (the members' list,
the agents' most common search) is one query with ``ORDER BY display_name LIMIT 80``.
PostgreSQL walks the display-name index in order and tests each name, expecting the 80
matches early. That is instant when matching names sort early, and reads half the registry
when they sort late (a word that begins many names further down the alphabet): 1.5 s at
1,000,000 members, with the database busy for everybody meanwhile
(benchmarks/ccis_load_test.py). So such a search first runs Odoo's query for at most
``WALK_MS`` milliseconds (statement_timeout); past that it gathers the matches through the
trigram indexes (a materialised common table expression holding the sort columns) and sorts
only them: 0.1–0.2 s whatever the word. Same records in the same order either way
(tests/test_search.py; benchmarks/ccis_member_search_bench.py prints each path).

Only searches that find a part of a name of at least three characters (what a trigram
index can find) and are ordered by the partner's own columns take this path; any other
search is Odoo's. In the context, ``ccis_search_in_order`` keeps Odoo's query and
``ccis_search_gather`` gathers at once (tests, benchmark).
"""
import re

import psycopg2

from odoo import api, models
from odoo.osv import expression

# the text fields whose "contains" searches the trigram indexes serve (ccis_member's
# _auto_init and ccis_portal's)
TEXT_FIELDS = ('name', 'display_name', 'ccis_name_ar', 'ccis_acronym', 'email', 'ref', 'vat')
CONTAINS = ('ilike', 'like')
MIN_PART = 3
# a column of another table than the partner's in an ORDER BY clause, a partner's column
OTHER_TABLE = re.compile(r'"(?!res_partner")[^"]+"\."')
OWN_COLUMN = re.compile(r'"res_partner"\."([a-z0-9_]+)"')
# how long Odoo's ordered walk may take before the matches are gathered first
WALK_MS = 50


def searches_a_name_part(domain):
    """Whether ``domain`` looks for a part of at least three characters of a partner's name
    (or of another text a trigram index serves).

    >>> searches_a_name_part([('ccis_is_member', '=', True), ('name', 'ilike', 'atlas')])
    True
    >>> searches_a_name_part(['|', ('name', 'ilike', 'ab'), ('ref', '=', 'X')])
    False
    >>> searches_a_name_part([('name', 'not ilike', 'atlas')])
    False
    >>> searches_a_name_part([('name', 'ilike', '%%%')])
    False
    """
    for leaf in domain or ():
        if isinstance(leaf, (list, tuple)) and len(leaf) == 3 and leaf[0] in TEXT_FIELDS \
                and leaf[1] in CONTAINS and isinstance(leaf[2], str) \
                and len(leaf[2].strip('%_ ')) >= MIN_PART:
            return True
    return False


class ResPartner(models.Model):
    _inherit = 'res.partner'

    @api.model
    def _search(self, args, offset=0, limit=None, order=None, count=False,
                access_rights_uid=None):
        if count or not limit or self.env.context.get('ccis_search_in_order') or \
                not searches_a_name_part(args):
            return super()._search(args, offset=offset, limit=limit, order=order, count=count,
                                   access_rights_uid=access_rights_uid)
        self.sudo(access_rights_uid or self._uid).check_access_rights('read')
        if expression.is_false(self, args):
            return []
        # the query Odoo's _search builds (domain, record rules, order), matches first
        query = self._where_calc(args)
        self._apply_ir_rules(query, 'read')
        order_by = self._generate_order_by(order, query)
        if OTHER_TABLE.search(order_by):
            return super()._search(args, offset=offset, limit=limit, order=order,
                                   access_rights_uid=access_rights_uid)
        from_clause, where_clause, params = query.get_sql()
        where = where_clause and ' WHERE %s' % where_clause or ''
        page = ' LIMIT %d%s' % (limit, offset and ' OFFSET %d' % offset or '')
        rows = None
        if not self.env.context.get('ccis_search_gather'):
            rows = self._ccis_bounded_walk(
                'SELECT "res_partner".id FROM %s%s%s%s' % (from_clause, where, order_by, page),
                params)
        if rows is None:
            # the matches with the columns the order reads, named as the partner's table
            columns = ['id'] + sorted(set(OWN_COLUMN.findall(order_by)) - {'id'})
            self._cr.execute(
                'WITH matches AS MATERIALIZED (SELECT %s FROM %s%s) '
                'SELECT "res_partner".id FROM matches AS "res_partner"%s%s' % (
                    ', '.join('"res_partner"."%s"' % column for column in columns),
                    from_clause, where, order_by, page), params)
            rows = self._cr.fetchall()
        seen = set()
        return [row[0] for row in rows if row[0] not in seen and not seen.add(row[0])]

    def _ccis_bounded_walk(self, query, params):
        """The rows of ``query`` if PostgreSQL answers within WALK_MS, else None (the
        statement cancelled, the transaction as it was)."""
        cr = self._cr
        cr.execute('SHOW statement_timeout')
        previous = cr.fetchone()[0]
        try:
            with cr.savepoint():
                cr.execute('SET LOCAL statement_timeout = %s', (WALK_MS,))
                cr.execute(query, params, log_exceptions=False)
                rows = cr.fetchall()
                cr.execute('SET LOCAL statement_timeout = %s', (previous,))
        except psycopg2.extensions.QueryCanceledError:
            return None
        return rows
