# Benchmark of the public business directory over HTTP (ccis_portal, /annuaire). Not a test.
#
# Times the directory's pages as an anonymous visitor sees them (routing, website, the
# query, QWeb rendering), against a running server on a database with many members, e.g.
# one filled by the directory benchmark with CCIS_BENCH_KEEP=1:
#
#     createdb -T ccis ccis_dir && cp -a .data/filestore/ccis .data/filestore/ccis_dir
#     CCIS_BENCH_N=1000000 CCIS_BENCH_KEEP=1 ./ccis shell -d ccis_dir --log-level=warn \
#         < benchmarks/ccis_portal_directory_bench.py
#     ./ccis -d ccis_dir --db-filter=ccis_dir --http-port=8079 --workers=2 &
#     CCIS_BENCH_URL=http://127.0.0.1:8079 .venv/bin/python benchmarks/ccis_portal_directory_http.py
#
# Environment variables:
#   CCIS_BENCH_URL     the server (default http://127.0.0.1:8069)
#   CCIS_BENCH_REPEAT  requests per page, after one warm-up request (default 20)
#
# Prints, per page, the median and the 95th percentile of the response time and the size of
# the page; the query alone, beside its raw SQL, is timed by ccis_portal_directory_bench.py.
import os
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

URL = os.environ.get('CCIS_BENCH_URL', 'http://127.0.0.1:8069').rstrip('/')
REPEAT = int(os.environ.get('CCIS_BENCH_REPEAT', 20))

PAGES = [
    ('page 1', {}),
    ('page 50', {'page': 50}),
    ('page 500', {'page': 500}),
    ("name 'menara digital'", {'search': 'menara digital'}),
    ("name 'oasis'", {'search': 'oasis'}),
    ("name '12345' (rare)", {'search': '12345'}),
    ("name 'oasis', page 20", {'search': 'oasis', 'page': 20}),
]


def fetch(path):
    begin = time.perf_counter()
    with urllib.request.urlopen(URL + path, timeout=60) as response:
        body = response.read()
        status = response.status
    return (time.perf_counter() - begin) * 1000, status, len(body)


def bench(label, params):
    path = '/annuaire' + ('?' + urllib.parse.urlencode(params) if params else '')
    fetch(path)  # warm-up: the server's caches, as for a visitor after the first
    runs = []
    for _i in range(REPEAT):
        elapsed, status, size = fetch(path)
        if status != 200:
            raise SystemExit('%s: HTTP %s' % (path, status))
        runs.append(elapsed)
    runs.sort()
    p95 = runs[min(len(runs) - 1, int(round(0.95 * len(runs))) - 1)]
    print('%-28s median %7.1f ms   p95 %7.1f ms   %6.1f kB' % (
        label, statistics.median(runs), p95, size / 1024.0))
    sys.stdout.flush()


def first_option(page, name):
    """The id of the 4th option of the select ``name`` of the directory's search form."""
    select = re.search(r'<select name="%s".*?</select>' % name, page, re.S).group(0)
    return re.findall(r'<option value="(\d+)"', select)[3]


def main():
    print('ccis_portal directory over HTTP: %s, %d requests per page' % (URL, REPEAT))
    with urllib.request.urlopen(URL + '/annuaire', timeout=60) as response:
        page = response.read().decode('utf-8')
    sector, province = first_option(page, 'sector'), first_option(page, 'province')
    for label, params in PAGES + [
            ('sector', {'sector': sector}),
            ('province', {'province': province}),
            ("province + 'rif'", {'province': province, 'search': 'rif'})]:
        bench(label, params)


if __name__ == '__main__':
    main()
