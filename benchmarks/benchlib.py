# What the suite's benchmarks share (not a benchmark itself): printing as they go, the median
# time of a call, a raw SQL query as a call, and a figure printed beside its anchor as a
# ratio. The benchmarks run through ./ccis shell from the repository's root and import it
# with ``sys.path.insert(0, 'benchmarks')``.
import contextlib
import statistics
import sys
import time


def out(*args):
    """Print at once (the shell's output is piped)."""
    print(*args)
    sys.stdout.flush()


def timed(func, repeat=1):
    """(median wall time in ms of ``repeat`` calls of ``func``, the last call's result)."""
    times = []
    result = None
    for _i in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def sql(cr, query, params=None):
    """A call running ``query`` on ``cr`` and returning its rows (to time it)."""
    def run():
        cr.execute(query, params)
        return cr.fetchall()
    return run


def ratio(measured, anchor):
    """``measured`` / ``anchor``, an anchor of 0 counting as 0.001."""
    return measured / max(anchor, 0.001)


@contextlib.contextmanager
def query_time(cr):
    """Within the block, count the queries run on ``cr`` and the time they take: the yielded
    ``{'count': n, 'ms': total}``; what a call spends outside them is Odoo's Python."""
    spent = {'count': 0, 'ms': 0.0}
    execute = cr.execute

    def counted(*args, **kwargs):
        start = time.perf_counter()
        try:
            return execute(*args, **kwargs)
        finally:
            spent['count'] += 1
            spent['ms'] += (time.perf_counter() - start) * 1000
    cr.execute = counted
    try:
        yield spent
    finally:
        del cr.execute
