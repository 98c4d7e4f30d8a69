"""Pure rules of the structuring projects, without the database: the progress computed from
the tasks, the consumption of the budget, whether a milestone is late.

No Odoo import here: the models call these functions, the doctests run with the suite
(tests/tools/test_doctests.py).
"""


def progress(tasks):
    """Progress (0 to 100) of a project from its tasks: an iterable of (planned hours, done).

    Each task weighs its planned hours when the project plans hours; a task without planned
    hours then weighs the average of the others (it is not left out). Without any planned
    hours, every task weighs the same. No task: 0.

    >>> progress([])
    0.0
    >>> progress([(0.0, True), (0.0, False), (0.0, False), (0.0, True)])
    50.0
    >>> progress([(30.0, True), (10.0, False)])
    75.0
    >>> round(progress([(30.0, True), (10.0, False), (0.0, True)]), 2)   # 30 + 20 of 60
    83.33
    """
    tasks = [(hours or 0.0, bool(done)) for hours, done in tasks]
    if not tasks:
        return 0.0
    planned = [hours for hours, _done in tasks if hours > 0]
    default = sum(planned) / len(planned) if planned else 1.0
    weights = [(hours if hours > 0 else default, done) for hours, done in tasks]
    total = sum(weight for weight, _done in weights)
    return sum(weight for weight, done in weights if done) / total * 100.0


def consumption_rate(budget, spent):
    """Share (%) of the budget spent; 0 without a budget.

    >>> consumption_rate(2000000.0, 500000.0)
    25.0
    >>> consumption_rate(0.0, 1200.0)
    0.0
    >>> consumption_rate(1000.0, 1250.0)
    125.0
    """
    return spent / budget * 100.0 if budget else 0.0


def is_late(date_planned, state, today):
    """Whether a milestone planned on ``date_planned`` (ISO text) is late on ``today``: still
    planned and its date passed.

    >>> is_late('2031-03-31', 'planned', '2031-04-01')
    True
    >>> is_late('2031-03-31', 'planned', '2031-03-31')
    False
    >>> is_late('2031-03-31', 'reached', '2031-06-01')
    False
    >>> is_late(False, 'planned', '2031-06-01')
    False
    """
    return bool(state == 'planned' and date_planned and str(date_planned)[:10] < str(today)[:10])
