from werkzeug.exceptions import NotFound
from werkzeug.urls import url_encode

from odoo import http
from odoo.http import request

from odoo.addons.http_routing.models.ir_http import slug, unslug

PER_PAGE = 20


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class CcisDirectory(http.Controller):
    """The public directory of the members who agreed to appear in it: active members
    published by the chamber, with the contact fields they chose; nothing else."""

    @http.route(['/annuaire'], type='http', auth='public', website=True)
    def directory(self, search='', sector=None, province=None, page=1, **kw):
        Partner = request.env['res.partner']
        search = (search or '').strip()[:100]
        sector_id, province_id = _int(sector), _int(province)
        page = max(_int(page) or 1, 1)
        cards, has_next = Partner._ccis_directory_page(
            search=search, sector_id=sector_id, province_id=province_id, page=page,
            per_page=PER_PAGE)
        for card in cards:
            card['slug'] = slug((card['id'], card['name']))
        params = {k: v for k, v in (('search', search), ('sector', sector_id or ''),
                                    ('province', province_id or '')) if v}

        def page_url(number):
            return '/annuaire?%s' % url_encode(dict(params, page=number))
        # reference lists of the search form (public labels only)
        values = {
            'cards': cards,
            'search': search,
            'sector_id': sector_id,
            'province_id': province_id,
            'sectors': request.env['ccis.member.sector'].sudo().search_read(
                [], ['complete_name']),
            'provinces': request.env['ccis.province'].sudo().search_read([], ['name']),
            'page': page,
            'prev_url': page > 1 and page_url(page - 1),
            'next_url': has_next and page_url(page + 1),
        }
        return request.render('ccis_portal.directory_page', values)

    @http.route(['/annuaire/<string:member_slug>'], type='http', auth='public',
                website=True)
    def directory_card(self, member_slug, **kw):
        _name, member_id = unslug(member_slug)
        card = member_id and request.env['res.partner']._ccis_directory_member(member_id)
        if not card:
            raise NotFound()
        return request.render('ccis_portal.directory_card', {'card': card})
