# Load test: a chamber's working day over HTTP, simulated agents ramping up. Not a test: it
# prints figures and asserts nothing.
#
# Against a running server of the suite with demo users (the production profile serves
# with prefork workers and the long-polling process), e.g. on a copy of the demo database
# filled with members by benchmarks/ccis_portal_directory_bench.py (CCIS_BENCH_KEEP=1):
#
#     ./ccis -c config/odoo-production.conf -d ccis_load --db-filter='^ccis_load$' \
#         --http-port=8079 --longpolling-port=8082 --workers=4 --max-cron-threads=0 &
#     CCIS_LOAD_URL=http://127.0.0.1:8079 CCIS_LOAD_DB=ccis_load \
#         .venv/bin/python benchmarks/ccis_load_test.py
#
# Environment variables:
#   CCIS_LOAD_URL      the server (default http://127.0.0.1:8069)
#   CCIS_LOAD_DB       the database (default ccis)
#   CCIS_LOAD_STAGES   concurrent agents of each stage (default 1,10,25,50)
#   CCIS_LOAD_SECONDS  duration of each stage after its ramp (default 60)
#   CCIS_LOAD_THINK    an agent's pause between two actions, in seconds (default 1.0: an
#                      agent at the counter does not click faster; 0 measures saturation)
#   CCIS_LOAD_RAMP     seconds over which a stage's agents sign in, one after the other
#                      (default 10: a morning's agents do not all sign in at the same second;
#                      0: all at once)
#   CCIS_LOAD_USERS    demo logins the agents sign in as, password = login
#                      (default agent,annexe,chef)
#
# Each simulated agent signs in through the web client's JSON-RPC (/web/session/authenticate,
# timed as "login"), then repeats what agents do, picked at random with these weights: search
# members by name (the list view's search_read), find a member by ICE, open a member's form,
# edit a member's phone, list the events, open the programme's indicators grouped as the
# analysis view does (read_group), register a participant to an event, record a member's
# request. Every call goes through the access rules of the signed-in user. Per stage it
# prints the throughput, the median, 95th and 99th percentiles of each action and the errors
# (HTTP or Odoo errors, by message), then the figures of the whole run. Records it creates are
# named "Charge …" so that they can be found and removed.
import collections
import itertools
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

URL = os.environ.get('CCIS_LOAD_URL', 'http://127.0.0.1:8069').rstrip('/')
DB = os.environ.get('CCIS_LOAD_DB', 'ccis')
STAGES = [int(n) for n in os.environ.get('CCIS_LOAD_STAGES', '1,10,25,50').split(',')]
SECONDS = float(os.environ.get('CCIS_LOAD_SECONDS', 60))
THINK = float(os.environ.get('CCIS_LOAD_THINK', 1.0))
RAMP = float(os.environ.get('CCIS_LOAD_RAMP', 10))
LOGINS = os.environ.get('CCIS_LOAD_USERS', 'agent,annexe,chef').split(',')
WORDS = ['Atlas', 'Menara', 'Rif', 'Souss', 'Oasis', 'Bouregreg', 'Gharb', 'Zaer', 'Saiss',
         'Chaouia', 'Tafilalet', 'Draa', 'Textile', 'Agro', 'Logistique', 'Digital']
# the columns of the members' list view and the fields of their form (the registry's main ones)
LIST_FIELDS = ['name', 'ccis_ice', 'ccis_rc', 'city', 'ccis_sector_id', 'ccis_state',
               'ccis_site_id']
FORM_FIELDS = LIST_FIELDS + ['ccis_if', 'ccis_cnss', 'ccis_legal_form_id', 'phone', 'email',
                             'street', 'ccis_province_id', 'ccis_member_kind', 'website',
                             'ccis_status_history_ids', 'ccis_document_ids']
_ids = itertools.count(1)


class OdooError(Exception):
    pass


class Agent(object):
    """One simulated agent: a browser session of the web client (its cookie) and the JSON-RPC
    calls the web client makes for each action."""

    def __init__(self, login, sample):
        self.login = login
        self.sample = sample
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()))

    def rpc(self, path, params):
        body = json.dumps({'jsonrpc': '2.0', 'method': 'call', 'id': next(_ids),
                           'params': params}).encode()
        request = urllib.request.Request(URL + path, body,
                                         {'Content-Type': 'application/json'})
        with self.opener.open(request, timeout=120) as response:
            answer = json.loads(response.read().decode())
        if answer.get('error'):
            error = answer['error']
            raise OdooError(error.get('data', {}).get('message') or error.get('message'))
        return answer.get('result')

    def call(self, model, method, *args, **kwargs):
        return self.rpc('/web/dataset/call_kw/%s/%s' % (model, method), {
            'model': model, 'method': method, 'args': list(args), 'kwargs': kwargs})

    # the actions ------------------------------------------------------------------------

    def do_login(self):
        result = self.rpc('/web/session/authenticate',
                          {'db': DB, 'login': self.login, 'password': self.login})
        if not result.get('uid'):
            raise OdooError('login refused for %s' % self.login)
        self.uid = result['uid']

    def do_search_name(self):
        self.call('res.partner', 'search_read', [
            ('ccis_is_member', '=', True), ('name', 'ilike', random.choice(WORDS))],
            fields=LIST_FIELDS, limit=80, order='name')

    def do_search_ice(self):
        self.call('res.partner', 'search_read', [('ccis_ice', '=', random.choice(
            self.sample['ices']))], fields=LIST_FIELDS, limit=80)

    def do_open_form(self):
        self.call('res.partner', 'read', [random.choice(self.sample['members'])], FORM_FIELDS)

    def do_edit(self):
        member = random.choice(self.sample['editable'][self.login])
        self.call('res.partner', 'write', [member],
                  {'phone': '+212 5 22 %02d %02d %02d' % tuple(
                      random.randrange(100) for _i in range(3))})

    def do_list_events(self):
        self.call('event.event', 'search_read', [], fields=[
            'name', 'date_begin', 'date_end', 'seats_reserved', 'state'], limit=80,
            order='date_begin desc')

    def do_dashboard(self):
        self.call('ccis.indicator.line', 'read_group', [],
                  ['definition_id', 'axis_id', 'target', 'realised'],
                  ['definition_id', 'axis_id'], lazy=False)

    def do_register(self):
        self.call('event.registration', 'create', {
            'event_id': random.choice(self.sample['events'][self.login]),
            'partner_id': random.choice(self.sample['members']),
            'name': 'Charge %d' % random.randrange(10 ** 6),
            'email': 'charge%d@example.ma' % random.randrange(10 ** 6)})

    def do_request(self):
        self.call('ccis.member.request', 'create', {
            'partner_id': random.choice(self.sample['editable'][self.login]),
            'category_id': random.choice(self.sample['categories']),
            'subject': 'Charge : demande %d' % random.randrange(10 ** 6)})


