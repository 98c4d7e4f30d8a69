"""The recipients of a newsletter: the members (res.partner) a segment chooses by sector,
territory and status, as an Odoo domain. Pure function (no Odoo import).

Whatever the criteria, a recipient is a member (``ccis_is_member``) with an email address who
has not opted out of mass mailings (``opt_out``, set by the unsubscribe link of every
mailing), and a struck-off member receives nothing unless the segment asks for that status.
"""

BASE = [('ccis_is_member', '=', True), ('email', '!=', False), ('opt_out', '=', False)]
STRUCK_OFF = 'struck_off'


def recipients_domain(sector_ids=(), region_ids=(), province_ids=(), state=None,
                      member_kind=None):
    """The domain of the members a segment chooses: sectors with their sub-sectors, the
    provinces and the regions given (either), one status (by default every status but
    struck off) and one kind of member.

    >>> recipients_domain()  # doctest: +NORMALIZE_WHITESPACE
    [('ccis_is_member', '=', True), ('email', '!=', False), ('opt_out', '=', False),
     ('ccis_state', '!=', 'struck_off')]
    >>> recipients_domain(sector_ids=[3], province_ids=[31], state='active')[3:]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('ccis_sector_id', 'child_of', [3]), ('ccis_province_id', 'in', [31]),
     ('ccis_state', '=', 'active')]
    >>> recipients_domain(region_ids=[4], province_ids=[52], member_kind='company')[3:]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['|', ('ccis_province_id', 'in', [52]), ('ccis_region_id', 'in', [4]),
     ('ccis_state', '!=', 'struck_off'), ('ccis_member_kind', '=', 'company')]
    """
    domain = list(BASE)
    if sector_ids:
        domain.append(('ccis_sector_id', 'child_of', list(sector_ids)))
    territory = []
    if province_ids:
        territory.append(('ccis_province_id', 'in', list(province_ids)))
    if region_ids:
        territory.append(('ccis_region_id', 'in', list(region_ids)))
    domain += ['|'] * (len(territory) - 1) + territory
    if state:
        domain.append(('ccis_state', '=', state))
    else:
        domain.append(('ccis_state', '!=', STRUCK_OFF))
    if member_kind:
        domain.append(('ccis_member_kind', '=', member_kind))
    return domain
