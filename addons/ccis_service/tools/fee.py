"""The fee of a chamber service, from the price rule of the fee schedule.

The rules (fields of the service's product, editable by an administrator):

* ``flat``: the product's price;
* ``per_mille``: ``rate`` per mille of the declared value, kept between ``minimum`` and
  ``maximum`` (a bound at 0 is no bound);
* ``scale``: a scale by amount: the bracket whose ``from_amount`` is the highest one not above
  the value gives ``price + rate % x (value - from_amount)``, kept between the bounds too.

A member of the chamber pays the member price of a flat fee when one is set, and the member
discount (a percentage) off a proportional or scaled fee. Amounts are rounded to the centime.
"""

RULES = ('flat', 'per_mille', 'scale')


class FeeError(ValueError):
    """A price rule that cannot give a fee; ``code`` says why (for a message in French)."""

    def __init__(self, code, *args):
        super(FeeError, self).__init__(code, *args)
        self.code = code


def bound(amount, minimum=0.0, maximum=0.0):
    """``amount`` kept between ``minimum`` and ``maximum`` (0 means no bound).

    >>> bound(250.0, 400.0, 1000.0)
    400.0
    >>> bound(1500.0, 400.0, 1000.0)
    1000.0
    >>> bound(650.0, 400.0, 0.0)
    650.0
    """
    if minimum and amount < minimum:
        amount = minimum
    if maximum and amount > maximum:
        amount = maximum
    return float(amount)


def scale_fee(value, scale):
    """Fee of ``value`` on ``scale``, a list of ``(from_amount, price, rate)`` brackets
    (``rate`` in % of the part of the value above ``from_amount``).

    >>> scale = [(0, 5000, 0), (100000, 5000, 2), (1000000, 23000, 1)]
    >>> scale_fee(50000, scale)
    5000.0
    >>> scale_fee(100000, scale)      # a bracket starts at its from_amount, included
    5000.0
    >>> scale_fee(600000, scale)      # 5,000 + 2 % of 500,000
    15000.0
    >>> scale_fee(999950, scale)
    22999.0
    >>> scale_fee(1000000, scale)
    23000.0
    >>> scale_fee(10, [(100, 50, 0)])  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    fee.FeeError: ('below_scale', 10)
    """
    brackets = sorted(scale, key=lambda line: line[0])
    if not brackets:
        raise FeeError('no_scale')
    chosen = None
    for from_amount, price, rate in brackets:
        if value >= from_amount:
            chosen = (from_amount, price, rate)
    if chosen is None:
        raise FeeError('below_scale', value)
    from_amount, price, rate = chosen
    return round(price + (value - from_amount) * rate / 100.0, 2)


def compute_fee(rule, price=0.0, value=0.0, rate=0.0, minimum=0.0, maximum=0.0, scale=(),
                member=False, member_price=None, member_discount=0.0):
    """The fee of one service.

    Flat fee, and the member price:

    >>> compute_fee('flat', price=200)
    200.0
    >>> compute_fee('flat', price=200, member=True, member_price=150)
    150.0
    >>> compute_fee('flat', price=200, member=False, member_price=150)
    200.0
    >>> compute_fee('flat', price=200, member=True)    # no member price: the price
    200.0

    Per mille of the declared value, between a minimum and a maximum (1 per mille, 400 to
    1,000 MAD):

    >>> compute_fee('per_mille', value=250000, rate=1, minimum=400, maximum=1000)
    400.0
    >>> compute_fee('per_mille', value=400000, rate=1, minimum=400, maximum=1000)
    400.0
    >>> compute_fee('per_mille', value=654321, rate=1, minimum=400, maximum=1000)
    654.32
    >>> compute_fee('per_mille', value=1000000, rate=1, minimum=400, maximum=1000)
    1000.0
    >>> compute_fee('per_mille', value=5000000, rate=1, minimum=400, maximum=1000)
    1000.0

    A member discount applies after the bounds:

    >>> compute_fee('per_mille', value=650000, rate=1, minimum=400, maximum=1000,
    ...             member=True, member_discount=20)
    520.0

    A scale by amount, with its bounds:

    >>> scale = [(0, 5000, 0), (100000, 5000, 2), (1000000, 23000, 1)]
    >>> compute_fee('scale', value=2000000, scale=scale)
    33000.0
    >>> compute_fee('scale', value=2000000, scale=scale, maximum=30000)
    30000.0

    What cannot give a fee:

    >>> compute_fee('per_mille', value=-1, rate=1)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    fee.FeeError: ('negative_value', -1)
    >>> compute_fee('auction')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    fee.FeeError: ('unknown_rule', 'auction')
    """
    if rule not in RULES:
        raise FeeError('unknown_rule', rule)
    if value < 0:
        raise FeeError('negative_value', value)
    if rule == 'flat':
        if member and member_price is not None:
            return round(float(member_price), 2)
        return round(float(price), 2)
    if rule == 'per_mille':
        amount = round(value * rate / 1000.0, 2)
    else:
        amount = scale_fee(value, scale)
    amount = bound(amount, minimum, maximum)
    if member and member_discount:
        amount = amount * (100.0 - member_discount) / 100.0
    return round(amount, 2)
