"""The rules of a chamber's organisation, as plain functions (no database)."""

PARENT_SITE = 'parent_site'
ANNEX_DIRECTION_SITE = 'annex_direction_site'


def unit_site_error(kind, site, site_kind, parent_site):
    """Which site rule a unit breaks, or None.

    A unit belongs to the site of its parent (``PARENT_SITE`` when it does not); the one
    exception is an annex direction, which may report to a unit of the head office but
    must itself belong to an annex (``ANNEX_DIRECTION_SITE`` when it does not).
    ``site`` and ``parent_site`` are anything comparable (ids, records), falsy when unset.
    """
    if kind == 'annex_direction':
        if site and site_kind != 'annex':
            return ANNEX_DIRECTION_SITE
        return None
    if parent_site and site != parent_site:
        return PARENT_SITE
    return None


def order_parents_first(items, parent_of):
    """Return ``items`` (a list) ordered so that every parent comes before its children.

    ``parent_of(item)`` gives the item's parent (or None); parents that are not among the
    items are ignored. The relative order of the items is kept otherwise. Raises
    ValueError when the items loop.
    """
    items = list(items)
    members = set(items)
    placed, ordered = set(), []
    remaining = items
    while remaining:
        ready = [i for i in remaining
                 if parent_of(i) not in members or parent_of(i) in placed]
        if not ready:
            raise ValueError('hierarchy loops')
        ordered.extend(ready)
        placed.update(ready)
        remaining = [i for i in remaining if i not in placed]
    return ordered
