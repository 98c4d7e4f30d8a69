from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.http import request

from odoo.addons.ccis_portal.controllers.portal import CcisCustomerPortal


class CcisB2bCustomerPortal(CcisCustomerPortal):

    # ------------------------------------------------------------------
    # B2B meetings: wishes and schedule
    # ------------------------------------------------------------------
    def _ccis_my_b2b_registration(self, registration_id):
        registration = self._ccis_my_registration(registration_id)
        if registration.event_id.ccis_kind != 'b2b':
            raise NotFound()
        return registration

    def _ccis_b2b_page(self, registration, error=None, post=None, done=None):
        names, targets = registration._ccis_portal_b2b_companies()
        Wish = request.env['ccis.b2b.wish']
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_event_b2b',
            'registration': registration,
            'event': registration.event_id,
            'wishes': Wish.search([('registration_id', '=', registration.id)]),
            'names': names,
            'targets': targets,
            'sectors': request.env['ccis.member.sector'].search([]),
            'kinds': Wish._fields['kind']._description_selection(request.env),
            'priorities': Wish._fields['priority']._description_selection(request.env),
            'schedule': registration._ccis_portal_b2b_schedule(),
            'closed': registration._ccis_portal_b2b_closed(),
            'post': post or {},
            'error': error,
            'done': done,
        })
        return request.render('ccis_portal_b2b.portal_my_event_b2b', values)

    @http.route(['/my/events/b2b/<int:registration_id>'], type='http', auth='user',
                website=True)
    def ccis_event_b2b(self, registration_id, **kw):
        """A registration of the user's company to a B2B event: its meeting wishes (added
        and withdrawn until the staff plan the meetings) and its schedule."""
        registration = self._ccis_my_b2b_registration(registration_id)
        return self._ccis_b2b_page(registration, done=kw.get('done'))

    @http.route(['/my/events/b2b/<int:registration_id>/wish'], type='http', auth='user',
                website=True, methods=['POST'])
    def ccis_event_b2b_wish(self, registration_id, **post):
        registration = self._ccis_my_b2b_registration(registration_id)
        try:
            request.env['ccis.b2b.wish']._ccis_portal_add(registration, post)
        except (UserError, ValidationError, AccessError) as exc:
            request.env.cr.rollback()
            return self._ccis_b2b_page(registration, error=exc.name, post=post)
        return request.redirect('/my/events/b2b/%d?done=wish' % registration.id)

    @http.route(['/my/events/b2b/<int:registration_id>/withdraw/<int:wish_id>'],
                type='http', auth='user', website=True, methods=['POST'])
    def ccis_event_b2b_withdraw(self, registration_id, wish_id, **kw):
        registration = self._ccis_my_b2b_registration(registration_id)
        wish = request.env['ccis.b2b.wish'].search(
            [('id', '=', wish_id), ('registration_id', '=', registration.id)], limit=1)
        if not wish:
            raise NotFound()
        try:
            wish._ccis_portal_withdraw()
        except (UserError, AccessError) as exc:
            request.env.cr.rollback()
            return self._ccis_b2b_page(registration, error=exc.name)
        return request.redirect('/my/events/b2b/%d?done=withdraw' % registration.id)