# what agents do, and how often (weights)
ACTIONS = [('search_name', 30), ('search_ice', 15), ('open_form', 25), ('edit', 8),
           ('list_events', 8), ('dashboard', 4), ('register', 5), ('request', 5)]


def prepare():
    """Ids the agents work on, read once as each demo user (so within their rules)."""
    sample = {'editable': {}}
    for login in LOGINS:
        agent = Agent(login, sample)
        agent.do_login()
        members = agent.call('res.partner', 'search_read', [
            ('ccis_is_member', '=', True), ('ccis_ice', '!=', False)],
            fields=['ccis_ice'], limit=2000, order='id desc')
        sample.setdefault('members', []).extend(m['id'] for m in members)
        sample.setdefault('ices', []).extend(m['ccis_ice'] for m in members)
        # the members whose file this user may change (its site's)
        sample['editable'][login] = [m['id'] for m in agent.call(
            'res.partner', 'search_read', [('ccis_is_member', '=', True)], fields=['id'],
            limit=100, order='id desc') if agent_can_write(agent, m['id'])][:50]
        if not sample['editable'][login]:
            raise SystemExit('%s may change no member: choose other CCIS_LOAD_USERS' % login)
        sample.setdefault('events', {})[login] = [e['id'] for e in agent.call(
            'event.event', 'search_read', [('state', 'in', ['draft', 'confirm'])],
            fields=['id'], limit=20)]
        sample['categories'] = [c['id'] for c in agent.call(
            'ccis.member.request.category', 'search_read', [], fields=['id'])]
    return sample


def agent_can_write(agent, member_id):
    try:
        agent.call('res.partner', 'check_access_rule', [member_id], 'write')
        return True
    except OdooError:
        return False


def run_agent(login, sample, stop, records, delay=0.0):
    if stop.wait(delay):
        return
    agent = Agent(login, sample)
    population = [name for name, weight in ACTIONS for _i in range(weight)]
    action = 'login'
    while not stop.is_set():
        begin = time.perf_counter()
        try:
            getattr(agent, 'do_' + action)()
            records.append((action, time.perf_counter() - begin, None))
        except (OdooError, urllib.error.URLError, OSError, ValueError) as error:
            message = ' '.join(str(error).split())[:300]
            records.append((action, time.perf_counter() - begin, message))
            if action == 'login':
                stop.wait(1.0)
                continue
        action = random.choice(population)
        if THINK:
            stop.wait(random.uniform(0.5 * THINK, 1.5 * THINK))


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(share * len(values))) - 1))]


def report(title, records, seconds):
    done = [r for r in records if not r[2]]
    print('%s: %d actions in %.0f s, %.1f actions/s, %d errors' % (
        title, len(records), seconds, len(done) / seconds, len(records) - len(done)))
    by_action = collections.defaultdict(list)
    for action, elapsed, error in done:
        by_action[action].append(elapsed * 1000)
    for action, _weight in [('login', 0)] + ACTIONS:
        times = by_action.get(action)
        if times:
            print('    %-12s %6d   median %7.1f ms   p95 %7.1f ms   p99 %7.1f ms' % (
                action, len(times), statistics.median(times), percentile(times, 0.95),
                percentile(times, 0.99)))
    errors = collections.Counter('%s: %s' % (r[0], r[2]) for r in records if r[2])
    for message, count in errors.most_common(5):
        print('    error x%d  %s' % (count, message))
    sys.stdout.flush()


def main():
    print('CCIS load test: %s, database %s, stages %s agents signing in over %.0f s, then '
          '%.0f s, think time %.1f s' % (URL, DB, STAGES, RAMP, SECONDS, THINK))
    sample = prepare()
    print('sample: %d members, %d events; agents sign in as %s' % (
        len(sample['members']), len(set(sum(sample['events'].values(), []))),
        ', '.join(LOGINS)))
    for agents in STAGES:
        stop, records, threads = threading.Event(), [], []
        for index in range(agents):
            thread = threading.Thread(target=run_agent, args=(
                LOGINS[index % len(LOGINS)], sample, stop, records, RAMP * index / agents),
                daemon=True)
            threads.append(thread)
            thread.start()
        begin = time.perf_counter()
        time.sleep(RAMP + SECONDS)
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
        report('%d agents' % agents, records, time.perf_counter() - begin)


if __name__ == '__main__':
    main()
