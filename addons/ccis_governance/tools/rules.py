"""Pure governance rules: quorum and vote outcome.

No Odoo import here: these functions are called by the models and tested
without a database (see tests/test_rules.py).
"""
import math
from collections import namedtuple

QuorumResult = namedtuple('QuorumResult', ['required', 'counted', 'reached'])

# majority rules
MAJORITY_SIMPLE = 'simple'          # more votes for than against, abstentions ignored
MAJORITY_ABSOLUTE = 'absolute'      # more than half of the votes cast (abstentions count)
MAJORITY_TWO_THIRDS = 'two_thirds'  # at least two thirds of the votes cast

# tie rules
TIE_PRESIDENT = 'president'  # the president's side prevails
TIE_REJECTED = 'rejected'    # a tie rejects the motion

ADOPTED = 'adopted'
REJECTED = 'rejected'


def required_quorum(members, share, strict=False):
    """Number of members that must be counted for the quorum.

    :param members: number of voting members of the organ
    :param share: required share, in percent (0-100); 0 means no quorum
    :param strict: True when *more than* the share is required (e.g. "more than
        half"), False when *at least* the share is enough
    """
    if members < 0:
        raise ValueError("members must be >= 0")
    if share < 0 or share > 100:
        raise ValueError("share must be between 0 and 100")
    if not share or not members:
        return 0
    exact = members * share / 100.0
    if strict:
        return min(int(math.floor(exact + 1e-9)) + 1, members)
    return int(math.ceil(exact - 1e-9))


def compute_quorum(members, present, represented=0, share=50.0, count_proxies=True,
                   strict=False):
    """Quorum of a meeting.

    :param members: voting members convened
    :param present: members present in person
    :param represented: members absent but represented by a proxy holder
    :param share: required share of the members, in percent
    :param count_proxies: whether represented members count for the quorum
    :param strict: more than the share (True) or at least the share (False)
    :return: QuorumResult(required, counted, reached)
    """
    if present < 0 or represented < 0:
        raise ValueError("present and represented must be >= 0")
    counted = present + (represented if count_proxies else 0)
    required = required_quorum(members, share, strict=strict)
    return QuorumResult(required, counted, counted >= required)


def is_tie(votes_for, votes_against):
    return votes_for == votes_against and votes_for > 0


def vote_outcome(votes_for, votes_against, votes_abstain=0, majority=MAJORITY_SIMPLE,
                 tie_rule=TIE_PRESIDENT, president_vote=None):
    """Outcome of an open vote: ADOPTED or REJECTED.

    :param majority: MAJORITY_SIMPLE, MAJORITY_ABSOLUTE or MAJORITY_TWO_THIRDS
    :param tie_rule: TIE_PRESIDENT (the president's side prevails, law 18-09) or
        TIE_REJECTED; applies to simple and absolute majorities when the votes
        for equal the votes against
    :param president_vote: 'for', 'against', 'abstain' or None; used by TIE_PRESIDENT
    """
    for value in (votes_for, votes_against, votes_abstain):
        if value < 0:
            raise ValueError("votes must be >= 0")
    if majority not in (MAJORITY_SIMPLE, MAJORITY_ABSOLUTE, MAJORITY_TWO_THIRDS):
        raise ValueError("unknown majority rule %r" % majority)
    if tie_rule not in (TIE_PRESIDENT, TIE_REJECTED):
        raise ValueError("unknown tie rule %r" % tie_rule)
    if not votes_for:
        return REJECTED
    if majority != MAJORITY_TWO_THIRDS and is_tie(votes_for, votes_against):
        if tie_rule == TIE_PRESIDENT and president_vote == 'for':
            return ADOPTED
        return REJECTED
    if majority == MAJORITY_SIMPLE:
        return ADOPTED if votes_for > votes_against else REJECTED
    cast = votes_for + votes_against + votes_abstain
    if majority == MAJORITY_ABSOLUTE:
        return ADOPTED if 2 * votes_for > cast else REJECTED
    return ADOPTED if 3 * votes_for >= 2 * cast else REJECTED
